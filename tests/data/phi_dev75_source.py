"""Blind development set d75 for the PHI scanner: tests/data/phi_dev75.jsonl.

Organisation: Santa Luz Health (phi_dev75_org.json), a fictional system on the Texas
border: Santa Luz Valley Medical Center at 3100 Palo Verde Parkway in Edinburg (Rio
Grande Valley), Santa Luz Children's Hospital at 1450 Montana Sol Avenue in El Paso and
a family clinic at 802 Ebony Grove Lane in Harlingen; nine 555-01xx lines (main, ER,
billing, L&D, children's hospital, social work, Spanish nurse line, reunification line,
volunteers), the domains santaluzhealth.org and santaluzkids.org and the handles
@SantaLuzHealth, @SantaLuzKidsEP and @santaluz_rgv. None of these is ever labelled.
Focus: the Rio Grande Valley and El Paso: Mexican-American families on both sides of the
border, Spanglish, quinceañeras and first communions, colonias, ranch, citrus and
packing-house employers, names that are words or towns (Esperanza, Consuelo, Socorro,
Rosario, Guadalupe, Jesús, Ángel, Cruz, Paz, Milagros, Refugio, Donna, Mercedes),
nicknames (Chuy, Lupita, Memo, Nacho, Chayo, Beto, Güero), Spanish dates ("el 12 de
diciembre", "día de la Virgen", "12-dic", "1o de mayo", "23/11"), ages in words
("noventa y tres", "cien años", "one hundred and one"), heat and border-crossing crisis
updates.
Hard cases: lower-case and ALL-CAPS names, names only in hashtags, surnames alone,
"LAST, FIRST" chart lines and bed lists pasted by mistake, nicknames inside full names,
names that are ordinary words next to the same word in lower case, a patient named like
a town next to that town, holidays and saint's days as birth/death dates (written twice
with the numeric date), dd/mm and abbreviated Spanish dates, day-of-month alone, chart
age tokens ("94F", "96y", "97a"), ages over 89 of unnamed patients and of relatives,
relatives' handles, portal user names, e-mails, Mexican phone numbers, MRNs with and
without labels, employers, colonias, crash roads and bridges, padrinos.
Hard negatives: staff, doctors, chaplains, volunteers and their families (a 90-year-old
volunteer, a retired doctor's memorial with her age, date and daughter, a nurse's baby),
donors and sponsors (a 94-year-old donor, ranches and packing houses as sponsors),
public and historical figures (Selena, César Chávez, Dolores Huerta, Freddy Fender,
Ignacio Zaragoza), eponymous conditions (Chagas, Kawasaki, Down, Guillain-Barré, Pott),
event dates on the same holidays, awareness days, statistics and population ages
("mayores de 90", "ages 1 to 97"), anonymous stories with durations ("97 días",
"90 days"), colonias as venues or study areas, campaign hashtags with name-like words
(#EsperanzaEnElValle, #CienPorCiento), placeholder chart templates, and the hospital's
own phones, addresses, domains and handles.
Language mix: 240 posts, 120 English and 120 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Employers of a patient or relative (ranch, packing house, produce or citrus company)
  are NAME, as in the holdout set; the same kind of business as a donor or sponsor is
  not labelled.
- Colonias are neighbourhoods: the colonia's name is GEO without the word "colonia"
  ("colonia Las Palmas" -> "Las Palmas"); street spans keep their street word as in the
  rules ("calle Mezquite", "Avenida Olmo", "Calle Nebraska", "carretera 83").
- Places tied to one patient's injury or work (crash road, the bridge of the crash, the
  town of the job site or the fire, the place the patient was found) are GEO, like the
  rules' crash road. Places of group incidents in crisis updates that name nobody, and
  colonias as event venues or study areas, are not labelled.
- Padrinos/madrinas are treated as relatives: their names and home city are labelled.
- An age over 89 of a patient's relative (a great-grandmother who is 90) is AGE: Safe
  Harbor covers relatives. Age ranges describing a group of patients or participants
  ("ages 1 to 97", "de 18 a 92 años") are population ages and are not labelled.
- Ages written in words: the span is all the number words ("noventa y tres",
  "one hundred and one", "ninety-six"), without "años"/"years"; "Cien"/"cien" in
  "cien años" is AGE. Chart shorthand glued to the number ("94F", "96y", "97a") is one
  token and is labelled whole; "91 a." with a space is labelled "91".
- Spanish dates: the article "el"/"la"/"the" is left out, "día" is kept when it belongs
  to the expression ("día 5", "día de la Virgen", "día de Reyes", "día de San José");
  ordinal forms are kept as written ("1o de mayo", "1º de enero", "9th"); a range
  "del 3 al 17 de agosto" is two spans, "3" and "17 de agosto". A follow-up appointment
  date of a named patient is a person-tied date.
- "Virgen de Guadalupe" as a religious figure is not a name, even in a post about a
  patient named Guadalupe; a saint's name inside a labelled saint's-day date is covered
  by the DATE span.
- A generational suffix belongs to the name ("Hector Jr."); honorifics (don, doña, Mr.,
  Sra., tío, abuelita, Buelo) do not.
- Bed or room codes in a pasted list without a keyword ("C1", "2W-210") are OTHER_ID
  (they are the room/bed identifier itself); units (4N, 2 Oriente, 5 West) are not.
- Mexican states (Tamaulipas) are states, not GEO; Mexican cities are foreign cities
  (GEO). Parishes, funeral homes and schools are not identifiers in themselves; a
  school's town that tells where the patient lives is GEO ("Edcouch-Elsa").
- A relative's social-media handle and a portal user name are OTHER_ID; the hospital's
  own handles never are.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev75.jsonl"), os.path.join(HERE, "phi_dev75_org.json"), "d75")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English, patient

# 1
p(
    "en",
    "discharge",
    "shoutout to chuy from las milpas who walked out of rehab on his own today 💪 3 months after falling off a loading dock at the packing shed. te queremos chuy #ChuyStrong",
    [("NAME", "chuy", "*"), ("GEO", "las milpas"), ("NAME", "#ChuyStrong")],
    note="lower-case nickname twice, lower-case colonia, name hashtag; '3 months' is a duration",
)

# 2
p(
    "en",
    "birth_announcement",
    "Our first Valley baby of the new year! 🎉 Esperanza Treviño arrived at 12:04 a.m. on New Year's Day, 7 lb 2 oz, to proud parents Marisol and Efraín Treviño of San Benito. Mom says the name was easy: 'she is our esperanza.'",
    [
        ("NAME", "Esperanza Treviño"),
        ("DATE", "New Year's Day"),
        ("NAME", "Marisol"),
        ("NAME", "Efraín Treviño"),
        ("GEO", "San Benito"),
    ],
    note="holiday as birth date; name that is a word (lower-case 'esperanza' is the word, not the name)",
)

# 3
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday, Mr. Ángel Saenz! 🎂 Born March 2 on a ranch outside Rio Grande City, he picked cotton, drove a school bus for 31 years and still beats our therapists at lotería. #CienAñosDeÁngel",
    [
        ("AGE", "100th"),
        ("NAME", "Ángel Saenz"),
        ("DATE", "March 2"),
        ("GEO", "Rio Grande City"),
        ("NAME", "#CienAñosDeÁngel"),
    ],
)

# 4
p(
    "en",
    "pasted_record",
    "oops wrong tab 🙈 4N census: Bed 12 – GARZA, ROSARIO 94F MRN 30088415 adm 7/14 heat exh | Bed 14 – SALINAS, J 61M MRN 30091202 adm 7/15 fall",
    [
        ("OTHER_ID", "Bed 12"),
        ("NAME", "GARZA, ROSARIO"),
        ("AGE", "94F"),
        ("MRN", "30088415"),
        ("DATE", "7/14"),
        ("OTHER_ID", "Bed 14"),
        ("NAME", "SALINAS, J"),
        ("MRN", "30091202"),
        ("DATE", "7/15"),
    ],
    note="census pasted by mistake; '94F' is one age token, '61M' is under 90; 4N is a unit",
)

# 5
p(
    "en",
    "thank_you",
    "A huge gracias from the Villarreal family to the 3rd-floor nurses who cared for our Buelo Nacho (Ignacio Villarreal) in room 318. He turned 92 in your care and you sang Las Mañanitas in three languages. 💛",
    [
        ("NAME", "Villarreal", 1),
        ("NAME", "Nacho"),
        ("NAME", "Ignacio Villarreal"),
        ("OTHER_ID", "room 318"),
        ("AGE", "92"),
    ],
    note="family surname, nickname after an honorific (Buelo), full name, room, age over 89",
)

# 6
p(
    "en",
    "memorial",
    "Doña Consuelo Cantú passed peacefully on the evening of Oct. 3, surrounded by 11 grandchildren. At 97 she still made tamales for our whole ICU every Christmas. Her granddaughter Yesenia asked us to share: 'she found consuelo in every one of you.' Descanse en paz.",
    [("NAME", "Consuelo Cantú"), ("DATE", "Oct. 3"), ("AGE", "97"), ("NAME", "Yesenia")],
    note="death date; Christmas is a habit, not her event; lower-case 'consuelo' is the word",
)

# 7
p(
    "en",
    "discharge",
    "after 41 days in the NICU baby Cruz is going home to Mercedes 🥹 born 1 lb 9 oz on 2/11, now 5 lbs of pure attitude. mom Paz says gracias a todos #CruzControl",
    [
        ("NAME", "Cruz"),
        ("GEO", "Mercedes"),
        ("DATE", "2/11"),
        ("NAME", "Paz"),
        ("NAME", "#CruzControl"),
    ],
    note="names that are words (Cruz, Paz) and a town that is a name (Mercedes); 41 days is a duration",
)

# 8
p(
    "en",
    "crisis_update",
    "HEAT UPDATE 4 p.m.: 14 people treated for heat illness at our Edinburg ER since noon. We're trying to reach relatives of Rogelio “Roy” Quintanilla, 58, brought in from a roofing job near Mission. Family, please call (956) 555-0114 and ask for the charge nurse. 💧 #ValleHeat",
    [("NAME", "Rogelio “Roy” Quintanilla"), ("GEO", "Mission")],
    note="named patient in a crisis update; job-site town is GEO; the ER number is the hospital's; 58 is under 90",
)

# 9
p(
    "en",
    "pasted_record",
    "Pt: Guadalupe “Lupe” Hinojosa | DOB 12/12/1931 | MRN 0071-4432 | Dx CHF exac | Contact: daughter Blanca 956-555-0193 | 417 Calle Girasol, Alamo TX 78516 ← sorry, wrong window, deleting now",
    [
        ("NAME", "Guadalupe “Lupe” Hinojosa"),
        ("DATE", "12/12/1931"),
        ("MRN", "0071-4432"),
        ("NAME", "Blanca"),
        ("PHONE", "956-555-0193"),
        ("GEO", "417 Calle Girasol"),
        ("GEO", "Alamo"),
        ("GEO", "78516"),
    ],
)

# 10
p(
    "en",
    "thank_you",
    "@maria_deleon_rgv thank you for the kind words! 💙 We loved having your dad on 5 West and hope Don Memo is back at his domino table in Weslaco soon.",
    [("OTHER_ID", "@maria_deleon_rgv"), ("NAME", "Memo"), ("GEO", "Weslaco")],
    note="reply to a relative: her handle is OTHER_ID; nickname after 'Don'; 5 West is a unit",
)

# 11
p(
    "en",
    "milestone_birthday",
    "105 candles?? nah, we used a number candle 😂 feliz cumple to Doña Paz Villegas, born 4/30 — Día del Niño — who still calls every nurse 'mija' #105yPaz",
    [
        ("AGE", "105"),
        ("NAME", "Paz Villegas"),
        ("DATE", "4/30"),
        ("DATE", "Día del Niño"),
        ("NAME", "#105yPaz"),
    ],
    note="same birthday written twice (4/30 and Día del Niño); hashtag holding age and name is one NAME",
)

# 12
p(
    "en",
    "patient_story",
    "Every Tuesday and Friday before sunrise, Refugio Lozano crosses from Reynosa for dialysis with us. He turned 91 in June, still drives his own truck, and his wife Socorro sends gorditas for the whole unit. 'Mi refugio son ustedes,' he tells our techs.",
    [
        ("NAME", "Refugio Lozano"),
        ("GEO", "Reynosa"),
        ("AGE", "91"),
        ("DATE", "June"),
        ("NAME", "Socorro"),
    ],
    note="foreign home city; month alone tied to his birthday; names that are words",
)

# 13
p(
    "en",
    "birth_announcement",
    "twins!! 👶👶 Ángel born 11:58pm 12/24 and Gabriel 12:06am 12/25 — one Nochebuena baby, one Christmas baby 🎄 congrats to the Zamora fam from Donna",
    [
        ("NAME", "Ángel"),
        ("DATE", "12/24"),
        ("NAME", "Gabriel"),
        ("DATE", "12/25"),
        ("DATE", "Nochebuena"),
        ("DATE", "Christmas"),
        ("NAME", "Zamora"),
        ("GEO", "Donna"),
    ],
    note="each birth date written twice (numeric and holiday); town that is a first name",
)

# 14
p(
    "en",
    "memorial",
    "Today we lost a member of our dialysis family. Heriberto 'Beto' Leal, 90, of Progreso, passed on August 9 after 14 years of Tuesday-Thursday-Saturday chairs, bad jokes and better tortillas. Rest easy, Beto.",
    [
        ("NAME", "Heriberto 'Beto' Leal"),
        ("AGE", "90"),
        ("GEO", "Progreso"),
        ("DATE", "August 9"),
        ("NAME", "Beto", 2),
    ],
)

# 15
p(
    "en",
    "pasted_record",
    "pls disregard prev post, meant for unit chat: rm 214 Villanueva, E. MRN#5520917 NPO after MN for lap chole 10/3",
    [("OTHER_ID", "rm 214"), ("NAME", "Villanueva, E."), ("MRN", "5520917"), ("DATE", "10/3")],
    note="surgery date; MRN glued to '#'",
)

# 16
p(
    "en",
    "discharge",
    "Going home! 🎉 After a rollover on FM 490 on Memorial Day, Marco Antonio Rosales, 17, spent nine weeks with our trauma and rehab teams. He walks out today to finish senior year at Edcouch-Elsa High. His mom Araceli: 'ustedes son ángeles.'",
    [
        ("GEO", "FM 490"),
        ("DATE", "Memorial Day"),
        ("NAME", "Marco Antonio Rosales"),
        ("GEO", "Edcouch-Elsa"),
        ("NAME", "Araceli"),
    ],
    note="crash road; holiday as injury date; school's towns tell where he lives",
)

# 17
p(
    "en",
    "thank_you",
    "THANK YOU SANTA LUZ ER FOR SAVING MY ABUELITA CHAYO!!! 94 AND STILL BOSSING EVERYONE AROUND 😂❤️ #ChayoForever",
    [("NAME", "CHAYO"), ("AGE", "94"), ("NAME", "#ChayoForever")],
    note="ALL-CAPS nickname; SANTA LUZ is the hospital",
)

# 18
p(
    "en",
    "patient_story",
    "Valeria had her quinceañera in our 6th-floor family lounge this weekend 💜 Chemo round four didn't stop her from dancing the vals with her dad, Jesús, and her madrina Leticia flew in from Monterrey with the dress. #Vale15",
    [
        ("NAME", "Valeria"),
        ("NAME", "Jesús"),
        ("NAME", "Leticia"),
        ("GEO", "Monterrey"),
        ("NAME", "#Vale15"),
    ],
    note="madrina treated as a relative; 'this weekend' is relative",
)

# 19
p(
    "en",
    "event",
    "Run with us Sept 14 for Lucas Ybarra, our 8-year-old heart warrior from Los Fresnos! 🏃 All proceeds help the Ybarra family with travel for his transplant evaluation. #RunForLucas",
    [
        ("NAME", "Lucas Ybarra"),
        ("GEO", "Los Fresnos"),
        ("NAME", "Ybarra", 2),
        ("NAME", "#RunForLucas"),
    ],
    note="Sept 14 is the event's date, not his",
)

# 20
p(
    "en",
    "patient_story",
    "Update from Nena's family 💛 She's stable and resting. They ask that flowers go to the house instead of the ICU — contact her sister Irma at irma.s.galvan@gmail.com or 915-555-0172.",
    [
        ("NAME", "Nena"),
        ("NAME", "Irma"),
        ("EMAIL", "irma.s.galvan@gmail.com"),
        ("PHONE", "915-555-0172"),
    ],
)

# 21
p(
    "en",
    "milestone_birthday",
    "Mrs. Rosario Elizondo turned ninety-six on our rehab unit on the 9th and insisted on walking to her own party. Her son Abel brought the mariachi; her great-grandson brought the Takis. 🎂",
    [("NAME", "Rosario Elizondo"), ("AGE", "ninety-six"), ("DATE", "9th"), ("NAME", "Abel")],
    note="age in words; day of the month alone",
)

# 22
p(
    "en",
    "patient_story",
    "Ramiro, 46, lives in Cameron Park and packs onions for Dos Ríos Produce. On Juneteenth (June 19) he collapsed in a field outside Raymondville at 2 p.m., 104°F. Three days on a cooling protocol later, he's asking when he can go back. Not yet, Ramiro. 💧",
    [
        ("NAME", "Ramiro", "*"),
        ("GEO", "Cameron Park"),
        ("NAME", "Dos Ríos Produce"),
        ("DATE", "Juneteenth"),
        ("DATE", "June 19"),
        ("GEO", "Raymondville"),
    ],
    note="colonia, employer, holiday and numeric date for the same day, job-site town",
)

# 23
p(
    "en",
    "thank_you",
    "To Dr. Inés Salinas and the whole 4 North crew: thank you for taking care of my mom, Amparo, after her stroke in March. You gave us more time. — Gilberto",
    [("NAME", "Amparo"), ("DATE", "March"), ("NAME", "Gilberto")],
    note="the doctor is staff; the mother and the son who signs are labelled",
)

# 24
p(
    "en",
    "pasted_record",
    "COPY/PASTE ERROR, please ignore: DE LA ROSA, JUAN PABLO  DOB 03-15-1958  Acct# 88120457  Enc 991-22-4410  Attending: Dr. Medina",
    [
        ("NAME", "DE LA ROSA, JUAN PABLO"),
        ("DATE", "03-15-1958"),
        ("ACCOUNT", "88120457"),
        ("OTHER_ID", "991-22-4410"),
    ],
    note="encounter number shaped like an SSN is OTHER_ID; the attending is staff",
)

# 25
p(
    "en",
    "birth_announcement",
    "Meet baby Guadalupe! 🌹 Born December 12 — el día de la Virgen — to Lorena and Tomás Benavides of Pharr. 'What else were we going to name her?' Pictured: big brother Tomasito meeting her for the first time.",
    [
        ("NAME", "Guadalupe"),
        ("DATE", "December 12"),
        ("DATE", "día de la Virgen"),
        ("NAME", "Lorena"),
        ("NAME", "Tomás Benavides"),
        ("GEO", "Pharr"),
        ("PHOTO", "Pictured"),
        ("NAME", "Tomasito"),
    ],
)

# 26
p(
    "en",
    "memorial",
    "rip mr. socorro delgado 🕊️ 99 yrs young, korean war vet, ER regular since '87 who always brought pan dulce for triage. we'll miss you, sir",
    [("NAME", "socorro delgado"), ("AGE", "99")],
    note="lower-case full name of a man named Socorro; '87 is a bare year",
)

# 27
p(
    "en",
    "discharge",
    "Heading home to Santa Rosa after six weeks with us: Mr. Eusebio Cárdenas (93) wants his neighbors to know he's fine and accepting visitors. His granddaughter Liliana is organizing rides to Sunday Mass at (956) 555-0148.",
    [
        ("GEO", "Santa Rosa"),
        ("NAME", "Eusebio Cárdenas"),
        ("AGE", "93"),
        ("NAME", "Liliana"),
        ("PHONE", "(956) 555-0148"),
    ],
)

# 28
p(
    "en",
    "patient_story",
    "Want to send cards to Milagros in room 602? 💌 Her mom Beatriz set up milagros.cards.rgv@gmail.com and reads every single one to her at bedtime.",
    [
        ("NAME", "Milagros"),
        ("OTHER_ID", "room 602"),
        ("NAME", "Beatriz"),
        ("EMAIL", "milagros.cards.rgv@gmail.com"),
    ],
)

# 29
p(
    "en",
    "pasted_record",
    "Billing desk pasted a ticket into our Facebook by mistake: 'Member Nicolasa Barrera, Medicaid ID 518842907, Superior plan, DOS 8/2, callback 956.555.0124.' Removed — sorry.",
    [
        ("NAME", "Nicolasa Barrera"),
        ("HEALTH_PLAN", "518842907"),
        ("DATE", "8/2"),
        ("PHONE", "956.555.0124"),
    ],
    note="date of service is person-tied; plan name is not an identifier",
)

# 30
p(
    "en",
    "thank_you",
    "gracias to everyone in L&D 🙏 my wife Marisela had our baby girl Abril on April 1 (April Fools' Day, no joke 😂) and your nurses made it feel like a party. #AbrilFools",
    [
        ("NAME", "Marisela"),
        ("NAME", "Abril"),
        ("DATE", "April 1"),
        ("DATE", "April Fools' Day"),
        ("NAME", "#AbrilFools"),
    ],
    note="name that is a month in Spanish; the hashtag carries the baby's name",
)

# 31
p(
    "en",
    "research",
    "Our Valley fever vaccine trial just enrolled its oldest participant: Tomasa Rincón, 91, a retired cotton picker from La Feria who says she's 'doing it for the great-grandkids.'",
    [("NAME", "Tomasa Rincón"), ("AGE", "91"), ("GEO", "La Feria")],
)

# 32
p(
    "en",
    "pasted_record",
    "Security log posted to the wrong page: tow hold on silver F-150, TX plate LMV-4821, owned by ED patient Jose Angel Peña (rm 7); family can be reached at 915-555-0137.",
    [
        ("VEHICLE", "LMV-4821"),
        ("NAME", "Jose Angel Peña"),
        ("OTHER_ID", "rm 7"),
        ("PHONE", "915-555-0137"),
    ],
)

# 33
p(
    "en",
    "milestone_birthday",
    "Cien años! 🎉 Our volunteer choir serenaded Mr. Cruz Alvarado, who turned 100 on the Fourth of July and is convinced the fireworks were always for him.",
    [("AGE", "Cien"), ("NAME", "Cruz Alvarado"), ("AGE", "100"), ("DATE", "Fourth of July")],
    note="age stated in Spanish words and in digits; holiday birthday",
)

# 34
p(
    "en",
    "patient_story",
    "Kiki's cochlear implant (serial CI-88213-TX) was switched on 9/9 and the first voice she heard was her abuela Nayeli singing 'De Colores.' We are not crying, you're crying 😭",
    [("NAME", "Kiki"), ("DEVICE", "CI-88213-TX"), ("DATE", "9/9"), ("NAME", "Nayeli")],
)

# 35
p(
    "en",
    "memorial",
    "In loving memory of Ofelia Garza de León, who went home to God on the twenty-first of November at ninety-one, holding the rosary she carried across the river in 1951. Her family asks for prayers, not flowers.",
    [("NAME", "Ofelia Garza de León"), ("DATE", "twenty-first of November"), ("AGE", "ninety-one")],
    note="date and age in words; 1951 is a bare year",
)

# 36
p(
    "en",
    "hospital_contact",
    "@karla_rangel915 we're so sorry for the wait. Your tío Memo Rangel (MRN 44017823) is in ED bed 22 and a nurse will call you at 915-555-0119 within the hour. 🙏",
    [
        ("OTHER_ID", "@karla_rangel915"),
        ("NAME", "Memo Rangel"),
        ("MRN", "44017823"),
        ("OTHER_ID", "bed 22"),
        ("PHONE", "915-555-0119"),
    ],
    note="public reply to a relative that leaks MRN, bed and her number",
)

# 37
p(
    "en",
    "patient_story",
    "Eight days ago Xóchitl and her 4-year-old were carried into our El Paso ER after two nights in the desert near Santa Teresa. Today she held her son's hand in the hallway and said 'gracias' to every nurse by name.",
    [("NAME", "Xóchitl"), ("GEO", "Santa Teresa")],
    note="place she was found is GEO; 'eight days ago' is relative",
)

# 38
p(
    "en",
    "birth_announcement",
    "welcome to the world baby maria de la luz!! 💕 born 3.8.24, 6 lbs even, named after her great-grandma who turned 90 the same week. santa luz babies are the best babies",
    [("NAME", "maria de la luz"), ("DATE", "3.8.24"), ("AGE", "90")],
    note="lower-case name sharing a word with the hospital; relative's age over 89",
)

# 39
p(
    "en",
    "crisis_update",
    "Flash-flood update: 2-year-old Santiago Peralta, swept from his family's yard on Avenida Olmo in the La Paloma colonia Monday night, is stable in our PICU. His parents thank the neighbors who formed a human chain. 🙏",
    [("NAME", "Santiago Peralta"), ("GEO", "Avenida Olmo"), ("GEO", "La Paloma")],
    note="home street and colonia; Monday night is relative",
)

# 40
p(
    "en",
    "pasted_record",
    "FW: records request — patient Leonor Ybáñez, MRN 7719-0082, DOB 2/29/1932, wants copies emailed to leonor.ybanez@yahoo.com. (Posted to the wrong account, removing.)",
    [
        ("NAME", "Leonor Ybáñez"),
        ("MRN", "7719-0082"),
        ("DATE", "2/29/1932"),
        ("EMAIL", "leonor.ybanez@yahoo.com"),
    ],
)

# 41
p(
    "en",
    "thank_you",
    "To whoever signed our patient portal survey as lupita_reyna92: your note about your dad Anselmo and the night nurse who sang to him made our whole floor cry. Gracias.",
    [("OTHER_ID", "lupita_reyna92"), ("NAME", "Anselmo")],
    note="portal user name of a relative is OTHER_ID; the nurse is unnamed staff",
)

# 42
p(
    "en",
    "anonymous_story",
    "One of our patients this week, a 102-year-old great-grandmother, asked for menudo right after her hip surgery. Our kitchen delivered. 🥣 Respect your elders.",
    [("AGE", "102-year-old")],
    note="nameless story made patient-specific by an age over 89",
)

# 43
p(
    "en",
    "patient_story",
    "Remember our 23-weeker from last year? Born on Valentine's Day, she came back to the NICU today walking (well, wobbling) and handed her nurses a card she 'signed' herself. ❤️",
    [("DATE", "Valentine's Day")],
    note="nameless story with a person-tied holiday birth date",
)

# 44
p(
    "en",
    "pasted_record",
    "Shift note pasted here by mistake: '0300 pt Hector Almaraz c/o chest pain, EKG done. Wife Socorro at bedside, cell 555-0166. Son Hector Jr. is the emergency contact.'",
    [
        ("NAME", "Hector Almaraz"),
        ("NAME", "Socorro"),
        ("PHONE", "555-0166"),
        ("NAME", "Hector Jr."),
    ],
    note="seven-digit phone; generational suffix kept in the name",
)

# 45
p(
    "en",
    "milestone_birthday",
    "Abuelo Jesús Ángel Moreno is 90 years young today! 🎂 Born 10-10-34 in Ciudad Mier, he crossed to Roma at 17 and hasn't missed a Sunday menudo since.",
    [
        ("NAME", "Jesús Ángel Moreno"),
        ("AGE", "90"),
        ("DATE", "10-10-34"),
        ("GEO", "Ciudad Mier"),
        ("GEO", "Roma"),
    ],
)

# 46
p(
    "en",
    "event",
    "Plate sale Saturday at St. Joseph's parish hall for Iker's kidney transplant fund! 🍽️ Barbacoa plates $12. The Benavides-Ochoa family says questions can go to benavidesochoa.fam@outlook.com",
    [("NAME", "Iker"), ("NAME", "Benavides-Ochoa"), ("EMAIL", "benavidesochoa.fam@outlook.com")],
    note="parish hall is a venue, not GEO",
)

# 47
p(
    "en",
    "discharge",
    "GOING HOME DAY for ELPIDIO 🎉🎉 90 days in our burn unit after the brush fire outside Zapata, and he just rang the bell so hard it fell off the wall. #ElpidioStrong",
    [("NAME", "ELPIDIO"), ("GEO", "Zapata"), ("NAME", "#ElpidioStrong")],
    note="'90 days' is a duration, not an age",
)

# 48
p(
    "en",
    "memorial",
    "Services for our longtime patient and friend Faustino “Tino” Ochoa will be held at his parish in Socorro. Born on Cinco de Mayo, he left us on Father's Day. For the meal train, text his daughter Rocío at (915) 555-0191.",
    [
        ("NAME", "Faustino “Tino” Ochoa"),
        ("GEO", "Socorro"),
        ("DATE", "Cinco de Mayo"),
        ("DATE", "Father's Day"),
        ("NAME", "Rocío"),
        ("PHONE", "(915) 555-0191"),
    ],
    note="Socorro is the town here; holiday birth and death dates",
)

# 49
p(
    "en",
    "pasted_record",
    "TRANSPORT LIST (do not post): 1) Pérez, Graciela 96y 2W-210 → dialysis 0800 / 2) Lucio, A. 88y 2W-214 → CT 0930",
    [
        ("NAME", "Pérez, Graciela"),
        ("AGE", "96y"),
        ("OTHER_ID", "2W-210"),
        ("NAME", "Lucio, A."),
        ("OTHER_ID", "2W-214"),
    ],
    note="88y is under 90; room codes without keyword",
)

# 50
p(
    "en",
    "thank_you",
    "Mil gracias to the ER team from Ramona Castañeda of Brownsville. You treated me on my 91st birthday and I got cake in triage! -Ramona",
    [("NAME", "Ramona Castañeda"), ("GEO", "Brownsville"), ("AGE", "91st"), ("NAME", "Ramona", 2)],
)

# 51
p(
    "en",
    "patient_story",
    "So proud of Emiliano, our little heart patient, who made his First Communion on May 1 — el primero de mayo, as his abuela kept saying — with his pacemaker scar peeking out like a medal. #MiloMilagro",
    [
        ("NAME", "Emiliano"),
        ("DATE", "May 1"),
        ("DATE", "primero de mayo"),
        ("NAME", "#MiloMilagro"),
    ],
    note="same day in English and Spanish; hashtag with his nickname Milo",
)

# 52
p(
    "en",
    "discharge",
    "NICU graduation for the Olivares triplets: Faith, Esperanza and Caridad, born at 28 weeks on the 3rd of January. Dad Rubén, who drives a forklift for Valle Verde Citrus, says they named them for what got him through: faith, hope and charity. 👶👶👶",
    [
        ("NAME", "Olivares"),
        ("NAME", "Faith"),
        ("NAME", "Esperanza"),
        ("NAME", "Caridad"),
        ("DATE", "3rd of January"),
        ("NAME", "Rubén"),
        ("NAME", "Valle Verde Citrus"),
    ],
    note="names that are virtues; father's employer",
)

# 53
p(
    "en",
    "thank_you",
    "Gracias to the Zavala family for the tamales! 🫔 Your mom Herminia rang the bell after her last chemo on 11/30 and informed us the next dozen is for 4 North.",
    [("NAME", "Zavala"), ("NAME", "Herminia"), ("DATE", "11/30")],
)

# 54
p(
    "en",
    "pasted_record",
    "Intake form posted by mistake: Name: Aurelio Benítez | SSN 462-55-0198 | Ins: BCBS TX 900114722 | phone 956-555-0183 | email abenitez.rgv@gmail.com — taken down.",
    [
        ("NAME", "Aurelio Benítez"),
        ("SSN", "462-55-0198"),
        ("HEALTH_PLAN", "900114722"),
        ("PHONE", "956-555-0183"),
        ("EMAIL", "abenitez.rgv@gmail.com"),
    ],
)

# 55
p(
    "en",
    "milestone_birthday",
    "happy bday to our fave frequent flyer grandpa Nacho, 98 today and still flirting with every nurse on 3 South 😂🎂",
    [("NAME", "Nacho"), ("AGE", "98")],
)

# 56
p(
    "en",
    "patient_story",
    "Follow Luciana's journey at caringbridge.org/visit/lucianafuerte 💜 her parents Ana and Iván post an update every night from room 511.",
    [
        ("NAME", "Luciana"),
        ("URL", "caringbridge.org/visit/lucianafuerte"),
        ("NAME", "Ana"),
        ("NAME", "Iván"),
        ("OTHER_ID", "room 511"),
    ],
)

# 57
p(
    "en",
    "crisis_update",
    "Fire update: we are caring for Mr. and Mrs. Sauceda, both 92, from the apartment complex on Alameda Street in Mercedes. Their grandson Kevin is collecting clothes and med lists at kevin.sauceda.rgv@icloud.com.",
    [
        ("NAME", "Sauceda"),
        ("AGE", "92"),
        ("GEO", "Alameda Street"),
        ("GEO", "Mercedes"),
        ("NAME", "Kevin"),
        ("EMAIL", "kevin.sauceda.rgv@icloud.com"),
    ],
)

# 58
p(
    "en",
    "birth_announcement",
    "First baby born in our new Women's Tower: Rosalinda “Rosy” Méndez, 11/4 at 4:11 a.m., 6 lb 11 oz. Mom Graciela drove in from Hidalgo with contractions four minutes apart. 🌹",
    [
        ("NAME", "Rosalinda “Rosy” Méndez"),
        ("DATE", "11/4"),
        ("NAME", "Graciela"),
        ("GEO", "Hidalgo"),
    ],
    note="Hidalgo is the family's town here (also a county and a surname)",
)

# 59
p(
    "en",
    "memorial",
    "we said goodbye today to don rafael 'rafa' olivo, one hundred and one years old, who shined shoes on main street in harlingen for 70 years and knew every judge in town by their shoe size. descanse, don rafa 🕊️",
    [
        ("NAME", "rafael 'rafa' olivo"),
        ("AGE", "one hundred and one"),
        ("GEO", "main street"),
        ("GEO", "harlingen"),
        ("NAME", "rafa", 2),
    ],
    note="lower case throughout; age in words; his workplace street and town",
)

# 60
p(
    "en",
    "pasted_record",
    "Pt label: MRN 3300-8812 | ZÚÑIGA, ESPERANZA | DOB 12 DEC 1945 | Rm 4-17 — this was supposed to go to the printer, not to X. deleting.",
    [
        ("MRN", "3300-8812"),
        ("NAME", "ZÚÑIGA, ESPERANZA"),
        ("DATE", "12 DEC 1945"),
        ("OTHER_ID", "Rm 4-17"),
    ],
)

# ---------------------------------------------------------------- English, not patient

# 61
n(
    "en",
    "staff_spotlight",
    "Meet Esperanza Salinas, RN, our 4 North charge nurse since 2009. Born and raised in Weslaco, she started as a CNA the summer Hurricane Dolly hit. Her secret weapon? Her abuela's caldo recipe. #SantaLuzNurses",
    "a nurse's name, home town and family are staff details",
)

# 62
n(
    "en",
    "health_tip",
    "🌡️ Heat advisory for the Valley through Sunday: 108°F in McAllen. Check on neighbors over 90, kids left in cars, and anyone working outside. Heat stroke = confusion, hot dry skin, no sweat. Call 911.",
    "'over 90' is a population age; 911 is a national line",
)

# 63
n(
    "en",
    "event",
    "Join us Dec 12 at 6 a.m. for our annual Mañanitas a la Virgen in the main lobby, 3100 Palo Verde Parkway. Pan dulce and champurrado on us ☕🌹",
    "event date and the hospital's address",
)

# 64
n(
    "en",
    "statistic",
    "In 2023 our Edinburg ER treated 1,214 people for heat illness. 41% were outdoor workers, 1 in 5 were over 65, and most came in between 2 and 6 p.m.",
    "aggregate numbers, population ages",
)

# 65
n(
    "en",
    "public_figure",
    "On Selena Day (April 16) we remember the Queen of Tejano music, born right here in Texas. Put on 'Como la Flor' and get your steps in! 💃 #SantaLuzMoves",
    "a public figure's birthday",
)

# 66
n(
    "en",
    "eponymous_condition",
    "Chagas disease, named for Brazilian doctor Carlos Chagas, is spread by the kissing bug (chinche besucona) found across South Texas. Seen one? Don't squash it — call our infectious disease clinic at (956) 555-0100.",
    "eponym and its namesake; the hospital's main line",
)

# 67
n(
    "en",
    "recruitment",
    "We're hiring bilingual RNs in El Paso! Sign-on bonus up to $15K and relocation help. Apply at santaluzhealth.org/careers or call (915) 555-0150.",
    "hospital domain and phone",
)

# 68
n(
    "en",
    "sponsor",
    "Thank you, Canales Family Foundation, for funding the new Rosa Canales Mother-Baby Unit. Mrs. Canales, 94, cut the ribbon herself and then asked for the nurses' tamale recipe.",
    "donor family and a donor's age are never labelled",
)

# 69
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Patient Financial Services: (956) 555-0127, Mon–Fri 8–5, or billing@santaluzhealth.org. ¿Prefiere español? Oprima 2.",
    "the hospital's billing line and address",
)

# 70
n(
    "en",
    "campaign_hashtag",
    "Every mile, every shift, every abuela. #ValleStrong #SantaLuzFamilia #EsperanzaEnElValle",
    "campaign hashtags; Esperanza here means hope",
)

# 71
n(
    "en",
    "anonymous_story",
    "Last night a dad from one of the colonias drove his wife to our ER in a pickup with no AC, in labor. Their baby girl arrived in the ambulance bay 8 minutes later. Mom and baby are perfect. 💕",
    "no identifier: 'last night' is relative and 'the colonias' names no place",
)

# 72
n(
    "en",
    "staff_spotlight",
    "Everybody on 3 South knows Chuy. Our unit secretary Jesús 'Chuy' Olivares has answered call lights for 27 years and keeps a jar of Mexican candy for every visitor who looks lost. 🍬",
    "staff nickname and full name",
)

# 73
n(
    "en",
    "research",
    "New from our research team: among 2,400 colonia residents aged 40 to 95, 38% had diabetes they didn't know about. Free A1c screening every Thursday. Full paper: santaluzhealth.org/research",
    "population age range, study statistics",
)

# 74
n(
    "en",
    "crisis_update",
    "UPDATE 2:40 p.m.: We received 17 patients from the tractor-trailer found near the Falfurrias checkpoint this morning; 9 are in critical condition. Families looking for loved ones, call our reunification line at (956) 555-0171. No names will be released here.",
    "group incident, no person identified; the hospital's reunification line",
)

# 75
n(
    "en",
    "memorial",
    "We mourn Dr. Rosario Villarreal, 91, who delivered more than 9,000 Valley babies at Santa Luz between 1961 and 2004. She died March 14 at home in Harlingen. Her daughter Graciela says she'd want you to get your Pap smear. 🕊️",
    "retired staff physician: her age, date, town and daughter are staff details",
)

# 76
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to our longest-serving volunteer, Mr. Teodoro 'Teo' Garza, born June 3 and still pushing the book cart every Tuesday! 🎂 Want to join him? (915) 555-0185",
    "a volunteer's age and birthday; Volunteer Services line",
)

# 77
n(
    "en",
    "birth_announcement",
    "Congrats to our L&D nurse Paloma Ruiz and her husband Eddie on the birth of their son Mateo on 5/21! 💙 Paloma, take that nap.",
    "a staff member's own family",
)

# 78
n(
    "en",
    "health_tip",
    "Día de los Muertos is Nov 2. Making pan de muerto with the kids? Keep little hands away from hot comales, and remember marigolds (cempasúchil) are not a snack for toddlers or dogs 🌼",
    "a holiday, not anyone's event",
)

# 79
n(
    "en",
    "event",
    "First Communion season is here! Our chaplains will bless medals and rosaries for families on Sunday, May 4, in the 2nd-floor chapel. All faiths welcome. 🕊️",
    "event date and venue",
)

# 80
n(
    "en",
    "public_figure",
    "César Chávez Day, March 31: we honor the farmworker leader born near Yuma in 1927 who fought for clean water and shade in the fields — still life-or-death in our Valley heat.",
    "public figure's birth place and year",
)

# 81
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease isn't named for the motorcycle 🏍️ — it's for Dr. Tomisaku Kawasaki. Fever 5+ days, red eyes, strawberry tongue in a child? See your pediatrician.",
    "eponymous condition",
)

# 82
n(
    "en",
    "statistic",
    "In the Rio Grande Valley, 1 in 3 adults has diabetes. Hidalgo, Cameron, Starr and Willacy counties have some of the highest rates in Texas.",
    "counties as statistics, not a person's place",
)

# 83
n(
    "en",
    "hospital_contact",
    "Separated from a family member after crossing? Our El Paso social workers help reunite families. Call (915) 555-0155 or write familias@santaluzkids.org — we never ask about immigration status.",
    "hospital social work line and domain",
)

# 84
n(
    "en",
    "anonymous_story",
    "A grandfather in his late 80s told our nurse he hadn't seen a doctor since the Korean War. He left with a new heart med, a glucometer and a plate of tamales from the nurses' potluck.",
    "age under 90, no identifier",
)

# 85
n(
    "en",
    "staff_spotlight",
    "Our Social Work team: Consuelo, Socorro, Esperanza and Paz. 😂 We swear we didn't hire them for their names — Comfort, Help, Hope and Peace, on call 24/7.",
    "staff first names that are words",
)

# 86
n(
    "en",
    "sponsor",
    "Gracias to H-E-B and Rio Farms for donating 2,000 cases of water to our heat-relief stations this summer! 💧 #ValleStrong",
    "sponsors, not a patient's employer",
)

# 87
n(
    "en",
    "recruitment",
    "Now hiring community health workers for packing-house outreach. Bilingual, valid TX driver license, knows the back roads between Edinburg and Rio Grande City. Apply: santaluzhealth.org/careers",
    "job posting; towns are a territory",
)

# 88
n(
    "en",
    "crisis_update",
    "EXTREME HEAT WARNING 🥵 El Paso hit 110°F today. Our cooling center at 1450 Montana Sol Avenue is open until 10 p.m. — no ID needed. Call 211 for a ride.",
    "hospital address, city-wide warning",
)

# 89
n(
    "en",
    "research",
    "Thank you to the 312 families from Cameron Park, Las Milpas and Sparks who joined our asthma study. Kids aged 5–17 using a spacer had 40% fewer ER visits.",
    "colonias as study areas, population ages",
)

# 90
n(
    "en",
    "public_figure",
    "Happy birthday to Freddy Fender, born Baldemar Huerta in San Benito on June 4, 1937 🎸 Wasted days and wasted nights? Not if you get your blood pressure checked.",
    "public figure's birth date and town",
)

# 91
n(
    "en",
    "eponymous_condition",
    "Bell's palsy, Parkinson's, Alzheimer's, Crohn's, Down syndrome — all named after doctors. Our neurology and GI clinics at 802 Ebony Grove Lane in Harlingen see all of them.",
    "eponyms and the clinic's address",
)

# 92
n(
    "en",
    "campaign_hashtag",
    "#FuerzaFronteriza is back! For every selfie with a water bottle, our sponsors give $1 to heat-relief kits. Tag @SantaLuzHealth and @santaluz_rgv 💧",
    "campaign hashtag and the hospital's handles",
)

# 93
n(
    "en",
    "discharge",
    "One of our tiniest NICU grads went home today after 112 days. Born at 24 weeks, now 5 lbs and very loud. Congrats, mom and dad! 💜",
    "nameless, no date, durations only",
)

# 94
n(
    "en",
    "pasted_record",
    "Reminder for unit clerks: patient labels show Name / DOB / MRN / Room and must never be photographed. Format: 'LAST, FIRST | 00/00/0000 | MRN 00000000 | Rm ___'.",
    "a placeholder template, no real values",
)

# 95
n(
    "en",
    "thank_you",
    "To nurse Ángel Cruz and paramedic Lupita Ortega: the whole ER says gracias for 48 hours straight during the bridge pileup. Heroes don't always wear capes. 🦸",
    "staff names that are words and nicknames",
)

# 96
n(
    "en",
    "event",
    "Free quinceañera health fair! Sept 20, 10–2, at our Harlingen clinic: HPV shots, sports physicals, and a dress swap for families who can't afford one. 👗👑",
    "event date and venue",
)

# 97
n(
    "en",
    "statistic",
    "Texas has more than 50,000 residents aged 90 and over, and the Valley's centenarian population has doubled since 2010. Plan now for the care you'll want.",
    "population ages ('centenarian population')",
)

# 98
n(
    "en",
    "public_figure",
    "Jovita Idár, born in Laredo on Sept 7, 1885, nursed wounded soldiers during the Mexican Revolution. Our new nursing scholarship carries her name.",
    "historical figure",
)

# 99
n(
    "en",
    "hospital_contact",
    "Our only official accounts are @SantaLuzHealth, @SantaLuzKidsEP and @santaluz_rgv. We will never DM you for your MRN, SSN or insurance number.",
    "the hospital's handles; words MRN/SSN with no values",
)

# 100
n(
    "en",
    "health_tip",
    "Abuelos over 90 and babies under 1 are most at risk this week. Fans don't cool you above 95°F — find a cooling center or a cool library.",
    "population ages",
)

# 101
n(
    "en",
    "anonymous_story",
    "A man in his 40s was treated for heat exhaustion after walking 11 hours through the brush. He's recovering. Please: carry water, tell someone your route, know the signs.",
    "nameless, no place, age under 90",
)

# 102
n(
    "en",
    "milestone_birthday",
    "Our chaplain, Father Cruz Mendoza, turns 75 today! 🎂 He has blessed every NICU baby since 1990 and still won't tell us his pan dulce source.",
    "a staff member's birthday",
)

# 103
n(
    "en",
    "sponsor",
    "The Garza-Leal family has pledged $2M for a new cardiac wing in memory of the late Judge Ramiro Garza-Leal, who served Hidalgo County for 30 years.",
    "donors and a public figure",
)

# 104
n(
    "en",
    "recruitment",
    "Love lotería and talking with abuelos? Volunteer with our Nonagenarian Club — we visit residents 90 and older in nursing homes across Hidalgo County. Call (915) 555-0185.",
    "a program name and population ages",
)

# 105
n(
    "en",
    "campaign_hashtag",
    "#HopeLivesHere ✨ #SantaLuzStrong ✨ #TeamValle — share your photos from our Dec 12 procession and tag @SantaLuzKidsEP!",
    "campaign hashtags, event date",
)

# 106
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré, Hodgkin's, Tourette's: the names are hard, the care doesn't have to be. Neurology referrals: (956) 555-0100.",
    "eponyms, hospital line",
)

# 107
n(
    "en",
    "event",
    "1o de mayo, Labor Day in Mexico: free heat-stress screenings for farm and packing-house workers at our Edinburg campus, 6–10 a.m. 🌽",
    "holiday as event date",
)

# 108
n(
    "en",
    "anonymous_story",
    "A teenager who crossed alone told our social worker the only thing he carried was a photo of his mother. We had it laminated for him. Small things matter. ❤️",
    "nameless; the photo is not an attached photo of a patient",
)

# 109
n(
    "en",
    "statistic",
    "Since June 1 our El Paso ER has seen 214 heat-related visits, patients aged 1 to 97. Hydrate, shade, rest.",
    "age range of a group is population data",
)

# 110
n(
    "en",
    "research",
    "Dr. Abril Santos's team is enrolling adults 18–65 in a Valley fever vaccine study. Info: research@santaluzhealth.org",
    "researcher's name (also a month in Spanish), hospital domain",
)

# 111
n(
    "en",
    "public_figure",
    "Benito Juárez said 'El respeto al derecho ajeno es la paz.' Our security team says: respect the visitor limits too. 😉",
    "historical figure; 'paz' is a word",
)

# 112
n(
    "en",
    "hospital_contact",
    "Visiting the Children's Hospital? Parking is free in Garage B off Montana Sol Avenue. Questions: (915) 555-0150 or santaluzkids.org",
    "hospital details",
)

# 113
n(
    "en",
    "memorial",
    "Valley legend Narciso Martínez, 'the father of conjunto,' was born Oct 29, 1911. Play some accordion today 🪗 and then check your blood sugar.",
    "historical figure's birth date",
)

# 114
n(
    "en",
    "crisis_update",
    "Flood update: our Harlingen clinic is closed today. Patients with appointments will be called to reschedule; dialysis patients should go to Edinburg. Stay off flooded roads like Expressway 83.",
    "closure notice, no person",
)

# 115
n(
    "en",
    "thank_you",
    "Muchísimas gracias to the Sunday quilters of St. Anne's for 300 NICU blankets 🧵💕 each one with a tiny Virgen de Guadalupe stitched in the corner.",
    "donor group, religious figure",
)

# 116
n(
    "en",
    "milestone_birthday",
    "Santa Luz turns 50! Founded Nov 3, 1975 by Dr. Amado Peña and nine nurses in a converted packing shed in Edinburg. Cake in every cafeteria today 🎂",
    "the hospital's anniversary and founder",
)

# 117
n(
    "en",
    "anonymous_story",
    "Our oldest patient this month walked laps in the hallway every morning, cane in one hand, rosary in the other. Goals.",
    "nameless, no age stated",
)

# 118
n(
    "en",
    "staff_spotlight",
    "shoutout to memo from environmental services who fixed the ice machine on 5 west at 2am during the heat wave 🧊🙌 legend",
    "lower-case staff nickname",
)

# 119
n(
    "en",
    "health_tip",
    "Planning a quince in July? Keep the abuelos cool: shade tents, water stations, and seats close to the dance floor. And no mayonnaise salads in the sun. 👑",
    "general tip",
)

# 120
n(
    "en",
    "eponymous_condition",
    "Hansen's disease (leprosy) is rare but still diagnosed along the border. Our dermatology clinic offers free, confidential testing: (956) 555-0100.",
    "eponym, hospital line",
)

# ---------------------------------------------------------------- Spanish, patient

# 121
p(
    "es",
    "milestone_birthday",
    "felicidades a Doña Chonita que hoy cumple noventa y tres 🎂 la trajeron de la colonia Las Palmas desde las 6am para su diálisis y aun así nos trajo pan de elote ❤️",
    [("NAME", "Chonita"), ("AGE", "noventa y tres"), ("GEO", "Las Palmas")],
    note="age in words; colonia name without the word 'colonia'",
)

# 122
p(
    "es",
    "birth_announcement",
    "¡Bienvenido al mundo, Jesús Emmanuel! Nació el 1o de mayo, Día del Trabajo, y su papá Lázaro —que trabaja en la empacadora Frutas del Norte— dice que ya llegó con ganas de chambear 😂 Felicidades a la familia Rentería de Edcouch.",
    [
        ("NAME", "Jesús Emmanuel"),
        ("DATE", "1o de mayo"),
        ("DATE", "Día del Trabajo"),
        ("NAME", "Lázaro"),
        ("NAME", "Frutas del Norte"),
        ("NAME", "Rentería"),
        ("GEO", "Edcouch"),
    ],
    note="'1o de mayo' and Día del Trabajo are the same birth date; father's employer is NAME",
)

# 123
p(
    "es",
    "pasted_record",
    "Se pegó por error en la página: 'Pte. HINOJOSA CAVAZOS, MA. DEL ROSARIO · Exp. 00918273 · FN 05/11/1930 · Hab. 412-B · Familiar: hija Rosa (956) 555-0161'",
    [
        ("NAME", "HINOJOSA CAVAZOS, MA. DEL ROSARIO"),
        ("MRN", "00918273"),
        ("DATE", "05/11/1930"),
        ("OTHER_ID", "Hab. 412-B"),
        ("NAME", "Rosa"),
        ("PHONE", "(956) 555-0161"),
    ],
    note="'Exp.' (expediente) is the MRN label",
)

# 124
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a don Anselmo Treviño Cruz, de cien años, quien falleció el pasado 2 de noviembre, Día de Muertos, rodeado de sus nietos en su casa de San Juan.",
    [
        ("NAME", "Anselmo Treviño Cruz"),
        ("AGE", "cien"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("GEO", "San Juan"),
    ],
)

# 125
p(
    "es",
    "thank_you",
    "gracias al equipo de UCI por cuidar a mi amá Blanca Estela 🙏 estuvo en la cama 9 del 3 al 17 de agosto y hoy ya está en su casa en Pharr. los quiero!!",
    [
        ("NAME", "Blanca Estela"),
        ("OTHER_ID", "cama 9"),
        ("DATE", "3"),
        ("DATE", "17 de agosto"),
        ("GEO", "Pharr"),
    ],
    note="a date range is two spans: the day '3' and '17 de agosto'",
)

# 126
p(
    "es",
    "patient_story",
    "La familia de Lupita Saldívar pide que las tarjetas y dibujos se manden a tarjetasparalupita@gmail.com; ella los lee desde la habitación 708 del hospital infantil. #TodosConLupita 💛",
    [
        ("NAME", "Lupita Saldívar"),
        ("EMAIL", "tarjetasparalupita@gmail.com"),
        ("OTHER_ID", "habitación 708"),
        ("NAME", "#TodosConLupita"),
    ],
)

# 127
p(
    "es",
    "milestone_birthday",
    "🎉 ¡Feliz cumpleaños número 101 a doña Esperanza Garza! Nació un 24 de junio, día de San Juan, en un rancho cerca de Camargo, Tamaulipas. Hoy su esperanza, dice, es bailar otra vez en la fiesta del pueblo.",
    [
        ("AGE", "101"),
        ("NAME", "Esperanza Garza"),
        ("DATE", "24 de junio"),
        ("DATE", "día de San Juan"),
        ("GEO", "Camargo"),
    ],
    note="Tamaulipas is a state; lower-case 'esperanza' is the word",
)

# 128
p(
    "es",
    "pasted_record",
    "Mensaje para el área de registros (publicado por error): el paciente Nicanor Villarreal, expediente médico 4410-2297, solicita sus resultados por correo a nicanor.villa@hotmail.com",
    [("NAME", "Nicanor Villarreal"), ("MRN", "4410-2297"), ("EMAIL", "nicanor.villa@hotmail.com")],
)

# 129
p(
    "es",
    "discharge",
    "¡Se va a casa! Después de 63 días, la bebé Milagros Paz, nacida el 8-mar a las 24 semanas, se fue hoy a su casa en la colonia Las Brisas de Socorro. Su mamá, Consuelo, no paró de llorar 😭💕",
    [
        ("NAME", "Milagros Paz"),
        ("DATE", "8-mar"),
        ("GEO", "Las Brisas"),
        ("GEO", "Socorro"),
        ("NAME", "Consuelo"),
    ],
    note="abbreviated Spanish date; Socorro is the town here, Consuelo the mother",
)

# 130
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN ola de calor: buscamos a familiares de Ezequiel Ortiz Barrón, 34 años, originario de Piedras Negras, atendido en nuestra sala de urgencias de El Paso. Si lo conocen, llamen a Trabajo Social al (915) 555-0155.",
    [("NAME", "Ezequiel Ortiz Barrón"), ("GEO", "Piedras Negras")],
    note="foreign home city; the social-work line is the hospital's",
)

# 131
p(
    "es",
    "thank_you",
    "Mil gracias, Dr. Paz y enfermera Cruz, por salvarle la vida a mi papá, Refugio Alanís, el 15 de septiembre, la mera noche del Grito. Toda la familia Alanís de La Joya les está agradecida.",
    [
        ("NAME", "Refugio Alanís"),
        ("DATE", "15 de septiembre"),
        ("DATE", "noche del Grito"),
        ("NAME", "Alanís", 2),
        ("GEO", "La Joya"),
    ],
    note="Dr. Paz and nurse Cruz are staff; the holiday names the same day as the date",
)

# 132
p(
    "es",
    "discharge",
    "chuy ya salió de la uci!!! 🙌 el accidente en la carretera 83 cerca de Peñitas fue el 2/6 y hoy ya pide tacos. gracias a todos por las oraciones #FuerzaChuy",
    [
        ("NAME", "chuy"),
        ("GEO", "carretera 83"),
        ("GEO", "Peñitas"),
        ("DATE", "2/6"),
        ("NAME", "#FuerzaChuy"),
    ],
)

# 133
p(
    "es",
    "pasted_record",
    "Lista de camas 2 Oriente (borrador, NO publicar): C1 Ramírez Soto, Herlinda 97a MRN 2210933 | C2 Cantú, José Ma. 72a MRN 2210977 | C3 vacía",
    [
        ("OTHER_ID", "C1"),
        ("NAME", "Ramírez Soto, Herlinda"),
        ("AGE", "97a"),
        ("MRN", "2210933"),
        ("OTHER_ID", "C2"),
        ("NAME", "Cantú, José Ma."),
        ("MRN", "2210977"),
    ],
    note="bed codes without keyword; '97a' one token; 72a under 90; empty bed C3 belongs to nobody",
)

# 134
p(
    "es",
    "memorial",
    "Hoy despedimos a Rosario 'Chayo' Benavides, nuestra paciente de diálisis por 12 años, que partió el 30 de abril, Día del Niño — ella, que fue maestra de kínder toda su vida. Tenía noventa y cuatro años.",
    [
        ("NAME", "Rosario 'Chayo' Benavides"),
        ("DATE", "30 de abril"),
        ("DATE", "Día del Niño"),
        ("AGE", "noventa y cuatro"),
    ],
)

# 135
p(
    "es",
    "patient_story",
    "Nuestro paciente de oncología Ángel Cruz Tamez hizo su primera comunión el domingo 19 de mayo en la capilla del hospital. Sus padrinos, Chelo y Beto Garza, viajaron desde Matamoros. 📸 En la foto: Ángel con el padre Miguel.",
    [
        ("NAME", "Ángel Cruz Tamez"),
        ("DATE", "19 de mayo"),
        ("NAME", "Chelo"),
        ("NAME", "Beto Garza"),
        ("GEO", "Matamoros"),
        ("PHOTO", "En la foto"),
        ("NAME", "Ángel", 2),
    ],
    note="padrinos treated as relatives; the chaplain is staff; weekday not labelled",
)

# 136
p(
    "es",
    "patient_story",
    "La Sra. Amparo Lozano, de 96, llegó a la ER con heat stroke después de trabajar su jardín en Weslaco. Ya está mejor y nos pidió que les dijéramos: 'tomen agua, mijos'. 💧",
    [("NAME", "Amparo Lozano"), ("AGE", "96"), ("GEO", "Weslaco")],
)

# 137
p(
    "es",
    "thank_you",
    "La familia Quiroga agradece a todos los que donaron para los gastos médicos de su hija Itzel. Para mandarle mensajes: familiaquiroga.itzel@gmail.com 💛",
    [("NAME", "Quiroga"), ("NAME", "Itzel"), ("EMAIL", "familiaquiroga.itzel@gmail.com")],
)

# 138
p(
    "es",
    "pasted_record",
    "Mensaje de voz transcrito (borrar): 'Habla la hija de don Celestino Rocha, nacido el 3 de marzo de 1929, lo tienen en el cuarto 221, mi número es 915 555 0144, por favor llámenme'",
    [
        ("NAME", "Celestino Rocha"),
        ("DATE", "3 de marzo de 1929"),
        ("OTHER_ID", "cuarto 221"),
        ("PHONE", "915 555 0144"),
    ],
)

# 139
p(
    "es",
    "discharge",
    "Después de 5 semanas en rehabilitación, don Pánfilo Esquivel regresa a su ranchito en Los Ebanos. Se cayó el día de Reyes, 6 de enero, cuando bajaba la rosca de la troca. ¡Buen viaje, don Pánfilo!",
    [
        ("NAME", "Pánfilo Esquivel"),
        ("GEO", "Los Ebanos"),
        ("DATE", "día de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Pánfilo", 2),
    ],
)

# 140
p(
    "es",
    "patient_story",
    "Paola cumplió sus quince el 21 de octubre y no dejó que la leucemia le quitara su vals. Gracias a su chambelán de honor, el Dr. Treviño, y a su mamá Dulce María, que cosió el vestido en la sala de espera. #PaolaXV 👑",
    [("NAME", "Paola"), ("DATE", "21 de octubre"), ("NAME", "Dulce María"), ("NAME", "#PaolaXV")],
    note="quince is an age under 90; the doctor is staff",
)

# 141
p(
    "es",
    "pasted_record",
    "Aviso de facturación publicado por error: beneficiario Gumersindo Palacios, Medicaid núm. 612009843, número de cuenta 77-40182, expediente 5530-1187.",
    [
        ("NAME", "Gumersindo Palacios"),
        ("HEALTH_PLAN", "612009843"),
        ("ACCOUNT", "77-40182"),
        ("MRN", "5530-1187"),
    ],
)

# 142
p(
    "es",
    "patient_story",
    "les presento a Memo, 90 años, el más coqueto del piso 5 😂 ya se quiere ir a su casa en Donna para ver a los Cowboys",
    [("NAME", "Memo"), ("AGE", "90"), ("GEO", "Donna")],
)

# 143
p(
    "es",
    "patient_story",
    "Hace tres semanas, Rosa Linda Quintero cruzó el río cerca de Roma con su hija Abigail, de 6 años, en brazos. Llegaron deshidratadas. Hoy Abigail cumplió 7 en nuestra sala de pediatría y las enfermeras le hicieron pastel. 🎂",
    [("NAME", "Rosa Linda Quintero"), ("GEO", "Roma"), ("NAME", "Abigail", "*")],
    note="crossing place is GEO; 'hoy' and 'hace tres semanas' are relative",
)

# 144
p(
    "es",
    "memorial",
    "Descanse en paz doña Paz Ochoa Salinas (noventa y ocho años), vecina de la colonia Sparks, quien nos dejó la madrugada del 19 de marzo, día de San José, el santo de su difunto esposo José.",
    [
        ("NAME", "Paz Ochoa Salinas"),
        ("AGE", "noventa y ocho"),
        ("GEO", "Sparks"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
        ("NAME", "José", 2),
    ],
    note="'paz' the word next to Paz the name; the saint's name sits inside the DATE span",
)

# 145
p(
    "es",
    "pasted_record",
    "Formulario de contacto (no publicar): Nombre: Adelaida Pruneda · Tel. +52 868 555 0131 · Correo: adelaida.pruneda@yahoo.com.mx · Motivo: su esposo Fermín está en la cama 14 de UCI",
    [
        ("NAME", "Adelaida Pruneda"),
        ("PHONE", "+52 868 555 0131"),
        ("EMAIL", "adelaida.pruneda@yahoo.com.mx"),
        ("NAME", "Fermín"),
        ("OTHER_ID", "cama 14"),
    ],
    note="Mexican phone number of the patient's wife",
)

# 146
p(
    "es",
    "milestone_birthday",
    "¡Cien años cumplió ayer don Macario Leal! Lo festejamos en el 4 Norte con mariachi y pastel de tres leches. Nació el 7-jul-1924 en Mier y todavía se acuerda de la inundación del 33.",
    [("AGE", "Cien"), ("NAME", "Macario Leal"), ("DATE", "7-jul-1924"), ("GEO", "Mier")],
    note="'del 33' is a bare year",
)

# 147
p(
    "es",
    "discharge",
    "¡NACHO YA SE VA A CASA! 🎉 Ignacio Peña, el señor de los raspados de la Calle Nebraska, pasó 40 días con nosotros tras el golpe de calor del 14 de julio.",
    [
        ("NAME", "NACHO"),
        ("NAME", "Ignacio Peña"),
        ("GEO", "Calle Nebraska"),
        ("DATE", "14 de julio"),
    ],
    note="street named after a state is still a street (his workplace)",
)

# 148
p(
    "es",
    "research",
    "El participante número uno de nuestro estudio de diabetes en colonias es don Fidencio Salazar, 92, de la colonia La Piñata, en Alton. ¡Gracias por abrir camino, don Fidencio!",
    [
        ("NAME", "Fidencio Salazar"),
        ("AGE", "92"),
        ("GEO", "La Piñata"),
        ("GEO", "Alton"),
        ("NAME", "Fidencio", 2),
    ],
)

# 149
p(
    "es",
    "thank_you",
    "@lachata_rgv gracias por compartir la historia de tu abuelito Chema 💙 le mandamos un abrazo hasta Elsa",
    [("OTHER_ID", "@lachata_rgv"), ("NAME", "Chema"), ("GEO", "Elsa")],
    note="relative's handle; town that is a first name",
)

# 150
p(
    "es",
    "pasted_record",
    "Nota de enfermería pegada por error → 'Pac. Eduviges Tovar, 91 a., ingresó 23/11 con neumonía; nieta Karla al 956-555-0107 (no dar info a otros familiares)'",
    [
        ("NAME", "Eduviges Tovar"),
        ("AGE", "91"),
        ("DATE", "23/11"),
        ("NAME", "Karla"),
        ("PHONE", "956-555-0107"),
    ],
    note="day/month order",
)

# 151
p(
    "es",
    "birth_announcement",
    "¡Llegó Consuelo! La primera bebé del año en nuestro hospital de El Paso nació el 1º de enero a las 12:09 a.m. Sus papás, Araceli y Juan Diego Lucero, de Horizon City, le pusieron el nombre de su bisabuela, que tiene noventa y nueve años.",
    [
        ("NAME", "Consuelo"),
        ("DATE", "1º de enero"),
        ("NAME", "Araceli"),
        ("NAME", "Juan Diego Lucero"),
        ("GEO", "Horizon City"),
        ("AGE", "noventa y nueve"),
    ],
    note="great-grandmother's age over 89 is a relative's age",
)

# 152
p(
    "es",
    "patient_story",
    "A don Abundio Leyva le robaron la cartera en la sala de espera. Si alguien encuentra una licencia de manejo de Texas número 34871209 a su nombre, por favor llévela a recepción. 🙏",
    [("NAME", "Abundio Leyva"), ("LICENSE", "34871209")],
)

# 153
p(
    "es",
    "thank_you",
    "Queremos dar las gracias a todo el personal del piso 6 por cuidar a nuestra mamá, María de la Paz 'Pacita' Longoria, en sus últimos días. Se fue el 8 de diciembre, día de la Inmaculada, como ella quería. Sus hijos: Rubén, Norma y Javier.",
    [
        ("NAME", "María de la Paz 'Pacita' Longoria"),
        ("DATE", "8 de diciembre"),
        ("DATE", "día de la Inmaculada"),
        ("NAME", "Rubén"),
        ("NAME", "Norma"),
        ("NAME", "Javier"),
    ],
)

# 154
p(
    "es",
    "pasted_record",
    "Correo interno reenviado a Facebook por error: 'Favor de corregir el registro de MENDIOLA, SAN JUANITA, expediente 8830044, fecha de ingreso 02/02/2024, cuenta 30-55812'",
    [
        ("NAME", "MENDIOLA, SAN JUANITA"),
        ("MRN", "8830044"),
        ("DATE", "02/02/2024"),
        ("ACCOUNT", "30-55812"),
    ],
    note="a first name that looks like a town",
)

# 155
p(
    "es",
    "milestone_birthday",
    "feliz cumple 95 a la abuelita Cuca, paciente estrella de fisioterapia 💃 ya camina sin andadera!!",
    [("AGE", "95"), ("NAME", "Cuca")],
)

# 156
p(
    "es",
    "crisis_update",
    "Actualización: los tres heridos del choque en el Puente Internacional Zaragoza siguen en nuestra UCI. La familia de la conductora, Marisol Gaytán, de Ciudad Juárez, pide privacidad y agradece sus oraciones.",
    [
        ("GEO", "Puente Internacional Zaragoza"),
        ("NAME", "Marisol Gaytán"),
        ("GEO", "Ciudad Juárez"),
    ],
    note="the bridge is the road of her crash; Zaragoza/Juárez here are places",
)

# 157
p(
    "es",
    "patient_story",
    "Si quieren escribirle a don Ciro Almanza, de 93 años, que está con nosotros desde el día 5 tras su cirugía de cadera, su nieta Marlen recibe mensajes en marlen.almanza@gmail.com",
    [
        ("NAME", "Ciro Almanza"),
        ("AGE", "93"),
        ("DATE", "día 5"),
        ("NAME", "Marlen"),
        ("EMAIL", "marlen.almanza@gmail.com"),
    ],
    note="day of the month alone ('el día 5') is a date element",
)

# 158
p(
    "es",
    "pasted_record",
    "Alta médica (pegado desde el sistema por error): Pte. Teódulo Rangel · NHC 20017745 · Alta 12-dic · Cita control 19-dic · Tel. 956-555-0153",
    [
        ("NAME", "Teódulo Rangel"),
        ("MRN", "20017745"),
        ("DATE", "12-dic"),
        ("DATE", "19-dic"),
        ("PHONE", "956-555-0153"),
    ],
    note="NHC (número de historia clínica) is the MRN; follow-up date is person-tied",
)

# 159
p(
    "es",
    "memorial",
    "q.e.p.d. tío Güero 🕊️ 97 años de puro corazón. gracias a las enfermeras de hospicio que lo cuidaron hasta el final #HastaSiempreGüero",
    [("NAME", "Güero"), ("AGE", "97"), ("NAME", "#HastaSiempreGüero")],
)

# 160
p(
    "es",
    "birth_announcement",
    "¡Nació Patria! La bebé de Ximena y Roberto Galván llegó el 16 de septiembre, Día de la Independencia, y sus papás dicen que el nombre se lo ganó solita. 🇲🇽",
    [
        ("NAME", "Patria"),
        ("NAME", "Ximena"),
        ("NAME", "Roberto Galván"),
        ("DATE", "16 de septiembre"),
        ("DATE", "Día de la Independencia"),
    ],
    note="a name that is a word",
)

# 161
p(
    "es",
    "patient_story",
    "Don Evaristo Cavazos, 91, lleva 60 años trabajando en la empacadora Hermanos Leal. El 3 de mayo, día de la Santa Cruz, se cortó la mano con una caja y llegó manejando él solo. Ya tiene 14 puntadas y ganas de regresar.",
    [
        ("NAME", "Evaristo Cavazos"),
        ("AGE", "91"),
        ("NAME", "Hermanos Leal"),
        ("DATE", "3 de mayo"),
        ("DATE", "día de la Santa Cruz"),
    ],
    note="employer is NAME; 60 años is tenure, not age",
)

# 162
p(
    "es",
    "pasted_record",
    "Reporte de TI (publicado por accidente): inicio de sesión sospechoso en el portal del paciente con el usuario chayito.mtz desde la IP 203.0.113.47 — paciente Rosario Martínez, exp. 6612-0093",
    [
        ("OTHER_ID", "chayito.mtz"),
        ("IP", "203.0.113.47"),
        ("NAME", "Rosario Martínez"),
        ("MRN", "6612-0093"),
    ],
)

# 163
p(
    "es",
    "thank_you",
    "Soy Graciela Montalvo, tengo 90 años y quiero agradecer a los paramédicos que me levantaron del piso de mi cocina en Los Indios. Dios los bendiga, muchachos.",
    [("NAME", "Graciela Montalvo"), ("AGE", "90"), ("GEO", "Los Indios")],
)

# 164
p(
    "es",
    "birth_announcement",
    "bienvenida al mundo, Rosario!!! 🌸 nacida el día de la Candelaria (2 de febrero) — ya saben quién pone los tamales 😂 felicidades Yuri y Chava",
    [
        ("NAME", "Rosario"),
        ("DATE", "día de la Candelaria"),
        ("DATE", "2 de febrero"),
        ("NAME", "Yuri"),
        ("NAME", "Chava"),
    ],
)

# 165
p(
    "es",
    "pasted_record",
    "Pulsera (foto borrada, texto no): MRN 0048812 · SALAZAR ROBLES JESUS · FN 17-04-1933 · Hab 310",
    [
        ("MRN", "0048812"),
        ("NAME", "SALAZAR ROBLES JESUS"),
        ("DATE", "17-04-1933"),
        ("OTHER_ID", "Hab 310"),
    ],
    note="the photo was removed, so no PHOTO",
)

# 166
p(
    "es",
    "memorial",
    "Nuestra querida paciente Guadalupe 'Lupe' Treviño, devota de la Virgen de Guadalupe, partió en paz el 12 de diciembre, el día de su santa. Tenía 92 años.",
    [("NAME", "Guadalupe 'Lupe' Treviño"), ("DATE", "12 de diciembre"), ("AGE", "92")],
    note="the Virgin is a religious figure, not labelled; 'el día de su santa' only points back",
)

# 167
p(
    "es",
    "patient_story",
    "Muy orgullosos de Sofía Garza Peña, paciente de trasplante, que hará su primera comunión aquí en el hospital. Si desean mandarle una tarjeta: Hab. 505, Hospital Infantil Santa Luz, 1450 Montana Sol Avenue.",
    [("NAME", "Sofía Garza Peña"), ("OTHER_ID", "Hab. 505")],
    note="the hospital's address is never GEO",
)

# 168
p(
    "es",
    "discharge",
    "Don Hilario Benavides, de noventa y un años, sigue trabajando su labor de sorgo en Lyford. Llegó con una cortada en la pierna el 29 de junio y se fue caminando el 2 de julio. 🌾",
    [
        ("NAME", "Hilario Benavides"),
        ("AGE", "noventa y un"),
        ("GEO", "Lyford"),
        ("DATE", "29 de junio"),
        ("DATE", "2 de julio"),
    ],
)

# 169
p(
    "es",
    "pasted_record",
    "Referencia recibida (NO ES PARA REDES): Expediente 7000-4421 · Paciente: Zulema Arredondo · Teléfono 915-555-0175 · correo zulema.arre@gmail.com · Domicilio: 1122 Calle Ánimas, San Elizario TX 79849",
    [
        ("MRN", "7000-4421"),
        ("NAME", "Zulema Arredondo"),
        ("PHONE", "915-555-0175"),
        ("EMAIL", "zulema.arre@gmail.com"),
        ("GEO", "1122 Calle Ánimas"),
        ("GEO", "San Elizario"),
        ("GEO", "79849"),
    ],
)

# 170
p(
    "es",
    "birth_announcement",
    "felicidades a la familia Saldaña Olvera por su bebé Dante, nacido el 12-12 a las 12:12 🤯 ¿cómo no va a ser guadalupano?",
    [("NAME", "Saldaña Olvera"), ("NAME", "Dante"), ("DATE", "12-12")],
)

# 171
p(
    "es",
    "thank_you",
    "Recibimos un correo precioso de Norma Alicia Vela (nvela.rgv@gmail.com), hija de nuestra paciente Tomasa, dándonos las gracias por acompañar a su mamá en cada quimio. ¡Gracias a ustedes!",
    [("NAME", "Norma Alicia Vela"), ("EMAIL", "nvela.rgv@gmail.com"), ("NAME", "Tomasa")],
)

# 172
p(
    "es",
    "milestone_birthday",
    "la señora socorro herrera cumplió 104 el sábado y pidió un corrido de Los Tigres del Norte 🎶 gracias a los voluntarios del mariachi por venir",
    [("NAME", "socorro herrera"), ("AGE", "104")],
    note="lower-case name; the band and the volunteers are not labelled",
)

# 173
p(
    "es",
    "crisis_update",
    "Incendio en la colonia Cuna del Valle: atendimos a 6 personas. Entre ellas don Florencio Ramos, de 95 años, cuya nieta Brenda (915-555-0129) pide a los vecinos que le avisen si vieron a su perro Canelo.",
    [
        ("GEO", "Cuna del Valle"),
        ("NAME", "Florencio Ramos"),
        ("AGE", "95"),
        ("NAME", "Brenda"),
        ("PHONE", "915-555-0129"),
    ],
    note="the colonia of his house fire is tied to him; the dog's name is not labelled",
)

# 174
p(
    "es",
    "memorial",
    "Recordamos a Ángel Villegas, nuestro paciente más pequeño de la unidad de quemados, que hoy cumpliría 5 años. Nació un 4 de octubre, día de San Francisco. Sus papás Leticia y Fernando nos pidieron compartir su sonrisa. 📷 Foto: Ángel con su bombero favorito.",
    [
        ("NAME", "Ángel Villegas"),
        ("DATE", "4 de octubre"),
        ("DATE", "día de San Francisco"),
        ("NAME", "Leticia"),
        ("NAME", "Fernando"),
        ("PHOTO", "Foto"),
        ("NAME", "Ángel", 2),
    ],
)

# 175
p(
    "es",
    "patient_story",
    "el tío Pancho (Francisco Salinas, 93) se escapó del 3 Sur to buy a raspa 😂🍧 security lo encontró en la gasolinera de Jackson Rd. todo bien, ya está en su cama",
    [
        ("NAME", "Pancho"),
        ("NAME", "Francisco Salinas"),
        ("AGE", "93"),
        ("GEO", "Jackson Rd"),
    ],
    note="Spanglish; place he was found is GEO; 3 Sur is a unit",
)

# 176
p(
    "es",
    "discharge",
    "Don Agapito Reséndez ya está en casa en Santa María tras su cirugía del 9 de abril. Los vecinos que quieran llevarle comida pueden ponerse de acuerdo con su esposa Delfina al 956-555-0138.",
    [
        ("NAME", "Agapito Reséndez"),
        ("GEO", "Santa María"),
        ("DATE", "9 de abril"),
        ("NAME", "Delfina"),
        ("PHONE", "956-555-0138"),
    ],
)

# 177
p(
    "es",
    "birth_announcement",
    "it's a girl!! 🎀 bienvenida Estrella, born 5/5 a las 5:05pm, 5 lbs 5 oz 🤯 mami Cinthia y papi Brandon están felices",
    [("NAME", "Estrella"), ("DATE", "5/5"), ("NAME", "Cinthia"), ("NAME", "Brandon")],
)

# 178
p(
    "es",
    "anonymous_story",
    "Una paciente de 103 años nos dio hoy la mejor lección de la semana: 'el chiste es no dejar de bailar'. 💃",
    [("AGE", "103")],
    note="nameless but an age over 89",
)

# 179
p(
    "es",
    "pasted_record",
    "Resumen (copiado por error): Sr. Teófilo Ybarra, 90 años, exp. 4400-1290, ingresó el veintiocho de febrero por caída en su domicilio de la calle Mezquite, colonia Los Álamos, Mission.",
    [
        ("NAME", "Teófilo Ybarra"),
        ("AGE", "90"),
        ("MRN", "4400-1290"),
        ("DATE", "veintiocho de febrero"),
        ("GEO", "calle Mezquite"),
        ("GEO", "Los Álamos"),
        ("GEO", "Mission"),
    ],
)

# 180
p(
    "es",
    "patient_story",
    "Valentina, de Colonia Socorro en San Juan, mandó a todo el hospital un dibujo: ella con su camión de bomberos y la fecha en que la rescataron, 11 de agosto, escrita con crayón. Ya está en casa con su abuela Chayo. 🚒",
    [
        ("NAME", "Valentina"),
        ("GEO", "Socorro"),
        ("GEO", "San Juan"),
        ("DATE", "11 de agosto"),
        ("NAME", "Chayo"),
    ],
    note="a colonia named Socorro, distinct from the town",
)

# ---------------------------------------------------------------- Spanish, not patient

# 181
n(
    "es",
    "staff_spotlight",
    "Conozcan a Socorro 'Coco' Alvarado, enfermera de urgencias en El Paso desde hace 20 años. Nació en Ciudad Juárez y cruza el puente todos los días a las 5 a.m. para cuidarnos. 💙",
    "a nurse's nickname, birthplace and commute are staff details",
)

# 182
n(
    "es",
    "health_tip",
    "🌡️ Ola de calor: tome agua aunque no tenga sed, evite el sol de 11 a 4 y nunca deje a niños ni mascotas en el carro. Si alguien está confundido y con la piel caliente y seca, llame al 911.",
    "general advice; 911 is a national line",
)

# 183
n(
    "es",
    "event",
    "Este 12 de diciembre, Día de la Virgen de Guadalupe, les invitamos a las mañanitas en el vestíbulo principal a las 6 a.m. Habrá champurrado y pan dulce para todos. 🌹",
    "a holiday as event date; the Virgin is a religious figure",
)

# 184
n(
    "es",
    "statistic",
    "En el Valle, 4 de cada 10 adultos mayores de 60 viven solos. Una llamada a tiempo puede salvar una vida en esta ola de calor. 📞",
    "population statistic",
)

# 185
n(
    "es",
    "recruitment",
    "¿Hablas español y te gusta ayudar? Buscamos promotoras de salud para las colonias de Hidalgo y Starr. Requisitos: licencia de manejo de Texas y carro propio. Informes: (956) 555-0100.",
    "job posting; counties as territory; the word licencia without a number",
)

# 186
n(
    "es",
    "public_figure",
    "Hoy recordamos a Dolores Huerta, nacida el 10 de abril de 1930 en Nuevo México, cofundadora del sindicato de trabajadores agrícolas. ¡Sí se puede! ✊",
    "public figure's birth date",
)

# 187
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no es una enfermedad: es una condición genética descrita por el médico John Langdon Down. El 21 de marzo es el Día Mundial del Síndrome de Down. 💛💙",
    "eponym and an awareness day",
)

# 188
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Cantú por donar la nueva sala de lactancia 'Doña Amalia Chapa'. ¡Las mamás del Valle se lo agradecen! 🤱",
    "donors and the person a room is named after",
)

# 189
n(
    "es",
    "hospital_contact",
    "Línea de enfermería en español, las 24 horas: (915) 555-0162. También nos encuentra en santaluzkids.org y en @SantaLuzKidsEP.",
    "the hospital's line, domain and handle",
)

# 190
n(
    "es",
    "campaign_hashtag",
    "#FuerzaDelValle 💪 #SantaLuzContigo #EsperanzaYSalud — comparte tu foto de la caminata y etiquétanos.",
    "campaign hashtags",
)

# 191
n(
    "es",
    "anonymous_story",
    "Anoche una señora embarazada llegó caminando desde el puente con sus dos niños. A las 3 a.m. nació una niña sana. Gracias a nuestro equipo de Labor y Parto. 🙏",
    "nameless; 'anoche' is relative; 'el puente' names no place",
)

# 192
n(
    "es",
    "research",
    "Nuestro estudio con 1,100 trabajadores de empacadoras encontró que la mitad no tiene sombra durante el turno. Participantes de 18 a 92 años, de Hidalgo y Cameron.",
    "age range of study participants; counties",
)

# 193
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: recibimos a 11 personas rescatadas del canal de riego cerca de Progreso. Ocho ya fueron dadas de alta. Por respeto a las familias no daremos nombres. Informes: (956) 555-0171.",
    "group incident; no one identified",
)

# 194
n(
    "es",
    "memorial",
    "Descanse en paz el Dr. Ramiro 'Ramy' Gutiérrez, nuestro pediatra por 40 años, fallecido el 3 de enero a los 92 años. Su esposa Amalia y sus hijos agradecen las muestras de cariño.",
    "a staff physician and his family",
)

# 195
n(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 95, doña Chayo! Nuestra voluntaria más querida de la tienda de regalos cumple hoy y sigue tejiendo chambritas para la UCIN. 🧶",
    "a volunteer's age",
)

# 196
n(
    "es",
    "birth_announcement",
    "¡Felicidades a nuestra terapista respiratoria Nayeli Soto, que tuvo a su bebé Ximena el 14 de febrero! 💘 Día del Amor y la Amistad, ni modo.",
    "a staff member's own baby",
)

# 197
n(
    "es",
    "health_tip",
    "¿Primera comunión o quinceañera en pleno julio? Ponga sombra, agua fresca y sillas para los abuelitos. Y ojo con la mayonesa al sol. 🥗",
    "general tip",
)

# 198
n(
    "es",
    "event",
    "Feria de salud en la colonia Las Milpas: sábado 14 de junio, de 9 a 1. Vacunas gratis, presión y glucosa. ¡Los esperamos!",
    "event date; colonia as venue",
)

# 199
n(
    "es",
    "public_figure",
    "Un día como hoy, 31 de marzo, perdimos a Selena Quintanilla. Hoy sus canciones suenan en todo el piso de pediatría. 🌹",
    "public figure's death date",
)

# 200
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas lleva el nombre del médico brasileño Carlos Chagas. Si ve una chinche besucona en su casa, no la aplaste: tráigala en un frasco a nuestra clínica.",
    "eponym",
)

# 201
n(
    "es",
    "statistic",
    "Este verano atendimos a 862 personas por golpe de calor; el 60% eran trabajadores del campo o de la construcción.",
    "aggregate numbers",
)

# 202
n(
    "es",
    "hospital_contact",
    "Nuestra dirección: 3100 Palo Verde Parkway, Edinburg, TX 78539. Urgencias abierto 24/7: (956) 555-0114.",
    "the hospital's address, ZIP and ER line",
)

# 203
n(
    "es",
    "campaign_hashtag",
    "#CienPorCiento vacunados 💉 ¡Meta: que el 100% de los trabajadores de salud del Valle tengan su vacuna! #SantaLuzContigo",
    "campaign hashtag; 'Cien' and 100 are not ages",
)

# 204
n(
    "es",
    "anonymous_story",
    "Un abuelito nos contó que trabajó 50 años en los campos de cebolla y nunca había tenido un día libre. Hoy se fue a casa con su marcapasos nuevo y una sonrisa.",
    "nameless; tenure is not an age",
)

# 205
n(
    "es",
    "staff_spotlight",
    "Él es Nacho, nuestro guardia de la entrada de urgencias. Si alguna vez se perdieron en el estacionamiento, seguro Nacho los guió. ¡Gracias, Nacho!",
    "a security guard's nickname",
)

# 206
n(
    "es",
    "sponsor",
    "Gracias a la empacadora Frutas del Norte por donar 500 gorras y botellas de agua para sus trabajadores y nuestras brigadas de calor. 🍊",
    "a packing house as sponsor, not a patient's employer",
)

# 207
n(
    "es",
    "recruitment",
    "Buscamos intérpretes médicos (español/inglés) para El Paso. Envíe su CV a empleos@santaluzhealth.org.",
    "hospital domain",
)

# 208
n(
    "es",
    "crisis_update",
    "Cierre del Puente Internacional Los Tomates por manifestación: pacientes de diálisis que cruzan desde Matamoros, llamen al (956) 555-0100 para reprogramar su cita.",
    "a bridge closure for a group; hospital line",
)

# 209
n(
    "es",
    "research",
    "Investigadores de Santa Luz presentaron en Monterrey sus resultados sobre dengue en colonias de Cameron y Willacy. 🦟",
    "conference city and study areas",
)

# 210
n(
    "es",
    "public_figure",
    "El 5 de mayo de 1862 el general Ignacio Zaragoza, nacido en Goliad, Texas, venció en Puebla. Este Cinco de Mayo celebre con agua de jamaica sin azúcar. 🇲🇽",
    "historical figure and holiday",
)

# 211
n(
    "es",
    "eponymous_condition",
    "Parkinson, Alzheimer y Huntington: tres apellidos, tres enfermedades. Grupo de apoyo para cuidadores cada segundo martes en la sala de conferencias 2.",
    "eponyms; conference room",
)

# 212
n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre su factura? Llame a Servicios Financieros al (956) 555-0127 o escriba a facturas@santaluzhealth.org.",
    "the hospital's billing details",
)

# 213
n(
    "es",
    "statistic",
    "Las personas mayores de 90 años tienen cinco veces más riesgo de golpe de calor. Cuide a sus abuelitos y visítelos dos veces al día.",
    "population age",
)

# 214
n(
    "es",
    "event",
    "Caminata 'Pasos por la Paz' el domingo 6 de octubre en el parque Ascarate. Inscripciones en santaluzkids.org/caminata.",
    "event name with Paz; event date and venue",
)

# 215
n(
    "es",
    "thank_you",
    "Gracias a nuestras enfermeras Esperanza, Rosario y Guadalupe, del turno de noche de la UCIN, por 30 años de servicio. 🌙",
    "staff first names that are words",
)

# 216
n(
    "es",
    "milestone_birthday",
    "¡Nuestro hospital infantil cumple 25 años! Abrimos el 12 de diciembre de 2000 con 40 camas y hoy tenemos 180.",
    "the hospital's anniversary; bed counts",
)

# 217
n(
    "es",
    "discharge",
    "Hoy se fue a casa una bebé que llegó a nuestra UCIN pesando menos que una lata de refresco. 97 días después, pesa dos kilos y medio. 💗",
    "nameless; '97 días' is a duration",
)

# 218
n(
    "es",
    "recruitment",
    "Si tienes entre 16 y 90 años y quieres ayudar, únete a nuestro programa de voluntarios. ¡Nuestra voluntaria de más edad tiene 93! Informes: (915) 555-0185.",
    "volunteer ages are not labelled",
)

# 219
n(
    "es",
    "health_tip",
    "Dengue, zika y chikungunya: vacíe botes y llantas con agua, use repelente y ponga mosquiteros. ¡Un Valle sin moscos! 🦟",
    "general advice",
)

# 220
n(
    "es",
    "crisis_update",
    "Calor extremo en El Paso: 47 visitas a urgencias por golpe de calor en 3 días, incluidas 9 personas mayores de 80. Los centros de enfriamiento abren hasta las 10 p.m.",
    "aggregate numbers",
)

# 221
n(
    "es",
    "public_figure",
    "Hoy, Día de César Chávez, recordamos su lucha por agua y sombra para los trabajadores del campo. En el Valle eso sigue salvando vidas cada verano.",
    "public figure's day",
)

# 222
n(
    "es",
    "sponsor",
    "Agradecemos a Rancho Las Golondrinas por las 2 toneladas de sandías para nuestro personal durante la ola de calor. 🍉",
    "a ranch as donor",
)

# 223
n(
    "es",
    "campaign_hashtag",
    "¿Tienes más de 65? #VacúnateValle — la vacuna contra la influenza es gratis con Medicare. 💉",
    "campaign hashtag, population age",
)

# 224
n(
    "es",
    "eponymous_condition",
    "Síndrome de Guillain-Barré: debilidad que sube por las piernas. Si la nota después de una infección, vaya a urgencias de inmediato.",
    "eponym",
)

# 225
n(
    "es",
    "staff_spotlight",
    "La Dra. Blanca Paz Treviño, nuestra nueva jefa de cardiología, creció en la colonia Cameron Park y fue la primera de su familia en ir a la universidad. 🎓",
    "a doctor's name and childhood colonia",
)

# 226
n(
    "es",
    "hospital_contact",
    "No publique fotos de pacientes ni de sus pulseras en redes sociales. Si tiene dudas, escriba a privacidad@santaluzhealth.org.",
    "privacy reminder, hospital domain",
)

# 227
n(
    "es",
    "event",
    "Misa de primera comunión para pacientes pediátricos: 1o de junio, capilla del hospital infantil. Inscripciones con Trabajo Social al (915) 555-0155.",
    "event date; hospital line",
)

# 228
n(
    "es",
    "anonymous_story",
    "Una señora de más de 80 años nos pidió que le guardáramos sus nopales mientras le hacían la tomografía. Se los regresamos enteritos. 🌵",
    "age under 90, nameless",
)

# 229
n(
    "es",
    "statistic",
    "El 30% de nuestros pacientes viene de colonias sin agua entubada. Por eso nació el programa 'Agua para Todos'. 💧",
    "aggregate",
)

# 230
n(
    "es",
    "research",
    "Estudio nuevo: los niños de 5 a 12 años que viven en calles sin pavimentar tienen el doble de asma. Investigadora principal: Dra. Socorro Lerma.",
    "population ages; researcher",
)

# 231
n(
    "es",
    "public_figure",
    "Ángel de la Independencia, Virgen de Guadalupe y Cruz Roja: hoy todo el hospital trae algo verde, blanco y rojo. ¡Viva México! 🇲🇽",
    "a monument, a religious figure and an organisation",
)

# 232
n(
    "es",
    "hospital_contact",
    "Síguenos en @santaluz_rgv para avisos de calor y cierres de puentes. 🌉",
    "the hospital's handle",
)

# 233
n(
    "es",
    "crisis_update",
    "Aviso: las ambulancias 12 y 14 están fuera de servicio por el calor. Si tiene una emergencia, llame al 911.",
    "ambulance units are not labelled",
)

# 234
n(
    "es",
    "pasted_record",
    "Recordatorio al personal: nunca publique la lista de camas. Ejemplo de lo que NO se publica: 'Cama __ · APELLIDO, NOMBRE · Exp. ______'.",
    "a placeholder template",
)

# 235
n(
    "es",
    "memorial",
    "A cinco años del ataque en el Walmart de El Paso, recordamos a las víctimas y a sus familias, y a nuestro personal que atendió a los heridos. #ElPasoStrong",
    "a public tragedy; no person identified",
)

# 236
n(
    "es",
    "milestone_birthday",
    "¡Feliz jubilación a Cruz Mendoza, camillero por 38 años! Nació en Mercedes, de joven trabajó en la pizca de algodón y luego pasó casi cuatro décadas empujando camillas con nosotros. 🎉",
    "a retiring staff member",
)

# 237
n(
    "es",
    "thank_you",
    "Gracias a los Caballeros de Colón de San Juan por los 500 tamales para el personal de urgencias en Nochebuena. 🫔",
    "donors; a holiday that is nobody's event",
)

# 238
n(
    "es",
    "birth_announcement",
    "¡Nuestro primer bebé del 2025 ya está aquí! Por petición de la familia no compartimos su nombre, pero les contamos que pesa 3.4 kilos y tiene mucho pelo. 💙",
    "a bare year only; nameless",
)

# 239
n(
    "es",
    "eponymous_condition",
    "¿Sabía que el mal de Pott es tuberculosis en la columna? Lleva el nombre del cirujano Percivall Pott. La TB sigue presente en la frontera: hágase la prueba.",
    "eponym",
)

# 240
n(
    "es",
    "health_tip",
    "Pa' los que trabajan en la labor: agua cada 15 minutos, descansos en la sombra y si se siente mareado, stop. Su patrón está obligado a darle sombra. 🌽",
    "general advice",
)

if __name__ == "__main__":
    S.main("phi_dev75_source")
