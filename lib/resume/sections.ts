export type ResumeSectionKind =
  | 'contact'
  | 'summary'
  | 'experience'
  | 'skills'
  | 'education'
  | 'projects'
  | 'certifications'
  | 'other';

export interface ResumeSection {
  kind: ResumeSectionKind;
  heading: string;
  start: number;
  end: number;
}

const HEADINGS: ReadonlyArray<[ResumeSectionKind, RegExp]> = [
  ['summary', /^(summary|profile|about me|professional summary|objective|overview|職務要約|自己PR|自己ＰＲ)$/i],
  ['experience', /^((work|professional|employment|relevant) )?(experience|history)$|^employment$|^work$|^(exp[ée]riences?( professionnelles?)?|parcours professionnel|berufserfahrung|beruflicher werdegang|experiencia( laboral| profesional)?)$|^(職務経歴|職歴|職務経歴詳細|경력|경력 ?사항|工作经历|工作经验|职业经历)$|^(do\u015bwiadczenie( zawodowe)?|przebieg (pracy|kariery)( zawodowej)?)$/i],
  // (s48) Swedish, Norwegian and Danish ("Arbetslivserfarenhet", "Arbeidserfaring", "Erhvervserfaring"), Italian and Portuguese.
  ['experience', /^(arbetslivserfarenhet|arbetserfarenhet|yrkeserfarenhet|erfarenhet|arbeidserfaring|yrkeserfaring|erfaring|erhvervserfaring|arbejdserfaring|esperienz[ae]( professional[ei]| lavorativ[ae])?|experi\u00eancia( profissional)?|experi\u00eancias profissionais)$/i],
  ['skills', /^((technical|core|key) )?(skills|competencies|technologies|expertise)( (and|&) (tools|technologies|interests))?$|^(tools|tech stack|programming languages|languages)$|^(comp[ée]tences( techniques)?|langues|kenntnisse|sprachkenntnisse|sprachen|idiomas|語学|語学力|スキル|活かせる経験・知識・技術|专业技能|技能特长|语言能力)$|^(umiej\u0119tno\u015bci|kompetencje|j\u0119zyki( obce)?)$/i],
  ['skills', /^(kompetenser|f\u00e4rdigheter|spr\u00e5k(kunskaper)?|kompetanse|ferdigheter|kompetencer|sprog|competenze( tecniche| informatiche)?|lingue( straniere)?|compet\u00eancias|idiomas)$/i],
  ['education', /^education( (and|&) training)?$|^academic|^(formations?|dipl[ôo]mes|ausbildung|studium|formaci[óo]n|educaci[óo]n|学歴|학력|教育经历|教育背景)$|^(wykszta\u0142cenie|edukacja)$/i],
  ['education', /^(utbildning|utdanning|utdannelse|uddannelse|istruzione( e formazione)?|formazione|forma\u00e7\u00e3o( acad\u00eamica)?|educa\u00e7\u00e3o)$/i],
  // (s50) Czech ("Pracovn\u00ed zku\u0161enosti", "Vzd\u011bl\u00e1n\u00ed", "Jazyky", "Dovednosti", "Certifik\u00e1ty", "Z\u00e1jmy"); Spanish "Formaci\u00f3n acad\u00e9mica",
  // "Certificaciones"; the current Europass's own headings in English and German ("Education and training", "Language skills",
  // "Digital skills", "Schul- und Berufsbildung", "Sprachkenntnisse", "Digitale Kompetenzen", "\u00dcber mich").
  ['experience', /^(pracovn\u00ed )?zku\u0161enosti?$|^(pracovn\u00ed|profesn\u00ed) (zku\u0161enosti?|praxe)$/i],
  ['education', /^(vzd\u011bl\u00e1n\u00ed|formaci\u00f3n acad\u00e9mica|schul- und berufsbildung)$/i],
  ['skills', /^(jazyky|dovednosti|language skills|digital skills|digitale kompetenzen)$/i],
  ['summary', /^(\u00fcber mich)$/i],
  // (s59) Slovak ("Pracovn\u00e9 sk\u00fasenosti", "Vzdelanie", "Zru\u010dnosti", "O mne", "Dobrovo\u013en\u00edcka \u010dinnos\u0165", "Z\u00e1ujmy"; "Jazyky",
  // "Certifik\u00e1ty", "Profil" are Czech's too).
  ['experience', /^((pracovn\u00e9|profesijn\u00e9|odborn\u00e9) )?sk\u00fasenosti$|^(pracovn\u00e1|odborn\u00e1) prax$/i],
  ['education', /^(vzdelanie|vzdel\u00e1vanie)$/i],
  ['skills', /^(zru\u010dnosti|jazykov\u00e9 znalosti)$/i],
  ['summary', /^(o mne)$/i],
  ['other', /^(dobrovo\u013en\u00edcka \u010dinnos\u0165|dobrovo\u013en\u00edctvo|z\u00e1ujmy)$/i],
  ['certifications', /^(certifik\u00e1ty|certifikace|certificaciones)$/i],
  ['other', /^(z\u00e1jmy|driving licen[cs]e|f\u00fchrerschein)$/i],
  // (s61) Lithuanian ("Darbo patirtis", "I\u0161silavinimas", "Kalbos", "\u012eg\u016bd\u017eiai", "Apie mane"), Estonian ("T\u00f6\u00f6kogemus", "Haridus",
  // "Keeled", "Oskused", "Sertifikaadid") and Indonesian ("Pengalaman kerja", "Pengalaman", "Pendidikan", "Bahasa", "Keahlian",
  // "Ringkasan"); Finnish "Sivutoimet" (side jobs: paid work beside the main one).
  ['experience', /^((darbo|profesin\u0117) patirtis|t\u00f6\u00f6kogemus|t\u00f6\u00f6kogemused|(pengalaman( kerja| profesional)?)|sivutoimet)$/i],
  ['education', /^(i\u0161silavinimas|haridus|pendidikan)$/i],
  ['skills', /^(kalbos|kalb\u0173 \u017einios|\u012fg\u016bd\u017eiai|keeled|keeleoskus|oskused|bahasa|keahlian|keterampilan)$/i],
  ['summary', /^(apie mane|ringkasan|profil singkat)$/i],
  ['certifications', /^(sertifikaadid|sertifikat)$/i],
  // (s60) Latvian ("Profesion\u0101l\u0101 pieredze", "Darba pieredze", "Izgl\u012bt\u012bba", "Valodas", "Prasmes", "Par mani") and Greek "\u039e\u03ad\u03bd\u03b5\u03c2
  // \u03b3\u03bb\u03ce\u03c3\u03c3\u03b5\u03c2" / "\u0393\u03bb\u03ce\u03c3\u03c3\u03b5\u03c2" (foreign languages; in capitals without accents).
  ['experience', /^((profesion\u0101l\u0101|darba) )?pieredze$/i],
  ['education', /^izgl\u012bt\u012bba$/i],
  ['skills', /^(valodas|valodu zin\u0101\u0161anas|prasmes|((\u03be\u03ad\u03bd\u03b5\u03c2|\u03be\u03b5\u03bd\u03b5\u03c2) )?(\u03b3\u03bb\u03ce\u03c3\u03c3\u03b5\u03c2|\u03b3\u03bb\u03c9\u03c3\u03c3\u03b5\u03c2))$/i],
  ['summary', /^(par mani)$/i],
  // (s59 lead) Croatian, Serbian and Bosnian ("Radno iskustvo", "Obrazovanje", "Jezici", "Vje\u0161tine") and Catalan
  // ("Experi\u00e8ncia", "Formaci\u00f3", "Idiomes").
  ['experience', /^(radno iskustvo|iskustvo|profesionalno iskustvo|experi\u00e8ncia( professional| laboral)?)$/i],
  ['education', /^(obrazovanje|\u0161kolovanje|formaci\u00f3)$/i],
  ['skills', /^(idiomes|jezici|strani jezici|poznavanje jezika|vje\u0161tine|ve\u0161tine)$/i],
  // (s51) Dutch ("Werkervaring", "Opleiding", "Talen", "Vaardigheden", "Cursussen en certificaten", "Profiel"), Romanian
  // ("Experien\u021b\u0103 profesional\u0103", "Educa\u021bie", "Limbi str\u0103ine", "Competen\u021be tehnice", "Certific\u0103ri"; \u021b or the older \u0163) and
  // Turkish ("\u0130\u015e DENEY\u0130M\u0130", "E\u011e\u0130T\u0130M", "SERT\u0130F\u0130KALAR", "YABANCI D\u0130LLER", "TEKN\u0130K BECER\u0130LER", "\u00d6ZET"): Turkish capitals
  // hold a dotted \u0130 and a plain I for \u0131, which case folding does not join to i and \u0131.
  ['summary', /^(profiel|profil|\u00f6zet)$/i],
  ['experience', /^((relevante )?werkervaring|experien[\u021b\u0163]\u0103( profesional\u0103)?|[i\u0130]\u015f deney[i\u0130]m[i\u0130]|[i\u0130]\u015f tecr\u00fcbes[i\u0130])$/i],
  ['education', /^(opleiding(en)?|educa[\u021b\u0163]ie|e\u011f[i\u0130]t[i\u0130]m)$/i],
  ['skills', /^(talen|talenkennis|vaardigheden|limbi str\u0103ine|competen[\u021b\u0163]e( tehnice)?|yabanc[\u0131iI] d[i\u0130]ller|d[i\u0130]ller|tekn[i\u0130]k becer[i\u0130]ler|becer[i\u0130]ler)$/i],
  ['certifications', /^((cursussen en )?certificaten|certific\u0103ri|sert[i\u0130]f[i\u0130]kalar)$/i],
  // (s52) Greek, as the Europass prints it ("\u0395\u03a0\u0391\u0393\u0393\u0395\u039b\u039c\u0391\u03a4\u0399\u039a\u0397 \u0395\u039c\u03a0\u0395\u0399\u03a1\u0399\u0391", "\u0395\u039a\u03a0\u0391\u0399\u0394\u0395\u03a5\u03a3\u0397 \u039a\u0391\u0399 \u039a\u0391\u03a4\u0391\u03a1\u03a4\u0399\u03a3\u0397", "\u0393\u039b\u03a9\u03a3\u03a3\u0399\u039a\u0395\u03a3 \u0394\u0395\u039e\u0399\u039f\u03a4\u0397\u03a4\u0395\u03a3",
  // "\u03a8\u0397\u03a6\u0399\u0391\u039a\u0395\u03a3 \u0394\u0395\u039e\u0399\u039f\u03a4\u0397\u03a4\u0395\u03a3", "\u03a0\u0399\u03a3\u03a4\u039f\u03a0\u039f\u0399\u0397\u03a3\u0395\u0399\u03a3"; in capitals Greek drops its accents, so each accented vowel may go without), Finnish
  // ("Ty\u00f6kokemus", "Koulutus", "Kielitaito", "Osaaminen", "Sertifikaatit") and Hungarian ("Szakmai tapasztalat", "Tanulm\u00e1nyok",
  // "Nyelvtud\u00e1s", "K\u00e9szs\u00e9gek", "Tan\u00fas\u00edtv\u00e1nyok", "Szakmai \u00f6sszefoglal\u00f3"). (s59 lead: and "Kielet", "Nyelvek", "Nyelvismeret".)
  ['experience', /^(\u03b5\u03c0\u03b1\u03b3\u03b3\u03b5\u03bb\u03bc\u03b1\u03c4\u03b9\u03ba[\u03b7\u03ae] \u03b5\u03bc\u03c0\u03b5\u03b9\u03c1[\u03b9\u03af]\u03b1|ty\u00f6kokemus|szakmai tapasztalat)$/i],
  ['education', /^(\u03b5\u03ba\u03c0\u03b1[\u03b9\u03af]\u03b4\u03b5\u03c5\u03c3\u03b7( \u03ba\u03b1\u03b9 \u03ba\u03b1\u03c4[\u03b1\u03ac]\u03c1\u03c4\u03b9\u03c3\u03b7)?|koulutus|tanulm\u00e1nyok)$/i],
  ['skills', /^((\u03b3\u03bb\u03c9\u03c3\u03c3\u03b9\u03ba[\u03b5\u03ad]\u03c2|\u03c8\u03b7\u03c6\u03b9\u03b1\u03ba[\u03b5\u03ad]\u03c2) \u03b4\u03b5\u03be\u03b9[\u03bf\u03cc]\u03c4\u03b7\u03c4\u03b5\u03c2|kielitaito|kielet|osaaminen|nyelvtud\u00e1s|nyelvek|nyelvismeret|k\u00e9szs\u00e9gek)$/i],
  ['certifications', /^(\u03c0\u03b9\u03c3\u03c4\u03bf\u03c0\u03bf\u03b9[\u03b7\u03ae]\u03c3\u03b5\u03b9\u03c2|sertifikaatit|tan\u00fas\u00edtv\u00e1nyok)$/i],
  ['summary', /^(szakmai \u00f6sszefoglal\u00f3)$/i],
  // (s53) Greek in title case ("\u0393\u03bb\u03ce\u03c3\u03c3\u03b5\u03c2", "\u0394\u03b5\u03be\u03b9\u03cc\u03c4\u03b7\u03c4\u03b5\u03c2"), the Romanian Europass's "Educa\u021bie \u0219i formare", Turkish "YABANCI D\u0130L" and "YETENEKLER", Ukrainian
  // ("\u0414\u043e\u0441\u0432\u0456\u0434 \u0440\u043e\u0431\u043e\u0442\u0438", "\u041e\u0441\u0432\u0456\u0442\u0430", "\u041c\u043e\u0432\u0438", "\u041d\u0430\u0432\u0438\u0447\u043a\u0438").
  ['experience', /^(\u0434\u043e\u0441\u0432\u0456\u0434 \u0440\u043e\u0431\u043e\u0442\u0438)$/i],
  ['education', /^(educa[\u021b\u0163]ie [\u0219\u015f]i formare|\u043e\u0441\u0432\u0456\u0442\u0430)$/i],
  ['skills', /^(\u03b3\u03bb[\u03c9\u03ce]\u03c3\u03c3\u03b5\u03c2|\u03b4\u03b5\u03be\u03b9[\u03bf\u03cc]\u03c4\u03b7\u03c4\u03b5\u03c2|yabanc[\u0131iI] d[i\u0130]l|yetenekler|\u043c\u043e\u0432\u0438|\u043d\u0430\u0432\u0438\u0447\u043a\u0438)$/i],
  // (s62 lead) Russian ("\u041e\u043f\u044b\u0442 \u0440\u0430\u0431\u043e\u0442\u044b", "\u0422\u0440\u0443\u0434\u043e\u0432\u0430\u044f \u0434\u0435\u044f\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c", "\u041e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u0438\u0435", "\u042f\u0437\u044b\u043a\u0438", "\u041a\u043b\u044e\u0447\u0435\u0432\u044b\u0435 \u043d\u0430\u0432\u044b\u043a\u0438", "\u041e \u0441\u0435\u0431\u0435",
  // "\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u044b"), as CVs from Russia, Kazakhstan and Belarus head them.
  ['experience', /^(\u043e\u043f\u044b\u0442 \u0440\u0430\u0431\u043e\u0442\u044b|\u043f\u0440\u043e\u0444\u0435\u0441\u0441\u0438\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0439 \u043e\u043f\u044b\u0442|\u0442\u0440\u0443\u0434\u043e\u0432\u0430\u044f \u0434\u0435\u044f\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c|\u043c\u0435\u0441\u0442\u0430 \u0440\u0430\u0431\u043e\u0442\u044b)$/i],
  ['education', /^(\u043e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u0438\u0435|\u0432\u044b\u0441\u0448\u0435\u0435 \u043e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u0438\u0435)$/i],
  ['skills', /^(\u044f\u0437\u044b\u043a\u0438|\u0437\u043d\u0430\u043d\u0438\u0435 \u044f\u0437\u044b\u043a\u043e\u0432|\u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0435 \u044f\u0437\u044b\u043a\u0438|\u0432\u043b\u0430\u0434\u0435\u043d\u0438\u0435 \u044f\u0437\u044b\u043a\u0430\u043c\u0438|(\u043a\u043b\u044e\u0447\u0435\u0432\u044b\u0435 |\u043f\u0440\u043e\u0444\u0435\u0441\u0441\u0438\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0435 |\u0442\u0435\u0445\u043d\u0438\u0447\u0435\u0441\u043a\u0438\u0435 )?\u043d\u0430\u0432\u044b\u043a\u0438)$/i],
  ['summary', /^(\u043e \u0441\u0435\u0431\u0435|\u043e\u0431\u043e \u043c\u043d\u0435)$/i],
  ['certifications', /^(\u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u044b|\u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f|\u043a\u0443\u0440\u0441\u044b( \u0438 \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u044b)?)$/i],
  // (s54) The Spanish Europass's own headings: "Educaci\u00f3n y formaci\u00f3n", "Competencias ling\u00fc\u00edsticas", "Competencias digitales",
  // "Permiso de conducci\u00f3n".
  ['education', /^(educaci[o\u00f3]n y formaci[o\u00f3]n)$/i],
  ['skills', /^(competencias ling[u\u00fc][i\u00ed]sticas|competencias digitales)$/i],
  ['other', /^(permiso de conducci[o\u00f3]n)$/i],
  // (s62) Bulgarian, Macedonian and Russian ("\u041f\u0440\u043e\u0444\u0435\u0441\u0438\u043e\u043d\u0430\u043b\u0435\u043d \u043e\u043f\u0438\u0442", "\u0422\u0440\u0443\u0434\u043e\u0432 \u043e\u043f\u0438\u0442", "\u0420\u0430\u0431\u043e\u0442\u043d\u043e \u0438\u0441\u043a\u0443\u0441\u0442\u0432\u043e", "\u041e\u043f\u044b\u0442 \u0440\u0430\u0431\u043e\u0442\u044b", "\u041e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u0438\u0435",
  // "\u0415\u0437\u0438\u0446\u0438", "\u0408\u0430\u0437\u0438\u0446\u0438", "\u042f\u0437\u044b\u043a\u0438", "\u0423\u043c\u0435\u043d\u0438\u044f", "\u0412\u0435\u0448\u0442\u0438\u043d\u0438", "\u041d\u0430\u0432\u044b\u043a\u0438", "\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u0438", "\u0417\u0430 \u043c\u0435\u043d", "\u041e \u0441\u0435\u0431\u0435"); Vietnamese ("Kinh nghi\u1ec7m làm vi\u1ec7c",
  // "H\u1ecdc v\u1ea5n", "Ngo\u1ea1i ng\u1eef", "K\u1ef9 n\u0103ng", "M\u1ee5c tiêu ngh\u1ec1 nghi\u1ec7p", "Ch\u1ee9ng ch\u1ec9"); Hebrew ("\u05e0\u05d9\u05e1\u05d9\u05d5\u05df \u05ea\u05e2\u05e1\u05d5\u05e7\u05ea\u05d9", "\u05e0\u05d9\u05e1\u05d9\u05d5\u05df \u05de\u05e7\u05e6\u05d5\u05e2\u05d9", "\u05d4\u05e9\u05db\u05dc\u05d4", "\u05e9\u05e4\u05d5\u05ea",
  // "\u05db\u05d9\u05e9\u05d5\u05e8\u05d9\u05dd", "\u05ea\u05e7\u05e6\u05d9\u05e8"); Arabic ("\u0627\u0644\u062e\u0628\u0631\u0627\u062a \u0627\u0644\u0639\u0645\u0644\u064a\u0629", "\u0627\u0644\u062e\u0628\u0631\u0629 \u0627\u0644\u0639\u0645\u0644\u064a\u0629", "\u0627\u0644\u0645\u0624\u0647\u0644\u0627\u062a \u0627\u0644\u0639\u0644\u0645\u064a\u0629", "\u0627\u0644\u062a\u0639\u0644\u064a\u0645", "\u0627\u0644\u0644\u063a\u0627\u062a", "\u0627\u0644\u0645\u0647\u0627\u0631\u0627\u062a", "\u0627\u0644\u0634\u0647\u0627\u062f\u0627\u062a",
  // "\u0646\u0628\u0630\u0629"); Slovenian ("Delovne izku\u0161nje", "Izobra\u017eevanje", "Jeziki", "Znanja", "Povzetek"); Albanian ("Përvoja e punës",
  // "Eksperienca e punës", "Arsimi", "Arsimimi", "Arsimi dhe trajnimi", "Gjuhët", "Aftësitë", "Aftësi dhe kompetenca personale",
  // "Përmbledhje") and the old Europass's Albanian labels of its groups.
  ['experience', /^(\u043f\u0440\u043e\u0444\u0435\u0441\u0438\u043e\u043d\u0430\u043b\u0435\u043d \u043e\u043f\u0438\u0442|\u0442\u0440\u0443\u0434\u043e\u0432 \u043e\u043f\u0438\u0442|\u043e\u043f\u0438\u0442|\u0440\u0430\u0431\u043e\u0442\u043d\u043e \u0438\u0441\u043a\u0443\u0441\u0442\u0432\u043e|\u043e\u043f\u044b\u0442 \u0440\u0430\u0431\u043e\u0442\u044b|kinh nghi\u1ec7m( làm vi\u1ec7c)?|\u05e0\u05d9\u05e1\u05d9\u05d5\u05df( \u05ea\u05e2\u05e1\u05d5\u05e7\u05ea\u05d9| \u05de\u05e7\u05e6\u05d5\u05e2\u05d9)?|\u0627\u0644\u062e\u0628\u0631\u0627\u062a? (\u0627\u0644\u0639\u0645\u0644\u064a\u0629|\u0627\u0644\u0645\u0647\u0646\u064a\u0629)|\u0627\u0644\u062e\u0628\u0631\u0627\u062a|delovne izku\u0161nje|(përvoja|eksperienca) (e punës|profesionale))$/iu],
  ['education', /^(\u043e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u0438\u0435|h\u1ecdc v\u1ea5n|trình \u0111\u1ed9 h\u1ecdc v\u1ea5n|\u05d4\u05e9\u05db\u05dc\u05d4|\u0627\u0644\u0645\u0624\u0647\u0644\u0627\u062a \u0627\u0644\u0639\u0644\u0645\u064a\u0629|\u0627\u0644\u0645\u0624\u0647\u0644 \u0627\u0644\u0639\u0644\u0645\u064a|\u0627\u0644\u062a\u0639\u0644\u064a\u0645|izobra\u017eevanje|izobrazba|arsimi( dhe trajnimi)?|arsimimi|edukimi)$/iu],
  ['skills', /^(\u0435\u0437\u0438\u0446\u0438|\u0447\u0443\u0436\u0434\u0438 \u0435\u0437\u0438\u0446\u0438|\u0458\u0430\u0437\u0438\u0446\u0438|\u044f\u0437\u044b\u043a\u0438|\u0443\u043c\u0435\u043d\u0438\u044f|\u043a\u043e\u043c\u043f\u044e\u0442\u044a\u0440\u043d\u0438 \u0443\u043c\u0435\u043d\u0438\u044f|\u0432\u0435\u0448\u0442\u0438\u043d\u0438|\u043d\u0430\u0432\u044b\u043a\u0438|ngo\u1ea1i ng\u1eef|k\u1ef9 n\u0103ng|\u05e9\u05e4\u05d5\u05ea|\u05db\u05d9\u05e9\u05d5\u05e8\u05d9\u05dd|\u05de\u05d9\u05d5\u05de\u05e0\u05d5\u05d9\u05d5\u05ea|\u0627\u0644\u0644\u063a\u0627\u062a|\u0627\u0644\u0645\u0647\u0627\u0631\u0627\u062a|jeziki|znanja|znanje jezikov|gjuhët|gjuhë të huaja|aftësitë|aftësi dhe kompetenca personale)$/iu],
  ['certifications', /^(\u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u0438|ch\u1ee9ng ch\u1ec9|\u0627\u0644\u0634\u0647\u0627\u062f\u0627\u062a|certifikatat)$/iu],
  ['summary', /^(\u0437\u0430 \u043c\u0435\u043d|\u043f\u0440\u043e\u0444\u0438\u043b|\u043e \u0441\u0435\u0431\u0435|m\u1ee5c tiêu ngh\u1ec1 nghi\u1ec7p|gi\u1edbi thi\u1ec7u|\u05ea\u05e7\u05e6\u05d9\u05e8|\u0646\u0628\u0630\u0629( \u0639\u0646\u064a)?|povzetek|o meni|përmbledhje|rreth meje)$/iu],
  // "Side project" in the singular too: a resume's one project of its own is no role either.
  ['projects', /^(personal |selected |side |hobby |open[- ]source )?projects?$|^(项目经历|项目经验)$/i],
  // (s48) A portfolio's pieces, each with its year: what was made, not how long one worked.
  ['projects', /^(selected )?(works?|portfolio|case studies|work samples)$|^portfolio (highlights|pieces)$/i],
  ['certifications', /^(certifications?|licenses?( (and|&) certifications)?|awards( (and|&) certifications)?|資格|免許・資格|保有資格|자격증)$/i],
  ['certifications', /^(certifikat|certifieringar|sertifiseringer|certificeringer|certificazioni|certifica\u00e7\u00f5es)$/i],
  ['other', /^(publications|interests|volunteering|volunteer experience|languages spoken|references|honors|awards|activities|leadership|zainteresowania)$/i],
];

