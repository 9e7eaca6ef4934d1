//! `cargo tool docs`: the browsable API reference, in `target/docs/`.
//!
//! - C: Doxygen over `bindings/c`. Diplomat's C backend drops the bridges' doc comments, so they
//!   are read from `ffi/src/*.rs` and handed to Doxygen as a separate `.dox` file (`\fn` blocks,
//!   one group per type). A bridge item without a doc comment fails the command.
//! - C++: Doxygen over `bindings/cpp`, whose headers carry the doc comments.
//! - Rust: rustdoc for the bridge crate.
//!
//! Each Doxygen site opens on the language's page in `docs/` (the one the README links, with the
//! quickstart). Those pages quote the examples between include markers, which `cargo tool gen`
//! refreshes and `gen --check` checks, so a quickstart in the docs is always the tested example.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{decls, root, run, target_dir, Failure};

/// `<!-- include: examples/c/quickstart.c -->` opens a quoted file; the fenced block after it,
/// up to the closing marker, is that file's content.
const INCLUDE_OPEN: &str = "<!-- include: ";
const INCLUDE_CLOSE: &str = "<!-- include:end -->";

pub fn run_command() -> Result<(), Failure> {
    let out = target_dir().join("docs");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;

    let dox = out.join("c-api.dox");
    let documented = c_api_dox(&root().join("bindings/c"))?;
    fs::write(&dox, documented).map_err(|e| Failure(format!("{}: {e}", dox.display())))?;
    doxygen("C", &out.join("c"), &[root().join("bindings/c"), dox], &root().join("docs/c.md"))?;
    doxygen("C++", &out.join("cpp"), &[root().join("bindings/cpp")], &root().join("docs/cpp.md"))?;

    run(
        Command::new(env!("CARGO"))
            .current_dir(root())
            .env("RUSTDOCFLAGS", "-D warnings")
            .args(["doc", "--quiet", "--no-deps", "-p", "memvid-ffi"]),
        "cargo doc -p memvid-ffi",
    )?;

    readme_names()?;

    let index = out.join("index.html");
    fs::write(&index, INDEX).map_err(|e| Failure(format!("{}: {e}", index.display())))?;
    for page in ["c/html/index.html", "cpp/html/index.html", "../doc/memvid_ffi/index.html"] {
        if !out.join(page).is_file() {
            return Err(Failure(format!("docs: {page} was not produced")));
        }
    }
    println!("docs: {} (C and C++ from the headers, Rust from rustdoc)", index.display());
    Ok(())
}

/// The README names C functions (`MemvidStore_put_text`) and `call_json` ops: every function it
/// names must exist in the C header, and every op the library knows must appear in it.
fn readme_names() -> Result<(), Failure> {
    let readme = fs::read_to_string(root().join("README.md")).map_err(|e| Failure(format!("README.md: {e}")))?;
    let header = fs::read_to_string(root().join("bindings/flat/memvid.h")).map_err(|e| Failure(format!("memvid.h: {e}")))?;
    let mut problems = Vec::new();
    for token in readme.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        let Some((ty, method)) = token.split_once('_') else { continue };
        let is_function = ty.starts_with("Memvid") && method.starts_with(|c: char| c.is_ascii_lowercase());
        if is_function && !header.contains(&format!(" memvid_{token}(")) && !problems.contains(&token.to_owned()) {
            problems.push(token.to_owned());
        }
    }
    if !problems.is_empty() {
        return Err(Failure(format!("README.md names C functions the header does not declare: {}", problems.join(", "))));
    }
    let calls = fs::read_to_string(root().join("ffi/src/calls.rs")).map_err(|e| Failure(format!("calls.rs: {e}")))?;
    let ops: Vec<&str> = calls
        .split("_OPS: [&str;")
        .skip(1)
        .filter_map(|rest| rest.split_once('=').and_then(|(_, list)| list.split_once(']')).map(|(list, _)| list))
        .flat_map(|list| list.split('"').skip(1).step_by(2))
        .collect();
    let missing: Vec<&str> = ops.iter().copied().filter(|op| !readme.contains(&format!("`{op}`"))).collect();
    if ops.is_empty() || !missing.is_empty() {
        return Err(Failure(format!("README.md's feature table lacks the call_json ops: {}", missing.join(", "))));
    }
    Ok(())
}

