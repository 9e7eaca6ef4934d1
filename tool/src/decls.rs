//! Declarations for languages that cannot read the C headers themselves, derived from them.
//!
//! Diplomat's C output has a small, regular shape (opaque typedefs, C-like enums, plain structs,
//! one result struct per fallible function, prototypes), so a line parser reads it into a model,
//! and each language's declaration file is printed from that model:
//! - `bindings/flat/memvid.h`: the same declarations without preprocessor lines or runtime
//!   macros, for FFIs that parse C (LuaJIT `ffi.cdef`, PHP `FFI::cdef`);
//! - `bindings/python/memvid/_ffi.py`: ctypes declarations;
//! - `bindings/go/codes.go`: the error codes as Go constants (cgo reads the header itself);
//! - `bindings/ruby/lib/memvid/native.rb`: ruby-ffi structs and attached functions;
//! - `bindings/zig/src/codes.zig`: the error codes as a Zig error set (Zig @cImports the header);
//! - `bindings/crystal/src/memvid/lib_memvid.cr`: the Crystal `lib` declarations.

use std::fmt::Write as _;
use std::path::Path;

use crate::Failure;

/// The part of diplomat_runtime.h the API uses, written out (the header builds it with macros).
const RUNTIME: &str = "\
typedef struct DiplomatWrite {
    void* context;
    char* buf;
    size_t len;
    size_t cap;
    bool grow_failed;
    void (*flush)(struct DiplomatWrite*);
    bool (*grow)(struct DiplomatWrite*, size_t);
} DiplomatWrite;
typedef struct DiplomatStringView { const char* data; size_t len; } DiplomatStringView;
typedef struct DiplomatU8View { const uint8_t* data; size_t len; } DiplomatU8View;
typedef struct DiplomatF32View { const float* data; size_t len; } DiplomatF32View;
DiplomatWrite* diplomat_buffer_write_create(size_t cap);
char* diplomat_buffer_write_get_bytes(DiplomatWrite* t);
size_t diplomat_buffer_write_len(DiplomatWrite* t);
void diplomat_buffer_write_destroy(DiplomatWrite* t);
";

pub struct Field {
    pub ty: String,
    pub name: String,
}

pub enum Item {
    Opaque(String),
    Enum { name: String, variants: Vec<(String, i64)> },
    /// A plain struct, or a result/option struct whose `ok`/`err` live in an anonymous union.
    Struct { name: String, union: Vec<Field>, fields: Vec<Field> },
    Function { ret: String, name: String, params: Vec<Field> },
}

/// Reads every generated C header: type headers (`.d.h`) first, so types precede their uses.
pub fn read_model(c_dir: &Path) -> Result<Vec<Item>, Failure> {
    let mut names: Vec<String> = std::fs::read_dir(c_dir)
        .map_err(|e| Failure(format!("{}: {e}", c_dir.display())))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".h") && n != "diplomat_runtime.h")
        .collect();
    names.sort_by_key(|n| (!n.ends_with(".d.h"), n.clone()));
    let mut items = Vec::new();
    for name in names {
        let text = std::fs::read_to_string(c_dir.join(&name)).map_err(|e| Failure(format!("{name}: {e}")))?;
        parse_header(&text, &mut items).map_err(|e| Failure(format!("{name}: {e}")))?;
    }
    Ok(items)
}

