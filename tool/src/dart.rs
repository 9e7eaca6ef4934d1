//! The `dart` suite. No Dart SDK installs here, so it proves what can be proved without one: every
//! native function the generated Dart binds (`@ffi.Native<R Function(A, ..)>(symbol: '..')`) is
//! exported by the built library and declared in the C header with the same number of
//! parameters, and each Dart FFI type matches the C type in that position, result structs
//! included (their `ok` and `err` members). Every Dart file of the package parses (tree-sitter),
//! and the package holds together: `lib/memvid.dart` exports the generated library, which names
//! every generated file as a part; the build hook's asset name is that library; the pubspec
//! depends on every package the Dart code imports. (The pubspec version is the `versions`
//! suite's.)

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{lib_dir, output, root, Failure};

/// Runtime functions the Dart code binds that the C header does not declare, with their
/// signatures in diplomat-runtime 0.16.1 (src/lib.rs).
const RUNTIME: [(&str, &str, &[&str]); 2] = [
    ("diplomat_alloc", "uint8_t*", &["size_t", "size_t"]),
    ("diplomat_free", "void", &["uint8_t*", "size_t", "size_t"]),
];

/// Diplomat 0.17's Dart backend declares `diplomat_free` as returning a size_t that the Rust
/// function does not return. The Dart code never reads it, so on the C ABIs Dart supports the
/// undefined value is harmless. It is accepted here by name, so any other mismatch still fails.
const TOLERATED_RETURNS: [(&str, &str); 1] = [("diplomat_free", "ffi.Size")];

/// A C prototype: return type and parameter types (names dropped, `const` removed).
type Prototype = (String, Vec<String>);

pub fn check() -> Result<(), Failure> {
    let header = fs::read_to_string(root().join("bindings/flat/memvid.h")).map_err(|e| Failure(format!("memvid.h: {e}")))?;
    let (functions, results, enums) = parse_header(&header);
    let exported = exported_symbols()?;
    let mut problems = Vec::new();
    let mut checked = 0;
    let package = root().join("bindings/dart");
    let generated = package.join("lib/src");
    let files = dart_files(&package);
    for file in files.iter().filter(|f| f.starts_with(&generated)) {
        let text = fs::read_to_string(file).map_err(|e| Failure(format!("{}: {e}", file.display())))?;
        for (symbol, ret, params) in dart_natives(&text) {
            checked += 1;
            let mut problem = |what: String| problems.push(format!("{symbol}: {what}"));
            if !exported.contains(&symbol) {
                problem("not exported by libmemvid_ffi.so".into());
            }
            let runtime = RUNTIME.iter().find(|(name, ..)| *name == symbol).map(|(_, ret, params)| {
                (ret.to_string(), params.iter().map(|p| p.to_string()).collect::<Vec<_>>())
            });
            let Some((c_ret, c_params)) = functions.get(&symbol).or(runtime.as_ref()) else {
                problem("not declared in the C header".into());
                continue;
            };
            if params.len() != c_params.len() {
                problem(format!("{} parameters in Dart, {} in C", params.len(), c_params.len()));
                continue;
            }
            for (i, (d, c)) in std::iter::once((&ret, c_ret)).chain(params.iter().zip(c_params)).enumerate() {
                let tolerated = i == 0 && TOLERATED_RETURNS.contains(&(symbol.as_str(), d.as_str()));
                if !tolerated && !compatible(d, c, &results, &enums) {
                    let place = if i == 0 { "return type".to_owned() } else { format!("parameter {i}") };
                    problem(format!("{place}: Dart {d} against C {c}"));
                }
            }
        }
    }
    if checked == 0 {
        return Err(Failure("no @ffi.Native declarations found in bindings/dart/lib/src".into()));
    }
    if !problems.is_empty() {
        return Err(Failure(format!("{} mismatches in the {checked} Dart native bindings:\n  {}", problems.len(), problems.join("\n  "))));
    }
    let parsed = syntax_check(&files)?;
    let consistent = package_check(&package, &files)?;
    println!(
        "dart: {} passed, 0 failed ({checked} native symbols and C signatures; {parsed} files parse; {consistent} package checks)",
        checked + parsed + consistent
    );
    Ok(())
}

