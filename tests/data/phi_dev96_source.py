"""Build tests/data/phi_dev96.jsonl: a blind development set for the PHI scanner.

Written blind (without reading the scanner or any other data set), from the labelling
rules in build_phi_eval.py (docstring) and the decisions in build_phi_dev.py; the
machinery is phi_labels.BlindSet. Ids are d96-0001 ... in the order written.

ORGANISATION (fictional; phi_dev96_org.json)
  Central Commonwealth Medical Center (CCMC): Merrow Hill campus (main hospital, ED,
  Birth Center), 250 Merrow Hill Parkway, Worcester, MA 01605; MetroWest campus,
  61 Lincoln Crest Drive, Framingham, MA 01702; Route 9 Urgent Care, 880 Turnpike Road,
  Westborough, MA 01581; Canal District Family Health Center, 12 Canal Lock Street,
  Worcester, MA 01604. Twelve 508/774-555-01xx lines (switchboards, appointments,
  Language Access, Birth Center, media, Patient & Family Relations, volunteers,
  billing, behavioral health, records fax, urgent care); domains
  centralcommonwealth.org, ccmchealth.org, ccmcfoundation.org; handles
  @CentralCommonwealthMed, @ccmc_worcester, @CCMC_MetroWest, @MyCCMC, @CCMC_Billing.
  Units are written "4 North", "4N", "4S", "6 West", "5 Oeste", "piso 6".

FOCUS
  Worcester and Framingham: Ghanaian (Akan day names Kwame, Akosua, Yaw, Kofi, Afua,
  Kwaku, Akua, Adwoa, Kwasi; virtue names Patience, Comfort, Gifty, Mercy), Vietnamese
  (family-name-first names with and without diacritics, Bà/Ông/Cô/Chị, Tết),
  Albanian (Shpresa "hope", Drita "light", Flag Day 28 November), Brazilian
  (Portuguese names, nicknames and words inside English posts: Duda, Zé, Cida, Dona,
  Seu, Vovó, Tia, Força, day-first dates), Puerto Rican and Salvadoran families (the
  Spanish posts, plus Spanish phrases in English ones) and Irish families (Paddy's Day,
  Little Christmas / Nollaig na mBan, Siobhán, Saoirse, Oisín). Triple-deckers, the
  Worcester Cold Storage fire (3 December 1999), college students (Holy Cross, Clark,
  WPI, Worcester State, Framingham State), DCU Center events, Route 9 crashes.

HARD CASES (patient-specific)
  Day names whose weekday must not become a DATE; virtue names and word names
  (Patience, Comfort, hope, faith, mercy, Rose, Loan, Drita, Shpresa, Salvador next to
  "El Salvador"); lower-case names and name hashtags (#teamyaw, #forcaklodi,
  #ForçaThiago, #FuerzaMila, #ShpresaStrong); kinship titles and honorifics in five
  languages;
  Vietnamese ages and dates ("90 tuổi", "một trăm", "ngày 14 tháng 3"), Portuguese ages
  ("noventa e quatro"), "90s", "nonagenarian", "centenaria"; day-first and dotted dates
  (14/02/1961, 12/06, 03.08.2019, 29 February); holidays as the patient's day (Tết,
  Flag Day, Dia dos Namorados, Ghana Independence Day, Three Kings Day, Little
  Christmas, Día de San Juan, Día de la Madre, Easter Sunday, leap-day); pasted
  whiteboards,
  transfer sheets, callback lists, social-work notes and portal threads; employers
  (Nobscot Auto Body, Crompton Mill Bakery, Blackstone Freight, Akwaaba Braiding);
  donors who are a patient's children; a volunteer and a former staff member who became
  patients; the hospital's own reply leaking a name; nameless posts made specific by an
  age over 89, a home town, a room, a licence or a VIN.

HARD NEGATIVES
  Staff with the same names as patients (Kwame, Kofi, Yaw, Patience, Comfort, Besnik,
  Bridie), staff's own children and mothers, a volunteer aged 94, a facility dog named
  Comfort, public and historical figures (Goddard, Clara Barton, Major Taylor, Kofi
  Annan, Kwame Nkrumah, Roberto Clemente, Dua Lipa, Marta, Pelé), the Cold Storage
  anniversary, eponyms (Graves', Crohn's, Chagas, Bell's palsy, Kawasaki, Down syndrome,
  Hodgkin), awareness days and event dates in many formats, population ages ("adults over
  90", "90+", "mayores de 90 años"), ages of 89 and under, "90%" and "90 days", popular
  baby names in a statistic, campaign hashtags (#AkwaabaBaby, #ShpresaForAll,
  #ForçaFramingham, #FuerzaBoricua, #WorcesterStrong), sponsors named after places or
  with name-like words, every hospital number, address, domain and handle in several
  spellings (508.555.0100, +1 508 555 0142, 5085550172, Merrow Hill Pkwy), a
  multi-casualty Route 9 pileup.

LANGUAGE MIX
  240 posts: 210 English (105 patient-specific / 105 not) and 30 Spanish (15 / 15).
  Many English posts carry Portuguese, Vietnamese, Twi, Albanian, Irish or Spanish words.

DECISIONS WHERE THE RULES LEAVE ROOM
  1. Akan day names are NAME only. The weekday they encode is never a DATE ("born
     Friday ... Kofi and Afua").
  2. Kinship titles and honorifics are not part of a NAME, in every language: Nana,
     Maame, Opanin, Auntie, Bà, Bà nội, Ông, Cô, Chị, Dona, Seu, Tia, Titi, Vovó, Nënë,
     baba, don/doña, District Chief. Used alone ("Vovó", "nan", "Papa") they are not a
     name. "Nana" before a baby's name ("baby Nana Ama") is treated as the honorific too.
     Descriptive "bé", "lil" and "little" are left out like "little" and "baby".
  3. Vietnamese names are labelled in their written order ("Nguyễn Thị Ngọc",
     "TRAN, VAN HUNG"); a given name used alone ("Bà Lan") is NAME.
  4. Foreign date forms are labelled as written, with an attached year: "14/02/1961",
     "12/06" (12 June), "03.08.2019", "29 February". In "ngày 14 tháng 3" and
     "el día 14" the word for "day" stays in the span; only articles are dropped.
  5. Ages over 89 in other languages drop the unit word ("90" of "90 tuổi", "một trăm"
     of "một trăm tuổi", "noventa e quatro" of "noventa e quatro anos"). "90s" (an age
     decade above 89) is AGE. A future age over 89 ("aiming for 100") is AGE.
  6. Dates in the patient's own life and record are DATE even when not clinical:
     funeral dates, appointments, a court date, a portal login, a pickup date.
  7. A public date is DATE when it is a relative's personal event: "hurt at the
     Worcester Cold Storage fire on December 3, 1999" (the patient's husband). The same
     date in a remembrance post is not labelled.
  8. Single-day holidays are DATE when they are the patient's day (Tết means the first
     day of the Lunar New Year); multi-day festivals (Festa Junina, fiestas agostinas)
     are treated like seasons and not labelled. "Mother's Day" as the name of the
     hospital's post is not labelled; the same words as the patient's stroke date are.
  9. GEO: neighbourhoods (Vernon Hill, Main South, Green Island, Tatnuck, Saxonville),
     streets, roads and parks where the patient lives, works or was injured, the towns
     of relatives, foreign cities, Puerto Rican and Salvadoran municipalities. Not GEO:
     states and countries, Puerto Rico (treated like a state), "Minas" (Minas Gerais),
     venues (DCU Center, churches), hospital units, and a town inside an institution's
     name (Framingham State, Worcester State).
 10. A crash road is GEO when the post is about one identifiable patient (a named
     person, "the motorcyclist from Monday's crash", "the Route 9 crash patient"). A
     crisis update about a multi-casualty public incident names the incident's place,
     not a patient's: not labelled.
 11. A dorm roommate is a household member (NAME); a neighbour in another apartment of
     the same triple-decker is not.
 12. An employer is NAME and its town or street is GEO. Sponsors are not labelled.
 13. A volunteer or former staff member who is the patient, and a volunteer or donor
     who is a patient's relative, are labelled; staff members' own families are not,
     nor is a volunteer's age.
 14. A space named for a patient ("Kofi's Corner") carries the patient's NAME.
 15. An ED bay ("bay 3") is OTHER_ID like a bed; a complaint case number is OTHER_ID;
     a family's social handle and a portal user name are OTHER_ID.
 16. A photo of a form or a wristband is not PHOTO; a photo said to be removed is not
     attached, so not PHOTO.

Run:  cd /work/main && python3 -B tests/data/phi_dev96_source.py
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev96.jsonl"), os.path.join(HERE, "phi_dev96_org.json"), "d96")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English, patient-specific
# 1
p(
    "en",
    "birth_announcement",
    "Akwaaba, little Kwame! 👶🏿 Born at 4:12 a.m. on Saturday, March 9, in our Merrow Hill Birth Center — and yes, his parents Akosua and Yaw say the day name was decided the second they saw the calendar. #AkwaabaBaby",
    [("NAME", "Kwame"), ("DATE", "March 9"), ("NAME", "Akosua"), ("NAME", "Yaw")],
    note="Akan day names (Kwame = Saturday-born) are NAME only; the weekday is not a date; #AkwaabaBaby is the Birth Center's campaign tag",
)
# 2
p(
    "en",
    "pasted_record",
    "pls disregard — wrong window 🙃 || 4N whiteboard: Rm 418-B TRAN, VAN HUNG (91) MRN 00731846 — fall risk, Vietnamese interp via 774-555-0134, son Minh cell 508-555-0147, DC planned 10/14",
    [
        ("OTHER_ID", "Rm 418-B"),
        ("NAME", "TRAN, VAN HUNG"),
        ("AGE", "91"),
        ("MRN", "00731846"),
        ("NAME", "Minh"),
        ("PHONE", "508-555-0147"),
        ("DATE", "10/14"),
    ],
    note="whiteboard pasted by mistake; the interpreter line is the hospital's; 4N is a unit",
)
# 3
p(
    "en",
    "milestone_birthday",
    'Happy 100th, Nana Fitz! 🍀 Margaret "Peg" Fitzgerald was born on St. Patrick\'s Day and our newest centenarian celebrated on 6 West with soda bread from the nurses and a fiddle video from her great-grandson Cian in Galway.',
    [
        ("AGE", "100th"),
        ("NAME", "Fitz"),
        ("NAME", 'Margaret "Peg" Fitzgerald'),
        ("DATE", "St. Patrick's Day"),
        ("AGE", "centenarian"),
        ("NAME", "Cian"),
        ("GEO", "Galway"),
    ],
    note="'Nana' is a kinship title, not part of the name; a relative's foreign home town is GEO",
)
# 4
p(
    "en",
    "patient_story",
    "Six weeks ago Thiago Alves was pinned in his work van after a crash on Route 9 in Framingham. Today he walked out of rehab on his own. 'Obrigado, gente — vocês são família,' he told the team. His boss at Nobscot Auto Body is holding his bay. #ForçaThiago",
    [
        ("NAME", "Thiago Alves"),
        ("GEO", "Route 9"),
        ("GEO", "Framingham"),
        ("NAME", "Nobscot Auto Body"),
        ("NAME", "#ForçaThiago"),
    ],
    note="employer is NAME; the crash road and town are GEO; Portuguese hashtag with the patient's name",
)
# 5
p(
    "en",
    "thank_you",
    "To the Nguyen family of Vernon Hill: cảm ơn for the 200 bánh mì you dropped at the ED this week. Bà Lan, who had her stroke on the first morning of Tết, says the nurses who held her hand that night are family now.",
    [("NAME", "Nguyen"), ("GEO", "Vernon Hill"), ("NAME", "Lan"), ("DATE", "Tết")],
    note="'Bà' is an honorific; Tết is the day of the patient's stroke (holiday named, like 'Christmas morning')",
)
# 6
p(
    "en",
    "memorial",
    "Rest easy, Mr. O'Sullivan. Dinny to everyone on Grafton Hill, he taught half the nurses on 5 West to play forty-fives during his stays. He passed peacefully on 11/2 with his daughters Nuala and Bridget singing. 94 years of pure Worcester.",
    [
        ("NAME", "O'Sullivan"),
        ("NAME", "Dinny"),
        ("GEO", "Grafton Hill"),
        ("DATE", "11/2"),
        ("NAME", "Nuala"),
        ("NAME", "Bridget"),
        ("AGE", "94"),
        ("GEO", "Worcester"),
    ],
    note="'forty-fives' is a card game, not an age; '94 years of pure Worcester' gives age and home city",
)
# 7
p(
    "en",
    "pasted_record",
    "Copying from the referral so we don't lose it: Pt Kwabena Asante-Mensah, DOB 14/02/1961 (Ghana format), MRN 00-518-227, MassHealth ID 100384629175, lives at 22 Dewey St Apt 3, Worcester 01610. Wife Gifty 774-555-0162.",
    [
        ("NAME", "Kwabena Asante-Mensah"),
        ("DATE", "14/02/1961"),
        ("MRN", "00-518-227"),
        ("HEALTH_PLAN", "100384629175"),
        ("GEO", "22 Dewey St Apt 3"),
        ("GEO", "Worcester"),
        ("GEO", "01610"),
        ("NAME", "Gifty"),
        ("PHONE", "774-555-0162"),
    ],
    note="day-first date labelled as written, with its year",
)
# 8
p(
    "en",
    "thank_you",
    "Obrigada, Dona Cida! 💛 Aparecida Souza, 92, brought brigadeiros for the whole dialysis unit on her last treatment day before moving back to Governador Valadares. Vovó, we will miss your stories.",
    [("NAME", "Cida"), ("NAME", "Aparecida Souza"), ("AGE", "92"), ("GEO", "Governador Valadares")],
    note="'Dona' is an honorific like doña; 'Vovó' (grandma) alone is not a name; foreign city is GEO",
)
# 9
p(
    "en",
    "discharge",
    "Shpresa went home today! 🇦🇱 After 61 days in the NICU our little fighter (born 11/28 — Flag Day, of course) is finally sleeping in her own crib in Tatnuck. Her baba Arben promised the nurses byrek every Sunday. #ShpresaStrong",
    [
        ("NAME", "Shpresa"),
        ("DATE", "11/28"),
        ("DATE", "Flag Day"),
        ("GEO", "Tatnuck"),
        ("NAME", "Arben"),
        ("NAME", "#ShpresaStrong"),
    ],
    note="Shpresa ('hope') is the baby's name; Albanian Flag Day names the same birth date twice",
)
# 10
p(
    "en",
    "discharge",
    "Patience has been the word all month on 7 North — and we mean the patient, not the virtue. 😄 Patience Owusu, a home health aide from Webster Square, went home Friday after her sickle cell crisis, with her sister Comfort carrying all the balloons.",
    [
        ("NAME", "Patience", 1),
        ("NAME", "Patience Owusu"),
        ("GEO", "Webster Square"),
        ("NAME", "Comfort"),
    ],
    note="Ghanaian virtue names (Patience, Comfort) are names here; Friday is a weekday",
)
# 11
p(
    "en",
    "pasted_record",
    "Family emailed this, posting w/ permission? (check!!) — 'Please update Mom's chart: Rosa Delgado-Rivera, MRN 00644102, new cell 508.555.0193, email rosa.delgado.pr@yahoo.com. She's allergic to penicillin.'",
    [
        ("NAME", "Rosa Delgado-Rivera"),
        ("MRN", "00644102"),
        ("PHONE", "508.555.0193"),
        ("EMAIL", "rosa.delgado.pr@yahoo.com"),
    ],
)
# 12
p(
    "en",
    "milestone_birthday",
    "Ninety-seven candles (well, battery ones — fire code!) for Mrs. Hoxha on 4 South today. Born in Korçë, she came to Worcester in 1992 and still makes the best flija on Shrewsbury Street. Gëzuar ditëlindjen, Nënë Vera!",
    [
        ("AGE", "Ninety-seven"),
        ("NAME", "Hoxha"),
        ("GEO", "Korçë"),
        ("GEO", "Worcester"),
        ("GEO", "Shrewsbury Street"),
        ("NAME", "Vera"),
    ],
    note="age in words; 'Nënë' (mother) is a kinship title; bare year not labelled; foreign birthplace is GEO",
)
# 13
p(
    "en",
    "patient_story",
    "so proud of my lil cousin yaw 🙌🏿 from the NICU at ccmc to walking into kindergarten today #teamyaw #ccmcnicugrad",
    [("NAME", "yaw"), ("NAME", "#teamyaw")],
    note="lower-case day name and name hashtag; #ccmcnicugrad is the hospital's campaign tag",
)
# 14
p(
    "en",
    "eponymous_condition",
    "Nora Graves wants everyone to know two things: yes, she has Graves' disease, and no, she does not want to hear the joke. 😂 Thank you, Nora, for sharing your thyroid story for #ThyroidAwarenessMonth.",
    [("NAME", "Nora Graves"), ("NAME", "Nora", 2)],
    note="the surname is labelled, the eponym 'Graves' disease' is not",
)
# 15
p(
    "en",
    "milestone_birthday",
    "Parabéns to Duda and her mãe Luciana! Maria Eduarda turned one on 12/06 — Dia dos Namorados in Brazil, so the whole family says she's their valentine. Our NICU team still remembers her as the 1 lb 14 oz warrior from Hollis Street.",
    [
        ("NAME", "Duda"),
        ("NAME", "Luciana"),
        ("NAME", "Maria Eduarda"),
        ("DATE", "12/06"),
        ("DATE", "Dia dos Namorados"),
        ("GEO", "Hollis Street"),
    ],
    note="Brazilian day-first date (12 June) and the holiday naming the same day are both DATE",
)
# 16
p(
    "en",
    "patient_story",
    "Update from the family of the Route 9 crash victim: Ciarán Donnelly, 19, a WPI sophomore, is out of the ICU. His dad asked us to thank the firefighters who cut him out of his Civic (plate 6TRW19) — it's finally been released from the tow yard.",
    [("GEO", "Route 9"), ("NAME", "Ciarán Donnelly"), ("VEHICLE", "6TRW19")],
    note="age 19 is not labelled; the school is not an identifier",
)
# 17
p(
    "en",
    "pasted_record",
    "[DRAFT — DO NOT POST] Story idea from L&D: baby girl 'Akua' born 10/13 to Adwoa Boakye (MRN 00912774), room 2214. Mom works at Canal District Brewing, wants to thank her coworkers. Get release first!!",
    [
        ("NAME", "Akua"),
        ("DATE", "10/13"),
        ("NAME", "Adwoa Boakye"),
        ("MRN", "00912774"),
        ("OTHER_ID", "room 2214"),
        ("NAME", "Canal District Brewing"),
    ],
    note="internal draft posted; the mother's employer is NAME",
)
# 18
p(
    "en",
    "discharge",
    "bé Bảo went home!! 🎉 our tiniest Tết baby (born on Tết, 2 lbs 1 oz) is 6 lbs now. his grandma Bà Huỳnh brought bánh chưng for the night shift. chúc mừng năm mới, Phạm family!",
    [("NAME", "Bảo"), ("DATE", "Tết", "*"), ("NAME", "Huỳnh"), ("NAME", "Phạm")],
    note="'bé' (baby) and 'Bà' are not part of names; 'Tết baby' repeats the birth date",
)
# 19
p(
    "en",
    "thank_you",
    "Huge thanks to the crew at Crompton Mill Bakery, who covered every shift for their baker Siobhán Kearney while she recovered from her knee replacement on 9 West. She's back kneading on Monday! 🥖",
    [("NAME", "Crompton Mill Bakery"), ("NAME", "Siobhán Kearney")],
    note="the patient's employer is NAME even when thanked like a sponsor",
)
# 20
p(
    "en",
    "memorial",
    "We join the Mensah family in mourning Auntie Esi (Esther Mensah), who volunteered in our gift shop for 12 years before becoming our patient. She went home to the Lord on 8/21. One-week observance at the family home on Ingleside Ave; funeral Sept 27.",
    [
        ("NAME", "Esther Mensah"),
        ("NAME", "Mensah", "*"),
        ("NAME", "Esi"),
        ("DATE", "8/21"),
        ("GEO", "Ingleside Ave"),
        ("DATE", "Sept 27"),
    ],
    note="a volunteer who became our patient is labelled; funeral date is tied to the patient",
)
# 21
p(
    "en",
    "pasted_record",
    "Can someone from IT help? My dad's portal login (user: kofi.ampofo61, acct 5530-118-27) locked after the update and his cardiology appt is 7/30. — posted on our FB page by a family member",
    [("OTHER_ID", "kofi.ampofo61"), ("ACCOUNT", "5530-118-27"), ("DATE", "7/30")],
    note="portal user name is OTHER_ID; appointment date is tied to the patient",
)
# 22
p(
    "en",
    "thank_you",
    "@ccmc_worcester my grandmother Bà Ngọc (Nguyễn Thị Ngọc) was on 6 East from Jan 2 to Jan 19 and the Vietnamese interpreters were amazing. Please tell Chị Hạnh thank you!! — Kim",
    [
        ("NAME", "Nguyễn Thị Ngọc"),
        ("NAME", "Ngọc", "*"),
        ("DATE", "Jan 2"),
        ("DATE", "Jan 19"),
        ("NAME", "Kim"),
    ],
    note="Chị Hạnh is the interpreter (staff); Kim is the granddaughter posting; the handle is the hospital's",
)
# 23
p(
    "en",
    "patient_story",
    "Shoutout to Aoife from Holy Cross who came in on August 29 with a dislocated shoulder from carrying a futon up four flights on move-in weekend, and still made it to orientation. 💪 Her roommate Priya deserves a medal too.",
    [("NAME", "Aoife"), ("DATE", "August 29"), ("NAME", "Priya")],
    note="a dorm roommate is a household member",
)
# 24
p(
    "en",
    "anonymous_story",
    "This morning our oldest Route 9 Urgent Care patient ever, a 102-year-old great-grandmother from Northborough, came in for stitches after a fall in her garden — and asked whether we validate parking.",
    [("AGE", "102-year-old"), ("GEO", "Northborough")],
    note="nameless but carries an age over 89 and a home town; 'Route 9 Urgent Care' is the hospital's site",
)
# 25
p(
    "en",
    "milestone_birthday",
    "nana sully turned 90 on Paddy's Day and insisted on green jello at lunch 🍀 love you nan — the whole Sullivan clan, Quinsigamond Village",
    [
        ("NAME", "sully"),
        ("AGE", "90"),
        ("DATE", "Paddy's Day"),
        ("NAME", "Sullivan"),
        ("GEO", "Quinsigamond Village"),
    ],
    note="lower-case nickname; Paddy's Day = her birthday",
)
# 26
p(
    "en",
    "memorial",
    "Twenty-five years after he searched the Cold Storage ruins, retired District Chief Tom Brennan died in our hospice on 1/6, Little Christmas, the day his mother always called Nollaig na mBan. His family asked that donations go to the firefighters' memorial fund.",
    [
        ("NAME", "Tom Brennan"),
        ("DATE", "1/6"),
        ("DATE", "Little Christmas"),
        ("DATE", "Nollaig na mBan"),
    ],
    note="a retired firefighter who died as our patient; the same day is named three times",
)
# 27
p(
    "en",
    "thank_you",
    "Thanks for the kind words about your mom's stay, @akosua.b.fam! We'll pass them to the 5 West team. — Kristen, CCMC Social",
    [("OTHER_ID", "@akosua.b.fam")],
    note="a patient's family's handle is OTHER_ID; Kristen is staff",
)
# 28
p(
    "en",
    "thank_you",
    "Hi Mrs. Tobin, we're so sorry your husband's discharge on 2/11 was confusing. Please don't share his MRN here — we've hidden your comment. Patient & Family Relations will call you at the number on file, or reach them at 508-555-0157.",
    [("NAME", "Tobin"), ("DATE", "2/11")],
    note="the hospital's own reply leaks the relative's name and discharge date; the number is the hospital's",
)
# 29
p(
    "en",
    "pasted_record",
    "ED track board screenshot caption gone wrong: 'Bed 14 – D. Hoxha – 90s F – SOB – waiting on 4S'",
    [("OTHER_ID", "Bed 14"), ("NAME", "D. Hoxha"), ("AGE", "90s")],
    note="'90s' is an age decade over 89",
)
# 30
p(
    "en",
    "patient_story",
    "Our hearts are with Gabriel Rocha, the Framingham State freshman hit by a car on Route 126 on 10/3. His mom flew in from Belo Horizonte and is staying with family in Saxonville. Ele é forte! #ForçaGabriel",
    [
        ("NAME", "Gabriel Rocha"),
        ("GEO", "Route 126"),
        ("DATE", "10/3"),
        ("GEO", "Belo Horizonte"),
        ("GEO", "Saxonville"),
        ("NAME", "#ForçaGabriel"),
    ],
    note="the town inside a school's name (Framingham State) is not GEO",
)
# 31
p(
    "en",
    "anonymous_story",
    "Our Framingham campus just discharged a 99-year-old Navy veteran after hip surgery — he told the PT team he's aiming for 100 at the Memorial Day parade.",
    [("AGE", "99-year-old"), ("AGE", "100")],
    note="nameless, but ages over 89 make it patient-specific; the parade is not his date",
)
# 32
p(
    "en",
    "milestone_birthday",
    "Grandpa Kofi turned ninety-one on Ghana's Independence Day, March 6, and he wore his kente to dialysis. Ayekoo, Papa!",
    [("NAME", "Kofi"), ("AGE", "ninety-one"), ("DATE", "Independence Day"), ("DATE", "March 6")],
    note="holiday and date name the same birthday",
)
# 33
p(
    "en",
    "patient_story",
    "Please share: the Rodrigues family lost everything in Tuesday's three-decker fire on Providence Street. Their son Davi (7) is still in our burn unit. gofundme.com/f/rodrigues-family-fire-worcester",
    [
        ("NAME", "Rodrigues"),
        ("GEO", "Providence Street"),
        ("NAME", "Davi"),
        ("URL", "gofundme.com/f/rodrigues-family-fire-worcester"),
    ],
)
# 34
p(
    "en",
    "patient_story",
    "Pictured: Ermal Krasniqi with the trauma team that met him in the bay after his fall from a triple-decker porch on Grafton Street. Six months later he's back coaching in the Albanian soccer league. #WorcesterStrong",
    [("PHOTO", "Pictured"), ("NAME", "Ermal Krasniqi"), ("GEO", "Grafton Street")],
    note="#WorcesterStrong is a campaign tag",
)
# 35
p(
    "en",
    "thank_you",
    "From our inbox (shared with permission): 'My name is Blerina Dervishi and you saved my life on 2/2. If any of the 7 North nurses want to stay in touch, I'm blerina.dervishi88@outlook.com.'",
    [("NAME", "Blerina Dervishi"), ("DATE", "2/2"), ("EMAIL", "blerina.dervishi88@outlook.com")],
)
# 36
p(
    "en",
    "pasted_record",
    "Whoever posted the intake photo to the team channel, delete it: it shows 'LE, THI MAI  MRN 00931544  DOB 07/19/1948  SSN 031-55-0147  Wachusett Health Plan ID WH884120376'.",
    [
        ("NAME", "LE, THI MAI"),
        ("MRN", "00931544"),
        ("DATE", "07/19/1948"),
        ("SSN", "031-55-0147"),
        ("HEALTH_PLAN", "WH884120376"),
    ],
    note="a photo of a form is not PHOTO",
)
# 37
p(
    "en",
    "birth_announcement",
    "Twins on the Fourth of July! 🎆 Enzo and Valentina Costa-Murphy arrived at 11:58 p.m. and 12:03 a.m. — so technically they have different birthdays, July 4 and July 5. Mom Fernanda and dad Kevin are over the moon in Natick.",
    [
        ("DATE", "Fourth of July"),
        ("NAME", "Enzo"),
        ("NAME", "Valentina Costa-Murphy"),
        ("DATE", "July 4"),
        ("DATE", "July 5"),
        ("NAME", "Fernanda"),
        ("NAME", "Kevin"),
        ("GEO", "Natick"),
    ],
)
# 38
p(
    "en",
    "patient_story",
    "Kwaku (Clark '26) spent his 21st birthday, 4/20, in our ED — not for the reason you think, it was his appendix 😅. He asked us to post that his professors can reach him at kdarko26@gmail.com while he recovers.",
    [("NAME", "Kwaku"), ("DATE", "4/20"), ("EMAIL", "kdarko26@gmail.com")],
    note="class year '26 is a bare year; 21st is an age under 90",
)
# 39
p(
    "en",
    "milestone_birthday",
    "Pupusas for everyone on 3 West! 🫓 Doña Chabela (Isabel Alfaro) celebrated 90 years with curtido, her grandson Neto on guitar, and a video call with her sister in San Miguel.",
    [
        ("NAME", "Chabela"),
        ("NAME", "Isabel Alfaro"),
        ("AGE", "90"),
        ("NAME", "Neto"),
        ("GEO", "San Miguel"),
    ],
    note="Salvadoran nicknames; a relative's foreign city is GEO",
)
# 40
p(
    "en",
    "pasted_record",
    "Reminder to staff: never post wristbands. This photo from yesterday's 'discharge dance' showed 'MURPHY, KATHLEEN A / MRN: 0045-2281 / DOB 3-17-1943'. It has been removed.",
    [("NAME", "MURPHY, KATHLEEN A"), ("MRN", "0045-2281"), ("DATE", "3-17-1943")],
    note="the photo is described, not attached: no PHOTO span",
)
# 41
p(
    "en",
    "thank_you",
    "Trần Minh Khoa, 17, and his mom Hằng want to thank the trauma team — he was hit while biking home from his shift at Hương Sen Market on Millbury Street on Halloween. Khoa says next year he's going as a doctor.",
    [
        ("NAME", "Trần Minh Khoa"),
        ("NAME", "Khoa", "*"),
        ("NAME", "Hằng"),
        ("NAME", "Hương Sen Market"),
        ("GEO", "Millbury Street"),
        ("DATE", "Halloween"),
    ],
    note="Vietnamese family-name-first order; employer NAME; crash street GEO; injury on a named holiday",
)
# 42
p(
    "en",
    "patient_story",
    "Second-floor tenant, first-floor hero: when Mrs. Duarte's smoke alarm went off in their triple-decker on Lafayette Street, her downstairs neighbor Kwesi carried her down the back stairs. Maria Duarte, 93, is recovering on 5 North.",
    [("NAME", "Maria Duarte"), ("NAME", "Duarte", "*"), ("GEO", "Lafayette Street"), ("AGE", "93")],
    note="the neighbour in another apartment is not household: not labelled",
)
# 43
p(
    "en",
    "memorial",
    "In loving memory of Padraig 'Paddy' Walsh, 08/15/1938 – 12/24/2023, who died on Christmas Eve in our care surrounded by his six children. Mass of Christian Burial at St. Paul's Cathedral on 12/30.",
    [
        ("NAME", "Padraig 'Paddy' Walsh"),
        ("DATE", "08/15/1938"),
        ("DATE", "12/24/2023"),
        ("DATE", "Christmas Eve"),
        ("DATE", "12/30"),
    ],
    note="birth and death dates with years; the funeral date is tied to the patient; the church is a venue",
)
# 44
p(
    "en",
    "patient_story",
    "Tia Rose here (Rosângela Pereira) — my sister Marlene is in room 510 and her phone died. If her kids in Brazil see this, call me: 774-555-0129 or WhatsApp +55 33 95550-0147. 🙏",
    [
        ("NAME", "Rose"),
        ("NAME", "Rosângela Pereira"),
        ("NAME", "Marlene"),
        ("OTHER_ID", "room 510"),
        ("PHONE", "774-555-0129"),
        ("PHONE", "+55 33 95550-0147"),
    ],
    note="'Tia' is a kinship title; the sister is a relative; Brazil is a country",
)
# 45
p(
    "en",
    "anonymous_story",
    "A nonagenarian from Saxonville just became the first patient in our new TAVR program at the MetroWest campus. She wants you to know she drove herself to pre-op.",
    [("AGE", "nonagenarian"), ("GEO", "Saxonville")],
)
# 46
p(
    "en",
    "patient_story",
    "Three generations of Kellys on 6 West this week: Bridie Kelly, 96, recovering from pneumonia; her son Declan visiting from Dublin; and great-granddaughter Maeve, who brought the rosary beads.",
    [
        ("NAME", "Kellys"),
        ("NAME", "Bridie Kelly"),
        ("AGE", "96"),
        ("NAME", "Declan"),
        ("GEO", "Dublin"),
        ("NAME", "Maeve"),
    ],
)
# 47
p(
    "en",
    "pasted_record",
    "oops wrong group chat 😬 — 'handoff: bed 9 Gjergj Lleshi 88M post-CABG day 2, daughter Elira at bedside, speaks Albanian, interp 774-555-0134'",
    [("OTHER_ID", "bed 9"), ("NAME", "Gjergj Lleshi"), ("NAME", "Elira")],
    note="88 is not an age over 89; the interpreter line is the hospital's",
)
# 48
p(
    "en",
    "birth_announcement",
    "Double akwaaba! Twins born Friday at our Birth Center: Kofi and Afua (Friday-born, naturally). Their names are their birthday — but we'll keep the date between us. 😉",
    [("NAME", "Kofi"), ("NAME", "Afua")],
    note="day names encode a weekday, which is never a DATE",
)
# 49
p(
    "en",
    "milestone_birthday",
    "Eileen Moran, whose husband Jack was one of the firefighters hurt at the Worcester Cold Storage fire on December 3, 1999, is celebrating her 90th birthday on our rehab floor. Jack, we know you'd be proud.",
    [
        ("NAME", "Eileen Moran"),
        ("NAME", "Jack", "*"),
        ("DATE", "December 3, 1999"),
        ("AGE", "90th"),
    ],
    note="the public date is here the injury date of the patient's husband: DATE (decision)",
)
# 50
p(
    "en",
    "crisis_update",
    "The motorcyclist from Monday's crash on Route 9 near the Westborough line is awake and talking. His family asks for privacy.",
    [("GEO", "Route 9"), ("GEO", "Westborough")],
    note="one identifiable patient; the road and town of his crash are GEO (decision)",
)
# 51
p(
    "en",
    "thank_you",
    "Cô Mai's daughter here — the family of Phạm Thị Mai (Bed 22, 5 South) would like to thank night nurse Tuyết. Please email us at phamfamily.worc@gmail.com; Mom can't use Facebook.",
    [
        ("NAME", "Phạm Thị Mai"),
        ("NAME", "Mai", "*"),
        ("OTHER_ID", "Bed 22"),
        ("EMAIL", "phamfamily.worc@gmail.com"),
    ],
    note="'Cô' is an honorific; Tuyết is staff; 5 South is a unit",
)
# 52
p(
    "en",
    "discharge",
    "Wepa! 🇵🇷 Tito Quiñones, 91, danced bomba with the rehab team before heading home to Main South on Three Kings Day. His granddaughter Yarelis made the pasteles.",
    [
        ("NAME", "Tito Quiñones"),
        ("AGE", "91"),
        ("GEO", "Main South"),
        ("DATE", "Three Kings Day"),
        ("NAME", "Yarelis"),
    ],
)
# 53
p(
    "en",
    "birth_announcement",
    "Akosua Frimpong went into labor in the middle of the Ghana Independence Day gala at the DCU Center on March 6 — and baby Nana Ama arrived 40 minutes later in ED bay 3. 🇬🇭",
    [
        ("NAME", "Akosua Frimpong"),
        ("DATE", "Ghana Independence Day"),
        ("DATE", "March 6"),
        ("NAME", "Ama"),
        ("OTHER_ID", "bay 3"),
    ],
    note="the venue is not GEO; 'Nana' is treated as an honorific; an ED bay is like a bed",
)
# 54
p(
    "en",
    "discharge",
    "Seu Zé is going home! José Ferreira, noventa e quatro anos and still sharper than all of us, beat COVID for the second time.",
    [("NAME", "Zé"), ("NAME", "José Ferreira"), ("AGE", "noventa e quatro")],
    note="'Seu' is a Portuguese honorific; age in Portuguese words, unit 'anos' excluded",
)
# 55
p(
    "en",
    "memorial",
    "Drita means 'light' in Albanian, and that's exactly what she was on 4 North. Drita Bushati, 1987–2024, rest in peace. Her husband Fatos and sons Ardit and Besnik thank everyone who cared for her at the end.",
    [
        ("NAME", "Drita Bushati"),
        ("NAME", "Drita", "*"),
        ("NAME", "Fatos"),
        ("NAME", "Ardit"),
        ("NAME", "Besnik"),
    ],
    note="bare years not labelled; the name's meaning is discussed but it is still her name",
)
# 56
p(
    "en",
    "milestone_birthday",
    "Happy 95th to our favorite dialysis regular, Mr. Mac! (Francis McNamara, Tatnuck Square's unofficial mayor.) The staff got him a Claddagh cake.",
    [("AGE", "95th"), ("NAME", "Mac"), ("NAME", "Francis McNamara"), ("GEO", "Tatnuck Square")],
)
# 57
p(
    "en",
    "pasted_record",
    "Pasted from the ED transfer sheet (sorry!!): 'ACEVEDO-TORRES, WILFREDO  MRN 00381560  PCP Dr. Kwabena Owusu  Emergency contact: wife Milagros 508-555-0118  Address: 14 Mason St, Worcester'",
    [
        ("NAME", "ACEVEDO-TORRES, WILFREDO"),
        ("MRN", "00381560"),
        ("NAME", "Milagros"),
        ("PHONE", "508-555-0118"),
        ("GEO", "14 Mason St"),
        ("GEO", "Worcester"),
    ],
    note="the PCP is staff",
)
# 58
p(
    "en",
    "patient_story",
    "Arraiá on 4 West! 🌽 Our patient Joaquim Lopes, who has been with us since May 30, missed Festa Junina back home in Minas for the first time in 80 years, so the nurses brought the quadrilha to him.",
    [("NAME", "Joaquim Lopes"), ("DATE", "May 30")],
    note="Festa Junina is a festival season, not a date; Minas (Gerais) is a state; 80 years is not over 89",
)
# 59
p(
    "en",
    "patient_story",
    "Follow Yaw's journey at @yaw_beats_aml — and Yaw, the whole 8 South crew is cheering for your bone marrow transplant on 6/18! 💙 #YawStrong",
    [
        ("NAME", "Yaw", "*"),
        ("OTHER_ID", "@yaw_beats_aml"),
        ("DATE", "6/18"),
        ("NAME", "#YawStrong"),
    ],
)
# 60
p(
    "en",
    "patient_story",
    "Mr. Dunne asked us to share his story: his pacemaker (serial PJN448213Q) caught an arrhythmia while he was shoveling after the Valentine's Day storm. Eamon Dunne, 74, Greendale — you're a legend.",
    [
        ("NAME", "Eamon Dunne"),
        ("NAME", "Dunne", "*"),
        ("DEVICE", "PJN448213Q"),
        ("DATE", "Valentine's Day"),
        ("GEO", "Greendale"),
    ],
)
# 61
p(
    "en",
    "memorial",
    "Descanse en paz, Don Chepe. José Ernesto Alvarado loved the WooSox, his pupusería on Grafton Street, and his nine grandkids. He passed on 5/10 — Día de la Madre in El Salvador — and his family says he went to be with his mother.",
    [
        ("NAME", "Chepe"),
        ("NAME", "José Ernesto Alvarado"),
        ("GEO", "Grafton Street"),
        ("DATE", "5/10"),
        ("DATE", "Día de la Madre"),
    ],
    note="English post with Spanish phrases; his business street is GEO; El Salvador is a country",
)
# 62
p(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Dot (she's 92!), met her match on 3 East: patient Winifred 'Winnie' Cahill just turned 97 and challenged her to cribbage.",
    [("NAME", "Winifred 'Winnie' Cahill"), ("AGE", "97")],
    note="the volunteer's name and age are not labelled",
)
# 63
p(
    "en",
    "pasted_record",
    "Recepção note pasted into our public page by mistake: 'Paciente: Vitória Gomes dos Santos, nasc. 03.08.2019, resp.: mãe Cláudia, tel (508) 555-0176'",
    [
        ("NAME", "Vitória Gomes dos Santos"),
        ("DATE", "03.08.2019"),
        ("NAME", "Cláudia"),
        ("PHONE", "(508) 555-0176"),
    ],
    note="Portuguese intake line inside an English post; dotted day-first date",
)
# 64
p(
    "en",
    "milestone_birthday",
    "Ông Hùng wanted his birthday on the cake in Vietnamese, so the dietary team wrote 'Mừng sinh nhật 90 tuổi — ngày 14 tháng 3'. Happy birthday, Võ Văn Hùng!",
    [("NAME", "Võ Văn Hùng"), ("NAME", "Hùng", "*"), ("AGE", "90"), ("DATE", "ngày 14 tháng 3")],
    note="'Ông' is an honorific; Vietnamese date written as 'ngày 14 tháng 3'; 'tuổi' (years) excluded",
)
# 65
p(
    "en",
    "patient_story",
    "When Liam Fitzpatrick, a forklift driver at Blackstone Freight in Auburn, collapsed on the dock on 1/23, a coworker started CPR and our cath lab did the rest. Liam's back coaching his daughter Orla's U10 team.",
    [
        ("NAME", "Liam Fitzpatrick"),
        ("NAME", "Liam", "*"),
        ("NAME", "Blackstone Freight"),
        ("GEO", "Auburn"),
        ("DATE", "1/23"),
        ("NAME", "Orla"),
    ],
    note="employer NAME and the employer's town GEO; the coworker is not labelled",
)
# 66
p(
    "en",
    "milestone_birthday",
    "shoutout to hope and her mom faith — hope's first birthday is 9/9 and she's come SO far since the NICU 💕 love, the 2nd floor of the Dorchester St triple-decker",
    [("NAME", "hope", "*"), ("NAME", "faith"), ("DATE", "9/9"), ("GEO", "Dorchester St")],
    note="lower-case names that are ordinary words",
)
# 67
p(
    "en",
    "birth_announcement",
    "Born 29 February — a leap-day baby! Welcome, Oisín Keane-Silva, whose dad is from Cork and mom from Goiânia. He'll celebrate his first real birthday in four years.",
    [
        ("DATE", "29 February"),
        ("DATE", "leap-day"),
        ("NAME", "Oisín Keane-Silva"),
        ("GEO", "Cork"),
        ("GEO", "Goiânia"),
    ],
)
# 68
p(
    "en",
    "sponsor",
    "Thank you to the Boateng family, whose gift in memory of their mother Yaa Boateng (a patient here until her death in April) funds the new family lounge.",
    [("NAME", "Yaa Boateng"), ("NAME", "Boateng", "*"), ("DATE", "April")],
    note="donors introduced as a patient's relatives are labelled; the month of death is a date element",
)
# 69
p(
    "en",
    "pasted_record",
    "Accidentally shared screenshot text: 'Specimen: NGUYEN, BAO T | MRN 00227419 | Acct 91-004417-3 | Collected 11/05 0630 | Ordering: Dr. A. Kelleher'",
    [("NAME", "NGUYEN, BAO T"), ("MRN", "00227419"), ("ACCOUNT", "91-004417-3"), ("DATE", "11/05")],
    note="the ordering doctor is staff",
)
# 70
p(
    "en",
    "patient_story",
    "Lost & found: a Massachusetts driver's license, S84420917, belonging to a patient seen Sunday at our Route 9 Urgent Care — owner please call 508-555-0105.",
    [("LICENSE", "S84420917")],
    note="a licence number alone identifies the patient; the number is the urgent care's",
)
# 71
p(
    "en",
    "discharge",
    "Medaase to everyone who prayed for Maame Serwaa! Our Serwaa Agyeman, 90, is home in Framingham after her hip surgery on 6/4, and she wants her church family to know she'll be back in the choir soon.",
    [
        ("NAME", "Serwaa Agyeman"),
        ("NAME", "Serwaa", "*"),
        ("AGE", "90"),
        ("GEO", "Framingham"),
        ("DATE", "6/4"),
    ],
    note="'Maame' is an Akan honorific",
)
# 72
p(
    "en",
    "thank_you",
    "Reply to @ConcernedDaughter: we can't discuss patients here. Please call Patient & Family Relations at 508-555-0157 or email relations@centralcommonwealth.org. (We've removed the comment that named your father, Agim Hoxhaj, and gave his room 422.)",
    [("OTHER_ID", "@ConcernedDaughter"), ("NAME", "Agim Hoxhaj"), ("OTHER_ID", "room 422")],
    note="the hospital's reply itself repeats the identifiers; the daughter's handle is OTHER_ID",
)
# 73
p(
    "en",
    "patient_story",
    "Bé Na (our Nguyễn Ngọc Na) rang the chemo bell this morning! Her family brought chè for the whole oncology floor. Hẹn gặp lại, Na — but hopefully not too soon! 🔔",
    [("NAME", "Nguyễn Ngọc Na"), ("NAME", "Na", "*")],
)
# 74
p(
    "en",
    "patient_story",
    "#forcaklodi 💪🏻 our cousin klodi is finally off the vent. the whole Shehu family from Webster is sleeping for the first time in a week. faleminderit CCMC ICU ❤️🖤",
    [("NAME", "#forcaklodi"), ("NAME", "klodi"), ("NAME", "Shehu"), ("GEO", "Webster")],
)
# 75
p(
    "en",
    "patient_story",
    "The woman who knits the purple NICU hats? That's Lorraine Byrne, whose granddaughter Saoirse spent 90 days with us in 2019. Lorraine has now made 1,400 hats.",
    [("NAME", "Lorraine Byrne"), ("NAME", "Lorraine", "*"), ("NAME", "Saoirse")],
    note="a volunteer who is a patient's grandmother is a relative; '90 days' is not an age",
)
# 76
p(
    "en",
    "pasted_record",
    "Posting this here so night shift sees it (INTERNAL): callback list — Ama Osei-Bonsu re: results, 508-555-0131; Hieu Tran (son of pt in rm 512) 774-555-0115; Fatmira Hysa, 508-555-0184, wants her mother's records faxed to 508-555-0191.",
    [
        ("NAME", "Ama Osei-Bonsu"),
        ("PHONE", "508-555-0131"),
        ("NAME", "Hieu Tran"),
        ("OTHER_ID", "rm 512"),
        ("PHONE", "774-555-0115"),
        ("NAME", "Fatmira Hysa"),
        ("PHONE", "508-555-0184"),
        ("FAX", "508-555-0191"),
    ],
)
# 77
p(
    "en",
    "thank_you",
    "I'm Kieran Doyle and on 2/14 your Framingham ED sewed my thumb back on after a dinner-prep disaster. Best team in MetroWest. Anyone who wants the full gory story: kdoyle.saxonville@gmail.com",
    [("NAME", "Kieran Doyle"), ("DATE", "2/14"), ("EMAIL", "kdoyle.saxonville@gmail.com")],
)
# 78
p(
    "en",
    "pasted_record",
    "Patient portal help thread — @MyCCMC: 'username thuy.le.1954 can't see my mammogram results from 9/12, please help!'",
    [("OTHER_ID", "thuy.le.1954"), ("DATE", "9/12")],
    note="@MyCCMC is the hospital's handle",
)
# 79
p(
    "en",
    "patient_story",
    "Dua Lipa's song played as Arta Gashi, 16, walked out of our rehab gym on her own — six weeks after a sledding accident in Green Hill Park. Her mom Liridona filmed the whole thing (video below, shared with permission).",
    [("NAME", "Arta Gashi"), ("GEO", "Green Hill Park"), ("NAME", "Liridona"), ("PHOTO", "video")],
    note="public figure not labelled; the park where she was injured is GEO; attached video shows the patient",
)
# 80
p(
    "en",
    "patient_story",
    "Fire on Vernon Street: the Amankwah family (2nd floor) is safe. Their youngest, Kojo, is being treated for smoke inhalation and is in good condition. Donations can go through their church, 508-555-0158 (Pastor Kumi).",
    [("GEO", "Vernon Street"), ("NAME", "Amankwah"), ("NAME", "Kojo")],
    note="the church's number and the pastor are not the family's identifiers",
)
# 81
p(
    "en",
    "patient_story",
    "@CCMC_Billing I've called 508-555-0172 six times about my son's bill, account #4471-90235, from his ER visit on Memorial Day. Nobody calls back. — Deirdre Flanagan",
    [("ACCOUNT", "4471-90235"), ("DATE", "Memorial Day"), ("NAME", "Deirdre Flanagan")],
    note="hospital handle and billing line not labelled",
)
# 82
p(
    "en",
    "discharge",
    "Titi Nilda is home!! After 3 weeks in the ICU with COVID, Nilda Colón Ruiz, 89, walked into her house in Green Island with her walker and demanded café. 🇵🇷",
    [("NAME", "Nilda Colón Ruiz"), ("NAME", "Nilda", "*"), ("GEO", "Green Island")],
    note="89 is not over 89; 'Titi' is a kinship title",
)
# 83
p(
    "en",
    "birth_announcement",
    "Five generations! Little Fionn met his great-great-grandmother Kathleen Burke, 101, on the day he was born, 10/10, right here — she was upstairs on 6 West recovering from a fall.",
    [("NAME", "Fionn"), ("NAME", "Kathleen Burke"), ("AGE", "101"), ("DATE", "10/10")],
)
# 84
p(
    "en",
    "pasted_record",
    "DRAFT email (not for FB!!): SW f/u for Pedro Henrique Lima, MRN 00-771-392 — lives w/ aunt at 9 Bowdoin St, Apt 2, Framingham 01701; MassHealth 100457721938; court date 4/2.",
    [
        ("NAME", "Pedro Henrique Lima"),
        ("MRN", "00-771-392"),
        ("GEO", "9 Bowdoin St, Apt 2"),
        ("GEO", "Framingham"),
        ("GEO", "01701"),
        ("HEALTH_PLAN", "100457721938"),
        ("DATE", "4/2"),
    ],
)
# 85
p(
    "en",
    "thank_you",
    "This card from Tuấn made our week: 'Thank you 5 West for saving my dad on 7/4. Happy Independence Day!' 🎆",
    [("NAME", "Tuấn"), ("DATE", "7/4"), ("DATE", "Independence Day")],
    note="the patient's son; the holiday names the same day as the patient's event",
)
# 86
p(
    "en",
    "patient_story",
    "Caregivers: please stop posting forms here! A family just posted their mother's POLST with their fax-back number 774-555-0108 and her name, Honorata Kowalczyk.",
    [("FAX", "774-555-0108"), ("NAME", "Honorata Kowalczyk")],
)
# 87
p(
    "en",
    "pasted_record",
    "IT security note (posted to wrong page): portal login for pt MRN 00518339 from unusual IP 203.0.113.47 on 12/01 — account locked per policy.",
    [("MRN", "00518339"), ("IP", "203.0.113.47"), ("DATE", "12/01")],
    note="date of an event in the patient's own record",
)
# 88
p(
    "en",
    "crisis_update",
    "An insurance adjuster keeps calling our ED about the Route 9 crash patient — no, we will not confirm anything about the owner of VIN 2T1BURHE5JC104477.",
    [("GEO", "Route 9"), ("VEHICLE", "2T1BURHE5JC104477")],
)
# 89
p(
    "en",
    "thank_you",
    "The Ramírez family wanted to share: their dad Salvador, 92, walked again after 3 months! Gracias, PT team. (Yes, his name is Salvador and yes, he is from El Salvador. He has heard the joke.)",
    [("NAME", "Ramírez"), ("NAME", "Salvador", 1), ("AGE", "92"), ("NAME", "Salvador", 2)],
    ok=("Salvador",),
    note="'Salvador' in 'El Salvador' is the country, not the name",
)
# 90
p(
    "en",
    "memorial",
    "Maura 'Mo' Keegan was a nursing assistant here for 30 years and our patient at the end. She died 3/17 — St. Patrick's Day — the day of the parade she never missed.",
    [("NAME", "Maura 'Mo' Keegan"), ("DATE", "3/17"), ("DATE", "St. Patrick's Day")],
    note="former staff who became the patient are labelled",
)
# 91
p(
    "en",
    "birth_announcement",
    "Urime! Elira and Klodian Mema welcomed baby Ana on November 28 — Albanian Independence Day — at 7 lb 2 oz. Grandparents flew in from Tirana.",
    [
        ("NAME", "Elira"),
        ("NAME", "Klodian Mema"),
        ("NAME", "Ana"),
        ("DATE", "November 28"),
        ("DATE", "Albanian Independence Day"),
        ("GEO", "Tirana"),
    ],
)
# 92
p(
    "en",
    "staff_spotlight",
    "Staff spotlight: respiratory therapist Kwame Ofori (yes, another Saturday-born Kwame!) was honored by the family of his patient, Teresa Pinto, who sent a letter calling him 'the calm in the storm' during her ICU stay in January.",
    [("NAME", "Teresa Pinto"), ("DATE", "January")],
    note="the staff member is not labelled; the patient and the month of her stay are",
)
# 93
p(
    "en",
    "milestone_birthday",
    "Bà nội Sáu (Lê Thị Sáu) turned một trăm tuổi — one hundred — on our geriatrics unit today, and she wants to know why everyone is so young.",
    [("NAME", "Lê Thị Sáu"), ("NAME", "Sáu", "*"), ("AGE", "một trăm"), ("AGE", "one hundred")],
    note="'Bà nội' (paternal grandmother) is a title; Sáu is a birth-order name; age in Vietnamese and English words",
)
# 94
p(
    "en",
    "patient_story",
    "Looking for news about my brother Wellington Batista, he was taken to you after the accident on Route 9 yesterday. Meu número 5085550164, por favor!! 🙏",
    [("NAME", "Wellington Batista"), ("GEO", "Route 9"), ("PHONE", "5085550164")],
)
# 95
p(
    "en",
    "memorial",
    "Celebration of life for Opanin Kwasi Adjei, 95, who died in our care on Easter Sunday. Funeral May 11 at Ebenezer Church; the family asks guests to wear black and red.",
    [("NAME", "Kwasi Adjei"), ("AGE", "95"), ("DATE", "Easter Sunday"), ("DATE", "May 11")],
    note="'Opanin' (elder) is an Akan honorific; the church is a venue",
)
# 96
p(
    "en",
    "patient_story",
    "mercy is HOME 🏠🙌🏿 9 months in and out of the hospital with her sickle cell and she finally rang the bell on 5 North. love u sis — from Ama, Efua & all of us at Akwaaba Braiding on Main St",
    [
        ("NAME", "mercy"),
        ("NAME", "Ama"),
        ("NAME", "Efua"),
        ("NAME", "Akwaaba Braiding"),
        ("GEO", "Main St"),
    ],
    note="lower-case virtue name; the salon is the patient's workplace (employer NAME, its street GEO)",
)
# 97
p(
    "en",
    "thank_you",
    "Comment on our Mother's Day post: 'My mãe Ivone Cardoso had her stroke on Mother's Day two years ago and your team gave her back to us. If any of her nurses want to see how she's doing, write me: julia.cardoso.fram@gmail.com 💐'",
    [
        ("NAME", "Ivone Cardoso"),
        ("DATE", "Mother's Day", 2),
        ("EMAIL", "julia.cardoso.fram@gmail.com"),
    ],
    ok=("Mother's Day",),
    note="the first 'Mother's Day' is the hospital's post, the second is the patient's stroke date",
)
# 98
p(
    "en",
    "pasted_record",
    "Transfer request posted publicly by mistake (deleted): 'Accepting: DOAN, THANH V, MRN 00388142, from Blackstone Valley Hospital to CCMC Merrow Hill, ETA 2200; wife Loan 508-555-0139, loan.doan.vn@yahoo.com'",
    [
        ("NAME", "DOAN, THANH V"),
        ("MRN", "00388142"),
        ("NAME", "Loan"),
        ("PHONE", "508-555-0139"),
        ("EMAIL", "loan.doan.vn@yahoo.com"),
    ],
    note="Loan is a Vietnamese given name that is also an English word",
)
# 99
p(
    "en",
    "patient_story",
    "Our patient Agnes Twumasi (MRN 00190277) asked us to share her email for her church sisters who want to send cards: agnes.twumasi@verizon.net. Agnes, we checked with you twice — you insisted! 😄",
    [
        ("NAME", "Agnes Twumasi"),
        ("NAME", "Agnes", "*"),
        ("MRN", "00190277"),
        ("EMAIL", "agnes.twumasi@verizon.net"),
    ],
)
# 100
p(
    "en",
    "pasted_record",
    "Discharge packet left on the bench by the Route 9 Urgent Care door: 'ROONEY, SEAN P — MRN 00577120 — Rx pickup 3/28 — contact 774-555-0117, seanrooney.wpi@gmail.com'. Sean, call us at 508-555-0105 to get it back!",
    [
        ("NAME", "ROONEY, SEAN P"),
        ("MRN", "00577120"),
        ("DATE", "3/28"),
        ("PHONE", "774-555-0117"),
        ("EMAIL", "seanrooney.wpi@gmail.com"),
        ("NAME", "Sean"),
    ],
)
# 101
p(
    "en",
    "patient_story",
    "Reply on our post: 'Pls tell the nurses in 4N that my uncle Bujar Kola (MRN 00624491) gets confused at night, call me anytime 508-555-0144 — Ilir'",
    [("NAME", "Bujar Kola"), ("MRN", "00624491"), ("PHONE", "508-555-0144"), ("NAME", "Ilir")],
)
# 102
p(
    "en",
    "pasted_record",
    "SW note pasted into the wrong tab: 'Pt Fernandes, Rosa — MRN 00839012 — DOB 6/24/1950 — lives alone 3rd fl of a triple-decker on Hamilton St, Worcester — niece rosinha.fernandes@gmail.com / 774-555-0197'",
    [
        ("NAME", "Fernandes, Rosa"),
        ("MRN", "00839012"),
        ("DATE", "6/24/1950"),
        ("GEO", "Hamilton St"),
        ("GEO", "Worcester"),
        ("EMAIL", "rosinha.fernandes@gmail.com"),
        ("PHONE", "774-555-0197"),
    ],
)
# 103
p(
    "en",
    "memorial",
    "Our 'Kofi's Corner' reading nook on 8 South is named for Kofi Antwi-Boasiako, who loved comic books and spent his 9th and 10th birthdays with us before he died on 2/9. His mom Abena still restocks it. Email abena.kofiscorner@gmail.com to donate books.",
    [
        ("NAME", "Kofi Antwi-Boasiako"),
        ("NAME", "Kofi", "*"),
        ("DATE", "2/9"),
        ("NAME", "Abena"),
        ("EMAIL", "abena.kofiscorner@gmail.com"),
    ],
    note="a space named for a patient carries the patient's name",
)
# 104
p(
    "en",
    "thank_you",
    "Fwd from the Patient Relations inbox (oops, public reply): 'Dear Mr. Lima, re: complaint #PR-24-1187 about your wife Ednalva's ED visit on 11/11 ...'",
    [("NAME", "Lima"), ("OTHER_ID", "PR-24-1187"), ("NAME", "Ednalva"), ("DATE", "11/11")],
    note="a complaint case number is OTHER_ID",
)
# 105
p(
    "en",
    "patient_story",
    "Congrats to Abena Kyei, who finished chemo on 5/2 and walked at her WPI commencement two weeks later! Her dad Kwaku asked us to share his email for the nurses: kwaku.kyei@charter.net",
    [
        ("NAME", "Abena Kyei"),
        ("DATE", "5/2"),
        ("NAME", "Kwaku"),
        ("EMAIL", "kwaku.kyei@charter.net"),
    ],
)
# ---------------------------------------------------------------- English, not patient-specific
# 106
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: meet Akosua Boakye-Ansah, RN, born and raised in Kumasi, now 20 years on our Merrow Hill ICU. Her tip for new grads? 'Eat before you chart.' 🇬🇭",
    "a staff member's name and birthplace are never labelled",
)
# 107
n(
    "en",
    "event",
    "Join us at the DCU Center on Saturday, June 7 for the Central Commonwealth Heart Walk. Registration opens at 8 a.m.; call 508-555-0166 to volunteer.",
    "event date and the volunteer office line",
)
# 108
n(
    "en",
    "public_figure",
    "Twenty-five years ago tonight, December 3, 1999, six Worcester firefighters gave their lives at the Worcester Cold Storage building. ED staff who were on shift that night still gather every year. We remember the Worcester Six. #NeverForget",
    "a public tragedy and its date; the firefighters are public figures, not patients",
)
# 109
n(
    "en",
    "eponymous_condition",
    "Crohn's, Graves', Hashimoto's, Addison's: autoimmune conditions named after doctors. Join our GI and endocrine teams for a free talk on 4/12 at the MetroWest campus, 61 Lincoln Crest Drive.",
    "eponyms, an event date and the hospital's own address",
)
# 110
n(
    "en",
    "statistic",
    "Route 9 between Framingham and Shrewsbury saw 312 crashes last year. Our trauma teams treated 41 of those patients. Slow down, put the phone away. #DriveSafeRoute9",
    "a road in a statistic is not tied to any patient",
)
# 111
n(
    "en",
    "campaign_hashtag",
    "#ShpresaForAll — 'shpresa' means hope in Albanian, and it's the name of our new Albanian-language cancer support group. First meeting 10/8, 6 pm, Canal District Family Health Center.",
    "the word is a programme name here, not a patient's name; event date",
)
# 112
n(
    "en",
    "hospital_contact",
    "Need a Portuguese, Spanish, Vietnamese, Twi or Albanian interpreter? It's free. Call our Language Access line at 774-555-0134 or ask at any front desk. Falamos português! Nói tiếng Việt! Flasim shqip!",
    "the hospital's interpreter line",
)
# 113
n(
    "en",
    "research",
    "Adults over 90 are our fastest-growing group of surgical patients. Dr. Siobhán Reilly explains how we make surgery safer for nonagenarians.",
    "population ages are not AGE; the doctor is staff",
)
# 114
n(
    "en",
    "event",
    "Chúc Mừng Năm Mới! Join us for our Tết celebration in the Merrow Hill atrium on Feb 10 — lion dance at noon, bánh chưng from Saigon Sisters Bakery (thank you, sponsors!).",
    "a hospital event on a holiday; a sponsor",
)
# 115
n(
    "en",
    "anonymous_story",
    "Last night a baby was born in the back of a minivan in our Route 9 Urgent Care parking lot. Mom and baby are doing great, and our nurses got to do something they don't do every day!",
    "anonymous birth story; the parking lot is the hospital's own site",
)
# 116
n(
    "en",
    "recruitment",
    "Now hiring: Portuguese-speaking CNAs for our Framingham campus. Bilingual differential! Apply at careers.centralcommonwealth.org or call 508-555-0100.",
    "recruitment; the hospital's domain and switchboard",
)
# 117
n(
    "en",
    "public_figure",
    "Happy birthday to Worcester's own Robert Goddard (Oct. 5), father of modern rocketry! Our pediatric patients launched paper rockets in his honor.",
    "a historical figure's birthday; the patients are anonymous",
)
# 118
n(
    "en",
    "staff_spotlight",
    "Congrats to our Birth Center nurse Thảo Nguyễn, whose daughter Linh just graduated from nursing school at QCC! Another nurse in the family. 💐",
    "a staff member's own family is never labelled",
)
# 119
n(
    "en",
    "health_tip",
    "Visiting family in Minas Gerais or Goiás this summer? Pack repellent — dengue is surging. Questions before you fly? Our Travel Clinic: 508-555-0123.",
    "Brazilian states are not GEO; the hospital's line",
)
# 120
n(
    "en",
    "crisis_update",
    "Crisis update: multiple patients from this morning's pileup on Route 9 in Shrewsbury are being treated at our Merrow Hill campus. Families looking for loved ones, call 508-555-0157. Please do not come to the ED entrance.",
    "multi-casualty public incident: the incident location is not tied to an identifiable patient (decision)",
)
# 121
n(
    "en",
    "health_tip",
    "Chagas disease is common in parts of El Salvador and can stay silent for decades. If you grew up there, ask your doctor about a simple blood test. #ChagasAwareness",
    "eponymous condition; a country",
)
# 122
n(
    "en",
    "statistic",
    "In 2024 our Birth Center welcomed 3,112 babies, including 41 sets of twins. Most popular names: Liam, Olivia, Enzo, Ama and Bảo.",
    "popular names in aggregate identify no patient",
)
# 123
n(
    "en",
    "event",
    "Find us at the Worcester St. Patrick's Parade on Sunday, March 16! Our float is the one with the giant stethoscope. 🍀 #CCMCParade",
    "event date; campaign hashtag",
)
# 124
n(
    "en",
    "sponsor",
    "Thank you to the Donnelly Family Foundation for funding our new pediatric ED wing, the Donnelly Pavilion, opening 9/1.",
    "a family that names a building; opening date",
)
# 125
n(
    "en",
    "public_figure",
    "'Knowledge is power. Information is liberating.' — Kofi Annan. Happy Ghana Independence Day to our Ghanaian staff, patients and neighbors! 🇬🇭 #March6",
    "public figure; the holiday is nobody's event here",
)
# 126
n(
    "en",
    "research",
    "New from our liver team: Vietnamese-American adults in Worcester County with hepatitis B were three times less likely to be screened for liver cancer. Published 1/15.",
    "population research; publication date",
)
# 127
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today — all 4 pounds of him at birth, now a kindergartener who wants to be a 'baby doctor'.",
    "anonymous story without identifiers",
)
# 128
n(
    "en",
    "hospital_contact",
    "Our Canal District Family Health Center has moved to 12 Canal Lock Street, Worcester, MA 01604. Same phone: 508-555-0123.",
    "the hospital's own address and line",
)
# 129
n(
    "en",
    "staff_spotlight",
    "Shoutout to Patience, Comfort and Blessing — three of our amazing CNAs on 7 North — for perfect hand-hygiene audits all year!",
    "staff with virtue names",
)
# 130
n(
    "en",
    "crisis_update",
    "Snow emergency: Worcester has declared a parking ban. Our Merrow Hill garage is free for staff and visitors until it lifts. Stay off I-290 if you can.",
    "city and highway in a general update",
)
# 131
n(
    "en",
    "event",
    "Festa Junina at our Framingham campus — June 21, 5-8 pm! Quadrilha, pamonha and free blood-pressure checks. Traga a família!",
    "hospital event date",
)
# 132
n(
    "en",
    "recruitment",
    "Flasim shqip! We're recruiting Albanian-speaking community health workers. Info session Thursday at 6 pm, 12 Canal Lock Street.",
    "recruitment at the hospital's own site",
)
# 133
n(
    "en",
    "public_figure",
    "Marta, Pelé, Ronaldinho — Framingham's youth soccer players named their heroes at our sports-physicals day. Free physicals continue every Saturday in August.",
    "public figures; anonymous children",
)
# 134
n(
    "en",
    "hospital_contact",
    "Dr. Nguyen Van Long is now seeing patients at our Vietnamese-language primary care clinic. Call 508-555-0123, ext. 4412, to book.",
    "staff name and extension",
)
# 135
n(
    "en",
    "health_tip",
    "Heading to the Holy Cross game? Hydrate between the Guinness. Our Route 9 Urgent Care is open until 10 pm at 880 Turnpike Road, Westborough.",
    "the hospital's own site and address",
)
# 136
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 (3/21 — three copies of chromosome 21). Our genetics team is hosting a family picnic at Elm Park.",
    "awareness day and event venue",
)
# 137
n(
    "en",
    "anonymous_story",
    "A patient in her 80s told our chaplain she'd survived the Blizzard of '78 and three husbands, so a hip replacement was nothing.",
    "age under 90, no identifier",
)
# 138
n(
    "en",
    "campaign_hashtag",
    "#CCMCStrong #WooStrong #FraminghamTogether — thank you to everyone who gave blood after the Route 9 pileup. We collected 214 units in two days.",
    "campaign hashtags; a public incident",
)
# 139
n(
    "en",
    "sponsor",
    "Obrigado to Padaria Minas Bakery on Concord Street for donating 500 pães de queijo to our night shift!",
    "a sponsor and its street",
)
# 140
n(
    "en",
    "hospital_contact",
    "Save our numbers 📲 Main: 508.555.0100 | MetroWest: (508) 555-0111 | Birth Center: +1 508 555 0142 | Billing: 5085550172 | Records fax: 508-555-0199",
    "the hospital's own numbers in many formats",
)
# 141
n(
    "en",
    "staff_spotlight",
    "Meet Siobhán 'Shiv' O'Leary, our night charge nurse on 6 West, who turned 60 on St. Patrick's Day and celebrated with a 12-hour shift. Sláinte, Shiv!",
    "a staff member's birthday",
)
# 142
n(
    "en",
    "event",
    "Retired Lt. Mike Sheehan, who was on the line at the Cold Storage fire, will speak at our firefighter health screening on 12/4 at the DCU Center.",
    "an event speaker, not a patient",
)
# 143
n(
    "en",
    "crisis_update",
    "Update: the power outage at our Framingham campus has been resolved. All patients are safe; elective surgeries resume tomorrow.",
    "crisis update",
)
# 144
n(
    "en",
    "anonymous_story",
    "One of our dialysis patients just hit her 1,000th treatment. She celebrated with a Dunkin' iced coffee in a snowstorm, because Worcester.",
    "a count of treatments is not an age; no identifier",
)
# 145
n(
    "en",
    "health_tip",
    "Tết is coming! Enjoy bánh chưng and thịt kho, but go easy on the salt if you have high blood pressure. Free BP checks at Saigon Sisters Bakery on Millbury Street, Jan 25.",
    "holiday and event date; a sponsor's street",
)
# 146
n(
    "en",
    "health_tip",
    "Sickle cell trait is common in families from Ghana and Nigeria. June 19 is World Sickle Cell Day — get tested, know your status. Hematology clinic: 508-555-0123.",
    "awareness day",
)
# 147
n(
    "en",
    "staff_spotlight",
    "Kwame, Kofi, Kwabena and Yaw walk into a break room... no joke, that's our 4 North pharmacy team. All four born on different days of the week, all four on time every shift. 🇬🇭",
    "staff with Akan day names",
)
# 148
n(
    "en",
    "research",
    "Our asthma research team is enrolling adults 18-75 in a 12-week study at the MetroWest campus. Compensation provided. Email research@centralcommonwealth.org.",
    "research recruitment; the hospital's email",
)
# 149
n(
    "en",
    "statistic",
    "90% of the car seats we check at Framingham events are installed wrong. Next free check: Saturday, 9/20, 9-noon, MetroWest campus garage.",
    "a percentage is not an age; event date",
)
# 150
n(
    "en",
    "public_figure",
    "From Major Taylor to Abbie Hoffman, Worcester has always produced people who don't sit still. Neither do our cardiac rehab patients — come see the new gym!",
    "historical figures",
)
# 151
n(
    "en",
    "staff_spotlight",
    "Our nurse Maeve Kelly ran the Boston Marathon on Patriots' Day for our pediatric cancer fund — in 3:41! Donate: ccmcfoundation.org/maeve",
    "a staff member's fundraiser on the hospital's domain",
)
# 152
n(
    "en",
    "staff_spotlight",
    "big thanks to declan in environmental services who found a patient's wedding ring in the linen cart 💍 you're a legend dec",
    "lower-case staff name; the patient is anonymous",
)
# 153
n(
    "en",
    "event",
    "Celebrate the Fiestas Agostinas with us! Free health fair, pupusas and music, Aug. 3 at our Canal District Family Health Center.",
    "event date",
)
# 154
n(
    "en",
    "statistic",
    "Flu shot clinic stats: 5,550 doses, 142 volunteers, 0 needle-phobes converted (we tried). Thank you, Worcester!",
    "numbers that look like phone fragments",
)
# 155
n(
    "en",
    "eponymous_condition",
    "Bell's palsy isn't a stroke — but the first hours matter for both. And if you're caring for someone with Parkinson's, our support group meets the 2nd Tuesday of every month.",
    "eponyms",
)
# 156
n(
    "en",
    "hospital_contact",
    "Heads up: construction on Merrow Hill Pkwy this week. Use the south entrance at 250 Merrow Hill Pkwy for the ED.",
    "the hospital's own street in abbreviated form",
)
# 157
n(
    "en",
    "staff_spotlight",
    "Our oldest volunteer, Rita, turned 94 this week and still runs the gift shop on Tuesdays. Happy birthday, Rita!",
    "a volunteer's age over 89 is not labelled",
)
# 158
n(
    "en",
    "health_tip",
    "Three-decker fires spike in winter. Check your smoke alarms on every floor, keep the back stairs clear and never use the oven for heat.",
    "safety tip",
)
# 159
n(
    "en",
    "event",
    "Commencement for the CCMC School of Radiologic Technology is May 30 at the DCU Center. Congratulations to our 28 graduates!",
    "event date and venue",
)
# 160
n(
    "en",
    "event",
    "Dia das Mães is May 11 this year in Brazil — our Framingham Birth Center will hand out flowers to every mom who delivers that weekend.",
    "a holiday that is no one's event",
)
# 161
n(
    "en",
    "hospital_contact",
    "College students: your student health plan likely covers urgent care. Save our number: 508-555-0105, Route 9 Urgent Care, open 8 am–10 pm.",
    "the hospital's site and line",
)
# 162
n(
    "en",
    "campaign_hashtag",
    "Força Framingham 💚 Our Brazilian community blood drive collected 180 units. Obrigado! #ForçaFramingham",
    "a campaign hashtag with a town, not a name",
)
# 163
n(
    "en",
    "public_figure",
    "Dua Lipa's 'Houdini' is officially the most requested song in our rehab gym. Patients, what should we add to the playlist?",
    "public figure",
)
# 164
n(
    "en",
    "public_figure",
    "Roberto Clemente died on a mercy flight on December 31, 1972. Every New Year's Eve our Puerto Rican staff honor him by volunteering a shift. 🇵🇷",
    "a public figure's death date",
)
# 165
n(
    "en",
    "health_tip",
    "Portal tip: your MRN is the 8-digit number on your wristband and after-visit summary (it looks like 00XXXXXX). Never share it on social media!",
    "an MRN format, not an MRN",
)
# 166
n(
    "en",
    "anonymous_story",
    "A college student came to our ED at 3 a.m. last weekend after her first-ever panic attack. She asked us to share: it's OK to ask for help. 988 is there 24/7.",
    "anonymous story; national line",
)
# 167
n(
    "en",
    "staff_spotlight",
    "Happy retirement, Bridie! After 41 years in our lab, Bridget 'Bridie' Lynch is trading pipettes for Irish dancing lessons.",
    "staff with Irish nickname",
)
# 168
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease, Wilms tumor, Tourette syndrome: our pediatric subspecialists treat them all at the Merrow Hill campus. Referrals: 508-555-0123.",
    "eponyms",
)
# 169
n(
    "en",
    "event",
    "Mark your calendars: 10/4 Breast Cancer 5K, Oct. 18 Trunk-or-Treat, 11.28 Albanian Flag Day reception, 12/3 Firefighter Memorial.",
    "event dates in several formats",
)
# 170
n(
    "en",
    "sponsor",
    "Huge thanks to Kelley Square Auto Group for sponsoring free car-seat checks. Their team installed 64 seats on Saturday!",
    "a sponsor named after a neighbourhood",
)
# 171
n(
    "en",
    "anonymous_story",
    "Our youngest patient this week was 2 hours old; our oldest was 89. Every one of them got our best.",
    "89 is not over 89",
)
# 172
n(
    "en",
    "staff_spotlight",
    "Kofi Kingston? Nope — that's our security officer Kofi Mensah in the ring at the hospital's charity wrestling night.",
    "public figure and staff",
)
# 173
n(
    "en",
    "recruitment",
    "Bạn nói tiếng Việt? Our Patient Navigator program is hiring! Email careers@centralcommonwealth.org with 'Navigator' in the subject line.",
    "recruitment",
)
# 174
n(
    "en",
    "staff_spotlight",
    "Our ED tech Yaw Darko and his wife Abena welcomed their third child, Kwesi, last week! The whole ED sent jollof.",
    "a staff member's own family is never labelled",
)
# 175
n(
    "en",
    "crisis_update",
    "We are aware of a social media post that shared a patient's information. It has been removed. Protecting your privacy is our priority. Questions: 508-555-0157.",
    "crisis update without identifiers",
)
# 176
n(
    "en",
    "research",
    "Our nephrology team found that dialysis patients over 90 in Worcester County did as well on home dialysis as younger patients (n=212).",
    "population age",
)
# 177
n(
    "en",
    "anonymous_story",
    "Irish step dancers from a local school performed for our rehab patients today. Go raibh maith agaibh! 🍀",
    "no identifiers",
)
# 178
n(
    "en",
    "campaign_hashtag",
    "#TeamAkwaaba is our new volunteer welcome crew for Twi-speaking families. 'Akwaaba' means welcome!",
    "Akwaaba is a word, not a name",
)
# 179
n(
    "en",
    "hospital_contact",
    "Questions about the Vietnamese diabetes class? Email Chị Hương Lê, RN, at huong.le@ccmchealth.org.",
    "staff email on the hospital's domain",
)
# 180
n(
    "en",
    "hospital_contact",
    "Route 9 Urgent Care will close early on Thanksgiving (11/27) and Christmas Eve (12/24). Emergency? Call 911.",
    "hours and holidays; national line",
)
# 181
n(
    "en",
    "statistic",
    "Since January 1 our Framingham ED has seen 18,400 visits. Busiest day: July 5 (fireworks!).",
    "dates in a statistic",
)
# 182
n(
    "en",
    "anonymous_story",
    "Our NICU babies got their first Halloween costumes today — tiny pumpkins and one very small WooSox player. 🎃",
    "anonymous",
)
# 183
n(
    "en",
    "public_figure",
    "Today we remember Clara Barton, born on Christmas Day 1821 in nearby Oxford, founder of the American Red Cross.",
    "a historical figure's birth date and town",
)
# 184
n(
    "en",
    "hospital_contact",
    "Follow @CCMC_MetroWest for Framingham campus news and visit centralcommonwealth.org/metrowest for parking info.",
    "the hospital's handle and domain",
)
# 185
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Besnik Rama, our Albanian interpreter, has interpreted at over 3,000 patient visits since 2015 — and still brings byrek on Fridays.",
    "staff",
)
# 186
n(
    "en",
    "anonymous_story",
    "A grandmother from El Salvador told our interpreter she'd waited 40 years to see a cardiologist. She saw two this week.",
    "a country is not GEO; no identifier",
)
# 187
n(
    "en",
    "health_tip",
    "to all the mamães, mães, mamis and mommas out there: postpartum depression is common and treatable. talk to us: 774-555-0188.",
    "the hospital's behavioral health line",
)
# 188
n(
    "en",
    "health_tip",
    "Third floor of a triple-decker in a heat wave = no joke. Cooling centers are open across Worcester; check on your older neighbors.",
    "tip",
)
# 189
n(
    "en",
    "event",
    "Gëzuar Ditën e Flamurit! 🇦🇱 Happy Albanian Independence Day (Nov. 28) to our Albanian patients, staff and neighbors in Worcester.",
    "holiday greeting",
)
# 190
n(
    "en",
    "sponsor",
    "Thanks to the Hibernian hall for hosting our Irish soda-bread bake sale — $4,100 for the cancer center!",
    "sponsor",
)
# 191
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) and Alzheimer's are different illnesses — but caregiver burnout is the same. Our caregiver support group meets at 12 Canal Lock Street.",
    "eponyms; the hospital's address",
)
# 192
n(
    "en",
    "statistic",
    "We now have 37 patients aged 90+ in our hospital-at-home program. Their favorite part? Staying in their own triple-deckers.",
    "population age",
)
# 193
n(
    "en",
    "staff_spotlight",
    "Dr. Phạm's mother, Bà Hoa, baked 400 bánh bò for our Tết party. Cảm ơn Bà!",
    "a doctor's mother is staff family",
)
# 194
n(
    "en",
    "hospital_contact",
    "Read our 2024 Community Benefit Report at centralcommonwealth.org/report — available in English, Português, Español and Tiếng Việt.",
    "the hospital's domain",
)
# 195
n(
    "en",
    "sponsor",
    "Huge thank you to Mercy & Grace Catering (best kelewele in Worcester!) for feeding our ICU during Nurses Week.",
    "a sponsor named with words that are names",
)
# 196
n(
    "en",
    "health_tip",
    "Masks are now optional in waiting rooms at all sites except the Birth Center and 8 South (oncology).",
    "policy",
)
# 197
n(
    "en",
    "event",
    "Concert at the DCU Center tonight? Drink water. Our EMS tent is at the Foster Street entrance if you need us.",
    "event venue",
)
# 198
n(
    "en",
    "health_tip",
    "Kelley Square tips for new WPI and Clark students: yield, pick a lane, pray. 😅 (Kidding. Mostly.) Our ED would love NOT to meet you this semester.",
    "a neighbourhood in a general tip",
)
# 199
n(
    "en",
    "anonymous_story",
    "Meet Comfort, our facility dog — a golden retriever who visits 5 North every Tuesday. Patients say she's the best part of their stay.",
    "a pet's name is never labelled",
)
# 200
n(
    "en",
    "event",
    "This week in 1999 our ED treated firefighters from the Cold Storage fire. Several of those nurses still work here and shared their memories for our history project.",
    "historical event",
)
# 201
n(
    "en",
    "event",
    "Festa Junina, Tết, Fiestas Agostinas, Paddy's Day, Ghana Independence Day, Dita e Flamurit — our cafeteria celebrates them all. Full menu calendar at centralcommonwealth.org/food.",
    "holidays that are nobody's event",
)
# 202
n(
    "en",
    "health_tip",
    "Vovó's tip of the week from our Portuguese-speaking dietitian: swap half the salt in your feijão for garlic and bay leaf.",
    "'Vovó' is a persona, not a patient",
)
# 203
n(
    "en",
    "statistic",
    "Wristband double-checks prevented 212 wrong-patient errors last year. Two identifiers, every time: name and date of birth.",
    "statistic",
)
# 204
n(
    "en",
    "hospital_contact",
    "Our MetroWest campus at 61 Lincoln Crest Drive, Framingham, MA 01702 has a new entrance off Route 9 — follow the blue signs.",
    "the hospital's own address",
)
# 205
n(
    "en",
    "crisis_update",
    "The Route 9 Urgent Care is closed today after a water main break on Turnpike Road. Patients with appointments will be called.",
    "the hospital's site",
)
# 206
n(
    "en",
    "recruitment",
    "Calling all Holy Cross, Clark, WPI and Worcester State nursing students: summer externships on 5 West and 7 North. Apply by 2/28.",
    "deadline date",
)
# 207
n(
    "en",
    "public_figure",
    "Our Ghanaian staff association hosted Ghana's consul general on Founders' Day, honoring Kwame Nkrumah's legacy. Medaase to everyone who came!",
    "a public figure named Kwame",
)
# 208
n(
    "en",
    "anonymous_story",
    "A dad from Framingham State's hockey team — sorry, a dad OF a player — brought 40 coffees to our ED waiting room at 2 a.m. You know who you are. Thank you.",
    "no identifier; the school name is not GEO",
)
# 209
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers in teens and young adults. Ask about our AYA program at the Merrow Hill campus.",
    "eponym",
)
# 210
n(
    "en",
    "event",
    "Ring in Tết Trung Thu with lanterns and mooncakes in our pediatric playroom, Sept 17. All kids welcome!",
    "hospital event on a holiday",
)
# ---------------------------------------------------------------- Spanish, patient-specific
# 211
p(
    "es",
    "discharge",
    "¡Wepa! Doña Cuca (Socorro Vélez), de 96 años, salió del hospital en Nochebuena y volvió a su casa en la calle Grafton. ¡Gracias al equipo de 5 Oeste!",
    [
        ("NAME", "Cuca"),
        ("NAME", "Socorro Vélez"),
        ("AGE", "96"),
        ("DATE", "Nochebuena"),
        ("GEO", "calle Grafton"),
    ],
    note="'Doña' is an honorific; discharge on Nochebuena; Socorro is a name that is also a word",
)
# 212
p(
    "es",
    "birth_announcement",
    "Bienvenido al mundo, Chepito 💙 José Ángel Rivas Portillo nació el 15 de septiembre, Día de la Independencia de El Salvador, en nuestro Centro de Partos. Su mamá Xiomara dice que es guanaco de corazón.",
    [
        ("NAME", "Chepito"),
        ("NAME", "José Ángel Rivas Portillo"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia"),
        ("NAME", "Xiomara"),
    ],
    note="the holiday names the birth date again; 'guanaco' is a demonym",
)
# 213
p(
    "es",
    "pasted_record",
    "Por error se publicó esta nota interna: 'Pte. Ramos Ortiz, Luz M. — MRN 00713355 — Cama 7 — hija Marisol tel. 774-555-0153'. Ya fue borrada.",
    [
        ("NAME", "Ramos Ortiz, Luz M."),
        ("MRN", "00713355"),
        ("OTHER_ID", "Cama 7"),
        ("NAME", "Marisol"),
        ("PHONE", "774-555-0153"),
    ],
)
# 214
p(
    "es",
    "milestone_birthday",
    "Nuestro abuelo Salvador Hernández cumplió 100 años el 6 de agosto, en plenas fiestas agostinas, aquí en el piso 6. ¡Felicidades, don Chava!",
    [("NAME", "Salvador Hernández"), ("AGE", "100"), ("DATE", "6 de agosto"), ("NAME", "Chava")],
    note="'fiestas agostinas' is a festival week, not a date; 'don' is an honorific; 'piso 6' is a unit",
)
# 215
p(
    "es",
    "discharge",
    "Milagros Santiago, que llegó de Puerto Rico a Worcester en 1985, ya está en su casa en Main South después de su cirugía del 2 de marzo. Sus nietos la esperaban con arroz con gandules. ¡Fuerza, Mila! #FuerzaMila",
    [
        ("NAME", "Milagros Santiago"),
        ("GEO", "Worcester"),
        ("GEO", "Main South"),
        ("DATE", "2 de marzo"),
        ("NAME", "Mila"),
        ("NAME", "#FuerzaMila"),
    ],
    note="Puerto Rico is treated like a state (not GEO); bare year not labelled",
)
# 216
p(
    "es",
    "patient_story",
    "Gracias a todos por las oraciones. Mi mamá, Consuelo Marrero, de 91 años, sigue en la habitación 418 y ya come sola. Si alguien de Caguas la conoce, llámenme: (508) 555-0186. — Wanda",
    [
        ("NAME", "Consuelo Marrero"),
        ("AGE", "91"),
        ("OTHER_ID", "habitación 418"),
        ("GEO", "Caguas"),
        ("PHONE", "(508) 555-0186"),
        ("NAME", "Wanda"),
    ],
    note="a Puerto Rican municipality is GEO",
)
# 217
p(
    "es",
    "memorial",
    "Descansa en paz, Papo. Ángel Luis 'Papo' Figueroa murió el 24 de junio, Día de San Juan, rodeado de su familia en el piso 4. Su hija Yesenia pide donaciones para la liga de béisbol juvenil.",
    [
        ("NAME", "Ángel Luis 'Papo' Figueroa"),
        ("NAME", "Papo", "*"),
        ("DATE", "24 de junio"),
        ("DATE", "Día de San Juan"),
        ("NAME", "Yesenia"),
    ],
)
# 218
p(
    "es",
    "thank_you",
    "Mi hermanito Kevin se fracturó la pierna en el accidente de la Ruta 9 en Framingham el 3/15 y ustedes lo trataron como familia. Gracias, de parte de la familia Escobar. 🇸🇻",
    [
        ("NAME", "Kevin"),
        ("GEO", "Ruta 9"),
        ("GEO", "Framingham"),
        ("DATE", "3/15"),
        ("NAME", "Escobar"),
    ],
)
# 219
p(
    "es",
    "milestone_birthday",
    "Foto: nuestra paciente doña Pura Meléndez celebrando sus 93 años con el grupo de plena del hospital. ¡Que viva Puerto Rico!",
    [("PHOTO", "Foto"), ("NAME", "Pura Meléndez"), ("AGE", "93")],
    note="the attached photo shows the patient",
)
# 220
p(
    "es",
    "patient_story",
    "¿Alguien sabe cómo cambiar el correo en el portal? Mi suegra Rosa Elvira Mejía tiene cita el 22 de mayo y los avisos le llegan al correo viejo, rosaelvira.mejia@hotmail.com. Usuario: rmejia1958.",
    [
        ("NAME", "Rosa Elvira Mejía"),
        ("DATE", "22 de mayo"),
        ("EMAIL", "rosaelvira.mejia@hotmail.com"),
        ("OTHER_ID", "rmejia1958"),
    ],
    note="appointment date; portal user name is OTHER_ID",
)
# 221
p(
    "es",
    "birth_announcement",
    "Nació en el Día de Reyes 👑 ¡Bienvenida, Reyna Isabel! La bebé de Yamilet y Edwin Cruz llegó el 6 de enero a las 6:06 a.m. en nuestro Centro de Partos.",
    [
        ("DATE", "Día de Reyes"),
        ("NAME", "Reyna Isabel"),
        ("NAME", "Yamilet"),
        ("NAME", "Edwin Cruz"),
        ("DATE", "6 de enero"),
    ],
)
# 222
p(
    "es",
    "pasted_record",
    "Pegado del sistema por error: 'ALVARADO DE LEÓN, MARÍA DOLORES | MRN 00492168 | MassHealth 100577301846 | Dir.: 31 Chandler St Apt 3, Worcester 01603'",
    [
        ("NAME", "ALVARADO DE LEÓN, MARÍA DOLORES"),
        ("MRN", "00492168"),
        ("HEALTH_PLAN", "100577301846"),
        ("GEO", "31 Chandler St Apt 3"),
        ("GEO", "Worcester"),
        ("GEO", "01603"),
    ],
)
# 223
p(
    "es",
    "thank_you",
    "Gracias a la doctora Kwarteng y a todo el equipo de la UCI por cuidar a mi papá, Neftalí Torres, después del derrame del 9 de octubre. Ya está en su casa en Southbridge. — Familia Torres",
    [
        ("NAME", "Neftalí Torres"),
        ("NAME", "Torres", "*"),
        ("DATE", "9 de octubre"),
        ("GEO", "Southbridge"),
    ],
    note="the doctor is staff",
)
# 224
p(
    "es",
    "anonymous_story",
    "Nuestra paciente más longeva del año: una centenaria salvadoreña de Usulután que visitaba a sus nietos en Framingham. ¡Cumplió 101 en la habitación 3112!",
    [
        ("AGE", "centenaria"),
        ("GEO", "Usulután"),
        ("GEO", "Framingham"),
        ("AGE", "101"),
        ("OTHER_ID", "habitación 3112"),
    ],
    note="nameless, but age over 89, home town, relatives' town and room",
)
# 225
p(
    "es",
    "thank_you",
    "Lo que le pasó a Yadira (cuarto 207) el día 14 no fue culpa de las enfermeras. Gracias por todo. Su esposo, Mauricio.",
    [("NAME", "Yadira"), ("OTHER_ID", "cuarto 207"), ("DATE", "día 14"), ("NAME", "Mauricio")],
    note="a day of the month alone is a date element; 'el' excluded, 'día' kept",
)
# ---------------------------------------------------------------- Spanish, not patient-specific
# 226
n(
    "es",
    "eponymous_condition",
    "¿Sabías que la enfermedad de Chagas puede no dar síntomas por años? Si creciste en El Salvador, pregúntale a tu médico por la prueba. #Chagas",
    "eponym; country",
)
# 227
n(
    "es",
    "event",
    "Únete a nuestra feria de salud de las Fiestas Agostinas el sábado 2 de agosto en el Canal District Family Health Center, 12 Canal Lock Street. ¡Habrá pupusas!",
    "event date at the hospital's own address",
)
# 228
n(
    "es",
    "event",
    "Día de Reyes en pediatría: los Reyes Magos (¡gracias, voluntarios!) repartieron juguetes a todos los niños el 6 de enero. 👑",
    "hospital event date",
)
# 229
n(
    "es",
    "hospital_contact",
    "Servicio de intérpretes en español gratis las 24 horas: llame al 774-555-0134. Para citas: 508-555-0123.",
    "the hospital's lines",
)
# 230
n(
    "es",
    "staff_spotlight",
    "Felicidades a nuestra enfermera boricua Marisela Ortiz, que cumplió 25 años en la Unidad de Maternidad. ¡Wepa, Mari!",
    "staff; years of service",
)
# 231
n(
    "es",
    "health_tip",
    "Las personas mayores de 90 años tienen más riesgo de caídas en invierno. Quite las alfombras sueltas y use luz de noche.",
    "population age",
)
# 232
n(
    "es",
    "statistic",
    "En 2024 atendimos a 4,211 pacientes en español en nuestro campus de Framingham; 1 de cada 5 era de origen salvadoreño.",
    "statistic",
)
# 233
n(
    "es",
    "public_figure",
    "Roberto Clemente nació el 18 de agosto de 1934 en Carolina, Puerto Rico. Este mes nuestro equipo de pediatría honra su legado con una clínica deportiva gratis.",
    "a public figure's birth date and town",
)
# 234
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos asistentes de enfermería bilingües (español/inglés). Envíe su currículum a empleos@centralcommonwealth.org.",
    "recruitment",
)
# 235
n(
    "es",
    "crisis_update",
    "Aviso: hubo un choque múltiple en la Ruta 9 en Shrewsbury. Los familiares que buscan información pueden llamar al 508-555-0157.",
    "multi-casualty public incident (decision)",
)
# 236
n(
    "es",
    "anonymous_story",
    "Una paciente nos dijo hoy: 'Aquí me hablaron en mi idioma y me sentí en casa.' Por eso existe nuestro programa de intérpretes.",
    "anonymous",
)
# 237
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Parkinson, el síndrome de Down y la enfermedad de Crohn no discriminan. Nuestros especialistas atienden en español.",
    "eponyms",
)
# 238
n(
    "es",
    "campaign_hashtag",
    "#FuerzaBoricua 🇵🇷 Gracias a todos los que donaron sangre el Día de San Juan. ¡Recolectamos 96 unidades!",
    "campaign hashtag; event date; 96 is not an age",
)
# 239
n(
    "es",
    "staff_spotlight",
    "Nuestro nuevo pediatra, el Dr. Salvador Menjívar, nació en San Salvador y atiende en nuestra clínica del Canal District desde el 1 de julio.",
    "staff name, birthplace and start date",
)
# 240
n(
    "es",
    "health_tip",
    "Consejo de salud: en Nochebuena disfrute el lechón y los pasteles, pero cuidado con la sal si tiene presión alta. ¡Feliz Navidad de parte de todo el hospital!",
    "holiday tip",
)

if __name__ == "__main__":
    S.main("phi_dev96_source")