fn parse_header(text: &str, items: &mut Vec<Item>) -> Result<(), String> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("//"));
    while let Some(line) = lines.next() {
        if let Some(rest) = line.strip_prefix("typedef enum ") {
            let name = rest.trim_end_matches(" {").to_string();
            let mut variants = Vec::new();
            for l in lines.by_ref() {
                if l.starts_with('}') {
                    break;
                }
                let (v, n) = l.trim_end_matches(',').split_once(" = ").ok_or(format!("enum line {l:?}"))?;
                variants.push((v.to_string(), n.parse().map_err(|_| format!("enum value {l:?}"))?));
            }
            items.push(Item::Enum { name, variants });
        } else if line.starts_with("typedef struct ") && line.ends_with(';') && !line.contains('{') {
            // typedef struct X X;
            let name = line.trim_end_matches(';').rsplit(' ').next().unwrap_or_default().to_string();
            items.push(Item::Opaque(name));
        } else if line.starts_with("typedef struct ") && line.contains("{union {") {
            items.push(parse_union_struct(line)?);
        } else if let Some(rest) = line.strip_prefix("typedef struct ") {
            let name = rest.trim_end_matches(" {").to_string();
            let mut fields = Vec::new();
            for l in lines.by_ref() {
                if l.starts_with('}') {
                    break;
                }
                fields.push(split_decl(l.trim_end_matches(';'))?);
            }
            items.push(Item::Struct { name, union: Vec::new(), fields });
        } else if line.ends_with(");") {
            let (head, params) = line.trim_end_matches(");").split_once('(').ok_or(format!("prototype {line:?}"))?;
            let decl = split_decl(head)?;
            let params = if params == "void" {
                Vec::new()
            } else {
                params.split(", ").map(split_decl).collect::<Result<_, _>>()?
            };
            items.push(Item::Function { ret: decl.ty, name: decl.name, params });
        } else {
            return Err(format!("unexpected line {line:?}"));
        }
    }
    Ok(())
}

/// `typedef struct N {union {T ok; E err;}; bool is_ok;} N;` (either member may be absent).
fn parse_union_struct(line: &str) -> Result<Item, String> {
    let name = line.trim_end_matches(';').rsplit(' ').next().unwrap_or_default().to_string();
    let inner = line.split_once("{union {").and_then(|(_, r)| r.split_once("};")).ok_or(format!("union struct {line:?}"))?;
    let union = inner.0.split(';').map(str::trim).filter(|s| !s.is_empty() && *s != "}").map(split_decl).collect::<Result<_, _>>()?;
    Ok(Item::Struct { name, union, fields: vec![Field { ty: "bool".into(), name: "is_ok".into() }] })
}

/// `const MemvidStore* self` -> type `const MemvidStore*`, name `self`.
fn split_decl(decl: &str) -> Result<Field, String> {
    let decl = decl.trim();
    let at = decl.rfind([' ', '*']).ok_or(format!("declaration {decl:?}"))?;
    Ok(Field { ty: decl[..=at].trim().to_string(), name: decl[at + 1..].to_string() })
}

/// The flat C declarations: runtime subset, then every item in order.
pub fn flat_header(items: &[Item]) -> String {
    let mut out = String::from(
        "/* Generated by `cargo tool gen` from bindings/c: the memvid C API without preprocessor\n \
         * lines, for FFIs that parse C declarations (LuaJIT ffi.cdef, PHP FFI::cdef). Do not edit. */\n",
    );
    out.push_str(RUNTIME);
    for item in items {
        match item {
            Item::Opaque(name) => writeln!(out, "typedef struct {name} {name};").unwrap(),
            Item::Enum { name, variants } => {
                writeln!(out, "typedef enum {name} {{").unwrap();
                for (v, n) in variants {
                    writeln!(out, "  {v} = {n},").unwrap();
                }
                writeln!(out, "}} {name};").unwrap();
            }
            Item::Struct { name, union, fields } => {
                write!(out, "typedef struct {name} {{").unwrap();
                if !union.is_empty() {
                    write!(out, " union {{").unwrap();
                    for f in union {
                        write!(out, " {} {};", f.ty, f.name).unwrap();
                    }
                    write!(out, " }};").unwrap();
                }
                for f in fields {
                    write!(out, " {} {};", f.ty, f.name).unwrap();
                }
                writeln!(out, " }} {name};").unwrap();
            }
            Item::Function { ret, name, params } => {
                let params: Vec<String> = params.iter().map(|p| format!("{} {}", p.ty, p.name)).collect();
                let params = if params.is_empty() { "void".to_string() } else { params.join(", ") };
                writeln!(out, "{ret} {name}({params});").unwrap();
            }
        }
    }
    out
}