/// The generated library, relative to `lib/`: the build hook must name its asset after it.
const GENERATED_LIBRARY: &str = "src/lib.g.dart";

/// The package's own consistency; returns how many checks passed.
fn package_check(package: &Path, files: &[PathBuf]) -> Result<usize, Failure> {
    let read = |rel: &str| fs::read_to_string(package.join(rel)).map_err(|e| Failure(format!("bindings/dart/{rel}: {e}")));
    let mut problems = Vec::new();
    let mut checks = 0;

    checks += 1;
    if !read("lib/memvid.dart")?.lines().any(|l| l.trim() == format!("export '{GENERATED_LIBRARY}';")) {
        problems.push(format!("lib/memvid.dart does not `export '{GENERATED_LIBRARY}';`"));
    }

    // Every generated file is reachable from that export: it is the library or one of its parts.
    let library = read(&format!("lib/{GENERATED_LIBRARY}"))?;
    let parts: BTreeSet<String> = library
        .lines()
        .filter_map(|l| l.trim().strip_prefix("part '")?.strip_suffix("';").map(str::to_owned))
        .collect();
    let library_name = Path::new(GENERATED_LIBRARY).file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let generated: BTreeSet<String> = fs::read_dir(package.join("lib/src"))
        .map_err(|e| Failure(format!("bindings/dart/lib/src: {e}")))?
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.ends_with(".dart") && name != library_name)
        .collect();
    for name in &generated {
        checks += 1;
        if !parts.contains(name) {
            problems.push(format!("lib/src/{name} is not a part of {GENERATED_LIBRARY}, so lib/memvid.dart does not export it"));
        } else if !read(&format!("lib/src/{name}"))?.lines().any(|l| l.trim() == format!("part of '{library_name}';")) {
            problems.push(format!("lib/src/{name} does not say `part of '{library_name}';`"));
        }
    }
    for missing in parts.difference(&generated) {
        problems.push(format!("{GENERATED_LIBRARY} names a part that does not exist: {missing}"));
    }

    checks += 1;
    if !read("hook/build.dart")?.lines().any(|l| l.trim() == format!("const assetName = '{GENERATED_LIBRARY}';")) {
        problems.push(format!(
            "hook/build.dart must declare `const assetName = '{GENERATED_LIBRARY}';`: an @ffi.Native without an asset id resolves to its library's asset"
        ));
    }

    // Every `package:X/` the Dart code imports is a dependency (X is not this package).
    let pubspec = read("pubspec.yaml")?;
    let name = pubspec.lines().find_map(|l| l.strip_prefix("name:")).map(str::trim).unwrap_or_default().to_owned();
    let dependencies = pubspec_dependencies(&pubspec);
    let mut imported = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(file).map_err(|e| Failure(format!("{}: {e}", file.display())))?;
        for line in text.lines().map(str::trim).filter(|l| l.starts_with("import ") || l.starts_with("export ")) {
            if let Some((_, rest)) = line.split_once("'package:") {
                imported.extend(rest.split('/').next().filter(|p| *p != name).map(str::to_owned));
            }
        }
    }
    for package_name in &imported {
        checks += 1;
        if !dependencies.contains(package_name) {
            problems.push(format!("the Dart code imports package:{package_name}, which pubspec.yaml does not depend on"));
        }
    }

    if problems.is_empty() {
        Ok(checks)
    } else {
        Err(Failure(format!("the Dart package is inconsistent:\n  {}", problems.join("\n  "))))
    }
}

/// The keys of pubspec.yaml's `dependencies:` map (two-space indented, one per line).
fn pubspec_dependencies(pubspec: &str) -> BTreeSet<String> {
    pubspec
        .lines()
        .skip_while(|l| l.trim_end() != "dependencies:")
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .filter(|l| l.starts_with("  ") && !l.trim_start().starts_with('#'))
        .filter_map(|l| l.trim().split_once(':').map(|(k, _)| k.to_owned()))
        .collect()
}

