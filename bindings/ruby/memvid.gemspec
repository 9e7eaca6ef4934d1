# The Ruby gem (not published; `gem build memvid.gemspec` in this directory builds it).
# The C library is built separately (`cargo tool build`); point MEMVID_LIB at it.
Gem::Specification.new do |s|
  s.name = "memvid"
  s.version = "0.1.0"
  s.summary = "memvid (single-file memory with lexical and vector search) for Ruby, through ruby-ffi"
  s.license = "Apache-2.0"
  s.authors = ["memvid-ffi"]
  s.files = ["lib/memvid.rb", "lib/memvid/native.rb"]
  s.required_ruby_version = ">= 3.0"
  s.add_dependency "ffi", ">= 1.15"
end