/// ctypes declarations: one class per type, argtypes/restype for every function.
pub fn python_ctypes(items: &[Item]) -> Result<String, Failure> {
    let mut out = String::from(
        "# Generated by `cargo tool gen` from bindings/c: ctypes declarations of the memvid C API.\n\
         # Do not edit; the Pythonic API is in __init__.py.\n\
         import ctypes\n\
         from ctypes import POINTER, c_bool, c_char_p, c_float, c_int, c_int64, c_size_t, c_uint8, c_uint32, c_uint64, c_void_p\n\n\n\
         class DiplomatWrite(ctypes.Structure):\n    pass\n\n\n\
         DiplomatWrite._fields_ = [(\"context\", c_void_p), (\"buf\", c_void_p), (\"len\", c_size_t), (\"cap\", c_size_t),\n\
         \x20                         (\"grow_failed\", c_bool), (\"flush\", c_void_p), (\"grow\", c_void_p)]\n\n\n\
         class DiplomatStringView(ctypes.Structure):\n    _fields_ = [(\"data\", c_char_p), (\"len\", c_size_t)]\n\n\n\
         class DiplomatU8View(ctypes.Structure):\n    _fields_ = [(\"data\", POINTER(c_uint8)), (\"len\", c_size_t)]\n\n\n\
         class DiplomatF32View(ctypes.Structure):\n    _fields_ = [(\"data\", POINTER(c_float)), (\"len\", c_size_t)]\n\n\n",
    );
    let mut functions = String::from(
        "RUNTIME_FUNCTIONS = {\n\
         \x20   \"diplomat_buffer_write_create\": (POINTER(DiplomatWrite), [c_size_t]),\n\
         \x20   \"diplomat_buffer_write_get_bytes\": (c_void_p, [POINTER(DiplomatWrite)]),\n\
         \x20   \"diplomat_buffer_write_len\": (c_size_t, [POINTER(DiplomatWrite)]),\n\
         \x20   \"diplomat_buffer_write_destroy\": (None, [POINTER(DiplomatWrite)]),\n}\n\n\
         # name: (restype, argtypes)\nFUNCTIONS = {\n",
    );
    for item in items {
        match item {
            Item::Opaque(name) => write!(out, "class {name}(ctypes.Structure):\n    pass\n\n\n").unwrap(),
            Item::Enum { name, variants } => {
                writeln!(out, "{name} = c_int").unwrap();
                writeln!(out, "{name}_VALUES = {{").unwrap();
                for (v, n) in variants {
                    writeln!(out, "    \"{}\": {n},", v.strip_prefix(&format!("{name}_")).unwrap_or(v)).unwrap();
                }
                out.push_str("}\n\n\n");
            }
            Item::Struct { name, union, fields } => {
                writeln!(out, "class {name}(ctypes.Structure):").unwrap();
                let mut all = Vec::new();
                if !union.is_empty() {
                    let members: Vec<String> =
                        union.iter().map(|f| Ok(format!("(\"{}\", {})", f.name, ctype(&f.ty)?))).collect::<Result<_, Failure>>()?;
                    writeln!(out, "    class _Union(ctypes.Union):\n        _fields_ = [{}]\n", members.join(", ")).unwrap();
                    out.push_str("    _anonymous_ = (\"u\",)\n");
                    all.push("(\"u\", _Union)".to_string());
                }
                for f in fields {
                    all.push(format!("(\"{}\", {})", f.name, ctype(&f.ty)?));
                }
                write!(out, "    _fields_ = [{}]\n\n\n", all.join(", ")).unwrap();
            }
            Item::Function { ret, name, params } => {
                let args: Vec<String> = params.iter().map(|p| ctype(&p.ty)).collect::<Result<_, _>>()?;
                writeln!(functions, "    \"{name}\": ({}, [{}]),", ctype(ret)?, args.join(", ")).unwrap();
            }
        }
    }
    functions.push_str("}\n");
    out.push_str(&functions);
    Ok(out)
}