/**
 * A heading set in spaced capitals, as PDF text gives it ("E X P E R I E N C E", "W O R K   H I S T O R Y"): its letters
 * joined, its words kept apart. Any other line as it is.
 * (s56) A kerned pair of letters the PDF keeps together ("E D U C AT I O N", "P R O F E S S I O NA L"): a pair among single
 * letters is part of the word, as long as the line opens on three single letters and single letters are most of it
 * ("IT OR QA" stays as it is).
 */
export function unspaced(line: string): string {
  const t = line.trim();
  if (!/^\p{L}{1,2}(?: {1,3}\p{L}{1,2})+$/u.test(t) || !/^\p{L}(?: \p{L}){2}(?: |$)/u.test(t)) return line;
  const groups = t.split(/ +/);
  if (groups.filter((g) => g.length === 2).length * 3 > groups.length) return line;
  return t.split(/ {2,}/).map((w) => w.replace(/ /g, '')).join(' ');
}

/**
 * A line that is a table's row, its last cell a heading ("French (intermediate)<tab>EXPERIENCE", a Word template's two
 * columns copied as text): the heading, else null.
 */
export function headingAfterTab(line: string): string | null {
  const at = line.lastIndexOf('\t');
  if (at <= 0 || !line.slice(0, at).trim()) return null;
  const cell = line.slice(at + 1).trim().replace(/[:|•]+$/, '').trim();
  return cell.length > 0 && cell.length <= 40 && /^[\p{Lu}\s&]+$/u.test(cell) && HEADINGS.some(([, re]) => re.test(cell)) ? cell : null;
}

