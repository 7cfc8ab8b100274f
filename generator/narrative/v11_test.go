package narrative_test

// A source for the year files of the cases below: outlet and quoted
// speaker, as the sample's Krakatau Radio article.
const krakatau = "year:[[source]]\nid = \"kr\"\ntitle = \"Pandeglang peringkat ketiga se-Banten\"\nurl = \"https://krakatauradio.com/\"\noutlet = \"Krakatau Radio\"\nquoting = \"Bupati Pandeglang\""

// banten is a complete year of province 36's regional bodies: Pandeglang
// gets its result as given, Lebak, Kabupaten and Kota Tangerang the
// scores given.
func banten(pandeglang string, others ...string) []string {
	codes := []string{"36.02", "36.03", "36.71"}
	out := []string{pandeglang}
	for i, sc := range others {
		out = append(out, res(codes[i], sc))
	}
	return out
}

// publishedCases are results known only in part (v1.1): without a
// score, with a grade given by the publisher, with sources that name
// their outlet, and years that say how many bodies were assessed.
func publishedCases() []storyCase {
	// Pandeglang: scored in 2022 (fourth of 4), published as third in Banten
	// and 121st nationally without a score in 2023, scored and published
	// as second in 2024 (with a source that names its outlet).
	pandeglang := years{
		2022: banten(res("36.01", "70"), "80", "90", "85"),
		2023: append(banten(res("36.01", "", `reported = { province_rank = 3, national_rank = 121 }`), "80", "90", "85"), krakatau),
		// Kota Tangerang has no 2024 result: the province ranking is not
		// complete, the published rank is Pandeglang's official one.
		2024: append(banten(res("36.01", "81.34", `reported = { province_rank = 2 }`, `sources = ["kr"]`), "80", "90"), krakatau),
	}
	return []storyCase{{
		name: "a result without a score, published ranks only",
		ys:   pandeglang, year: 2023, code: "36.01", publisher: ori,
		headline: [2]string{"Pandeglang Naik ke Peringkat Tiga di Banten", "Pandeglang Rises to Third in Banten"},
		id: []string{"Pemerintah Kabupaten Pandeglang dinilai dalam Penilaian Kepatuhan 2023 dari Ombudsman Republik Indonesia, tetapi nilainya tidak diumumkan.",
			"Menurut peringkat yang diumumkan, Pandeglang berada di peringkat ketiga se-Banten, naik dari peringkat keempat pada 2022.",
			"Secara nasional, Pandeglang berada di peringkat ke-121."},
		en: []string{"The Pandeglang Regency government was assessed in the 2023 public service assessment by Ombudsman Republik Indonesia, but its score was not published.",
			"According to the published ranking, Pandeglang ranked third in Banten Province, up from fourth in 2022."},
		notID: []string{"meraih nilai", "tidak dinilai", "poin", "predikat"},
		not:   []string{"scored", "not assessed", "points", "grade"},
	}, {
		name: "a score after a result without one: the change from the last score, the move from the last rank",
		ys:   pandeglang, year: 2024, code: "36.01",
		headline: [2]string{"Pandeglang Naik ke Peringkat Dua di Banten", "Pandeglang Rises to Second in Banten"},
		id: []string{"Menurut Krakatau Radio, mengutip Bupati Pandeglang, Pemerintah Kabupaten Pandeglang meraih nilai 81,34 dalam Penilaian Kepatuhan 2024, naik 11,34 poin dari 70,00 pada 2022.",
			"Nilai Pandeglang pada 2023 tidak diumumkan, sehingga perubahan nilai dihitung dari nilai 2022.",
			"Menurut sumber yang sama, Pandeglang berada di peringkat kedua se-Banten, naik dari peringkat ketiga pada 2023."},
		en: []string{"According to Krakatau Radio, quoting Bupati Pandeglang, the Pandeglang Regency government scored 81.34 in the 2024 public service assessment, up 11.34 points from 70.00 in 2022.",
			"Pandeglang's score in 2023 was not published, so the change is measured from its 2022 score.",
			"According to the same source, Pandeglang ranked second in Banten Province, up from third in 2023."},
		notID: []string{"peringkat keempat", "pengumuman resmi", "secara nasional"},
		not:   []string{"fourth", "officially", "nationally"},
	}, {
		name: "a source without an outlet is named by its title",
		ys:   years{2023: {res("17.01", "92", `sources = ["d"]`), "year:[[source]]\nid = \"d\"\ntitle = \"Daftar nilai 2023\""}},
		year: 2023, code: "17.01",
		id: []string{"Menurut “Daftar nilai 2023”, Pemerintah Kabupaten Lebong meraih nilai 92,00"},
		en: []string{"According to “Daftar nilai 2023”, the Lebong Regency government scored 92.00"},
	}, {
		name: "a first score after a result without one is not a first result",
		ys: years{
			2019: {res("17.01", "", `grade = "hijau"`, `reported = { national_rank = 14 }`)},
			2021: {res("17.01", "97.65", `reported = { national_rank = 8, national_of = 416 }`)},
		},
		year: 2021, code: "17.01",
		id: []string{"Data situs ini tidak memuat nilai Lebong sebelumnya: nilainya pada 2019 tidak diumumkan.",
			"Lebong berada di peringkat kedelapan dari 416 kabupaten secara nasional, naik dari peringkat ke-14 pada 2019.",
			"Dalam data situs ini, Lebong selalu berada di zona hijau sejak 2019 (dua hasil berturut-turut)."},
		en: []string{"This site's data hold no earlier score for Lebong: its score in 2019 was not published.",
			"up from 14th in 2019"},
		notID: []string{"pertama", "poin"},
		not:   []string{"first", "points"},
	}, {
		name: "a zone without a score",
		ys:   years{2019: {res("17.01", "", `grade = "hijau"`, `reported = { national_rank = 14 }`)}},
		year: 2019, code: "17.01",
		headline: [2]string{"Kabupaten Lebong Berada di Zona Hijau pada Penilaian 2019", "Lebong Regency in Green Zone in 2019 Assessment"},
		id:       []string{"Pemerintah Kabupaten Lebong berada di zona hijau dalam Penilaian Kepatuhan 2019, tetapi nilainya tidak diumumkan."},
		en:       []string{"The Lebong Regency government was in the green zone in the 2019 public service assessment, but its score was not published."},
		notID:    []string{"meraih zona"},
		not:      []string{"received the green zone"},
	}, {
		name: "a grade given with the result, without a score, with a flag",
		ys: years{
			2024: {res("36.02", "80")},
			2025: {res("36.01", "", `grade = "tinggi"`, `flags = ["tanpa-maladministrasi"]`)},
		},
		year: 2025, code: "36.01", publisher: ori,
		headline: [2]string{"Pandeglang Raih Predikat Kualitas Tinggi pada Penilaian 2025", "Pandeglang Receives “Kualitas Tinggi” Grade in 2025 Assessment"},
		id: []string{"Pemerintah Kabupaten Pandeglang meraih predikat Kualitas Tinggi dalam Penilaian Kepatuhan 2025 dari Ombudsman Republik Indonesia, tetapi nilainya tidak diumumkan.",
			"Hasil Pandeglang juga disertai keterangan “Tanpa Maladministrasi”.",
			"Pada 2025, Ombudsman Republik Indonesia mulai memakai predikat Kualitas Tertinggi hingga Kualitas Sedang, menggantikan predikat A–E yang dipakai hingga 2024."},
		en: []string{"received a “Kualitas Tinggi” grade in the 2025 public service assessment by Ombudsman Republik Indonesia, but its score was not published.",
			"Pandeglang's result also carries the mark “Without Maladministration”."},
		notID: []string{"Kualitas Tinggi (tinggi)", "Dengan nilai itu", "peringkat"},
		not:   []string{"Kualitas Tinggi (tinggi)", "That earned", "ranked"},
	}, {
		name: "a grade given with a score is not the score's",
		ys:   years{2025: {res("36.01", "65.98", `grade = "sedang"`)}},
		year: 2025, code: "36.01",
		id:    []string{"Pandeglang meraih predikat Kualitas Sedang."},
		en:    []string{"Pandeglang received a “Kualitas Sedang” grade."},
		notID: []string{"Dengan nilai itu"},
		not:   []string{"That earned"},
	}, {
		name: "fewer bodies assessed than the year before",
		ys: years{
			2024: {"year:assessed = { kabupaten = 416 }", res("36.02", "80")},
			2025: {"year:assessed = { kabupaten = 170 }", res("36.01", "", `grade = "tinggi"`)},
		},
		year: 2025, code: "36.01",
		id:    []string{"Pada penilaian 2025 hanya 170 kabupaten yang dinilai, sedangkan pada 2024 dinilai 416 kabupaten."},
		en:    []string{"Only 170 regencies were assessed in 2025, against 416 in 2024."},
		notID: []string{"daftar wilayah"},
	}, {
		name: "a published national rank with the count assessed from the year file",
		ys: years{2024: {"year:assessed = { kabupaten = 416 }",
			res("36.01", "95.25", `reported = { national_rank = 67 }`, `sources = ["kr"]`), krakatau}},
		year: 2024, code: "36.01",
		id: []string{"Menurut sumber yang sama, Pandeglang berada di peringkat ke-67 secara nasional; pada 2024 dinilai 416 kabupaten."},
		en: []string{"According to the same source, Pandeglang ranked 67th nationally; 416 regencies were assessed in 2024."},
		// The source gave no count: it is not put in its mouth.
		notID: []string{"dari 416"},
		not:   []string{"of 416", "of the 416"},
	}}
}