fn ctype(ty: &str) -> Result<String, Failure> {
    let ty = ty.trim_start_matches("const ").trim();
    if let Some(inner) = ty.strip_suffix('*') {
        return Ok(format!("POINTER({})", ctype(inner)?));
    }
    Ok(match ty {
        "void" => "None",
        "bool" => "c_bool",
        "float" => "c_float",
        "uint8_t" => "c_uint8",
        "uint32_t" => "c_uint32",
        "uint64_t" => "c_uint64",
        "int64_t" => "c_int64",
        "size_t" => "c_size_t",
        other if other.starts_with("Memvid") || other.starts_with("memvid_") || other.starts_with("Diplomat") => other,
        other => return Err(Failure(format!("no ctypes mapping for C type {other:?}"))),
    }
    .to_string())
}

fn error_codes(items: &[Item]) -> Result<&Vec<(String, i64)>, Failure> {
    items
        .iter()
        .find_map(|item| match item {
            Item::Enum { name, variants } if name == "MemvidErrorCode" => Some(variants),
            _ => None,
        })
        .ok_or_else(|| Failure("no MemvidErrorCode enum in the C headers".into()))
}

/// The `MemvidErrorCode` enum as a Zig error set, with the mapping from codes.
pub fn zig_codes(items: &[Item]) -> Result<String, Failure> {
    let variants = error_codes(items)?;
    let short = |v: &str| v.strip_prefix("MemvidErrorCode_").unwrap_or(v).to_string();
    let mut out = String::from(
        "// Generated by `cargo tool gen` from bindings/c. Do not edit.\n\n\
         /// Every memvid failure, one error per stable code (see `code` for the MVnnn number).\n\
         pub const Error = error{\n",
    );
    for (v, _) in variants {
        writeln!(out, "    {},", short(v)).unwrap();
    }
    out.push_str("};\n\n/// The error for a numeric code (an unknown code maps to Internal).\npub fn fromCode(number: i64) Error {\n    return switch (number) {\n");
    for (v, n) in variants {
        writeln!(out, "        {n} => Error.{},", short(v)).unwrap();
    }
    out.push_str("        else => Error.Internal,\n    };\n}\n\n/// The numeric code of an error (MV + this number, zero-padded to three digits).\npub fn code(err: Error) u32 {\n    return switch (err) {\n");
    for (v, n) in variants {
        writeln!(out, "        Error.{} => {n},", short(v)).unwrap();
    }
    out.push_str("    };\n}\n");
    Ok(out)
}

/// The `MemvidErrorCode` enum as Go constants and names.
pub fn go_codes(items: &[Item]) -> Result<String, Failure> {
    let variants = error_codes(items)?;
    let mut out = String::from(
        "// Code generated by `cargo tool gen` from bindings/c. DO NOT EDIT.\n\npackage memvid\n\n\
         // The stable error codes; Code.String() gives the MVnnn form.\nconst (\n",
    );
    let short = |v: &str| v.strip_prefix("MemvidErrorCode_").unwrap_or(v).to_string();
    // Padded as gofmt aligns const blocks and map literals.
    let width = variants.iter().map(|(v, _)| short(v).len()).max().unwrap_or(0);
    for (v, n) in variants {
        writeln!(out, "\tCode{:<width$} Code = {n}", short(v)).unwrap();
    }
    out.push_str(")\n\nvar codeNames = map[Code]string{\n");
    for (v, _) in variants {
        let key = format!("Code{}:", short(v));
        writeln!(out, "\t{key:<w$} \"{}\",", short(v), w = width + 5).unwrap();
    }
    out.push_str("}\n");
    Ok(out)
}

