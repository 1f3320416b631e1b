"""Blind development set d38 for the PHI scanner: tests/data/phi_dev38.jsonl.

Organisation: Aloha Pacific Medical Center, Honolulu and Hilo, Hawaii (phi_dev38_org.json): a
Honolulu main campus (1450 Kapiolani Boulevard), a Hilo campus (1190 Waianuenue Avenue), a Kona
farmworker clinic (75-5995 Kuakini Highway) and a Waianae clinic (87-2050 Farrington Highway);
ten (555) 555-01xx lines (switchboard/nurse line, Hilo, media, family relations, Kona, Waianae,
foundation, language line, careers, records fax); domains alohapacificmc.org and
alohapacificfoundation.org; handles @AlohaPacificMC, @APMCHilo and @AlohaPacificKeiki.
Focus: Native Hawaiian, Ilocano/Filipino, Samoan, Tongan, Marshallese, Chuukese and
Japanese-American families, surfers and fishermen, kupuna over 90, lava and ocean rescues, and
Mexican farmworkers on the Big Island; names that are words, months or places (Kai, Pua, Manu,
Makana, Hōkū, Lanakila, June, Bell, Dakota, Luna, Junior, Princess Joy), nicknames in quotes,
ʻokina inside and at the start of names, lower-case and ALL-CAPS names, "Surname, Given" chart
names, name hashtags next to campaign hashtags, place names that are words (Volcano, Mountain
View, Sandy's), holidays of patients' events (Prince Kūhiō Day, Lei Day, Boys' Day, Nochebuena,
Día de Muertos), ages over 89 in every form next to ages 89 and under, staff/volunteers/officials/
celebrities as patients next to ones only working or visiting, families' phones and emails next
to the hospital's own, and eponyms that are also patients' surnames (Hashimoto, Bell).
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Named places where an identified patient was hurt, rescued or born (surf breaks, beaches,
  points, valleys, Kīlauea, the highway of a roadside birth) are GEO, like the crash road in the
  rules; the same places as event venues, in general advice or in aggregates are not.
- Incident locations of UNNAMED patients (a bus crash on Saddle Road, a shark bite at Keʻei Bay)
  are not labelled, so such crisis updates are not patient-specific.
- Hawaiian islands tied to a patient (Oʻahu, Molokaʻi) are GEO (smaller than a state). States,
  countries and foreign first-level divisions (Michoacán, Oaxaca, Yucatán, Guerrero, Chuuk, the
  Marshall Islands) are not; foreign cities, towns, atolls and islands (Ebeye, Majuro, Weno,
  Tol, Laoag, Vigan, Cherán, Morelia) are. A district tied to a family (Kaʻū) is GEO.
- A patient's or relative's home town is GEO even when it is a hospital city (Hilo); "our Hilo
  campus", "Hilo ER", "Kona clinic", "Kona coffee", #HiloStrong and #PunaStrong are not. Where
  relatives live or work (Daly City, Panaʻewa) is GEO; a patient's high school is not.
- Road names include their keyword ("Highway 11", "carretera 11", "Kamehameha Hwy"); roads named
  after people (Daniel K. Inouye Highway) are GEO, never NAME.
- Kinship honorifics and titles (Tutu/Tūtū, Auntie, Uncle, Lola, Lolo, Tatay, Grandma, Kahu,
  High Chief, Rev., Mayor, don/doña) are outside the NAME span; inside a quoted nickname
  ('Keaka "Uncle K" Mahelona') the whole name is one span and a later "Uncle K" labels "K".
- A leading ʻokina is part of the name span ("ʻAna Taufaʻao").
- A girlfriend or novia is treated as family (labelled); coworkers, crew bosses, officers and
  other rescuers are not.
- Staff, volunteers, officials and celebrities are labelled only when the post makes them our
  patient or a patient's relative (a comedian visiting his mother is labelled as her son);
  otherwise their names, ages over 89, home towns and families are not. An official patient's
  job title ("Hawaiʻi County Councilmember") is not GEO.
- An age over 89 of ONE patient is AGE even when the patient is unnamed ("a 101-year-old
  patient", "a kupuna in her late 90s"), making the post patient-specific; ages stated for groups
  ("47 patients aged 100 or older", "three kupuna over 95", "dozens of patients over 100") are
  not.
- Age forms: "the big 9-0" -> "9-0"; "past ninety" -> "ninety"; "late 90s" -> "90s"; chart tokens
  "90yo" and "94F" whole; "93 y/o" -> "93"; "ninety-one and a half" -> "ninety-one";
  "Noventa y un años" -> "Noventa y un"; "número cien" -> "cien".
- "on the 3rd" -> DATE "3rd". A holiday is DATE when a patient's event fell on it, Hawaiian and
  Japanese ones included, and every naming of that day is labelled ("Boys' Day", "May 5" and
  "Kodomo no Hi"; "New Year's" and "January 1"). A patient's future appointment date (next
  device check) is DATE; hospital event dates are not; "this spring" and a harvest season are
  not.
- An IT/help-desk ticket number about a patient's family is OTHER_ID; ambulance, Coast Guard
  and hospital units are not. A bed board's empty bed is not labelled.
- Every cue that says an attached picture shows the patient is PHOTO (both "photo" and "pic"
  in one forwarded email).
- Where a labelled name also occurs as an eponym in the same post ("Hashimoto's", "Bell's
  palsy"), the eponym stays unlabelled (declared with ok=); a pet named after a place (the dog
  Kona) is not labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev38.jsonl"), os.path.join(HERE, "phi_dev38_org.json"), "d38")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Eight weeks ago Kawika Makaʻike was pulled from the surf at Honoliʻi with a broken neck. "
    "Today he walked the halls of our Hilo rehab unit on his own. Kawika, the whole 4 West team "
    "is cheering for you! #KawikaStrong",
    [
        ("NAME", "Kawika Makaʻike"),
        ("NAME", "Kawika", "*"),
        ("GEO", "Honoliʻi"),
        ("NAME", "#KawikaStrong"),
    ],
    note=(
        "Patient's full name, given name and name hashtag; Honoliʻi is the surf break where he "
        "was injured (GEO). 'Eight weeks ago' is relative; the Hilo rehab unit and 4 West are "
        "ours."
    ),
)

# 2
p(
    "en",
    "patient_story",
    "When Jitiam Lanej flew in from Ebeye with a failing heart, her daughter Bwilja slept in our "
    "family lounge for 41 nights. Now Jitiam is home in Kalihi with her grandkids. Kommol tata to "
    "our Marshallese interpreters!",
    [
        ("NAME", "Jitiam Lanej"),
        ("NAME", "Jitiam", "*"),
        ("GEO", "Ebeye"),
        ("NAME", "Bwilja"),
        ("GEO", "Kalihi"),
    ],
    note=(
        "Patient and her daughter named; Ebeye (atoll town) and Kalihi (neighbourhood) are where "
        "she lived/lives. '41 nights' is a duration; Marshallese is a community, not an "
        "identifier."
    ),
)

# 3
p(
    "en",
    "patient_story",
    "Don Efraín Solórzano has picked Kona coffee for 22 seasons. After a fall from a ladder in "
    "Holualoa on October 9, he spent three weeks with us. He's back on the farm this week "
    "(supervising only, his wife Rosa says!) with his dog Kona.",
    [("NAME", "Efraín Solórzano"), ("GEO", "Holualoa"), ("DATE", "October 9"), ("NAME", "Rosa")],
    note=(
        "Patient (title 'Don' excluded), his wife, the town of the fall and the injury date. "
        "'Kona coffee' is a product and Kona the dog is a pet: neither is labelled."
    ),
)

# 4
p(
    "en",
    "patient_story",
    "Big wave surfer Kai Pahinui wiped out at Peʻahi in January and spent 11 days in our ICU. His "
    'advice now? "Respect the kai, wear the vest." Welcome home, Kai. 🤙',
    [("NAME", "Kai Pahinui"), ("NAME", "Kai", "*"), ("GEO", "Peʻahi"), ("DATE", "January")],
    note=(
        "Kai is the patient; lower-case 'kai' (Hawaiian for sea) is the ordinary word and is not "
        "a name. Peʻahi is where he wiped out; January is the month of his injury."
    ),
)

# 5
p(
    "en",
    "patient_story",
    "Uncle Sione Havili was fishing off Kaʻena Point when his boat lost power. After 19 hours "
    "adrift he was found by the Coast Guard and flown to us. Mālō ʻaupito to the crew of Coast "
    "Guard 6584 from Sione and the whole Havili family.",
    [
        ("NAME", "Sione Havili"),
        ("NAME", "Havili", 2),
        ("NAME", "Sione", "*"),
        ("GEO", "Kaʻena Point"),
    ],
    note=(
        "Patient ('Uncle' is an honorific, excluded), family surname, and the point where he went "
        "adrift. Coast Guard 6584 is an aircraft/unit, like an ambulance unit: not labelled."
    ),
)

# 6
p(
    "en",
    "patient_story",
    'Lava burns are rare, even here. Leimomi "Momi" Kaʻawa, a Volcano resident, stepped through '
    "a thin crust near Kīlauea on 7/14 while guiding visitors. After skin grafts and lots of "
    "patience, Momi goes home Friday.",
    [
        ("NAME", 'Leimomi "Momi" Kaʻawa'),
        ("NAME", "Momi", "*"),
        ("GEO", "Volcano"),
        ("GEO", "Kīlauea"),
        ("DATE", "7/14"),
    ],
    note=(
        "Full name with quoted nickname as one span; Volcano is her village (a place name that is "
        "an ordinary word); Kīlauea is where she was burned; 7/14 is the injury date; Friday is a "
        "weekday."
    ),
)

# 7
p(
    "en",
    "patient_story",
    "Meet Kasiano Ruben, 6, from Weno. He came to Honolulu for heart surgery with his mom Sinino "
    'and big sister Mariana. Today the Ruben family celebrated his "new heart day" with '
    "malasadas from the 5 West nurses.",
    [
        ("NAME", "Kasiano Ruben"),
        ("NAME", "Ruben", 2),
        ("GEO", "Weno"),
        ("NAME", "Sinino"),
        ("NAME", "Mariana"),
    ],
    note=(
        "Chuukese patient, his mother, sister and family surname; Weno is his home town. Honolulu "
        "is only where our hospital is, not his residence. Age 6 is not labelled."
    ),
)

# 8
p(
    "en",
    "patient_story",
    "Lola Pacita Agbayani came to Waipahu from Laoag in 1968 and never missed a Sunday at church "
    "— until her stroke. Her grandson Jun-Jun translates her Ilocano for our therapists every "
    "afternoon. Agyamanak, Lola Pacita!",
    [
        ("NAME", "Pacita Agbayani"),
        ("NAME", "Pacita", "*"),
        ("GEO", "Waipahu"),
        ("GEO", "Laoag"),
        ("NAME", "Jun-Jun"),
    ],
    note=(
        "Patient ('Lola' = grandmother, an honorific, excluded), her grandson's nickname, her "
        "town and her home city in the Philippines. 1968 is a bare year (not labelled)."
    ),
)

# 9
p(
    "en",
    "patient_story",
    "Mr. K, a retired sugar plantation luna from Pāpaʻikou, asked us not to use his name. But he "
    "wanted you to know: at 91 he just finished cardiac rehab, and he did every session in his "
    "aloha shirt.",
    [("NAME", "K"), ("GEO", "Pāpaʻikou"), ("AGE", "91")],
    note=(
        "Initial used for the patient is NAME; his village is GEO and his age over 89 is AGE, so "
        "the post is patient-specific despite the request for anonymity."
    ),
)

# 10
p(
    "en",
    "patient_story",
    "Losaline Tuiasosopo-Leota was 24 weeks pregnant when she was airlifted from Lāʻie. Eleven "
    "weeks later, mom and baby Ioane are both home. Dad Fetu and grandma Malia have never missed "
    "a visit. Faʻafetai tele lava!",
    [
        ("NAME", "Losaline Tuiasosopo-Leota"),
        ("GEO", "Lāʻie"),
        ("NAME", "Ioane"),
        ("NAME", "Fetu"),
        ("NAME", "Malia"),
    ],
    note=(
        "Mother and baby are patients; father and grandmother are relatives. Lāʻie is where she "
        "was airlifted from (home). 'lava' here is Samoan ('very much'), not a place."
    ),
)

# 11
p(
    "en",
    "patient_story",
    "our girl makana is 1 today!! born 1 lb 9 oz at aloha pacific, now chasing chickens in hāwī. "
    "thank u nicu for giving us our makana (gift) 💛 – mom leah",
    [("NAME", "makana", "*"), ("GEO", "hāwī"), ("NAME", "leah")],
    note=(
        "Parent's post shared by the team: lower-case baby name (both uses refer to her, the "
        "second as a pun on 'gift'), her town and the mother's name. '1 today' is relative."
    ),
)

# 12
p(
    "en",
    "patient_story",
    "ʻAna Taufaʻao, a senior and shot-putter from Kahuku, had her appendix burst two days before "
    "prom. She made it to prom — with a drain, and her cousins Lesieli and Mele carrying her "
    "dress.",
    [("NAME", "ʻAna Taufaʻao"), ("GEO", "Kahuku"), ("NAME", "Lesieli"), ("NAME", "Mele")],
    note="Tongan patient (the leading ʻokina is part of her name), her town, and her cousins.",
)

# 13
p(
    "en",
    "patient_story",
    "You know Auntie Pua from our Hilo gift shop, where she has volunteered for 30 years. This "
    "spring Pua Nāone became our patient, too — new knee, same smile. She's back at the register "
    "Tuesdays. 🌸",
    [("NAME", "Pua Nāone"), ("NAME", "Pua", "*")],
    note=(
        "A volunteer who is also our patient is labelled as a patient. 'This spring' is relative "
        "and the gift shop is ours."
    ),
)

# 14
p(
    "en",
    "patient_story",
    "Our favorite nonagenarian, Haruko Kaneshiro of Mōʻiliʻili, broke her hip in the garden she "
    "has tended since statehood. Three weeks later she's back with her bonsai. Her secret: "
    '"Gaman. And Spam musubi."',
    [("AGE", "nonagenarian"), ("NAME", "Haruko Kaneshiro"), ("GEO", "Mōʻiliʻili")],
    note="'nonagenarian' states the patient's age over 89; name and neighbourhood labelled.",
)

# 15
n(
    "en",
    "patient_story",
    "A fisherman in his 60s came in last month with a treble hook through his palm. He let us "
    "share the x-ray (no names!) as a reminder: carry cutters in your tackle box.",
    "Anonymous patient in his 60s; no name, place, date or age over 89.",
)

# 16
n(
    "en",
    "patient_story",
    "Kupuna care is ohana care. This year our Kupuna Clinic saw dozens of patients over 100 — and "
    "the advice they give us is always the same: eat your vegetables and call your grandkids.",
    "Ages over 100 are given for a group of unnamed patients, which is not labelled.",
)

# 17
n(
    "en",
    "patient_story",
    "Story time: a keiki in our pediatric unit asked why the hospital smells like plumeria. "
    "Answer: our volunteers pick flowers every morning for the lobby. Share your plumeria pics "
    "with #AlohaPacificStrong!",
    "Unnamed child; the 'pics' are the public's flower photos, and the hashtag is a campaign tag.",
)

# 18
p(
    "en",
    "birth_announcement",
    "Happy New Year's baby! Welcome Kaimana Akana-Santos, born at 12:04 a.m. on January 1 at our "
    "Honolulu campus, 7 lb 2 oz. Parents Noelani and Ricky, congrats!",
    [
        ("DATE", "New Year's"),
        ("NAME", "Kaimana Akana-Santos"),
        ("DATE", "January 1"),
        ("NAME", "Noelani"),
        ("NAME", "Ricky"),
    ],
    note=(
        "Birth date named twice (holiday and date), both labelled; baby and parents named. The "
        "time of birth and the campus are not identifiers."
    ),
)

# 19
p(
    "en",
    "birth_announcement",
    "It's a boy on Boys' Day! 🎏 Little Kenji Oshiro arrived on May 5 — Kodomo no Hi — and big "
    "brother Ren already picked out his koinobori. Omedetō to the Oshiro family!",
    [
        ("DATE", "Boys' Day"),
        ("NAME", "Kenji Oshiro"),
        ("DATE", "May 5"),
        ("DATE", "Kodomo no Hi"),
        ("NAME", "Ren"),
        ("NAME", "Oshiro", 2),
    ],
    note=(
        "The birth date appears three ways (Boys' Day, May 5, Kodomo no Hi): all DATE. 'Little' "
        "is descriptive; brother and family surname are relatives."
    ),
)

# 20
p(
    "en",
    "birth_announcement",
    "Twins! Limej and Jinna Lakjohn were born 4/22 to mom Atlina from Majuro, who flew in at 30 "
    "weeks. They're doing great in the NICU. Iakwe and welcome! 💙💗",
    [
        ("NAME", "Limej"),
        ("NAME", "Jinna Lakjohn"),
        ("DATE", "4/22"),
        ("NAME", "Atlina"),
        ("GEO", "Majuro"),
    ],
    note=(
        "Both twins and their mother named; Majuro is the family's foreign home city (GEO), the "
        "Marshall Islands would not be."
    ),
)

# 21
p(
    "en",
    "birth_announcement",
    "Say aloha to June Tanaka-Reyes! Born on Lei Day (May 1) to Ashley and Mark, June already has "
    "more lei than she can wear. 🌺",
    [
        ("NAME", "June Tanaka-Reyes"),
        ("NAME", "June", "*"),
        ("DATE", "Lei Day"),
        ("DATE", "May 1"),
        ("NAME", "Ashley"),
        ("NAME", "Mark"),
    ],
    note="June is the baby's name (a month word); Lei Day and May 1 both name her birth date.",
)

# 22
p(
    "en",
    "birth_announcement",
    "Born during the Kona coffee harvest: welcome, Santiago Mendoza Cruz! His parents, Marisol "
    "and Arturo, came to Honalo from Oaxaca to pick coffee. 8 lb 1 oz of pure joy, born Nov. 18.",
    [
        ("NAME", "Santiago Mendoza Cruz"),
        ("NAME", "Marisol"),
        ("NAME", "Arturo"),
        ("GEO", "Honalo"),
        ("DATE", "Nov. 18"),
    ],
    note=(
        "Baby, parents, the family's village and the birth date. Oaxaca is a Mexican state (like "
        "a US state, not GEO); 'Kona coffee harvest' is a season, not a date element of the birth."
    ),
)

# 23
p(
    "en",
    "birth_announcement",
    "Baby Hōkū couldn't wait! She was born in the back of Medic 12 on Daniel K. Inouye Highway at "
    "3:40 a.m. on 2/9. Mom Keala and baby Hōkū Kamakau are both doing great at our Hilo campus.",
    [
        ("NAME", "Hōkū Kamakau"),
        ("NAME", "Hōkū", "*"),
        ("GEO", "Daniel K. Inouye Highway"),
        ("DATE", "2/9"),
        ("NAME", "Keala"),
    ],
    note=(
        "'Baby' is descriptive. The highway where she was born is GEO even though it is named "
        "after a public figure; Medic 12 is an ambulance unit; the Hilo campus is ours."
    ),
)

# 24
p(
    "en",
    "birth_announcement",
    "Congratulations to Jessa and Mark Anthony Domingo on the birth of their daughter, Princess "
    "Joy! Born 10.15 at 6 lb 11 oz in our Honolulu birth center. Lola Erlinda flew in from Vigan "
    "for the big day.",
    [
        ("NAME", "Jessa"),
        ("NAME", "Mark Anthony Domingo"),
        ("NAME", "Princess Joy"),
        ("DATE", "10.15"),
        ("NAME", "Erlinda"),
        ("GEO", "Vigan"),
    ],
    note=(
        "'Princess Joy' is the baby's given name, not a title; grandmother ('Lola' excluded) and "
        "her city are labelled; '10.15' is the birth date."
    ),
)

# 25
p(
    "en",
    "birth_announcement",
    "Baby #1000 of the year at our Hilo birth center is... Pono Kealoha-Ruiz! Born at 2:17 p.m. "
    "on Christmas Eve. Mahalo to mom Tiare for letting us share.",
    [("NAME", "Pono Kealoha-Ruiz"), ("DATE", "Christmas Eve"), ("NAME", "Tiare")],
    note="Baby and mother named; Christmas Eve is the birth date. '#1000' is a count, not an id.",
)

# 26
n(
    "en",
    "birth_announcement",
    "Our Hilo birth center welcomed 1,012 babies last year — 61 of them born on the way to the "
    "hospital! Know the signs of labor and when to head in: alohapacificmc.org/birth",
    "Aggregate statistic with the hospital's own URL.",
)

# 27
n(
    "en",
    "birth_announcement",
    "Last night a baby girl was born in our Kona clinic parking lot, delivered by a nurse on her "
    "way home. Mom asked us to keep their names private, but wanted you to know both are healthy. "
    "💛",
    "Anonymous birth; the parking lot is the hospital's and 'last night' is relative.",
)

# 28
n(
    "en",
    "birth_announcement",
    "Twins, triplets, and a Leap Day baby: 2024 was a big year in our NICU. Thank you to every "
    "family who let us be part of your story.",
    "Unnamed babies in a year-end round-up; nothing points to one identifiable family.",
)

# 29
p(
    "en",
    "discharge",
    "THIS IS KEONI! 🌺 After 103 days in our NICU, Keoni Kalama-Wong, born at 25 weeks on Prince "
    "Kūhiō Day, goes home to Nānākuli tomorrow. Parents Kehau and Darren: mahalo for letting us "
    "love him too.",
    [
        ("NAME", "KEONI"),
        ("NAME", "Keoni Kalama-Wong"),
        ("DATE", "Prince Kūhiō Day"),
        ("GEO", "Nānākuli"),
        ("NAME", "Kehau"),
        ("NAME", "Darren"),
    ],
    note=(
        "ALL-CAPS and full name of the baby; his birth fell on Prince Kūhiō Day (DATE); home town "
        "and parents. '103 days' is a stay length."
    ),
)

# 30
p(
    "en",
    "discharge",
    'Discharge day for Mr. Rogelio "Bong" Pascua, 93, who came in after a fall at his Ewa Beach '
    "home on Sept. 3rd. His eight kids took turns at his bedside. Ingat, Tatay Bong!",
    [
        ("NAME", 'Rogelio "Bong" Pascua'),
        ("NAME", "Bong", "*"),
        ("AGE", "93"),
        ("GEO", "Ewa Beach"),
        ("DATE", "Sept. 3rd"),
    ],
    note=(
        "Name with nickname, age over 89, home town and date of the fall; 'Mr.' and 'Tatay' "
        "(father) are honorifics."
    ),
)

# 31
p(
    "en",
    "discharge",
    "After 12 days in our burn unit, Kalapana fisherman Manu Keliʻihoʻomalu is heading home. He "
    "was hit by a steam blast at the ocean entry on 8/2. Manu, we'll see you at the boat ramp "
    "(from a safe distance!).",
    [("GEO", "Kalapana"), ("NAME", "Manu Keliʻihoʻomalu"), ("NAME", "Manu", "*"), ("DATE", "8/2")],
    note="Home town, patient (Manu is also the word for bird) and injury date.",
)

# 32
p(
    "en",
    "discharge",
    "One of our own is going home! Respiratory therapist Darlene Ishikawa spent 9 days on the "
    "other side of the bed with pneumonia. Welcome back to the team next month, Darlene — we "
    "missed your laugh on 6 Ewa.",
    [("NAME", "Darlene Ishikawa"), ("NAME", "Darlene", "*")],
    note="A staff member who was our patient is labelled as a patient. 6 Ewa is a hospital unit.",
)

# 33
p(
    "en",
    "discharge",
    '¡Ya se va a casa! Jesús "Chuy" Barragán, a macadamia worker from Pāhala, broke both wrists '
    "in a fall on March 2nd. Today he went home to his wife Yesenia and their three girls. Mahalo "
    "to our Spanish interpreters!",
    [
        ("NAME", 'Jesús "Chuy" Barragán'),
        ("GEO", "Pāhala"),
        ("DATE", "March 2nd"),
        ("NAME", "Yesenia"),
    ],
    note="Farmworker patient with nickname, his town, injury date and wife.",
)

# 34
p(
    "en",
    "discharge",
    "Room 318 is empty today, and that's a good thing: Tevita Fonua went home after a month of "
    "dialysis training. His sister Kalolaine is his new home-dialysis partner. ʻOfa atu, Tevita!",
    [
        ("OTHER_ID", "Room 318"),
        ("NAME", "Tevita Fonua"),
        ("NAME", "Tevita", "*"),
        ("NAME", "Kalolaine"),
    ],
    note="The room is the patient's room (keyword included); patient and sister named.",
)

# 35
p(
    "en",
    "discharge",
    "Grandma Rosalina Eram is ninety-four and tougher than all of us. She came from Tol in Chuuk "
    "for surgery, and today she flies home with her granddaughter Kiki. Kinisou chapur, Rosalina!",
    [
        ("NAME", "Rosalina Eram"),
        ("NAME", "Rosalina", "*"),
        ("AGE", "ninety-four"),
        ("GEO", "Tol"),
        ("NAME", "Kiki"),
    ],
    note=(
        "Age over 89 in words; Tol (island municipality) is GEO, Chuuk (a state of the FSM) is "
        "treated like a state and not labelled."
    ),
)

# 36
p(
    "en",
    "discharge",
    "Going home today! #TeamMaile 💪 Six weeks after her surfing accident at Sandy's, our bravest "
    "14-year-old is ready for the next wave (well, her doctors say in 3 months).",
    [("NAME", "#TeamMaile"), ("GEO", "Sandy's")],
    note=(
        'Name hashtag is the only name; "Sandy\'s" is the local name of Sandy Beach, where she '
        "was hurt (GEO, not a person). Age 14 is not labelled."
    ),
)

# 37
p(
    "en",
    "discharge",
    "Discharged today: Shigeo Higa, one of the last 442nd veterans on Oʻahu. He celebrated his "
    "100th birthday on 4 North last week, and his great-grandson Kaleo wheeled him out to a lei "
    "line. Go for broke, Mr. Higa!",
    [
        ("NAME", "Shigeo Higa"),
        ("NAME", "Higa", "*"),
        ("GEO", "Oʻahu"),
        ("AGE", "100th"),
        ("NAME", "Kaleo"),
    ],
    note=(
        "Age over 89 as an ordinal; the island where he lives is GEO; '442nd' is his Army unit "
        "and '4 North' a hospital unit, neither labelled."
    ),
)

# 38
n(
    "en",
    "discharge",
    "Discharge tip: before you leave, ask your nurse for a written med list and the number for "
    "our after-care line, (555) 555-0138. Kupuna, bring a family member to your discharge talk!",
    "General advice with the hospital's own after-care number.",
)

# 39
n(
    "en",
    "discharge",
    "Three kupuna over 95 went home from our Hilo medical floor this week — a record! We're proud "
    "of our geriatrics team.",
    "An age given for a group of unnamed patients is not labelled.",
)

# 40
p(
    "en",
    "thank_you",
    "Mahalo to the Fernandez ʻohana of Hilo for the 200 handmade masks they dropped off in memory "
    "of their dad, Rudy, who was in our ICU last spring.",
    [("NAME", "Fernandez"), ("GEO", "Hilo"), ("NAME", "Rudy")],
    note=(
        "Donor family is the family of a patient (Rudy), so their surname and home town are "
        "labelled."
    ),
)

# 41
p(
    "en",
    "thank_you",
    '"Thank you to the Hilo ER for saving my husband Danny after his crash on Highway 11 near '
    "Mountain View. If anyone was there 1/28 and picked up his wallet, please email me at "
    'kanoe.m.silva@gmail.com" — shared with permission from Kanoe',
    [
        ("NAME", "Danny"),
        ("GEO", "Highway 11"),
        ("GEO", "Mountain View"),
        ("DATE", "1/28"),
        ("EMAIL", "kanoe.m.silva@gmail.com"),
        ("NAME", "Kanoe"),
    ],
    note=(
        "Patient, crash road, nearby town (a place name made of ordinary words), crash date and "
        "his wife's email and name. The Hilo ER is ours."
    ),
)

# 42
p(
    "en",
    "thank_you",
    "Huge mahalo to Auntie Lehua Kahale, who has knitted 1,000 beanies for our NICU babies since "
    "her granddaughter Nohea was born here at 26 weeks.",
    [("NAME", "Lehua Kahale"), ("NAME", "Nohea")],
    note=(
        "The volunteer donor is introduced as a former NICU patient's grandmother, so both are "
        "labelled."
    ),
)

# 43
p(
    "en",
    "thank_you",
    "Faʻafetai to High Chief Tauiliili Paʻu for blessing our new dialysis wing today — and for "
    "trusting us with his own kidney care for 6 years.",
    [("NAME", "Tauiliili Paʻu")],
    note="The community leader is also our dialysis patient; 'High Chief' is a title, excluded.",
)

# 44
p(
    "en",
    "thank_you",
    "thank u @alohapacificmc for taking care of my tutu mele kahananui on 3 west!! she's 96 and "
    "still bossing the nurses lol 🤣 #TutuMele",
    [("NAME", "mele kahananui"), ("AGE", "96"), ("NAME", "#TutuMele")],
    note=(
        "Reshared comment: lower-case patient name, age over 89 and a name hashtag. The handle is "
        "the hospital's; '3 west' is a unit."
    ),
)

# 45
p(
    "en",
    "thank_you",
    "Mahalo to HPD Officer Grace Villanueva, who pulled 8-year-old Ikaika from a rip current at "
    "Kalama Beach on Sunday. Ikaika's mom, Shayla, says he's already asking for his boogie board "
    "back.",
    [("NAME", "Ikaika", "*"), ("GEO", "Kalama Beach"), ("NAME", "Shayla")],
    note=(
        "The rescued boy and his mother are labelled, with the beach of the rescue; the officer "
        "is a rescuer, not a patient. Sunday is a weekday."
    ),
)

# 46
p(
    "en",
    "thank_you",
    'From a card on 5 West: "To Nurse Jocelyn & Dr. Faleafa — mahalo for everything you did for '
    'our son Tyson Kahue in bed 14. Love, the Kahue family (Lahaina)" 💙',
    [("NAME", "Tyson Kahue"), ("OTHER_ID", "bed 14"), ("NAME", "Kahue", 2), ("GEO", "Lahaina")],
    note="Patient, his bed, family surname and home town; the nurse and doctor are staff.",
)

# 47
n(
    "en",
    "thank_you",
    "Mahalo to Hawaiian Airlines for flying 40 of our nurses to Hilo for the cardiac training "
    "weekend!",
    "Thanks to a company; no patient.",
)

# 48
n(
    "en",
    "thank_you",
    "Thank you, Nurse Analyn Corpuz, for 35 years of care on our med-surg floor. Your patients "
    "remember your kindness — and your lumpia.",
    "Staff member only.",
)

# 49
n(
    "en",
    "thank_you",
    "To the family who left a box of manapua and a note saying 'for the night shift' in our Hilo "
    "ER lobby: we don't know who you are, but mahalo!",
    "Anonymous family in the hospital's own lobby.",
)

# 50
p(
    "en",
    "memorial",
    "We are heartbroken to share that Tūtū Abigail Keohokālole, our oldest patient ever, passed "
    "away on Sept. 14, 2024 at the age of 107. Her great-grandson Ikaika says she wanted everyone "
    "to eat poi and dance hula.",
    [
        ("NAME", "Abigail Keohokālole"),
        ("DATE", "Sept. 14, 2024"),
        ("AGE", "107"),
        ("NAME", "Ikaika"),
    ],
    note=(
        "Date of death with its attached year, age over 89 and a relative; 'Tūtū' is an honorific."
    ),
)

# 51
p(
    "en",
    "memorial",
    'Rest in peace, Uncle Benjamin "Benny" Kaleikini, longtime Hilo Bay fisherman and patient '
    "of our dialysis center. Benny, you always brought us ʻahi. A hui hou. #BennyForever",
    [
        ("NAME", 'Benjamin "Benny" Kaleikini'),
        ("NAME", "Benny", "*"),
        ("GEO", "Hilo Bay"),
        ("NAME", "#BennyForever"),
    ],
    note="Patient's name, nickname and memorial hashtag; Hilo Bay is where he worked (GEO).",
)

# 52
p(
    "en",
    "memorial",
    "Our Marshallese community lost a leader this week. Reverend Jelton Lokeijak of Kalihi Valley "
    "died on the 3rd at our Honolulu campus. He translated for countless patients before becoming "
    "one. Iokwe, Rev. Jelton.",
    [
        ("NAME", "Jelton Lokeijak"),
        ("NAME", "Jelton", "*"),
        ("GEO", "Kalihi Valley"),
        ("DATE", "3rd"),
    ],
    note=(
        "Patient (titles excluded), his neighbourhood and date of death ('the 3rd' -> '3rd'); our "
        "campus is not GEO."
    ),
)

# 53
p(
    "en",
    "memorial",
    "Our ICU team is mourning Dakota Pereira, 19, of Keaʻau, injured on Highway 130 on 11/8. His "
    "family has set up a fund for his little sister's tuition: gofundme.com/f/dakota-pereira-ohana",
    [
        ("NAME", "Dakota Pereira"),
        ("GEO", "Keaʻau"),
        ("GEO", "Highway 130"),
        ("DATE", "11/8"),
        ("URL", "gofundme.com/f/dakota-pereira-ohana"),
    ],
    note=(
        "Patient ('Dakota' is also a state name), town, crash road, injury date and the family's "
        "fundraiser URL. Age 19 is not labelled."
    ),
)

# 54
p(
    "en",
    "memorial",
    'Each Obon we remember the patients we lost. This year we light a lantern for Mitsuo "Mits" '
    "Nakasone of Kapahulu, 101, who taught our staff to dance Fukushima Ondo.",
    [("NAME", 'Mitsuo "Mits" Nakasone'), ("GEO", "Kapahulu"), ("AGE", "101")],
    note=(
        "Named former patient, neighbourhood and age over 89; Obon is not his date and Fukushima "
        "Ondo is a dance."
    ),
)

# 55
p(
    "en",
    "memorial",
    "In memory of Felipa Ortiz, a Kona coffee picker who never missed a day of work until her "
    "diagnosis in June. Her crew brought flowers from the farm in Kainaliu. Descanse en paz, doña "
    "Felipa.",
    [("NAME", "Felipa Ortiz"), ("NAME", "Felipa", "*"), ("DATE", "June"), ("GEO", "Kainaliu")],
    note="Patient, month of diagnosis, and the village of the farm where she worked.",
)

# 56
p(
    "en",
    "memorial",
    "Our Hilo dialysis family said goodbye to Tavita Leiataua, 62, on Thanksgiving. His wife "
    "Siniva asked us to share his favorite line: 'Don't be sad, eat!'",
    [("NAME", "Tavita Leiataua"), ("DATE", "Thanksgiving"), ("NAME", "Siniva")],
    note="Patient, the holiday he died on, and his wife; age 62 not labelled.",
)

# 57
n(
    "en",
    "memorial",
    "Our hearts are with the family of Dr. Harold Furuya, our first cardiologist, who passed away "
    "peacefully at 98. His legacy lives on in every heart we fix.",
    "A former staff physician; his age and family are not a patient's.",
)

# 58
n(
    "en",
    "memorial",
    "Today we honor the 8,000 people sent to Kalaupapa because of Hansen's disease. Their names "
    "are on the memorial at Kalawao; their dignity is in our care.",
    "Historical population and an eponymous condition; no individual patient.",
)

# 59
p(
    "en",
    "milestone_birthday",
    "Hauʻoli lā hānau to Tutu Lani Akiona, who turned 100 on Sunday, Feb. 4! She was born in Hāna "
    "and still sings in her church choir. Pictured: Tutu Lani with her 3 daughters.",
    [
        ("NAME", "Lani Akiona"),
        ("NAME", "Lani", "*"),
        ("AGE", "100"),
        ("DATE", "Feb. 4"),
        ("GEO", "Hāna"),
        ("PHOTO", "Pictured"),
    ],
    note=(
        "Age over 89, birth date (the weekday is not labelled), birthplace and a photo cue for "
        "the patient; 'Tutu' is an honorific."
    ),
)

# 60
p(
    "en",
    "milestone_birthday",
    "Mrs. Setsuko Uyeda celebrated the big 9-0 in room 212 yesterday with her ukulele group. "
    "Happy birthday, Setsuko! (Her daughter Joyce tells us the cake was mochi.)",
    [
        ("NAME", "Setsuko Uyeda"),
        ("NAME", "Setsuko", "*"),
        ("AGE", "9-0"),
        ("OTHER_ID", "room 212"),
        ("NAME", "Joyce"),
    ],
    note="'the big 9-0' -> AGE '9-0'; her room; her daughter.",
)

# 61
p(
    "en",
    "milestone_birthday",
    "Happy 101ST birthday, TADASHI NAKAMURA! 🎂 The nurses on 4 Mauka made a koi-themed cake. Tad, "
    "you inspire us.",
    [("AGE", "101ST"), ("NAME", "TADASHI NAKAMURA"), ("NAME", "Tad")],
    note="ALL-CAPS name and ordinal age; 'Tad' is his nickname.",
)

# 62
p(
    "en",
    "milestone_birthday",
    "Our Kupuna Clinic threw a party for Lucia Pacheco's ninety-ninth! Lucia was born in Honokaʻa "
    "on Christmas Day and still makes malasadas every Shrove Tuesday.",
    [
        ("NAME", "Lucia Pacheco"),
        ("NAME", "Lucia", "*"),
        ("AGE", "ninety-ninth"),
        ("GEO", "Honokaʻa"),
        ("DATE", "Christmas Day"),
    ],
    note=(
        "Ordinal age in words, birthplace and birth date as a holiday; Shrove Tuesday is not her "
        "event and is not labelled."
    ),
)

# 63
p(
    "en",
    "milestone_birthday",
    "Maligayang kaarawan! Lolo Eusebio Ramos turns 95 today and says his secret is bagoong and "
    "boxing on TV. His 14 grandchildren from Waipahu to Daly City are here to celebrate.",
    [("NAME", "Eusebio Ramos"), ("AGE", "95"), ("GEO", "Waipahu"), ("GEO", "Daly City")],
    note="Age over 89; where his grandchildren (relatives) live is GEO. 'today' is relative.",
)

# 64
p(
    "en",
    "milestone_birthday",
    "Double birthday on 3 West! Twins Akiko and Michiko Sato turn 90 today, and their roommate "
    "Mrs. Chang just turned 89. Party in room 304 at 2 p.m.!",
    [
        ("NAME", "Akiko"),
        ("NAME", "Michiko Sato"),
        ("AGE", "90"),
        ("NAME", "Chang"),
        ("OTHER_ID", "room 304"),
    ],
    note=(
        "Two patients aged 90 (AGE) and a roommate aged 89 (name only: 89 is not labelled); the "
        "party is in their room."
    ),
)

# 65
p(
    "en",
    "milestone_birthday",
    "Mālō e lelei! Fusi Tuʻipulotu, who turned 102 on 12/25, says Christmas is her lucky day — "
    "she was born on it AND had her hip fixed on it. Happy birthday, Fusi!",
    [
        ("NAME", "Fusi Tuʻipulotu"),
        ("NAME", "Fusi", "*"),
        ("AGE", "102"),
        ("DATE", "12/25"),
        ("DATE", "Christmas"),
    ],
    note="Age over 89; birth date written twice (12/25 and Christmas), both labelled.",
)

# 66
p(
    "en",
    "milestone_birthday",
    "#HappyBirthdayAuntieVi! Violet Kamakea, 92, has been coming to our Tuesday dialysis since "
    "2011 and never once complained. Hauʻoli lā hānau, Auntie Vi! 🎈",
    [("NAME", "#HappyBirthdayAuntieVi"), ("NAME", "Violet Kamakea"), ("AGE", "92"), ("NAME", "Vi")],
    note="Name hashtag, full name, nickname and age over 89; 2011 is a bare year.",
)

# 67
p(
    "en",
    "milestone_birthday",
    "Not telling her exact age (she'd kill us), but Mrs. Dolores Agustin is somewhere past ninety "
    "and still does Zumba Gold with our cardiac rehab class. Happy birthday, Dolores!",
    [("NAME", "Dolores Agustin"), ("NAME", "Dolores", "*"), ("AGE", "ninety")],
    note="'past ninety' states an age over 89 for a named patient: AGE 'ninety'.",
)

# 68
p(
    "en",
    "milestone_birthday",
    'Happy 90th to Teruo "Terry" Kobashigawa! Terry was admitted on his birthday, 11/11 — '
    "Veterans Day, fittingly, for a Korean War vet — so the 4 Mauka nurses brought the cake to "
    "him.",
    [
        ("AGE", "90th"),
        ("NAME", 'Teruo "Terry" Kobashigawa'),
        ("NAME", "Terry", "*"),
        ("DATE", "11/11"),
        ("DATE", "Veterans Day"),
    ],
    note="Age over 89; birth/admission date written as 11/11 and as Veterans Day, both labelled.",
)

# 69
n(
    "en",
    "milestone_birthday",
    "Our volunteer Clarence Wong hit the big 9-0 this week! Clarence has delivered mail to our "
    "patients for 25 years. No, he's not a patient — he's a legend. 🎉",
    "A volunteer's age over 89 is not labelled; he is not a patient.",
)

# 70
n(
    "en",
    "milestone_birthday",
    "Hawaiʻi has more centenarians per capita than almost any state. Our Kupuna Clinic's tip for "
    "a long life: walk daily, eat fish, stay close to your ʻohana.",
    "'centenarians' describes a population, not a patient.",
)

# 71
p(
    "en",
    "pasted_record",
    "pls blur before posting!! -> Pt: ALAPAI, KALANI J | MRN 00731842 | DOB 02/14/1931 (93 y/o M) "
    "| Rm 4N-418 | Dx: CHF exac | Contact: dau. Leinaala 808-555-0147",
    [
        ("NAME", "ALAPAI, KALANI J"),
        ("MRN", "00731842"),
        ("DATE", "02/14/1931"),
        ("AGE", "93"),
        ("OTHER_ID", "Rm 4N-418"),
        ("NAME", "Leinaala"),
        ("PHONE", "808-555-0147"),
    ],
    note="Chart name, MRN, full DOB, age over 89 ('93 y/o' -> '93'), room, daughter and her phone.",
)

# 72
p(
    "en",
    "pasted_record",
    "BED BOARD 0700 — ICU\nBed 1: Fonoti, S. 68M s/p MVC Kamehameha Hwy\nBed 2: Taufa, V. 94F "
    "CVA\nBed 3: EMPTY\nBed 4: Ige, R. 47M lava burn",
    [
        ("OTHER_ID", "Bed 1"),
        ("NAME", "Fonoti, S."),
        ("GEO", "Kamehameha Hwy"),
        ("OTHER_ID", "Bed 2"),
        ("NAME", "Taufa, V."),
        ("AGE", "94F"),
        ("OTHER_ID", "Bed 4"),
        ("NAME", "Ige, R."),
    ],
    note=(
        "Occupied beds, chart names and the crash road are labelled; '94F' is an age over 89 in "
        "chart shorthand (whole token); 68M and 47M are not; the empty Bed 3 has no patient."
    ),
)

# 73
p(
    "en",
    "pasted_record",
    "---------- Forwarded message ---------\nFrom: Noelani Akana <noe.akana.ohana@yahoo.com>\nTo: "
    "media@alohapacificmc.org\nSubject: photo of my son for your NICU story\nHi! Here's the pic "
    "of Kaimana from his 1st birthday (he was born 1/1 at your Honolulu campus). Feel free to "
    "post! Our address for the thank-you card is 94-1021 Waipio Uka St, Waipahu 96797.",
    [
        ("NAME", "Noelani Akana"),
        ("EMAIL", "noe.akana.ohana@yahoo.com"),
        ("PHOTO", "photo"),
        ("PHOTO", "pic"),
        ("NAME", "Kaimana"),
        ("DATE", "1/1"),
        ("GEO", "94-1021 Waipio Uka St"),
        ("GEO", "Waipahu"),
        ("GEO", "96797"),
    ],
    note=(
        "Mother's name and email, both photo cues for the attached picture of the child, his "
        "name, birth date and the family's street, town and ZIP. The media address is the "
        "hospital's."
    ),
)

# 74
p(
    "en",
    "pasted_record",
    "IT TICKET #INC0048812\nCaller: Hina Kauwila (daughter of pt)\nIssue: can't log in to "
    "MyAlohaChart for her mother, pt Rosemary Kauwila. Portal user: rkauwila1932. Last login from "
    "IP 198.51.100.23.",
    [
        ("OTHER_ID", "INC0048812"),
        ("NAME", "Hina Kauwila"),
        ("NAME", "Rosemary Kauwila"),
        ("OTHER_ID", "rkauwila1932"),
        ("IP", "198.51.100.23"),
    ],
    note=(
        "Ticket number about this family, the daughter and the patient, the portal user name and "
        "the login IP. MyAlohaChart is the portal's name."
    ),
)

# 75
p(
    "en",
    "pasted_record",
    "Nursing note 3/3 2215: NAKAMURA, June (91 yo F, MRN 00419275) c/o CP. Son Glenn at bedside, "
    "phone (808) 555-0163. Pt states she is 'ninety-one and a half.'",
    [
        ("DATE", "3/3"),
        ("NAME", "NAKAMURA, June"),
        ("AGE", "91"),
        ("MRN", "00419275"),
        ("NAME", "Glenn"),
        ("PHONE", "(808) 555-0163"),
        ("AGE", "ninety-one"),
    ],
    note="Note date, 'Surname, Given' name, age in digits and words, MRN, son and his phone.",
)

# 76
p(
    "en",
    "pasted_record",
    "Fax cover — Registration\nRE: Limejrik Jibas\nQUEST ID: QH4471092\nSSN: 576-22-0198\nCOFA "
    "status: yes\nEmergency contact: Tina Jibas, +692 555 0134\nPlease call (555) 555-0100 with "
    "questions.",
    [
        ("NAME", "Limejrik Jibas"),
        ("HEALTH_PLAN", "QH4471092"),
        ("SSN", "576-22-0198"),
        ("NAME", "Tina Jibas"),
        ("PHONE", "+692 555 0134"),
    ],
    note=(
        "Patient, Med-QUEST member id, SSN, emergency contact and her Marshall Islands number; "
        "the (555) number is the hospital's."
    ),
)

# 77
p(
    "en",
    "pasted_record",
    "Security incident log 2/17 0340: Pt Kaleo Makua (rm 512) left AMA, drove off in gray Tacoma "
    "plate RNS 714. HI DL H03398172 copied at admit. Notified HPD.",
    [
        ("DATE", "2/17"),
        ("NAME", "Kaleo Makua"),
        ("OTHER_ID", "rm 512"),
        ("VEHICLE", "RNS 714"),
        ("LICENSE", "H03398172"),
    ],
    note="Date he left, name, room, plate and driver's licence number (values only).",
)

# 78
p(
    "en",
    "pasted_record",
    "Pacemaker check — ESTRELLA, Ramon A. — Medtronic Azure SN RNB601234H — next remote check "
    "09/30. Daughter's email for alerts: lani.estrella808@hotmail.com",
    [
        ("NAME", "ESTRELLA, Ramon A."),
        ("DEVICE", "RNB601234H"),
        ("DATE", "09/30"),
        ("EMAIL", "lani.estrella808@hotmail.com"),
    ],
    note=(
        "Chart name, device serial, the patient's next check date and his daughter's email; the "
        "device model is not an identifier."
    ),
)

# 79
p(
    "en",
    "pasted_record",
    "Billing screen paste: Guarantor KAAWA, LEIMOMI | Acct 4410-772-09 | Balance $1,240.00 | Home "
    "fax 808-555-0115 | Addr 15-1784 Ainaloa Blvd, Pahoa HI 96778",
    [
        ("NAME", "KAAWA, LEIMOMI"),
        ("ACCOUNT", "4410-772-09"),
        ("FAX", "808-555-0115"),
        ("GEO", "15-1784 Ainaloa Blvd"),
        ("GEO", "Pahoa"),
        ("GEO", "96778"),
    ],
    note="Patient/guarantor name, account number, home fax, street, town and ZIP; HI is the state.",
)

# 80
p(
    "en",
    "pasted_record",
    "Wristband scan failed for pt in bed 9 — band # WB-20931774, encounter ENC-5581203. Name on "
    "band: SOLORZANO EFRAIN. Please reprint before 1400 meds.",
    [
        ("OTHER_ID", "bed 9"),
        ("OTHER_ID", "WB-20931774"),
        ("OTHER_ID", "ENC-5581203"),
        ("NAME", "SOLORZANO EFRAIN"),
    ],
    note="Bed, wristband and encounter numbers (values only) and the ALL-CAPS name.",
)

# 81
p(
    "en",
    "pasted_record",
    "triage 0215: kekoa lum 24m fell from cliff jumping @ waimea bay, gcs 15, gf keira lum (?) at "
    "bedside, call her 808 555 0128",
    [
        ("NAME", "kekoa lum"),
        ("GEO", "waimea bay"),
        ("NAME", "keira lum"),
        ("PHONE", "808 555 0128"),
    ],
    note=(
        "Lower-case patient name, place of the fall, his girlfriend (treated as family) and her "
        "phone. '24m' is a 24-year-old male: not labelled."
    ),
)

# 82
p(
    "en",
    "pasted_record",
    "Interpreter request — Mixteco (Spanish OK). Pt: Hernández Cruz, Maribel, DOB 07-Mar-1996, "
    "home Nāʻālehu. Husband Isidro works nights, best # 808-555-0181.",
    [
        ("NAME", "Hernández Cruz, Maribel"),
        ("DATE", "07-Mar-1996"),
        ("GEO", "Nāʻālehu"),
        ("NAME", "Isidro"),
        ("PHONE", "808-555-0181"),
    ],
    note="'Surnames, Given' chart name, DOB, home town, husband and his phone.",
)

# 83
p(
    "en",
    "pasted_record",
    "Census note: 4 Mauka rm 407A — Kekumu, A. — 90yo F w/ UTI, DNR on file; rm 407B — Kahele, P. "
    "— 89yo F, hip fx.",
    [
        ("OTHER_ID", "rm 407A"),
        ("NAME", "Kekumu, A."),
        ("AGE", "90yo"),
        ("OTHER_ID", "rm 407B"),
        ("NAME", "Kahele, P."),
    ],
    note=(
        "Rooms and chart names of two patients; '90yo' is AGE (whole token), '89yo' is not. 4 "
        "Mauka is a unit."
    ),
)

# 84
n(
    "en",
    "pasted_record",
    "Template for discharge posts: [Patient first name] went home today after [X] days with us! "
    "Mahalo to [unit] — always get the signed consent form before posting.",
    "A template with placeholders only.",
)

# 85
n(
    "en",
    "pasted_record",
    "Pt name: ______  MRN: ______  DOB: __/__/____  Room: ____  Consent to post on social media: "
    "Y / N",
    "A blank consent form: field labels without values.",
)

# 86
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Nurse Mele Fifita grew up in Nukuʻalofa and moved to Lāʻie at 12. Today she "
    "leads our Tongan-language diabetes class. Her grandmother Losana is her inspiration.",
    "A nurse's own hometowns and grandmother are not patient identifiers.",
)

# 87
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Reuben Kealamakia, our new trauma surgeon, who surfs Honoliʻi every morning before "
    "his shift. Ask him about his 1973 Morey Boogie.",
    "A staff member and his surf spot.",
)

# 88
p(
    "en",
    "staff_spotlight",
    "From the other side of the bed: security officer Joey Ramelb had a heart attack in our "
    "parking garage on Oct. 30 — and was in the cath lab 22 minutes later. Joey is back at work, "
    "and he wants you to know the warning signs.",
    [("NAME", "Joey Ramelb"), ("NAME", "Joey", "*"), ("DATE", "Oct. 30")],
    note=(
        "A staff member who became our patient: name and date of his heart attack. The parking "
        "garage is the hospital's."
    ),
)

# 89
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: at 94, Mrs. Hatsue Yamada still folds 100 origami cranes a week for our "
    "chemo patients. She started volunteering after retiring from teaching in Pālolo.",
    "A volunteer's age over 89 and neighbourhood are not labelled; she is not a patient.",
)

# 90
n(
    "en",
    "staff_spotlight",
    "Congratulations to our Ilocano interpreter, Marites Bumanglag, on 20 years with Aloha "
    "Pacific! Agyamanak for helping thousands of families.",
    "Staff member only.",
)

# 91
p(
    "en",
    "staff_spotlight",
    "Our chaplain, Kahu Sam Kalama, usually sits with patients. This month he was one — after a "
    "fall at his Waimānalo home. Get well soon, Kahu Sam! Your Tuesday hymn sing is on hold.",
    [("NAME", "Sam Kalama"), ("NAME", "Sam", "*"), ("GEO", "Waimānalo")],
    note="The chaplain is our patient here; 'Kahu' (pastor) is a title. His home town is GEO.",
)

# 92
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: meet Eduardo Rangel, our Kona clinic's community health worker. Eduardo "
    "grew up picking coffee in Hōlualoa and now helps farmworker families enroll in care. "
    "¡Gracias, Eduardo!",
    "A staff member and his own hometown.",
)

# 93
n(
    "en",
    "staff_spotlight",
    "Lifeguard-turned-nurse: ICU nurse Kainoa Peleke spent 10 summers on the towers at Hanauma "
    "Bay before nursing school. Ask him about CPR — he'll teach you in 2 minutes.",
    "A staff member's former workplace.",
)

# 94
n(
    "en",
    "staff_spotlight",
    "Nurses' Week shout-out to our 5 West night crew — 14 nurses who speak 9 languages including "
    "Chuukese, Marshallese, Samoan and Ilocano.",
    "Staff group; languages only.",
)

# 95
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Ana Lupe Tuiasosopo, our new OB-GYN in Hilo. Born and raised in Pago Pago, she "
    "delivered 300 babies in her first year — including her own niece!",
    "A physician's hometown; the niece she delivered is not named or otherwise identified.",
)

# 96
p(
    "en",
    "staff_spotlight",
    "Staff spotlight: respiratory therapist Noa Kealoha! Noa's favorite moment this year was "
    "taking patient Lorenzo Tagalicud, 90, outside to see the ocean after 30 days on a ventilator.",
    [("NAME", "Lorenzo Tagalicud"), ("AGE", "90")],
    note="The therapist is staff (not labelled); the patient she mentions and his age over 89 are.",
)

# 97
n(
    "en",
    "health_tip",
    "Box jellyfish arrive 8-10 days after the full moon. Check the jellyfish calendar before you "
    "swim, and if stung, rinse with vinegar and call 911 for trouble breathing.",
    "General advice; 911 is a national line.",
)

# 98
n(
    "en",
    "health_tip",
    "Vog alert for East Hawaiʻi today. Kupuna and keiki with asthma: keep windows closed and your "
    "inhaler close. Questions? Call our nurse line at (555) 555-0100.",
    "General advice and the hospital's number.",
)

# 99
n(
    "en",
    "health_tip",
    "Heat illness is real in the coffee fields. Drink water every 15 minutes, take shade breaks, "
    "and watch your crew for confusion or vomiting. #FarmworkerHealth",
    "General advice and a campaign hashtag.",
)

# 100
n(
    "en",
    "health_tip",
    "Surfers: 'surfer's ear' (exostosis) is bony growth from cold wind and water. Wear earplugs "
    "and see us if your hearing feels muffled.",
    "General advice.",
)

# 101
n(
    "en",
    "health_tip",
    "Ciguatera fish poisoning can come from reef fish like roi or kāhala. Tingling lips or "
    "hot-cold reversal after eating fish? Call Poison Control at 1-800-222-1222.",
    "General advice; Poison Control is a national line.",
)

# 102
n(
    "en",
    "health_tip",
    "Ocean safety 101: if caught in a rip current, don't fight it — swim parallel to shore. When "
    "in doubt, don't go out. Lifeguards at Magic Island, Waikīkī and Ala Moana are there to help.",
    "Places named in general advice, not tied to a patient.",
)

# 103
n(
    "en",
    "health_tip",
    "Vaccines for kupuna: adults over 90 should still get flu and COVID shots. Walk-ins welcome "
    "at our Waiʻanae clinic, 87-2050 Farrington Highway.",
    "Population age and the hospital's own clinic address.",
)

# 104
n(
    "en",
    "health_tip",
    "Leptospirosis lives in streams and mud. Hunters, farmers and hikers: cover cuts, wear boots, "
    "and tell your doctor if you get a fever after being in fresh water.",
    "General advice.",
)

# 105
p(
    "en",
    "health_tip",
    "Lesson from Kimo: after a hike in Waipiʻo Valley in February, Kimo Akaka got leptospirosis "
    "from a cut on his shin. He's fine now, and he wants you to cover every cut before hitting "
    "the trail.",
    [
        ("NAME", "Kimo Akaka"),
        ("NAME", "Kimo", "*"),
        ("GEO", "Waipiʻo Valley"),
        ("DATE", "February"),
    ],
    note="A tip built on a named patient: name, where he was infected and the month.",
)

# 106
n(
    "en",
    "event",
    "Join us for our Kupuna Health Fair on Saturday, March 15, 9 a.m.–1 p.m. at the Hilo campus. "
    "Free blood pressure checks, hula, and Ilocano & Marshallese interpreters on site!",
    "Hospital event date and venue.",
)

# 107
n(
    "en",
    "event",
    "Merrie Monarch week = lots of visitors in Hilo. Our ER is ready. Free hydration station "
    "outside the Hilo campus ER, April 20–26.",
    "Festival and hospital event dates; no patient.",
)

# 108
n(
    "en",
    "event",
    "Blood drive on Kamehameha Day, June 11, at 1450 Kapiolani Boulevard. Every donor gets a lei "
    "and a malasada coupon!",
    "A holiday used as an event date and the hospital's own address.",
)

# 109
n(
    "en",
    "event",
    "Obon at the hospital: our staff bon dance is Friday, Aug. 8 in the Honolulu courtyard. Bring "
    "your happi coat! Families of patients we lost this year are warmly invited.",
    "Hospital event; unnamed families.",
)

# 110
n(
    "en",
    "event",
    "Free ocean-safety clinic for keiki at Richardson Ocean Park, Hilo, Saturday 9/6. Taught by "
    "our ER nurses and Hawaiʻi County lifeguards.",
    "Event venue and date, not a patient's.",
)

# 111
n(
    "en",
    "event",
    "Town hall en español and in Ilocano: 'Your rights as a farmworker patient.' Kona clinic, "
    "75-5995 Kuakini Highway, Thursday Nov. 6 at 6 p.m.",
    "Hospital event at the hospital's own clinic address.",
)

# 112
n(
    "en",
    "event",
    "Our annual Lantern Floating remembrance is Memorial Day at Ala Moana Beach. Write the name "
    "of a loved one on a lantern at our tent.",
    "Event date and venue; no names given.",
)

# 113
p(
    "en",
    "event",
    "Come cheer for Aiden Fonoti at our Heart Walk on Saturday, Oct. 4! Aiden, 11, had open-heart "
    "surgery with us on Valentine's Day and will lead the walk with his mom Tupe. #WalkForAiden",
    [
        ("NAME", "Aiden Fonoti"),
        ("NAME", "Aiden", "*"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Tupe"),
        ("NAME", "#WalkForAiden"),
    ],
    note=(
        "The walk's date (Oct. 4) is a hospital event, not labelled; his surgery date "
        "(Valentine's Day), name, mother and name hashtag are."
    ),
)

# 114
p(
    "en",
    "event",
    'Paddle-out this Sunday at Honoliʻi for our friend and former patient Brandon "Bruddah B" '
    "Kuamoʻo, who lost his fight with leukemia on Dec. 2. Board riders welcome. Organized by "
    "Brandon's family.",
    [("NAME", 'Brandon "Bruddah B" Kuamoʻo'), ("NAME", "Brandon", "*"), ("DATE", "Dec. 2")],
    note="Former patient's name and date of death; Honoliʻi is only the event venue here.",
)

# 115
n(
    "en",
    "statistic",
    "In 2024 our Hilo ER treated 212 lava- and steam-related injuries, 61% of them visitors. Stay "
    "on marked trails. #LavaSafety",
    "Aggregate numbers.",
)

# 116
n(
    "en",
    "statistic",
    "Marshallese and Chuukese patients make up 9% of our dialysis census but only 2% of kidney "
    "transplants. We're working with community leaders to close that gap.",
    "Population statistics.",
)

# 117
n(
    "en",
    "statistic",
    "We cared for 47 patients aged 100 or older last year. Kupuna care is what we do.",
    "An age threshold for a group of patients.",
)

# 118
n(
    "en",
    "statistic",
    "Ocean rescues brought 318 people to our ERs this year — 74 from Hanauma Bay, 52 from Waimea "
    "Bay, and 41 from Sandy Beach.",
    "Counts by place; no individual.",
)

# 119
n(
    "en",
    "statistic",
    "Farmworker heat illness visits to our Kona clinic rose 38% between June and August. Most "
    "patients were 18–34 years old.",
    "Months and ages describe a population.",
)

# 120
n(
    "en",
    "statistic",
    "1 in 4 adults in Hawaiʻi has prediabetes. Among Native Hawaiian and Pacific Islander adults "
    "it's closer to 1 in 3. Get screened: alohapacificmc.org/diabetes",
    "Population statistics and the hospital URL.",
)

# 121
n(
    "en",
    "statistic",
    "Our interpreters handled 41,000 calls last year in 37 languages — top five: Ilocano, "
    "Tagalog, Chuukese, Marshallese, Spanish.",
    "Aggregate numbers.",
)

# 122
n(
    "en",
    "statistic",
    "Fishing injuries by the numbers: 120 hook injuries, 33 eel bites, 9 shark bites (all "
    "survived!) treated at our two campuses in 2024.",
    "Aggregate numbers.",
)

# 123
n(
    "en",
    "recruitment",
    "Now hiring: ICU RNs at our Hilo campus. Relocation help, housing stipend, and the best "
    "sunrise commute in the world. Apply: alohapacificmc.org/careers or call (555) 555-0186.",
    "Job ad with the hospital's URL and number.",
)

# 124
n(
    "en",
    "recruitment",
    "We're looking for Chuukese and Marshallese medical interpreters! Paid training, flexible "
    "hours. Email careers@alohapacificmc.org.",
    "Job ad with the hospital's email.",
)

# 125
n(
    "en",
    "recruitment",
    "Bilingual Spanish/English community health workers wanted for our Kona clinic. Help "
    "farmworker families get care. #JoinOurOhana",
    "Job ad.",
)

# 126
n(
    "en",
    "recruitment",
    "Calling all retired nurses: our Kupuna Companion volunteer program needs you. Volunteers in "
    "their 90s welcome — our oldest is 96!",
    "Ages of volunteers, not patients.",
)

# 127
n(
    "en",
    "recruitment",
    "Summer internship for Waiʻanae Coast high schoolers interested in health careers. "
    "Applications due April 30.",
    "Deadline date; no patient.",
)

# 128
n(
    "en",
    "recruitment",
    "Hiring: ocean rescue-certified paramedics for our air ambulance team. Call (555) 555-0186 or "
    "DM @AlohaPacificMC.",
    "Job ad with the hospital's number and handle.",
)

# 129
n(
    "en",
    "crisis_update",
    "UPDATE 4:15 p.m.: We have received 6 patients from the tour bus crash on Saddle Road. "
    "Families, please call our family line at (555) 555-0138. We cannot release names at this "
    "time.",
    "Unnamed patients; the crash location of an unidentified group is not labelled; hospital "
    "number.",
)

# 130
n(
    "en",
    "crisis_update",
    "Lava flow update: Pāhoa-area clinic patients will be seen at our Hilo campus starting "
    "Monday. Call (555) 555-0111 to reschedule.",
    "Service change; no patient.",
)

# 131
n(
    "en",
    "crisis_update",
    "Tsunami warning: our Hilo campus is above the inundation zone and fully operating. Do not "
    "come to the ER to shelter; follow Civil Defense guidance.",
    "Operational update.",
)

# 132
p(
    "en",
    "crisis_update",
    'Update on the Kaunā Point boat rescue: fisherman Faustino "Tino" Bagoyo, 58, is in fair '
    "condition. His nephew Rudy, 19, remains in critical condition. The family asks for privacy.",
    [("GEO", "Kaunā Point"), ("NAME", 'Faustino "Tino" Bagoyo'), ("NAME", "Rudy")],
    note="Two named patients (uncle and nephew) and the rescue site; ages under 90.",
)

# 133
n(
    "en",
    "crisis_update",
    "Wildfire smoke from Maui is reaching our area. If you have COPD or asthma, stay indoors. Our "
    "Hilo and Honolulu ERs are open 24/7.",
    "General update.",
)

# 134
p(
    "en",
    "crisis_update",
    "Statement: Hawaiʻi County Councilmember Ruth Kapeliela was brought to our Hilo ER after a "
    "crash on Highway 19 this morning. She is in stable condition. Her family thanks the "
    "community for its prayers.",
    [("NAME", "Ruth Kapeliela"), ("GEO", "Highway 19")],
    note=(
        "An official who is our patient is labelled: name and crash road. 'Hawaiʻi County' is "
        "part of her job title, not her address."
    ),
)

# 135
n(
    "en",
    "crisis_update",
    "Shark bite this morning at Keʻei Bay: the patient, a visitor in his 40s, is in stable "
    "condition. Mahalo to the lifeguards and bystanders who applied a tourniquet.",
    "Unnamed patient in his 40s; the incident location alone is not treated as identifying.",
)

# 136
p(
    "en",
    "crisis_update",
    "Update on the two Marshallese teens pulled from the water at Ala Moana: Junior Lakabung, 15, "
    "has been discharged. His cousin Trevor remains in our PICU, bed 6. The Lakabung family asks "
    "for prayers. #PrayForTrevor",
    [
        ("GEO", "Ala Moana"),
        ("NAME", "Junior Lakabung"),
        ("NAME", "Lakabung", 2),
        ("NAME", "Trevor", "*"),
        ("OTHER_ID", "bed 6"),
        ("NAME", "#PrayForTrevor"),
    ],
    note=(
        "'Junior' is a given name here; both cousins are patients; rescue site, bed and name "
        "hashtag."
    ),
)

# 137
n(
    "en",
    "crisis_update",
    "We are at capacity. Non-emergency patients please use urgent care or call our 24/7 nurse "
    "line, (555) 555-0100. Emergencies, always call 911.",
    "Operational update with hospital and national numbers.",
)

# 138
p(
    "en",
    "crisis_update",
    "Lava update: Kīpuka Road resident Harold Keawe, 91, who refused to evacuate, was brought in "
    "by firefighters last night with smoke inhalation. His son Makoa is with him.",
    [("GEO", "Kīpuka Road"), ("NAME", "Harold Keawe"), ("AGE", "91"), ("NAME", "Makoa")],
    note="Street of residence, name, age over 89 and son.",
)

# 139
p(
    "en",
    "crisis_update",
    "Hurricane update: the 3 patients airlifted from Molokaʻi overnight are stable. One of them, "
    "Auntie Hattie Nakoa, 90, asked us to tell her church in Kaunakakai she's fine and wants her "
    "crossword.",
    [("GEO", "Molokaʻi"), ("NAME", "Hattie Nakoa"), ("AGE", "90"), ("GEO", "Kaunakakai")],
    note="The island she was airlifted from and her town are GEO; name and age over 89.",
)

# 140
n(
    "en",
    "research",
    "New study from our cardiology team: Native Hawaiian and Samoan patients waited 40% longer "
    "for a cardiac cath than other groups. Read the full paper at alohapacificmc.org/research.",
    "Population research.",
)

# 141
n(
    "en",
    "research",
    "We're recruiting Filipino-American adults 60+ for a study on bagoong, salt and blood "
    "pressure. Call (555) 555-0125 to learn more.",
    "Study recruitment with the hospital number.",
)

# 142
n(
    "en",
    "research",
    "Our researchers are studying why some kupuna over 100 in Hawaiʻi age so well. Spoiler: "
    "family, fish and a sense of purpose.",
    "Population age.",
)

# 143
n(
    "en",
    "research",
    "Published: our trial of heat-stress wristbands for coffee pickers cut heat-related ER visits "
    "by half across 14 Kona farms.",
    "Aggregate results.",
)

# 144
n(
    "en",
    "research",
    "Kidney research update: rates of diabetes-related kidney failure among Marshallese adults in "
    "Hawaiʻi are 3x the state average.",
    "Population statistic.",
)

# 145
n(
    "en",
    "research",
    "Research volunteers needed: surfers aged 18–65 with a history of shoulder dislocation. 6 "
    "visits, $200 stipend.",
    "Eligibility criteria.",
)

# 146
p(
    "en",
    "research",
    "Meet our first trial participant! Roberto Tabangcura, a retired Waialua sugar worker, "
    "enrolled in our heart failure trial in August. He says, 'If it helps my grandkids, sign me "
    "up.'",
    [("NAME", "Roberto Tabangcura"), ("GEO", "Waialua"), ("DATE", "August")],
    note="Named trial participant (a patient), his town and the month he enrolled.",
)

# 147
n(
    "en",
    "public_figure",
    "Mahalo to world champion surfer Leilani Pahia for visiting our keiki in pediatrics and "
    "signing boards for every kid!",
    "A public figure visiting, not a patient.",
)

# 148
n(
    "en",
    "public_figure",
    "Duke Kahanamoku taught the world to surf — and to swim safely. This Duke's Day (Aug. 24) "
    "we're offering free CPR classes.",
    "Historical figure and a commemorative day.",
)

# 149
p(
    "en",
    "public_figure",
    "Former Mayor Daniel Ahuna is recovering at our Honolulu campus after knee replacement "
    "surgery on Monday. He asked us to share: 'The nurses here are the best in the state.' Get "
    "well, Mayor Ahuna!",
    [("NAME", "Daniel Ahuna"), ("NAME", "Ahuna", "*")],
    note="A public figure who is our patient is labelled; 'Mayor' is a title; Monday is a weekday.",
)

# 150
n(
    "en",
    "public_figure",
    "Grammy winner Kainoa Brandt brought his ukulele to our kupuna unit today. The sing-along of "
    "'Hawaiʻi Aloha' had everyone in tears.",
    "A celebrity visiting; the kupuna are unnamed.",
)

# 151
p(
    "en",
    "public_figure",
    'Big-wave legend Keaka "Uncle K" Mahelona was our patient this week after a wipeout at '
    "Waimea Bay on Jan. 12. He's home now and says he'll be back in the lineup by summer. Mālama "
    "pono, Uncle K!",
    [
        ("NAME", 'Keaka "Uncle K" Mahelona'),
        ("NAME", "K", "*"),
        ("GEO", "Waimea Bay"),
        ("DATE", "Jan. 12"),
    ],
    note=(
        "Celebrity patient: full name with quoted nickname; in the closing 'Uncle K' only 'K' is "
        "the name. Place and date of the wipeout."
    ),
)

# 152
n(
    "en",
    "public_figure",
    "State Senator Maile Kanakaʻole toured our new Marshallese patient navigation office today. "
    "Mahalo for championing COFA health coverage!",
    "An official visiting.",
)

# 153
p(
    "en",
    "public_figure",
    "NFL lineman Iosefa Tauanuʻu, a Farrington High grad, spent Christmas Eve in our ER with a "
    "kidney stone — and still signed jerseys for the night shift. He gave us permission to share! "
    "Feel better, Iosefa.",
    [("NAME", "Iosefa Tauanuʻu"), ("NAME", "Iosefa", "*"), ("DATE", "Christmas Eve")],
    note="Celebrity patient and the date of his ER visit; his high school is not GEO.",
)

# 154
p(
    "en",
    "public_figure",
    "Comedian Bully Agcaoili stopped by to visit his mom, Lourdes Agcaoili, on our cardiac floor "
    "— and had the whole 6th floor laughing. Lourdes, get well soon!",
    [("NAME", "Bully Agcaoili"), ("NAME", "Lourdes Agcaoili"), ("NAME", "Lourdes", "*")],
    note=(
        "The comedian is named as a patient's son, so he is labelled as a relative; the patient "
        "is his mother."
    ),
)

# 155
n(
    "en",
    "public_figure",
    "Congratulations to Olympian and Hilo native Bryson Kanoho, whose foundation funds our new "
    "ALS clinic. His father's fight with Lou Gehrig's disease inspired it.",
    "A public figure's hometown; his father is unnamed and not identified as our patient.",
)

# 156
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease awareness: fever for 5+ days, red eyes, 'strawberry tongue' and swollen "
    "hands in a child? See a doctor. Early treatment protects the heart.",
    "Eponymous condition (Kawasaki is not a person here).",
)

# 157
p(
    "en",
    "eponymous_condition",
    "Mrs. Hashimoto wants everyone to know she does NOT have Hashimoto's — she has Graves' "
    "disease! Alice Hashimoto, 72, of Mānoa, has been our thyroid patient for 20 years.",
    [("NAME", "Hashimoto", 1), ("NAME", "Alice Hashimoto"), ("GEO", "Mānoa")],
    note=(
        "The patient's surname is labelled; the same word in \"Hashimoto's\" (the disease) is "
        "not, nor is Graves'. Age 72 not labelled."
    ),
    ok=("Hashimoto",),
)

# 158
n(
    "en",
    "eponymous_condition",
    "Hansen's disease is curable, and no one needs to be isolated. Kalaupapa's history reminds us "
    "why we fight stigma.",
    "Eponymous condition and a historical place.",
)

# 159
p(
    "en",
    "eponymous_condition",
    "Meet Bell Kaniho — and no, she doesn't have Bell's palsy. Bell has Tourette syndrome, and at "
    "12 she's teaching her Hilo classmates what tics are. #BellBravery",
    [("NAME", "Bell Kaniho"), ("NAME", "Bell", 3), ("GEO", "Hilo"), ("NAME", "#BellBravery")],
    note=(
        "The girl's name Bell is labelled, the 'Bell' of Bell's palsy is not; Tourette is an "
        "eponym. Hilo is where she lives and goes to school."
    ),
    ok=("Bell",),
)

# 160
n(
    "en",
    "eponymous_condition",
    "Parkinson's support group meets the first Tuesday of every month in our Hilo conference room "
    "B. Caregivers welcome.",
    "Eponymous condition and a hospital meeting room.",
)

# 161
p(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Kolten Ikehara, a shortstop from Keaukaha, had "
    "his UCL rebuilt here on 5/20 and threw his first pitch back this week.",
    [("NAME", "Kolten Ikehara"), ("GEO", "Keaukaha"), ("DATE", "5/20")],
    note="Patient, home neighbourhood and surgery date; 'Tommy John' names the procedure.",
)

# 162
n(
    "en",
    "eponymous_condition",
    "Machado-Joseph disease is more common in families with Azorean roots — including many "
    "Portuguese families in Hawaiʻi. Genetic counseling is available at our Honolulu campus.",
    "Eponymous condition and population.",
)

# 163
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome after a bad case of food poisoning? It's rare, but know the signs: "
    "tingling and weakness that climbs up the legs.",
    "Eponymous condition.",
)

# 164
p(
    "en",
    "eponymous_condition",
    "Crohn's didn't stop Kaʻiulani Makoa. Six months after her surgery with us, she paddled all "
    "41 miles of Nā Wāhine O Ke Kai with her sister Nalani.",
    [("NAME", "Kaʻiulani Makoa"), ("NAME", "Nalani")],
    note="Patient and sister; Crohn's is an eponym and the race name is not a person.",
)

# 165
n(
    "en",
    "eponymous_condition",
    "Asperger's is no longer a separate diagnosis — it's part of autism spectrum disorder. Our "
    "developmental pediatrics team can help with evaluations.",
    "Eponymous condition.",
)

# 166
n(
    "en",
    "sponsor",
    "Mahalo to Big Island Coffee Growers Association for funding 5,000 water bottles and cooling "
    "towels for farmworkers this summer!",
    "A sponsor organisation.",
)

# 167
n(
    "en",
    "sponsor",
    "The new Hoapili Family Pediatric Wing opens Monday, thanks to a $4 million gift from the "
    "Hoapili Family Foundation.",
    "A family that names a building/foundation is not labelled.",
)

# 168
p(
    "en",
    "sponsor",
    "The Kamakana family donated our new NICU cuddle chairs in honor of their son Lokahi, who "
    "spent 92 days with us in 2019.",
    [("NAME", "Kamakana"), ("NAME", "Lokahi")],
    note="Donors introduced as a former patient's family; '92 days' is a stay length, not an age.",
)

# 169
n(
    "en",
    "sponsor",
    "Our Spam Jam booth raised $12,000 for the Kupuna Clinic. Mahalo, Hormel & Spam Jam Waikīkī!",
    "Sponsors and an event.",
)

# 170
n(
    "en",
    "sponsor",
    "Thank you, Matson, for shipping our donated dialysis chairs to Majuro free of charge!",
    "A sponsor and a destination, not a patient's home.",
)

# 171
p(
    "en",
    "sponsor",
    "Our new family lounge is a gift from restaurateur Glen Kaneshiro, whose father Masao was "
    "cared for in our ICU in 2022. 'Dad loved the nurses,' Glen says.",
    [("NAME", "Glen Kaneshiro"), ("NAME", "Glen", "*"), ("NAME", "Masao")],
    note="The donor is a former patient's son, so he is labelled with his father.",
)

# 172
n(
    "en",
    "sponsor",
    "Ohana Credit Union's Walk for Keiki raised $80,000 for pediatric cancer care. See you next "
    "year!",
    "A sponsor and an event.",
)

# 173
n(
    "en",
    "hospital_contact",
    "Questions about billing? Call (555) 555-0100 or email billing@alohapacificmc.org. For media: "
    "(555) 555-0125.",
    "The hospital's own numbers and email.",
)

# 174
n(
    "en",
    "hospital_contact",
    "Need an interpreter? Our language line (555) 555-0174 covers Ilocano, Tagalog, Chuukese, "
    "Marshallese, Samoan, Tongan, Japanese and Spanish.",
    "The hospital's own number.",
)

# 175
n(
    "en",
    "hospital_contact",
    "Visiting a loved one at Hilo? Our campus is at 1190 Waianuenue Avenue, Hilo, HI 96720. Free "
    "parking in Lot C.",
    "The hospital's own address.",
)

# 176
p(
    "en",
    "hospital_contact",
    "Found: the ʻukulele of patient Kaipo Nahoʻopiʻi, left in our Hilo ER on the 4th of July. His "
    "daughter Keʻala asks that whoever has it call her at 808-555-0193. #BringItHome",
    [
        ("NAME", "Kaipo Nahoʻopiʻi"),
        ("DATE", "4th of July"),
        ("NAME", "Keʻala"),
        ("PHONE", "808-555-0193"),
    ],
    note="Patient, the holiday date of his ER visit, his daughter and her phone number.",
)

# 177
n(
    "en",
    "hospital_contact",
    "Medical records requests: fax (555) 555-0190 or visit alohapacificmc.org/records. Please "
    "don't post your chart or MRN in our comments!",
    "The hospital's fax and URL.",
)

# 178
p(
    "en",
    "hospital_contact",
    "Patient families: DM us, don't post! e.g. a reply we had to hide today: 'My dad Ernesto "
    "Villamor is in room 610 pls call me 808-555-0145.' We've reached out privately.",
    [("NAME", "Ernesto Villamor"), ("OTHER_ID", "room 610"), ("PHONE", "808-555-0145")],
    note="The quoted comment names a patient, his room and his child's phone.",
)

# 179
n(
    "en",
    "hospital_contact",
    "Kona clinic hours: Mon–Fri 7 a.m.–7 p.m., Sat 8–noon. 75-5995 Kuakini Highway, Kailua-Kona. "
    "(555) 555-0150.",
    "The hospital's own clinic address and number.",
)

# 180
n(
    "en",
    "hospital_contact",
    "Follow our Hilo campus at @APMCHilo and our keiki news at @AlohaPacificKeiki!",
    "The hospital's own handles.",
)

# 181
p(
    "en",
    "hospital_contact",
    "Message for the Kauhane family: please call our Patient & Family Relations office at (555) "
    "555-0138 about your mother's belongings. We tried 808-555-0172 but the voicemail is full.",
    [("NAME", "Kauhane"), ("PHONE", "808-555-0172")],
    note="A patient's family surname and their phone; the (555) number is the hospital's.",
)

# 182
n(
    "en",
    "campaign_hashtag",
    "Share your kupuna's wisdom with #KupunaKnows — we'll post our favorites all month!",
    "Campaign hashtag.",
)

# 183
n(
    "en",
    "campaign_hashtag",
    "Hilo, you showed up! 1,200 donors for #HiloStrong blood drive week. Mahalo nui loa!",
    "A campaign hashtag with a city name; no patient.",
)

# 184
p(
    "en",
    "campaign_hashtag",
    "#KeoniStrong #AlohaPacificStrong — Keoni's mom asked us to thank everyone for the cards. "
    "He's out of the ICU! 💪",
    [("NAME", "#KeoniStrong"), ("NAME", "Keoni")],
    note="Name hashtag and name; #AlohaPacificStrong is the campaign tag.",
)

# 185
n(
    "en",
    "campaign_hashtag",
    "#MalamaKeiki month: every keiki who gets a flu shot this week gets a free bucket hat.",
    "Campaign hashtag.",
)

# 186
p(
    "en",
    "campaign_hashtag",
    "So many of you asked: yes, #PrayForLanakila is about our patient. Lanakila Pauole, 16, is "
    "still in the PICU after the Kalapana ocean-entry blast. Keep the prayers coming.",
    [("NAME", "#PrayForLanakila"), ("NAME", "Lanakila Pauole"), ("GEO", "Kalapana")],
    note="Name hashtag, the patient's name (also a word, 'victory') and where he was hurt.",
)

# 187
n(
    "en",
    "campaign_hashtag",
    "Use #OhanaFirst to share why you chose Aloha Pacific for your family's care. (Please don't "
    "share medical details!)",
    "Campaign hashtag.",
)

# 188
p(
    "en",
    "campaign_hashtag",
    "#teamkaiakahele 🌊 still trending! thank u all for the love for our surfer boy Kaia. "
    "#AlohaPacificStrong",
    [("NAME", "#teamkaiakahele"), ("NAME", "Kaia")],
    note="Lower-case name hashtag (given name + surname) and the patient's name.",
)

# 189
n(
    "en",
    "campaign_hashtag",
    "#LavaSafety: stay 1,000 feet from ocean entries. The laze plume is hydrochloric acid and "
    "glass. #PunaStrong",
    "Campaign hashtags, one with a district name.",
)

# 190
p(
    "en",
    "campaign_hashtag",
    "#MahaloMaria! After 40 days on our burn unit, Maria Teresa Luna is heading home to "
    "Pepeʻekeo. Her farm crew made the sign. 🌻",
    [("NAME", "#MahaloMaria"), ("NAME", "Maria Teresa Luna"), ("GEO", "Pepeʻekeo")],
    note="Name hashtag, name (Luna is also a word) and home town.",
)

# 191
n(
    "en",
    "campaign_hashtag",
    "#GoRedHawaii: heart disease is the #1 killer of women in Hawaiʻi. Wear red Friday!",
    "Campaign hashtag.",
)

# 192
n(
    "en",
    "campaign_hashtag",
    "#NursesRock and #JoyToTheKeiki: our nurses dressed as Santa & Tūtū Mele for the pediatric "
    "ward today!",
    "Costumed characters and campaign hashtags; no patient.",
)

# 193
n(
    "en",
    "anonymous_story",
    "One of our NICU grads just graduated from high school! 18 years ago he weighed 1 lb 10 oz. "
    "His mom wrote to say mahalo. 🎓",
    "Anonymous former patient.",
)

# 194
n(
    "en",
    "anonymous_story",
    "A fisherman in his 80s walked into our Hilo ER with a fishhook through his thumb and asked "
    "us to 'just cut it quick, I gotta go back out.' We did. He did.",
    "Anonymous patient aged under 90.",
)

# 195
n(
    "en",
    "anonymous_story",
    "Last week a Chuukese grandmother, visiting for her grandson's surgery, taught our night "
    "shift to weave a mwaramwar (flower crown). The grandson? Doing great.",
    "Anonymous family.",
)

# 196
p(
    "en",
    "anonymous_story",
    "A kupuna in her late 90s told our nurse: 'Eat ʻulu, plant trees, forgive people.' We're "
    "putting that on the break room wall.",
    [("AGE", "90s")],
    note="Unnamed, but one patient's age over 89 ('late 90s') is an identifier: AGE '90s'.",
)

# 197
n(
    "en",
    "anonymous_story",
    "This summer a farmworker from Mexico arrived at our Kona clinic with heat stroke; his crew "
    "boss drove him 40 minutes. Today he's back at work, and that crew boss now carries an ice "
    "chest.",
    "Anonymous patient; Mexico is a country.",
)

# 198
n(
    "en",
    "anonymous_story",
    "A surfer, a lifeguard, and a nurse walk into an ER... It's not a joke: the lifeguard saved "
    "the surfer, the nurse happened to be in line for shave ice, and everyone went home.",
    "Anonymous.",
)

# 199
p(
    "en",
    "anonymous_story",
    "Anonymous shout-out from a patient in room 415: 'To the night nurse with the plumeria tattoo "
    "— you saved my life on Easter Sunday. Mahalo.' — shared with permission",
    [("OTHER_ID", "room 415"), ("DATE", "Easter Sunday")],
    note="Unsigned, but the patient's room and the holiday of their event identify them.",
)

# 200
p(
    "en",
    "anonymous_story",
    "We asked a 101-year-old patient for her secret. She said: 'Don't let anybody tell you what "
    "you can't eat.' (She's currently eating her third malasada.)",
    [("AGE", "101-year-old")],
    note="One unnamed patient's age over 89 is labelled (token '101-year-old').",
)

# 201
p(
    "es",
    "patient_story",
    "Doña Rosa Elena Villaseñor llegó de Cherán, Michoacán, hace 12 años para pizcar café en "
    "Kealakekua. El 3 de agosto sufrió un golpe de calor en la finca; hoy ya está en casa con su "
    "hijo Beto. ¡Fuerza, doña Rosa!",
    [
        ("NAME", "Rosa Elena Villaseñor"),
        ("NAME", "Rosa", "*"),
        ("GEO", "Cherán"),
        ("GEO", "Kealakekua"),
        ("DATE", "3 de agosto"),
        ("NAME", "Beto"),
    ],
    note=(
        "Paciente ('doña' excluido), su hijo, su pueblo de origen y donde vive, y la fecha del "
        "golpe de calor. Michoacán es un estado."
    ),
)

# 202
p(
    "es",
    "patient_story",
    'Juan Carlos "Juanca" Ibarra, de 34 años, se cortó la mano con un machete cortando '
    "macadamia en Pāhala. Gracias al torniquete de su compañero Efrén llegó a tiempo. Hoy mueve "
    "todos los dedos.",
    [("NAME", 'Juan Carlos "Juanca" Ibarra'), ("GEO", "Pāhala")],
    note=(
        "Paciente con apodo y lugar del accidente; Efrén es un compañero de trabajo (no "
        "familiar), no se etiqueta."
    ),
)

# 203
p(
    "es",
    "patient_story",
    "Mateo Guzmán, surfista de 19 años de Hilo, fue rescatado en Honoliʻi el 14 de febrero — Día "
    "de San Valentín — tras golpearse contra las rocas. Su novia Daniela no se separó de él.",
    [
        ("NAME", "Mateo Guzmán"),
        ("GEO", "Hilo"),
        ("GEO", "Honoliʻi"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Daniela"),
    ],
    note=(
        "Paciente, su ciudad, lugar del rescate, la fecha escrita dos veces y su novia (pareja "
        "tratada como familia)."
    ),
)

# 204
p(
    "es",
    "patient_story",
    "La señora Teresa Nakamura de Ortega, de 96 años, nació en Hōlualoa de padre japonés y madre "
    "mexicana. Hoy celebra tres semanas sin hospitalización y nos manda un 'arigatō' y un "
    "'gracias'.",
    [("NAME", "Teresa Nakamura de Ortega"), ("AGE", "96"), ("GEO", "Hōlualoa")],
    note="Nombre completo, edad mayor de 89 ('96 años' -> '96') y lugar de nacimiento.",
)

# 205
n(
    "es",
    "patient_story",
    "Un trabajador agrícola de unos 50 años llegó a nuestra clínica de Kona con una picadura de "
    "ciempiés. Nos pidió compartir su historia sin su nombre: usen guantes y botas.",
    "Paciente anónimo de unos 50 años; la clínica es nuestra.",
)

# 206
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe Itzel! Nació el 12 de diciembre, Día de la Virgen de Guadalupe, en "
    "nuestro campus de Hilo. Sus papás, Yadira y Ramón Tapia, trabajan en una finca de flores en "
    "Panaʻewa.",
    [
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Yadira"),
        ("NAME", "Ramón Tapia"),
        ("GEO", "Panaʻewa"),
    ],
    note=(
        "Bebé, fecha de nacimiento escrita dos veces (la segunda 'Guadalupe' es parte de la "
        "fiesta), padres y el lugar donde trabajan. El campus es nuestro."
    ),
)

# 207
p(
    "es",
    "birth_announcement",
    "Nació en Nochebuena: Santiago Ku, hijo de Marlene (de Yucatán) y Keoki Ku (de Waimānalo). "
    "¡3.4 kilos de amor! Foto: Santiago con su abuela Tere.",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Santiago Ku"),
        ("NAME", "Santiago", "*"),
        ("NAME", "Marlene"),
        ("NAME", "Keoki Ku"),
        ("GEO", "Waimānalo"),
        ("PHOTO", "Foto"),
        ("NAME", "Tere"),
    ],
    note=(
        "Fecha (Nochebuena), bebé, padres, abuela, el pueblo del padre y la señal de foto del "
        "bebé. Yucatán es un estado."
    ),
)

# 208
n(
    "es",
    "birth_announcement",
    "En 2024 nacieron 214 bebés de familias hispanohablantes en nuestro centro de partos de Hilo. "
    "¿Embarazada? Pregunte por nuestras clases prenatales en español: (555) 555-0174.",
    "Estadística y número del hospital.",
)

# 209
p(
    "es",
    "discharge",
    "¡A casa! Después de 27 días en terapia intensiva, don Anselmo Reyes Ruiz, de Nāʻālehu, salió "
    "hoy caminando. Su esposa, doña Cata, dice que lo primero es un caldo de res.",
    [("NAME", "Anselmo Reyes Ruiz"), ("GEO", "Nāʻālehu"), ("NAME", "Cata")],
    note="Paciente ('don' excluido), su pueblo y su esposa.",
)

# 210
p(
    "es",
    "discharge",
    "La pequeña Ximena López salió hoy del hospital después de que la rescataron en Richardson "
    "Ocean Park el 9/2. ¡Gracias a los salvavidas y a su tío Poncho!",
    [
        ("NAME", "Ximena López"),
        ("GEO", "Richardson Ocean Park"),
        ("DATE", "9/2"),
        ("NAME", "Poncho"),
    ],
    note="'La pequeña' es descriptivo; lugar y fecha del rescate (día/mes) y su tío.",
)

# 211
p(
    "es",
    "thank_you",
    "Mil gracias a la familia Hernández Soto de Kaʻū por los tamales que trajeron a la UCI en "
    "memoria de su mamá, Chabela, que estuvo con nosotros en noviembre.",
    [("NAME", "Hernández Soto"), ("GEO", "Kaʻū"), ("NAME", "Chabela"), ("DATE", "noviembre")],
    note=(
        "Familia de una paciente: apellidos, distrito, nombre de la paciente y mes de su estancia."
    ),
)

# 212
p(
    "es",
    "thank_you",
    '"Gracias a las enfermeras del 3 Oeste por cuidar a mi papá, Refugio Alvarado, en la cama '
    '12. Si alguien encontró su sombrero, escríbanme: lupita.alvarado84@gmail.com" — mensaje de '
    "su hija Lupita",
    [
        ("NAME", "Refugio Alvarado"),
        ("OTHER_ID", "cama 12"),
        ("EMAIL", "lupita.alvarado84@gmail.com"),
        ("NAME", "Lupita"),
    ],
    note="Paciente, su cama, el correo y nombre de su hija. '3 Oeste' es una unidad.",
)

# 213
n(
    "es",
    "thank_you",
    "Gracias al Consulado de México en San Francisco por su visita a nuestra clínica de Kona y "
    "por apoyar a las familias trabajadoras.",
    "Agradecimiento a una institución.",
)

# 214
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a don Aurelio Maldonado, de 92 años, pescador en Miloliʻi por "
    "más de 50 años. Falleció el 2 de noviembre, Día de Muertos, rodeado de su familia. Descanse "
    "en paz.",
    [
        ("NAME", "Aurelio Maldonado"),
        ("AGE", "92"),
        ("GEO", "Miloliʻi"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
    ],
    note="Edad mayor de 89, pueblo donde pescaba, fecha de muerte escrita dos veces.",
)

# 215
n(
    "es",
    "memorial",
    "En el Día de Muertos, nuestro equipo de la clínica de Kona puso un altar en honor de todos "
    "los pacientes que perdimos este año. Pueden traer una flor de cempasúchil.",
    "Homenaje colectivo sin nombres; la fecha es la del evento.",
)

# 216
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número cien a doña Amparo Quintero! Cumplió 100 el 8 de marzo, Día de la "
    "Mujer, en nuestra unidad de kupuna. Sus bisnietos le cantaron 'Las Mañanitas'.",
    [
        ("AGE", "cien"),
        ("NAME", "Amparo Quintero"),
        ("AGE", "100"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
    ],
    note="Edad en palabras y en cifras, fecha de nacimiento escrita dos veces.",
)

# 217
p(
    "es",
    "milestone_birthday",
    "Noventa y un años y sigue bailando: don Macario Delgado celebró su cumpleaños con mariachi "
    "en la habitación 207. ¡Felicidades, don Macario!",
    [
        ("AGE", "Noventa y un"),
        ("NAME", "Macario Delgado"),
        ("NAME", "Macario", "*"),
        ("OTHER_ID", "habitación 207"),
    ],
    note="Edad en palabras ('años' excluido), nombre y habitación.",
)

# 218
p(
    "es",
    "pasted_record",
    "NO PUBLICAR — Paciente: SÁNCHEZ MORA, JOSÉ LUIS | NHC 00562190 | F. nac. 15/09/1987 | Cama "
    "3, Urgencias Hilo | Contacto: esposa Leticia, 808-555-0117 | Seguro: Med-QUEST QM2290184",
    [
        ("NAME", "SÁNCHEZ MORA, JOSÉ LUIS"),
        ("MRN", "00562190"),
        ("DATE", "15/09/1987"),
        ("OTHER_ID", "Cama 3"),
        ("NAME", "Leticia"),
        ("PHONE", "808-555-0117"),
        ("HEALTH_PLAN", "QM2290184"),
    ],
    note=(
        "Nombre de expediente, número de historia clínica, fecha de nacimiento, cama, esposa y su "
        "teléfono, número de seguro. 'Urgencias Hilo' es nuestro servicio."
    ),
)

# 219
p(
    "es",
    "pasted_record",
    "Reenviado: 'Hola, soy la sobrina de la paciente Herminia Patiño (hab. 322). Ella tiene 97 "
    "años y no habla inglés. Mi WhatsApp es +52 443 555 0166. Vivimos en Morelia.'",
    [
        ("NAME", "Herminia Patiño"),
        ("OTHER_ID", "hab. 322"),
        ("AGE", "97"),
        ("PHONE", "+52 443 555 0166"),
        ("GEO", "Morelia"),
    ],
    note="Paciente, habitación, edad mayor de 89, teléfono de la sobrina y su ciudad.",
)

# 220
p(
    "es",
    "crisis_update",
    "Actualización: los tres trabajadores heridos en el accidente de la camioneta en la carretera "
    "11 están estables. Uno de ellos, Fidel Ocampo, ya fue dado de alta; su hermano Rigoberto "
    "sigue en la UCI.",
    [("GEO", "carretera 11"), ("NAME", "Fidel Ocampo"), ("NAME", "Rigoberto")],
    note="Dos pacientes con nombre (hermanos) y la carretera del accidente.",
)

# 221
n(
    "es",
    "crisis_update",
    "Alerta de vog: si trabaja al aire libre en Kaʻū o Puna, use mascarilla N95 y tome descansos. "
    "Para preguntas, llame a (555) 555-0174.",
    "Consejo general y número del hospital.",
)

# 222
n(
    "es",
    "crisis_update",
    "Por el flujo de lava, la clínica de Pāhoa está cerrada. Los pacientes serán atendidos en "
    "nuestro campus de Hilo, 1190 Waianuenue Avenue.",
    "Cambio de servicio y dirección del hospital.",
)

# 223
n(
    "es",
    "health_tip",
    "Golpe de calor: si un compañero está confundido, deja de sudar o vomita, llame al 911, "
    "llévelo a la sombra y enfríelo con agua. #SaludCampesina",
    "Consejo general.",
)

# 224
n(
    "es",
    "health_tip",
    "¿Picadura de medusa? Enjuague con vinagre, no con agua dulce. Las medusas de caja llegan de "
    "8 a 10 días después de la luna llena.",
    "Consejo general.",
)

# 225
n(
    "es",
    "health_tip",
    "La leptospirosis se contagia por agua dulce y lodo. Si trabaja en la finca con cortadas en "
    "las piernas, use botas y cúbrase las heridas.",
    "Consejo general.",
)

# 226
n(
    "es",
    "event",
    "Feria de salud para familias campesinas: sábado 14 de junio, de 9 a 1, en nuestra clínica de "
    "Kona (75-5995 Kuakini Highway). Vacunas, presión arterial y consulados móviles.",
    "Fecha y dirección de un evento del hospital.",
)

# 227
n(
    "es",
    "event",
    "Clase gratuita de RCP en español el jueves 9 de octubre a las 6 p.m. en el campus de Hilo. "
    "Regístrese al (555) 555-0174.",
    "Fecha de un evento y número del hospital.",
)

# 228
n(
    "es",
    "statistic",
    "El 38% de los trabajadores del café que atendimos el verano pasado llegaron deshidratados. "
    "La mayoría tenía entre 20 y 40 años.",
    "Estadística.",
)

# 229
n(
    "es",
    "statistic",
    "En nuestro hospital, 1 de cada 5 pacientes de la clínica de Kona habla español como primer "
    "idioma.",
    "Estadística.",
)

# 230
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos promotores de salud bilingües para la clínica de Kona. Envíe "
    "su currículum a empleos@alohapacificmc.org o llame al (555) 555-0186.",
    "Oferta de empleo con datos del hospital.",
)

# 231
n(
    "es",
    "staff_spotlight",
    "Conozcan a la doctora Elena Villagómez, nuestra nueva médica familiar en Kona. Creció en "
    "Guadalajara y su abuela de 98 años todavía le da consejos.",
    "Una médica, su ciudad y la edad de su abuela: familia de personal, no de un paciente.",
)

# 232
p(
    "es",
    "eponymous_condition",
    "A Andrés Calderón le diagnosticaron síndrome de Guillain-Barré en mayo, después de una "
    "infección. Hoy, con su hija Paty a su lado, volvió a caminar.",
    [("NAME", "Andrés Calderón"), ("DATE", "mayo"), ("NAME", "Paty")],
    note="Paciente, mes del diagnóstico y su hija; Guillain-Barré es un epónimo.",
)

# 233
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas se transmite por la chinche besucona en partes de México y "
    "Centroamérica. Si creció en el campo en esas regiones, pregunte por la prueba.",
    "Epónimo y consejo general.",
)

# 234
p(
    "es",
    "campaign_hashtag",
    "#FuerzaChuy 💪 Gracias por tantos mensajes para Jesús Barragán. Ya volvió a casa con Yesenia "
    "y las niñas. #AlohaPacificStrong",
    [("NAME", "#FuerzaChuy"), ("NAME", "Jesús Barragán"), ("NAME", "Yesenia")],
    note="Hashtag con nombre, paciente y su esposa; #AlohaPacificStrong es de campaña.",
)

# 235
n(
    "es",
    "campaign_hashtag",
    "#SaludCampesina: este mes ofrecemos exámenes gratis de presión y azúcar para trabajadores "
    "agrícolas en Kona y Kaʻū.",
    "Hashtag de campaña.",
)

# 236
p(
    "es",
    "hospital_contact",
    "Aviso para la familia de Eulalio Benítez: su camioneta (placas HI RPT 392) quedó en nuestro "
    "estacionamiento. Llamen a Seguridad al (555) 555-0100.",
    [("NAME", "Eulalio Benítez"), ("VEHICLE", "RPT 392")],
    note="Paciente y la placa de su camioneta (valor sin 'HI'); el número es del hospital.",
)

# 237
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Llame a nuestra línea de idiomas: (555) 555-0174. Atendemos en "
    "español, ilocano, chuukés y marshalés.",
    "Número del hospital.",
)

# 238
n(
    "es",
    "anonymous_story",
    "Una mamá de Oaxaca nos escribió: 'Mi hijo nació antes de tiempo aquí y hoy cumple 5 años.' "
    "¡Gracias por compartir, y feliz cumpleaños al campeón!",
    "Familia anónima; Oaxaca es un estado y 'hoy' es relativo.",
)

# 239
n(
    "es",
    "anonymous_story",
    "Un pescador de 60 y tantos años llegó con un anzuelo en el ojo. Gracias a nuestro "
    "oftalmólogo, conserva la vista. Usen lentes de protección al pescar.",
    "Paciente anónimo menor de 90 años.",
)

# 240
p(
    "es",
    "patient_story",
    "Desde Guerrero hasta Hilo: Isaías Morales, de 41 años, trabajaba en una finca de orquídeas "
    "en Keaʻau cuando lo mordió un perro. Su hijo Brayan, de 10 años, llamó al 911 en inglés. "
    "¡Brayan, eres un héroe!",
    [("GEO", "Hilo"), ("NAME", "Isaías Morales"), ("GEO", "Keaʻau"), ("NAME", "Brayan", "*")],
    note="Ciudad donde vive (Guerrero es un estado), paciente, lugar del accidente e hijo.",
)

if __name__ == "__main__":
    S.main("phi_dev38_source")
