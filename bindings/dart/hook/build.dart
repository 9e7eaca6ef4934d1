// The build hook: Dart and Flutter run it before compiling an app that depends on this package.
// It builds libmemvid_ffi with cargo for the platform being built for and declares it as the
// code asset that the generated bindings' `@ffi.Native` functions are looked up in.

import 'dart:io';

import 'package:code_assets/code_assets.dart';
import 'package:hooks/hooks.dart';

/// An `@ffi.Native` without an explicit asset id is looked up in the asset named after its
/// library. Every declaration sits in the generated library `lib/src/lib.g.dart` (the type
/// files are its parts), so the asset id is `package:memvid/src/lib.g.dart`.
/// `cargo tool test dart` checks that this matches the generated files.
const assetName = 'src/lib.g.dart';

void main(List<String> args) async {
  await build(args, (input, output) async {
    if (!input.config.buildCodeAssets) return;
    final code = input.config.code;
    final triple = rustTarget(code);
    // The package lives at bindings/dart inside the memvid-ffi workspace.
    final workspace = input.packageRoot.resolve('../../');
    // A shared directory persists across builds: memvid-core compiles once (minutes), not
    // once per app build.
    final targetDir = input.outputDirectoryShared.resolve('cargo/');
    final result = await Process.run(
      'cargo',
      [
        'build', '--release', '--locked', '-p', 'memvid-ffi', //
        '--target', triple, '--target-dir', targetDir.toFilePath(),
      ],
      workingDirectory: workspace.toFilePath(),
      environment: crossCompileEnvironment(code, triple),
    );
    if (result.exitCode != 0) {
      throw Exception(
        'memvid: `cargo build -p memvid-ffi --target $triple` failed '
        '(is the Rust target installed? `rustup target add $triple`):\n${result.stderr}',
      );
    }
    final library = targetDir.resolve('$triple/release/${code.targetOS.dylibFileName('memvid_ffi')}');
    output.assets.code.add(
      CodeAsset(
        package: input.packageName,
        name: assetName,
        linkMode: DynamicLoadingBundled(),
        file: library,
      ),
    );
    // Rebuild when the Rust sources, the vendored memvid-core or the lock file change.
    output.dependencies.addAll([
      workspace.resolve('Cargo.toml'),
      workspace.resolve('Cargo.lock'),
      ...await filesUnder(workspace.resolve('ffi/')),
      ...await filesUnder(workspace.resolve('vendor/')),
    ]);
  });
}

/// The Rust target triple for the OS and architecture being built for.
String rustTarget(CodeConfig code) {
  final os = code.targetOS;
  final arch = code.targetArchitecture;
  final triple = switch ((os, arch)) {
    (OS.linux, Architecture.x64) => 'x86_64-unknown-linux-gnu',
    (OS.linux, Architecture.arm64) => 'aarch64-unknown-linux-gnu',
    (OS.macOS, Architecture.x64) => 'x86_64-apple-darwin',
    (OS.macOS, Architecture.arm64) => 'aarch64-apple-darwin',
    (OS.windows, Architecture.x64) => 'x86_64-pc-windows-msvc',
    (OS.windows, Architecture.arm64) => 'aarch64-pc-windows-msvc',
    (OS.android, Architecture.arm64) => 'aarch64-linux-android',
    (OS.android, Architecture.x64) => 'x86_64-linux-android',
    (OS.android, Architecture.arm) => 'armv7-linux-androideabi',
    (OS.iOS, Architecture.arm64) =>
      code.iOS.targetSdk == IOSSdk.iPhoneSimulator ? 'aarch64-apple-ios-sim' : 'aarch64-apple-ios',
    (OS.iOS, Architecture.x64) => 'x86_64-apple-ios',
    _ => null,
  };
  if (triple == null) {
    throw UnsupportedError('memvid: no Rust target for ${os.name}/${arch.name}');
  }
  return triple;
}

/// Cargo's and the `cc` crate's settings for the C toolchain the SDK hands over (the Android
/// NDK's clang, for instance); empty when it hands over none, so cargo's defaults apply.
Map<String, String> crossCompileEnvironment(CodeConfig code, String triple) {
  final compiler = code.cCompiler;
  if (compiler == null) return {};
  final upper = triple.toUpperCase().replaceAll('-', '_');
  final lower = triple.replaceAll('-', '_');
  final env = {
    'CC_$lower': compiler.compiler.toFilePath(),
    'AR_$lower': compiler.archiver.toFilePath(),
    'CARGO_TARGET_${upper}_LINKER': compiler.compiler.toFilePath(),
  };
  if (code.targetOS == OS.android) {
    // The NDK's clang links for an API level only when told the versioned target.
    final clangTarget = triple == 'armv7-linux-androideabi' ? 'armv7a-linux-androideabi' : triple;
    env['CARGO_TARGET_${upper}_RUSTFLAGS'] =
        '-C link-arg=--target=$clangTarget${code.android.targetNdkApi}';
  }
  return env;
}

/// Every file under [dir], for the hook's dependencies (a directory entry would track only its
/// listing).
Future<List<Uri>> filesUnder(Uri dir) async => [
      await for (final entity in Directory.fromUri(dir).list(recursive: true))
        if (entity is File) entity.uri,
    ];
