package narrative_test

// recordCases: grades, a change of scale, streaks, the body's best and
// worst years, and its service units.
func recordCases() []storyCase {
	return append(gradeCases(), unitCases()...)
}

func gradeCases() []storyCase {
	return []storyCase{{
		name: "grade up within a zone",
		ys:   years{2022: {res("17.01", "84.22")}, 2023: {res("17.01", "92")}},
		year: 2023, code: "17.01",
		id: []string{"Lebong naik dari predikat Kualitas Tinggi (B) pada 2022 menjadi Kualitas Tertinggi (A)."},
		en: []string{"Lebong rose from grade B (Kualitas Tinggi) in 2022 to A (Kualitas Tertinggi)."},
	}, {
		name: "grade and zone up",
		ys:   years{2022: {res("17.01", "70")}, 2023: {res("17.01", "80")}},
		year: 2023, code: "17.01",
		id: []string{"Lebong naik dari predikat Kualitas Sedang (C) pada 2022 menjadi Kualitas Tinggi (B), sekaligus naik dari zona kuning ke zona hijau."},
		en: []string{"Lebong rose from grade C (Kualitas Sedang) in 2022 to B (Kualitas Tinggi), moving it up from the yellow zone to the green zone."},
	}, {
		name: "grade down",
		ys:   years{2022: {res("17.01", "92")}, 2023: {res("17.01", "85")}},
		year: 2023, code: "17.01",
		id: []string{"Lebong turun dari predikat Kualitas Tertinggi (A) pada 2022 menjadi Kualitas Tinggi (B)."},
		en: []string{"Lebong fell from grade A (Kualitas Tertinggi) in 2022 to B (Kualitas Tinggi)."},
	}, {
		name: "zone down on the zona scale",
		ys:   years{2019: {res("17.01", "85")}, 2021: {res("17.01", "70")}},
		year: 2021, code: "17.01",
		id:    []string{"Dengan nilai itu, Lebong turun dari zona hijau ke zona kuning."},
		en:    []string{"That moved Lebong down from the green zone to the yellow zone."},
		notID: []string{"bertahan", "lebih baik"},
		not:   []string{"stayed", "or better"},
	}, {
		name: "first grade",
		ys:   years{2023: {res("17.01", "60")}},
		year: 2023, code: "17.01",
		id: []string{"Dengan nilai itu, Lebong meraih predikat Kualitas Sedang (C) dan berada di zona kuning."},
		en: []string{"That earned Lebong grade C (Kualitas Sedang), in the yellow zone."},
	}, {
		name: "change of scale",
		ys:   years{2021: {res("17.01", "70")}, 2022: {res("17.01", "92")}},
		year: 2022, code: "17.01", publisher: ori,
		id: []string{"naik 22,00 poin dari 70,00 pada 2021.",
			"Dengan nilai itu, Lebong meraih predikat Kualitas Tertinggi (A) dan berada di zona hijau.",
			"Sejak 2022, Ombudsman Republik Indonesia memakai predikat A–E, menggantikan sistem zona yang dipakai pada 2021, sehingga hasil kedua tahun tidak dapat dibandingkan langsung"},
		en: []string{"up 22.00 points from 70.00 in 2021.",
			"That earned Lebong grade A (Kualitas Tertinggi), in the green zone.",
			"Since 2022, Ombudsman Republik Indonesia has given grades A–E in place of the zone system used in 2021, so the two years' results cannot be compared directly"},
		notID: []string{"zona kuning ke", "menjadi", "tetap"},
		not:   []string{"from the yellow zone", "rose from", "kept"},
	}, {
		name: "change of scale without a publisher, after a gap",
		ys:   years{2019: {res("17.01", "85")}, 2021: {res("17.02", "90")}, 2022: {res("17.01", "85")}, 2023: {res("17.01", "86")}},
		year: 2022, code: "17.01",
		id: []string{"Sejak 2022, penilaian memakai predikat A–E", "yang dipakai pada 2019"},
		en: []string{"Since 2022, the assessment has given grades A–E", "used in 2019"},
	}, {
		name: "streak across scales",
		ys:   years{2021: {res("17.01", "90")}, 2022: {res("17.01", "90")}, 2023: {res("17.01", "91")}},
		year: 2023, code: "17.01",
		id: []string{"Dalam data situs ini, Lebong selalu berada di zona hijau sejak 2021 (tiga hasil berturut-turut), baik pada sistem zona maupun pada predikat A–E."},
		en: []string{"In this site's data, Lebong has been in the green zone in every result since 2021 (three in a row), under both the zone system and grades A–E."},
	}, {
		name: "streak in the yellow zone or better",
		ys:   years{2022: {res("17.01", "95")}, 2023: {res("17.01", "60")}, 2024: {res("17.01", "65")}},
		year: 2024, code: "17.01",
		id:    []string{"Lebong kembali meraih predikat Kualitas Sedang (C), seperti pada 2023.", "Dalam data situs ini, Lebong selalu berada di zona kuning atau lebih baik sejak 2022 (tiga hasil berturut-turut)."},
		en:    []string{"Lebong again received grade C (Kualitas Sedang), as in 2023.", "In this site's data, Lebong has been in the yellow zone or better in every result since 2022 (three in a row)."},
		notID: []string{"kedua skala"},
		not:   []string{"both grading scales"},
	}, {
		name: "streak over a year without an assessment",
		ys:   years{2019: {res("17.01", "90")}, 2021: {res("17.01", "90")}},
		year: 2021, code: "17.01",
		id:    []string{"Dalam data situs ini, Lebong selalu berada di zona hijau sejak 2019 (dua hasil berturut-turut)."},
		en:    []string{"In this site's data, Lebong has been in the green zone in every result since 2019 (two in a row)."},
		notID: []string{"tetap berada", "tahun berturut-turut"},
		not:   []string{"remained", "years in a row"},
	}, {
		name: "best year, the latest",
		ys:   years{2022: {res("17.01", "80")}, 2023: {res("17.01", "85")}, 2024: {res("17.01", "90")}},
		year: 2024, code: "17.01",
		id: []string{"Ini nilai tertinggi Lebong di antara tiga nilainya dalam data situs ini (2022–2024)."},
		en: []string{"It is Lebong's highest of the three scores for it in this site's data (2022–2024)."},
	}, {
		name: "worst year, an earlier one",
		ys:   years{2022: {res("17.01", "80")}, 2023: {res("17.01", "85")}, 2024: {res("17.01", "90")}},
		year: 2022, code: "17.01",
		id: []string{"Ini nilai terendah Lebong di antara tiga nilainya dalam data situs ini (2022–2024)."},
		en: []string{"It is Lebong's lowest of the three scores for it in this site's data (2022–2024)."},
	}, {
		name: "no best year in a history of two",
		ys:   years{2023: {res("17.01", "85")}, 2024: {res("17.01", "90")}},
		year: 2024, code: "17.01",
		notID: []string{"tertinggi"},
		not:   []string{"highest"},
	}}
}