const INDEX: &str = r#"<!doctype html>
<meta charset="utf-8"><title>memvid-ffi API reference</title>
<h1>memvid-ffi API reference</h1>
<ul>
<li><a href="c/html/index.html">C</a> (bindings/c, with each function's documentation)</li>
<li><a href="cpp/html/index.html">C++17</a> (bindings/cpp)</li>
<li><a href="../doc/memvid_ffi/index.html">Rust bridge</a> (ffi/src, rustdoc)</li>
</ul>
<p>Dart, JavaScript and the other languages: the pages in docs/ linked from the README.</p>
"#;

fn doxygen(title: &str, out: &Path, inputs: &[PathBuf], main_page: &Path) -> Result<(), Failure> {
    fs::create_dir_all(out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
    let inputs: Vec<String> = inputs.iter().chain([main_page.to_path_buf()].iter()).map(|p| format!("\"{}\"", p.display())).collect();
    let config = format!(
        "PROJECT_NAME = \"memvid-ffi {title} API\"\nPROJECT_NUMBER = {}\nOUTPUT_DIRECTORY = \"{}\"\n\
         INPUT = {}\nFILE_PATTERNS = *.h *.hpp *.dox *.md\nUSE_MDFILE_AS_MAINPAGE = \"{}\"\n\
         EXTRACT_ALL = YES\nOPTIMIZE_OUTPUT_FOR_C = {}\nGENERATE_LATEX = NO\nQUIET = YES\n\
         WARNINGS = NO\nHAVE_DOT = NO\nSEARCHENGINE = YES\nFULL_PATH_NAMES = NO\n",
        crate::install::VERSION,
        out.display(),
        inputs.join(" "),
        main_page.display(),
        if title == "C" { "YES" } else { "NO" },
    );
    let doxyfile = out.join("Doxyfile");
    fs::write(&doxyfile, config).map_err(|e| Failure(format!("{}: {e}", doxyfile.display())))?;
    run(Command::new("doxygen").arg(&doxyfile).current_dir(out), &format!("doxygen ({title}; apt-get install doxygen)"))
}

/// Doc comments of the bridges: type docs by type name, method docs by C symbol, field and
/// variant docs by `Type::member`.
struct BridgeDocs {
    types: BTreeMap<String, String>,
    functions: BTreeMap<String, String>,
    members: BTreeMap<String, String>,
    undocumented: Vec<String>,
}

fn bridge_docs() -> Result<BridgeDocs, Failure> {
    let mut docs = BridgeDocs { types: BTreeMap::new(), functions: BTreeMap::new(), members: BTreeMap::new(), undocumented: Vec::new() };
    for (_, file) in crate::gen::bridge_sources()? {
        for item in &file.items {
            let syn::Item::Mod(m) = item else { continue };
            if !m.attrs.iter().any(|a| a.path().segments.iter().any(|s| s.ident == "bridge")) {
                continue;
            }
            for item in m.content.iter().flat_map(|(_, items)| items) {
                match item {
                    syn::Item::Struct(s) => {
                        let name = s.ident.to_string();
                        docs.note(&name, crate::gen::doc_comment(&s.attrs), |d| &mut d.types);
                        for field in &s.fields {
                            // Opaque types' private fields are not part of the API.
                            let public = matches!(field.vis, syn::Visibility::Public(_));
                            if let Some(ident) = field.ident.as_ref().filter(|_| public) {
                                docs.note(&format!("{name}::{ident}"), crate::gen::doc_comment(&field.attrs), |d| &mut d.members);
                            }
                        }
                    }
                    syn::Item::Enum(e) => {
                        let name = e.ident.to_string();
                        docs.note(&name, crate::gen::doc_comment(&e.attrs), |d| &mut d.types);
                        for v in &e.variants {
                            docs.note(&format!("{name}_{}", v.ident), crate::gen::doc_comment(&v.attrs), |d| &mut d.members);
                        }
                    }
                    syn::Item::Impl(imp) => {
                        let syn::Type::Path(ty) = imp.self_ty.as_ref() else { continue };
                        let Some(ty) = ty.path.segments.last().map(|s| s.ident.to_string()) else { continue };
                        for f in &imp.items {
                            if let syn::ImplItem::Fn(f) = f {
                                if matches!(f.vis, syn::Visibility::Public(_)) {
                                    docs.note(&format!("memvid_{ty}_{}", f.sig.ident), crate::gen::doc_comment(&f.attrs), |d| &mut d.functions);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(docs)
}

impl BridgeDocs {
    fn note(&mut self, key: &str, doc: String, table: impl Fn(&mut Self) -> &mut BTreeMap<String, String>) {
        if doc.is_empty() {
            self.undocumented.push(key.to_owned());
        } else {
            table(self).insert(key.to_owned(), doc);
        }
    }
}

/// The `.dox` file documenting the C API: a group per type, every function in its type's group
/// with its prototype from the header, struct fields and enum values. Fails if a bridge item
/// has no doc comment, or a C function has none to take.
fn c_api_dox(c_dir: &Path) -> Result<String, Failure> {
    let docs = bridge_docs()?;
    if !docs.undocumented.is_empty() {
        return Err(Failure(format!("bridge items without a doc comment: {}", docs.undocumented.join(", "))));
    }
    let block = |text: &str| text.replace("*/", "* /");
    let mut out = String::from("/* Generated by `cargo tool docs` from the doc comments in ffi/src. */\n\n");
    for (ty, doc) in &docs.types {
        out.push_str(&format!("/** \\defgroup {ty} {ty}\n{}\n*/\n\n", block(doc)));
    }
    let mut missing = Vec::new();
    for item in decls::read_model(c_dir)? {
        match item {
            decls::Item::Function { ret, name, params } => {
                let Some(ty) = name.strip_prefix("memvid_").and_then(|n| docs.types.keys().filter(|t| n.starts_with(&format!("{t}_"))).max_by_key(|t| t.len())) else { continue };
                let doc = if name.ends_with("_destroy") && !docs.functions.contains_key(&name) {
                    format!("Frees a `{ty}` the caller owns. Passing NULL is not allowed; using it afterwards is undefined.")
                } else if let Some(doc) = docs.functions.get(&name) {
                    doc.clone()
                } else {
                    missing.push(name.clone());
                    continue;
                };
                let params: Vec<String> = params.iter().map(|p| format!("{} {}", p.ty, p.name)).collect();
                out.push_str(&format!("/** \\fn {ret} {name}({})\n\\ingroup {ty}\n{}\n*/\n\n", params.join(", "), block(&doc)));
            }
            decls::Item::Struct { name, fields, .. } if docs.types.contains_key(&name) => {
                for f in fields {
                    if let Some(doc) = docs.members.get(&format!("{name}::{}", f.name)) {
                        out.push_str(&format!("/** \\var {name}::{}\n{}\n*/\n\n", f.name, block(doc)));
                    }
                }
            }
            decls::Item::Enum { variants, .. } => {
                for (variant, _) in variants {
                    if let Some(doc) = docs.members.get(&variant) {
                        out.push_str(&format!("/** \\var {variant}\n{}\n*/\n\n", block(doc)));
                    }
                }
            }
            _ => {}
        }
    }
    if !missing.is_empty() {
        return Err(Failure(format!("C functions without a bridge doc comment: {}", missing.join(", "))));
    }
    Ok(out)
}

/// The pages in docs/: the Markdown files whose quoted examples `cargo tool gen` keeps current.
pub fn pages_with_includes() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = fs::read_dir(root().join("docs"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages
}

/// `text` with every include block replaced by the current content of the file it names.
pub fn render_includes(text: &str) -> Result<String, Failure> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(INCLUDE_OPEN) {
        let after = &rest[start + INCLUDE_OPEN.len()..];
        let (name, body) = after.split_once(" -->").ok_or_else(|| Failure("an include marker is not closed with `-->`".into()))?;
        let end = body.find(INCLUDE_CLOSE).ok_or_else(|| Failure(format!("include of {name} has no `{INCLUDE_CLOSE}`")))?;
        let content = fs::read_to_string(root().join(name.trim())).map_err(|e| Failure(format!("include {name}: {e}")))?;
        let fence = match Path::new(name.trim()).extension().and_then(|e| e.to_str()) {
            Some("h" | "c") => "c",
            Some("hpp" | "cpp") => "cpp",
            Some("mjs" | "js") => "js",
            Some("ts") => "ts",
            Some("py") => "python",
            Some("rb") => "ruby",
            Some("cr") => "crystal",
            Some(ext) => ext,
            None => "",
        };
        out.push_str(&rest[..start]);
        out.push_str(&format!("{INCLUDE_OPEN}{name} -->\n```{fence}\n{}\n```\n", content.trim_end()));
        rest = &body[end..];
    }
    out.push_str(rest);
    Ok(out)
}