/// ruby-ffi declarations: structs (result unions included) and `attach_function` lines.
pub fn ruby_ffi(items: &[Item]) -> Result<String, Failure> {
    let enums: Vec<&str> = items.iter().filter_map(|i| if let Item::Enum { name, .. } = i { Some(name.as_str()) } else { None }).collect();
    let ruby_type = |ty: &str, in_signature: bool| ruby_type(ty, in_signature, &enums);
    let mut out = String::from(
        "# Generated by `cargo tool gen` from bindings/c: ruby-ffi declarations of the memvid C API.\n\
         # Do not edit; the Ruby API is in lib/memvid.rb.\n\
         require \"ffi\"\n\n\
         module Memvid\n  # The raw C API.\n  module Native\n    extend FFI::Library\n    \
         ffi_lib ENV.fetch(\"MEMVID_LIB\", \"memvid_ffi\")\n\n\
         \x20   class DiplomatWrite < FFI::Struct\n      layout :context, :pointer, :buf, :pointer, :len, :size_t, :cap, :size_t,\n\
         \x20            :grow_failed, :bool, :flush, :pointer, :grow, :pointer\n    end\n\n\
         \x20   class DiplomatStringView < FFI::Struct\n      layout :data, :pointer, :len, :size_t\n    end\n\n\
         \x20   class DiplomatU8View < FFI::Struct\n      layout :data, :pointer, :len, :size_t\n    end\n\n\
         \x20   class DiplomatF32View < FFI::Struct\n      layout :data, :pointer, :len, :size_t\n    end\n\n\
         \x20   attach_function :diplomat_buffer_write_create, [:size_t], :pointer\n\
         \x20   attach_function :diplomat_buffer_write_get_bytes, [:pointer], :pointer\n\
         \x20   attach_function :diplomat_buffer_write_len, [:pointer], :size_t\n\
         \x20   attach_function :diplomat_buffer_write_destroy, [:pointer], :void\n\n",
    );
    for item in items {
        match item {
            Item::Opaque(_) => {}
            Item::Enum { name, variants } => {
                writeln!(out, "    {} = {{", ruby_const(name)).unwrap();
                for (v, n) in variants {
                    writeln!(out, "      {}: {n},", v.strip_prefix(&format!("{name}_")).unwrap_or(v)).unwrap();
                }
                out.push_str("    }.freeze\n\n");
            }
            Item::Struct { name, union, fields } => {
                writeln!(out, "    class {} < FFI::Struct", ruby_const(name)).unwrap();
                let mut layout: Vec<String> = Vec::new();
                if !union.is_empty() {
                    let members: Vec<String> =
                        union.iter().map(|f| Ok(format!(":{}, {}", f.name, ruby_type(&f.ty, false)?))).collect::<Result<_, Failure>>()?;
                    writeln!(out, "      class Union < FFI::Union\n        layout {}\n      end\n", members.join(", ")).unwrap();
                    layout.push(":u, Union".into());
                }
                for f in fields {
                    layout.push(format!(":{}, {}", f.name, ruby_type(&f.ty, false)?));
                }
                writeln!(out, "      layout {}\n    end\n", layout.join(", ")).unwrap();
            }
            Item::Function { ret, name, params } => {
                let args: Vec<String> = params.iter().map(|p| ruby_type(&p.ty, true)).collect::<Result<_, _>>()?;
                writeln!(out, "    attach_function :{name}, [{}], {}", args.join(", "), ruby_type(ret, true)?).unwrap();
            }
        }
    }
    out.push_str("  end\nend\n");
    Ok(out)
}

