module github.com/rapor-publik/rapor

go 1.26

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/go-echarts/go-echarts/v2 v2.6.7
	github.com/google/go-cmp v0.7.0
	github.com/rogpeppe/go-internal v1.16.0
	github.com/yuin/goldmark v1.8.7
	golang.org/x/net v0.55.0
)

require (
	golang.org/x/sys v0.45.0 // indirect
	golang.org/x/tools v0.26.0 // indirect
)
