//! `cargo tool install --prefix DIR`: the C library and the C/C++ headers where C and C++ build
//! systems look for them, with a pkg-config file and a CMake package.
//!
//!   DIR/include/memvid/               the C headers (*.h) and the C++17 wrapper (*.hpp)
//!   DIR/lib/libmemvid_ffi.so.X.Y.Z    shared library, soname libmemvid_ffi.so.<ABI> (see ABI)
//!   DIR/lib/libmemvid_ffi.so.<ABI>, DIR/lib/libmemvid_ffi.so    the usual symlinks
//!   DIR/lib/libmemvid_ffi.a           static library
//!   DIR/lib/pkgconfig/memvid.pc       `pkg-config --cflags --libs memvid`
//!   DIR/lib/cmake/memvid/             `find_package(memvid CONFIG)`: memvid::memvid (C, shared),
//!                                     memvid::memvid_static (C, static), memvid::memvid_cpp (C++17)
//!
//! The `install` suite of `cargo tool test` installs into a fresh prefix and builds a C program
//! with nothing but pkg-config and a C++ program with nothing but find_package, and runs both.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;

use crate::{root, run, Failure};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The part of the version that names the ABI: the minor version while the major is 0 (0.1 and
/// 0.2 may differ in ABI), the major version from 1.0 on (README, Versioning).
pub fn abi() -> String {
    let mut parts = VERSION.split('.');
    let major = parts.next().unwrap_or("0");
    let minor = parts.next().unwrap_or("0");
    if major == "0" {
        format!("0.{minor}")
    } else {
        major.to_owned()
    }
}

/// What a static link of the Rust library needs from the system (rustc's native-static-libs
/// for linux-gnu).
const STATIC_DEPS: &str = "-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc";

pub fn install_command(args: &[String]) -> Result<(), Failure> {
    let prefix = match args {
        [flag, dir] if flag == "--prefix" => Path::new(dir).to_path_buf(),
        _ => return Err(Failure("usage: cargo tool install --prefix DIR".into())),
    };
    let prefix = if prefix.is_absolute() { prefix } else { std::env::current_dir().map_err(io)?.join(prefix) };
    install(&prefix)
}

/// Builds the library in release mode and installs it under `prefix`.
pub fn install(prefix: &Path) -> Result<(), Failure> {
    crate::build_release_library()?;
    let release = crate::target_dir().join("release");
    let include = prefix.join("include/memvid");
    let lib = prefix.join("lib");
    let cmake = lib.join("cmake/memvid");
    for dir in [&include, &lib.join("pkgconfig"), &cmake] {
        fs::create_dir_all(dir).map_err(io)?;
    }
    for headers in ["bindings/c", "bindings/cpp"] {
        for entry in fs::read_dir(root().join(headers)).map_err(io)?.flatten() {
            fs::copy(entry.path(), include.join(entry.file_name())).map_err(io)?;
        }
    }

    let real = format!("libmemvid_ffi.so.{VERSION}");
    let soname = format!("libmemvid_ffi.so.{}", abi());
    fs::copy(release.join("libmemvid_ffi.so"), lib.join(&real)).map_err(io)?;
    // cargo links cdylibs without a soname; programs linked against this copy then record the
    // ABI name, so a later incompatible release cannot be picked up by mistake.
    run(Command::new("patchelf").arg("--set-soname").arg(&soname).arg(lib.join(&real)), "patchelf (apt-get install patchelf)")?;
    for (link, target) in [(&soname, &real), (&"libmemvid_ffi.so".to_owned(), &soname)] {
        let _ = fs::remove_file(lib.join(link));
        symlink(target, lib.join(link)).map_err(io)?;
    }
    fs::copy(release.join("libmemvid_ffi.a"), lib.join("libmemvid_ffi.a")).map_err(io)?;

    fs::write(lib.join("pkgconfig/memvid.pc"), pkg_config(prefix)).map_err(io)?;
    fs::write(cmake.join("memvidConfig.cmake"), CMAKE_CONFIG.replace("@STATIC_DEPS@", &STATIC_DEPS.replace(' ', ";"))).map_err(io)?;
    fs::write(cmake.join("memvidConfigVersion.cmake"), cmake_version()).map_err(io)?;
    println!("installed memvid {VERSION} (ABI {}) into {}", abi(), prefix.display());
    Ok(())
}

fn io(e: std::io::Error) -> Failure {
    Failure(format!("install: {e}"))
}

fn pkg_config(prefix: &Path) -> String {
    format!(
        "prefix={}\nexec_prefix=${{prefix}}\nlibdir=${{prefix}}/lib\nincludedir=${{prefix}}/include\n\n\
         Name: memvid\nDescription: memvid single-file memory (C API of memvid-ffi; C++17 wrapper headers included)\n\
         Version: {VERSION}\nCflags: -I${{includedir}}/memvid\nLibs: -L${{libdir}} -lmemvid_ffi\nLibs.private: {STATIC_DEPS}\n",
        prefix.display()
    )
}

/// Compatible: the same ABI (see `abi`) and at least the requested version.
fn cmake_version() -> String {
    format!(
        "set(PACKAGE_VERSION \"{VERSION}\")\n\
         set(PACKAGE_VERSION_COMPATIBLE FALSE)\n\
         if(NOT PACKAGE_FIND_VERSION)\n\
         \x20 set(PACKAGE_VERSION_COMPATIBLE TRUE)\n\
         elseif(PACKAGE_FIND_VERSION VERSION_LESS_EQUAL PACKAGE_VERSION)\n\
         \x20 if(\"${{PACKAGE_FIND_VERSION_MAJOR}}\" STREQUAL \"0\")\n\
         \x20   set(_want \"0.${{PACKAGE_FIND_VERSION_MINOR}}\")\n\
         \x20 else()\n\
         \x20   set(_want \"${{PACKAGE_FIND_VERSION_MAJOR}}\")\n\
         \x20 endif()\n\
         \x20 if(_want STREQUAL \"{}\")\n\
         \x20   set(PACKAGE_VERSION_COMPATIBLE TRUE)\n\
         \x20 endif()\n\
         endif()\n\
         if(PACKAGE_FIND_VERSION STREQUAL PACKAGE_VERSION)\n\
         \x20 set(PACKAGE_VERSION_EXACT TRUE)\n\
         endif()\n",
        abi()
    )
}

/// Relocatable: paths are derived from this file's own location (lib/cmake/memvid).
const CMAKE_CONFIG: &str = r#"# memvid CMake package (installed by `cargo tool install`).
#   find_package(memvid CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE memvid::memvid)      # C, shared library
#   target_link_libraries(app PRIVATE memvid::memvid_cpp)  # C++17 wrapper over the shared library
#   target_link_libraries(app PRIVATE memvid::memvid_static)
get_filename_component(_memvid_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)

if(NOT TARGET memvid::memvid)
  add_library(memvid::memvid SHARED IMPORTED)
  set_target_properties(memvid::memvid PROPERTIES
    IMPORTED_LOCATION "${_memvid_prefix}/lib/libmemvid_ffi.so"
    INTERFACE_INCLUDE_DIRECTORIES "${_memvid_prefix}/include/memvid"
    INTERFACE_COMPILE_FEATURES c_std_11)

  add_library(memvid::memvid_static STATIC IMPORTED)
  set_target_properties(memvid::memvid_static PROPERTIES
    IMPORTED_LOCATION "${_memvid_prefix}/lib/libmemvid_ffi.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_memvid_prefix}/include/memvid"
    INTERFACE_LINK_LIBRARIES "@STATIC_DEPS@")

  add_library(memvid::memvid_cpp INTERFACE IMPORTED)
  set_target_properties(memvid::memvid_cpp PROPERTIES
    INTERFACE_LINK_LIBRARIES memvid::memvid
    INTERFACE_COMPILE_FEATURES cxx_std_17)
endif()

unset(_memvid_prefix)
set(memvid_FOUND TRUE)
"#;

/// The `versions` suite: every package states the workspace version (README, Versioning).
pub fn check_versions() -> Result<(), Failure> {
    let expected = [
        ("bindings/python/pyproject.toml", format!("version = \"{VERSION}\"")),
        ("bindings/package.json", format!("\"version\": \"{VERSION}\"")),
        ("bindings/ruby/memvid.gemspec", format!("s.version = \"{VERSION}\"")),
        ("bindings/crystal/shard.yml", format!("version: {VERSION}")),
        ("bindings/zig/build.zig.zon", format!(".version = \"{VERSION}\"")),
        ("bindings/dart/pubspec.yaml", format!("version: {VERSION}")),
    ];
    let stale: Vec<String> = expected
        .iter()
        .filter(|(file, line)| !fs::read_to_string(root().join(file)).is_ok_and(|text| text.lines().any(|l| l.trim().trim_end_matches(',') == line)))
        .map(|(file, line)| format!("{file} (expected `{line}`)"))
        .collect();
    if !stale.is_empty() {
        return Err(Failure(format!("not at version {VERSION}: {}", stale.join(", "))));
    }
    println!("versions: {} passed, 0 failed (all at {VERSION})", expected.len());
    Ok(())
}
