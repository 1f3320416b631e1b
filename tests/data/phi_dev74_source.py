"""Blind development set d74 for the PHI scanner: tests/data/phi_dev74.jsonl.

Organisation: North Confluence Health (phi_dev74_org.json), a fictional Central
Minnesota system: the flagship North Confluence Medical Center at 1600 Sauk River
Parkway in St. Cloud, the North Confluence Children's campus at 725 Cedar Bluff Avenue
in Minneapolis, and the Frogtown Family Clinic at 1212 Lexington Crossing in St. Paul;
eight 555-01xx lines (switchboard, Birth Center nurse line, media, foundation, the
children's campus, a Somali-language line, the Frogtown clinic, a Hmong/Karen nurse
line), the domains northconfluence.org, giveconfluence.org and ncmychart.org and the
handles @NorthConfluence, @NCHKids and @NCH_StCloud. None of these is ever labelled.
Focus: the Twin Cities and St. Cloud: Somali, Oromo, Hmong, Karen, Liberian, Ojibwe and
Dakota families and Latino dairy families of Stearns County (in Spanish); names from no
common list, clan and patronymic names, surname-first chart lines and bed boards, names
that are English or Spanish words (Hope, Patience, Precious, Doctor, Sunny, Dawn, Raven,
Sky, Milagros, Perla, Santos, Her), names only in hashtags, initials, lower-case and
ALL-CAPS names, English nicknames for children; winter crisis updates; dates with dots
and dashes, ordinals, a day of the month alone, holidays (Eid, Hmong New Year, Irreecha,
Nochebuena, Dia de Reyes) as the patient's day.
Hard cases: 'Sunny days ahead' after a boy called Sunny; the Hmong clan name Her beside
the pronoun; a nameless crisis post that names the family's neighbourhood; a bed number
as the only identifier; a staff hospitalist who is the patient's son; a family donor;
an age in a hashtag; a portal user name in a warning post; Somali elders with January 1
paperwork birthdays; Karen teknonyms (Pa Kyaw); day counts over 89 that are not ages.
Hard negatives: staff, volunteers, donors and public figures with the same kinds of names,
ages over 89, birthdays and home towns as the patients; eponymous conditions; event and
awareness dates; holiday greetings; statistics and population ages; anonymous stories;
a blank chart template; a provider's fax number; campaign hashtags shaped like name
hashtags (#TeamMiigwech, #NurseBlessing for a staff memorial); the hospital's own phones,
addresses, domains and handles.
Language mix: 240 posts, 199 English and 41 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A holiday that is the patient's day is DATE, span = the holiday's name as written
  ("Eid al-Fitr", "Hmong New Year", "hmong new year", "Irreecha", "Nochebuena",
  "Dia de Reyes", "winter solstice", "ides of March"), without "the first day of" or
  "morning"; Ramadan as the month of the patient's death is DATE like a month. Greetings
  (Eid Mubarak, nyob zoo xyoo tshiab) and holidays that are not the patient's day are not.
- A day of the month alone: span = the number/ordinal without the article ("19th",
  "3rd"); in Spanish "dia 9" keeps "dia" and drops "el". Numeric dates with dots or
  dashes are labelled as written whatever their day/month order ("11.02", "31-12",
  "03-09-1931"); weekdays before a date are left out ("domingo 4 de agosto" -> "4 de agosto").
- Surname-first chart names are one NAME span including the comma and a middle initial
  ("VANG, PA NHIA", "Warsame Hodan M", "Yang, Tou F"); multi-word given names (Pa Nhia,
  Say Paw, Eh Htoo, Nkauj Hnub) and Somali/Oromo patronymic chains are one span.
- The patient's family or clan surname is NAME ("the Her family", "the Lor clan",
  "familia Sic Tzunun"); the same word used as a pronoun is declared with ok=.
- Kinship words and honorifics in any language (Hooyo, Aabo, Txiv, Ma, Grandma, Uncle,
  don, dona, Abuelita, Sgt., Coach, Miss) stay outside the span; "Coach A" -> "A".
- GEO includes a reservation or reservation community (Red Lake, Leech Lake, Ponemah,
  Lower Sioux), a refugee camp (Mae La) and a foreign city or town (Monrovia,
  Totonicapan, Huehuetenango) named as the patient's or family's home; the place where
  the patient's injury or event happened (road, station, neighbourhood); and the town
  of the patient's workplace. The hospital's own city named as the hospital's location
  is not GEO.
- A patient's employer is NAME (a dairy named for its owners, Metro Transit).
- Bed, bay and room codes written as one token and tied to a patient ("B1", "T4",
  "4N-12") are OTHER_ID as written; unit names alone (4 North, 2S, 6W) are not.
- An age hashtag of the patient ("#97andFabulous") is one AGE span; "Centenarian",
  "nonagenarian", "Centenaria", "cien" are AGE; hypothetical ages ("grounded till he's
  90"), day counts ("100 dias", "123 days") and ages of 89 and under are not.
- A staff member introduced as the patient's relative is labelled as a relative; a
  shaman or pastor who prays with the family is not a relative and is not labelled; a
  referring provider's fax number is not the patient's and is not labelled.
- The header date of a pasted patient list is not person-tied; a photo-release signing
  date and a FUM/admission date in a pasted note are.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev74.jsonl"), os.path.join(HERE, "phi_dev74_org.json"), "d74")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Hodan! 💛 Born at 26 weeks on 11.02 in our St. Cloud NICU, she now pulls herself up on the couch at home in Waite Park. Her aunt Ikram Warsame sent us this photo and we are not okay 😭 #HodanTheBrave",
    [
        ("NAME", "Hodan"),
        ("DATE", "11.02"),
        ("GEO", "Waite Park"),
        ("NAME", "Ikram Warsame"),
        ("PHOTO", "photo"),
        ("NAME", "#HodanTheBrave"),
    ],
    note="patient's first name, dotted birth date, home town, aunt's full name, photo cue and name hashtag; St. Cloud is the NICU's location",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Hodan Warsame, RN, our newest charge nurse on 4 North! 💙 Hodan grew up in Waite Park, speaks Somali, Arabic and English, and started here as a CNA on March 3, 2015. Her favorite part of the job? 'Making elders laugh during their neb treatments.'",
    "staff spotlight: the nurse's name, home town and hire date are not a patient's",
)

# 3
p(
    "en",
    "pasted_record",
    "VANG, PA NHIA  F  DOB 03-09-1931  MRN 40718832  4N-12  fall at home, Frogtown. dtr Mai (651-555-0119) to call back",
    [
        ("NAME", "VANG, PA NHIA"),
        ("DATE", "03-09-1931"),
        ("MRN", "40718832"),
        ("OTHER_ID", "4N-12"),
        ("GEO", "Frogtown"),
        ("NAME", "Mai"),
        ("PHONE", "651-555-0119"),
    ],
    note="pasted chart line: surname-first name, dashed DOB, MRN, bed code, neighbourhood, daughter's name and phone",
)

# 4
n(
    "en",
    "health_tip",
    "it's -25 with windchill. frostbite can set in on exposed skin in under 10 min 🥶 cover ears, nose, fingers. kids & adults over 90 are most at risk. #WinterReady",
    "winter tip; 'adults over 90' is a population age",
)

# 5
p(
    "en",
    "milestone_birthday",
    "happy 97th to grandma Tenneh Kollie on 4 north!! 🎂 she told our charge nurse she's not leaving till her grandson Sekou brings the pepper soup. #97andFabulous",
    [("AGE", "97th"), ("NAME", "Tenneh Kollie"), ("NAME", "Sekou"), ("AGE", "#97andFabulous")],
    note="age over 89 as ordinal and as an age hashtag (one AGE span), patient and grandson names",
)

# 6
n(
    "en",
    "event",
    "Join us at Hmong New Year at the St. Paul RiverCentre, Nov 29–30! 🎉 Our nurses will offer free blood pressure checks and flu shots at booth 114. Nyob zoo xyoo tshiab!",
    "community event dates and venue; Hmong New Year is not any patient's day here",
)

# 7
p(
    "es",
    "patient_story",
    "Don Aurelio Mendoza lleva 22 años ordeñando en un establo cerca de Melrose. El 14 de enero, con -30 grados, se resbaló en el hielo y llegó a nuestra sala de emergencias con la cadera rota. Hoy su hija Yesenia nos escribió: «mi papá ya camina con andadera». ¡Fuerza, don Aurelio! #FuerzaAurelio",
    [
        ("NAME", "Aurelio Mendoza"),
        ("NAME", "Aurelio", "*"),
        ("GEO", "Melrose"),
        ("DATE", "14 de enero"),
        ("NAME", "Yesenia"),
        ("NAME", "#FuerzaAurelio"),
    ],
    note="dairy worker: full name and repeat after 'don', workplace town, injury date, daughter, name hashtag",
)

# 8
n(
    "es",
    "health_tip",
    "¿Trabajas en una lechería? El frío y el amoníaco del establo pueden dañar tus pulmones. Usa mascarilla N95 y pide tu chequeo gratis en nuestra clínica móvil: (320) 555-0100. #SaludLechera",
    "consejo de salud con el teléfono del hospital",
)

# 9
p(
    "en",
    "discharge",
    "AJ is going HOME 🏠⚽ Abdullahi 'AJ' Farah, 9, spent 41 days with us after that sledding crash on Dec. 27. Dad Abdirahman says the whole building at Riverside Plaza is throwing a party. #AJstrong",
    [
        ("NAME", "Abdullahi 'AJ' Farah"),
        ("NAME", "AJ", "*"),
        ("DATE", "Dec. 27"),
        ("NAME", "Abdirahman"),
        ("GEO", "Riverside Plaza"),
        ("NAME", "#AJstrong"),
    ],
    note="English nickname for a Somali boy, full name with quoted nickname, injury date, father, housing complex, hashtag",
)

# 10
n(
    "en",
    "public_figure",
    "Honored to welcome Rep. Ilhan Omar to our Cedar Bluff campus today to tour the new Somali-language maternity program. 'Every mom deserves to be understood,' she told our L&D team.",
    "public figure visit",
)

# 11
p(
    "en",
    "memorial",
    "We are heartbroken. Nhia Lue Xiong, a Hmong veteran who fought in the Secret War in Laos, passed peacefully on our hospice unit on the 19th, surrounded by three generations. He was 94. His grandson Tou asked us to share that the funeral will be this weekend. Rest now, Txiv Nhia Lue. 🕊️",
    [
        ("NAME", "Nhia Lue Xiong"),
        ("NAME", "Nhia Lue", "*"),
        ("DATE", "19th"),
        ("AGE", "94"),
        ("NAME", "Tou"),
    ],
    note="day of month alone as date of death; age 94; honorific Txiv outside the span",
)

# 12
n(
    "en",
    "eponymous_condition",
    "Raynaud's, Hashimoto's & Sjögren's often travel together — and MN winters make Raynaud's flares worse. talk to your rheumatologist if your fingers turn white→blue→red 🧤",
    "eponymous conditions, no patient",
)

# 13
p(
    "en",
    "thank_you",
    "@ubah_and_the_twins thank you for the kind words, Ubah!! Amiin & Hibo were our first twins of 2024 and the whole L&D team still talks about Jan 1st 💕",
    [
        ("OTHER_ID", "@ubah_and_the_twins"),
        ("NAME", "Ubah"),
        ("NAME", "Amiin"),
        ("NAME", "Hibo"),
        ("DATE", "Jan 1st"),
    ],
    note="family's handle, mother and twins (Amiin is also a word), birth date",
)

# 14
n(
    "en",
    "statistic",
    "In 2023 our interpreters handled 41,812 visits in Somali, 18,240 in Hmong, 9,977 in Spanish, 6,114 in Karen and 3,390 in Oromo. Patients ranged from newborns to centenarians. 💬 #LanguageAccess",
    "aggregate statistic; 'centenarians' describes a population, not one patient",
)

# 15
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Blessing! 🌟 Baby girl Blessing Gbaye arrived 2-14 — a Valentine's baby! — at 4:12 am, 7 lb 3 oz, to proud parents Comfort and Moses Gbaye of Brooklyn Park. Big brother Junior (he's 4) has already asked if she can come to church on Sunday. 💕",
    [
        ("NAME", "Blessing Gbaye"),
        ("NAME", "Blessing", "*"),
        ("DATE", "2-14"),
        ("DATE", "Valentine's"),
        ("NAME", "Comfort"),
        ("NAME", "Moses Gbaye"),
        ("GEO", "Brooklyn Park"),
        ("NAME", "Junior"),
    ],
    note="Liberian word-names (Blessing, Comfort), dashed birth date and the same day as a holiday, town, brother",
)

# 16
n(
    "en",
    "recruitment",
    "We're hiring Somali, Hmong, Karen and Oromo medical interpreters at our St. Cloud and Twin Cities campuses 🌍 $28–34/hr + shift diff. Apply at northconfluence.org/careers or call (320) 555-0100.",
    "recruitment; hospital domain and phone",
)

# 17
p(
    "en",
    "pasted_record",
    "Huddle notes 0700 (pls don't forward): Rm 318 - Goodsky, Waylon - 91yo M - CHF - wife Darlene at bedside, lives Cass Lake - MRN 7730-4419",
    [
        ("OTHER_ID", "Rm 318"),
        ("NAME", "Goodsky, Waylon"),
        ("AGE", "91yo"),
        ("NAME", "Darlene"),
        ("GEO", "Cass Lake"),
        ("MRN", "7730-4419"),
    ],
    note="huddle note: room, surname-first name, age with suffix, wife, home town, MRN",
)

# 18
n(
    "en",
    "anonymous_story",
    "Last night a dad ran into our ED carrying his toddler, who had swallowed a button battery. Within 40 minutes she was in the OR. She's okay. Please: lock up remote controls and key fobs, and call Poison Control (1-800-222-1222) right away if you're worried. 💙",
    "anonymous story; Poison Control is a national line",
)

# 19
p(
    "en",
    "patient_story",
    "shoutout to yia who just rang the chemo bell 🔔 12 rounds!! yia vue you are a legend. mom pa houa brought egg rolls for the whole 6th floor",
    [("NAME", "yia vue"), ("NAME", "yia", "*"), ("NAME", "pa houa")],
    note="lower-case Hmong names; the 6th floor is a unit",
)

# 20
n(
    "en",
    "crisis_update",
    "⚠️ Blizzard warning: all outpatient clinics at our St. Cloud campus close at noon Tue 1/14. ED remains open 24/7. Check @NCH_StCloud for updates.",
    "closure date of the hospital, hospital handle",
)

# 21
p(
    "en",
    "milestone_birthday",
    "Mrs. Say Paw turned 100 on the 3rd and our Karen interpreter helped us sing Happy Birthday in Sgaw Karen 🎉 Born in a village in Karen State, she walked to the Mae La camp with five children. Her great-grandson Eh Htoo (@ehtoo.films) made this video for her. #SayPaw100",
    [
        ("NAME", "Say Paw"),
        ("AGE", "100"),
        ("DATE", "3rd"),
        ("GEO", "Mae La"),
        ("NAME", "Eh Htoo"),
        ("OTHER_ID", "@ehtoo.films"),
        ("PHOTO", "video"),
        ("NAME", "#SayPaw100"),
    ],
    note="Karen names, age 100, birthday as day of month, refugee camp, relative's handle, video cue, name hashtag; Karen State is a state",
)

# 22
n(
    "en",
    "memorial",
    "Our North Confluence family is grieving the loss of Dr. Abdirizak Jama, who served our St. Cloud patients for 31 years and passed away on February 3 at age 92. Dr. Jama founded our first Somali health fair in 1998 and mentored dozens of Somali-American nurses. Condolences can be sent to his family through giveconfluence.org.",
    "memorial for a staff doctor: his age and date of death are not a patient's",
)

# 23
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! Nació el 12 de diciembre, Día de la Virgen de Guadalupe, y sus papás Rocío y Efraín no dudaron con el nombre 🌹. Efraín trabaja en la lechería de los Schroeder en Albany y llegó al parto directo del turno de la madrugada. #BienvenidaLupita",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rocío"),
        ("NAME", "Efraín", "*"),
        ("NAME", "Schroeder"),
        ("GEO", "Albany"),
        ("NAME", "#BienvenidaLupita"),
    ],
    note="birth date written twice (date and feast day, which contains the name); father's employer and its town",
)

# 24
n(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to Marian Schreiner, our longest-serving volunteer! 💐 Marian has folded 'welcome baby' blankets at our Birth Center every Thursday since 1979. She turned 95 on Sunday and insists she's 'only getting started.'",
    "volunteer's age and birthday are not labelled",
)

# 25
p(
    "en",
    "thank_you",
    "Thank you to the Dolo family for the jollof and the handwritten card left at the 5 West desk after Grandpa Sumo's discharge on March 8. Ma Korto, we have it pinned to the breakroom wall! 🧡",
    [("NAME", "Dolo"), ("NAME", "Sumo"), ("DATE", "March 8"), ("NAME", "Korto")],
    note="family surname, patient's first name (also a word), discharge date, relative with Liberian honorific Ma outside the span",
)

# 26
n(
    "en",
    "sponsor",
    "Thank you to the Xiong Family Foundation for sponsoring this year's Hmong Elders Health Day! 🙏 Founders Pao and Mai Xiong were honored at our gala on Oct 12.",
    "sponsor family and gala date",
)

# 27
p(
    "en",
    "crisis_update",
    "UPDATE 6:40am: 4 family members from one Frogtown duplex treated overnight for carbon monoxide exposure. All stable. Check your furnace vents & detectors. ❄️",
    [("GEO", "Frogtown")],
    note="nameless crisis update, but it names the patients' neighbourhood: patient-specific",
)

# 28
n(
    "en",
    "hospital_contact",
    "Need a Somali interpreter? Call our direct line (612) 555-0163, 7 days a week. Hmong & Karen nurse line: (651) 555-0175. 📞",
    "hospital phone numbers",
)

# 29
p(
    "en",
    "patient_story",
    "When Chaltu Tolessa Gemechu came to our Cedar Bluff campus in February, she was 8 months pregnant and hadn't felt the baby move for a day. Today she and baby Gadaa are home in Inver Grove Heights, and she wants other Oromo moms to know: trust your body and call. Her husband Obsa translated every word for us — galatoomaa, Obsa! 💚",
    [
        ("NAME", "Chaltu Tolessa Gemechu"),
        ("DATE", "February"),
        ("NAME", "Gadaa"),
        ("GEO", "Inver Grove Heights"),
        ("NAME", "Obsa", "*"),
    ],
    note="Oromo patronymic name, admission month, baby's name (also a word), home town, husband",
)

# 30
n(
    "en",
    "campaign_hashtag",
    "It's #GivingTuesday! Every gift to #NorthStarKids this week is matched up to $50,000. Give at giveconfluence.org 💛 #StCloudStrong",
    "campaign hashtags and the foundation domain",
)

# 31
p(
    "en",
    "pasted_record",
    "oops wrong window — pls ignore: 'Pt Hser Moo Paw, DOB 7.7.1964, MRN 11873302, Karen-speaking, ph 651 555 0133, email hsermoo.paw64@gmail.com, f/u Tues.'",
    [
        ("NAME", "Hser Moo Paw"),
        ("DATE", "7.7.1964"),
        ("MRN", "11873302"),
        ("PHONE", "651 555 0133"),
        ("EMAIL", "hsermoo.paw64@gmail.com"),
    ],
    note="pasted note: Karen name, dotted DOB, MRN, phone with spaces, e-mail",
)

# 32
n(
    "en",
    "research",
    "Our researchers found that Somali-American women in Minnesota are diagnosed with vitamin D deficiency at 3x the state rate. The study of 2,140 patients aged 18 and older appears this month in the Journal of Immigrant and Minority Health.",
    "research statistic",
)

# 33
p(
    "en",
    "milestone_birthday",
    "92 candles for Grandpa Joe 'Niigaanii' Fairbanks today on 3 North 🎂 his granddaughter Waaseyaa drove down from Red Lake with frybread. miigwech for sharing him w us!",
    [
        ("AGE", "92"),
        ("NAME", "Joe 'Niigaanii' Fairbanks"),
        ("NAME", "Waaseyaa"),
        ("GEO", "Red Lake"),
    ],
    note="age 92, name with quoted Ojibwe name, granddaughter, reservation home",
)

# 34
n(
    "es",
    "event",
    "¡Feria de salud para familias lecheras! 🐄 Sábado 15 de marzo, 10 am a 2 pm, en la iglesia de St. Mary en Melrose. Vacunas, presión arterial y asesoría sobre seguros. Más información: (320) 555-0100.",
    "fecha y lugar de un evento, teléfono del hospital",
)

# 35
p(
    "es",
    "pasted_record",
    "Lista de camas turno noche (NO PUBLICAR): Cama 4 – Ramírez Ortiz, Jacinto – 58 a – tractor, Paynesville. Cama 6 – Tzul, Maribel – 31 a – posparto, tel. 320-555-0171. Cama 9 – vacía.",
    [
        ("OTHER_ID", "Cama 4"),
        ("NAME", "Ramírez Ortiz, Jacinto"),
        ("GEO", "Paynesville"),
        ("OTHER_ID", "Cama 6"),
        ("NAME", "Tzul, Maribel"),
        ("PHONE", "320-555-0171"),
    ],
    note="lista de camas: camas, nombres con apellido primero, pueblo, teléfono; la cama 9 vacía no es de nadie",
)

# 36
n(
    "en",
    "public_figure",
    "Olympic gold medalist Suni Lee, a proud Hmong-American from St. Paul, surprised our pediatric gymnastics rehab group today 🥇🤸‍♀️ no photos of patients were taken.",
    "public figure and her home town",
)

# 37
p(
    "en",
    "patient_story",
    "Little Ikram (5) was here Eid al-Fitr morning with a broken wrist from the monkey bars 🙈 she still got henna from our child life team. eid mubarak to her & her big sis Nasteho!",
    [("NAME", "Ikram"), ("DATE", "Eid al-Fitr"), ("NAME", "Nasteho")],
    note="holiday as the injury date; the greeting 'eid mubarak' is not a date",
)

# 38
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare but serious in kids under 5. Fever for 5+ days, red eyes, cracked lips, swollen hands? Call your pediatrician. Named for Dr. Tomisaku Kawasaki, who described it in 1967.",
    "eponymous condition and the doctor it is named for",
)

# 39
p(
    "en",
    "memorial",
    "In loving memory of Abdi Yusuf Qorane, a founding elder of the Somali mosque in St. Cloud and a patient of our dialysis unit for 11 years. He died during Ramadan, at 92, with his Quran in his hands. His daughter Fadumo asked us to share: 'Aabo loved the nurses who called him Uncle Abdi.'",
    [
        ("NAME", "Abdi Yusuf Qorane"),
        ("NAME", "Abdi", "*"),
        ("GEO", "St. Cloud"),
        ("DATE", "Ramadan"),
        ("AGE", "92"),
        ("NAME", "Fadumo"),
    ],
    note="patronymic name, home city (his mosque), Ramadan as the month of death, age, daughter; Aabo and Uncle are kinship words",
)

# 40
n(
    "en",
    "anonymous_story",
    "One of our Karen elders told her nurse this week that she had never seen snow until she was 60. Now, at 'almost 89,' she says she has opinions about it. We agree with all of them. ❄️",
    "anonymous story; ages of 89 and under are never labelled",
)

# 41
p(
    "en",
    "discharge",
    "Discharge day for Kou & Kia Moua, our 31-weekers 🐣🐣 born 10/30 during that first snowstorm. see you at follow-up, little dumplings!",
    [("NAME", "Kou"), ("NAME", "Kia Moua"), ("DATE", "10/30")],
    note="twins' names and birth date",
)

# 42
n(
    "en",
    "staff_spotlight",
    "big congrats to Pa Nhia Vue, RN, who just passed her CCRN!!! 🎉 Pa Nhia started as a unit secretary on 6 East in 2012. #NurseGoals",
    "staff nurse with a Hmong name",
)

# 43
p(
    "en",
    "thank_you",
    "To the family of Mr. Wabasha Redday: thank you for allowing our Dakota chaplain and drum group to honor him in the ICU on November 2. His daughter Tasina said he would have wanted the songs loud enough for the whole 7th floor. 🪶",
    [("NAME", "Wabasha Redday"), ("DATE", "November 2"), ("NAME", "Tasina")],
    note="Dakota patient whose first name is also a town and a chief's name; date of the ICU ceremony during his stay; daughter",
)

# 44
n(
    "en",
    "statistic",
    "📊 last winter our St. Cloud ED saw 212 frostbite cases. median age 44. 9 patients were over 90. 17% were farm or dairy workers.",
    "aggregate statistic; 'over 90' is a population age",
)

# 45
p(
    "en",
    "patient_story",
    "A 103-year-old patient from Sauk Rapids asked our ED nurse to marry him at 3am. She said she'd think about it. 😂❤️",
    [("AGE", "103-year-old"), ("GEO", "Sauk Rapids")],
    note="nameless, but an age over 89 and a home town make it patient-specific",
)

# 46
n(
    "en",
    "recruitment",
    "Night shift CNAs wanted at our Cedar Bluff campus! 🌙 Meet current CNA Ikram Abdi: 'I came here as a volunteer in 2016 and stayed.' Apply: northconfluence.org/jobs",
    "staff quote in recruitment",
)

# 47
p(
    "es",
    "milestone_birthday",
    "¡Doña Refugio Salinas cumplió 95 años el domingo 4 de agosto en nuestra unidad de rehabilitación! Sus nietos viajaron desde Long Prairie y Worthington con mariachi y tamales de elote. Su nieta Karla nos dejó su correo (karla.salinas.mn@gmail.com) para mandarle las fotos. 🎉",
    [
        ("NAME", "Refugio Salinas"),
        ("AGE", "95"),
        ("DATE", "4 de agosto"),
        ("GEO", "Long Prairie"),
        ("GEO", "Worthington"),
        ("NAME", "Karla"),
        ("EMAIL", "karla.salinas.mn@gmail.com"),
    ],
    note="edad, fecha de cumpleaños sin el día de la semana, pueblos de los nietos, correo de la nieta",
)

# 48
n(
    "en",
    "event",
    "📅 Oromo community health night: Thu Oct 2, 6pm, at our Frogtown Family Clinic, 1212 Lexington Crossing. Afaan Oromoo interpreters on site. coffee ceremony by @OromoWomenMN!",
    "event date, hospital address, a community group's handle",
)

# 49
p(
    "en",
    "pasted_record",
    "lol who put the whiteboard in the back of our #NurseWeek pic 😬 (deleted) — 'RM 522 LOR, CHUE 96 NPO after MN fam: son Txawj 763-555-0152'",
    [
        ("OTHER_ID", "RM 522"),
        ("NAME", "LOR, CHUE"),
        ("AGE", "96"),
        ("NAME", "Txawj"),
        ("PHONE", "763-555-0152"),
    ],
    note="whiteboard text in a staff photo (the photo shows staff, not PHOTO): room, ALL-CAPS name, age, son and phone",
)

# 50
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Guadalupe Ramírez, nuestra nueva médica familiar en la clínica de Melrose. Creció en una granja lechera de Sauk Centre y habla español, inglés y un poco de k'iche'. ¡Bienvenida, doctora Lupita!",
    "médica del hospital y su pueblo natal",
)

# 51
p(
    "en",
    "birth_announcement",
    "first baby of Hmong New Year weekend at our Cedar Bluff campus!! welcome Nkauj Hnub, born 11/25 at 11:58pm to Paj & Fue Yang 🎊",
    [
        ("DATE", "Hmong New Year"),
        ("NAME", "Nkauj Hnub"),
        ("DATE", "11/25"),
        ("NAME", "Paj"),
        ("NAME", "Fue Yang"),
    ],
    note="holiday and numeric date of the birth, baby's word-name, parents",
)

# 52
n(
    "en",
    "eponymous_condition",
    "June is ALS Awareness Month. Lou Gehrig's disease affects about 400 Minnesotans at any time. Our multidisciplinary ALS clinic at the St. Cloud campus sees patients from 31 counties. Learn more at northconfluence.org/als.",
    "eponym and awareness month",
)

# 53
p(
    "en",
    "patient_story",
    "Chaska — no, not the town — is a 15-year-old Dakota hockey goalie from Prior Lake who spent two weeks with us after a skate blade cut his leg on January 21st. He's back on the ice next month, and his mom Winona made him promise to wear the neck guard. #ChaskaStrong",
    [
        ("NAME", "Chaska"),
        ("GEO", "Prior Lake"),
        ("DATE", "January 21st"),
        ("NAME", "Winona"),
        ("NAME", "#ChaskaStrong"),
    ],
    note="first names that are also Minnesota towns; home town; injury date; mother",
)

# 54
n(
    "en",
    "public_figure",
    "On December 26, 1862, thirty-eight Dakota men were hanged in Mankato — the largest mass execution in U.S. history. Each year riders make the 330-mile Dakota 38 + 2 Memorial Ride to honor them. Our Mankato-area staff will host a warming station for riders on Dec. 24.",
    "historical date and place; event date",
)

# 55
p(
    "en",
    "pasted_record",
    "Chart line pasted in error: 'Pt: HASSAN, SAGAL A.  MRN 10557203  Acct# 300-88-1142  Ins: MN MA ID 00937451  Adm 1/9  Addr: 2412 Cedar Ave S Apt 1104, Minneapolis 55404'",
    [
        ("NAME", "HASSAN, SAGAL A"),
        ("MRN", "10557203"),
        ("ACCOUNT", "300-88-1142"),
        ("HEALTH_PLAN", "00937451"),
        ("DATE", "1/9"),
        ("GEO", "2412 Cedar Ave S Apt 1104"),
        ("GEO", "Minneapolis"),
        ("GEO", "55404"),
    ],
    note="chart line: name with initial, MRN, account, Medical Assistance ID, admission date, street with apartment, city, ZIP",
)

# 56
n(
    "en",
    "public_figure",
    "Winona LaDuke joined our Native Health Summit today to talk about food sovereignty, wild rice and diabetes prevention 🌾 miigwech, Winona!",
    "public figure",
)

# 57
p(
    "en",
    "thank_you",
    "thank u @keeping_up_w_the_kues for the 40 blankets for our NICU in memory of baby Ntxhi Kue (2.3.2022 – 4.3.2022) 💙 we remember her every spring",
    [
        ("OTHER_ID", "@keeping_up_w_the_kues"),
        ("NAME", "Ntxhi Kue"),
        ("DATE", "2.3.2022"),
        ("DATE", "4.3.2022"),
    ],
    note="donor is the patient's family: its handle, the baby's name, dotted birth and death dates; 'spring' is a season",
)

# 58
n(
    "en",
    "anonymous_story",
    "a grandma in her 80s just told our triage nurse she walked 2 miles in the snow because 'the bus is for old people' 💀 please call us for a ride, aunties.",
    "anonymous; age in the 80s",
)

# 59
p(
    "es",
    "thank_you",
    "Gracias, familia Hernández Cruz 🙏 por los tamales para el turno de noche. Que don Teodoro siga mejorando en casa en Cold Spring. Llegó el 02/03 y salió el 19/03, ¡campeón!",
    [
        ("NAME", "Hernández Cruz"),
        ("NAME", "Teodoro"),
        ("GEO", "Cold Spring"),
        ("DATE", "02/03"),
        ("DATE", "19/03"),
    ],
    note="apellidos de la familia, nombre del paciente, pueblo, fechas de ingreso y alta",
)

# 60
n(
    "en",
    "health_tip",
    "Ramadan + diabetes: if you're fasting this year, talk to your care team before the month begins. Check your sugar, break the fast with water and dates 🌙, and stop fasting if your glucose drops below 70. Ramadan Mubarak!",
    "health tip; Ramadan is nobody's event here",
)

# 61
p(
    "en",
    "memorial",
    "Rest in power, Big Mike. Michael 'Big Mike' Tarpeh, Brooklyn Center soccer legend & our patient since his stroke, died Saturday night. His wife Musu asks for prayers; call her at 763-555-0126 or write the family at tarpehfamily@yahoo.com for service details.",
    [
        ("NAME", "Michael 'Big Mike' Tarpeh"),
        ("NAME", "Big Mike", "*"),
        ("GEO", "Brooklyn Center"),
        ("NAME", "Musu"),
        ("PHONE", "763-555-0126"),
        ("EMAIL", "tarpehfamily@yahoo.com"),
    ],
    note="nickname and full name, home town, wife, family phone and e-mail; 'Saturday night' is not a date",
)

# 62
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,284 trabajadores de lecherías en el condado de Stearns. El 62% no tenía seguro médico. La edad promedio fue de 34 años.",
    "estadística de población",
)

# 63
p(
    "en",
    "patient_story",
    "Dawn Stately is one of those patients who teaches the teachers. After her kidney transplant on the 22nd of June, Dawn started a beading circle in our transplant clinic waiting room, and now half the nurses are wearing her earrings. Her son Raven (yes, that's his name, and he's heard every joke) says she's already planning powwow regalia for her grandbaby Sky. Chi-miigwech, Dawn!",
    [
        ("NAME", "Dawn Stately"),
        ("NAME", "Dawn", "*"),
        ("DATE", "22nd of June"),
        ("NAME", "Raven"),
        ("NAME", "Sky"),
    ],
    note="names that are English words, surgery date as 'the 22nd of June'",
)

# 64
n(
    "en",
    "sponsor",
    "Huge thanks to Lundgren Dairy of Albany for donating 2,000 gallons of milk to our pediatric units this winter 🥛 The Lundgren family has supported our hospital for three generations.",
    "sponsor family business",
)

# 65
p(
    "en",
    "crisis_update",
    "Update on last night's apartment fire: we are caring for 3 patients. The family of Ahmed Nuur (52) asks that people stop calling the unit. Please contact them at 612-555-0185 instead. 🙏",
    [("NAME", "Ahmed Nuur"), ("PHONE", "612-555-0185")],
    note="crisis update naming a patient and giving his family's phone; age 52 not labelled",
)

# 66
n(
    "en",
    "hospital_contact",
    "📍 Our locations: North Confluence Medical Center, 1600 Sauk River Parkway, St. Cloud, MN 56303 • Children's, 725 Cedar Bluff Avenue, Minneapolis 55454 • Frogtown Family Clinic, 1212 Lexington Crossing, St. Paul 55104. Main line (320) 555-0100.",
    "the hospital's own addresses, ZIPs and phone",
)

# 67
p(
    "en",
    "pasted_record",
    "2S bed board 1500 (sent to wrong group!!) B1 THAO, YIA — 90 — PNA — dau Mai Nou / B2 EMPTY / B3 HER, CHUE — 67 — CHF — MRN 55019347 / B4 Boru, Galaana — 44 — DKA — wife Ebise 651-555-0196",
    [
        ("OTHER_ID", "B1"),
        ("NAME", "THAO, YIA"),
        ("AGE", "90"),
        ("NAME", "Mai Nou"),
        ("OTHER_ID", "B3"),
        ("NAME", "HER, CHUE"),
        ("MRN", "55019347"),
        ("OTHER_ID", "B4"),
        ("NAME", "Boru, Galaana"),
        ("NAME", "Ebise"),
        ("PHONE", "651-555-0196"),
    ],
    note="bed board: bed codes, surname-first names, age 90, relatives, MRN, phone; the empty bed B2 is nobody's",
)

# 68
n(
    "en",
    "campaign_hashtag",
    "Show us your warmest hat 🧣 for #HatsForHmongElders — every post with the tag = 1 knit hat donated to our Frogtown clinic. #NorthConfluenceCares",
    "campaign hashtags",
)

# 69
p(
    "en",
    "milestone_birthday",
    "Centenarian alert! 🎉 Hazel Drift of Leech Lake turned one hundred on our med-surg floor on the ides of March (she made us look it up). Hazel was born on the 15th and says the secret is wild rice and minding your own business. Happy birthday from all of us and from her nephew Marvin!",
    [
        ("AGE", "Centenarian"),
        ("NAME", "Hazel Drift"),
        ("NAME", "Hazel", "*"),
        ("GEO", "Leech Lake"),
        ("AGE", "one hundred"),
        ("DATE", "ides of March"),
        ("DATE", "15th"),
        ("NAME", "Marvin"),
    ],
    note="age as word and as number-word, birthday as a named day and as day of month, reservation home, nephew",
)

# 70
n(
    "en",
    "research",
    "New trial open: vitamin D + exercise for Somali & Oromo adults 50+ with knee pain. Paid participation. Info: research@northconfluence.org or (320) 555-0100.",
    "research recruitment; hospital e-mail and phone",
)

# 71
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a don Fidel Arriaga Luna, quien falleció el 3.11 en nuestra UCI, a los 91 años. Trabajó 30 años en la granja lechera de los Kraemer en St. Martin. Su esposa Herminia y sus hijos agradecen las oraciones. Descanse en paz, don Fidel.",
    [
        ("NAME", "Fidel Arriaga Luna"),
        ("NAME", "Fidel", "*"),
        ("DATE", "3.11"),
        ("AGE", "91"),
        ("NAME", "Kraemer"),
        ("GEO", "St. Martin"),
        ("NAME", "Herminia"),
    ],
    note="fecha con punto, edad, empleador (la lechería de los Kraemer) y su pueblo, esposa",
)

# 72
n(
    "en",
    "staff_spotlight",
    "Twenty-five years ago, Say Paw Htoo arrived in St. Paul from the Mae La refugee camp with her two daughters. Today she is our Karen Patient Navigator, and last month she helped 212 Karen families enroll in health coverage. Thank you, Say Paw, for being the bridge.",
    "staff member's name, camp and city are not a patient's",
)

# 73
p(
    "en",
    "discharge",
    "#TeamEhHtoo we did it!!! 🥳 home after 63 days. @NCHKids family forever",
    [("NAME", "#TeamEhHtoo")],
    note="the patient's name appears only in the hashtag; the handle is the hospital's",
)

# 74
n(
    "en",
    "thank_you",
    "thank u to the Somali Mothers Association of St. Cloud for the 300 hand-sewn hats for our newborns 🧶💙",
    "community group thank-you",
)

# 75
p(
    "en",
    "patient_story",
    "pov: you're 98, it's -22°F, and you refuse to let your grandson Pao drive you to dialysis because 'he drives like a chicken' 😂 love you Mrs. Xiong",
    [("AGE", "98"), ("NAME", "Pao"), ("NAME", "Xiong")],
    note="age 98, grandson, surname after an honorific",
)

# 76
n(
    "en",
    "anonymous_story",
    "Last week a farmworker from a dairy near our St. Cloud campus came in with a crushed hand. He spoke K'iche' — not Spanish — and our interpreter line found a K'iche' interpreter in 11 minutes. Language access isn't extra. It's care.",
    "anonymous story, no identifier",
)

# 77
p(
    "en",
    "thank_you",
    "The Jallah family dropped off 200 bags of plantain chips for our ER staff yesterday to say thank you for caring for their father, Rev. Augustine Jallah, after his fall on the ice on New Year's Day. Thank you, Rev. Jallah, for the blessing you gave our team before you went home! 🙏",
    [("NAME", "Augustine Jallah"), ("NAME", "Jallah", "*"), ("DATE", "New Year's Day")],
    note="family surname repeated, title Rev. outside the span, holiday as the injury date",
)

# 78
n(
    "en",
    "event",
    "🌙 Eid al-Fitr prayers will be held in our Cedar Bluff campus family lounge on Sun 3/30 at 8am. All patients, families & staff welcome. Eid Mubarak!",
    "holiday event at the hospital, not a patient's day",
)

# 79
p(
    "en",
    "pasted_record",
    "Somebody tell pharmacy: 'Warsame Hodan M 04.11.1929 MRN 66120458 allergy PCN' — wait this is the public account DELETE",
    [("NAME", "Warsame Hodan M"), ("DATE", "04.11.1929"), ("MRN", "66120458")],
    note="surname-first name without a comma, dotted DOB, MRN",
)

# 80
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos intérpretes médicos de español y k'iche' para nuestra clínica de St. Cloud. Sueldo desde $27/hora. Envía tu currículum a empleos@northconfluence.org.",
    "reclutamiento, correo del hospital",
)

# 81
p(
    "en",
    "patient_story",
    "Eh Ku Paw was 6 when her family came from the Mae La camp to Maplewood. Now 17, she is our first Karen teen ambassador — and she's also one of our patients, in remission since October 12. She asked us to share her story so other Karen kids know cancer can be talked about. Tah blut, Eh Ku! 💜 #EhKuPawStrong",
    [
        ("NAME", "Eh Ku Paw"),
        ("NAME", "Eh Ku", "*"),
        ("GEO", "Mae La"),
        ("GEO", "Maplewood"),
        ("DATE", "October 12"),
        ("NAME", "#EhKuPawStrong"),
    ],
    note="Karen name and short form, refugee camp and home town, remission date, name hashtag",
)

# 82
n(
    "en",
    "public_figure",
    "Today we remember Senator Paul Wellstone, who died on October 25, 2002 near Eveleth. He championed mental-health parity — a law that still shapes care in our behavioral health unit.",
    "public figure's date and place of death",
)

# 83
p(
    "es",
    "patient_story",
    "Jonathan, de 8 años, hijo de ordeñadores en Sauk Centre, ya salió de la UCI pediátrica después del accidente con el tractor el día 9. Su mamá Lorena dice que ya pide pizza 🍕 #JonathanFuerte",
    [
        ("NAME", "Jonathan"),
        ("GEO", "Sauk Centre"),
        ("DATE", "día 9"),
        ("NAME", "Lorena"),
        ("NAME", "#JonathanFuerte"),
    ],
    note="día del mes solo ('el día 9' -> 'día 9'), pueblo, madre, hashtag",
)

# 84
n(
    "en",
    "eponymous_condition",
    "Bell's palsy ≠ stroke, but don't guess. sudden face droop = call 911. let the ED sort it out. #BEFAST",
    "eponym; 911 is a national line",
)

# 85
p(
    "en",
    "milestone_birthday",
    "101ST BIRTHDAY ON 5 WEST!!! MISS BERNICE LITTLEWOLF WE LOVE YOU 🎂🎂🎂",
    [("AGE", "101ST"), ("NAME", "BERNICE LITTLEWOLF")],
    note="ALL-CAPS age ordinal and name; MISS is an honorific",
)

# 86
n(
    "en",
    "statistic",
    "2024 by the numbers at our Birth Center 👶: 3,118 babies, 41 sets of twins, 2 sets of triplets, and 612 babies born to Somali-speaking families. Busiest day: July 4th, with 23 births!",
    "aggregate birth statistics; the busiest day belongs to 23 babies, not one patient",
)

# 87
p(
    "en",
    "pasted_record",
    "cc @NCH_StCloud pls fix the auto-caption on the flu clinic photo, it pulled from my notes: 'farhiya ali dob 9/1/47 mrn 0082-1147 ph 320 555 0124 f/u wk of 12/2'",
    [
        ("NAME", "farhiya ali"),
        ("DATE", "9/1/47"),
        ("MRN", "0082-1147"),
        ("PHONE", "320 555 0124"),
        ("DATE", "12/2"),
    ],
    note="lower-case name, DOB, MRN, phone, follow-up date; the handle is the hospital's",
)

# 88
n(
    "en",
    "staff_spotlight",
    "shoutout to our 90-year-old volunteer Chester who still pushes the book cart on 5W every Tuesday 📚 legend.",
    "volunteer's age over 89 is not labelled",
)

# 89
p(
    "en",
    "birth_announcement",
    "Twins born on Eid al-Adha! 🌙 Congratulations to Hamdi and Liban Abdi of Willmar on the arrival of Yusuf and Maryan, born June 16 within four minutes of each other. Liban says the whole mosque is invited to the aqiqah. (Shared with the family's permission; well-wishers can reach them at abdi.twins@outlook.com)",
    [
        ("DATE", "Eid al-Adha"),
        ("NAME", "Hamdi"),
        ("NAME", "Liban Abdi"),
        ("NAME", "Liban", "*"),
        ("GEO", "Willmar"),
        ("NAME", "Yusuf"),
        ("NAME", "Maryan"),
        ("DATE", "June 16"),
        ("EMAIL", "abdi.twins@outlook.com"),
    ],
    note="birth date as holiday and as date, parents, babies, town, family e-mail; consent does not change the labels",
)

# 90
n(
    "en",
    "crisis_update",
    "Measles update: we've confirmed 6 cases among children in Minnesota this month. All are recovering. If your child is unvaccinated and was in our Cedar Bluff ED waiting room on 4/8 between 2 and 6 pm, call (612) 555-0117.",
    "public-health update; the exposure date is a hospital event; hospital phone",
)

# 91
p(
    "en",
    "memorial",
    "Our dairy community lost a good one. Arnold 'Arnie' Schwinghammer, 93, of rural Richmond, passed away on the 2nd after a short stay in our ICU. Arnie milked cows every morning until he was 88. The family asks that calls go to his daughter Linda at 320-555-0166.",
    [
        ("NAME", "Arnold 'Arnie' Schwinghammer"),
        ("NAME", "Arnie", "*"),
        ("AGE", "93"),
        ("GEO", "Richmond"),
        ("DATE", "2nd"),
        ("NAME", "Linda"),
        ("PHONE", "320-555-0166"),
    ],
    note="nickname, age 93 (88 is not labelled), town, day of month alone, daughter and phone",
)

# 92
n(
    "es",
    "health_tip",
    "❄️ Si trabajas ordeñando de madrugada: capas de ropa, guantes secos y botas impermeables. Dedos blancos o sin sensibilidad = congelamiento. Ven a urgencias. #InviernoSeguro",
    "consejo de salud",
)

# 93
p(
    "en",
    "patient_story",
    "Update from the family of K.V.: she's off the vent!!! 🙌 thank you for all the prayers. #PrayForKaBao",
    [("NAME", "K.V"), ("NAME", "#PrayForKaBao")],
    note="patient's initials and a name hashtag",
)

# 94
n(
    "en",
    "event",
    "Join our Ojibwe and Dakota health team for a community feast at the Minneapolis American Indian Center on Friday, November 14, 5–8 pm. Free diabetes screenings, frybread, and a round dance. Chi-miigwech to Little Earth for co-hosting!",
    "event date and venue",
)

# 95
p(
    "en",
    "thank_you",
    "Mr. C (you know who you are 😉) thanks for sharing your 94th birthday cake with 4 North. Nobody has ever said no to German chocolate. 🍫",
    [("NAME", "C"), ("AGE", "94th")],
    note="initial used as the patient's name, age over 89",
)

# 96
n(
    "en",
    "research",
    "Our Hmong Elder Memory Study needs volunteers! If you're 65+, speak Hmong, and live in the Twin Cities, you can help us understand dementia in Hmong families. Call (651) 555-0175 or email memorystudy@northconfluence.org.",
    "research recruitment",
)

# 97
p(
    "es",
    "pasted_record",
    "Perdón, se publicó mi nota de turno 🙈: 'Pac. Xiomara Tum Pérez, 27 a, G2P1, FUM 15-04, tel 320-555-0148, esposo Juan Carlos, vive en Melrose, trabaja en lechería Stein.'",
    [
        ("NAME", "Xiomara Tum Pérez"),
        ("DATE", "15-04"),
        ("PHONE", "320-555-0148"),
        ("NAME", "Juan Carlos"),
        ("GEO", "Melrose"),
        ("NAME", "Stein"),
    ],
    note="nota pegada: nombre, FUM (fecha de la paciente), teléfono, esposo, pueblo, empleador",
)

# 98
n(
    "en",
    "anonymous_story",
    "a NICU grad came back to visit us today... now a 6-foot-tall freshman at SCSU 🥹 we still have his footprint card on the wall.",
    "anonymous former patient; a college is not an identifier",
)

# 99
p(
    "en",
    "discharge",
    "After 4 months in our burn unit, Anab Mohamud went home to Rochester yesterday. Her brothers Guled and Abshir lined the hallway with balloons, and Anab walked — WALKED — the whole length of it. Her admission date, November 30, will forever be what her family calls 'the worst day,' and today is the best one. 💛",
    [
        ("NAME", "Anab Mohamud"),
        ("NAME", "Anab", "*"),
        ("GEO", "Rochester"),
        ("NAME", "Guled"),
        ("NAME", "Abshir"),
        ("DATE", "November 30"),
    ],
    note="name, home city, brothers, admission date",
)

# 100
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to us! 🎂 On May 1, 1925, the Sisters of St. Benedict opened a 40-bed hospital on the banks of the Mississippi. A century later, North Confluence cares for 1 in 3 Central Minnesotans.",
    "the hospital's own centenary",
)

# 101
p(
    "en",
    "patient_story",
    "BUBBA IS 2 TODAY!!! 🎂 our former micro-preemie (born 22 wks on 1-8-23) — real name Mohamed, but nobody calls him that. hooyo Sahra says thank u NICU",
    [("NAME", "BUBBA"), ("DATE", "1-8-23"), ("NAME", "Mohamed"), ("NAME", "Sahra")],
    note="ALL-CAPS nickname, dashed birth date, real name, mother (hooyo is a kinship word)",
)

# 102
n(
    "en",
    "public_figure",
    "Prince was born in Minneapolis on June 7, 1958 💜 today our lobby pianist is playing Purple Rain on loop and we're not sorry.",
    "public figure's birth date and city",
)

# 103
p(
    "en",
    "memorial",
    "we lit a candle on 6 East tonight for Pa Yeng Thao, 99, who told every new grad 'eat first, then chart.' the family's Hmong funeral begins Friday. 🕯️",
    [("NAME", "Pa Yeng Thao"), ("AGE", "99")],
    note="name and age; Friday is a weekday",
)

# 104
n(
    "es",
    "public_figure",
    "Hoy recordamos a César Chávez, nacido el 31 de marzo de 1927, que luchó por la salud y la dignidad de los trabajadores del campo. Su lucha sigue viva en las lecherías de Minnesota. 🌾",
    "figura pública y su fecha de nacimiento",
)

# 105
p(
    "en",
    "milestone_birthday",
    "Guess who's turning 90 on Valentine's Day? Our longtime dialysis patient Gus Crowfeather! Gus was born on February 14 in a farmhouse near Morton and still drives himself to treatment. His daughter-in-law Corinne asks well-wishers to mail cards c/o the family at 418 Elm Street, Redwood Falls, or email corinne.crowfeather@gmail.com. 💌",
    [
        ("AGE", "90"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Gus Crowfeather"),
        ("NAME", "Gus", "*"),
        ("DATE", "February 14"),
        ("GEO", "Morton"),
        ("NAME", "Corinne"),
        ("GEO", "418 Elm Street"),
        ("GEO", "Redwood Falls"),
        ("EMAIL", "corinne.crowfeather@gmail.com"),
    ],
    note="age 90, birthday as holiday and as date, birthplace, relative's name, street address, town, e-mail",
)

# 106
n(
    "en",
    "eponymous_condition",
    "What is Hirschsprung disease? It's a condition present at birth where nerve cells are missing from part of the colon. Our pediatric surgeons perform the pull-through procedure about 20 times a year. Signs in newborns: no stool in the first 48 hours, swollen belly, vomiting.",
    "eponymous condition explainer",
)

# 107
p(
    "en",
    "pasted_record",
    "Reminder to staff: never paste patient info into the Teams channel that auto-posts! Example that slipped through today: 'Kollie, Garmai, 34F, MRN 81-22-095, insurance BluePlus 7713002849, bed 12.' We have removed it.",
    [
        ("NAME", "Kollie, Garmai"),
        ("MRN", "81-22-095"),
        ("HEALTH_PLAN", "7713002849"),
        ("OTHER_ID", "bed 12"),
    ],
    note="a warning post that repeats the leaked identifiers is still patient-specific",
)

# 108
n(
    "en",
    "staff_spotlight",
    "Meet Chaltu Gemechu, our Oromo community health worker! Chaltu was born in Adama, Ethiopia, came to Minnesota in 2004, and has visited more than 900 families in their homes. Her birthday falls on Irreecha weekend, and she says that's why she's always celebrating. 🌼",
    "staff member's birthplace and birthday are not labelled",
)

# 109
p(
    "es",
    "discharge",
    "¡Se va a casa Sofía Pérez Tzoc! 💗 Después de 39 días en nuestra NICU, la bebé que nació el 1.º de noviembre, Día de Todos los Santos, pesa ya 2 kilos. Sus papás Wendy y Marvin trabajan en una lechería de Pierz y se turnaron cada noche para estar con ella.",
    [
        ("NAME", "Sofía Pérez Tzoc"),
        ("DATE", "1.º de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Wendy"),
        ("NAME", "Marvin"),
        ("GEO", "Pierz"),
    ],
    note="fecha de nacimiento escrita dos veces, padres, pueblo del trabajo de los padres",
)

# 110
n(
    "en",
    "hospital_contact",
    "📧 media inquiries: media@northconfluence.org | (320) 555-0136. For patient condition updates, we need the patient's full name and consent — we can't share info by DM.",
    "hospital e-mail and phone",
)

# 111
p(
    "en",
    "thank_you",
    "thank you Ayaan's mom for the sambusas!!! ER nights is fed 🙏 tell Ayaan we said feel better",
    [("NAME", "Ayaan", "*")],
    note="patient's first name twice",
)

# 112
n(
    "en",
    "campaign_hashtag",
    "Our #CedarBluffStrong T-shirts are back 💪 all proceeds go to the pediatric cancer family fund. 🛒 giveconfluence.org/shop",
    "campaign hashtag and foundation domain",
)

# 113
p(
    "en",
    "birth_announcement",
    "Patience is her name and patience is her superpower. Patience Toe, a Liberian mom from Brooklyn Center, spent 12 hours in labor with her fourth child before we met Precious on the 7th. Precious Toe is now a healthy 8 lb 2 oz, and the family wants to thank Dr. Okeke and the whole L&D crew.",
    [
        ("NAME", "Patience Toe"),
        ("NAME", "Patience", "*"),
        ("GEO", "Brooklyn Center"),
        ("NAME", "Precious Toe"),
        ("NAME", "Precious", "*"),
        ("DATE", "7th"),
    ],
    note="word-names (the lower-case word is not the name), home town, birth as day of month; the doctor is staff",
)

# 114
n(
    "en",
    "crisis_update",
    "Metro Transit buses are on snow routes. If you have an appointment today at our Cedar Bluff campus and can't make it, call (612) 555-0117 to reschedule — no fees. Stay safe ❄️",
    "storm update with the hospital's phone",
)

# 115
p(
    "en",
    "crisis_update",
    "Blizzard update 2/23, 9 pm: ED is open but roads around the St. Cloud campus are closed. Families trying to reach someone admitted today, call (320) 555-0100. To the Lee family in 2 West who asked — yes, Grandma Youa's surgery is still on for tomorrow morning.",
    [("NAME", "Lee"), ("NAME", "Youa")],
    note="crisis update that answers one family: surname and patient's first name; the update's date and 'tomorrow' are not labelled",
)

# 116
n(
    "es",
    "crisis_update",
    "Aviso por frío extremo: esta noche se esperan -35 °C con el viento. Si tu calefacción falla, llama al 211 o acude a nuestra sala de urgencias en 1600 Sauk River Parkway. Nunca uses la estufa de gas para calentar la casa. 🔥❌",
    "aviso de crisis con la dirección del hospital",
)

# 117
p(
    "en",
    "birth_announcement",
    "hmong new year baby alert 🎉 welcome Nplooj (it means leaf 🍃) born during the hmong new year festival to proud mom Nou Her & dad Pheng. #NploojLeaf",
    [
        ("DATE", "hmong new year", "*"),
        ("NAME", "Nplooj"),
        ("NAME", "Nou Her"),
        ("NAME", "Pheng"),
        ("NAME", "#NploojLeaf"),
    ],
    note="holiday as birth date, written in lower case twice; word-name; clan name Her",
)

# 118
n(
    "en",
    "statistic",
    "hmong elders 90+ in our care up 40% since 2019. 👵👴 we're expanding our Hmong-speaking geriatric clinic in 2025.",
    "population age 90+",
)

# 119
p(
    "en",
    "pasted_record",
    "Pt list 11/4 (DO NOT POST) | Rm 710 | Thao, Kalia | DOB 12/01/1933 | MRN 20046813 | POA: son Tong, tong.thao@icloud.com | from Oakdale",
    [
        ("OTHER_ID", "Rm 710"),
        ("NAME", "Thao, Kalia"),
        ("DATE", "12/01/1933"),
        ("MRN", "20046813"),
        ("NAME", "Tong"),
        ("EMAIL", "tong.thao@icloud.com"),
        ("GEO", "Oakdale"),
    ],
    note="patient list: the header date is not the patient's; room, name, DOB, MRN, son and e-mail, town",
)

# 120
n(
    "en",
    "recruitment",
    "🚑 paramedics: our St. Cloud EMS is hiring. $5k sign-on, 24/48 shifts. Apply by Jan 31 at northconfluence.org/ems",
    "recruitment deadline",
)

# 121
p(
    "es",
    "birth_announcement",
    "Milagros hace honor a su nombre 🙏 nació con 25 semanas el 31-12, en Nochevieja, y hoy cumple 100 días. Sus papás, de Cold Spring, nos mandaron esta foto. #MilagrosMN",
    [
        ("NAME", "Milagros"),
        ("DATE", "31-12"),
        ("DATE", "Nochevieja"),
        ("GEO", "Cold Spring"),
        ("PHOTO", "foto"),
        ("NAME", "#MilagrosMN"),
    ],
    note="nombre que es palabra, fecha con guion y con fiesta; '100 días' no es una edad",
)

# 122
n(
    "en",
    "health_tip",
    "🎆 Hmong New Year tip: sticky rice + sweet drinks + tiny sleep = grumpy blood sugar. If you have diabetes, pace yourself at the festival. nyob zoo xyoo tshiab!",
    "health tip; greeting",
)

# 123
p(
    "en",
    "patient_story",
    "Like many Somali elders, Hooyo Faadumo Cilmi doesn't know her exact birthday, so her papers say January 1. Our geriatric clinic celebrated it anyway this year — she's officially 104 — with halwo, tea, and her grandson Ilyas on the drum. She lives with Ilyas in Faribault and still walks to the mosque.",
    [
        ("NAME", "Faadumo Cilmi"),
        ("DATE", "January 1"),
        ("AGE", "104"),
        ("NAME", "Ilyas", "*"),
        ("GEO", "Faribault"),
    ],
    note="paperwork birth date is still her birth date; age 104; grandson; home town; Hooyo is a kinship word",
)

# 124
n(
    "en",
    "sponsor",
    "Thank you to the Abdi & Hodan Warsame Family Fund for endowing our new Somali-language lactation program. Abdi and Hodan have supported our Birth Center since 2011.",
    "donors, not introduced as a patient's relatives",
)

# 125
p(
    "en",
    "thank_you",
    "@lensa.boru congrats to you & Abdi!! Lensa we're so glad the c-section scar healed ok. tell baby Dinkinesh the 3rd floor says hi 🤗",
    [("OTHER_ID", "@lensa.boru"), ("NAME", "Abdi"), ("NAME", "Lensa"), ("NAME", "Dinkinesh")],
    note="patient's handle, partner, first name, baby; the 3rd floor is a unit",
)

# 126
n(
    "en",
    "thank_you",
    "To every snowplow driver, bus operator and 4x4 volunteer who got our nurses to work during Monday's blizzard: thank you. 1,140 staff made it in. Not one shift went uncovered. 🚜❄️",
    "thank-you to the public",
)

# 127
p(
    "en",
    "memorial",
    "Ogimaa Kwe (her family's name for her, 'leader woman') left us on the winter solstice, December 21, at age 96. Known to our nurses as Evelyn Kingbird of Ponemah, she taught half our 3 East team to say boozhoo. Her granddaughter Shania wrote: 'She went home on the longest night so she'd have time to visit everyone.' Shania asks that stories of her grandmother be sent to shania.kingbird@hotmail.com.",
    [
        ("NAME", "Ogimaa Kwe"),
        ("DATE", "winter solstice"),
        ("DATE", "December 21"),
        ("AGE", "96"),
        ("NAME", "Evelyn Kingbird"),
        ("GEO", "Ponemah"),
        ("NAME", "Shania", "*"),
        ("EMAIL", "shania.kingbird@hotmail.com"),
    ],
    note="Ojibwe name and English name, date of death as solstice and as date ('the longest night' only points back), age, reservation community, granddaughter and e-mail",
)

# 128
n(
    "es",
    "event",
    "Clínica móvil en la lechería Rolling Hills de Paynesville: martes 4 de febrero, de 5 a 8 am, para que los ordeñadores no pierdan turno. Vacunas contra la gripe, presión, glucosa. ¡Gratis!",
    "fecha y lugar de una clínica móvil",
)

# 129
p(
    "en",
    "patient_story",
    "Hope went home today. Not the feeling — the 7-year-old Liberian-American girl who beat sepsis in our PICU 💪 Hope Wleh, mama Faith says the cookies are for everyone.",
    [("NAME", "Hope Wleh"), ("NAME", "Hope", "*"), ("NAME", "Faith")],
    note="word-names Hope and Faith",
)

# 130
n(
    "en",
    "health_tip",
    "Carbon monoxide season is here. Every winter, CO poisoning sends Minnesota families to the ER — often when a generator or grill is used indoors during a power outage. Put a CO alarm on every floor, and never warm up a car in an attached garage.",
    "health tip",
)

# 131
p(
    "en",
    "pasted_record",
    "[Caption draft — do not publish until consent] Yer Lee, 91, shares a laugh with her great-grandson Tswv in Rm 402 on 1/19, the day she was admitted. MRN 77104392. Family contact: Nhia Lee (651) 555-0182, nhialee.family@gmail.com.",
    [
        ("NAME", "Yer Lee"),
        ("AGE", "91"),
        ("NAME", "Tswv"),
        ("OTHER_ID", "Rm 402"),
        ("DATE", "1/19"),
        ("MRN", "77104392"),
        ("NAME", "Nhia Lee"),
        ("PHONE", "(651) 555-0182"),
        ("EMAIL", "nhialee.family@gmail.com"),
    ],
    note="caption draft: name, age, relative, room, admission date, MRN, family contact",
)

# 132
n(
    "en",
    "staff_spotlight",
    "Say hello to Dr. Tasina Redday, our first Dakota pediatrician! Dr. Redday grew up near Morton on the Lower Sioux reservation, trained at the University of Minnesota, and joins our Cedar Bluff campus this month.",
    "staff doctor's home community is not labelled",
)

# 133
p(
    "es",
    "memorial",
    "QEPD Abuelita Chayo (Rosario Villanueva), 98 años, de Sauk Rapids. Falleció el Día de Reyes. Su nieto Brayan agradece al equipo de cuidados paliativos 🕊️",
    [
        ("NAME", "Chayo"),
        ("NAME", "Rosario Villanueva"),
        ("AGE", "98"),
        ("GEO", "Sauk Rapids"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Brayan"),
    ],
    note="apodo y nombre, edad, pueblo, fiesta como fecha de muerte, nieto",
)

# 134
n(
    "en",
    "campaign_hashtag",
    "#NoSnowflakeLeftBehind: our NICU sends every baby home in a hand-knit hat from volunteers across Stearns County 🧶 knitters, drop off at 1600 Sauk River Pkwy.",
    "campaign hashtag and hospital address",
)

# 135
p(
    "en",
    "discharge",
    "Discharged: one (1) very grumpy 95-year-old Marine who would like everyone to know the hospital coffee is 'a war crime.' Semper Fi, Sgt. Lundgren. 🇺🇸",
    [("AGE", "95-year-old"), ("NAME", "Lundgren")],
    note="age over 89 and surname after a rank",
)

# 136
n(
    "en",
    "research",
    "Published today: our 10-year study of 1,870 Hmong adults with gout found that those who ate traditional boiled greens had 22% fewer flares. Lead author Dr. Yer Vang will present the findings at the Hmong Health Conference on April 12.",
    "research; staff author and conference date",
)

# 137
p(
    "en",
    "patient_story",
    "Tolessa Gudina has been coming to our Frogtown clinic since 2009. This fall he missed Irreecha for the first time in his life — he was in our cardiac ICU after a heart attack on 10/5, the morning of the celebration. Yesterday his daughters Ebise and Hawi brought him fresh grass and flowers so he could give thanks from his bed. 🌼",
    [
        ("NAME", "Tolessa Gudina"),
        ("DATE", "Irreecha"),
        ("DATE", "10/5"),
        ("NAME", "Ebise"),
        ("NAME", "Hawi"),
    ],
    note="the Oromo thanksgiving holiday is the day of his heart attack: both expressions; daughters; 'since 2009' is a bare year",
)

# 138
n(
    "en",
    "anonymous_story",
    "Last spring, a man from one of our Somali neighborhoods walked into our ED with chest pain and told the nurse, in Somali, that he'd 'rather die than be a burden.' Our interpreter sat with him for two hours. He's doing well, and he asked us to share this: don't wait. Come in.",
    "anonymous story; no place name, a season only",
)

# 139
p(
    "en",
    "thank_you",
    "A letter arrived at our Birth Center this week from Pa Nhia and Xeng Vang of Eau Claire, whose son Kaiser was born here on August 2 during the big storm power outage. 'Your nurses delivered our baby by headlamp,' they wrote. Kaiser turns 1 next month and already has more teeth than his dad.",
    [
        ("NAME", "Pa Nhia"),
        ("NAME", "Xeng Vang"),
        ("GEO", "Eau Claire"),
        ("NAME", "Kaiser", "*"),
        ("DATE", "August 2"),
    ],
    note="parents, home city, baby's name (also a word and a health-plan brand), birth date",
)

# 140
n(
    "es",
    "anonymous_story",
    "Una mamá de una lechería de la zona llegó anoche con su bebé de 3 semanas con fiebre. Gracias a que vino a tiempo, el bebé ya está bien. Fiebre en bebés menores de 3 meses = emergencia. 🌡️",
    "historia anónima",
)

# 141
p(
    "en",
    "crisis_update",
    "Road closure near Cedar Bluff campus ends 5 pm. Unrelated: to whoever left the baby quilt in Rm 219 for Jamal Kpadeh — the family found it and says thank u ❤️",
    [("OTHER_ID", "Rm 219"), ("NAME", "Jamal Kpadeh")],
    note="room and name of a patient inside a crisis update",
)

# 142
n(
    "en",
    "event",
    "Irreecha 2025 🌼 our Oromo staff are hosting a coffee ceremony Sept 28 in the Frogtown clinic courtyard. galatoomaa to everyone who's helped plan!",
    "event date; the holiday is nobody's event",
)

# 143
p(
    "es",
    "milestone_birthday",
    "¡Centenaria! 🎂 Doña Micaela Ajú cumplió cien años el 20.07 y lo celebramos en la unidad de rehabilitación con pan dulce. Llegó de Totonicapán a Willmar hace 25 años para cuidar a sus nietos.",
    [
        ("AGE", "Centenaria"),
        ("NAME", "Micaela Ajú"),
        ("AGE", "cien"),
        ("DATE", "20.07"),
        ("GEO", "Totonicapán"),
        ("GEO", "Willmar"),
    ],
    note="edad en palabras, cumpleaños con punto, ciudad de origen y pueblo actual",
)

# 144
n(
    "en",
    "memorial",
    "our hearts are broken. Blessing Kollie, RN, beloved NICU nurse for 14 yrs, passed away Jan 6. Blessing held more preemies than anyone we know 💔 #NurseBlessing",
    "memorial for a staff nurse: name, date and hashtag are not a patient's",
)

# 145
p(
    "en",
    "pasted_record",
    "unrelated but our print job keeps spitting out old stickers lol: 'HTOO, EH DAH  MRN 3309-7716  DOB 10-10-1990  ENC 88120043'",
    [
        ("NAME", "HTOO, EH DAH"),
        ("MRN", "3309-7716"),
        ("DATE", "10-10-1990"),
        ("OTHER_ID", "88120043"),
    ],
    note="label sticker: surname-first Karen name, MRN, DOB, encounter number",
)

# 146
n(
    "en",
    "public_figure",
    "Kao Kalia Yang, the award-winning Hmong-American author of The Latehomecomer, read to our pediatric patients today. She told the kids about growing up in the Ban Vinai refugee camp and coming to St. Paul at age 6. 📚",
    "public figure and her story",
)

# 147
p(
    "en",
    "patient_story",
    "Everyone on our rehab unit knows him as 'Sunny' — a nickname his second-grade teacher gave him because nobody could say Abdisalaan right. Sunny, now 16, is learning to walk again after a crash on Highway 10 near Big Lake on the 4th of January. Sunny days ahead, bro. ☀️",
    [
        ("NAME", "Sunny", 1),
        ("NAME", "Sunny", 2),
        ("NAME", "Abdisalaan"),
        ("GEO", "Highway 10"),
        ("GEO", "Big Lake"),
        ("DATE", "4th of January"),
    ],
    note="nickname and real name, road and town of the crash, ordinal date; 'Sunny days' is the word",
    ok=("Sunny",),
)

# 148
n(
    "en",
    "thank_you",
    "thank you Little Earth youth council for the star quilt now hanging in our Native family room ⭐ chi miigwech",
    "thank-you to a community group",
)

# 149
p(
    "en",
    "thank_you",
    "big thank you to the Xiong Lor family who sent 30 lbs of purple sticky rice for our night shift. Grandpa Cheng Xiong (the one who flirted w every nurse on 4N) is doing great at home in Blaine 🍚",
    [("NAME", "Xiong Lor"), ("NAME", "Cheng Xiong"), ("GEO", "Blaine")],
    note="double family surname, patient's name, home town; 4N is a unit",
)

# 150
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré is rare after flu shots (~1 in a million). The flu itself is way riskier. get the shot, MN. 💉",
    "eponymous condition",
)

# 151
p(
    "es",
    "pasted_record",
    "⚠️ Publicado por error y ya eliminado: «Expediente 70221983 – Cristóbal Yax Ixcoy – ingresó 28/01 por congelamiento de pies, trabaja en establo de Freeport, celular 320 555 0107, correo cris.yax92@hotmail.com».",
    [
        ("MRN", "70221983"),
        ("NAME", "Cristóbal Yax Ixcoy"),
        ("DATE", "28/01"),
        ("GEO", "Freeport"),
        ("PHONE", "320 555 0107"),
        ("EMAIL", "cris.yax92@hotmail.com"),
    ],
    note="expediente, nombre, fecha de ingreso, pueblo del trabajo, celular, correo",
)

# 152
n(
    "en",
    "research",
    "Our team is studying why Karen refugees in St. Paul have high rates of hepatitis B. 2,311 adults screened, 14% positive. Free testing at the Frogtown Family Clinic every Wednesday.",
    "research statistic",
)

# 153
p(
    "en",
    "milestone_birthday",
    "Ninety-nine years young! 🎈 Clarence 'Bud' Jourdain, an Ojibwe elder and WWII Navy veteran, celebrated his birthday on the 8th with our hospice team. Bud's great-great-grandson, Niibin, drummed an honor song. Niibin means summer, and Bud says he's the best thing that happened to his winter.",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Clarence 'Bud' Jourdain"),
        ("NAME", "Bud", "*"),
        ("DATE", "8th"),
        ("NAME", "Niibin", "*"),
    ],
    note="age in words, nickname, birthday as day of month, relative with a word-name",
)

# 154
n(
    "es",
    "sponsor",
    "¡Gracias a Lácteos del Valle y a la Asociación de Productores de Leche de Stearns por donar 500 botas térmicas a nuestros pacientes! 🥾",
    "patrocinadores",
)

# 155
p(
    "en",
    "patient_story",
    "RT @hamdi_abdullahi_: my dad Yusuf Abdullahi is STILL in the ICU after the bus crash on the 12th. if anyone has his phone pls call me 612-555-0143. his # was 612-555-0178",
    [
        ("OTHER_ID", "@hamdi_abdullahi_"),
        ("NAME", "Yusuf Abdullahi"),
        ("DATE", "12th"),
        ("PHONE", "612-555-0143"),
        ("PHONE", "612-555-0178"),
    ],
    note="retweet of a daughter: her handle, father's name, crash date, both phones",
)

# 156
n(
    "en",
    "hospital_contact",
    "Looking for us online? Our only official accounts are @NorthConfluence, @NCHKids and @NCH_StCloud. We will never DM you asking for your MRN, date of birth or insurance number. Report scams to security@northconfluence.org.",
    "hospital handles; the words MRN and date of birth carry no value",
)

# 157
p(
    "en",
    "memorial",
    "Sergeant Major (Ret.) Emmanuel Sieh, 90, of Brooklyn Park, died peacefully on Christmas Eve surrounded by his children. He fled Monrovia in 1990 and built a new life in Minnesota driving for Metro Transit for 25 years. Condolences may be sent to the family at siehfamily@gmail.com.",
    [
        ("NAME", "Emmanuel Sieh"),
        ("AGE", "90"),
        ("GEO", "Brooklyn Park"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Monrovia"),
        ("NAME", "Metro Transit"),
        ("EMAIL", "siehfamily@gmail.com"),
    ],
    note="age 90 (1990 is a bare year), town, holiday as date of death, foreign city of former home, employer, family e-mail",
)

# 158
n(
    "en",
    "statistic",
    "frostbite admissions this week: 19. amputations: 3. average age: 41. % who had been drinking: 58. please don't walk home from the bar, Minnesota.",
    "aggregate statistic",
)

# 159
p(
    "es",
    "thank_you",
    "Queremos agradecer a la familia Ochoa Beltrán, de Albany, por las 50 tortas que trajeron al personal de urgencias. Su hijo Kevin, herido en un accidente con la ordeñadora, salió del hospital el 16 de septiembre, Día de la Independencia de México, y ya volvió a la escuela. ¡Viva Kevin! 🇲🇽",
    [
        ("NAME", "Ochoa Beltrán"),
        ("GEO", "Albany"),
        ("NAME", "Kevin", "*"),
        ("DATE", "16 de septiembre"),
        ("DATE", "Día de la Independencia"),
    ],
    note="apellidos, pueblo, nombre, fecha de alta escrita dos veces",
)

# 160
n(
    "en",
    "staff_spotlight",
    "happy retirement to Eh Htoo Paw, our Karen interpreter of 18 years!! 🎉 she's off to Thailand to see her sister in Mae Sot. tah blut, thara mu!",
    "staff retirement; her sister's city is not a patient's",
)

# 161
p(
    "en",
    "hospital_contact",
    "We hid a comment that had a patient's portal username (ikram.h.1958), MRN 41870062 and DOB 5-22-58 in it — please DM us instead, never post these publicly! 🙏",
    [("OTHER_ID", "ikram.h.1958"), ("MRN", "41870062"), ("DATE", "5-22-58")],
    note="a privacy warning that repeats the values is still patient-specific: portal user name, MRN, DOB",
)

# 162
n(
    "en",
    "anonymous_story",
    "someone's great-great-grandpa told our nurse today he's been through 'more Minnesota winters than you've had birthdays' and this one is the worst. he says that every year 😂",
    "anonymous; no age, name or place",
)

# 163
p(
    "en",
    "birth_announcement",
    "ITS A GIRL 🎀 welcome Hibaaq, born 3/3 at 3:33 am (we can't make this up) to Ubah & Mahad Jama of Hopkins. #NCHBabies",
    [
        ("NAME", "Hibaaq"),
        ("DATE", "3/3"),
        ("NAME", "Ubah"),
        ("NAME", "Mahad Jama"),
        ("GEO", "Hopkins"),
    ],
    note="baby, birth date (the hour is not labelled), parents, town; #NCHBabies is a campaign tag",
)

# 164
n(
    "en",
    "event",
    "Hmong New Year baby photo booth! 📸 Stop by our booth at the Hmong International New Year, St. Paul RiverCentre, Nov 29–Dec 1, for free family portraits in traditional clothes. Photos are yours to keep — we don't post them.",
    "event dates and venue; no photo of a patient is posted",
)

# 165
p(
    "en",
    "patient_story",
    "Thirteen-year-old Hunter Crow Feather of the Lower Sioux community near Morton spent spring break with us after a ruptured appendix on March 30. He told our surgeons he wants to be one of them someday. 🩺",
    [
        ("NAME", "Hunter Crow Feather"),
        ("GEO", "Lower Sioux"),
        ("GEO", "Morton"),
        ("DATE", "March 30"),
    ],
    note="Dakota name with a word first name, reservation community and nearby town, surgery date; spring break is a season",
)

# 166
n(
    "es",
    "milestone_birthday",
    "¡Felicidades a nuestra voluntaria doña Amparo Ruiz, que cumplió 91 años el 12 de octubre! Lleva 15 años tejiendo gorritos para los bebés de la unidad neonatal. 🧶💕",
    "voluntaria: su edad y cumpleaños no se etiquetan",
)

# 167
p(
    "en",
    "thank_you",
    "To the daughter of the gentleman in 9-West bed 4 who left us a voicemail at 1am — we got it and we love you too 💙",
    [("OTHER_ID", "bed 4")],
    note="no name, but a bed number tied to the patient",
)

# 168
n(
    "en",
    "recruitment",
    "Are you bilingual in Somali or Oromo and passionate about moms and babies? Our doula program is hiring 6 community doulas. Paid training starts March 3. Questions? Call Hamdi at (612) 555-0163.",
    "recruitment; staff contact and hospital phone",
)

# 169
p(
    "es",
    "patient_story",
    "Hace un año, el 5 de febrero, Maricela Ventura llegó con hipotermia después de que se le descompuso la camioneta camino al establo en Sauk Centre a las 4 de la mañana. Hoy vuelve como voluntaria. «Aquí me salvaron los dedos», nos dijo. Su esposo Ramón y sus tres hijas la acompañaron en su primer turno. ¡Bienvenida al equipo, Mari!",
    [
        ("DATE", "5 de febrero"),
        ("NAME", "Maricela Ventura"),
        ("GEO", "Sauk Centre"),
        ("NAME", "Ramón"),
        ("NAME", "Mari"),
    ],
    note="fecha de ingreso, nombre y apodo, pueblo del trabajo, esposo; ahora voluntaria pero fue paciente",
)

# 170
n(
    "en",
    "health_tip",
    "elders + ice = broken hips. 🧊 if you're over 90 (or helping someone who is), ice cleats are $12 and a hip fracture is… not. free cleats at all 3 of our campuses this week.",
    "population age",
)

# 171
p(
    "en",
    "milestone_birthday",
    "someone's 102 today and it's the queen of 5 East, Ma Dorcas Weah 👑 she asked for jollof & a phone call from her sister in Monrovia, both delivered.",
    [("AGE", "102"), ("NAME", "Dorcas Weah"), ("GEO", "Monrovia")],
    note="age, name after the honorific Ma, the sister's city",
)

# 172
n(
    "en",
    "eponymous_condition",
    "Tay-Sachs, Gaucher and Canavan disease are well known in some communities, but did you know Hmong families carry higher rates of beta-thalassemia and Hb E? Our genetic counselors offer free carrier screening in Hmong. Call (651) 555-0175.",
    "eponyms and a population group",
)

# 173
p(
    "en",
    "crisis_update",
    "Polar vortex update, Tue 7am: our ED treated 14 people overnight for frostbite and hypothermia, including 3 children. We're sending love to the family of Abdiwali Osman, 24, who is in stable condition after being found outside overnight — his brother Khalid asks people to stop sharing photos of him. Please check on your neighbors.",
    [("NAME", "Abdiwali Osman"), ("NAME", "Khalid")],
    note="crisis update with a named patient and brother; age 24 is not labelled",
)

# 174
n(
    "en",
    "crisis_update",
    "🔌 power outage in parts of St. Cloud. our hospital is on generator power & all patients are safe. avoid the area around Division St & 25th Ave — traffic lights are out.",
    "outage location, not a patient's",
)

# 175
p(
    "en",
    "pasted_record",
    "(internal draft — delete) Peds onc Fall Festival photo release list: 1) Pa Nhia Xiong + son Kou, form signed 9/14 2) Hodan Ali, signed 9/14 3) Aaron Drift — NO RELEASE, do not post",
    [
        ("NAME", "Pa Nhia Xiong"),
        ("NAME", "Kou"),
        ("DATE", "9/14", "*"),
        ("NAME", "Hodan Ali"),
        ("NAME", "Aaron Drift"),
    ],
    note="release list of patient families: names and release-signing dates",
)

# 176
n(
    "es",
    "statistic",
    "Este año nacieron en nuestra unidad 412 bebés de familias hispanohablantes de los condados de Stearns, Todd y Morrison. El mes con más nacimientos fue septiembre. ¡Gracias por confiar en nosotros! 👶",
    "estadística; el mes es de 412 bebés, no de un paciente",
)

# 177
p(
    "en",
    "patient_story",
    "when a 96 y/o Ojibwe grandma teaches your whole unit to make bannock at 2am 🥹 chi-miigwech Grandma Rosie!",
    [("AGE", "96"), ("NAME", "Rosie")],
    note="age 96 and first name",
)

# 178
n(
    "en",
    "public_figure",
    "Mee Moua, the first Hmong-American state senator, is keynoting our Hmong Health Summit on Saturday. the room is full but we'll stream it on @NorthConfluence.",
    "public figure",
)

# 179
p(
    "en",
    "memorial",
    "Twelve years ago today, on 1.27, we lost Ka Bao Yang (age 4) on our pediatric oncology floor. Every year her parents, Chue and Mai See Yang, bring breakfast for the night shift on the anniversary. Ka Bao's light is still here. 🌸 #KaBaoForever",
    [
        ("DATE", "1.27"),
        ("NAME", "Ka Bao Yang"),
        ("NAME", "Ka Bao", "*"),
        ("NAME", "Chue"),
        ("NAME", "Mai See Yang"),
        ("NAME", "#KaBaoForever"),
    ],
    note="dotted date of death, name and short form, parents, hashtag",
)

# 180
n(
    "en",
    "sponsor",
    "thx to @SaintPaulSaints for the 500 hats & mittens for our Frogtown clinic kids ⚾🧤",
    "sponsor's handle",
)

# 181
p(
    "es",
    "discharge",
    "¡Alta médica! 🎉 Rubén, el de la cama 11, se fue hoy a su casa en Melrose después de la cirugía del 7 de marzo. Dice que el café de la cafetería está mejor que el del establo 😅",
    [("NAME", "Rubén"), ("OTHER_ID", "cama 11"), ("GEO", "Melrose"), ("DATE", "7 de marzo")],
    note="nombre, cama, pueblo, fecha de cirugía",
)

# 182
n(
    "en",
    "anonymous_story",
    "This winter, a young mom from a Karen family called our nurse line at 2 a.m. because her newborn's lips looked blue. Our Karen-speaking nurse walked her through it, and an ambulance was at her door in 9 minutes. The baby is fine. Save (651) 555-0175 in your phone.",
    "anonymous story; hospital nurse line",
)

# 183
p(
    "en",
    "thank_you",
    "Thank you to the Her family for the beautiful paj ntaub story cloth now hanging in our Frogtown clinic lobby! It tells the story of Grandma Kia Her, who was our patient for 20 years until she passed on April 9. Her grandchildren stitched the final panel themselves.",
    [("NAME", "Her", 1), ("NAME", "Kia Her"), ("DATE", "April 9")],
    note="Hmong clan name Her as the family surname; the pronoun 'Her' that opens a sentence is declared ok",
    ok=("Her",),
)

# 184
n(
    "en",
    "staff_spotlight",
    "our night charge nurse Abdirahman just hit 20 years at North Confluence 🎉 he was hired on 1/2/2005, the day of the big ice storm, and hasn't missed a New Year's shift since.",
    "staff name and hire date",
)

# 185
p(
    "en",
    "pasted_record",
    "ED tracking board screenshot went up on our story for 40 sec 😩 contents: 'T4 Omar, Ikraan 2y fever • T7 KHANG, NENG 93y SOB • T9 Garcia, Luz 61y chest pain'. We're so sorry.",
    [
        ("OTHER_ID", "T4"),
        ("NAME", "Omar, Ikraan"),
        ("OTHER_ID", "T7"),
        ("NAME", "KHANG, NENG"),
        ("AGE", "93y"),
        ("OTHER_ID", "T9"),
        ("NAME", "Garcia, Luz"),
    ],
    note="tracking board: bay codes, surname-first names, age 93 with suffix; ages 2 and 61 not labelled",
)

# 186
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas, llamada así por el médico brasileño Carlos Chagas, puede causar problemas del corazón años después de la infección. Si naciste en Centroamérica o México, pregunta por la prueba gratuita en nuestra clínica de Melrose.",
    "epónimo",
)

# 187
p(
    "en",
    "patient_story",
    "When Korto Freeman's water broke on the Blue Line at Cedar-Riverside on 12.9, two strangers and a transit officer got her to our door in 6 minutes. Baby Zion arrived 20 minutes later. Korto is back home in Brooklyn Park and wants to find the two women in purple hijabs who held her hands — if that's you, write to her sister at korto.freeman.family@gmail.com!",
    [
        ("NAME", "Korto Freeman"),
        ("NAME", "Korto", "*"),
        ("GEO", "Cedar-Riverside"),
        ("DATE", "12.9"),
        ("NAME", "Zion"),
        ("GEO", "Brooklyn Park"),
        ("EMAIL", "korto.freeman.family@gmail.com"),
    ],
    note="place where labour began, dotted date, baby, home town, family e-mail",
)

# 188
n(
    "en",
    "health_tip",
    "Fasting for Ramadan while pregnant or breastfeeding? Many scholars say it's allowed to skip — and our Somali-speaking OB team can help you decide what's safe. Talk to us before the first day of fasting. Ramadan Kareem 🌙",
    "health tip",
)

# 189
p(
    "en",
    "milestone_birthday",
    "the nonagenarian club welcomes its newest member 🎉 happy 90th to our Karen elder Pa Kyaw (his name means 'father of Kyaw' — he's been Pa Kyaw since his son was born in 1968) 🎂",
    [("AGE", "nonagenarian"), ("AGE", "90th"), ("NAME", "Pa Kyaw", "*"), ("NAME", "Kyaw", "*")],
    note="age as word and ordinal; Karen teknonym and the son's name inside it",
)

# 190
n(
    "en",
    "event",
    "📅 Liberian Independence Day, July 26: our mobile clinic will be at the celebration in Brooklyn Park's Central Park, 12–5. free BP checks!",
    "event date and venue",
)

# 191
p(
    "es",
    "pasted_record",
    "Borren eso 😱 alguien subió la hoja de admisión: 'Nombre: Anselmo Chávez Ríos. Fecha de nac.: 02.02.1931. Domicilio: 1407 3rd St N, St. Cloud. Póliza: MN-CARE 4410-2203-77.'",
    [
        ("NAME", "Anselmo Chávez Ríos"),
        ("DATE", "02.02.1931"),
        ("GEO", "1407 3rd St N"),
        ("GEO", "St. Cloud"),
        ("HEALTH_PLAN", "4410-2203-77"),
    ],
    note="hoja de admisión: nombre, fecha de nacimiento, domicilio, ciudad, póliza",
)

# 192
n(
    "en",
    "pasted_record",
    "Oops — we posted our blank admission template by mistake: 'Name: ______  DOB: __/__/____  MRN: ________  Room: ___'. No patient information was shared, but we've taken it down.",
    "a blank template: labels without values",
)

# 193
p(
    "en",
    "patient_story",
    "update on our favorite snowmobile crash survivor Tyler Goggleye 🛷 — he turned 18 in our ICU on Feb 9 and today he walked to the elevator. mom says he's grounded till he's 90 😂",
    [("NAME", "Tyler Goggleye"), ("DATE", "Feb 9")],
    note="birthday in hospital; 'till he's 90' is a hypothetical age",
)

# 194
n(
    "en",
    "research",
    "Why do so many Somali-American children have autism diagnoses in Minnesota? Our new study with 1,200 families will look at vitamin D, prenatal care, and access to early screening. No names or identifying details will ever be published.",
    "research",
)

# 195
p(
    "en",
    "thank_you",
    "To Mr. and Mrs. Abdikadir Hersi of St. Cloud: thank you for your gift to our Somali interpreter fund in honor of your son Mustafe, who received care here after his accident on Division Street last winter. Because of you, 400 more families will hear their care plans in Somali.",
    [
        ("NAME", "Abdikadir Hersi"),
        ("GEO", "St. Cloud"),
        ("NAME", "Mustafe"),
        ("GEO", "Division Street"),
    ],
    note="donors introduced as the patient's parents: labelled; home city; road of the accident",
)

# 196
n(
    "en",
    "public_figure",
    "On this day in 1976, Minnesota welcomed its first Hmong refugee families. We're proud that today's Hmong community includes many of our nurses, doctors, and board members, including board chair Dr. Tou Vang.",
    "history and a board member",
)

# 197
p(
    "en",
    "pasted_record",
    "pls remove from the flu-shot clinic album: photo 14 shows a sign-in sheet w/ 'Yang, Tou F. 651.555.0159 toufyang@gmail.com MRN 92004417'",
    [
        ("NAME", "Yang, Tou F"),
        ("PHONE", "651.555.0159"),
        ("EMAIL", "toufyang@gmail.com"),
        ("MRN", "92004417"),
    ],
    note="the photo shows a sign-in sheet (not PHOTO): name, dotted phone, e-mail, MRN",
)

# 198
n(
    "es",
    "thank_you",
    "¡Gracias a los Caballeros de Colón de Sauk Centre por los 80 kits de higiene para familias de nuestra unidad de pediatría! 🙌",
    "agradecimiento a un grupo",
)

# 199
p(
    "en",
    "memorial",
    "rest easy, Uncle Moses Kpoto. 97 years, 4 kids, 19 grandkids, & one very loud laugh on 6W. the Kpoto family thanks our palliative team 🕊️",
    [("NAME", "Moses Kpoto"), ("NAME", "Kpoto", "*"), ("AGE", "97")],
    note="name, family surname, age",
)

# 200
n(
    "en",
    "campaign_hashtag",
    "Every January we light up the Sauk River bridge blue for #WarmHandsWarmHearts, our winter coat drive for patients' families. 1,320 coats so far. Drop one off at any campus! 🧥💙",
    "campaign hashtag",
)

# 201
p(
    "es",
    "memorial",
    "Hoy recordamos a Josué Camey, de 19 años, que murió el 18 de enero tras un accidente en la granja lechera donde trabajaba cerca de Pierz. Su mamá, doña Reyna, pidió que compartiéramos su número para quienes quieran ayudar con la repatriación a Huehuetenango: 320-555-0193.",
    [
        ("NAME", "Josué Camey"),
        ("DATE", "18 de enero"),
        ("GEO", "Pierz"),
        ("NAME", "Reyna"),
        ("GEO", "Huehuetenango"),
        ("PHONE", "320-555-0193"),
    ],
    note="nombre, fecha de muerte, pueblo del trabajo, madre, ciudad de origen, teléfono de la familia",
)

# 202
n(
    "en",
    "hospital_contact",
    "nurse line 24/7 📞 (320) 555-0142 for pregnancy & newborn Qs, (651) 555-0175 for Hmong/Karen. text STOP to unsubscribe from appointment reminders sent from 320-555-0100.",
    "hospital phones",
)

# 203
p(
    "en",
    "patient_story",
    "Say hi to Doctor! 👋 No, not one of ours — Doctor Kollie is an 11-year-old from Brooklyn Center whose parents named him after the Liberian doctor who delivered his big sister. Doctor had his tonsils out here on 8/12 and spent the night bossing around our actual doctors. His mom Rebecca (rebecca.kollie@yahoo.com) says he's already planning med school.",
    [
        ("NAME", "Doctor Kollie"),
        ("NAME", "Doctor", "*"),
        ("GEO", "Brooklyn Center"),
        ("DATE", "8/12"),
        ("NAME", "Rebecca"),
        ("EMAIL", "rebecca.kollie@yahoo.com"),
    ],
    note="a boy named Doctor (the lower-case word is not the name), town, surgery date, mother and e-mail",
)

# 204
n(
    "en",
    "eponymous_condition",
    "Osgood-Schlatter = knee pain in growing athletes (hi, hockey kids 🏒). rest, ice, stretch. it's not forever.",
    "eponymous condition",
)

# 205
p(
    "en",
    "discharge",
    "going home after 52 days: a 92yo great-grandma from St. Joseph who told us every morning she was 'not dying in January, too cold for the funeral.' 😂 she was right. safe travels!",
    [("AGE", "92yo"), ("GEO", "St. Joseph")],
    note="nameless, but age and town; 'January' is not the date of an event",
)

# 206
n(
    "en",
    "statistic",
    "Our Somali-language patient line answered 18,406 calls last year. Average wait: 47 seconds. Top reasons: appointments, prescriptions, and 'is this frostbite?' ❄️ Call (612) 555-0163.",
    "statistic, hospital line",
)

# 207
p(
    "en",
    "pasted_record",
    "Correction: the photo we posted of our new pharmacy robot showed a label in the background. It read 'Hussein Ibrahim Noor, DOB 1/15/1937, MRN 60334871, Rx #4471902, 1820 Riverside Ave Apt 3C, Mpls.' We've replaced the photo and apologize to Mr. Noor and his family.",
    [
        ("NAME", "Hussein Ibrahim Noor"),
        ("NAME", "Noor", "*"),
        ("DATE", "1/15/1937"),
        ("MRN", "60334871"),
        ("OTHER_ID", "4471902"),
        ("GEO", "1820 Riverside Ave Apt 3C"),
        ("GEO", "Mpls"),
    ],
    note="label in a photo of an object (not PHOTO): name, DOB, MRN, prescription number, street, city abbreviation",
)

# 208
n(
    "es",
    "recruitment",
    "Oportunidad para familias lecheras: buscamos promotoras de salud bilingües en Melrose, Albany y Sauk Centre. Medio tiempo, horario flexible. Llama al (320) 555-0100 y pregunta por Recursos Humanos.",
    "reclutamiento; los pueblos son de los puestos",
)

# 209
p(
    "en",
    "patient_story",
    "Yia's grandma made him a hat so bright you can see it from the helipad 🧶🔴 our tiny patient from Stillwater turned 1 on the 28th, celebrating his first birthday on 3N.",
    [("NAME", "Yia"), ("GEO", "Stillwater"), ("DATE", "28th")],
    note="first name, town, birthday as day of month",
)

# 210
n(
    "en",
    "crisis_update",
    "Update 3:15 pm: the gas leak near our Frogtown Family Clinic has been repaired and the clinic will reopen tomorrow at 8 am. No patients or staff were hurt. Thanks to Saint Paul Fire for their quick response.",
    "crisis update about the clinic",
)

# 211
p(
    "es",
    "birth_announcement",
    "Perla, hija de Eusebio y Griselda (familia lechera de Sauk Centre), nació el martes 24/12, ¡en plena Nochebuena! 🎄",
    [
        ("NAME", "Perla"),
        ("NAME", "Eusebio"),
        ("NAME", "Griselda"),
        ("GEO", "Sauk Centre"),
        ("DATE", "24/12"),
        ("DATE", "Nochebuena"),
    ],
    note="nombre que es palabra, padres, pueblo, fecha escrita dos veces",
)

# 212
n(
    "en",
    "event",
    "Hmong New Year 5K 🏃‍♀️ Nov 23, 9am, Como Lake. our running club is sponsoring the water stop at mile 2! register at hmongnewyear5k.org",
    "event date and venue",
)

# 213
p(
    "en",
    "thank_you",
    "dear family in room 1012 — the drawing of our nurse Meg as a superhero is now our unit's lock screen. tell your little artist we said thx 💥",
    [("OTHER_ID", "room 1012")],
    note="room number tied to a patient family; the nurse is staff",
)

# 214
n(
    "en",
    "thank_you",
    "To the anonymous donor who paid off every outstanding NICU parking pass this month: we don't know who you are, but 63 families do know what you did. Thank you. 💙",
    "anonymous donor",
)

# 215
p(
    "en",
    "memorial",
    "On Tuesday the Lor clan gathered in our hospital chapel to bless the bed of Txhiaj Lor, who passed on 2-10 after a long fight with liver cancer. We were honored to welcome shaman Tong Pao Vang, who performed a ceremony to guide his soul home. He was 47.",
    [("NAME", "Txhiaj Lor"), ("NAME", "Lor", "*"), ("DATE", "2-10")],
    note="clan surname and name, dashed date of death; the shaman is not a relative; age 47 not labelled",
)

# 216
n(
    "es",
    "public_figure",
    "Hoy nos visitó el cónsul de México en Saint Paul para hablar con familias lecheras sobre la matrícula consular y el acceso a la salud. ¡Gracias por su apoyo!",
    "visita de un funcionario",
)

# 217
p(
    "en",
    "pasted_record",
    "😬 sorry! the quote tweet included a referral fax: 'Re: Abdiaziz Warsame, DOB 8/30/41, fax results to (320) 555-0114 attn Dr. Hersi'",
    [("NAME", "Abdiaziz Warsame"), ("DATE", "8/30/41")],
    note="patient's name and DOB; the fax number is the referring doctor's office",
)

# 218
n(
    "en",
    "anonymous_story",
    "A grandfather came to our ED this week after three days of chest pain he'd kept secret because he didn't want to miss his granddaughter's graduation. He's recovering now. He asked us to tell other elders: the party can wait. Your heart can't.",
    "anonymous story",
)

# 219
p(
    "en",
    "birth_announcement",
    "Our first baby of the new year arrived at 12:04 am on 1/1 in St. Cloud! Congratulations to Fartun and Abdiqani Mohamed of Sauk Rapids on the birth of their son, Abdirahman, who weighed in at 8 lb 11 oz. He's their fifth child — and their first New Year's baby.",
    [
        ("DATE", "1/1"),
        ("NAME", "Fartun"),
        ("NAME", "Abdiqani Mohamed"),
        ("GEO", "Sauk Rapids"),
        ("NAME", "Abdirahman"),
        ("DATE", "New Year's"),
    ],
    note="birth date as number and holiday; St. Cloud is the hospital's city; parents' town",
)

# 220
n(
    "en",
    "research",
    "poster accepted at #AAP2025 🎉 our NICU team on outcomes for 240 babies born under 28 weeks to Somali & Hmong families, 2015–2024. no patient identifiers in the data.",
    "research",
)

# 221
p(
    "es",
    "crisis_update",
    "Actualización tormenta de nieve: la familia Tziquin, de St. Joseph, nos pide avisar que su abuelo Santos, de 90 años, está estable en nuestra unidad de cuidados intensivos y que no necesitan más donaciones de cobijas. ¡Gracias, comunidad!",
    [("NAME", "Tziquin"), ("GEO", "St. Joseph"), ("NAME", "Santos"), ("AGE", "90")],
    note="apellido de la familia, pueblo, nombre que es palabra, edad",
)

# 222
n(
    "en",
    "memorial",
    "Today we honor Nhia Lue Vang, our housekeeper for 27 years, who passed away on August 30 at age 90. Nhia Lue kept our birth center spotless and called every new dad 'tus txiv.' His family invites staff to the funeral in St. Paul.",
    "staff memorial: age and date not labelled",
)

# 223
p(
    "en",
    "patient_story",
    "update from halima: baby ikram is 3 weeks today, born the 9th, & finally off oxygen 🥹 mama says she's going home to waite park soon",
    [("NAME", "halima"), ("NAME", "ikram"), ("DATE", "9th"), ("GEO", "waite park")],
    note="lower-case names and town, birth as day of month",
)

# 224
n(
    "es",
    "health_tip",
    "Las mujeres embarazadas que trabajan en lecherías deben evitar el contacto con terneros recién nacidos y placentas (riesgo de brucelosis y fiebre Q). Habla con tu partera. 🐄",
    "consejo de salud",
)

# 225
p(
    "en",
    "thank_you",
    "A huge thank-you to Pastor James Gaye and New Hope Liberian Church for praying with the family of Josephine 'Jojo' Sackor every night during her 3 weeks in our PICU. Jojo turned 10 here on 9/9 and her mom Hawa says the cake was the best she's ever had.",
    [("NAME", "Josephine 'Jojo' Sackor"), ("NAME", "Jojo", "*"), ("DATE", "9/9"), ("NAME", "Hawa")],
    note="the pastor is not a relative; patient's name and nickname, birthday, mother",
)

# 226
n(
    "en",
    "campaign_hashtag",
    "#TeamMiigwech 🧡 thank you to the 412 staff who completed our Ojibwe & Dakota cultural humility training this year.",
    "a #Team hashtag on a word, not a name",
)

# 227
p(
    "en",
    "milestone_birthday",
    "Our oldest-ever patient to complete cardiac rehab: Mrs. Chia Vang, who turned 91 on 11-28 and finished her 36th session yesterday! Her son Dr. Kong Vang — yes, he's one of our own hospitalists — was not allowed to help. 😄",
    [("NAME", "Chia Vang"), ("AGE", "91"), ("DATE", "11-28"), ("NAME", "Kong Vang")],
    note="age and dashed birthday; a staff doctor introduced as the patient's son is labelled",
)

# 228
n(
    "en",
    "hospital_contact",
    "Our Frogtown Family Clinic has moved! Find us at 1212 Lexington Crossing, St. Paul, MN 55104, right by the Lexington Green Line stop. Same phone: (651) 555-0128.",
    "the clinic's address, ZIP and phone",
)

# 229
p(
    "en",
    "pasted_record",
    "Accidentally shared a screenshot of the ambulance radio log 🤦 'Unit 12 en route w/ Deeqa Farah 19F, callback 612.555.0120, from Eden Prairie, MVC on I-494'",
    [("NAME", "Deeqa Farah"), ("PHONE", "612.555.0120"), ("GEO", "Eden Prairie"), ("GEO", "I-494")],
    note="radio log: name, callback number, home town, road of the crash; the ambulance unit is not labelled",
)

# 230
n(
    "en",
    "eponymous_condition",
    "Down syndrome, Hodgkin lymphoma, Ewing sarcoma and Wilms tumor are all named after the doctors who described them — not after patients. Our pediatric oncology team sees children with all of them, and families from 40 counties.",
    "eponyms",
)

# 231
p(
    "es",
    "patient_story",
    "La familia Sic Tzunun busca a quien ayudó a su hijo Byron, de 14 años, cuando se cayó del techo del granero en Holdingford el 2 de noviembre. «Queremos darle las gracias en persona», dice su mamá Ana. Escríbanles a familiasictzunun@gmail.com o llamen al 320-555-0139.",
    [
        ("NAME", "Sic Tzunun"),
        ("NAME", "Byron"),
        ("GEO", "Holdingford"),
        ("DATE", "2 de noviembre"),
        ("NAME", "Ana"),
        ("EMAIL", "familiasictzunun@gmail.com"),
        ("PHONE", "320-555-0139"),
    ],
    note="apellidos, nombre, lugar y fecha del accidente, madre, correo y teléfono",
)

# 232
n(
    "es",
    "anonymous_story",
    "Un joven ordeñador llegó con la mano atrapada en la bomba de vacío. Hoy, gracias a nuestro equipo de cirugía de mano, puede volver a mover los dedos. Si trabajas con maquinaria, nunca quites las protecciones. 🙏",
    "historia anónima",
)

# 233
p(
    "en",
    "memorial",
    "our hearts are with the family of Liban Hassan, the 17-yr-old Tech High student we lost on 2.19. his teammates wore #LibanForever on their wrists at the section final.",
    [("NAME", "Liban Hassan"), ("DATE", "2.19"), ("NAME", "#LibanForever")],
    note="name, dotted date of death, hashtag; the school is not an identifier",
)

# 234
n(
    "en",
    "staff_spotlight",
    "Dr. Hawa Sirleaf, our new ob-gyn, was born in Monrovia, trained in Ibadan and Minneapolis, and has delivered 2,000+ babies. welcome!! 🇱🇷",
    "staff doctor's birthplace",
)

# 235
p(
    "en",
    "discharge",
    "Discharge photo 📸 for our longest-stay NICU grad of the year, Pa Kou Lee (MRN 30991276 was on the wristband — thank you Auntie Paj @paj_lee_cooks for pointing that out; we've blurred it!). Born at 24 weeks on 4/4, home 123 days later.",
    [
        ("PHOTO", "photo"),
        ("NAME", "Pa Kou Lee"),
        ("MRN", "30991276"),
        ("NAME", "Paj"),
        ("OTHER_ID", "@paj_lee_cooks"),
        ("DATE", "4/4"),
    ],
    note="photo of the patient, name, MRN, aunt's name and handle, birth date; 123 days is not an age",
)

# 236
n(
    "en",
    "birth_announcement",
    "Happy New Year from our Birth Center! 🎉 Our first baby of 2025 arrived at 12:31 a.m. — a healthy little girl. Her family has asked for privacy, so no names today, just a very tiny hat and a very big welcome. 🎀",
    "anonymous birth; no date element is written",
)

# 237
p(
    "en",
    "patient_story",
    "Abdirahman Ali — 'Coach A' to the Cedar-Riverside youth soccer league — was admitted on the 17th with a frostbitten foot after his car died on Highway 55 near Buffalo. This week he's coaching from a wheelchair. His wife Ifrah says the kids call the chair his 'VAR booth.' ⚽",
    [
        ("NAME", "Abdirahman Ali"),
        ("NAME", "A"),
        ("DATE", "17th"),
        ("GEO", "Highway 55"),
        ("GEO", "Buffalo"),
        ("NAME", "Ifrah"),
    ],
    note="name and initial nickname after 'Coach', admission day, road and town of the breakdown, wife; the league is not a place of residence",
)

# 238
n(
    "es",
    "discharge",
    "Hoy se fue a casa uno de nuestros pacientes más jóvenes de la unidad de quemados, después de 6 semanas. Sus enfermeras le hicieron un túnel de globos. ¡Qué orgullo! 🎈",
    "alta anónima",
)

# 239
p(
    "en",
    "crisis_update",
    "power's back at the St. Cloud campus ✅ generators held. and YES mrs. thao in rm 512, your soap opera is back on 📺",
    [("NAME", "thao"), ("OTHER_ID", "rm 512")],
    note="lower-case surname and room in a crisis update",
)

# 240
n(
    "en",
    "public_figure",
    "Clyde Bellecourt co-founded the American Indian Movement in Minneapolis in 1968. This Indigenous Peoples' Day, our Native health team honors his push for community clinics like the one on Franklin Avenue.",
    "historical figure; Indigenous Peoples' Day is not a patient's day",
)

if __name__ == "__main__":
    S.main("phi_dev74_source")