/// Every .dart file under `dir`, sorted.
fn dart_files(dir: &Path) -> Vec<PathBuf> {
    crate::gen::list_files(dir).into_iter().filter(|p| p.extension().is_some_and(|e| e == "dart")).map(|p| dir.join(p)).collect()
}

/// Parses every Dart file with tree-sitter's Dart grammar (PyPI tree-sitter and
/// tree-sitter-dart, installed by `cargo tool setup`); a syntax error fails the suite.
const PARSE: &str = r#"
import sys, tree_sitter, tree_sitter_dart
parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_dart.language()))
bad = [f for f in sys.argv[1:] if parser.parse(open(f, "rb").read()).root_node.has_error]
if bad:
    sys.exit("syntax errors in: " + ", ".join(bad))
"#;

fn syntax_check(files: &[PathBuf]) -> Result<usize, Failure> {
    crate::run(Command::new("python3").arg("-c").arg(PARSE).args(files), "tree-sitter parse of bindings/dart (pip install tree-sitter tree-sitter-dart)")?;
    Ok(files.len())
}

fn exported_symbols() -> Result<BTreeSet<String>, Failure> {
    let lib = lib_dir().join("libmemvid_ffi.so");
    let symbols = output(Command::new("nm").args(["-D", "--defined-only"]).arg(&lib), &format!("nm -D {}", lib.display()))?;
    Ok(symbols.lines().filter_map(|l| l.split_whitespace().nth(2)).map(str::to_owned).collect())
}

/// Prototypes by name, result structs by name (their `ok` type, whether they have `err`), and
/// the enum type names. The flat header has one declaration per line.
fn parse_header(header: &str) -> (BTreeMap<String, Prototype>, BTreeMap<String, (Option<String>, bool)>, BTreeSet<String>) {
    let mut functions = BTreeMap::new();
    let mut results = BTreeMap::new();
    let mut enums = BTreeSet::new();
    for line in header.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("typedef enum ") {
            enums.insert(rest.trim_end_matches(" {").trim().to_owned());
        } else if let Some(rest) = line.strip_prefix("typedef struct ").filter(|r| r.contains("_result")) {
            let name = rest.split_whitespace().next().unwrap_or_default().to_owned();
            let members = rest.split_once("union {").map(|(_, u)| u.split_once('}').map_or(u, |(m, _)| m)).unwrap_or("");
            let mut ok = None;
            let mut err = false;
            for member in members.split(';').map(str::trim).filter(|m| !m.is_empty()) {
                let (ty, field) = split_declaration(member);
                match field.as_str() {
                    "ok" => ok = Some(ty),
                    "err" => err = true,
                    _ => {}
                }
            }
            results.insert(name, (ok, err));
        } else if let Some((decl, params)) = line.strip_suffix(");").and_then(|l| l.split_once('(')) {
            let (ret, name) = split_declaration(decl);
            let params = match params.trim() {
                "" | "void" => Vec::new(),
                list => list.split(',').map(|p| split_declaration(p).0).collect(),
            };
            functions.insert(name, (ret, params));
        }
    }
    (functions, results, enums)
}

/// `const MemvidError* self` -> ("MemvidError*", "self").
fn split_declaration(decl: &str) -> (String, String) {
    let decl = decl.trim().replace("const ", "");
    let at = decl.rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
    (decl[..at].replace(' ', ""), decl[at..].to_owned())
}