/** A heading given in two languages, "Berufserfahrung / Experience", "Ausbildung | Education": the kind both halves name. */
function twoTongued(line: string): ResumeSectionKind | undefined {
  const halves = line.split(/\s+[/|]\s+/);
  if (halves.length !== 2) return undefined;
  const [a, b] = halves.map((h) => HEADINGS.find(([, re]) => re.test(h.trim()))?.[0]);
  return a && a === b ? a : undefined;
}

/**
 * A heading line as its words: without a colon or bar after it, nor the marks Japanese documents set round headings
 * ("■職務経歴", "【学歴】", "◆資格").
 */
export function headingText(line: string): string {
  return line.trim().replace(/^[\u25a0\u25a1\u25c6\u25c7\u25cf\u25cb\u25bc\u25bd\u25b6\u25b7\u25ce\u2605\u2606\u3010]+\s*/u, '').replace(/[\u3011]+/u, '').replace(/[:|•：]+$/, '').trim();
}

/** Splits a resume's text at its section headings (a short line that names a known section). */
export function resumeSections(text: string): ResumeSection[] {
  const out: ResumeSection[] = [];
  let current: ResumeSection = { kind: 'contact', heading: '', start: 0, end: 0 };
  let pos = 0;
  for (const line of text.split('\n')) {
    const clean = headingText(headingAfterTab(line) ?? unspaced(line));
    const kind = clean.length <= 40 ? (HEADINGS.find(([, re]) => re.test(clean))?.[0] ?? twoTongued(clean)) : undefined;
    if (kind) {
      current.end = pos;
      if (current.end > current.start || current.heading) out.push(current);
      current = { kind, heading: clean, start: pos + line.length + 1, end: 0 };
    }
    pos += line.length + 1;
  }
  current.end = text.length;
  out.push(current);
  return out.filter((s) => s.end > s.start || s.heading);
}

/**
 * Whether a text reads like a resume: at least two of the sections every
 * resume has. A cover letter ("Dear …", "Sincerely") is accepted but flagged.
 */
export function resumeWarning(text: string, sections: readonly ResumeSection[]): string | null {
  const kinds = new Set(sections.map((s) => s.kind));
  const core = ['experience', 'education', 'skills', 'projects'].filter((k) => kinds.has(k as ResumeSectionKind)).length;
  if (core >= 2) return null;
  if (/^\s*dear\b|\b(sincerely|yours (?:truly|faithfully)|kind regards)\b/im.test(text))
    return 'This reads like a letter, not a resume: no experience, education or skills sections were found. Matches may be poor.';
  if (core === 0) return 'No experience, education or skills section was found. If this is your resume, check the skills found below.';
  return null;
}
