module memvid.dev/memvid

go 1.19