/// (symbol, return type, parameter types) of every `@ffi.Native` declaration.
fn dart_natives(text: &str) -> Vec<(String, String, Vec<String>)> {
    // Most annotations are one line; the runtime's (diplomat_alloc/free) span several: join them.
    let mut annotations = Vec::new();
    let mut open: Option<String> = None;
    for line in text.lines().map(str::trim) {
        match open.as_mut() {
            Some(joined) => {
                joined.push_str(line);
                joined.push(' ');
                if line.starts_with(')') {
                    annotations.push(open.take().unwrap_or_default());
                }
            }
            None if line.starts_with("@ffi.Native<") && !line.contains("symbol:") => open = Some(format!("{line} ")),
            None if line.starts_with("@ffi.Native<") => annotations.push(line.to_owned()),
            None => {}
        }
    }
    let mut out = Vec::new();
    for line in annotations.iter().filter_map(|l| l.strip_prefix("@ffi.Native<")) {
        let Some((signature, rest)) = line.split_once(">(") else { continue };
        let Some(symbol) = rest.split_once("symbol: '").and_then(|(_, s)| s.split_once('\'')).map(|(s, _)| s.to_owned()) else {
            continue;
        };
        let Some((ret, params)) = signature.split_once(" Function(") else { continue };
        let params = params.strip_suffix(')').unwrap_or(params);
        out.push((symbol, ret.trim().to_owned(), split_top_level(params)));
    }
    out
}

/// Splits `a, b<c, d>, e` at the commas outside angle brackets.
fn split_top_level(list: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in list.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(list[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !list[start..].trim().is_empty() {
        parts.push(list[start..].trim().to_owned());
    }
    parts
}

fn compatible(dart: &str, c: &str, results: &BTreeMap<String, (Option<String>, bool)>, enums: &BTreeSet<String>) -> bool {
    if c.ends_with('*') {
        return dart.starts_with("ffi.Pointer<");
    }
    let scalar = match dart {
        "ffi.Void" => Some("void"),
        "ffi.Bool" => Some("bool"),
        "ffi.Uint8" => Some("uint8_t"),
        "ffi.Uint16" => Some("uint16_t"),
        "ffi.Uint32" => Some("uint32_t"),
        "ffi.Uint64" => Some("uint64_t"),
        "ffi.Int8" => Some("int8_t"),
        "ffi.Int16" => Some("int16_t"),
        "ffi.Int64" => Some("int64_t"),
        "ffi.Size" => Some("size_t"),
        "ffi.Float" => Some("float"),
        "ffi.Double" => Some("double"),
        "_SliceUtf8" => Some("DiplomatStringView"),
        "_SliceUint8" => Some("DiplomatU8View"),
        "_SliceFloat" => Some("DiplomatF32View"),
        _ => None,
    };
    if let Some(expected) = scalar {
        return c == expected;
    }
    if dart == "ffi.Int32" {
        return c == "int32_t" || enums.contains(c);
    }
    if let Some(variant) = dart.strip_prefix("_Result") {
        return result_matches(variant, results.get(c), results, enums);
    }
    // Structs by value: Dart `_MemvidStatsFfi` is C `MemvidStats`.
    dart.strip_prefix('_').and_then(|d| d.strip_suffix("Ffi")) == Some(c)
}

/// Dart names a result `_Result<Ok><Err>`, Err being `Opaque` (the error pointer) or `Void`.
fn result_matches(
    variant: &str,
    c: Option<&(Option<String>, bool)>,
    results: &BTreeMap<String, (Option<String>, bool)>,
    enums: &BTreeSet<String>,
) -> bool {
    let Some((c_ok, c_err)) = c else { return false };
    let (ok, has_err) = if let Some(ok) = variant.strip_suffix("Opaque") {
        (ok, true)
    } else if let Some(ok) = variant.strip_suffix("Void") {
        (ok, false)
    } else {
        return false;
    };
    if has_err != *c_err {
        return false;
    }
    let dart_ok = match ok {
        "Void" => return c_ok.is_none(),
        "Opaque" => "ffi.Pointer<ffi.Opaque>".to_owned(),
        name if name.ends_with("Ffi") => format!("_{name}"),
        name => format!("ffi.{name}"),
    };
    c_ok.as_deref().is_some_and(|c_ok| compatible(&dart_ok, c_ok, results, enums))
}
