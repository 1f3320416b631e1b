"""Blind development set d51 for the PHI scanner: tests/data/phi_dev51.jsonl.

Organisation: Sandhills Cape Fear Health (phi_dev51_org.json): Fayetteville Medical
Center (2400 Longleaf Parkway, Fayetteville, NC 28304), Lumberton campus (815 Riverbend
Road, Lumberton, NC 28358), Cross Creek Family Clinic (310 Cross Creek Avenue,
Fayetteville, NC 28301) and Pembroke clinic (112 Prospect Road, Pembroke, NC 28372);
ten (910) 555-01xx numbers (switchboard, Lumberton, nurse line, patient relations,
billing, Spanish line, foundation, media, records fax, Pembroke clinic); domains
scfhealth.org and sandhillscapefear.org; handles @SandhillsCFH, @SCFHealth, @SCFHKids,
@SCFHFoundation, @SCFH_Lumberton.
Focus: Robeson and Cumberland counties: Lumbee families (Locklear, Oxendine, Chavis,
Revels, Dial, Hunt, Brooks, Jacobs), Fort Liberty soldiers and their families, farm and
meat-plant workers, hurricane flooding (Matthew, Florence, Helene), Black and Hmong
churches, Mexican and Salvadoran families, high-school football.
Hard cases: patient names that are words, places, months or weekdays (Hope, Dial, Blue,
Pearl, Florence, June, Julio, Domingo, Abril, Socorro, Amparo, Esperanza, Justice,
Her, Bell, Graves, Peaches); lower-case, ALL-CAPS and chart-style names; names only in
hashtags; patients who are staff, volunteers, public figures or organ donors; relatives
named in passing (including a CEO and a famous athlete); hurricane, historical and
eponymous names beside identical patient names; dates as numbers, ordinals, Spanish,
holidays (Juneteenth, Thanksgiving, Nochebuena, Día de los Muertos, Mother's Day,
Hmong New Year), days of the month alone; ages over 89 in digits, words, ordinals,
chart shorthand and hashtags next to ages of 89 and under and counts of days; family
phones/emails beside the hospital's; MRN, account, Medicare, Medicaid, Tricare,
licence, plate, device, IP, wristband and portal ids in odd formats. Negatives: staff
spotlights with Lumbee/Hmong/Latino names and home towns, donors, sponsors, visiting
athletes and officials, Henry Berry Lowry and Hiram Revels, eponyms, awareness days,
event dates, statistics with population ages, campaign hashtags, anonymous stories
("in her 90s").
Language mix: 240 posts, 190 English and 50 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Employers are NOT labelled (per the brief; this overrides the holdout's "employers
  are NAME"): meat plants, farms, the tire plant, the Army unit, Fort Liberty, the
  family market. The town of a workplace is not GEO either; only a stated home,
  birthplace or injury town is.
- A staff member, volunteer, public figure (mayor, singer, ballplayer, coach) or
  deceased organ donor who is said to be OUR PATIENT is labelled like any patient. A
  staff member, sponsor or famous person introduced as a patient's relative (the
  CEO's mother, a football star's father, the sons who own the taqueria, the Bullard
  Family Ford dealership "in memory of Earl Bullard") is a relative and is labelled;
  the family surname inside a business name is then labelled too. A business name
  without a family name (Golden Rice Market) is not. A pastor who is not a relative
  is not labelled.
- Place of injury: the road of a crash (Old Whiteville Rd, All American Freeway,
  Hwy 74) and the town where a patient was hurt are GEO. Named training areas on the
  base (Sicily DZ, Range 63), rivers and regions of activity (Lumber River) are not.
- A town inside a school's or church's name is GEO when it tells where the patient
  lives ("Lumberton High lineman", "FIRST BAPTIST, SPRING LAKE"), following the dev
  set's school rule; the school, church, team or nursing-home name itself is not
  labelled. The venue of an event or shelter (a fundraiser "en Fairmont", the
  Lumberton High gym shelter, the race town) is not GEO. A relative's home town is GEO.
- A day of the month alone is labelled without its article: "the 9th" -> "9th",
  "the 8th" -> "8th", "the morning of the 21st" -> "21st". Spanish "un 24 de
  diciembre" -> "24 de diciembre".
- Funeral-rite dates of a named patient ("Mar. 15-17") are person-tied DATEs;
  weekdays ("Service Saturday"), "tomorrow" and "her 60th birthday" are not.
- An awareness day is DATE only where the text makes it the patient's own day ("born
  on 3/21 (yes, on World Down Syndrome Day itself)"); the same words used as a
  greeting for the day are left unlabelled (declared ok). "Hmong New Year" as a
  birth day is DATE. A hashtag restating an event day is avoided.
- AGE: a hashtag that carries a 90+ patient age is one AGE span ("#97andFabulous");
  chart shorthand keeps its glued letter ("94F"); a spelled-out age is the whole
  number phrase ("One hundred and two", "ninety-seven"). Decade ranges ("in her
  90s", "más de noventa años"), population ages ("members over 90", "patients 90
  and older"), "98 days" and ages of 89 and under are never AGE. A specific 90+ age
  of an unnamed patient is AGE (holdout rule) and makes the post patient-specific.
- Foreign provinces and departments (Morazán, Xieng Khouang) are state-level: not
  GEO; foreign cities (San Miguel, Usulután) are.
- Census lines: "Rm 401" with a patient is OTHER_ID; "Rm 402 empty" is not.
- Partial SSN ("SSN ends 4417") is SSN; a Tricare ID, Medicare and Medicaid numbers
  are HEALTH_PLAN; a recalled insulin-pen lot/device number and
  a pacemaker serial are DEVICE; a caregiver portal user name and a wristband number
  are OTHER_ID; a plate is the value without the state ("NC TLK-9023" -> "TLK-9023").
  Jersey numbers ("#22", "the 33s") are not labelled.
- Pun and nickname hashtags that contain the patient's name (#HopeRises,
  #GraceUnderFire, #JusticeForJustice, #FuerzaDonTacho) are NAME; campaign hashtags
  (#CapeFearStrong, #SandhillsStrong, #FortLibertyFamilies, #NICUGrad) are not.
- Hurricane names (Florence, Matthew, Hazel, Helene), historical figures (Henry Berry
  Lowry, Hiram Revels, Lou Gehrig, James Parkinson, Braxton Bragg in "Bragg Blvd")
  and eponyms are never labelled, even beside a patient with the same name
  (declared with ok=...).
- A month alone tied to a diagnosis, surgery or admission ("in January", "marzo",
  "julio") is DATE.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev51.jsonl"), os.path.join(HERE, "phi_dev51_org.json"), "d51")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- patient_story

# 1
p(
    "en",
    "patient_story",
    "Meet Hope Locklear of Prospect 🌾 At 16 she was hit by a tractor-trailer on NC-710 coming home from practice on Sept. 9. Today she walked the track at Purnell Swett. We never lost hope. #HopeRises",
    [
        ("NAME", "Hope Locklear"),
        ("GEO", "Prospect"),
        ("GEO", "NC-710"),
        ("DATE", "Sept. 9"),
        ("NAME", "#HopeRises"),
    ],
    note="Patient name (Hope is also a word), home community Prospect, road of her crash, injury date, name hashtag. Age 16, the school and lower-case 'hope' are not labelled.",
)

# 2
p(
    "en",
    "patient_story",
    "SSG Marcus Bellamy jumped with the 82nd for 11 years. On 2/27 a training jump at Sicily DZ went wrong. Two spinal surgeries later, he's back on his feet in our Fayetteville rehab gym, with his wife Tamika and the twins cheering. Airborne all the way 🪂 #BellamyStrong",
    [
        ("NAME", "Marcus Bellamy"),
        ("DATE", "2/27"),
        ("NAME", "Tamika"),
        ("NAME", "#BellamyStrong"),
    ],
    note="Soldier patient, injury date, wife, surname hashtag. Rank, unit (employer), the drop zone on base and the hospital's rehab gym are not labelled.",
)

# 3
p(
    "en",
    "patient_story",
    "so proud of mai see xiong!! 🎉 she was our first hmong-speaking patient to finish the cardiac rehab program in lumberton. her daughter pa nhia translated every session. ua tsaug ntau 💚",
    [
        ("NAME", "mai see xiong"),
        ("NAME", "pa nhia"),
    ],
    note="Lower-case patient and daughter names. 'lumberton' is where the hospital's program is, not her home.",
)

# 4
p(
    "en",
    "patient_story",
    "When Rigoberto 'Beto' Campos caught his arm in a conveyor at the Tar Heel pork plant last spring, his hand surgeons at our Fayetteville campus weren't sure he'd ever grip again. This week Beto held his newborn granddaughter Yaretzi for the first time. 🤲",
    [
        ("NAME", "Rigoberto 'Beto' Campos"),
        ("NAME", "Beto", 2),
        ("NAME", "Yaretzi"),
    ],
    note="Patient with nickname (both mentions), granddaughter. The employer and its town (Tar Heel plant) and the season are not labelled.",
)

# 5
p(
    "en",
    "patient_story",
    "Eighteen months ago Ms. Brenda Dial couldn't dial a phone after her stroke. Now she's back home in Pembroke teaching Sunday school at Mt. Airy and calling her grandbabies every night. Speech therapy works, y'all. ☎️💜",
    [
        ("NAME", "Brenda Dial"),
        ("GEO", "Pembroke"),
    ],
    note="Patient whose surname is a verb; home town. The church name Mt. Airy (also a NC town) is not her home and not labelled.",
)

# 6
p(
    "en",
    "patient_story",
    "During Hurricane Florence, county swift-water crews brought Florence Chavis, 91, to our Lumberton ER from her flooded home off Old Whiteville Rd. She laughed: 'I been Florence longer than that storm been a storm.' 💙 #CapeFearStrong",
    [
        ("NAME", "Florence Chavis"),
        ("AGE", "91"),
        ("GEO", "Old Whiteville Rd"),
        ("NAME", "Florence", 3),
    ],
    note="Patient who shares the hurricane's name: her two mentions are NAME, the storm is not (declared ok). Age 91, home road. Campaign hashtag not labelled.",
    ok=("Florence",),
)

# 7
p(
    "es",
    "patient_story",
    "Don Eusebio Ramírez llegó a nuestra sala de emergencias de Lumberton el 14 de octubre de 2016, después del huracán Matthew, con el agua hasta el pecho en su tráiler de Fairmont. Hoy, ocho años después, nos visitó con su esposa Amparo y un pastel de tres leches. 🎂 ¡Gracias, don Eusebio!",
    [
        ("NAME", "Eusebio Ramírez"),
        ("DATE", "14 de octubre de 2016"),
        ("GEO", "Fairmont"),
        ("NAME", "Amparo"),
        ("NAME", "Eusebio", 2),
    ],
    note="Patient, admission date with year, home town, wife (Amparo is also a word). Hurricane name and hospital ER not labelled.",
)

# 8
p(
    "en",
    "patient_story",
    "They call him Peanut at the Oakdale Missionary Baptist fish fry, and Peanut has been coming to our dialysis unit three times a week since 2019. Tuesday he brought the whole unit hush puppies. Love you, Peanut 🐟",
    [
        ("NAME", "Peanut", "*"),
    ],
    note="Nickname used as the patient's name, every mention. Church name, bare year and weekday are not labelled.",
)

# 9
p(
    "en",
    "patient_story",
    "Friday night he was under the lights for the Pirates. Saturday, Jaylen Oxendine was in our trauma bay with a ruptured spleen. Two weeks and a lot of jello later, #22 walked out. Pirates, your boy is coming home to Barker Ten Mile! 🏈",
    [
        ("NAME", "Jaylen Oxendine"),
        ("GEO", "Barker Ten Mile"),
    ],
    note="Patient and home community. Weekdays, team name and jersey number are not labelled.",
)

# 10
p(
    "en",
    "patient_story",
    "Mr. T.W. collapsed cropping tobacco near his place in Rowland in July — core temp 106. His nephew Dontrell drove him 40 minutes with the AC blasting. Smart move. Know the signs: confusion, no sweat, hot dry skin. 🥵",
    [
        ("NAME", "T.W."),
        ("GEO", "Rowland"),
        ("DATE", "July"),
        ("NAME", "Dontrell"),
    ],
    note="Initials used for the patient, home town, month of the event, nephew. 106 is a temperature.",
)

# 11
p(
    "es",
    "patient_story",
    "La historia de Milagros: nació prematura en San Miguel, El Salvador, y hoy, a sus 19 años, estudia enfermería en Fayetteville Tech mientras recibe su quimio con nosotros. Su mamá, doña Reina, nunca falta a una cita. #MilagrosDeVerdad",
    [
        ("NAME", "Milagros"),
        ("GEO", "San Miguel"),
        ("NAME", "Reina"),
        ("NAME", "#MilagrosDeVerdad"),
    ],
    note="Patient (name is a word), foreign birth city, mother, name hashtag. Country, age 19 and college are not labelled.",
)

# 12
n(
    "en",
    "patient_story",
    "A Hmong grandmother in her 80s, a Fort Liberty medic, a teenage linebacker: three of the 1,100 people our stroke team treated last year. Every one of them got to us because someone called 911 fast. BE FAST. 🧠",
    "Anonymous composite; an age range under 90 and a statistic identify no one.",
)

# ---------------------------------------------------------------- birth_announcement

# 13
p(
    "en",
    "birth_announcement",
    "First baby of 2025 at our Lumberton campus! 🎆 Welcome Nevaeh Grace Jacobs, born New Year's Day at 12:14 a.m., 7 lb 2 oz, to proud parents Shaniqua and Dre of Maxton. #FirstBaby",
    [
        ("NAME", "Nevaeh Grace Jacobs"),
        ("DATE", "New Year's Day"),
        ("NAME", "Shaniqua"),
        ("NAME", "Dre"),
        ("GEO", "Maxton"),
    ],
    note="Baby, birth on a holiday, parents, home town. Bare year and hospital campus not labelled.",
)

# 14
p(
    "en",
    "birth_announcement",
    "Born on Juneteenth, and his great-grandma says that's no accident. Welcome to the world, Isaiah Freeman McNeill! 🖤❤️💚 #SCFHBabies",
    [
        ("DATE", "Juneteenth"),
        ("NAME", "Isaiah Freeman McNeill"),
    ],
    note="Holiday that is the baby's birth day; baby's full name (middle name is a word).",
)

# 15
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Xochitl! 💕 Llegó el 12 de diciembre, Día de la Virgen de Guadalupe, a las 5:40 de la mañana. Sus papás, Lupe y Ernesto Cruz, de Red Springs, dicen que no podía ser otro día. 🌹",
    [
        ("NAME", "Xochitl"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Lupe"),
        ("NAME", "Ernesto Cruz"),
        ("GEO", "Red Springs"),
    ],
    note="Baby, birth date written twice (numeric and feast day), parents, home town.",
)

# 16
p(
    "en",
    "birth_announcement",
    "TWINS! 👶👶 Army Capt. Renee Whitfield delivered Ava and Anaya on 3/3 while her husband, SFC Darius Whitfield, was deployed — he watched on FaceTime from Poland. Welcome home soon, Dad! #FortLibertyFamilies",
    [
        ("NAME", "Renee Whitfield"),
        ("NAME", "Ava"),
        ("NAME", "Anaya"),
        ("DATE", "3/3"),
        ("NAME", "Darius Whitfield"),
    ],
    note="Mother (patient), twins, birth date, father. Ranks, country and campaign hashtag not labelled.",
)

# 17
p(
    "en",
    "birth_announcement",
    "baby boy vang arrived 0412 on the 9th in L&D rm 6 — 8lb 11oz, lungs like his grandpa's. congrats nou & tou!! 🎈",
    [
        ("NAME", "vang"),
        ("DATE", "9th"),
        ("OTHER_ID", "rm 6"),
        ("NAME", "nou"),
        ("NAME", "tou"),
    ],
    note="Lower-case surname, day of month alone, delivery room, lower-case parents. 0412 is a time.",
)

# 18
p(
    "en",
    "birth_announcement",
    "Our Thanksgiving baby! 🦃 Kalia Thao arrived at 10:02 on Thanksgiving morning, 6 lb 9 oz. Big sister Paj says she's 'better than pie.' Pictured: Kalia's first nap in the Lumberton nursery.",
    [
        ("DATE", "Thanksgiving", "*"),
        ("NAME", "Kalia Thao"),
        ("NAME", "Paj"),
        ("PHOTO", "Pictured"),
        ("NAME", "Kalia", 2),
    ],
    note="Holiday birth day (both mentions), baby, sister, photo cue showing the baby.",
)

# 19
p(
    "es",
    "birth_announcement",
    "Dicen que los bebés de luna llena llegan apurados 🌕 y Santiago no fue la excepción: nació en el carro, en el estacionamiento de emergencias, el 17 de septiembre. Felicidades a Yesenia y a Walter, de Saint Pauls. ¡Bienvenido, Santi!",
    [
        ("NAME", "Santiago"),
        ("DATE", "17 de septiembre"),
        ("NAME", "Yesenia"),
        ("NAME", "Walter"),
        ("GEO", "Saint Pauls"),
        ("NAME", "Santi"),
    ],
    note="Baby and nickname, birth date, parents, home town. The hospital parking lot is not GEO.",
)

# 20
n(
    "en",
    "birth_announcement",
    "Fun fact: September is the busiest month for births at our Fayetteville Birth Center — 312 babies last September alone. 9 months after the holidays... we see you 👀😂 #SCFHBabies",
    "A statistic; the month is not tied to any patient.",
)

# 21
n(
    "en",
    "birth_announcement",
    "A baby girl arrived in the back of a pickup at the Lumberton ER doors last night, delivered by a security officer and a very calm ER tech. Mom and baby are doing great. Officer, you're getting a cape. 🦸",
    "Nameless birth story: 'last night' is relative and the hospital's doors are not GEO.",
)

# 22
n(
    "es",
    "birth_announcement",
    "¿Vas a tener a tu bebé con nosotros? Las clases prenatales en español son el segundo sábado de cada mes en el Centro de Nacimientos de Fayetteville. Inscríbete: (910) 555-0188. 🤰",
    "Class announcement with the hospital's Spanish line.",
)

# 23
p(
    "en",
    "birth_announcement",
    "IT'S A BOY!!! 💙 WELCOME BRAXTON LEE LOWRY, 9 LBS EVEN, BORN 11-02 AT 3:33 PM. MOM KAYLA SAYS THE 33S ARE FOR HER PAPAW'S OLD JERSEY NUMBER. #LOWRYBABY",
    [
        ("NAME", "BRAXTON LEE LOWRY"),
        ("DATE", "11-02"),
        ("NAME", "KAYLA"),
        ("NAME", "#LOWRYBABY"),
    ],
    note="ALL-CAPS baby name, birth date, mother, surname hashtag. Time and jersey number not labelled.",
)

# 24
p(
    "en",
    "birth_announcement",
    "Baby Wren Hunt (born 4.22, 6 lb 1 oz) went home with mom Leah today ✨ Leah asked us to share: family can send photos & cards to wrenhuntnursery@gmail.com instead of visiting while flu is going around.",
    [
        ("NAME", "Wren Hunt"),
        ("DATE", "4.22"),
        ("NAME", "Leah", "*"),
        ("EMAIL", "wrenhuntnursery@gmail.com"),
    ],
    note="Baby (a bird's name), dotted birth date, mother, family email.",
)

# ---------------------------------------------------------------- discharge

# 25
p(
    "en",
    "discharge",
    "After 61 days, three surgeries and one very stubborn attitude, Spc. Andre 'Dre' Kimbrough walked out of 5 West this afternoon through a tunnel of nurses. Dre was hurt in a rollover on the All American Freeway on Aug 4. Go home, soldier. 🇺🇸",
    [
        ("NAME", "Andre 'Dre' Kimbrough"),
        ("NAME", "Dre", 2),
        ("GEO", "All American Freeway"),
        ("DATE", "Aug 4"),
    ],
    note="Soldier with nickname, road of his crash, injury date. Unit 5 West and the stay length are not labelled.",
)

# 26
p(
    "en",
    "discharge",
    "Update from the Moua family: Grandpa Chue is home in Hope Mills! 🙏 They asked us to post this: church friends who want to bring meals can text his daughter Ia at 910-555-0194 (please don't call the hospital, he's discharged 😊).",
    [
        ("NAME", "Moua"),
        ("NAME", "Chue"),
        ("GEO", "Hope Mills"),
        ("NAME", "Ia"),
        ("PHONE", "910-555-0194"),
    ],
    note="Family surname, patient, home town, daughter and her phone.",
)

# 27
p(
    "es",
    "discharge",
    "¡Se fue a casa! 🏠 Después de 23 días en la UCI por COVID, don Fidencio Alvarado salió hoy por la puerta principal al son del mariachi. Lo ingresamos el 2 de enero; su hija Marisol vino todos los días desde Raeford. ¡Fuerza, don Fide! #FuerzaFidencio",
    [
        ("NAME", "Fidencio Alvarado"),
        ("DATE", "2 de enero"),
        ("NAME", "Marisol"),
        ("GEO", "Raeford"),
        ("NAME", "Fide"),
        ("NAME", "#FuerzaFidencio"),
    ],
    note="Patient, admission date, daughter and her home town, nickname, name hashtag.",
)

# 28
p(
    "en",
    "discharge",
    "rm 412 nowak going home!!! 🎉🎉 the whole 4th floor is gonna miss her banana pudding. #4NorthFam",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
    ],
    note="Chart-style lower-case room and surname. Floor and unit hashtag not labelled.",
)

# 29
p(
    "en",
    "discharge",
    "Home for Christmas 🎄 7-year-old Mateo Funes, who came to us in November with a burst appendix, was discharged Dec. 23 with a Buzz Lightyear and a whole lot of stickers. Merry Christmas, Mateo, and the whole Funes family of Spring Lake!",
    [
        ("NAME", "Mateo Funes"),
        ("DATE", "November"),
        ("DATE", "Dec. 23"),
        ("NAME", "Mateo", 2),
        ("NAME", "Funes", 2),
        ("GEO", "Spring Lake"),
    ],
    note="Patient, admission month, discharge date, family surname, home town. Christmas is not his event day; the toy is not a person.",
)

# 30
n(
    "en",
    "discharge",
    "Discharge tip: before you leave, ask for your med list in writing and who to call after hours. Our nurse line is 24/7 at (910) 555-0177. 📋",
    "General advice with the hospital's nurse line.",
)

# 31
p(
    "en",
    "discharge",
    "Special discharge today: our chaplain and a txiv neeb (Hmong shaman) held a hu plig soul-calling ceremony together at the bedside before Nhia Lor, 92, went home to his family in Fairmont. Respecting every patient's faith is part of healing. 🙏",
    [
        ("NAME", "Nhia Lor"),
        ("AGE", "92"),
        ("GEO", "Fairmont"),
    ],
    note="Patient, age over 89, home town. Unnamed chaplain and shaman not labelled.",
)

# 32
n(
    "es",
    "discharge",
    "Antes de salir del hospital, pregunte: ¿qué medicinas tomo?, ¿cuándo es mi próxima cita?, ¿a quién llamo si me siento peor? Línea en español: (910) 555-0188. 💬",
    "Consejo general con la línea del hospital.",
)

# 33
p(
    "en",
    "discharge",
    "we've had ms. pearl since the 2nd of may and today she finally said 'i'm ready, baby' 😭 pearl, the 3rd floor is not the same without you. go enjoy that porch in st. pauls 🌸",
    [
        ("NAME", "pearl", "*"),
        ("DATE", "2nd of may"),
        ("GEO", "st. pauls"),
    ],
    note="Lower-case patient name (a word) twice, admission date in ordinal form, home town in lower case.",
)

# 34
p(
    "en",
    "discharge",
    "The bell has been rung 🔔 and #TeamTaye is heading home! 29 rounds of radiation DONE. Thank you for letting us be part of your fight. 💛",
    [
        ("NAME", "#TeamTaye"),
    ],
    note="The patient is named only in the hashtag.",
)

# 35
n(
    "en",
    "discharge",
    "Our longest-staying NICU patient this year went home today after 143 days. Born at 23 weeks, weighing less than a can of soda. Now? Chunky cheeks and a mean side-eye. 🥹 #NICUGrad",
    "Nameless discharge: durations, gestational age and 'today' identify no one.",
)

# 36
p(
    "es",
    "discharge",
    "Rosa Elvira salió el viernes caminando con su andadera, después de la cirugía de cadera del 28 de febrero. Su nieto Kevin la llevó a su casa en la calle Hay. ¡Gracias por la confianza, Rosa Elvira! 💐",
    [
        ("NAME", "Rosa Elvira", "*"),
        ("DATE", "28 de febrero"),
        ("NAME", "Kevin"),
        ("GEO", "calle Hay"),
    ],
    note="Patient twice, surgery date, grandson, home street (Hay is also a Spanish verb). Weekday not labelled.",
)

# ---------------------------------------------------------------- thank_you

# 37
p(
    "en",
    "thank_you",
    "THANK YOU to the Revels family of Pembroke for 200 hand-sewn ribbon skirts and ribbon shirts for our pediatric patients. Their daughter Skye spent 40 days with us in 2022 and wants every kid to feel seen. 🎀",
    [
        ("NAME", "Revels"),
        ("GEO", "Pembroke"),
        ("NAME", "Skye"),
    ],
    note="Donors introduced as a patient's family: surname and home town; the patient. Bare year not labelled.",
)

# 38
p(
    "en",
    "thank_you",
    "To the man in the camo hat who paid for a stranger's meds at our Lumberton pharmacy Tuesday: that stranger was Ms. Odessa Brooks, and she wants you to know she's been praying for you — she just doesn't know your name. Call us? 😊",
    [
        ("NAME", "Odessa Brooks"),
    ],
    note="Pharmacy patient named (first name is a city). The kind stranger is not identified.",
)

# 39
p(
    "es",
    "thank_you",
    "Gracias a la familia Hernández Portillo, que nos trajo 300 pupusas para celebrar que su hijo Josué terminó la quimioterapia. 🫓 ¡El 5 West nunca había olido tan rico! #JosuéGuerrero",
    [
        ("NAME", "Hernández Portillo"),
        ("NAME", "Josué"),
        ("NAME", "#JosuéGuerrero"),
    ],
    note="Double surname of the patient's family, the patient, name hashtag. Unit not labelled.",
)

# 40
p(
    "en",
    "thank_you",
    "'Nurse Tremaine held my hand at 3am when I thought I'd never see my grandbabies again.' — from a card Mr. Curtis Bullard left when he went home from our CCU. Tremaine, you are why we do this. 💙",
    [
        ("NAME", "Curtis Bullard"),
    ],
    note="The patient who wrote the card. The nurse is staff.",
)

# 41
n(
    "en",
    "thank_you",
    "Shoutout to the Cumberland County Sheriff's Office and Fayetteville Fire for 1,400 toys at #BlueLightsForKids this year. Our peds floor looks like Santa's workshop. 🎅",
    "Thanks to agencies; campaign hashtag.",
)

# 42
p(
    "en",
    "thank_you",
    "The family of Wallace 'Big Wal' Strickland asked us to thank the ICU night shift. They'd love to hear from any of you who cared for him: stricklandfamily.thanks@gmail.com. He always said y'all were 'good people.' 🕊️",
    [
        ("NAME", "Wallace 'Big Wal' Strickland"),
        ("EMAIL", "stricklandfamily.thanks@gmail.com"),
    ],
    note="Patient with quoted nickname; the family's email.",
)

# 43
n(
    "es",
    "thank_you",
    "Gracias a las iglesias de Lumberton y Fayetteville que donaron 500 kits de higiene después de las inundaciones. Nuestros trabajadores sociales ya los están entregando. 🙏 #SandhillsUnidos",
    "Agradecimiento a iglesias donantes; ningún paciente.",
)

# 44
p(
    "en",
    "thank_you",
    "Dear Ms. Her, thank you for the paj ntaub story cloth. It now hangs outside our infusion room. Her story — a 30-year walk from Laos to a new home in Lumberton — is stitched into every square. We'll never forget the 8th, your last chemo day. 🧵",
    [
        ("NAME", "Her", 1),
        ("GEO", "Lumberton"),
        ("DATE", "8th"),
    ],
    note="Hmong surname Her (the pronoun 'Her story' is not labelled, declared ok), home town, day of month of her last chemo. Country not labelled.",
    ok=("Her",),
)

# 45
p(
    "en",
    "thank_you",
    "Huge thanks to Robeson County EMS Medic 7 for getting 14-year-old Cheyenne Sampson to us in 11 minutes after her asthma attack at the Red Springs football field. Cheyenne's mom Tonya says she'll be cheering again by homecoming. 📣",
    [
        ("NAME", "Cheyenne Sampson"),
        ("GEO", "Red Springs"),
        ("NAME", "Cheyenne", 2),
        ("NAME", "Tonya"),
    ],
    note="Patient (name is a city), town where she fell ill, mother. EMS agency and ambulance unit not labelled.",
)

# 46
p(
    "en",
    "thank_you",
    "thank u to whoever left the crockpot of chicken bog in the 3rd floor family lounge for the Jacobs-Locklear family 🍲 Mama Jacobs said it tasted like her own mama's. they've been here since Oct 30 with their boy. you're the real mvp",
    [
        ("NAME", "Jacobs-Locklear"),
        ("NAME", "Jacobs", 2),
        ("DATE", "Oct 30"),
    ],
    note="Hyphenated family surname, the mother by surname, admission date of their son.",
)

# 47
p(
    "es",
    "thank_you",
    "Un agradecimiento especial a doña Socorro, que a sus 90 años sigue tejiendo gorritos para cada bebé que nace en Lumberton. Doña Socorro fue paciente de nuestro programa de rehabilitación cardíaca y dice que tejer 'es mi terapia'. 🧶",
    [
        ("NAME", "Socorro", "*"),
        ("AGE", "90"),
    ],
    note="Volunteer who was our patient: name (a word) twice, age 90. Lumberton is where the babies are born.",
)

# 48
n(
    "en",
    "thank_you",
    "Thank you, @RobesonREMC and the linemen who kept our Lumberton generators fueled during the storm. 82 hours without grid power and not one missed dialysis treatment. ⚡",
    "Thanks to a utility; its handle is not a family's.",
)

# ---------------------------------------------------------------- memorial

# 49
p(
    "en",
    "memorial",
    "Rest easy, Miss Lillie Mae Brayboy 🕊️ Born April 2 in the Saddletree community, she volunteered at our Lumberton gift shop for 27 years and spent her last days in our hospice unit surrounded by hymns. She went home to the Lord on Jan. 19. Service Saturday at New Hope Church.",
    [
        ("NAME", "Lillie Mae Brayboy"),
        ("DATE", "April 2"),
        ("GEO", "Saddletree"),
        ("DATE", "Jan. 19"),
    ],
    note="Volunteer who died as our hospice patient: name, birth date, birthplace, death date. Weekday service and venue not labelled.",
)

# 50
p(
    "en",
    "memorial",
    "We lost one of our own. SGT (Ret.) Hosea Dudley, Korea and Vietnam, our oldest veteran patient at 98, passed at 0310 on Veterans Day. Of course he did. 🫡 Rest easy, Sergeant.",
    [
        ("NAME", "Hosea Dudley"),
        ("AGE", "98"),
        ("DATE", "Veterans Day"),
    ],
    note="Patient, age over 89, death on a holiday. Countries and time not labelled.",
)

# 51
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a doña Dolores Maldonado, de Parkton, quien falleció el Día de los Muertos rodeada de su familia. Su hija Guadalupe nos pidió compartir: 'Mi mamá decía que este hospital era su segunda casa.' 🕯️🌼",
    [
        ("NAME", "Dolores Maldonado"),
        ("GEO", "Parkton"),
        ("DATE", "Día de los Muertos"),
        ("NAME", "Guadalupe"),
    ],
    note="Patient, home town, death on a holiday, daughter.",
)

# 52
p(
    "en",
    "memorial",
    "Two years ago today we said goodbye to Kaden. This morning his parents brought 150 Lego sets for the kids on our peds floor. #KadensCrew lives on. 💙",
    [
        ("NAME", "Kaden"),
        ("NAME", "#KadensCrew"),
    ],
    note="Patient's first name and legacy hashtag. 'Two years ago today' is relative.",
)

# 53
n(
    "en",
    "memorial",
    "Join us Nov. 3 at 4 p.m. at our Fayetteville campus chapel for the annual Service of Remembrance for families who lost a loved one in our care this year. Names are read only with family permission. 🕯️",
    "Event date at a hospital venue; no one named.",
)

# 54
p(
    "en",
    "memorial",
    "IN LOVING MEMORY — DEACON ROOSEVELT 'BOOTS' McKOY OF FIRST BAPTIST, SPRING LAKE. HE WAS OUR PATIENT ON 6 NORTH FOR 3 MONTHS AND OUR FRIEND FOR LIFE. HIS BOOTS STAY BY THE NURSES' STATION. 👢",
    [
        ("NAME", "ROOSEVELT 'BOOTS' McKOY"),
        ("GEO", "SPRING LAKE"),
    ],
    note="ALL-CAPS patient with nickname; his church's town places his home. The literal boots, the title and the unit are not labelled.",
)

# 55
p(
    "en",
    "memorial",
    "Our hearts are with the Yang family of Fayetteville. Tswv Yang, 94, a Secret War veteran who fought alongside Americans in Laos, died in our ICU on March 11. Funeral rites will be held Mar. 15–17, per the family. 🕊️",
    [
        ("NAME", "Yang", 1),
        ("GEO", "Fayetteville"),
        ("NAME", "Tswv Yang"),
        ("AGE", "94"),
        ("DATE", "March 11"),
        ("DATE", "Mar. 15–17"),
    ],
    note="Family surname, home city, patient, age, death date, funeral-rite dates (person-tied).",
)

# 56
n(
    "es",
    "memorial",
    "Este Día de los Muertos, nuestra capellanía pondrá un altar en el lobby de Lumberton. Las familias pueden traer fotos de sus seres queridos del 28 de octubre al 2 de noviembre. 🌼🕯️",
    "Fechas de un evento del hospital; la fiesta no es la de ningún paciente.",
)

# 57
p(
    "en",
    "memorial",
    "Fly high, Uncle June. 🦅 Junior 'June' Hunt taught half of Robeson County to fish the Lumber River, and our hospice nurses swear he was still telling fish stories the morning of the 21st. His sister Velma asked us to share his favorite verse: Psalm 23. #HuntStrong",
    [
        ("NAME", "June", 1),
        ("NAME", "Junior 'June' Hunt"),
        ("GEO", "Robeson County"),
        ("DATE", "21st"),
        ("NAME", "Velma"),
        ("NAME", "#HuntStrong"),
    ],
    note="Nickname that is a month, full name, his county, day of month of his death, sister, surname hashtag. River and psalm number not labelled.",
)

# 58
p(
    "en",
    "memorial",
    "Pastor Kou Vang of First Hmong Alliance asked us to share: Nou Yer Xiong went to be with the Lord peacefully in our Fayetteville hospice on Sunday. She came to this country in 1980 and raised 11 children. Her granddaughter Maiv will sing at the service. 🌸",
    [
        ("NAME", "Nou Yer Xiong"),
        ("NAME", "Maiv"),
    ],
    note="Patient and granddaughter. The pastor is not a relative; weekday and bare year not labelled.",
)

# 59
n(
    "en",
    "memorial",
    "This week we lost a patient who had been coming to our dialysis unit for 19 years. She knew every tech's kids' names. We're not sharing hers, but we wanted you to know she mattered. 💐",
    "Anonymous memorial: duration and 'this week' identify no one.",
)

# 60
p(
    "es",
    "memorial",
    "Descansa en paz, Chepe. 🕊️ José 'Chepe' Arévalo llegó de Usulután y trabajó 22 años en la planta de Tar Heel. Falleció en nuestra UCI el 30 de junio. Sus compañeros de la liga de fútbol le dedicaron el partido del domingo. #ChepePorSiempre",
    [
        ("NAME", "Chepe", 1),
        ("NAME", "José 'Chepe' Arévalo"),
        ("GEO", "Usulután"),
        ("DATE", "30 de junio"),
        ("NAME", "#ChepePorSiempre"),
    ],
    note="Nickname, full name, foreign home city, death date, hashtag. Employer and its town not labelled.",
)

# ---------------------------------------------------------------- milestone_birthday

# 61
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mrs. Essie Mae Oxendine! 🎂💯 She was born in a tobacco barn near Pembroke, rode a mule to school, and today she blew out her candles in our Lumberton rehab gym. Centenarian and still sharper than all of us.",
    [
        ("AGE", "100th"),
        ("NAME", "Essie Mae Oxendine"),
        ("GEO", "Pembroke"),
        ("AGE", "Centenarian"),
    ],
    note="Ordinal age, patient, birthplace, 'Centenarian'. The rehab gym is the hospital's.",
)

# 62
p(
    "en",
    "milestone_birthday",
    "ninety-seven today and still asking for sweet tea with extra ice 😂 happy birthday mr. willie b. from all of us on 3 South! #97andFabulous",
    [
        ("AGE", "ninety-seven"),
        ("NAME", "willie b."),
        ("AGE", "#97andFabulous"),
    ],
    note="Age in words, lower-case name with initial, age hashtag.",
)

# 63
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95 a doña Consuelo Ayala! 🎉 Nació un 24 de diciembre, en plena Nochebuena, en un pueblito de Morazán, y hoy lo celebró con sus bisnietos en nuestra sala de diálisis. ¡Que Dios la bendiga! En la foto: doña Consuelo con su bisnieta Abril.",
    [
        ("AGE", "95"),
        ("NAME", "Consuelo Ayala"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("PHOTO", "En la foto"),
        ("NAME", "Consuelo", 2),
        ("NAME", "Abril"),
    ],
    note="Age, patient, birth date written twice, photo cue, great-granddaughter named Abril (a month). Morazán is a department: not GEO.",
)

# 64
p(
    "en",
    "milestone_birthday",
    "Happy 90th to CSM (Ret.) Harold 'Hal' Pridgen! Hal made 214 jumps with the 82nd, and on Tuesday he made his 14th trip to our cardiac cath lab — his words: 'easier than Ranger School.' The 82nd Airborne Chorus sang to him on 4 Main. 🎂🪂",
    [
        ("AGE", "90th"),
        ("NAME", "Harold 'Hal' Pridgen"),
        ("NAME", "Hal", 2),
    ],
    note="Ordinal age, patient with nickname. '14th trip', the unit and the weekday are not labelled.",
)

# 65
n(
    "en",
    "milestone_birthday",
    "Our Senior Friends program has 41 members over 90! 🧓 Join us for chair yoga every Thursday at 10 at the Lumberton campus. Info: (910) 555-0142.",
    "Population age and the hospital's number.",
)

# 66
p(
    "en",
    "milestone_birthday",
    "One hundred and two years, y'all. 🎈 Mother Annie Ruth Faison has outlived three pastors, two husbands and a hurricane named Hazel, and today the staff of our Pembroke clinic sang to her at her check-up. Her great-great-grandson Ty brought the cake.",
    [
        ("AGE", "One hundred and two"),
        ("NAME", "Annie Ruth Faison"),
        ("NAME", "Ty"),
    ],
    note="Age in words, patient (church title 'Mother' excluded), great-great-grandson. Hurricane name and clinic not labelled.",
)

# 67
n(
    "es",
    "milestone_birthday",
    "¿Sabías que en el condado de Robeson viven más de 300 personas mayores de 90 años? Nuestro programa de visitas a domicilio llega a muchas de ellas. Llámenos: (910) 555-0188. 👵🏽",
    "Edad de población y teléfono del hospital.",
)

# 68
p(
    "en",
    "milestone_birthday",
    "Pt in bed 14 turned 91 at midnight and the night shift made a cake out of graham crackers and pudding cups. 🎂 Happy birthday, Mr. Q! #NightShiftMagic",
    [
        ("OTHER_ID", "bed 14"),
        ("AGE", "91"),
        ("NAME", "Q"),
    ],
    note="Bed number, age over 89, initial used as the patient's name.",
)

# 69
p(
    "en",
    "milestone_birthday",
    "A year ago, Kinsley Bullard was born at 24 weeks in our NICU, 1 lb 4 oz. On 1/16 she turned ONE and came back to visit the nurses who held her. 🥹 #KinsleyStrong #NICUGrad",
    [
        ("NAME", "Kinsley Bullard"),
        ("DATE", "1/16"),
        ("NAME", "#KinsleyStrong"),
    ],
    note="Patient, birthday date, name hashtag. Age ONE is not labelled.",
)

# 70
n(
    "en",
    "milestone_birthday",
    "Turning 50 this year? 🎉 It's your colonoscopy birthday present. Schedule at either campus: (910) 555-0100. #50andScreened",
    "Screening reminder; population age.",
)

# 71
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY NIAM TAIS BAO! 🎊 She was born during the Hmong New Year in the mountains of Xieng Khouang, and today she celebrated with 60 of her descendants in our Fayetteville family lounge. Ua tsaug, Bao, for letting us be part of it.",
    [
        ("AGE", "101ST"),
        ("NAME", "BAO"),
        ("DATE", "Hmong New Year"),
        ("NAME", "Bao"),
    ],
    note="ALL-CAPS ordinal age, name ('niam tais' = grandmother, excluded), holiday birth day. Xieng Khouang is a province: not GEO.",
)

# 72
p(
    "en",
    "milestone_birthday",
    "Happy 93rd to Mr. Lonnie Sessoms, who retired from the Kelly-Springfield tire plant in 1990 and STILL wears his plant jacket to our cardiac rehab. Born Feb. 29, so technically he's 23 and a quarter. 😂 Happy birthday (finally!), Lonnie!",
    [
        ("AGE", "93rd"),
        ("NAME", "Lonnie Sessoms"),
        ("DATE", "Feb. 29"),
        ("NAME", "Lonnie", 2),
    ],
    note="Ordinal age, patient, birth date. Employer, bare year and the joke age are not labelled.",
)

# 73
p(
    "es",
    "milestone_birthday",
    "¡Felices 92, abuelito Mingo! 🥳 Don Domingo Rosales, de Hope Mills, celebró hoy con mariachi en el piso 3. Nació un 4 de agosto y dice que el secreto es 'frijoles, fe y nada de refresco'.",
    [
        ("AGE", "92"),
        ("NAME", "Mingo"),
        ("NAME", "Domingo Rosales"),
        ("GEO", "Hope Mills"),
        ("DATE", "4 de agosto"),
    ],
    note="Age, nickname, name that is a weekday, home town, birth date.",
)

# ---------------------------------------------------------------- pasted_record

# 74
p(
    "en",
    "pasted_record",
    "pt: LOCKLEAR, DONNIE R  MRN: 0071-448-2  DOB 07/04/1958  adm 9/30 via ED  dx: COPD exac  rm 5W-22",
    [
        ("NAME", "LOCKLEAR, DONNIE R"),
        ("MRN", "0071-448-2"),
        ("DATE", "07/04/1958"),
        ("DATE", "9/30"),
        ("OTHER_ID", "rm 5W-22"),
    ],
    note="Chart line: name, MRN, birth date with year (age under 90), admission date, room.",
)

# 75
p(
    "en",
    "pasted_record",
    "Shift handoff (draft, do NOT post): Bed 7 — Garcia, M. — 94F — s/p fall at home on Pine Forest Dr — daughter Lety 843.555.0126 — needs Spanish interpreter.",
    [
        ("OTHER_ID", "Bed 7"),
        ("NAME", "Garcia, M."),
        ("AGE", "94F"),
        ("GEO", "Pine Forest Dr"),
        ("NAME", "Lety"),
        ("PHONE", "843.555.0126"),
    ],
    note="Bed, chart-style name, age in chart shorthand, home street, daughter and her phone.",
)

# 76
p(
    "es",
    "pasted_record",
    "Paciente: Martínez López, Juana del Carmen. Expediente: SCF-2201983. Fecha de nacimiento: 15 de septiembre de 1961. Seguro: Medicaid NC #944170352Q. Dirección: 612 Wesley St, Lumberton. Contacto: hijo Brayan, 910 555 0113.",
    [
        ("NAME", "Martínez López, Juana del Carmen"),
        ("MRN", "SCF-2201983"),
        ("DATE", "15 de septiembre de 1961"),
        ("HEALTH_PLAN", "944170352Q"),
        ("GEO", "612 Wesley St"),
        ("GEO", "Lumberton"),
        ("NAME", "Brayan"),
        ("PHONE", "910 555 0113"),
    ],
    note="Ficha pegada: nombre, expediente, fecha de nacimiento, Medicaid, dirección y ciudad, hijo y su teléfono.",
)

# 77
p(
    "en",
    "pasted_record",
    "copied from a portal msg someone wanted turned into 'a nice story': Pt Ezekiel Hammonds, acct #7730-11852, Tricare ID 1184 2270 31, SSN ends 4417, truck plate NC TLK-9023 towed from the ER lot. pls don't.",
    [
        ("NAME", "Ezekiel Hammonds"),
        ("ACCOUNT", "7730-11852"),
        ("HEALTH_PLAN", "1184 2270 31"),
        ("SSN", "4417"),
        ("VEHICLE", "TLK-9023"),
    ],
    note="Name, account, Tricare id, last four of SSN, plate (without the state).",
)

# 78
p(
    "en",
    "pasted_record",
    "From an intake note a volunteer tried to share on Facebook: 'Mr. Xiong Tou, DOB 9/12, DL # 000039471125, walked in w/ chest pain, wife Yer at bedside, home 4419 Raeford Rd Apt 6B, 28314.'",
    [
        ("NAME", "Xiong Tou"),
        ("DATE", "9/12"),
        ("LICENSE", "000039471125"),
        ("NAME", "Yer"),
        ("GEO", "4419 Raeford Rd Apt 6B"),
        ("GEO", "28314"),
    ],
    note="Surname-first Hmong name, birth date, driver's licence, wife, street address with apartment, ZIP.",
)

# 79
p(
    "en",
    "pasted_record",
    "IT FYI: the family portal for patient VANG, PA (wristband 88-30417) was logged into from IP 172.16.44.201 by caregiver account mai.vang84. Pacemaker SN PJN227819S flagged for remote check. Don't paste tickets in the community group, folks.",
    [
        ("NAME", "VANG, PA"),
        ("OTHER_ID", "88-30417"),
        ("IP", "172.16.44.201"),
        ("OTHER_ID", "mai.vang84"),
        ("DEVICE", "PJN227819S"),
    ],
    note="Chart name, wristband number, family's IP, caregiver portal user name, pacemaker serial.",
)

# 80
p(
    "es",
    "pasted_record",
    "Nota de enfermería (borrador para el grupo de WhatsApp): cama 12, Sra. Reyes, 97 años, ingresó 3/8 por deshidratación, vive sola en Rowland, nieta Daisy: daisyreyes2009@hotmail.com",
    [
        ("OTHER_ID", "cama 12"),
        ("NAME", "Reyes"),
        ("AGE", "97"),
        ("DATE", "3/8"),
        ("GEO", "Rowland"),
        ("NAME", "Daisy"),
        ("EMAIL", "daisyreyes2009@hotmail.com"),
    ],
    note="Cama, apellido, edad mayor de 89, fecha de ingreso, ciudad, nieta y su correo.",
)

# 81
p(
    "en",
    "pasted_record",
    "4N census 0700 — Rm 401 Brayboy D. (2nd adm this mo) / Rm 402 empty / Rm 403 Chavis J. / Rm 404 Moua K. 🚫 DO NOT POST SCREENSHOTS OF THE BOARD.",
    [
        ("OTHER_ID", "Rm 401"),
        ("NAME", "Brayboy D."),
        ("OTHER_ID", "Rm 403"),
        ("NAME", "Chavis J."),
        ("OTHER_ID", "Rm 404"),
        ("NAME", "Moua K."),
    ],
    note="Census board: rooms with patients and chart names. The empty room and the unit are not labelled.",
)

# 82
p(
    "en",
    "pasted_record",
    "can someone tell me if this is bad?? my grandma's labs from the portal: Name: Inez Faircloth  MRN 88204-17  Collected 10/03  Hgb 7.9 L. she's 89 and nobody will call us back 😩 @SandhillsCFH",
    [
        ("NAME", "Inez Faircloth"),
        ("MRN", "88204-17"),
        ("DATE", "10/03"),
    ],
    note="Pasted lab: name, MRN, collection date. Age 89 is not over 89; the handle is the hospital's.",
)

# 83
n(
    "en",
    "pasted_record",
    "Template for our nurses' shift report (blank!): Pt name: ____ MRN: ____ Room: ____ DOB: __/__/____ Allergies: ____. Print it, fill it, shred it — never photograph it. 🗂️",
    "A blank form: field labels carry no values.",
)

# 84
p(
    "en",
    "pasted_record",
    "Posting Dad's info so the family group chat has it 🙏 Raymond Locklear Sr. is on 5 West till Friday; his insulin pen lot got recalled (device # LNT-55K9-0031), Medicare # 1EG4-TE5-MK72, and his pharmacy is the one on Fayetteville Rd. If records needs the release form, fax it to my sister Loretta at (843) 555-0146, NOT the main fax. cc @SCFH_Lumberton",
    [
        ("NAME", "Raymond Locklear"),
        ("DEVICE", "LNT-55K9-0031"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("NAME", "Loretta"),
        ("FAX", "(843) 555-0146"),
    ],
    note="Patient (suffix Sr. excluded), device lot number, Medicare number, daughter and her fax. The pharmacy's road is not his home; unit and handle not labelled.",
)

# 85
p(
    "es",
    "pasted_record",
    "Hoja de alta (copia): Paciente HERNÁNDEZ, JOSÉ LUIS — No. de cuenta 55-0193-884 — Alta: 19/11 — Cita de seguimiento con el Dr. Patel el 2/12 en la clínica Cross Creek. Teléfono de la esposa (Maricela): +1 910-555-0137.",
    [
        ("NAME", "HERNÁNDEZ, JOSÉ LUIS"),
        ("ACCOUNT", "55-0193-884"),
        ("DATE", "19/11"),
        ("DATE", "2/12"),
        ("NAME", "Maricela"),
        ("PHONE", "+1 910-555-0137"),
    ],
    note="Nombre, cuenta, fecha de alta, fecha de cita del paciente, esposa y su teléfono. El médico y la clínica no se marcan.",
)

# ---------------------------------------------------------------- staff_spotlight

# 86
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight ⭐ Meet Dr. Angela Locklear-Jacobs, our first Lumbee cardiologist. She grew up in Prospect, trained at UNC, and came home to Robeson County to open our Pembroke heart clinic. 'I wanted my aunties to see a doctor who looks like them.'",
    "Staff member; her home town and county are not patient data.",
)

# 87
p(
    "en",
    "staff_spotlight",
    "Our own ED charge nurse Keisha Brayboy spent 9 days on the other side of the bed this month after a crash on Carthage Rd on 5/6. She's back on shift Monday and says the food 'needs work.' We love you, Keisha! 💪 #KeishaStrong",
    [
        ("NAME", "Keisha Brayboy"),
        ("GEO", "Carthage Rd"),
        ("DATE", "5/6"),
        ("NAME", "Keisha", 2),
        ("NAME", "#KeishaStrong"),
    ],
    note="A staff member who was our patient: name, road of her crash, injury date, hashtag.",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Meet the night shift at our Lumberton NICU: RNs Tou Vang, Brittany Hunt and Ximena Salazar, and RT Marcus 'Big Mac' Dial. Between them: 61 years of experience and about 4,000 tiny humans. 🍼 #NurseAppreciation",
    "Staff names only.",
)

# 89
n(
    "es",
    "staff_spotlight",
    "Conoce a Yesenia Portillo, nuestra intérprete médica en Lumberton desde hace 12 años. Nació en Chalatenango, llegó a Red Springs de niña y hoy ayuda a cientos de familias cada mes. ¡Gracias, Yesenia! 🗣️",
    "Empleada: su nombre y sus lugares no son de un paciente.",
)

# 90
p(
    "en",
    "staff_spotlight",
    "Volunteer of the Month: Mr. Gilbert 'Gil' Cummings, 90, who drives our shuttle between the Lumberton and Pembroke campuses 3 days a week — the same shuttle he rode to his own cancer treatments here in 2019. Gil, you're a legend. 🚐",
    [
        ("NAME", "Gilbert 'Gil' Cummings"),
        ("AGE", "90"),
        ("NAME", "Gil", 2),
    ],
    note="A volunteer who was our patient: name, nickname, age 90. Campuses and bare year not labelled.",
)

# 91
n(
    "en",
    "staff_spotlight",
    "Happy retirement, Sgt. Maj. (Ret.) Doris Womack! After the Army and 22 years as our security chief at Fayetteville, she's trading the radio for a bass boat. 🎣 Womack Army Medical Center, you trained her well.",
    "Retiring staff member; an eponymous hospital name.",
)

# 92
p(
    "en",
    "staff_spotlight",
    "Our CEO, Dr. Raymond Sampson, shared something personal this week: his mother, Ruth Sampson, had her hip replaced here on Oct. 2 by the team he leads. 'Best decision I ever watched someone make.' Thank you for trusting us, Mama Ruth! 👏",
    [
        ("NAME", "Raymond Sampson"),
        ("NAME", "Ruth Sampson"),
        ("DATE", "Oct. 2"),
        ("NAME", "Ruth", 2),
    ],
    note="The CEO is introduced as a patient's son, so he is a relative; his mother is the patient; surgery date.",
)

# 93
n(
    "en",
    "staff_spotlight",
    "Congrats to our Environmental Services team, led by Pa Kou Her, for 0 C. diff infections on 6 North for 365 days straight! 🧽✨",
    "Staff name (surname Her) and a unit.",
)

# 94
p(
    "es",
    "staff_spotlight",
    "Nuestra compañera de cocina, Maribel Guevara, se convirtió en paciente de nuestro programa de cáncer de mama en marzo. Hoy tocó la campana 🔔 y todo el turno de cocina vino con globos. ¡Fuerza, Maribel! #MaribelValiente",
    [
        ("NAME", "Maribel Guevara"),
        ("DATE", "marzo"),
        ("NAME", "Maribel", 2),
        ("NAME", "#MaribelValiente"),
    ],
    note="Empleada que es paciente: nombre, mes del diagnóstico, hashtag con su nombre.",
)

# 95
n(
    "en",
    "staff_spotlight",
    "5 questions with Chaplain Pao Yang 🙏 1. Favorite hymn? 'It Is Well.' 2. Hardest part of the job? Silence. 3. Best part? Silence, too. 4. Coffee or tea? Tea, from my mom's garden in Maxton. 5. Advice? Just sit with people.",
    "Staff member and his own family's town.",
)

# 96
n(
    "en",
    "staff_spotlight",
    "Welcome to our new trauma surgeon, Dr. Nneka Okafor (MAJ, US Army Reserve), who joins us from Walter Reed. Fun fact: she was born on Christmas Day in Enugu. 🎄",
    "Staff member's birthday and birthplace are not patient data; Walter Reed is an eponymous hospital.",
)

# 97
p(
    "en",
    "staff_spotlight",
    "Remember Officer Dwayne Hammond from our Lumberton security team, the one who delivered a baby in the ER drive? This week HE was the patient: appendectomy on 4/11, room 316. Get well, Dwayne! (He said we could post. He also said 'don't post the gown pic.' 😂)",
    [
        ("NAME", "Dwayne Hammond"),
        ("DATE", "4/11"),
        ("OTHER_ID", "room 316"),
        ("NAME", "Dwayne", 2),
    ],
    note="Staff member as patient: name, surgery date, room. No photo is attached.",
)

# ---------------------------------------------------------------- health_tip

# 98
n(
    "en",
    "health_tip",
    "Heat index 108° today in Robeson County 🌡️ Farmworkers and plant crews: drink water every 15 minutes, take shade breaks, and watch each other for confusion. Heat stroke is a 911 emergency.",
    "Heat advice for a population.",
)

# 99
n(
    "es",
    "health_tip",
    "Trabajadores de las plantas de carne: si se cortan o se lastiman en la línea, tienen derecho a atención médica. Nuestra clínica de Cross Creek atiende sin cita: 310 Cross Creek Avenue, Fayetteville. Llame al (910) 555-0188. 🩹",
    "Consejo con la dirección y el teléfono del hospital.",
)

# 100
n(
    "en",
    "health_tip",
    "After the flood: don't drive through water, toss food that touched floodwater, and get a tetanus booster if you got cut cleaning up. Mold making you wheeze? Call our nurse line (910) 555-0177. #FloodRecovery",
    "Flood advice with the hospital's nurse line.",
)

# 101
p(
    "en",
    "health_tip",
    "Tip from a patient 💡 Mrs. Winnie Blue of Lumber Bridge, who lost her leg to a diabetic foot wound in January, wants you to check your feet EVERY night with a mirror. 'I wish somebody had told me,' she says. #DiabetesAwareness",
    [
        ("NAME", "Winnie Blue"),
        ("GEO", "Lumber Bridge"),
        ("DATE", "January"),
    ],
    note="Patient (surname is a colour), home town, month of her amputation.",
)

# 102
n(
    "en",
    "health_tip",
    "Hep C, HIV, diabetes: testing is free this month at both campuses. No insurance or papers needed. Ask at any front desk. ✅",
    "Screening offer.",
)

# 103
n(
    "en",
    "health_tip",
    "PSA for Friday night: 🏈 Concussion signs in players — headache, confusion, 'seeing stars,' throwing up. When in doubt, sit them out. Our sports medicine docs cover 14 Cumberland and Robeson high schools this season.",
    "Sports safety advice.",
)

# 104
n(
    "en",
    "health_tip",
    "Ticks are back in the longleaf pines 🌲 Lyme disease is rare here but Rocky Mountain spotted fever isn't. Fever + rash after a tick bite? See a doctor. Tick check after every hunt.",
    "Place-named diseases (Lyme, Rocky Mountain) are not GEO.",
)

# 105
p(
    "es",
    "health_tip",
    "Consejo de doña Chayo Menjívar, de 91 años: 'Caminen después de cenar, aunque sea alrededor de la mesa.' 🚶‍♀️ Doña Chayo es paciente de nuestra clínica de cardiología en Pembroke desde 2015.",
    [
        ("NAME", "Chayo Menjívar"),
        ("AGE", "91"),
        ("NAME", "Chayo", 2),
    ],
    note="Paciente con nombre y edad mayor de 89. La clínica es del hospital; el año suelto no se marca.",
)

# 106
n(
    "en",
    "health_tip",
    "Hmong speakers: our pharmacists can now explain your meds in Hmong by video call. Ask at any SCFH pharmacy window or call (910) 555-0100. Nug tau kev pab dawb. 💊",
    "Service notice with the hospital's number.",
)

# 107
p(
    "en",
    "health_tip",
    "Carbon monoxide is no joke. When the storm knocked out power, Keondre and his little brother Amari ran a generator in the garage of their house on Murchison Rd. Both are OK after oxygen therapy with us. Keep generators 20 feet from the house. 🏠⚠️",
    [
        ("NAME", "Keondre"),
        ("NAME", "Amari"),
        ("GEO", "Murchison Rd"),
    ],
    note="Two brothers treated here and their home street.",
)

# 108
n(
    "en",
    "health_tip",
    "ER or clinic? 🤔 Chest pain, trouble breathing, face drooping: ER. Flu, cough, sore throat: clinic or urgent care. Not sure? Call our nurse line first.",
    "General triage advice.",
)

# 109
n(
    "en",
    "health_tip",
    "tbh the best flu shot is the one you actually get 🤷🏾‍♀️ walk-ins at our Cross Creek clinic M–F 8–5, no appointment, most insurance + Tricare. #FightFlu",
    "Clinic hours.",
)

# ---------------------------------------------------------------- event

# 110
n(
    "en",
    "event",
    "🗓️ Lumbee Homecoming Health Tent is BACK! June 28–July 5 at the Pembroke powwow grounds: free BP checks, diabetes screens, and the famous fry-bread-free zone 😅 Come see us.",
    "Event dates and venue.",
)

# 111
p(
    "en",
    "event",
    "This year's Harvest 5K in Lumberton honors Tyrese 'T-Bone' Jacobs, the Lumberton High lineman who survived a cardiac arrest on the field on Sept. 13 thanks to a coach with an AED. Race is Nov. 9 at 8 a.m. 🏃 #RunForTBone",
    [
        ("NAME", "Tyrese 'T-Bone' Jacobs"),
        ("GEO", "Lumberton", 2),
        ("DATE", "Sept. 13"),
        ("NAME", "#RunForTBone"),
    ],
    note="Patient with nickname, his school's town (places his home), date of his arrest, hashtag. The race town and race date are not labelled (declared ok).",
    ok=("Lumberton",),
)

# 112
n(
    "es",
    "event",
    "📅 Feria de salud el sábado 12 de octubre en la iglesia San Francisco de Asís, Lumberton, de 9 a 1. Vacunas, presión, glucosa y asesoría de seguros. ¡Traiga a toda la familia!",
    "Fecha y lugar de un evento; el santo no es un paciente.",
)

# 113
n(
    "en",
    "event",
    "Friday Night Lights Safety Night 🏈 Our athletic trainers will be on the sidelines at Jack Britt vs. Seventy-First on Oct. 4. Jack Britt — the man, not the school — was a Fayetteville educator; we're proud to keep his kids safe.",
    "Event date; the school's namesake is a historical figure.",
)

# 114
p(
    "en",
    "event",
    "Block party for a hero 🎉 Neighbors on Bragg Blvd are throwing a welcome-home cookout Saturday for Pvt. Luis Ángel Soto, 19, who spent 6 weeks in our burn unit after the barracks fire on 7/18. His mom Carmen is on the grill. All welcome!",
    [
        ("GEO", "Bragg Blvd"),
        ("NAME", "Luis Ángel Soto"),
        ("DATE", "7/18"),
        ("NAME", "Carmen"),
    ],
    note="His home street (neighbours), patient, injury date, mother. Age 19 and weekday not labelled.",
)

# 115
n(
    "en",
    "event",
    "Blood drive 🩸 Tues 3/11, 7am–7pm, Fayetteville campus lobby. Every donor gets a Fort Liberty Blood Donor Program t-shirt and a Cook Out tray voucher. Walk-ins welcome, appointments at give.scfhealth.org.",
    "Event date and the hospital's domain.",
)

# 116
p(
    "en",
    "event",
    "Save the date: April 6 we're hosting a thank-you dinner for the family of Chia Lee, who passed away in our ICU last spring and whose organ donation saved three lives. 🥢 Chia's sister Youa is cooking the larb.",
    [
        ("NAME", "Chia Lee"),
        ("NAME", "Chia", 2),
        ("NAME", "Youa"),
    ],
    note="Organ donor who died as our patient, and her sister. The event date and the season are not labelled.",
)

# 117
p(
    "es",
    "event",
    "¡Gran carne asada este domingo en Fairmont para recaudar fondos para Brenda Lizeth Alas, de 16 años, que está en tratamiento de leucemia con nosotros! 🌮 Pregunten por su papá, don Nelson, en el puesto de pupusas. Donaciones: gofundme.com/f/fuerza-brenda-lizeth",
    [
        ("NAME", "Brenda Lizeth Alas"),
        ("NAME", "Nelson"),
        ("URL", "gofundme.com/f/fuerza-brenda-lizeth"),
    ],
    note="Paciente, su papá, URL de la colecta. El lugar del evento no se marca.",
)

# 118
n(
    "en",
    "event",
    "Hurricane prep night at Smith Chapel AME Zion, Thursday 6:30. We'll cover oxygen and dialysis plans, med lists and go-bags. Pastor Everett Graham will host. 🌀",
    "Event with a host pastor.",
)

# 119
n(
    "en",
    "event",
    "This Veterans Day, Nov. 11, every veteran gets a free meal in our cafeterias 🇺🇸 Show your VA card or DD-214. Thank you for your service.",
    "Holiday not tied to a patient.",
)

# 120
n(
    "en",
    "event",
    "Come cheer the Wheelchair Rugby exhibition at the Crown Coliseum Saturday 2/15 ⚡ Featuring the Fort Liberty Warrior Games team and our own rehab therapists. Tickets free at the door.",
    "Event date and venue.",
)

# 121
p(
    "en",
    "event",
    "Our Lumberton Relay for Life team is walking for Ms. Annie Locklear this year 💜 Annie was diagnosed with ovarian cancer on Mother's Day and finished chemo on her 60th birthday. Walk starts 6 p.m. May 16 at the Lumberton High track.",
    [
        ("NAME", "Annie Locklear"),
        ("NAME", "Annie", 2),
        ("DATE", "Mother's Day"),
    ],
    note="Patient, diagnosis on a holiday. Her 60th birthday, the walk date and venue are not labelled.",
)

# ---------------------------------------------------------------- statistic

# 122
n(
    "en",
    "statistic",
    "By the numbers 📊 2024 at Sandhills Cape Fear Health: 4,812 babies born, 61,300 ER visits, 1,204 soldiers and family members seen through Tricare, and 37 patients over 100 years old. 💯",
    "Counts and a population age.",
)

# 123
n(
    "es",
    "statistic",
    "El 38% de nuestros pacientes en Lumberton son indígenas lumbee, el 24% afroamericanos y el 11% latinos. Por eso tenemos intérpretes de español y de hmong las 24 horas. 🌎",
    "Porcentajes de población.",
)

# 124
n(
    "en",
    "statistic",
    "Robeson County has one of the highest diabetes amputation rates in North Carolina. Our limb-salvage team cut amputations by 31% in two years. 🦶 #KeepYourFeet",
    "County-level statistic.",
)

# 125
n(
    "en",
    "statistic",
    "Hurricane Matthew (2016) and Florence (2018) flooded our Lumberton campus twice. Since then: $42M in flood walls, backup water and a raised ER. We are ready. 🌊",
    "Hurricane names and the hospital's own campus.",
)

# 126
p(
    "en",
    "statistic",
    "Fall-prevention stats 📉 Falls on our inpatient units dropped 44% this year. Our oldest patient to go home without a single fall? A 103-year-old great-grandmother from Parkton. 👏",
    [
        ("AGE", "103-year-old"),
        ("GEO", "Parkton"),
    ],
    note="Unnamed patient with an age over 89 and her home town.",
)

# 127
n(
    "en",
    "statistic",
    "1 in 4 Fort Liberty spouses told our survey they delay their own care during deployments. 💬 Our Military Family Clinic has evening hours Mon–Thu. (910) 555-0100.",
    "Survey result and the hospital's number.",
)

# 128
n(
    "es",
    "statistic",
    "En 2024 atendimos a 2,140 trabajadores agrícolas y de plantas procesadoras. El 62% no tenía médico de cabecera. ¡Ahora sí! 🌽",
    "Estadística.",
)

# 129
n(
    "en",
    "statistic",
    "Stat of the day: 9 out of 10 of our stroke patients this month got clot-busting meds within 45 minutes of arrival. The national goal is 60. ⏱️ Thank you, stroke team.",
    "Quality statistic.",
)

# 130
n(
    "en",
    "statistic",
    "Our NICU this quarter: 96 babies, average stay 18 days, longest stay 98 days, zero central-line infections. 📈 #NICUNumbers",
    "Counts of babies and days, not ages.",
)

# 131
n(
    "en",
    "statistic",
    "Our Hmong interpreter line took 3,900 calls last year — up from 1,100 in 2020. Ua tsaug to interpreters Ka Vang, Teng Moua and Zoua Lee. 🗣️",
    "Call volume; staff names.",
)

# 132
n(
    "en",
    "statistic",
    "Fact: people 90 and older are the fastest-growing age group in Cumberland County. Our geriatrics team is ready. 👵🏻👴🏽",
    "Population age.",
)

# ---------------------------------------------------------------- recruitment

# 133
n(
    "en",
    "recruitment",
    "Transitioning out of Fort Liberty? 🪖 Your 68W medic experience counts here. Join our Military-to-Medicine program — info session 11/7 at our Fayetteville campus. Apply: scfhealth.org/careers",
    "Recruitment; event date and the hospital's domain.",
)

# 134
n(
    "es",
    "recruitment",
    "¡Estamos contratando intérpretes médicos de español! 💼 Tiempo completo en Lumberton y Fayetteville. Envíe su currículum a empleos@scfhealth.org o llame al (910) 555-0100.",
    "Correo y teléfono del hospital.",
)

# 135
n(
    "en",
    "recruitment",
    "NOW HIRING: CNAs, night shift, Lumberton. $3k sign-on bonus. Lumbee, Black, Latino, Hmong — we want our staff to look like our patients. DM @SCFH_Lumberton 💜",
    "Job post with the hospital's handle.",
)

# 136
p(
    "en",
    "recruitment",
    "Sixteen years ago, Destiny Chavis was born in our Lumberton NICU at 1 lb 10 oz on Halloween. 🎃 Now she's applying to our Teen Volunteer program, and you can too! Apps due 3/1 at scfhealth.org/volunteer.",
    [
        ("NAME", "Destiny Chavis"),
        ("DATE", "Halloween"),
    ],
    note="Former NICU patient (name is a word), birth on a holiday. The deadline is not hers.",
)

# 137
n(
    "en",
    "recruitment",
    "Calling all Hmong speakers with a heart for healthcare 💚 Our paid CNA training starts Jan. 13; classes taught in English and Hmong. Call (910) 555-0100 ext. 4.",
    "Class start date; hospital number.",
)

# 138
n(
    "en",
    "recruitment",
    "Nurse residency graduates, class of spring 2025 🎓: Aaliyah Bullard, Pheng Xiong, Jessica Oxendine, Yadira Ochoa and 14 more. Welcome to the family!",
    "New staff names.",
)

# 139
n(
    "es",
    "recruitment",
    "¿Eres estudiante de enfermería en UNC Pembroke o Fayetteville Tech? Nuestro programa de verano paga $18 la hora. Aplica antes del 15 de marzo. 🩺",
    "Fecha límite de solicitud, no de un paciente.",
)

# 140
p(
    "en",
    "recruitment",
    "'They saved my life, so I'm giving mine back.' After two weeks in our ICU with sepsis in August, Marquis Wooten of Spring Lake enrolled in our paramedic academy. Class starts soon; so can yours. 🚑",
    [
        ("DATE", "August"),
        ("NAME", "Marquis Wooten"),
        ("GEO", "Spring Lake"),
    ],
    note="Former patient: month of his ICU stay, name, home town.",
)

# 141
n(
    "en",
    "recruitment",
    "We're hiring in Environmental Services, Food & Nutrition and Transport — no experience needed, on-the-job training, Tricare-friendly benefits for military spouses. Apply by Friday. 🧹🍽️",
    "Job post.",
)

# 142
n(
    "en",
    "recruitment",
    "Respiratory therapists! ☁️ Join the team that kept 40 ventilated patients breathing through Hurricane Florence with no city water. Sign-on bonus up to $10k.",
    "Hurricane name, counts.",
)

# 143
n(
    "en",
    "recruitment",
    "Today we celebrated 19 new community health workers who'll serve families in Red Springs, Maxton and St. Pauls. 🎉 Want to join? Next class starts in May.",
    "Towns served by staff; no patient.",
)

# 144
n(
    "en",
    "recruitment",
    "Spring Lake, Hope Mills, Raeford, Parkton — we're hiring phlebotomists at all four of our lab draw sites. Start at $19/hr.",
    "The hospital's own sites.",
)

# ---------------------------------------------------------------- crisis_update

# 145
n(
    "en",
    "crisis_update",
    "⚠️ HURRICANE UPDATE 10/1, 6 a.m.: Our Lumberton campus is on generator power. ER is OPEN. Lumber River expected to crest at 21 ft Thursday. Elective surgeries canceled. Updates here and at scfhealth.org.",
    "Operational update; date of the update.",
)

# 146
n(
    "es",
    "crisis_update",
    "⚠️ ACTUALIZACIÓN: Las clínicas de Pembroke y Red Springs estarán cerradas mañana por inundaciones. Si necesita diálisis, llame al (910) 555-0142 para ser transportado a Fayetteville.",
    "Cierre de clínicas; teléfono del hospital.",
)

# 147
p(
    "en",
    "crisis_update",
    "Update on the church bus crash: we received 14 patients. Families are being reunited in the Fayetteville campus cafeteria, and Pastor Leng Moua is here with the Hmong families. If you're looking for Nhia Vang or the Thao brothers, call (910) 555-0123.",
    [
        ("NAME", "Nhia Vang"),
        ("NAME", "Thao"),
    ],
    note="Named crash patients. The pastor and the hospital's number are not labelled.",
)

# 148
n(
    "en",
    "crisis_update",
    "🚨 Boil water advisory for the city of Lumberton. Our hospital uses its own treated supply — all services remain open. Patients and visitors: bottled water is available at every entrance.",
    "City-wide advisory.",
)

# 149
p(
    "en",
    "crisis_update",
    "Shelter medical team update: at the Lumberton High gym shelter overnight we treated 31 people, including Ms. Beulah Chavis, 96, who came in by johnboat from her home on Peachtree St. She's resting comfortably and asking for her Bible. 🙏",
    [
        ("NAME", "Beulah Chavis"),
        ("AGE", "96"),
        ("GEO", "Peachtree St"),
    ],
    note="Patient, age, home street. The shelter venue is not labelled.",
)

# 150
p(
    "es",
    "crisis_update",
    "Buscamos a la familia de una paciente que llegó en el rescate de anoche: se llama Marta, tiene unos 60 años, habla español y dice que vive en un tráiler cerca de Orrum. Llame al (910) 555-0123. 🙏",
    [
        ("NAME", "Marta"),
        ("GEO", "Orrum"),
    ],
    note="Nombre y lugar de residencia de la paciente; edad menor de 90 y teléfono del hospital no se marcan.",
)

# 151
n(
    "en",
    "crisis_update",
    "Power's back on at the Lumberton campus ⚡ Thank you to Lumbee River EMC and Duke Energy crews. Clinics reopen tomorrow at 8.",
    "Operational update.",
)

# 152
p(
    "en",
    "crisis_update",
    "UPDATE: The 3 soldiers hurt in Tuesday's training accident at Fort Liberty's Range 63 are stable. With family permission: SGT Tyler Brandt and SPC Jordan Ruiz are in our ICU; PFC Sam Okonkwo was released to his unit. 🇺🇸",
    [
        ("NAME", "Tyler Brandt"),
        ("NAME", "Jordan Ruiz"),
        ("NAME", "Sam Okonkwo"),
    ],
    note="Three named soldier patients. Ranks, the base and its range are not labelled.",
)

# 153
n(
    "en",
    "crisis_update",
    "Measles exposure alert: if you were in our Fayetteville ER waiting room on 2/3 between 2 and 6 p.m., check your vaccine records and call (910) 555-0177. 🔴",
    "Exposure window date, not tied to a named patient.",
)

# 154
p(
    "en",
    "crisis_update",
    "Flood rescue update 🛶 All 22 residents of the Southern Oaks nursing home in St. Pauls are safe with us. Families: Mr. Virgil Hunt (room 2), Mrs. Opal Lowery and the Jacobs sisters are asking for you. Call patient relations at (910) 555-0123.",
    [
        ("GEO", "St. Pauls"),
        ("NAME", "Virgil Hunt"),
        ("OTHER_ID", "room 2"),
        ("NAME", "Opal Lowery"),
        ("NAME", "Jacobs"),
    ],
    note="Residents' town, named patients, room, family surname. The facility name is not labelled.",
)

# 155
n(
    "en",
    "crisis_update",
    "🥵 Heat advisory through Sunday. Our ER saw 23 heat-related visits yesterday, mostly field and roofing crews. Cooling centers: Lumberton Rec Center and Fayetteville's Smith Rec. Check on your elderly neighbors.",
    "Counts and public venues.",
)

# 156
p(
    "en",
    "crisis_update",
    "TORNADO UPDATE 8:40 pm: 9 patients from the Vander area, all stable. Among them a 90-year-old man pulled from his mobile home by his grandson. Family can reach the ER desk at (910) 555-0100.",
    [
        ("GEO", "Vander"),
        ("AGE", "90-year-old"),
    ],
    note="Patients' home area and an unnamed patient's age over 89.",
)

# ---------------------------------------------------------------- research

# 157
n(
    "en",
    "research",
    "New study from our Lumbee Health Research Center with UNC Pembroke: 1,900 tribal members enrolled to study why heart failure hits Robeson County earlier. Led by Dr. Chenoa Maynor. 🔬",
    "Study news; investigator is staff.",
)

# 158
p(
    "en",
    "research",
    "Meet our 1,000th clinical trial participant: Rev. Otis Freeman of Parkton, who enrolled Aug. 21 in our prostate cancer screening study. 'My church brothers are next,' he says. 🙌",
    [
        ("NAME", "Otis Freeman"),
        ("GEO", "Parkton"),
        ("DATE", "Aug. 21"),
    ],
    note="Participant (title excluded), home town, enrolment date. '1,000th' is a count.",
)

# 159
n(
    "es",
    "research",
    "Investigación: estamos buscando voluntarios hispanos mayores de 40 años con prediabetes para un estudio de caminatas en grupo. Se paga $50 por visita. Llame al (910) 555-0188.",
    "Reclutamiento de estudio; edad de población.",
)

# 160
n(
    "en",
    "research",
    "Published! Our team's paper in JAMA Network Open shows Hmong adults in NC have 3x the gout rate of other Asian Americans. Thanks to the 412 participants and to coauthor Dr. Lue Vang. 📄",
    "Study result; 412 is a count, not a room.",
)

# 161
n(
    "en",
    "research",
    "Burn-pit exposure study 🪖: veterans who served at Bagram or Balad can join our PACT Act registry study. Screening at the Fayetteville campus, Tuesdays. No cost.",
    "Study recruitment; foreign bases are not tied to a patient.",
)

# 162
p(
    "en",
    "research",
    "Our residents presented a case at ACP this week: a 99-year-old woman from Lumber Bridge who had a TAVR valve placed and walked the same day. Oldest in our program's history! 🫀",
    [
        ("AGE", "99-year-old"),
        ("GEO", "Lumber Bridge"),
    ],
    note="Case report: unnamed patient's age over 89 and home town.",
)

# 163
n(
    "en",
    "research",
    "Hurricane flooding and hog lagoons: our environmental health researchers found E. coli levels 40x normal in wells near flooded farms after Florence. Test your well water — kits free at our Lumberton lab.",
    "Research finding; hurricane name.",
)

# 164
p(
    "es",
    "research",
    "Gracias a Yolanda Pineda, de Red Springs, la primera participante latina de nuestro estudio de cáncer de cuello uterino. Se inscribió el 3 de abril 'para que mis hijas no tengan miedo'. 💜",
    [
        ("NAME", "Yolanda Pineda"),
        ("GEO", "Red Springs"),
        ("DATE", "3 de abril"),
    ],
    note="Participante, ciudad, fecha de inscripción.",
)

# 165
n(
    "en",
    "research",
    "Study results: Spanish-language texting reminders raised mammogram rates 22% among farmworker women in Robeson and Bladen counties. Funded by the Duke Endowment. 📱",
    "Study result; funder.",
)

# 166
n(
    "en",
    "research",
    "We're testing a new sensor that alerts nurses when patients 90 and older try to get out of bed alone. Pilot on 3 South through June. 🛏️",
    "Population age; pilot dates.",
)

# 167
n(
    "en",
    "research",
    "Research spotlight: Dr. Phuong Tran's lab is studying how PFAS ('forever chemicals') from the Cape Fear River affect pregnancy. 300 moms enrolled so far. 💧",
    "Staff researcher.",
)

# 168
n(
    "es",
    "research",
    "¿Qué es un ensayo clínico? Es un estudio donde voluntarios prueban nuevos tratamientos con mucha supervisión. Nadie participa sin firmar un consentimiento. Más información: scfhealth.org/investigacion.",
    "Información general; dominio del hospital.",
)

# ---------------------------------------------------------------- public_figure

# 169
n(
    "en",
    "public_figure",
    "Tribal Chairman Dalton Brooks cut the ribbon on our new Pembroke dialysis center today 🎀, joined by Rep. Carla Jacobs and Mayor Rufus Hunt. 24 chairs, 6 a.m.–10 p.m., open to all.",
    "Officials in their public role.",
)

# 170
p(
    "en",
    "public_figure",
    "With his blessing: Mayor Elliot Pate was treated in our ER Sunday for a kidney stone and wants everyone to know two things — drink water, and our triage nurse Ms. Pam 'doesn't play.' Get well, Mayor! 💧",
    [
        ("NAME", "Elliot Pate"),
    ],
    note="A public figure who was our patient is labelled. The nurse is staff.",
)

# 171
n(
    "en",
    "public_figure",
    "Fort Liberty's commanding general visited our trauma unit today to thank the team that cared for soldiers after the Range 63 training accident. 🇺🇸",
    "Unnamed official; no patient identified.",
)

# 172
n(
    "es",
    "public_figure",
    "¡Qué honor! El cónsul de México en Raleigh, Francisco Aguilar, visitó nuestra clínica de Lumberton para la jornada de salud binacional. 🇲🇽",
    "Funcionario en visita oficial.",
)

# 173
n(
    "en",
    "public_figure",
    "Henry Berry Lowry fought for the Lumbee people 150 years ago; today his descendants are doctors, nurses and board members here. Happy Lumbee Heritage Month from all of us at Sandhills Cape Fear Health. 🪶",
    "Historical figure.",
)

# 174
p(
    "en",
    "public_figure",
    "Carolina Panthers legend and Lumberton native Roman Revels came home to visit his dad, Elijah Revels, who is recovering from bypass surgery on our 4 Main. Roman signed 60 footballs for our peds patients! 🏈",
    [
        ("NAME", "Roman Revels"),
        ("GEO", "Lumberton"),
        ("NAME", "Elijah Revels"),
        ("NAME", "Roman", 2),
    ],
    note="A famous son introduced as a patient's relative is labelled, with the family's home town; the father is the patient. Team and unit not labelled.",
)

# 175
n(
    "en",
    "public_figure",
    "Lt. Gov. Marsha Kendrick toured our Riverbend Road campus today to see the flood repairs from Helene. Thank you for standing with rural hospitals. 🌀",
    "Official visit; hurricane name; the hospital's own street.",
)

# 176
n(
    "en",
    "public_figure",
    "Olympic sprinter and Fayetteville's own Kierra Dupree stopped by our pediatric rehab gym to race (and lose to) our kids 🏃‍♀️💨 Thank you for inspiring the next generation, Kierra!",
    "Visiting athlete, not a patient.",
)

# 177
p(
    "es",
    "public_figure",
    "El cantante Julio 'El Gallo' Benítez, que dio un concierto en el Crown Coliseum, terminó la noche en nuestra sala de emergencias por deshidratación 😅. Con su permiso les contamos: ya está bien y manda saludos a sus fans. ¡Tomen agua!",
    [
        ("NAME", "Julio 'El Gallo' Benítez"),
    ],
    note="Figura pública que fue nuestro paciente: se marca su nombre.",
)

# 178
n(
    "en",
    "public_figure",
    "Remembering Hiram Revels: born in Fayetteville in 1827, he became the first Black U.S. senator. Our Revels Health Scholars program honors him. Applications open. 📚",
    "Historical figure and a program named for him.",
)

# 179
p(
    "en",
    "public_figure",
    "Fayetteville Woodpeckers pitcher Danny Quintero was our patient this weekend after a line drive to the face, and his wife Gabriela asked us to share that he'll be fine. Get well soon, Danny! ⚾",
    [
        ("NAME", "Danny Quintero"),
        ("NAME", "Gabriela"),
        ("NAME", "Danny", 2),
    ],
    note="Ballplayer who was our patient and his wife. His team (employer) is not labelled.",
)

# 180
n(
    "en",
    "public_figure",
    "Thank you, Congresswoman Reyna Ellerbe, for securing $6M for rural maternity care in Robeson County. Our Lumberton birth center will use it for 4 new labor rooms. 🤰",
    "Official in public role.",
)

# ---------------------------------------------------------------- eponymous_condition

# 181
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our Lumberton movement disorders clinic now offers Rock Steady Boxing every Wednesday. 🥊 No, you don't need to be James Parkinson to join.",
    "Eponym, awareness month, historical figure.",
)

# 182
p(
    "en",
    "eponymous_condition",
    "Grace Graves was 34 when Graves' disease sent her heart racing at 160. After radioactive iodine in May, she's training for the Cape Fear Half. Yes, she's heard every joke. 😂 #GraceUnderFire",
    [
        ("NAME", "Grace Graves"),
        ("DATE", "May"),
        ("NAME", "#GraceUnderFire"),
    ],
    note="Patient who shares her disease's eponym (the eponym is not labelled), month of treatment, pun hashtag with her name.",
)

# 183
n(
    "es",
    "eponymous_condition",
    "El Alzheimer no es parte normal del envejecimiento. Si un ser querido se pierde en lugares conocidos o repite las mismas preguntas, hable con su médico. Grupo de apoyo en español: segundo martes de cada mes. 💜",
    "Epónimo y consejo general.",
)

# 184
p(
    "en",
    "eponymous_condition",
    "We love our Down syndrome superstars 💛 Happy World Down Syndrome Day to Micah Oxendine, who was born here on 3/21 (yes, on World Down Syndrome Day itself) and just made the Purnell Swett cheer squad! #RockYourSocks",
    [
        ("NAME", "Micah Oxendine"),
        ("DATE", "3/21"),
        ("DATE", "World Down Syndrome Day", 2),
    ],
    note="Patient, birth date and the awareness day named as his birth day. The greeting for the day is not labelled (declared ok); school and hashtag not labelled.",
    ok=("World Down Syndrome Day",),
)

# 185
n(
    "en",
    "eponymous_condition",
    "What's Crohn's, really? 🤔 It's an inflammatory bowel disease named for Dr. Burrill Crohn. Our GI team sees 900 IBD patients a year. Belly pain + weight loss + blood? Get checked.",
    "Eponym and its historical namesake.",
)

# 186
p(
    "en",
    "eponymous_condition",
    "Lou Gehrig had ALS. So does Coach Buddy McLean of Pembroke, who coached the Braves for 31 years. On Sept. 5, Buddy came to our Lumberton ALS clinic for his first visit, and the whole team wore Braves jerseys. 💙 #BuddyStrong",
    [
        ("NAME", "Buddy McLean"),
        ("GEO", "Pembroke"),
        ("DATE", "Sept. 5"),
        ("NAME", "Buddy", 2),
        ("NAME", "#BuddyStrong"),
    ],
    note="Patient (title Coach excluded), home town, first-visit date, hashtag. Lou Gehrig is a public figure.",
)

# 187
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare, but it can follow a stomach bug or flu. Weakness that climbs up your legs? Go to the ER. 🚑",
    "Eponym.",
)

# 188
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the #1 cause of acquired heart disease in kids. 5 days of fever + red eyes + rash + cracked lips? Call your pediatrician. 🍓👅",
    "Eponym.",
)

# 189
p(
    "en",
    "eponymous_condition",
    "Meet Tou Hang Vue, who at 92 is the oldest patient with Parkinson's to finish our LSVT BIG program. He did his final session in a traditional Hmong vest. 'James Parkinson never met a Vue,' his grandson Txhiaj joked. 🥋",
    [
        ("NAME", "Tou Hang Vue"),
        ("AGE", "92"),
        ("NAME", "Vue", 2),
        ("NAME", "Txhiaj"),
    ],
    note="Patient, age over 89, his surname again, grandson. Eponym and James Parkinson not labelled.",
)

# 190
n(
    "en",
    "eponymous_condition",
    "It's Hashimoto's, not 'just tired' 😴 Hypothyroidism is common in women over 40 — ask for a TSH test at your next physical.",
    "Eponym; population age.",
)

# 191
p(
    "en",
    "eponymous_condition",
    "Bell's palsy or stroke? 🤔 When Annabelle 'Belle' Bell's face drooped on 6/8, she assumed it was the Bell's palsy she'd had in 2019. It was a stroke. Ms. Bell says: 'Don't guess. Call 911.' BE FAST.",
    [
        ("NAME", "Annabelle 'Belle' Bell"),
        ("DATE", "6/8"),
        ("NAME", "Bell", 4),
    ],
    note="Patient whose surname is the eponym: her name is labelled, the two 'Bell's palsy' are not (declared ok). Stroke date; bare year not labelled.",
    ok=("Bell",),
)

# 192
p(
    "en",
    "eponymous_condition",
    "6-year-old Kamari Baldwin has Tourette syndrome and a mean Fortnite game. He spent 3 days with us in room 208 in February for a tic flare and left us a drawing titled 'Doctors Are Cool.' 🎨 Pictured: Kamari and his masterpiece.",
    [
        ("NAME", "Kamari Baldwin"),
        ("OTHER_ID", "room 208"),
        ("DATE", "February"),
        ("PHOTO", "Pictured"),
        ("NAME", "Kamari", 2),
    ],
    note="Patient, room, admission month, photo cue showing him. Eponym not labelled.",
)

# ---------------------------------------------------------------- sponsor

# 193
n(
    "en",
    "sponsor",
    "Huge thanks to Smithfield Foods for sponsoring free hearing tests for 600 plant workers this summer. 🦻 Protect those ears on the line!",
    "Corporate sponsor.",
)

# 194
n(
    "es",
    "sponsor",
    "Gracias a Supermercado La Fiesta de Fayetteville por patrocinar la feria de salud y donar 400 canastas de comida. 🛒",
    "Patrocinador comercial.",
)

# 195
p(
    "en",
    "sponsor",
    "This year's Golf Classic is presented by Bullard Family Ford in memory of Earl Bullard, who was cared for in our Lumberton ICU in 2021. The Bullards have raised $48,000 for the unit that 'treated Granddaddy like a king.' ⛳",
    [
        ("NAME", "Bullard", 1),
        ("NAME", "Earl Bullard"),
        ("NAME", "Bullards"),
    ],
    note="Sponsors introduced as a patient's family: the family name in the dealership, the patient, the family. Bare year not labelled.",
)

# 196
n(
    "en",
    "sponsor",
    "Our 2025 Heart Ball sponsors 💖 Platinum: Longleaf Credit Union, Lumbee Guaranty Bank. Gold: Oxendine Plumbing, Xiong's Asian Market, Hunt & Sons Farms. Thank you!",
    "Businesses named for owners who are not said to be patients or relatives.",
)

# 197
n(
    "en",
    "sponsor",
    "Thank you, Fayetteville Woodpeckers, for Hospital Heroes Night — 2,000 free tickets for our staff and their families. ⚾",
    "Team sponsor.",
)

# 198
p(
    "es",
    "sponsor",
    "Gracias a Taquería El Salvadoreño, de los hermanos Flores, por patrocinar el almuerzo del personal de la UCI. Lo hicieron porque su mamá, doña Esperanza Flores, estuvo internada aquí en julio y 'la trataron como a una reina'. 🌮",
    [
        ("NAME", "Flores", 1),
        ("NAME", "Esperanza Flores"),
        ("DATE", "julio"),
    ],
    note="Patrocinadores presentados como hijos de una paciente; la paciente; mes de su internación. El negocio no se marca.",
)

# 199
n(
    "en",
    "sponsor",
    "Shoutout to Lumbee Tribe Boys & Girls Club and Pembroke Rotary for sponsoring 300 bike helmets 🚲 — fitted free at our Pembroke clinic, 112 Prospect Road.",
    "Sponsors; the hospital's own address.",
)

# 200
n(
    "en",
    "sponsor",
    "Our NICU's new cuddle chairs are sponsored by the Fort Liberty Spouses' Club. 💗 Spouses: you hold this community together.",
    "Club sponsor.",
)

# 201
p(
    "en",
    "sponsor",
    "Sponsor spotlight 💛 The Lee-Moua family, owners of Golden Rice Market, sponsored this year's Hmong interpreter training. Mai Lee-Moua told us why: her father, Tong, was a stroke patient here and 'no one could talk to him at first.'",
    [
        ("NAME", "Lee-Moua", 1),
        ("NAME", "Mai Lee-Moua"),
        ("NAME", "Tong"),
    ],
    note="Sponsoring family who are a patient's relatives, the daughter, the patient. The market name is not labelled.",
)

# 202
n(
    "en",
    "sponsor",
    "Thanks to our sponsors for the Cape Fear River Run: Piedmont Natural Gas, Healy Wholesale, and Dr. & Mrs. Vikram Shah. 🏃 All proceeds support the Lumberton cancer center.",
    "Corporate and individual donors.",
)

# 203
n(
    "es",
    "sponsor",
    "Gracias a la Iglesia Cristiana Hmong y a la parroquia Santa Ana por patrocinar juntas las clases de nutrición para diabéticos. 🥗 ¡Eso es comunidad!",
    "Iglesias patrocinadoras.",
)

# 204
n(
    "en",
    "sponsor",
    "🏈 This Friday's game ball for Seventy-First vs. Pine Forest is delivered by our Sports Medicine team, presented by Coastal Orthopedics. Go Falcons AND Trojans!",
    "Schools and a sponsor.",
)

# ---------------------------------------------------------------- hospital_contact

# 205
n(
    "en",
    "hospital_contact",
    "📞 Who to call: Main (910) 555-0100 · Lumberton (910) 555-0142 · Nurse line 24/7 (910) 555-0177 · Billing (910) 555-0165 · Español (910) 555-0188 · Records fax (910) 555-0150.",
    "All the hospital's own numbers.",
)

# 206
n(
    "es",
    "hospital_contact",
    "Nuestra sede de Lumberton está en 815 Riverbend Road, Lumberton, NC 28358. Estacionamiento gratis para pacientes en el lote B. 🚗",
    "Dirección del hospital.",
)

# 207
p(
    "en",
    "hospital_contact",
    "@SandhillsCFH my mom Gloria Oakes has been in rm 522 since Thursday and NOBODY has called me back. I'm her daughter, 919-555-0172. Please!!!",
    [
        ("NAME", "Gloria Oakes"),
        ("OTHER_ID", "rm 522"),
        ("PHONE", "919-555-0172"),
    ],
    note="Patient, room, daughter's phone. Weekday and the hospital's handle not labelled.",
)

# 208
p(
    "en",
    "hospital_contact",
    "Hi Mr. Tran, we're so sorry for the wait. We've passed your message about your wife Linh's discharge on 8/14 to Patient Relations, and they'll call you at (252) 555-0181 today. You can also reach them at (910) 555-0123.",
    [
        ("NAME", "Tran"),
        ("NAME", "Linh"),
        ("DATE", "8/14"),
        ("PHONE", "(252) 555-0181"),
    ],
    note="Husband (relative), patient, discharge date, husband's phone. The hospital's number is not labelled.",
)

# 209
n(
    "en",
    "hospital_contact",
    "Parking at our Fayetteville campus, 2400 Longleaf Parkway: visitors use Deck A off Longleaf Pkwy; ER patients use the red lot. Valet 7–7. 🅿️",
    "The hospital's address and lots.",
)

# 210
p(
    "en",
    "hospital_contact",
    "To the family of the gentleman we treated after the Hwy 74 crash near Pembroke last night: we have his wallet and dog tags (name on the tags: REVELS, MARCUS D). Please call security at (910) 555-0142.",
    [
        ("GEO", "Hwy 74"),
        ("GEO", "Pembroke"),
        ("NAME", "REVELS, MARCUS D"),
    ],
    note="Road and town of the patient's crash; the name on his tags.",
)

# 211
p(
    "es",
    "hospital_contact",
    "Hola, Sra. Ventura: lamentamos la confusión con la factura de su esposo Julio. Por favor llame a facturación al (910) 555-0165 con su número de cuenta 40-228871 a la mano. 🙏",
    [
        ("NAME", "Ventura"),
        ("NAME", "Julio"),
        ("ACCOUNT", "40-228871"),
    ],
    note="Esposa (familiar), paciente llamado Julio (también un mes), número de cuenta. El teléfono es del hospital.",
)

# 212
n(
    "en",
    "hospital_contact",
    "Our new website is live 🎉 scfhealth.org — book appointments, pay bills, and find both campuses. Old sandhillscapefear.org links still work. Follow @SCFHealth and @SCFHKids!",
    "The hospital's domains and handles.",
)

# 213
p(
    "en",
    "hospital_contact",
    "DM reply posted publicly by mistake (now deleted, lesson learned 😬): 'Hi Jasmine, your dad's MRN is 004-81-7726 and his cardiology follow-up is 11/20.' Always use DMs, team.",
    [
        ("NAME", "Jasmine"),
        ("MRN", "004-81-7726"),
        ("DATE", "11/20"),
    ],
    note="Patient's daughter, his MRN, his appointment date.",
)

# 214
n(
    "es",
    "hospital_contact",
    "¿Necesita una copia de su expediente médico? Pídala en línea en scfhealth.org/expediente o por fax al (910) 555-0150. Tarda de 3 a 5 días hábiles.",
    "Dominio y fax del hospital.",
)

# 215
p(
    "en",
    "hospital_contact",
    "If you own the silver Tacoma with NC plate KTW-3381 that's been at the Lumberton ER entrance since your husband was admitted Sunday: it's safe, but please call security at (910) 555-0142. 🚙",
    [
        ("VEHICLE", "KTW-3381"),
    ],
    note="Plate of a patient's wife's truck. The ER entrance and the hospital's number are not labelled.",
)

# 216
n(
    "en",
    "hospital_contact",
    "Mail cards to patients: Patient Name, Room #, Sandhills Cape Fear Health, 2400 Longleaf Parkway, Fayetteville, NC 28304. Or email a card at scfhealth.org/ecards 💌",
    "Template with the hospital's address.",
)

# ---------------------------------------------------------------- campaign_hashtag

# 217
n(
    "en",
    "campaign_hashtag",
    "#SandhillsStrong isn't a slogan. It's 1,200 nurses who slept at the hospital during Florence. It's linemen, deacons and taco trucks. It's us. 💪",
    "Campaign hashtag; hurricane name.",
)

# 218
p(
    "en",
    "campaign_hashtag",
    "#JusticeForJustice? Nope, #JusticeStrong! 💙 Justice McMillan, 11, of Maxton is 100 days post-transplant today. Keep the prayers coming for our girl and her mama Shante.",
    [
        ("NAME", "#JusticeForJustice"),
        ("NAME", "#JusticeStrong"),
        ("NAME", "Justice McMillan"),
        ("GEO", "Maxton"),
        ("NAME", "Shante"),
    ],
    note="Both hashtags carry the patient's name (a word); patient, home town, mother. '100 days' is not an age.",
)

# 219
n(
    "es",
    "campaign_hashtag",
    "Este mes de la Herencia Hispana usamos #OrgullosamenteLatino para celebrar a nuestro personal latino. ¡Comparta su historia! 🇲🇽🇸🇻🇭🇳🇬🇹",
    "Hashtag de campaña.",
)

# 220
p(
    "en",
    "campaign_hashtag",
    "Wear pink Friday for #TeamNova 💗 Nova has been fighting since her diagnosis on Valentine's Day and asked that the whole 5th floor go pink. #PinkForNova #SCFHCares",
    [
        ("NAME", "#TeamNova"),
        ("NAME", "Nova"),
        ("DATE", "Valentine's Day"),
        ("NAME", "#PinkForNova"),
    ],
    note="Name hashtags, patient, diagnosis on a holiday. #SCFHCares is a campaign tag.",
)

# 221
n(
    "en",
    "campaign_hashtag",
    "We're launching #LineSafe with local processing plants: hand-safety training, free tetanus shots, and Spanish/Hmong/Haitian Creole flyers. 🧤",
    "Campaign hashtag.",
)

# 222
p(
    "en",
    "campaign_hashtag",
    "#LocklearLoud 📣 Bedside on 6 Main tonight: 40 cousins singing 'I'll Fly Away' for Grandma Vernie Locklear. Room 610 shook. Nurses cried. That's a Lumbee family.",
    [
        ("NAME", "#LocklearLoud"),
        ("NAME", "Vernie Locklear"),
        ("OTHER_ID", "Room 610"),
    ],
    note="Surname hashtag, patient, room.",
)

# 223
p(
    "es",
    "campaign_hashtag",
    "#FuerzaDonTacho 💪 Don Anastasio 'Tacho' Benavides lleva 50 días con nosotros desde el accidente en la planta. Su esposa Nohemí pide oraciones. ¡Vamos, Tacho!",
    [
        ("NAME", "#FuerzaDonTacho"),
        ("NAME", "Anastasio 'Tacho' Benavides"),
        ("NAME", "Nohemí"),
        ("NAME", "Tacho", 2),
    ],
    note="Hashtag con el apodo, paciente, esposa. La planta (empleador) no se marca.",
)

# 224
n(
    "en",
    "campaign_hashtag",
    "Use #IWasBornAtSCFH and show us your birth certificate glow-ups 👶➡️🧑 We'll share our favorites all month! (Please crop out birthdates & record numbers 🔒)",
    "Campaign hashtag.",
)

# 225
n(
    "en",
    "campaign_hashtag",
    "#82ndStrong #AllTheWay 🪂 Proud to serve the paratroopers and families of the 82nd Airborne Division for 50 years.",
    "Unit hashtags.",
)

# 226
p(
    "en",
    "campaign_hashtag",
    "#PrayForPeaches 🍑 Our favorite 5-year-old, Peaches (real name Penelope Dial), has heart surgery tomorrow at 7 a.m. Her daddy Jerome says she's already picked the popsicle flavor.",
    [
        ("NAME", "#PrayForPeaches"),
        ("NAME", "Peaches"),
        ("NAME", "Penelope Dial"),
        ("NAME", "Jerome"),
    ],
    note="Nickname hashtag, nickname, legal name, father. 'Tomorrow' is relative.",
)

# 227
p(
    "en",
    "campaign_hashtag",
    "#HarrisHeals #HBCUStrong 💛💜 Senior QB DeAndre Harris is back in class after 3 weeks in our trauma unit. Broncos, your QB is home!",
    [
        ("NAME", "#HarrisHeals"),
        ("NAME", "DeAndre Harris"),
    ],
    note="Surname hashtag and patient. #HBCUStrong is a campaign tag.",
)

# 228
n(
    "es",
    "campaign_hashtag",
    "#SaludSinFronteras 🌎 Nuestra campaña de vacunas móviles visitó 14 campos agrícolas este verano. 1,300 vacunas aplicadas. ¡Gracias, promotores!",
    "Hashtag de campaña.",
)

# ---------------------------------------------------------------- anonymous_story

# 229
n(
    "en",
    "anonymous_story",
    "A woman in her 80s walked into our Pembroke clinic last week holding the same blood pressure log she's kept by hand since the 70s. Every single day. Our nurses framed a copy (with her permission). 📓",
    "Anonymous; age range under 90, a decade.",
)

# 230
n(
    "es",
    "anonymous_story",
    "Una mamá que llegó caminando desde la planta, con su bebé de 3 semanas, nos enseñó hoy lo que es la valentía. Ella y su bebé están bien. No necesitamos decir su nombre para celebrarla. 💕",
    "Historia anónima.",
)

# 231
n(
    "en",
    "anonymous_story",
    "One of our patients, a Vietnam vet in his late 70s, taught our whole ICU to play spades between dialysis runs. He won. Every time. 🃏",
    "Anonymous; age range under 90.",
)

# 232
p(
    "en",
    "anonymous_story",
    "A 95-year-old great-great-grandmother from Raeford came in for a broken wrist and left with six new pen pals: our nursing students. 💌",
    [
        ("AGE", "95-year-old"),
        ("GEO", "Raeford"),
    ],
    note="Unnamed patient, but her age over 89 and home town are identifiers.",
)

# 233
n(
    "en",
    "anonymous_story",
    "A soldier's wife called us at 2 a.m. from Germany: her husband had been brought to our ER and she couldn't get through. Our charge nurse stayed on the phone with her for an hour. This is what we do.",
    "Anonymous; a country is not GEO.",
)

# 234
n(
    "es",
    "anonymous_story",
    "Un abuelito salvadoreño nos dijo hoy: 'Aquí me hablaron en mi idioma y me sentí en casa.' No hay mejor reseña. 🇸🇻💙",
    "Anónimo.",
)

# 235
n(
    "en",
    "anonymous_story",
    "Last night a teenager walked into our Lumberton ER with a friend who'd overdosed. He stayed, held his hand and answered every question. Naloxone + a friend = a life. 💙",
    "Anonymous; relative time.",
)

# 236
p(
    "en",
    "anonymous_story",
    "We won't name her, but our 104-year-old patient on 3 South celebrated her birthday on July 4th and swears the fireworks were 'for me.' 🎆",
    [
        ("AGE", "104-year-old"),
        ("DATE", "July 4th"),
    ],
    note="Unnamed patient's age over 89 and her birth date (a holiday). The unit is not labelled.",
)

# 237
n(
    "en",
    "anonymous_story",
    "Some days the heroes don't have names we can share. A dad, a grandma, a high schooler who gave CPR in a Walmart parking lot. To all of you: thank you. 🙏",
    "Anonymous bystanders.",
)

# 238
n(
    "en",
    "anonymous_story",
    "A Hmong elder in her 90s asked our chaplain for a string-tying blessing before surgery. He'd never done one. Her family taught him. She's recovering well. 🧶",
    "Anonymous; a decade range ('in her 90s') is not labelled.",
)

# 239
n(
    "es",
    "anonymous_story",
    "Una señora de más de noventa años nos trajo tamales para agradecer a las enfermeras que la cuidaron. No quiso foto ni nombre: 'Solo díganles que Dios las bendiga.' 🫔",
    "Anónimo; 'más de noventa años' es un rango, no se marca.",
)

# 240
n(
    "en",
    "anonymous_story",
    "A farmworker with a machete cut this morning said 'I can't miss work.' Our team stitched him up, found him a ride, and got him a note for his crew boss in Spanish. 👊",
    "Anonymous.",
)

if __name__ == "__main__":
    S.main("phi_dev51_source")
