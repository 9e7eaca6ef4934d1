module memvid.dev/memvid/bench

go 1.19

require memvid.dev/memvid v0.0.0

replace memvid.dev/memvid => ../../bindings/go