/// Ruby constants start with a capital letter: `memvid_X_result` becomes `Memvid_X_result`.
fn ruby_const(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// A ruby-ffi type; structs are passed and returned `by_value` in signatures.
fn ruby_type(ty: &str, in_signature: bool, enums: &[&str]) -> Result<String, Failure> {
    let ty = ty.trim_start_matches("const ").trim();
    if ty.ends_with('*') {
        return Ok(":pointer".into());
    }
    Ok(match ty {
        "void" => ":void".into(),
        "bool" => ":bool".into(),
        "float" => ":float".into(),
        "uint8_t" => ":uint8".into(),
        "uint32_t" => ":uint32".into(),
        "uint64_t" => ":uint64".into(),
        "int64_t" => ":int64".into(),
        "size_t" => ":size_t".into(),
        // C enums are ints; the Ruby constants of the same name are Hashes of their values.
        enum_name if enums.contains(&enum_name) => ":int".into(),
        other if other.starts_with("Memvid") || other.starts_with("memvid_") || other.starts_with("Diplomat") => {
            if in_signature {
                format!("{}.by_value", ruby_const(other))
            } else {
                ruby_const(other)
            }
        }
        other => return Err(Failure(format!("no ruby-ffi mapping for C type {other:?}"))),
    })
}

/// The Crystal `lib LibMemvid` block: structs, unions, enums and `fun` declarations.
pub fn crystal_lib(items: &[Item]) -> Result<String, Failure> {
    let mut out = String::from(
        "# Generated by `cargo tool gen` from bindings/c: Crystal declarations of the memvid C API.\n\
         # Do not edit; the Crystal API is in src/memvid.cr.\n\
         @[Link(\"memvid_ffi\")]\nlib LibMemvid\n\
         \x20 struct DiplomatWrite\n    context : Void*\n    buf : UInt8*\n    len : LibC::SizeT\n    cap : LibC::SizeT\n\
         \x20   grow_failed : Bool\n    flush : Void*\n    grow : Void*\n  end\n\n\
         \x20 struct DiplomatStringView\n    data : UInt8*\n    len : LibC::SizeT\n  end\n\n\
         \x20 struct DiplomatU8View\n    data : UInt8*\n    len : LibC::SizeT\n  end\n\n\
         \x20 struct DiplomatF32View\n    data : Float32*\n    len : LibC::SizeT\n  end\n\n\
         \x20 fun diplomat_buffer_write_create(cap : LibC::SizeT) : DiplomatWrite*\n\
         \x20 fun diplomat_buffer_write_get_bytes(t : DiplomatWrite*) : UInt8*\n\
         \x20 fun diplomat_buffer_write_len(t : DiplomatWrite*) : LibC::SizeT\n\
         \x20 fun diplomat_buffer_write_destroy(t : DiplomatWrite*) : Void\n\n",
    );
    for item in items {
        match item {
            Item::Opaque(name) => writeln!(out, "  type {name} = Void\n").unwrap(),
            Item::Enum { name, variants } => {
                writeln!(out, "  enum {name}").unwrap();
                for (v, n) in variants {
                    writeln!(out, "    {} = {n}", v.strip_prefix(&format!("{name}_")).unwrap_or(v)).unwrap();
                }
                out.push_str("  end\n\n");
            }
            Item::Struct { name, union, fields } => {
                let name = ruby_const(name);
                let mut members = String::new();
                if !union.is_empty() {
                    writeln!(out, "  union {name}Union").unwrap();
                    for f in union {
                        writeln!(out, "    {} : {}", f.name, crystal_type(&f.ty)?).unwrap();
                    }
                    out.push_str("  end\n\n");
                    writeln!(members, "    u : {name}Union").unwrap();
                }
                for f in fields {
                    writeln!(members, "    {} : {}", f.name, crystal_type(&f.ty)?).unwrap();
                }
                write!(out, "  struct {name}\n{members}  end\n\n").unwrap();
            }
            Item::Function { ret, name, params } => {
                let args: Vec<String> = params
                    .iter()
                    .map(|p| Ok(format!("{} : {}", if p.name == "self" { "this" } else { &p.name }, crystal_type(&p.ty)?)))
                    .collect::<Result<_, Failure>>()?;
                writeln!(out, "  fun {name}({}) : {}", args.join(", "), crystal_type(ret)?).unwrap();
            }
        }
    }
    out.push_str("end\n");
    Ok(out)
}

fn crystal_type(ty: &str) -> Result<String, Failure> {
    let ty = ty.trim_start_matches("const ").trim();
    if let Some(inner) = ty.strip_suffix('*') {
        return Ok(format!("{}*", crystal_type(inner)?));
    }
    Ok(match ty {
        "void" => "Void".into(),
        "bool" => "Bool".into(),
        "char" | "uint8_t" => "UInt8".into(),
        "float" => "Float32".into(),
        "uint32_t" => "UInt32".into(),
        "uint64_t" => "UInt64".into(),
        "int64_t" => "Int64".into(),
        "size_t" => "LibC::SizeT".into(),
        other if other.starts_with("Memvid") || other.starts_with("memvid_") || other.starts_with("Diplomat") => ruby_const(other),
        other => return Err(Failure(format!("no Crystal mapping for C type {other:?}"))),
    })
}
