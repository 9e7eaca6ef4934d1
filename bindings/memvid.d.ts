// Types of the package entry: the generated declarations plus errorInfo.
export * from './js/index';

/** The stable code and message of an error thrown by this package, or null for other errors. */
export declare function errorInfo(e: unknown): { code: string; number: number; name: string; message: string } | null;