func unitCases() []storyCase {
	return []storyCase{{
		name: "best and worst units, with like-unit ranks",
		ys: years{2024: {
			res("17.01", "", unit("Puskesmas Atas", "puskesmas", "97.82"), unit("Dinas Sosial", "dinas-sosial", "95"), unit("Dukcapil Lebong", "dukcapil", "92.23")),
			res("17.02", "", unit("Puskesmas Kaur", "puskesmas", "96"), unit("Puskesmas Bawah", "puskesmas", "95.5")),
			res("17.71", "", unit("Puskesmas Kota", "puskesmas", "90")),
		}},
		year: 2024, code: "17.01",
		id:    []string{"Dari tiga unit layanan yang dinilai, nilai tertinggi diraih Puskesmas Atas (97,82), sedangkan nilai terendah tercatat pada Dukcapil Lebong (92,23)."},
		en:    []string{"Of the three service units assessed, Puskesmas Atas (97.82) scored highest, while Dukcapil Lebong (92.23) scored lowest."},
		notID: []string{"menempati", "datanya tersedia"},
		not:   []string{"ranked", "with data"},
	}, {
		name: "like units of one body only",
		ys: years{2024: {
			res("36.01", "", unit("Puskesmas Cimanuk", "puskesmas", "97.82"), unit("Puskesmas Bangkonol", "puskesmas", "95.03")),
		}},
		year: 2024, code: "36.01",
		id:    []string{"Dari dua unit layanan yang dinilai, nilai tertinggi diraih Puskesmas Cimanuk (97,82), sedangkan nilai terendah tercatat pada Puskesmas Bangkonol (95,03)."},
		en:    []string{"Of the two service units assessed, Puskesmas Cimanuk (97.82) scored highest, while Puskesmas Bangkonol (95.03) scored lowest."},
		notID: []string{"menempati"},
		not:   []string{"Cimanuk ranked"},
	}, {
		name: "tied best units",
		ys: years{2024: {
			res("17.01", "", unit("Puskesmas A", "puskesmas", "95"), unit("Puskesmas B", "puskesmas", "95"), unit("Dinas C", "", "90")),
		}},
		year: 2024, code: "17.01",
		id: []string{"nilai tertinggi diraih Puskesmas A dan Puskesmas B (masing-masing 95,00), sedangkan nilai terendah tercatat pada Dinas C (90,00)."},
		en: []string{"Puskesmas A and Puskesmas B (95.00 each) scored highest, while Dinas C (90.00) scored lowest."},
	}, {
		name: "a single unit",
		ys:   years{2024: {res("17.01", "", unit("DPMPTSP Lebong", "dpmptsp", "90"))}},
		year: 2024, code: "17.01",
		id:    []string{"Satu-satunya unit layanan yang dinilai, DPMPTSP Lebong, meraih nilai 90,00."},
		en:    []string{"The only service unit assessed, DPMPTSP Lebong, scored 90.00."},
		notID: []string{"tertinggi", "terendah"},
		not:   []string{"highest", "lowest"},
	}, {
		name: "units all equal",
		ys:   years{2024: {res("17.01", "", unit("A", "", "90"), unit("B", "", "90"), unit("C", "", "90"))}},
		year: 2024, code: "17.01",
		id: []string{"Ketiga unit layanan yang dinilai meraih nilai yang sama, 90,00."},
		en: []string{"All three service units assessed scored the same, 90.00."},
	}, {
		name: "two units equal",
		ys:   years{2024: {res("17.01", "", unit("A", "", "90"), unit("B", "", "90"))}},
		year: 2024, code: "17.01",
		id: []string{"Kedua unit layanan yang dinilai meraih nilai yang sama, 90,00."},
		en: []string{"Both service units assessed scored the same, 90.00."},
	}}
}
