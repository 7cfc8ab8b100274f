package narrative_test

// rankCases: official, published and partial ranks, their changes and
// ties.
func rankCases() []storyCase {
	return []storyCase{{
		name: "published rank with its count",
		ys:   years{2023: {res("17.01", "92", "reported = { province_rank = 5, province_of = 10 }")}},
		year: 2023, code: "17.01", publisher: ori,
		id:    []string{"Menurut peringkat yang diumumkan, Lebong berada di peringkat kelima dari sepuluh kabupaten/kota se-Bengkulu."},
		en:    []string{"According to the published ranking, Lebong ranked fifth of ten regencies and cities in Bengkulu Province."},
		notID: []string{"datanya tersedia"},
		not:   []string{"with data"},
	}, {
		name: "published rank without a count",
		ys:   years{2023: {res("17.01", "92", "reported = { province_rank = 5 }"), res("17.02", "95")}},
		year: 2023, code: "17.01",
		id:    []string{"Menurut peringkat yang diumumkan, Lebong berada di peringkat kelima se-Bengkulu."},
		en:    []string{"According to the published ranking, Lebong ranked fifth in Bengkulu Province."},
		notID: []string{"peringkat 2", "datanya tersedia"},
		not:   []string{"second", "with data"},
	}, {
		name: "rank over the bodies with data only",
		ys:   years{2023: {res("17.01", "90"), res("17.02", "95"), res("17.71", "80")}},
		year: 2023, code: "17.01",
		notID: []string{"peringkat", "datanya tersedia"},
		not:   []string{"second", "ranked", "with data"},
	}, {
		name: "alone in the data: no rank",
		ys:   years{2023: {res("17.01", "90")}},
		year: 2023, code: "17.01",
		notID: []string{"peringkat"},
		not:   []string{"ranked first", "first of", "stayed first"},
	}, {
		name: "rank change against a published rank",
		ys: years{
			2022: {res("17.01", "84.22", "reported = { province_rank = 5 }")},
			2023: bengkulu("92", "95.94", "94.08", "91", "80", "70"),
		},
		year: 2023, code: "17.01", publisher: ori,
		headline: [2]string{"Lebong Naik ke Peringkat Tiga di Bengkulu", "Lebong Rises to Third in Bengkulu"},
		id:       []string{"Nilai itu menempatkan Lebong di peringkat ketiga dari enam kabupaten/kota se-Bengkulu, naik dari peringkat kelima pada 2022."},
		en:       []string{"The score placed Lebong third of six regencies and cities in Bengkulu Province, up from fifth in 2022."},
		notID:    []string{"menurut pengumuman", "Menurut pengumuman"},
		not:      []string{"announced"},
	}, {
		name: "no rank change against a partial rank",
		ys: years{
			2022: {res("17.01", "95"), res("17.02", "90")},
			2023: bengkulu("92", "95.94", "94.08", "91", "80", "70"),
		},
		year: 2023, code: "17.01",
		id:    []string{"Nilai itu menempatkan Lebong di peringkat ketiga dari enam kabupaten/kota se-Bengkulu."},
		en:    []string{"The score placed Lebong third of six regencies and cities in Bengkulu Province."},
		notID: []string{"dari peringkat"},
		not:   []string{"from first"},
	}, {
		name: "national rank, published, up",
		ys: years{
			2022: {res("17.01", "90", "reported = { national_rank = 14, national_of = 416 }")},
			2023: {res("17.01", "92", "reported = { national_rank = 8, national_of = 416 }")},
		},
		year: 2023, code: "17.01", publisher: ori,
		headline: [2]string{"Lebong Naik ke Peringkat Delapan Nasional", "Lebong Rises to Eighth Nationally"},
		id:       []string{"Menurut peringkat yang diumumkan, Lebong berada di peringkat kedelapan dari 416 kabupaten secara nasional, naik dari peringkat ke-14 pada 2022."},
		en:       []string{"According to the published ranking, Lebong ranked eighth of 416 regencies nationally, up from 14th in 2022."},
	}, {
		name: "national rank, published, kept, after a province rank",
		ys: years{
			2022: {res("17.01", "90", "reported = { province_rank = 2, national_rank = 113, national_of = 416 }")},
			2023: {res("17.01", "92", "reported = { province_rank = 1, national_rank = 113, national_of = 416 }")},
		},
		year: 2023, code: "17.01", publisher: ori,
		headline: [2]string{"Lebong Naik ke Peringkat Satu di Bengkulu", "Lebong Rises to First in Bengkulu"},
		id: []string{"Menurut peringkat yang diumumkan, Lebong berada di peringkat pertama se-Bengkulu, naik dari peringkat kedua pada 2022.",
			"Secara nasional, Lebong bertahan di peringkat ke-113 dari 416 kabupaten."},
		en: []string{"According to the published ranking, Lebong ranked first in Bengkulu Province, up from second in 2022.",
			"Nationally, Lebong stayed 113th of 416 regencies."},
	}, {
		name: "national rank of a province, computed",
		ys:   years{2023: {res("17", "90"), res("36", "85")}},
		year: 2023, code: "17",
		headline: [2]string{"Provinsi Bengkulu Raih Peringkat Pertama Nasional", "Bengkulu Province Ranks First Nationally"},
		id:       []string{"Pemerintah Provinsi Bengkulu meraih nilai 90,00", "Nilai itu menempatkan Provinsi Bengkulu di peringkat pertama dari dua provinsi secara nasional."},
		en:       []string{"The Bengkulu Province government scored 90.00", "The score placed Bengkulu Province first of two provinces nationally."},
	}, {
		name: "first in the province, kept",
		ys: years{
			2022: bengkulu("97", "95.94", "94.08", "91", "80", "70"),
			2023: bengkulu("96", "95.94", "94.08", "91", "80", "70"),
		},
		year: 2023, code: "17.01",
		headline: [2]string{"Lebong Pertahankan Peringkat Pertama di Bengkulu", "Lebong Stays First in Bengkulu"},
		id:       []string{"Lebong bertahan di peringkat pertama dari enam kabupaten/kota se-Bengkulu dan kembali meraih predikat Kualitas Tertinggi (A)."},
		en:       []string{"Lebong stayed first of six regencies and cities in Bengkulu Province and again received grade A (Kualitas Tertinggi)."},
	}, {
		name: "tied with one",
		ys:   years{2023: bengkulu("90", "90", "85", "80", "75", "70")},
		year: 2023, code: "17.01",
		headline: [2]string{"Kabupaten Lebong Raih Nilai 90,00 pada Penilaian 2023", "Lebong Regency Scores 90.00 in 2023 Assessment"},
		id:       []string{"di peringkat pertama dari enam kabupaten/kota se-Bengkulu, bersama Kabupaten Kaur."},
		en:       []string{"first of six regencies and cities in Bengkulu Province, tied with Kaur Regency."},
	}, {
		name: "tied with three",
		ys:   years{2023: bengkulu("90", "90", "90", "80", "75", "90")},
		year: 2023, code: "17.02",
		id: []string{"di peringkat pertama dari enam kabupaten/kota se-Bengkulu, bersama Kabupaten Lebong, Kabupaten Seluma, dan Kota Bengkulu."},
		en: []string{"first of six regencies and cities in Bengkulu Province, tied with Lebong Regency, Seluma Regency, and Bengkulu City."},
	}, {
		name: "tied with more than three",
		ys:   years{2023: bengkulu("90", "90", "90", "90", "90", "91")},
		year: 2023, code: "17.01",
		id: []string{"di peringkat kedua dari enam kabupaten/kota se-Bengkulu, bersama empat daerah lain."},
		en: []string{"second of six regencies and cities in Bengkulu Province, tied with four others."},
	}, {
		name: "ties of a partial rank",
		ys:   years{2023: {res("17.01", "90"), res("17.02", "90"), res("17.03", "95")}},
		year: 2023, code: "17.01",
		notID: []string{"peringkat", "bersama"},
		not:   []string{"second", "tied"},
	}}
}
