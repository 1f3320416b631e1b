"""Blind development set d91 for the PHI scanner: tests/data/phi_dev91.jsonl.

Organisation: Bayfront Regional Medical Center (phi_dev91_org.json), a fictional
hospital in Chula Vista with an El Cajon Family Health Center and a San Ysidro Border
Clinic; its numbers, streets, ZIPs, domains and handles are never labelled.
Focus: the San Diego border region: Mexican and Mexican-American binational families
(Tijuana, Rosarito, Tecate home addresses, colonias, garitas), Filipino Navy families
(Lola, Lolo, Tita, Kuya, nicknames such as Jun-Jun, Bong, Baby, Dodong), Chaldean and
Iraqi families in El Cajon (teknonyms Um/Abu), sailors and Marines (ships, units,
bases, DoD ids, TRICARE), border-crossing crashes, surfing injuries, wildfires, Día de
los Muertos, Simbang Gabi, Akitu.
Hard cases: names that are words (Paz, Luz, Joy, Precious, Baby, Angel, Cherry) and
lower-case names; names only in hashtags; nicknames inside names; teknonyms;
initials; chart shorthand ages ("94F", "92a", "91yo"); ages as words
("one hundred", "nonagenarian", "centenaria"); dates as holidays (Akitu, Feast of the
Cross, Día de la Virgen de Guadalupe, noche del Grito, Simbang Gabi, Easter);
day-of-month alone; bed-board, census, trauma-bay and dialysis-chair codes; pasted
portal messages, e-mails, fax covers, run sheets, valuables logs, insurance OCR;
Mexican phone numbers, passports, BC plates and VINs; ships and units as employers;
nameless stories made patient-specific by one identifier (a date, an age over 89, a
crash site, a plate).
Hard negatives: staff, doctors, volunteers and retirees with the same names, kinship
terms and ages over 89 (a 93-year-old volunteer, a staff member's 100-year-old Lolo,
a staff ofrenda); donors and sponsor families; public and historical figures; eponyms
(Kawasaki, Chagas, Hirschsprung, Down, Guillain-Barré); event, feast and awareness
dates; population ages and places; crisis updates that name a crash site but no
patient; the hospital's phones, fax, addresses, ZIPs, e-mails and handles; IDs that
are not a patient's (IRB, lot, DOI, NPI, job, group numbers, example Medi-Cal number,
documentation IPs); commenters' handles not tied to a patient; ships at Fleet Week.
Language mix: 240 posts, 160 English and 80 Spanish; 120 patient-specific, 120 not
(English 80 / 80, Spanish 40 / 40).
Labelling decisions taken in this set (where the rules leave room):
- Kinship terms used as honorifics (Lola, Lolo, Tita, Tito, Kuya, Ate, Jiddo, Nana
  outside a quoted nickname, abuelita) are titles: not in the NAME span and not a name
  alone ("Lola Remedios" -> "Remedios"; "Lolo went home" -> nothing). A hashtag that
  contains the patient's name is one NAME span even with the kinship term in it
  ("#TeamLolaNenita"); kinship-only campaign hashtags (#LolaLoveWeek, #LolaStrong)
  are not names.
- The Filipino nickname "Baby" used as a person's name is NAME ("Tita Baby" ->
  "Baby"); "Baby" before a newborn's name stays a descriptor ("Baby Ximena").
- Teknonyms: in "Um Rami" / "Abu Yousif" the name is a relative's name and is NAME
  ("Rami"); "Um"/"Abu" are titles. A staff member's teknonym is not labelled.
- Military: the named ship or unit a patient or relative serves on is their employer
  and is NAME, span including "USS" ("USS Makin Island", "1/5 Marines"); a military
  branch (Navy, Marine Corps) is not. The base where the patient or relative is
  stationed or lives is GEO ("Camp Pendleton", "Naval Base Coronado", "NAS North
  Island"). Ranks and ratings are titles. DoD ID / EDIPI is OTHER_ID; TRICARE DBN,
  Medi-Cal BIC/CIN and Medicare MBI are HEALTH_PLAN; insurance group numbers are not
  labelled (they identify the employer's plan, not the member).
- The employer of a relative is labelled like the patient's ("Plásticos del
  Pacífico"); the employer's or relatives' city is GEO ("Otay Mesa", "Detroit",
  "Sydney"). A school is NAME when it is the patient's employer ("maestra de la
  primaria Loma Verde" -> "Loma Verde"), not when the patient is a student there
  ("Valhalla High junior", per the dev-set rule).
- The place of an individual patient's injury, crash or birth is GEO even when the
  patient is unnamed ("Black's Beach", "Garita de Otay", "the 805", "SY POE"); the site
  of a multi-casualty incident in a crisis update that singles out no patient is not
  ("the San Ysidro Port of Entry" with "7 patients").
- Foreign first-level subdivisions (Baja California, Jalisco, Sinaloa, Pampanga,
  Cavite) are treated as states: not GEO. Foreign cities, colonias, ejidos and zonas
  are GEO, with the generic word as written ("colonia Postal", "Col. Chapultepec",
  "ejido Jacumé", "Zona Norte"), like "calle Elm".
- Chart shorthand that glues age and sex or unit ("94F", "92a", "91yo") is one AGE
  token; "95 y/o" -> "95".
- Bed-board, census, trauma-bay and dialysis-chair codes tied to a patient are
  OTHER_ID as written ("4W-12", "T3", "401", "Chair 2", "Trauma Bay 2"); "cuarto 508"
  is a room keyword like "habitación". Operating-room slots ("Qx1") are hospital rooms
  and are not labelled.
- A trauma alias for an unidentified patient ("JUAN DOE 4") is OTHER_ID, not NAME.
- Named holidays and feast days are DATE when the patient's or relative's event fell
  on them ("Akitu", "Feast of the Cross", "Día de la Virgen de Guadalupe", "noche del
  Grito", "Easter", "Simbang Gabi", "Veterans Day"); holiday greetings are not date
  mentions even when the day coincides ("Merry Christmas", "Kha b'Nisan brikha",
  "¡Feliz Año Nuevo!" are left unlabelled, declared with ok= where the string repeats).
  "Simbang Gabi" naming the Masses themselves ("Simbang Gabi at the bedside") is not a
  date; it is one when it dates the event ("passed away on the morning of Simbang
  Gabi's first Mass, December 16" -> "Simbang Gabi" and "December 16").
- Dates in pasted system records of a patient's or relative's own action (portal
  sign-in "on 03/02", web-form "Submitted 9/23") are DATE; the form's submission
  number is OTHER_ID ("#44817" -> "44817"). A relative's wedding date is DATE ("said
  yes on August 30"). Scheduled appointments and surgeries are DATE ("cita el 3 de
  marzo", "surgery is confirmed for 12/3").
- Driver licence and passport numbers are LICENSE ("CA DL B7734219", "Pasaporte
  mexicano G28461937"); the last four digits of an SSN alone are SSN ("últimos 4 del
  SSN: 4417" -> "4417").
- A commenter's handle is OTHER_ID only when the post ties the commenter to a patient
  ("your father", "your abuela"); a thank-you to a handle that we will not confirm as
  a patient is not patient-specific.
- A patient who asked not to be named but is called "Mr. B" has the initial "B"
  labelled NAME.
- "nonagenarian", "nonagenaria", "centenarian", "centenaria" are AGE, as the rules say
  for the English/Spanish forms.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev91.jsonl"), os.path.join(HERE, "phi_dev91_org.json"), "d91")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    'When Petty Officer 2nd Class Reynaldo "Jun-Jun" Dizon came off the USS Makin Island '
    "with chest pain on March 14, nobody expected a 31-year-old to need a triple bypass. "
    "Six weeks later he's back home in Otay Ranch with his wife Maricel and their kids, and "
    "his Lola Remedios flew in from Pampanga to cook sinigang for the whole cardiac floor. "
    "Salamat po, Dizon family! #JunJunStrong",
    [
        ("NAME", 'Reynaldo "Jun-Jun" Dizon'),
        ("NAME", "USS Makin Island"),
        ("DATE", "March 14"),
        ("GEO", "Otay Ranch"),
        ("NAME", "Maricel"),
        ("NAME", "Remedios"),
        ("NAME", "Dizon", 2),
        ("NAME", "#JunJunStrong"),
    ],
    note="sailor's story: name, nickname, ship (employer), surgery date, neighbourhood, wife, grandmother, hashtag",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Maricel Santos-Bautista, RN, charge nurse on 4 West and the voice behind our "
    "Simbang Gabi choir. Born in Olongapo, she joined the Navy Nurse Corps at 22 and came to "
    "Bayfront in 2009. Ask her about her Lola's turon recipe — she'll call you anak and feed "
    "you twice. #BayfrontFamily",
    "staff spotlight: the name, birthplace and grandmother are the nurse's own",
)

# 3
p(
    "en",
    "pasted_record",
    "Great shift everyone!! 🙌 Board at 0700: 4W-12 MENDOZA, GUADALUPE 94F s/p ORIF L hip, "
    "4W-14 KASSAB, SARMAD 58M CHF exac, 4W-15 Villanueva, Bong 41M cellulitis — pls keep it up!",
    [
        ("OTHER_ID", "4W-12"),
        ("NAME", "MENDOZA, GUADALUPE"),
        ("AGE", "94F"),
        ("OTHER_ID", "4W-14"),
        ("NAME", "KASSAB, SARMAD"),
        ("OTHER_ID", "4W-15"),
        ("NAME", "Villanueva, Bong"),
    ],
    note="bed board pasted into a shift shout-out: bed codes, names, age 94 in chart shorthand",
)

# 4
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in U.S. kids, and San "
    "Diego has one of the oldest research programs on it. Fever 5+ days, red eyes, cracked "
    "lips, swollen hands? Call your pediatrician, or our ED at (619) 555-0111.",
    "eponymous condition and the hospital's ED number",
)

# 5
p(
    "en",
    "memorial",
    "With heavy hearts we say goodbye to Mariam Yono, who taught half of our 5 North nurses "
    "how to make kleicha. Mariam was 96 and had been coming to our El Cajon Family Health "
    "Center since it opened. She passed peacefully on Akitu, April 1, surrounded by her sons "
    "Fadi and Sabah and more grandchildren than the room could hold. Rest in peace, Um Fadi. 🕊️",
    [
        ("NAME", "Mariam Yono"),
        ("NAME", "Mariam", 2),
        ("AGE", "96"),
        ("DATE", "Akitu"),
        ("DATE", "April 1"),
        ("NAME", "Fadi", 1),
        ("NAME", "Sabah"),
        ("NAME", "Fadi", 2),
    ],
    note="memorial: name, age 96, death date as Akitu and April 1, sons, teknonym",
)

# 6
n(
    "en",
    "event",
    "Akitu is coming! Join us April 1 from 11am–2pm at our El Cajon Family Health Center for "
    "free blood pressure checks, Assyrian and Chaldean music, and dolma from Babylon Grill. "
    "Dr. Nadia Shamoun will answer diabetes questions in Arabic and Sureth.",
    "event date, hospital clinic, sponsor restaurant and a staff doctor",
)

# 7
p(
    "en",
    "patient_story",
    "Surf's up again for Kai Nakamura-Reyes! 🏄 On August 9 Kai, 16, hit the sandbar at "
    "Tourmaline and came to us with a neck fracture. Three surgeries and a halo later he "
    "paddled out at Imperial Beach this weekend with Dr. Hollis cheering from the sand. His "
    "mom Leilani says the halo selfies are going in the yearbook. 🎥 Video: Kai's first wave "
    "since the halo came off.",
    [
        ("NAME", "Kai Nakamura-Reyes"),
        ("DATE", "August 9"),
        ("NAME", "Kai", 2),
        ("GEO", "Tourmaline"),
        ("GEO", "Imperial Beach"),
        ("NAME", "Leilani"),
        ("PHOTO", "Video"),
        ("NAME", "Kai", 3),
    ],
    note="surfing injury: name, injury date and surf break, where he surfs, mother, attached video of him",
)

# 8
n(
    "en",
    "health_tip",
    "Rip currents at Imperial Beach, Coronado and Silver Strand pulled dozens of swimmers out "
    "this Labor Day weekend. Swim near a lifeguard tower, and if you're caught, swim parallel "
    "to shore. Our trauma team treated 14 surfing and bodyboarding injuries in August alone.",
    "beaches and a month tied to no patient; statistic",
)

# 9
p(
    "en",
    "pasted_record",
    "Pt: ABUNA, THERESA  DOB: 02/11/1958  MRN: 00481276  Rm 518-B  Attending: Dr. K. Haddad  "
    "Dx: NSTEMI — sorry wrong window, meant to paste our Heart Month schedule 😬",
    [
        ("NAME", "ABUNA, THERESA"),
        ("DATE", "02/11/1958"),
        ("MRN", "00481276"),
        ("OTHER_ID", "Rm 518-B"),
    ],
    note="chart header pasted by mistake",
)

# 10
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Call Billing at (619) 555-0155, Mon–Fri 8–5, or email "
    "billing@bayfrontregional.org. Never share your account number or date of birth in "
    "comments — we'll DM you. #BayfrontFamily",
    "hospital billing number and e-mail; no patient",
)

# 11
p(
    "en",
    "discharge",
    "@tita_lorna_b Hi Lorna, we're so sorry your mom's discharge felt rushed. Please don't "
    "post her room number or MRN here — we've removed your comment. Our Patient Experience "
    "team (619) 555-0122 will call you back at 619-555-0148 today.",
    [
        ("OTHER_ID", "@tita_lorna_b"),
        ("NAME", "Lorna"),
        ("PHONE", "619-555-0148"),
    ],
    note="reply to a patient's daughter: her handle, name and phone",
)

# 12
n(
    "en",
    "hospital_contact",
    "Thanks for the kind words, @navywife_sd! We'll pass them to the Labor & Delivery team. "
    "To protect privacy we never confirm whether someone is or was a patient here. For "
    "questions call (619) 555-0122.",
    "commenter's handle not tied to any patient; hospital number",
)

# 13
p(
    "en",
    "milestone_birthday",
    "Maligayang kaarawan, Lolo Ambrosio! 🎂 Ambrosio Manalang, a Navy steward who served on "
    "the USS Ranger, turned 101 in our Transitional Care Unit on September 28. His "
    "great-granddaughter Precious baked an ube cake big enough for 4 South. Pictured: Lolo "
    "with the cake and his favorite nurse, Joy.",
    [
        ("NAME", "Ambrosio", 1),
        ("NAME", "Ambrosio Manalang"),
        ("NAME", "USS Ranger"),
        ("AGE", "101"),
        ("DATE", "September 28"),
        ("NAME", "Precious"),
        ("PHOTO", "Pictured"),
    ],
    note="101st birthday: name, former ship, age, birthday, great-granddaughter, photo; the nurse is staff",
)

# 14
n(
    "en",
    "staff_spotlight",
    "Happy 100th to Lolo Fermin, grandfather of our respiratory therapist Jun Pascual! Lolo "
    "Fermin served 30 years as a Navy cook and still walks to Mass at St. Michael's in "
    "Paradise Hills every morning. The RT team sent a card signed by all 40 of us. 🎉",
    "a staff member's own grandfather, not a patient: age 100 and name not labelled",
)

# 15
p(
    "en",
    "pasted_record",
    "FW: discharge f/u — Hi team, pls call pt's daughter Nadia Jajou at nadia.jajou@gmail.com "
    "or (619) 555-0137 re: her father Sabri Jajou (MRN 00529314) — PT eval 10/14 cancelled. "
    "Thx, Rana\nOops, wrong tab. Happy Friday from 5 North!",
    [
        ("NAME", "Nadia Jajou"),
        ("EMAIL", "nadia.jajou@gmail.com"),
        ("PHONE", "(619) 555-0137"),
        ("NAME", "Sabri Jajou"),
        ("MRN", "00529314"),
        ("DATE", "10/14"),
    ],
    note="internal e-mail pasted: daughter's name, e-mail, phone; patient's name, MRN, appointment",
)

# 16
n(
    "en",
    "sponsor",
    "Thank you to the Kallabat family and Kallabat Brothers Market for sponsoring this year's "
    "Akitu health fair and for the new dialysis chairs in our El Cajon clinic. Your generosity "
    "since 1998 has helped thousands of neighbors. 💙",
    "donor family and business",
)

# 17
p(
    "en",
    "discharge",
    "Lance Cpl. Tyler Brandt is going home! Tyler was airlifted from Camp Pendleton after a "
    "rollover during a training exercise on June 3. After 41 days, two surgeries and a lot of "
    "Uncrustables, he walked out today with his fiancée Kayla. Semper Fi, Tyler! #BrandtStrong",
    [
        ("NAME", "Tyler Brandt"),
        ("NAME", "Tyler", 2),
        ("GEO", "Camp Pendleton"),
        ("DATE", "June 3"),
        ("NAME", "Kayla"),
        ("NAME", "Tyler", 3),
        ("NAME", "#BrandtStrong"),
    ],
    note="Marine's discharge: name, base and crash site, injury date, fiancée, hashtag",
)

# 18
n(
    "en",
    "anonymous_story",
    "Last night our trauma team received a young Marine injured in a training accident. "
    "Because of the quick work of corpsmen in the field and the Mercy Air crew, he's stable "
    "this morning. We can't share more, but to every corpsman out there: you saved a life.",
    "nameless Marine; 'last night' is relative; no place, date or age over 89",
)

# 19
p(
    "en",
    "birth_announcement",
    "She couldn't wait for the line! 👶 Baby Ximena Ochoa Ruelas arrived at 6:12 a.m. on "
    "November 2 — Día de los Muertos — in the back seat of her parents' Honda at the San "
    "Ysidro crossing, with a CBP officer and our EMS crew catching. Mom Alondra and dad Iván, "
    "from Colonia Libertad in Tijuana, say Ximena is 'su calaverita más bonita.' 💀🌼",
    [
        ("NAME", "Ximena Ochoa Ruelas"),
        ("DATE", "November 2"),
        ("DATE", "Día de los Muertos"),
        ("GEO", "San Ysidro"),
        ("NAME", "Alondra"),
        ("NAME", "Iván"),
        ("GEO", "Colonia Libertad"),
        ("GEO", "Tijuana"),
        ("NAME", "Ximena", 2),
    ],
    note="birth at the border: name, birth date twice, birth place, parents, home colonia and city",
)

# 20
n(
    "en",
    "crisis_update",
    "UPDATE 4:30 p.m.: Bayfront received 7 patients from this morning's multi-vehicle crash in "
    "the northbound lanes at the San Ysidro Port of Entry. Two are in critical condition. "
    "Families looking for loved ones should call (619) 555-0100 — we cannot release names or "
    "conditions on social media.",
    "multi-casualty crisis update: incident site singles out no patient; hospital number",
)

# 21
p(
    "en",
    "patient_story",
    "When the Border 2 fire jumped Highway 94 on the night of July 23, Delfina Arriaga, 92, "
    "refused to leave Dulzura without her goats. Her grandson Mateo carried her out — and the "
    "goats rode in the truck. She spent a week with us for smoke inhalation and burns on her "
    "hands, and went home to her daughter's place in Jamul on Friday. Delfina, you are the "
    "toughest 92-year-old we know. 🔥🐐",
    [
        ("DATE", "July 23"),
        ("NAME", "Delfina Arriaga"),
        ("AGE", "92", 1),
        ("GEO", "Dulzura"),
        ("NAME", "Mateo"),
        ("GEO", "Jamul"),
        ("NAME", "Delfina", 2),
        ("AGE", "92-year-old"),
    ],
    note="wildfire story: name, age 92 twice, date, home town, grandson, daughter's town",
)

# 22
n(
    "en",
    "statistic",
    "Heat wave alert: last September, 38% of the heat-illness patients we treated were adults "
    "over 90 living alone in El Cajon, Santee and Lemon Grove. Check on your older neighbors. "
    "Cooling centers: sandiegocounty.gov/cool.",
    "population ages and towns; county URL",
)

# 23
p(
    "en",
    "pasted_record",
    "[MyBayfront message] From: jdelarosa88 | To: Cardiology Pool | Re: my dad Jesús de la "
    "Rosa, DOB 7/19/1949 — his pacemaker (Medtronic SN PJN418822S) keeps beeping at night. Can "
    "someone call me at (858) 555-0171? — Jenny\n^ pasted into our team channel by mistake, "
    "please delete",
    [
        ("OTHER_ID", "jdelarosa88"),
        ("NAME", "Jesús de la Rosa"),
        ("DATE", "7/19/1949"),
        ("DEVICE", "PJN418822S"),
        ("PHONE", "(858) 555-0171"),
        ("NAME", "Jenny"),
    ],
    note="portal message: user name, patient's name, DOB, pacemaker serial, daughter's phone and name",
)

# 24
n(
    "en",
    "research",
    "New from our Pediatric Cardiology team: in a study of 412 children treated for Kawasaki "
    "disease at Bayfront between 2015 and 2023, those who got IVIG by day 7 of fever had 60% "
    "fewer coronary aneurysms. Read it in the Journal of Pediatrics (DOI "
    "10.1016/j.jpeds.2025.01.044).",
    "research summary: counts, years and a DOI, no patient",
)

# 25
p(
    "en",
    "thank_you",
    "A thank-you note that made our ICU cry: 'To the nurses who cared for my husband Nabil Kizy "
    "in Room 7 — you prayed with us in Sureth and you learned to say shlama. He came home to "
    "Rancho San Diego on the Feast of the Cross. God bless you. — Samira.' 💙",
    [
        ("NAME", "Nabil Kizy"),
        ("OTHER_ID", "Room 7"),
        ("GEO", "Rancho San Diego"),
        ("DATE", "Feast of the Cross"),
        ("NAME", "Samira"),
    ],
    note="wife's note: patient's name, room, home community, discharge on a feast day, her name",
)

# 26
n(
    "en",
    "public_figure",
    "Tony Gwynn spent 20 seasons making San Diego proud — and after his death from salivary "
    "gland cancer in 2014, his family became fierce advocates against smokeless tobacco. This "
    "Through With Chew Week (Feb. 16–22), talk to us about quitting: (619) 555-0100 or "
    "1-800-QUIT-NOW.",
    "public figure; awareness week; hospital and national quit lines",
)

# 27
p(
    "en",
    "patient_story",
    "Simbang Gabi at the bedside 🕯️ Tita Luz Cabrera, 93, has not missed a dawn Mass in 70 "
    "years — so when her hip fracture landed her in room 614 on December 16, Fr. Arnel brought "
    "all nine nights to her. Her nephew Kuya Bong and the Cabrera grandkids led the 'Ang Pasko "
    "Ay Sumapit' carol from the hallway. Maligayang Pasko, Tita Luz!",
    [
        ("NAME", "Luz Cabrera"),
        ("AGE", "93"),
        ("OTHER_ID", "room 614"),
        ("DATE", "December 16"),
        ("NAME", "Bong"),
        ("NAME", "Cabrera", 2),
        ("NAME", "Luz", 2),
    ],
    note="patient story: name (a word), age 93, room, admission date, nephew, family surname; the chaplain is staff",
)

# 28
n(
    "en",
    "event",
    "Simbang Gabi 2025 at Bayfront: nine dawn Masses in the Chapel of Our Lady of Antipolo, "
    "December 16–24 at 5:30 a.m., followed by bibingka and puto bumbong from our Filipino "
    "Nurses Association. Patients' families welcome. Parking: 1850 Bayfront Parkway, Chula "
    "Vista.",
    "hospital event dates and the hospital's own address",
)

# 29
p(
    "en",
    "milestone_birthday",
    'Our oldest great-great-grandma? Doña Refugio "Cuca" Salcido turned one hundred on '
    "Saturday in our Skilled Nursing unit, with mariachi, 4 generations and a tres leches from "
    "her granddaughter Yesenia's bakery in Chula Vista. ¡Felicidades, Cuca!",
    [
        ("NAME", 'Refugio "Cuca" Salcido'),
        ("AGE", "one hundred"),
        ("NAME", "Yesenia"),
        ("GEO", "Chula Vista"),
        ("NAME", "Cuca", 2),
    ],
    note="100th birthday: name with nickname, age in words, granddaughter and her business's city",
)

# 30
n(
    "en",
    "anonymous_story",
    "Our oldest cardiac rehab graduate this year? A great-grandmother in her late 80s who "
    "walked out on her own two feet, blowing kisses. She asked us not to share her name, so "
    "we won't — but we'll share her advice: 'Dance at every wedding.'",
    "nameless patient; age under 90; no date or place",
)

# 31
p(
    "en",
    "pasted_record",
    "ED tracking 2215 — T3 UNKNOWN HISPANIC MALE 'JUAN DOE 4' MVC SY POE, T4 Paulino Estrada "
    "33M, T7 Guerrero-Lim, Angel 19M surf inj — lol who left the tracker open on the social "
    "laptop",
    [
        ("OTHER_ID", "T3"),
        ("OTHER_ID", "JUAN DOE 4"),
        ("GEO", "SY POE"),
        ("OTHER_ID", "T4"),
        ("NAME", "Paulino Estrada"),
        ("OTHER_ID", "T7"),
        ("NAME", "Guerrero-Lim, Angel"),
    ],
    note="ED tracking board: trauma bays, trauma alias, crash site, names",
)

# 32
n(
    "en",
    "recruitment",
    "Now hiring: bilingual (English/Spanish or English/Arabic) RNs for our El Cajon and San "
    "Ysidro clinics. $10,000 sign-on bonus, tuition help, and Navy/Marine spouse priority "
    "hiring. Apply at bayfrontregional.org/careers or email careers@bayfrontregional.org. "
    "Req #24-0719.",
    "recruitment with the hospital's URL, e-mail and a requisition number",
)

# 33
p(
    "en",
    "memorial",
    "Our Pediatric Oncology ofrenda is up 🌼 With their families' blessing we are honoring the "
    "children we lost this year: Santiago 'Santi' Reyes Villa, who loved the Xolos; Amira Toma, "
    "who drew us a new butterfly every Tuesday; and Nathaniel 'Nate' Ocampo, our forever Lego "
    "engineer. Come add a marigold by the 3rd floor elevators through November 2.",
    [
        ("NAME", "Santiago 'Santi' Reyes Villa"),
        ("NAME", "Amira Toma"),
        ("NAME", "Nathaniel 'Nate' Ocampo"),
    ],
    note="ofrenda naming deceased patients; November 2 is the display's end date, not theirs",
)

# 34
n(
    "en",
    "event",
    "Día de los Muertos at Bayfront: our staff ofrenda in the main lobby honors colleagues we "
    "lost this year — ED tech Rubén Ayala, environmental services lead Concepción 'Conchita' "
    "Bernal and Dr. Walter Imbriani. Pan de muerto and champurrado in the lobby November 1–2. "
    "🌼💀",
    "staff memorial names and event dates",
)

# 35
p(
    "en",
    "discharge",
    "From the family of Aviation Boatswain's Mate Airman Rodel Tuazon: 'Thank you Bayfront burn "
    "unit for getting Rodel home after the flight deck fire on the USS Tripoli. If any of his "
    "shipmates want to send cards, write to rodel.tuazon.fam@yahoo.com.' Welcome home, Rodel! ⚓",
    [
        ("NAME", "Rodel Tuazon"),
        ("NAME", "Rodel", 2),
        ("NAME", "USS Tripoli"),
        ("EMAIL", "rodel.tuazon.fam@yahoo.com"),
        ("NAME", "Rodel", 3),
    ],
    note="sailor's discharge: name, ship, family e-mail",
)

# 36
n(
    "en",
    "hospital_contact",
    "Need your records sent to your VA or TRICARE doctor? Fill out the release at "
    "mybayfront.org/records and fax it to Medical Records at (619) 555-0166, or drop it off at "
    "675 Fletcher Hills Drive, El Cajon. Processing takes 5–7 business days.",
    "hospital portal, fax and address",
)

# 37
p(
    "en",
    "patient_story",
    "Sarkis 'Sako' Hanna has run the register at his family's Sun Valley Liquor on Main Street "
    "in El Cajon for 40 years. On May 9 a robbery left him with a gunshot wound to the abdomen. "
    "Today — 3 surgeries later — he told our trauma team he's going back to work 'because who "
    "else will remember everyone's Lotto numbers?' His daughter Rita says #SakoStrong.",
    [
        ("NAME", "Sarkis 'Sako' Hanna"),
        ("NAME", "Sun Valley Liquor"),
        ("GEO", "Main Street"),
        ("GEO", "El Cajon"),
        ("DATE", "May 9"),
        ("NAME", "Rita"),
        ("NAME", "#SakoStrong"),
    ],
    note="name, employer and its street and city, injury date, daughter, hashtag",
)

# 38
n(
    "en",
    "eponymous_condition",
    "Hirschsprung disease, Down syndrome and Wilms tumor: three conditions named for the "
    "doctors who described them, and three our pediatric surgeons see every month. This Rare "
    "Disease Day (Feb 28), meet Dr. Laila Sesi, who leads our Hirschsprung clinic.",
    "eponyms, awareness day, staff doctor",
)

# 39
p(
    "en",
    "pasted_record",
    "CHP report attached to chart: Driver PEREZ LOZANO, HECTOR, CA DL B7734219, veh 2014 Ford "
    "F-150 plate 8XKW552, struck at Otay Mesa Rd & Heritage Rd 09/02 approx 0540. Pt to "
    "Trauma Bay 2. — pls delete, drafted in the wrong app",
    [
        ("NAME", "PEREZ LOZANO, HECTOR"),
        ("LICENSE", "B7734219"),
        ("VEHICLE", "8XKW552"),
        ("GEO", "Otay Mesa Rd"),
        ("GEO", "Heritage Rd"),
        ("DATE", "09/02"),
        ("OTHER_ID", "Trauma Bay 2"),
    ],
    note="crash report: name, licence, plate, crash roads, date, trauma bay",
)

# 40
n(
    "en",
    "campaign_hashtag",
    "From Tijuana to Temecula, from Pendleton to El Cajon: #BayfrontStrong is 4,200 nurses, "
    "techs, docs and volunteers. Share your story with #OrgulloBayfront and tag "
    "@BayfrontRegional. 💙",
    "campaign hashtags, place names of the service area, the hospital's handle",
)

# 41
p(
    "es",
    "patient_story",
    "Don Aurelio Castañeda Ibarra, de 91 años, cruzaba todos los días de Tijuana a San Ysidro "
    "para vender tamales en la Calle Beyer. El 17 de febrero un auto lo atropelló en la fila "
    "peatonal de El Chaparral. Hoy, tras 5 semanas con nosotros, regresa a su casa en la "
    "colonia Postal con su hija Guadalupe. ¡Fuerza, don Aurelio! #FuerzaAurelio",
    [
        ("NAME", "Aurelio Castañeda Ibarra"),
        ("AGE", "91"),
        ("GEO", "Tijuana"),
        ("GEO", "San Ysidro"),
        ("GEO", "Calle Beyer"),
        ("DATE", "17 de febrero"),
        ("GEO", "El Chaparral"),
        ("GEO", "colonia Postal"),
        ("NAME", "Guadalupe"),
        ("NAME", "Aurelio", 2),
        ("NAME", "#FuerzaAurelio"),
    ],
    note="nombre, edad 91, ciudad, lugar de trabajo, fecha y lugar del atropello, colonia, hija, hashtag",
)

# 42
n(
    "es",
    "health_tip",
    "¿Cruzas la frontera a pie todos los días? Con el calor de agosto, la espera en la fila "
    "peatonal de San Ysidro puede superar 2 horas. Lleva agua, gorra y tus medicamentos. Si te "
    "sientes mareado, avisa a un oficial. Nuestra clínica en San Ysidro atiende sin cita: "
    "(619) 555-0199.",
    "consejo general; lugares sin paciente; teléfono de la clínica",
)

# 43
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Itzel Yaretzi! 💕 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a "
    "las 3:40 a.m., pesando 3.2 kg. Sus papás, Brenda Lizárraga y Omar Félix, de Chula Vista, "
    "ya le dicen 'Lupita'. Foto: Itzel con su primer vestido de guadalupana, compartida con "
    "permiso de la familia.",
    [
        ("NAME", "Itzel Yaretzi"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Brenda Lizárraga"),
        ("NAME", "Omar Félix"),
        ("GEO", "Chula Vista"),
        ("NAME", "Lupita"),
        ("PHOTO", "Foto"),
        ("NAME", "Itzel", 2),
    ],
    note="nacimiento: nombre, fecha dos veces, padres, ciudad, apodo, foto de la bebé",
)

# 44
n(
    "es",
    "event",
    "Este 12 de diciembre celebramos a la Virgen de Guadalupe con mañanitas a las 6 a.m. en la "
    "capilla y chocolate para pacientes y familias. Dirige el coro la enfermera Guadalupe "
    "'Lupita' Arce, de nuestro piso de Maternidad. ¡Todos bienvenidos!",
    "fecha de un evento; la enfermera es personal",
)

# 45
p(
    "es",
    "pasted_record",
    "Mensaje del portal — De: Rosa Elena Beltrán <rosaelena.beltran@hotmail.com> Asunto: cita "
    "de mi mamá. Buenas tardes, mi mamá Herminia Beltrán (expediente 00617730) tiene cita el 3 "
    "de marzo pero vive en Tijuana, Av. Internacional 1520, Zona Centro. ¿Pueden llamarme al "
    "+52 664 555 0142? Gracias.",
    [
        ("NAME", "Rosa Elena Beltrán"),
        ("EMAIL", "rosaelena.beltran@hotmail.com"),
        ("NAME", "Herminia Beltrán"),
        ("MRN", "00617730"),
        ("DATE", "3 de marzo"),
        ("GEO", "Tijuana"),
        ("GEO", "Av. Internacional 1520"),
        ("GEO", "Zona Centro"),
        ("PHONE", "+52 664 555 0142"),
    ],
    note="mensaje del portal pegado: hija, correo, paciente, expediente, cita, domicilio en Tijuana, teléfono",
)

# 46
n(
    "es",
    "statistic",
    "En 2024 atendimos a 18,400 pacientes de Baja California en nuestras clínicas de San Ysidro "
    "y Chula Vista. El 22% tenía más de 65 años y 1,100 tenían más de 90. Gracias por confiar "
    "en nosotros, Tijuana. 🇲🇽🇺🇸",
    "estadística: edades y lugares de una población",
)

# 47
p(
    "es",
    "memorial",
    "Con profundo cariño despedimos a doña Paz Gallardo, de 98 años, paciente de nuestra "
    "clínica de diálisis durante 12 años. Falleció en paz el 2 de noviembre, Día de Muertos, "
    "como ella quería. Sus nietos Kevin y Daniela pusieron su retrato en la ofrenda de la "
    "unidad. Descanse en paz, doña Paz. 🕯️",
    [
        ("NAME", "Paz Gallardo"),
        ("AGE", "98"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("NAME", "Kevin"),
        ("NAME", "Daniela"),
        ("NAME", "Paz", 2),
    ],
    note="memorial: nombre que es palabra (Paz / en paz), edad 98, fecha dos veces, nietos",
)

# 48
n(
    "es",
    "public_figure",
    "El excampeón mundial tijuanense Rafael 'El Tiburón' Medina visitó hoy a los niños de "
    "Pediatría y firmó guantes para todos. ¡Gracias, campeón! 🥊",
    "figura pública que visita; ningún paciente nombrado",
)

# 49
p(
    "es",
    "discharge",
    "Después de 19 días en la Unidad de Quemados, Emiliano Quintero, bombero voluntario de "
    "Tecate, regresa a casa. Emiliano se quemó las manos el 28 de septiembre rescatando a sus "
    "vecinos del incendio en el ejido Jacumé. Su esposa Araceli nos pidió compartir: 'Gracias "
    "por devolvérmelo.' 🔥🚒",
    [
        ("NAME", "Emiliano Quintero"),
        ("GEO", "Tecate"),
        ("NAME", "Emiliano", 2),
        ("DATE", "28 de septiembre"),
        ("GEO", "ejido Jacumé"),
        ("NAME", "Araceli"),
    ],
    note="alta: nombre, ciudad, fecha y lugar de la lesión, esposa",
)

# 50
n(
    "es",
    "crisis_update",
    "AVISO: Por el incendio en Jamul y Dulzura, nuestra clínica de El Cajon recibe a evacuados "
    "con problemas respiratorios hasta las 10 p.m. Si tienes asma o EPOC, ten listos tus "
    "medicamentos. Información en español: (619) 555-0144.",
    "aviso de crisis: lugares del incendio, sin paciente; línea del hospital",
)

# 51
p(
    "es",
    "thank_you",
    "Mensaje de la familia Robles Anaya: 'A todo el equipo de la UCI Neonatal: gracias por "
    "cuidar a nuestros gemelos Mateo y Matías durante 67 días. Llegaron el 4 de julio con 29 "
    "semanas y hoy ya pesan más de 2 kilos. Gracias especiales a la enfermera Maricel, que les "
    "cantaba en tagalo.' 💙💙",
    [
        ("NAME", "Robles Anaya"),
        ("NAME", "Mateo"),
        ("NAME", "Matías"),
        ("DATE", "4 de julio"),
    ],
    note="agradecimiento: apellidos de la familia, gemelos, fecha de nacimiento; la enfermera es personal",
)

# 52
n(
    "es",
    "staff_spotlight",
    "Conoce a la Dra. Yareli Montaño, neonatóloga, nacida en Mexicali y egresada de la UABC. "
    "Lleva 15 años en nuestra UCI Neonatal y habla con los papás en español, inglés y un "
    "poquito de tagalo. Su consejo: 'Canten a sus bebés.' #OrgulloBayfront",
    "personal: nombre y lugar de nacimiento de la doctora",
)

# 53
p(
    "es",
    "pasted_record",
    "Ingreso 14/08 — Nombre: VALENZUELA ROMO, MARÍA DE LOURDES. Fecha de nac.: 22/01/1988. "
    "Exp.: 00734105. Domicilio: Calle Río Sonora 2231, Col. Chapultepec, Tijuana, B.C. Seguro: "
    "Medi-Cal BIC 91734428G. Cama 9.  (perdón, no era para Facebook)",
    [
        ("DATE", "14/08"),
        ("NAME", "VALENZUELA ROMO, MARÍA DE LOURDES"),
        ("DATE", "22/01/1988"),
        ("MRN", "00734105"),
        ("GEO", "Calle Río Sonora 2231"),
        ("GEO", "Col. Chapultepec"),
        ("GEO", "Tijuana"),
        ("HEALTH_PLAN", "91734428G"),
        ("OTHER_ID", "Cama 9"),
    ],
    note="hoja de ingreso pegada",
)

# 54
n(
    "es",
    "sponsor",
    "Gracias a Farmacias del Pueblo y a la Fundación Familia Shamoun por donar 500 mochilas con "
    "útiles escolares para los hijos de nuestros pacientes. Entrega el sábado 9 de agosto en la "
    "clínica de San Ysidro, 3120 Calle Frontera.",
    "patrocinadores, fecha de evento y dirección del hospital",
)

# 55
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 104, doña Socorro! 🎉 Socorro Villaseñor vino de Jalisco de joven y "
    "celebró su cumpleaños el 15 de mayo, Día del Maestro — ella fue maestra rural 30 años — en "
    "nuestro piso de Rehabilitación. Su bisnieta Karla le llevó mariachi.",
    [
        ("AGE", "104"),
        ("NAME", "Socorro", 1),
        ("NAME", "Socorro Villaseñor"),
        ("DATE", "15 de mayo"),
        ("DATE", "Día del Maestro"),
        ("NAME", "Karla"),
    ],
    note="cumpleaños 104: nombre (palabra), fecha dos veces, bisnieta",
)

# 56
n(
    "es",
    "eponymous_condition",
    "¿Sabías que la enfermedad de Chagas se transmite por la chinche besucona y es común en "
    "México y Centroamérica? Muchas personas no tienen síntomas por años. Si naciste en zona "
    "rural, pregunta por la prueba gratuita en nuestra clínica de San Ysidro. Lleva tu "
    "identificación; no necesitas seguro.",
    "enfermedad epónima, consejo general",
)

# 57
p(
    "es",
    "patient_story",
    "@lupita.ortega.tj Hola Lupita, lamentamos mucho lo de tu papá, el Sr. Ramón Ortega. Por "
    "su privacidad borramos tu comentario con su número de habitación. Una enfermera de la "
    "Línea en español (619) 555-0144 te llamará hoy al 664 555 0119.",
    [
        ("OTHER_ID", "@lupita.ortega.tj"),
        ("NAME", "Lupita"),
        ("NAME", "Ramón Ortega"),
        ("PHONE", "664 555 0119"),
    ],
    note="respuesta a la hija de un paciente: su usuario, nombre, el paciente, su teléfono",
)

# 58
n(
    "es",
    "recruitment",
    "¿Eres enfermera titulada en México? Nuestro programa Puente RN te ayuda a revalidar tu "
    "título y presentar el NCLEX. Sesión informativa el 20 de marzo a las 6 p.m. Escribe a "
    "puente@bayfrontregional.org o llama al (619) 555-0100.",
    "reclutamiento: fecha de evento, correo y teléfono del hospital",
)

# 59
p(
    "es",
    "patient_story",
    "Sofía Paredes, surfista de 14 años de Rosarito, se golpeó con su tabla en Playas de "
    "Tijuana el 6 de abril. Hoy, con 22 puntadas y mucha actitud, volvió al agua. Su papá "
    "Gerardo grabó el momento. ¡Eres una guerrera, Sofi! #FuerzaSofi",
    [
        ("NAME", "Sofía Paredes"),
        ("GEO", "Rosarito"),
        ("GEO", "Playas de Tijuana"),
        ("DATE", "6 de abril"),
        ("NAME", "Gerardo"),
        ("NAME", "Sofi"),
        ("NAME", "#FuerzaSofi"),
    ],
    note="surfista: nombre, ciudad, lugar y fecha de la lesión, papá, apodo, hashtag",
)

# 60
n(
    "es",
    "anonymous_story",
    "Hace una semana llegó a Urgencias una bebé de 3 días con ictericia. Su mamá cruzó la "
    "frontera caminando con ella en brazos. Hoy la bebé está sana y en casa. No compartimos su "
    "nombre, pero sí el mensaje de su mamá: 'No tengan miedo de venir.'",
    "historia anónima: sin nombre, fecha, lugar ni edad mayor de 89",
)

# 61
p(
    "en",
    "pasted_record",
    "handoff 1900: bed 22 — NGUYEN-TOMA, ELIAS (MRN 00558120, SSN 611-48-3927) intubated post "
    "cardiac arrest, collapsed at work (Shoreline Fitness, Broadway). Wife Hana at bedside "
    "(cell 619.555.0152). Pls update her q4h.",
    [
        ("OTHER_ID", "bed 22"),
        ("NAME", "NGUYEN-TOMA, ELIAS"),
        ("MRN", "00558120"),
        ("SSN", "611-48-3927"),
        ("NAME", "Shoreline Fitness"),
        ("GEO", "Broadway"),
        ("NAME", "Hana"),
        ("PHONE", "619.555.0152"),
    ],
    note="ICU handoff: bed, name, MRN, SSN, employer and its street, wife and her phone",
)

# 62
n(
    "en",
    "health_tip",
    "Know your numbers: BP under 130/80, A1c under 7, LDL under 100. Chaldean and Assyrian "
    "adults in East County have some of the highest diabetes rates in San Diego County. Free "
    "screenings every 1st Tuesday at 675 Fletcher Hills Drive, El Cajon. Call (619) 555-0188.",
    "numbers that are targets; population; hospital address and phone",
)

# 63
p(
    "en",
    "patient_story",
    "Um Rami has been making dolma for our dialysis unit every Thursday for six years. This "
    "week it was our turn: Warina Qasha, 95, born in Telkaif, celebrated her 1,000th dialysis "
    "session with us and her son Rami, who drives her in from Rancho San Diego three times a "
    "week. Mabrook, Um Rami! 🎉",
    [
        ("NAME", "Rami", 1),
        ("NAME", "Warina Qasha"),
        ("AGE", "95"),
        ("GEO", "Telkaif"),
        ("NAME", "Rami", 2),
        ("GEO", "Rancho San Diego"),
        ("NAME", "Rami", 3),
    ],
    note="teknonym with the son's name, patient name, age 95, birthplace, son, home community",
)

# 64
n(
    "en",
    "staff_spotlight",
    "Abu Mina — that's what all of East County calls our pharmacist Fadi Jarjees. Fadi moved "
    "to El Cajon from Baghdad in 2008, learned English at Grossmont College, and this month "
    "celebrates 10 years at Bayfront. His son Mina is now one of our pharmacy interns!",
    "staff member's teknonym, town and son: staff, not a patient",
)

# 65
p(
    "en",
    "birth_announcement",
    "Our first Christmas baby! 🎄 Noel Andrei Pangilinan was born at 12:04 a.m. on December 25 "
    "to Navy Lt. Cmdr. Katrina Pangilinan and her husband Ramil, stationed at Naval Base "
    "Coronado. Big brother Jun-Jun (4) says Noel is 'the best present ever.' Merry Christmas "
    "from our Birth Center!",
    [
        ("DATE", "Christmas", 1),
        ("NAME", "Noel Andrei Pangilinan"),
        ("DATE", "December 25"),
        ("NAME", "Katrina Pangilinan"),
        ("NAME", "Ramil"),
        ("GEO", "Naval Base Coronado"),
        ("NAME", "Jun-Jun"),
        ("NAME", "Noel", 2),
    ],
    note="Christmas birth: date twice, baby, parents, base, brother; 'Merry Christmas' is a greeting",
    ok=("Christmas",),
)

# 66
n(
    "en",
    "event",
    "Christmas at Bayfront: Santa (aka Chief Petty Officer Ret. Dennis Alcaraz, our volunteer "
    "of 15 years) visits Pediatrics on December 24 at 10 a.m., and the Navy Band Southwest brass "
    "quintet plays the lobby on December 23. Parol-making for families on 4 South all week.",
    "event dates; the volunteer is not a patient",
)

# 67
p(
    "en",
    "pasted_record",
    "Subject: RE: payment plan — Hi Mr. Kakos, your account 4410-2287-19 for your wife Ban "
    "Kakos's stay (admit 01/06, discharge 01/11) has been set to $85/month. Questions: "
    "billing@bayfrontregional.org. — Bayfront Patient Financial Services   [drafted in "
    "Hootsuite by mistake]",
    [
        ("NAME", "Kakos", 1),
        ("ACCOUNT", "4410-2287-19"),
        ("NAME", "Ban Kakos"),
        ("DATE", "01/06"),
        ("DATE", "01/11"),
    ],
    note="billing e-mail: husband's surname, account, patient's name, admission and discharge dates",
)

# 68
n(
    "en",
    "hospital_contact",
    "Lost & found 🧳: a blue rosary, a Padres cap and a set of car keys with a Tijuana Xolos "
    "keychain were turned in at our ED. Call Security at (619) 555-0100 ext. 4417 to claim "
    "them. Items are held 30 days.",
    "objects only; hospital number and extension",
)

# 69
p(
    "en",
    "discharge",
    "Cpl. Dominic 'Dom' Ferraro's motorcycle went down on the 805 near Palomar Street on "
    "October 11. Fourteen days, a rod in his femur and one very strict physical therapist "
    "later, Dom is going back to his barracks in Camp Pendleton's San Mateo area. His mom Gina "
    "drove from Ohio for the whole stay. Ride safe, Dom — and wear the jacket. 🏍️",
    [
        ("NAME", "Dominic 'Dom' Ferraro"),
        ("GEO", "805"),
        ("GEO", "Palomar Street"),
        ("DATE", "October 11"),
        ("NAME", "Dom", 2),
        ("GEO", "Camp Pendleton"),
        ("GEO", "San Mateo"),
        ("NAME", "Gina"),
        ("NAME", "Dom", 3),
    ],
    note="Marine's crash: name, crash road, date, base and area, mother",
)

# 70
n(
    "en",
    "public_figure",
    "On July 16, 1769, Father Junípero Serra founded Mission San Diego de Alcalá — the first of "
    "21 California missions. Our chaplains lead a history walk to the Mission on July 16; sign "
    "up with Spiritual Care at ext. 2210.",
    "historical figure's date and an event date",
)

# 71
p(
    "en",
    "thank_you",
    "Shoutout from 3 East to the Macaraeg family, who brought lumpia for every shift during "
    "Lolo Pacifico's 3-week stay. Lolo went home to National City on Sunday and already texted "
    "us (in ALL CAPS) 'SALAMAT MGA ANAK!!!' 🥟 #MacaraegFamily",
    [
        ("NAME", "Macaraeg"),
        ("NAME", "Pacifico"),
        ("GEO", "National City"),
        ("NAME", "#MacaraegFamily"),
    ],
    note="family surname, patient's first name after the kinship title, home city, family hashtag",
)

# 72
n(
    "en",
    "campaign_hashtag",
    "#LolaLoveWeek is here! 💛 All week we're celebrating the lolas and lolos, abuelas and "
    "abuelos, jiddos and nanas who raise San Diego. Post a picture of YOUR grandparent with "
    "#LolaLoveWeek and tag @BayfrontRegional — we'll feature our favorites (with permission!).",
    "campaign hashtag with a kinship term; no patient",
)

# 73
p(
    "en",
    "pasted_record",
    "MyBayfront security alert — user: sgarcia_tj2019 (patient: Garcia Soto, Sebastián, DOB "
    "09/30/2011) signed in from IP 187.190.44.213 (Tijuana, BC) on 03/02 at 23:14. If this "
    "wasn't you call (619) 555-0100.   <-- why is this in the FB queue??",
    [
        ("OTHER_ID", "sgarcia_tj2019"),
        ("NAME", "Garcia Soto, Sebastián"),
        ("DATE", "09/30/2011"),
        ("IP", "187.190.44.213"),
        ("GEO", "Tijuana"),
        ("DATE", "03/02"),
    ],
    note="portal alert: user name, name, DOB, IP, login city and date",
)

# 74
n(
    "en",
    "research",
    "Our Border Health Research Center is enrolling adults 18–89 who cross the San Ysidro or "
    "Otay Mesa ports at least weekly for a study on air quality and asthma. Participants "
    "receive $50 per visit. IRB #2025-0318. Info: borderhealth@bayfrontregional.org.",
    "study eligibility ages, places, IRB number, hospital e-mail",
)

# 75
p(
    "en",
    "milestone_birthday",
    "A nonagenarian with a Navy Cross: Chief Gunner's Mate (Ret.) Harold 'Hal' Whitcomb spent "
    "his 99th birthday on November 11 — Veterans Day — in our cardiac unit, and Marines from "
    "1st Recon showed up to sing. Hal, from all of us: thank you for your service.",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Harold 'Hal' Whitcomb"),
        ("AGE", "99th"),
        ("DATE", "November 11"),
        ("DATE", "Veterans Day"),
        ("NAME", "Hal", 2),
    ],
    note="veteran's 99th birthday: age twice, name, birthday twice",
)

# 76
n(
    "en",
    "staff_spotlight",
    "At 93, Fely Tolentino is our oldest volunteer — and the fastest gift-cart driver on 2 West. "
    "A retired Navy nurse who served at Subic Bay, Fely has logged 11,000 volunteer hours since "
    "2004. Happy birthday on Friday, Tita Fely! 🎂",
    "volunteer's age 93 and name are not labelled",
)

# 77
p(
    "en",
    "discharge",
    "102 days. 1 lb 9 oz at birth. Today Maya Simone Aguilar went home to Spring Valley with "
    "her oxygen and a parade of NICU nurses! 🎈 Maya was born March 1 at 24 weeks. Mom Crystal "
    "and dad Luis: you were here every single day. We love you, Maya!",
    [
        ("NAME", "Maya Simone Aguilar"),
        ("GEO", "Spring Valley"),
        ("NAME", "Maya", 2),
        ("DATE", "March 1"),
        ("NAME", "Crystal"),
        ("NAME", "Luis"),
        ("NAME", "Maya", 3),
    ],
    note="NICU discharge: name, home town, birth date, parents",
)

# 78
n(
    "en",
    "anonymous_story",
    "1 lb 4 oz. That's what our smallest NICU graduate of 2025 weighed at birth. After 118 days "
    "she went home this week with her parents — and a bag of preemie onesies knitted by the "
    "Chula Vista Filipino-American Seniors Club. 💕",
    "nameless baby; weights and durations; the club is a donor",
)

# 79
p(
    "en",
    "pasted_record",
    "FAX COVER — To: Dr. Okafor, Sharp Grossmont | From: Bayfront Medical Records (619) "
    "555-0166 | Re: TOMA, JOSEPH B. DOB 04/25/1967 MRN 00610092 | Pt home fax (619) 555-0109, "
    "cell (619) 555-0128 | Pages: 6  — posted from the records office by mistake",
    [
        ("NAME", "TOMA, JOSEPH B"),
        ("DATE", "04/25/1967"),
        ("MRN", "00610092"),
        ("FAX", "(619) 555-0109"),
        ("PHONE", "(619) 555-0128"),
    ],
    note="fax cover: patient's name, DOB, MRN, home fax and cell; the hospital's fax is not labelled",
)

# 80
n(
    "en",
    "hospital_contact",
    "Referring providers in Baja California: we now accept e-referrals at "
    "referencias@bayfrontregional.org. Border Clinic: (619) 555-0199 · Medical Records fax: "
    "(619) 555-0166 · Group NPI 1609384752.",
    "hospital e-mail, phone, fax and NPI",
)

# 81
p(
    "en",
    "patient_story",
    "Here comes the bride! 💍 When Nardeen Murad's father, Faris, was admitted to our ICU two "
    "days before her wedding, the family moved the zaffa to the ICU courtyard. Faris watched "
    "his daughter dance from his wheelchair — oxygen, IV pole and all. Nardeen and her new "
    "husband Steven said yes on August 30, and Faris says he's dancing at the baptism.",
    [
        ("NAME", "Nardeen Murad"),
        ("NAME", "Faris", 1),
        ("NAME", "Faris", 2),
        ("NAME", "Nardeen", 2),
        ("NAME", "Steven"),
        ("DATE", "August 30"),
        ("NAME", "Faris", 3),
    ],
    note="ICU wedding: patient, daughter, son-in-law, the daughter's wedding date",
)

# 82
n(
    "en",
    "event",
    "Kha b'Nisan / Akitu parade on Main Street, El Cajon, April 1! Our EMS team will be at the "
    "first-aid tent by the Prescott Promenade all day. Stay hydrated, and find us for free "
    "sunscreen. Shlama!",
    "event date and venue",
)

# 83
p(
    "en",
    "pasted_record",
    "Wristband reprint req — MARCELINO, ROWENA T | MRN 00703318 | ENC 2025-118834 | DOB "
    "06/06/1984 | Allergy: PCN | L&D Rm 3  ...and now for something completely different: our "
    "Birth Center tour schedule!",
    [
        ("NAME", "MARCELINO, ROWENA T"),
        ("MRN", "00703318"),
        ("OTHER_ID", "2025-118834"),
        ("DATE", "06/06/1984"),
        ("OTHER_ID", "Rm 3"),
    ],
    note="wristband request: name, MRN, encounter, DOB, room",
)

# 84
n(
    "en",
    "recruitment",
    "Military spouses: your license travels with you. California offers expedited RN and LVN "
    "licensure for spouses of active-duty members stationed at Camp Pendleton, Naval Base San "
    "Diego or MCAS Miramar. Our recruiter Ate Grace Villareal (herself a Navy spouse) can walk "
    "you through it: careers@bayfrontregional.org.",
    "bases as population places; recruiter is staff",
)

# 85
p(
    "en",
    "patient_story",
    "'I crossed with her in my arms.' When 8-month-old Valentina Ruiz stopped breathing at home "
    "in Tijuana's Otay Universidad neighborhood on January 19, her dad Josué drove straight to "
    "the border, and CBP officers waved them through to our Border Clinic. RSV, 5 days on "
    "high-flow oxygen, and today she's giggling. Gracias, Valentina's family, for letting us "
    "share.",
    [
        ("NAME", "Valentina Ruiz"),
        ("GEO", "Tijuana"),
        ("GEO", "Otay Universidad"),
        ("DATE", "January 19"),
        ("NAME", "Josué"),
        ("NAME", "Valentina", 2),
    ],
    note="baby's name, home city and neighbourhood, date, father",
)

# 86
n(
    "en",
    "crisis_update",
    "Shelter-in-place lifted. Thanks to everyone who stayed away from our Chula Vista campus "
    "during this afternoon's police activity on Bayfront Parkway. All patients and staff are "
    "safe and the ED is open. Visitors: use the Marina Entrance.",
    "hospital campus and street; no patient",
)

# 87
p(
    "en",
    "memorial",
    "Rest easy, Lolo Bert. 🕊️ Roberto 'Bert' Salonga, 97, retired Navy mess steward and our "
    "unofficial 5 West karaoke king, passed away on the morning of Simbang Gabi's first Mass, "
    "December 16, holding his wife Lola Nena's hand. His family asked us to share: Bert loved "
    "'My Way,' adobo, and every one of you.",
    [
        ("NAME", "Bert", 1),
        ("NAME", "Roberto 'Bert' Salonga"),
        ("AGE", "97"),
        ("DATE", "Simbang Gabi"),
        ("DATE", "December 16"),
        ("NAME", "Nena"),
        ("NAME", "Bert", 3),
    ],
    note="memorial: name, age 97, death on the first Simbang Gabi Mass = December 16, wife",
)

# 88
n(
    "en",
    "eponymous_condition",
    "Alzheimer's and Parkinson's clinic now open in El Cajon with Arabic, Sureth and Spanish "
    "interpreters. More than 1 in 3 San Diegans over 85 live with dementia. Caregivers' support "
    "group meets the 2nd Wednesday of each month at 6 p.m. — call (619) 555-0188.",
    "eponyms, population ages, hospital phone",
)

# 89
p(
    "en",
    "thank_you",
    "Thank you @kuya_bong_fam for sharing Bong's GoFundMe (gofundme.com/f/bring-bong-home) — "
    "we're not able to share updates on Bong Villanueva's condition here, but our chaplains are "
    "keeping the Villanueva family in their prayers. 🙏",
    [
        ("OTHER_ID", "@kuya_bong_fam"),
        ("NAME", "Bong", 1),
        ("URL", "gofundme.com/f/bring-bong-home"),
        ("NAME", "Bong Villanueva"),
        ("NAME", "Villanueva", 2),
    ],
    note="family handle, patient's nickname and name, fundraiser URL",
)

# 90
n(
    "en",
    "public_figure",
    "Former Padres catcher and Chula Vista native Benny Ortiz spent his afternoon on our "
    "pediatric floor signing baseballs and teaching bunting in the playroom. Thanks, Benny! ⚾",
    "public figure visit; no patient named",
)

# 91
p(
    "en",
    "pasted_record",
    "Security log 0312: vehicle left in ED ambulance bay — white Nissan Versa, BC plate "
    "AHG-814-C, VIN 3N1CN7AP5KL823061, belongs to pt family (husband of pt in Trauma 4, "
    "ROSALES, EVANGELINA). Tow at 0400 unless moved. — wrong group chat, sorry!",
    [
        ("VEHICLE", "AHG-814-C"),
        ("VEHICLE", "3N1CN7AP5KL823061"),
        ("OTHER_ID", "Trauma 4"),
        ("NAME", "ROSALES, EVANGELINA"),
    ],
    note="security log: husband's plate and VIN, trauma room, patient's name",
)

# 92
n(
    "en",
    "health_tip",
    "Imperial Beach and La Jolla Shores see hundreds of stingray stings every summer. Shuffle "
    "your feet, and if you're stung, soak in hot water. Our urgent care at 3120 Calle Frontera "
    "is open until 9 p.m.",
    "beaches as general places; hospital address",
)

# 93
p(
    "en",
    "patient_story",
    "Mr. B, 90, doesn't want his name on Facebook — he told us so, loudly — but he agreed to let "
    "us share this: on his 90th birthday, July 4, he finished his last chemo infusion and rang "
    "the bell with his great-grandson. 🔔 Happy birthday, Mr. B!",
    [
        ("NAME", "B", 1),
        ("AGE", "90"),
        ("AGE", "90th"),
        ("DATE", "July 4"),
        ("NAME", "B", 2),
    ],
    note="initial used as the name, age 90 twice, birthday",
)

# 94
p(
    "en",
    "statistic",
    "By the numbers, 2024: 61,200 ED visits · 4,318 babies born · 912 trauma activations · 1,204 "
    "patients from Tijuana, Rosarito and Tecate · oldest patient: 104 · youngest: 23 weeks.",
    [("AGE", "104")],
    note="statistics, but the oldest patient's age over 89 is an AGE of an unnamed patient",
)

# 95
n(
    "en",
    "staff_spotlight",
    "Dr. Mariam Kassab-Yousif, our new interventional cardiologist, grew up above her parents' "
    "bakery on Main Street in El Cajon and trained at UCSD and Cleveland Clinic. She'll see "
    "patients at our El Cajon Family Health Center on Mondays and Thursdays. Welcome home, Dr. "
    "Mariam!",
    "staff doctor's name, family and home street",
)

# 96
p(
    "en",
    "pasted_record",
    "Pasted from intake: BENAVIDES, CPL MARCO A — TRICARE Prime DBN 1284457390, EDIPI "
    "1473829105, unit 1/5 Marines, Camp Pendleton. Adm 07/27 heat stroke, d/c 07/30. — whoever "
    "is on the social account today, please delete!",
    [
        ("NAME", "BENAVIDES"),
        ("NAME", "MARCO A"),
        ("HEALTH_PLAN", "1284457390"),
        ("OTHER_ID", "1473829105"),
        ("NAME", "1/5 Marines"),
        ("GEO", "Camp Pendleton"),
        ("DATE", "07/27"),
        ("DATE", "07/30"),
    ],
    note="intake: name around the rank, TRICARE number, DoD id, unit, base, admission and discharge",
)

# 97
n(
    "en",
    "event",
    "Join us November 1 for our Día de los Muertos community altar at the San Ysidro Border "
    "Clinic, 3120 Calle Frontera. Bring a photo of a loved one you've lost — every family is "
    "welcome. Calavera face painting for kids, pan de muerto from Panadería La Reina.",
    "event date and venue; photo of no patient",
)

# 98
p(
    "en",
    "thank_you",
    "Thank you, Imelda, for your beautiful letter about your brother Renato's last weeks with "
    "our hospice team. 💜 We'd love to send you a copy of the memory book the nurses made — we "
    "have imelda.dacanay@gmail.com on file, is that still right?",
    [
        ("NAME", "Imelda"),
        ("NAME", "Renato"),
        ("EMAIL", "imelda.dacanay@gmail.com"),
    ],
    note="reply to a patient's sister: her name and e-mail, the patient's name",
)

# 99
n(
    "en",
    "anonymous_story",
    "She's 89 and just finished her first 5K — three months after her knee replacement here at "
    "Bayfront. Our physical therapists are still cheering. Want to get moving? Join our free "
    "Walk with a Doc, first Saturday of every month at Marina View Park.",
    "age 89 is not labelled; no other identifier",
)

# 100
p(
    "en",
    "thank_you",
    "Comment of the week 💬: 'thank u 4 north for taking care of my kuya dodong while he was "
    "admitted for his sugar. he's home in paradise hills now and eating adobo again lol' — "
    "Dodong, we're glad you're home! (easy on the rice)",
    [
        ("NAME", "dodong"),
        ("GEO", "paradise hills"),
        ("NAME", "Dodong"),
    ],
    note="lower-case name and neighbourhood in a quoted comment",
)

# 101
p(
    "es",
    "pasted_record",
    "Censo 4 Sur — 401 LÓPEZ TAPIA, J. GUADALUPE 92a (exp. 00591147) · 402 Cisneros, Amparo "
    "67a · 403 OLIVAS, CRUZ 95a — ay perdón, esto no es para la página 🙈",
    [
        ("OTHER_ID", "401"),
        ("NAME", "LÓPEZ TAPIA, J. GUADALUPE"),
        ("AGE", "92a"),
        ("MRN", "00591147"),
        ("OTHER_ID", "402"),
        ("NAME", "Cisneros, Amparo"),
        ("OTHER_ID", "403"),
        ("NAME", "OLIVAS, CRUZ"),
        ("AGE", "95a"),
    ],
    note="censo pegado: cuartos, nombres, edades mayores de 89 en abreviatura, expediente",
)

# 102
n(
    "es",
    "health_tip",
    "Pan de muerto, calabaza en tacha y champurrado: ¡qué rico es noviembre! Si tienes "
    "diabetes, comparte tu pan y camina después de comer. Nuestras nutriólogas dan clases "
    "gratis en español cada jueves en la clínica de San Ysidro. Informes: (619) 555-0144.",
    "consejo de salud; teléfono del hospital",
)

# 103
p(
    "es",
    "patient_story",
    "Don Chuy Alvarado tiene 90 años y todavía maneja su taxi libre en Tijuana. El 8 de octubre "
    "sintió un dolor en el pecho haciendo fila en la Garita de Otay y terminó en nuestro "
    "laboratorio de cateterismo con dos stents. 'Ya me voy, tengo pasaje', nos dijo al salir. "
    "¡Cuídese, don Chuy!",
    [
        ("NAME", "Chuy Alvarado"),
        ("AGE", "90"),
        ("GEO", "Tijuana"),
        ("DATE", "8 de octubre"),
        ("GEO", "Garita de Otay"),
        ("NAME", "Chuy", 2),
    ],
    note="nombre, edad 90, ciudad donde trabaja, fecha y lugar del infarto",
)

# 104
n(
    "es",
    "anonymous_story",
    "Una paciente de 89 años nos pidió que no publicáramos su nombre ni su foto, pero sí su "
    "consejo después de 60 años de matrimonio: 'Nunca se vayan a dormir enojados.' ❤️ Feliz Día "
    "del Amor y la Amistad de parte de todo Bayfront.",
    "edad 89 no se etiqueta; el día festivo no es de la paciente",
)

# 105
p(
    "es",
    "birth_announcement",
    "¡El primer bebé de 2025 en Bayfront! 🎉 Leonardo Daniel Zamudio nació el 1 de enero a las "
    "12:07 a.m. Su mamá, Karen Zamudio, es de El Florido en Tijuana y trabaja en la maquiladora "
    "Plásticos del Pacífico; su papá, Daniel, es marinero en la Base Naval de San Diego. ¡Feliz "
    "Año Nuevo, Leo!",
    [
        ("NAME", "Leonardo Daniel Zamudio"),
        ("DATE", "1 de enero"),
        ("NAME", "Karen Zamudio"),
        ("GEO", "El Florido"),
        ("GEO", "Tijuana"),
        ("NAME", "Plásticos del Pacífico"),
        ("NAME", "Daniel", 2),
        ("GEO", "Base Naval de San Diego"),
        ("NAME", "Leo"),
    ],
    note="bebé de Año Nuevo: nombre, fecha, mamá, colonia y ciudad, empleador de la mamá, papá y su base; el saludo no es fecha",
)

# 106
n(
    "es",
    "staff_spotlight",
    "¡Feliz Día de la Enfermera! 🇲🇽 Hoy, 6 de enero, celebramos a nuestras 312 enfermeras y "
    "enfermeros de origen mexicano, como la jefa Rosario 'Chayo' Mendívil, que lleva 28 años en "
    "Urgencias y nació en Ensenada. ¡Gracias, Chayo!",
    "día festivo y personal con su lugar de nacimiento",
)

# 107
p(
    "es",
    "memorial",
    "Descansa en paz, Fernando 'Ferchito' Castro Luján (4 años). Ferchito luchó contra la "
    "leucemia desde el 22 de junio del año pasado y partió el 9 de marzo rodeado de sus papás, "
    "Elsa y Fernando. La familia comparte su homenaje en ferchitoporsiempre.com. 💛🦁",
    [
        ("NAME", "Fernando 'Ferchito' Castro Luján"),
        ("NAME", "Ferchito", 2),
        ("DATE", "22 de junio"),
        ("DATE", "9 de marzo"),
        ("NAME", "Elsa"),
        ("NAME", "Fernando", 2),
        ("URL", "ferchitoporsiempre.com"),
    ],
    note="memorial: nombre y apodo, fechas de diagnóstico y muerte, padres, sitio web de la familia",
)

# 108
n(
    "es",
    "event",
    "Posadas en Bayfront: del 16 al 24 de diciembre, a las 6 p.m., pediremos posada por los "
    "pasillos de Pediatría con piñatas, ponche y aguinaldos. Este año nos acompaña el coro "
    "filipino de la Simbang Gabi. ¡Familias de pacientes bienvenidas!",
    "fechas de evento",
)

# 109
p(
    "es",
    "thank_you",
    "Hola Sra. Pérez: gracias por escribirnos sobre la atención de su esposo Gilberto. Por "
    "privacidad no podemos hablar de su caso aquí. Nuestra coordinadora le escribirá hoy a "
    "martha.perez.tj@gmail.com, como nos pidió. 🙏",
    [
        ("NAME", "Pérez"),
        ("NAME", "Gilberto"),
        ("EMAIL", "martha.perez.tj@gmail.com"),
    ],
    note="respuesta a la esposa de un paciente: su apellido, el nombre del paciente, su correo",
)

# 110
n(
    "es",
    "hospital_contact",
    "¿Necesitas una copia de tu expediente médico? Llena la solicitud en "
    "mybayfront.org/expediente y envíala por fax al (619) 555-0166 o por correo a "
    "registros@bayfrontregional.org. Tiempo de entrega: 5 a 7 días hábiles. Nunca publiques tu "
    "número de expediente en redes sociales.",
    "portal, fax y correo del hospital",
)

# 111
p(
    "es",
    "discharge",
    "¡Regresó a casa el cabo Brayan Elizondo! El marine de 21 años, originario de Chula Vista y "
    "asignado a Camp Pendleton, sufrió un golpe de calor durante un ejercicio el 30 de julio. Su "
    "abuelita, doña Chela, le preparó pozole para celebrar. ¡Semper Fi, Brayan! 🇺🇸🇲🇽",
    [
        ("NAME", "Brayan Elizondo"),
        ("GEO", "Chula Vista"),
        ("GEO", "Camp Pendleton"),
        ("DATE", "30 de julio"),
        ("NAME", "Chela"),
        ("NAME", "Brayan", 2),
    ],
    note="marine: nombre, ciudad, base, fecha, abuela",
)

# 112
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Por la contaminación del río Tijuana, las playas de Imperial Beach y Playas "
    "de Tijuana siguen cerradas. Esta semana atendimos a 23 surfistas y nadadores con "
    "infecciones de piel y estómago. Si nadaste ahí y tienes fiebre o diarrea, acude a tu "
    "médico.",
    "lugares de un aviso general; cifras",
)

# 113
p(
    "es",
    "milestone_birthday",
    "¡Una centenaria en casa! Doña Amparo Lizárraga viuda de Ochoa celebró sus 100 años el Día "
    "de las Madres, 10 de mayo, en nuestra unidad de Hemodiálisis. Nació en El Rosario, "
    "Sinaloa, y vive en Chula Vista con su hija Irma desde hace 40 años. ¡Felicidades, doña "
    "Amparo!",
    [
        ("AGE", "centenaria"),
        ("NAME", "Amparo Lizárraga viuda de Ochoa"),
        ("AGE", "100"),
        ("DATE", "Día de las Madres"),
        ("DATE", "10 de mayo"),
        ("NAME", "Amparo", 2),
        ("GEO", "El Rosario"),
        ("GEO", "Chula Vista"),
        ("NAME", "Irma"),
    ],
    note="centenaria: edad dos veces, nombre, cumpleaños dos veces, pueblo natal, ciudad, hija",
)

# 114
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no define a nadie. Este 21 de marzo, Día Mundial del Síndrome de Down, "
    "nuestro equipo de Pediatría invita a las familias a un picnic en el parque Marina View. Usa "
    "calcetines dispares y comparte con #CalcetinesDispares.",
    "epónimo y día mundial",
)

# 115
p(
    "es",
    "pasted_record",
    "Registro de admisión (no publicar): Paciente MEDINA RÍOS, JOSÉ ÁNGEL · SSN 572-31-9048 · "
    "Tel. casa (619) 555-0183 · Correo jose.medina.rios@outlook.com · Contacto de emergencia: "
    "Leticia Ríos (mamá) · Habitación 227.",
    [
        ("NAME", "MEDINA RÍOS, JOSÉ ÁNGEL"),
        ("SSN", "572-31-9048"),
        ("PHONE", "(619) 555-0183"),
        ("EMAIL", "jose.medina.rios@outlook.com"),
        ("NAME", "Leticia Ríos"),
        ("OTHER_ID", "Habitación 227"),
    ],
    note="registro de admisión pegado",
)

# 116
n(
    "es",
    "sponsor",
    "La Fundación Bayfront agradece a la familia Hernández Peralta, dueños de Mariscos El Güero, "
    "por su donativo de $50,000 para la nueva sala de lactancia en San Ysidro. ¡Gracias por "
    "creer en las mamás de la frontera!",
    "familia donante",
)

# 117
p(
    "es",
    "milestone_birthday",
    "¡Una quinceañera en Oncología! 👑 Daniela 'Dani' Sepúlveda cumplió 15 años el 23 de agosto "
    "en el cuarto 508, entre quimioterapias. Su chambelán fue su hermano Iker, y las enfermeras "
    "bailaron el vals con ella. Dani, ¡eres nuestra reina!",
    [
        ("NAME", "Daniela 'Dani' Sepúlveda"),
        ("DATE", "23 de agosto"),
        ("OTHER_ID", "cuarto 508"),
        ("NAME", "Iker"),
        ("NAME", "Dani", 2),
    ],
    note="quinceañera: nombre, cumpleaños, cuarto, hermano",
)

# 118
n(
    "es",
    "research",
    "Estudio binacional: buscamos 300 mamás embarazadas que vivan en Tijuana o Tecate y se "
    "atiendan en San Diego para estudiar el efecto del calor en el embarazo. Compensación: $40 "
    "por visita. Protocolo IRB 2025-0412. Información: estudio.calor@bayfrontregional.org.",
    "lugares de una población; número de protocolo; correo del hospital",
)

# 119
p(
    "es",
    "thank_you",
    "Gracias a la familia Moreno Castillo por esta foto: aquí está Renata, de 6 años, el día que "
    "le quitaron el yeso después de su caída en el parque Morelos de Tijuana. 📸 Síguela en "
    "Instagram: @renata.y.su.yeso",
    [
        ("NAME", "Moreno Castillo"),
        ("PHOTO", "foto"),
        ("NAME", "Renata"),
        ("GEO", "parque Morelos"),
        ("GEO", "Tijuana"),
        ("OTHER_ID", "@renata.y.su.yeso"),
    ],
    note="foto de la paciente, nombre, apellidos de la familia, lugar de la caída, cuenta de Instagram",
)

# 120
n(
    "es",
    "public_figure",
    "Este mes recordamos a Dolores 'Lola' Fuentes (1925–2019), partera tijuanense que atendió "
    "más de 8,000 partos a ambos lados de la frontera. Nuestra sala de partos de San Ysidro "
    "lleva su nombre desde 2020.",
    "figura histórica que da nombre a una sala",
)

# 121
p(
    "en",
    "pasted_record",
    "Fwd: from Lorna Bautista <lornab1972@yahoo.com>: 'My mother Esperanza Bautista (MRN "
    "00488261) was in 3 West bed 14 from 8/3 to 8/9. Please send her records to my sister "
    "Cherry at cherry.bautista.rn@gmail.com.' — Patient Experience, can you handle? (not for "
    "posting)",
    [
        ("NAME", "Lorna Bautista"),
        ("EMAIL", "lornab1972@yahoo.com"),
        ("NAME", "Esperanza Bautista"),
        ("MRN", "00488261"),
        ("OTHER_ID", "bed 14"),
        ("DATE", "8/3"),
        ("DATE", "8/9"),
        ("NAME", "Cherry"),
        ("EMAIL", "cherry.bautista.rn@gmail.com"),
    ],
    note="forwarded e-mail: daughters' names and e-mails, patient, MRN, bed, stay dates",
)

# 122
n(
    "en",
    "staff_spotlight",
    "Questions for our Filipino Nurses Association? Reach president Cherry Dela Cruz, RN at "
    "fna@bayfrontregional.org. This year's Simbang Gabi potluck raised $4,800 for typhoon relief "
    "in Samar and Leyte.",
    "staff name and hospital e-mail; places of a relief drive",
)

# 123
p(
    "en",
    "birth_announcement",
    "Meet Baby Girl 'Ganda'! 💗 Born November 30 at 7 lb 2 oz to first-time parents Joanna and "
    "Mark Anthony Cruz of Eastlake, she already has 11 titas and a lola on FaceTime from Cavite. "
    "Congratulations, Cruz family!",
    [
        ("NAME", "Ganda"),
        ("DATE", "November 30"),
        ("NAME", "Joanna"),
        ("NAME", "Mark Anthony Cruz"),
        ("GEO", "Eastlake"),
        ("NAME", "Cruz", 2),
    ],
    note="nickname, birth date, parents, neighbourhood; Cavite is a province (state level)",
)

# 124
n(
    "en",
    "health_tip",
    "Red Flag Warning for East County through Friday. If you live near Alpine, Jamul or "
    "Potrero, pack a go-bag: 7 days of medications, copies of your ID and insurance cards, "
    "glasses and chargers. Have oxygen at home? Ask your supplier about a backup tank now.",
    "towns addressed to the public; no patient",
)

# 125
p(
    "en",
    "patient_story",
    "When the evacuation order came for Crest, 94-year-old Hanna Sitto wouldn't leave without "
    "his icon of Mar Mikha. His granddaughter Lina, a Grossmont College nursing student, carried "
    "both to the car. Hanna spent three days with us for smoke exposure and is back home, icon "
    "and all. Thank you, Lina!",
    [
        ("GEO", "Crest"),
        ("AGE", "94-year-old"),
        ("NAME", "Hanna Sitto"),
        ("NAME", "Lina", 1),
        ("NAME", "Hanna", 2),
        ("NAME", "Lina", 2),
    ],
    note="home town, age 94, name, granddaughter; her college is not an identifier",
)

# 126
n(
    "en",
    "event",
    "Join our Arabic-speaking care team at St. Peter Chaldean Catholic Cathedral in El Cajon on "
    "Sunday, after 10 a.m. Mass, for flu shots and free A1c tests. Bring your Medi-Cal or "
    "Medicare card. Thank you to Fr. Noel Gorgis for hosting!",
    "event venue and a priest (public figure)",
)

# 127
p(
    "en",
    "pasted_record",
    "Pump alarm log — pt SAYEGH, LARA (14y) MRN 00627415 · Tandem t:slim X2 SN 1093384 · alarms "
    "10/21 02:14, 02:40 · mom Rania cell 619-555-0159. Heads up for tomorrow's huddle — sorry, I "
    "meant to post the Diabetes Camp recap!",
    [
        ("NAME", "SAYEGH, LARA"),
        ("MRN", "00627415"),
        ("DEVICE", "1093384"),
        ("DATE", "10/21"),
        ("NAME", "Rania"),
        ("PHONE", "619-555-0159"),
    ],
    note="insulin pump log: name, MRN, pump serial, alarm date, mother and her phone",
)

# 128
n(
    "en",
    "research",
    "We're one of 12 U.S. sites for the CLARITY-2 trial of a closed-loop insulin pump in kids "
    "6–13. Device: Tandem t:slim X2 (study lot 24-77B). Enrollment through March 31. Learn more "
    "at bayfrontregional.org/clarity.",
    "device model and lot, trial date, hospital URL",
)

# 129
p(
    "en",
    "thank_you",
    "Two weeks ago Javier 'Javi' Montes, a dispatcher at Pacific Coast Freight in Otay Mesa, "
    "collapsed at his desk. His coworker did CPR until Chula Vista Fire arrived. On September 5 "
    "he walked out of our cardiac ICU to thank the crew himself. Javi's wife Nohemí: 'Learn CPR. "
    "It gave me my husband back.'",
    [
        ("NAME", "Javier 'Javi' Montes"),
        ("NAME", "Pacific Coast Freight"),
        ("GEO", "Otay Mesa"),
        ("DATE", "September 5"),
        ("NAME", "Javi", 2),
        ("NAME", "Nohemí"),
    ],
    note="name, employer and its area, discharge date, wife",
)

# 130
n(
    "en",
    "anonymous_story",
    "A bodyboarder in his 30s is recovering after a stingray sting turned into a serious "
    "infection. His message for you: clean any sting, and come in if redness spreads. Surf "
    "safe, San Diego! 🌊",
    "nameless patient, age band under 90",
)

# 131
p(
    "en",
    "milestone_birthday",
    "Mabrook! 🎉 Shamiran 'Nana Shamo' Odish turned 100 at our El Cajon Family Health Center, "
    "where she's been coming for her blood pressure checks since 1999. She was born in Alqosh, "
    "and her 23 great-grandchildren came from as far as Detroit and Sydney. 100 years, and still "
    "beating everyone at tawli!",
    [
        ("NAME", "Shamiran 'Nana Shamo' Odish"),
        ("AGE", "100", 1),
        ("GEO", "Alqosh"),
        ("GEO", "Detroit"),
        ("GEO", "Sydney"),
        ("AGE", "100", 2),
    ],
    note="name, age 100 twice, birthplace, relatives' cities",
)

# 132
n(
    "en",
    "public_figure",
    "Astronaut Ellen Ochoa, who grew up in La Mesa, became the first Latina in space in 1993. "
    "This Hispanic Heritage Month (Sept 15–Oct 15), we're celebrating the Latina scientists and "
    "nurses of Bayfront.",
    "public figure and heritage-month dates",
)

# 133
p(
    "en",
    "pasted_record",
    "Note: 91yo F, lives alone at 1147 Oleander Ave, Chula Vista 91910, found down by neighbor "
    "2/17. Daughter (Marisol Ybarra) in Tijuana, best # +52 664 555 0176. Pt name: YBARRA, "
    "CELIA. MRN 00544903 — ugh, meant for the SW group, please remove",
    [
        ("AGE", "91yo"),
        ("GEO", "1147 Oleander Ave"),
        ("GEO", "Chula Vista"),
        ("GEO", "91910"),
        ("DATE", "2/17"),
        ("NAME", "Marisol Ybarra"),
        ("GEO", "Tijuana"),
        ("PHONE", "+52 664 555 0176"),
        ("NAME", "YBARRA, CELIA"),
        ("MRN", "00544903"),
    ],
    note="social work note: age 91, street, city, ZIP, date found, daughter and her city and phone, name, MRN",
)

# 134
n(
    "en",
    "hospital_contact",
    "Our new San Ysidro Border Clinic is open! 3120 Calle Frontera, San Ysidro, CA 92173 · (619) "
    "555-0199 · Mon–Sat 7 a.m.–9 p.m. · Walk-ins welcome, se habla español. Just 5 minutes' walk "
    "from the PedWest crossing.",
    "the hospital's address, ZIP and phone",
)

# 135
p(
    "en",
    "patient_story",
    "Joy Alcantara was 38, a Navy wife and mom of three in Imperial Beach, when a stroke took her "
    "speech on April 22. Six months of therapy later, she sang 'Bayan Ko' at her daughter's "
    "recital. Joy, you're the reason we do this. 💜 (Shared with Joy's permission.)",
    [
        ("NAME", "Joy Alcantara"),
        ("GEO", "Imperial Beach"),
        ("DATE", "April 22"),
        ("NAME", "Joy", 2),
        ("NAME", "Joy", 3),
    ],
    note="name that is a word, home city, stroke date",
)

# 136
n(
    "en",
    "campaign_hashtag",
    "Spread some #JoyOnTheWards this December! Drop off new toys at any Bayfront lobby through "
    "December 20. Last year, you helped us give 2,300 gifts to kids spending the holidays with "
    "us. 🎁 #BayfrontStrong",
    "campaign hashtag with a name-like word; event date",
)

# 137
p(
    "en",
    "hospital_contact",
    "@jajou_family_ec We hear you, and we're so sorry. Please don't share your father's room "
    "number here — we've hidden that comment. Our patient advocate Linda will call you at the "
    "number you left, 619-555-0108, before 5 p.m.",
    [
        ("OTHER_ID", "@jajou_family_ec"),
        ("PHONE", "619-555-0108"),
    ],
    note="reply to a patient's child: family handle and phone; the advocate is staff",
)

# 138
n(
    "en",
    "staff_spotlight",
    "Semper Fi, Gunny! 🇺🇸 Before he was our ED charge nurse, Marcus Tillman served 12 years in "
    "the Marine Corps with 2nd Battalion, 4th Marines at Camp Pendleton. This Veterans Day he's "
    "leading our flag ceremony at 11 a.m. Thank you, Marcus, and all our veteran staff.",
    "staff member's unit and base; event day",
)

# 139
p(
    "en",
    "pasted_record",
    "Dialysis chair board Tue/Thu/Sat 0600: Chair 1 – Yousif, Samir · Chair 2 – Kizy, Basima "
    "(97) · Chair 3 – Arabo, Wadia · Chair 4 – Lazo, Remy. (sorry, screenshot was for the "
    "charge nurse, not IG!)",
    [
        ("OTHER_ID", "Chair 1"),
        ("NAME", "Yousif, Samir"),
        ("OTHER_ID", "Chair 2"),
        ("NAME", "Kizy, Basima"),
        ("AGE", "97"),
        ("OTHER_ID", "Chair 3"),
        ("NAME", "Arabo, Wadia"),
        ("OTHER_ID", "Chair 4"),
        ("NAME", "Lazo, Remy"),
    ],
    note="dialysis chair board: chairs, names, age 97",
)

# 140
n(
    "en",
    "statistic",
    "Flu season update (week 47): 312 positive tests, 41 admissions, 0 pediatric deaths. Lot "
    "numbers for this year's Flucelvax: AV7734-A and AV7735-B. Vaccines free at every Bayfront "
    "clinic through January 31.",
    "statistics, vaccine lot numbers, campaign date",
)

# 141
p(
    "en",
    "anonymous_story",
    "A 23-year-old surfer was pulled unconscious from the water at Black's Beach on the morning "
    "of July 12. A fellow surfer started CPR, lifeguards took over, and our trauma team did the "
    "rest. He's home now and wants you to know: learn CPR.",
    [
        ("GEO", "Black's Beach"),
        ("DATE", "July 12"),
    ],
    note="nameless, but the injury site and date tie it to one patient",
)

# 142
n(
    "en",
    "anonymous_story",
    "A surfer in his 20s was pulled from the water unconscious last weekend. A stranger on the "
    "beach started CPR. Today he walked out of our ICU. The stranger? A nursing student. We're "
    "hiring her when she graduates. 😉 Learn hands-only CPR: it's two steps.",
    "nameless; 'last weekend' is relative; no place",
)

# 143
p(
    "en",
    "discharge",
    "Kambal! 👶👶 Twins Angelo and Angela Dimaculangan, born June 18 at 30 weeks, are heading "
    "home to Mira Mesa today after 52 days in our NICU. Their Kuya Jerome (7) made a 'WELCOME "
    "HOME' sign in English and Tagalog. Ingat, Dimaculangan family!",
    [
        ("NAME", "Angelo"),
        ("NAME", "Angela Dimaculangan"),
        ("DATE", "June 18"),
        ("GEO", "Mira Mesa"),
        ("NAME", "Jerome"),
        ("NAME", "Dimaculangan", 2),
    ],
    note="twins' names, birth date, neighbourhood, brother after the kinship title",
)

# 144
n(
    "en",
    "staff_spotlight",
    "If you've been to our ED at 3 a.m., you've met Kuya Ronnie — Ronaldo Pascua, our "
    "night-shift registration clerk for 25 years. He knows every family by name, and every lola "
    "by her favorite pan de sal. Congrats on 25 years, Kuya Ronnie!",
    "staff nickname with a kinship title",
)

# 145
p(
    "en",
    "memorial",
    "Our hearts are with the family of Sgt. Andre Washington, 26, a Camp Pendleton Marine who "
    "died here on May 27 after a crash on Interstate 5 near Oceanside. His wife Tasha asked us to "
    "thank the trauma team 'for fighting for him like family.' Rest easy, Marine.",
    [
        ("NAME", "Andre Washington"),
        ("GEO", "Camp Pendleton"),
        ("DATE", "May 27"),
        ("GEO", "Interstate 5"),
        ("GEO", "Oceanside"),
        ("NAME", "Tasha"),
    ],
    note="name that is also a state, base, death date, crash road and town, wife",
)

# 146
n(
    "en",
    "event",
    "Martin Luther King Jr. Day of Service: 120 Bayfront volunteers planted 400 trees along the "
    "Otay Valley River Park on January 19. Thank you to Councilmember Andrea Salas for joining "
    "us!",
    "public figures and an event date",
)

# 147
p(
    "en",
    "pasted_record",
    "Discharge instructions for Sione Tuilagi (Medi-Cal CIN 95227781C) — f/u wound clinic 11/18 "
    "at 9:00. Questions: call Nurse Kim at (619) 555-0100. Pt's sister Mele: "
    "mele.tuilagi@icloud.com, (760) 555-0193. [wrong draft — delete]",
    [
        ("NAME", "Sione Tuilagi"),
        ("HEALTH_PLAN", "95227781C"),
        ("DATE", "11/18"),
        ("NAME", "Mele"),
        ("EMAIL", "mele.tuilagi@icloud.com"),
        ("PHONE", "(760) 555-0193"),
    ],
    note="discharge instructions: name, Medi-Cal id, follow-up date, sister and her contacts",
)

# 148
n(
    "en",
    "sponsor",
    "Salamat to Seafood City Supermarket in Chula Vista for donating 300 bibingka for our Simbang "
    "Gabi night shift! And thank you to the Reyes-Magbanua Family Foundation for funding our "
    "Tagalog interpreter program for 2026.",
    "sponsors and a donor family foundation",
)

# 149
p(
    "en",
    "patient_story",
    "On the night of March 8, 17-year-old Diego Benítez was riding home to Colonia Cacho in "
    "Tijuana when his scooter collided with a truck on Paseo de los Héroes. Diego spent 3 weeks "
    "in our pediatric ICU. Tonight he's home — and his mom Lourdes wants every teen to wear a "
    "helmet. 🛵",
    [
        ("DATE", "March 8"),
        ("NAME", "Diego Benítez"),
        ("GEO", "Colonia Cacho"),
        ("GEO", "Tijuana"),
        ("GEO", "Paseo de los Héroes"),
        ("NAME", "Diego", 2),
        ("NAME", "Lourdes"),
    ],
    note="crash date, name, home colonia and city, crash road, mother",
)

# 150
n(
    "en",
    "health_tip",
    "Dr. Lourdes Benítez, our pediatric trauma surgeon, has a simple rule for her own kids, "
    "Diego and Sofía: no helmet, no ride. Scooters, bikes, skateboards, every time. Free helmets "
    "at our Chula Vista lobby this Saturday while supplies last.",
    "staff doctor's own children, not patients",
)

# 151
p(
    "en",
    "thank_you",
    "Bell-ringing day on 4 North! 🔔 Final radiation treatment, done. #TeamLolaNenita "
    "#NenitaStrong #SalamatBayfront",
    [
        ("NAME", "#TeamLolaNenita"),
        ("NAME", "#NenitaStrong"),
    ],
    note="patient's name only in hashtags",
)

# 152
n(
    "en",
    "campaign_hashtag",
    "#LolaStrong? #AbuelaStrong? We see you! 💪 This Grandparents Day (Sept 7), our geriatric "
    "team shares 5 tips to keep your lola, lolo, abuela or abuelo safe from falls at home.",
    "kinship campaign hashtags, awareness day",
)

# 153
p(
    "en",
    "pasted_record",
    "from chart: GALINDO, ROSALVA — DOB 12/24/1950 (Nochebuena!) — lives in Bonita w/ son "
    "Ernesto — pt's WhatsApp +1 619 555 0114 — bed 5",
    [
        ("NAME", "GALINDO, ROSALVA"),
        ("DATE", "12/24/1950"),
        ("DATE", "Nochebuena"),
        ("GEO", "Bonita"),
        ("NAME", "Ernesto"),
        ("PHONE", "+1 619 555 0114"),
        ("OTHER_ID", "bed 5"),
    ],
    note="chart snippet: name, DOB twice, town, son, phone, bed",
)

# 154
n(
    "en",
    "crisis_update",
    "We are caring for 9 sailors injured in this morning's fire aboard a ship at Naval Base San "
    "Diego. Out of respect for their families and the Navy, we will not share names or "
    "conditions. Navy families with questions: call Fleet and Family Support. Press: (619) "
    "555-0120.",
    "multi-casualty update; base names the incident site only; media line",
)

# 155
p(
    "en",
    "birth_announcement",
    "Kha b'Nisan brikha! 🌸 Our Akitu baby, Ninos Bahnam Zaia, arrived April 1 at Bayfront, son "
    "of Mariana and Ashur Zaia of Rancho San Diego. In Assyrian tradition, his grandmother "
    "Nahrain hung a spring flower garland on the bassinet. Brikha, Zaia family!",
    [
        ("DATE", "Akitu"),
        ("NAME", "Ninos Bahnam Zaia"),
        ("DATE", "April 1"),
        ("NAME", "Mariana"),
        ("NAME", "Ashur Zaia"),
        ("GEO", "Rancho San Diego"),
        ("NAME", "Nahrain"),
        ("NAME", "Zaia", 3),
    ],
    note="born on Akitu = April 1; baby, parents, grandmother, home community; the greeting is not a date",
)

# 156
n(
    "en",
    "event",
    "Free car seat checks this Saturday at our Birth Center parking lot, 9–noon. Certified techs "
    "from CHP and Bayfront will check installs in English, Spanish and Tagalog. 73% of car seats "
    "are installed wrong. Call (619) 555-0133 to reserve.",
    "event, statistic, hospital number",
)

# 157
p(
    "en",
    "pasted_record",
    "lol who has lola pining in room 412-A? pakicheck her BP, 180/95 kanina. anak nya si tess is "
    "in the lobby. — oops wrong chat, meant for the 4N viber",
    [
        ("NAME", "pining"),
        ("OTHER_ID", "room 412-A"),
        ("NAME", "tess"),
    ],
    note="staff chat in Taglish: lower-case patient and daughter names, room",
)

# 158
n(
    "en",
    "staff_spotlight",
    "Mabuhay! 🇵🇭 October is Filipino American History Month, and 1 in 5 of our nurses traces "
    "their roots to the Philippines. Today we honor our retired CNO, Lourdes 'Tita Lulu' "
    "Agbayani, who recruited over 400 nurses from Manila and Iloilo between 1985 and 2010.",
    "retired staff member; cities of recruitment",
)

# 159
p(
    "en",
    "pasted_record",
    "(DM reply posted publicly by mistake) Hi Fatima, your brother Yaqoob's surgery is confirmed "
    "for 12/3 at 7:30 a.m. at our El Cajon campus. Please bring his Medicare card (MBI "
    "1EG4-TE5-MK73) and arrive at 6. Reply here or email surgery@bayfrontregional.org.",
    [
        ("NAME", "Fatima"),
        ("NAME", "Yaqoob"),
        ("DATE", "12/3"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
    ],
    note="DM posted publicly: sister, patient, surgery date, Medicare number",
)

# 160
n(
    "en",
    "hospital_contact",
    "Reminder: we will NEVER ask for your Social Security number, Medicare number or MyBayfront "
    "password by text, DM or phone. Scam calls from '619-555-0100' are spoofing our main line. If "
    "in doubt, hang up and call us back at (619) 555-0100.",
    "the hospital's own number in two formats",
)

# 161
p(
    "es",
    "patient_story",
    "El 14 de septiembre, la familia Sandoval Ley volvía de Ensenada cuando un tráiler impactó "
    "su camioneta en la autopista Tijuana-Tecate. Los tres niños —Axel, Camila y Yahir— fueron "
    "trasladados a nuestro hospital. Hoy Camila, la última en salir, regresó a casa en Villa "
    "Fontana. Gracias a Cruz Roja Tijuana por su rapidez.",
    [
        ("DATE", "14 de septiembre"),
        ("NAME", "Sandoval Ley"),
        ("GEO", "Ensenada"),
        ("GEO", "autopista Tijuana-Tecate"),
        ("NAME", "Axel"),
        ("NAME", "Camila", 1),
        ("NAME", "Yahir"),
        ("NAME", "Camila", 2),
        ("GEO", "Villa Fontana"),
    ],
    note="choque: fecha, apellidos, origen del viaje, carretera, nombres de los niños, colonia",
)

# 162
n(
    "es",
    "health_tip",
    "Temporada de incendios: si vives en Tecate, Jamul o Campo, ten lista una mochila con tus "
    "medicinas, copias de tu INE o pasaporte, y tu tarjeta de Medi-Cal. Si tienes asma, "
    "consulta a tu médico antes de que llegue el humo.",
    "lugares dirigidos al público",
)

# 163
p(
    "es",
    "pasted_record",
    "Confirmación de cita — Paciente: ARMENTA GIL, ROSARIO · Pasaporte mexicano G28461937 · "
    "Cita: 19 de noviembre, 8:30 a.m., Cardiología · Tel. +52 664 555 0168 · correo "
    "rosario.armenta@gmail.com — (no publicar, era para recepción)",
    [
        ("NAME", "ARMENTA GIL, ROSARIO"),
        ("LICENSE", "G28461937"),
        ("DATE", "19 de noviembre"),
        ("PHONE", "+52 664 555 0168"),
        ("EMAIL", "rosario.armenta@gmail.com"),
    ],
    note="confirmación de cita: nombre, pasaporte, fecha, teléfono, correo",
)

# 164
n(
    "es",
    "event",
    "Altar de Muertos en Bayfront 🌼💀 Del 28 de octubre al 2 de noviembre, visita nuestro altar "
    "en el lobby principal dedicado a los trabajadores de la salud que murieron durante la "
    "pandemia. Puedes traer una foto de tu ser querido para el altar comunitario.",
    "fechas de evento; homenaje general",
)

# 165
p(
    "es",
    "memorial",
    "Hoy despedimos a don Crescencio Loaiza, 'Don Chencho', de 96 años, quien cada mañana nos "
    "saludaba desde la cama 3 de Cuidados Paliativos con un '¡Buenos días, mis reinas!'. "
    "Falleció el 30 de enero en San Ysidro, en la casa de su nieta Yadira, como él quería. 🕯️",
    [
        ("NAME", "Crescencio Loaiza"),
        ("NAME", "Chencho"),
        ("AGE", "96"),
        ("OTHER_ID", "cama 3"),
        ("DATE", "30 de enero"),
        ("GEO", "San Ysidro"),
        ("NAME", "Yadira"),
    ],
    note="memorial: nombre y apodo, edad 96, cama, fecha y lugar de muerte, nieta",
)

# 166
n(
    "es",
    "staff_spotlight",
    "Con tristeza despedimos a nuestra compañera Ofelia Carrasco, auxiliar de enfermería durante "
    "31 años en la clínica de San Ysidro. Ofelia tenía 92 años y siguió como voluntaria hasta "
    "2019. Su misa será el sábado en la parroquia de San Ysidro Labrador.",
    "exempleada: nombre y edad 92 no se etiquetan",
)

# 167
p(
    "es",
    "birth_announcement",
    "¡Nació en la garita! Santiago llegó al mundo el 27 de mayo en el carril SENTRI de la Garita "
    "de Otay, en el asiento trasero del carro de su tía Noemí. Sus papás, Jazmín y Eduardo "
    "Valdez, de Rosarito, dicen que ya tiene 'pase rápido' para toda la vida. 😄",
    [
        ("NAME", "Santiago"),
        ("DATE", "27 de mayo"),
        ("GEO", "Garita de Otay"),
        ("NAME", "Noemí"),
        ("NAME", "Jazmín"),
        ("NAME", "Eduardo Valdez"),
        ("GEO", "Rosarito"),
    ],
    note="nacimiento: nombre, fecha, lugar de nacimiento, tía, padres, ciudad",
)

# 168
n(
    "es",
    "statistic",
    "Nacimientos en la frontera: en 2024, 37 bebés nacieron en camino a nuestro hospital, 9 de "
    "ellos en las garitas de San Ysidro y Otay. Si estás embarazada y vives en Tijuana, planea "
    "tu ruta y ten a la mano tu tarjeta de cruce.",
    "estadística; lugares generales",
)

# 169
p(
    "es",
    "discharge",
    "¡Alta después de 3 meses! Marisol 'Mari' Guzmán Tello, maestra de la primaria Loma Verde en "
    "Chula Vista, sufrió un aneurisma el 11 de junio en pleno salón de clases. Hoy se despide de "
    "nuestro equipo de neurología con su esposo Rigoberto y sus hijas. ¡Sus alumnos la esperan, "
    "maestra Mari!",
    [
        ("NAME", "Marisol 'Mari' Guzmán Tello"),
        ("NAME", "Loma Verde"),
        ("GEO", "Chula Vista"),
        ("DATE", "11 de junio"),
        ("NAME", "Rigoberto"),
        ("NAME", "Mari", 2),
    ],
    note="nombre, escuela donde trabaja (empleador) y su ciudad, fecha, esposo",
)

# 170
n(
    "es",
    "sponsor",
    "¡Gracias, Xolos de Tijuana! Los jugadores visitaron Pediatría el 5 de diciembre y regalaron "
    "balones y jerseys a todos los niños. Gracias también a la Fundación Xolos por su apoyo a "
    "las familias de ambos lados de la frontera.",
    "equipo y fundación; fecha de la visita",
)

# 171
p(
    "es",
    "patient_story",
    "Sra. Leyva, recibimos su mensaje sobre su hijo Ángel, que está en la habitación 318. Por "
    "favor no publique esos datos aquí. Le llamaremos por WhatsApp al +52 664 555 0185 en la "
    "próxima hora. 🙏",
    [
        ("NAME", "Leyva"),
        ("NAME", "Ángel"),
        ("OTHER_ID", "habitación 318"),
        ("PHONE", "+52 664 555 0185"),
    ],
    note="respuesta a la mamá: su apellido, el paciente, su habitación, teléfono",
)

# 172
n(
    "es",
    "hospital_contact",
    "¿Tienes preguntas sobre tu factura? Llama a Facturación al (619) 555-0155 de lunes a "
    "viernes, o escribe a facturacion@bayfrontregional.org. Nunca publiques tu número de cuenta, "
    "fecha de nacimiento o número de Medi-Cal en los comentarios.",
    "contactos del hospital",
)

# 173
p(
    "es",
    "milestone_birthday",
    "¡Doña Guadalupe 'Lupe' Reyes cumple 93 años hoy, 12 de diciembre, Día de la Virgen de "
    "Guadalupe! Lleva 3 semanas con nosotros por una neumonía. Sus nietos transmiten las "
    "mañanitas en vivo desde facebook.com/familiareyes.tj a las 7 p.m. 🌹",
    [
        ("NAME", "Guadalupe 'Lupe' Reyes"),
        ("AGE", "93"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("URL", "facebook.com/familiareyes.tj"),
    ],
    note="nombre, edad 93, cumpleaños dos veces, página de la familia",
)

# 174
n(
    "es",
    "public_figure",
    "El 9 de diciembre la Iglesia celebra a San Juan Diego, a quien se le apareció la Virgen de "
    "Guadalupe en 1531. Nuestra capilla tendrá misa en español a las 12 p.m. con el padre Joel "
    "Saucedo.",
    "figura religiosa, fecha litúrgica, capellán",
)

# 175
p(
    "es",
    "pasted_record",
    "Estado de cuenta — Responsable: Mónica Treviño Salas · Paciente: Treviño Salas, Brandon "
    "(hijo) · No. de cuenta 7730-556-012 · Fecha de servicio: 02/05 · Saldo: $1,240.00 · Plan de "
    "pagos: sí.   ← se me pegó en la publicación, bórrenlo por favor",
    [
        ("NAME", "Mónica Treviño Salas"),
        ("NAME", "Treviño Salas, Brandon"),
        ("ACCOUNT", "7730-556-012"),
        ("DATE", "02/05"),
    ],
    note="estado de cuenta: mamá, paciente, cuenta, fecha de servicio",
)

# 176
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Kawasaki, el síndrome de Guillain-Barré y la enfermedad de Hansen tienen "
    "algo en común: llevan el nombre de los médicos que las describieron. Nuestros pediatras "
    "explican los síntomas en Facebook Live el martes 14 a las 7 p.m.",
    "epónimos; día de un evento del hospital",
)

# 177
p(
    "es",
    "patient_story",
    "Ese día 14 Yolanda Pacheco salió de su casa en Otay Centenario para ir a trabajar y no "
    "llegó: un conductor ebrio la arrolló en el bulevar Insurgentes. Hoy, 40 días después, "
    "vuelve a caminar. Yolanda quiere que su historia sirva para algo: si tomas, no manejes.",
    [
        ("DATE", "día 14"),
        ("NAME", "Yolanda Pacheco"),
        ("GEO", "Otay Centenario"),
        ("GEO", "bulevar Insurgentes"),
        ("NAME", "Yolanda", 2),
    ],
    note="día del mes del atropello, nombre, colonia, calle del choque",
)

# 178
n(
    "es",
    "recruitment",
    "¿Hablas español, árabe o tagalo? Buscamos intérpretes médicos certificados para nuestras "
    "clínicas de El Cajon y San Ysidro. Tiempo completo, beneficios y horario flexible. Envía tu "
    "CV a empleos@bayfrontregional.org antes del 15 de octubre.",
    "fecha límite de una vacante; correo del hospital",
)

# 179
p(
    "es",
    "thank_you",
    "La familia Ocampo-Delgado nos mandó este mensaje: 'Mi Lola Ising y mi abuela Chayo se "
    "conocieron en la sala de espera de Cirugía el 3 de junio, mientras operaban a mi hermano "
    "Joaquín. Hoy son comadres.' 💕 ¡Gracias por compartir!",
    [
        ("NAME", "Ocampo-Delgado"),
        ("NAME", "Ising"),
        ("NAME", "Chayo"),
        ("DATE", "3 de junio"),
        ("NAME", "Joaquín"),
    ],
    note="familia, abuelas del paciente, fecha de la cirugía, nombre del paciente",
)

# 180
n(
    "es",
    "anonymous_story",
    "Una abuelita filipina y una abuela mexicana se conocieron en nuestra sala de espera "
    "mientras operaban a sus nietos. Una hablaba tagalo, la otra español, y se entendieron "
    "perfecto con pan dulce y pandesal. Así es la frontera. 💛",
    "historia sin nombres, fechas ni lugares",
)

# 181
p(
    "es",
    "discharge",
    "Don Fidel Arámbula, ranchero de 90 años del ejido Nueva Colonia Hindú en Tecate, volvió a "
    "su rancho esta semana después de quemarse ambas piernas el 5 de octubre salvando a sus "
    "caballos del incendio. Su hijo Abel lo llevó en su troca. ¡Dios lo bendiga, don Fidel!",
    [
        ("NAME", "Fidel Arámbula"),
        ("AGE", "90"),
        ("GEO", "ejido Nueva Colonia Hindú"),
        ("GEO", "Tecate"),
        ("DATE", "5 de octubre"),
        ("NAME", "Abel"),
        ("NAME", "Fidel", 2),
    ],
    note="nombre, edad 90, ejido y ciudad, fecha de las quemaduras, hijo",
)

# 182
n(
    "es",
    "crisis_update",
    "AVISO: La garita de San Ysidro está cerrada en dirección norte por un incidente. Si tienes "
    "cita hoy en nuestra clínica de San Ysidro y no puedes cruzar, llámanos al (619) 555-0199 "
    "para reprogramar sin costo.",
    "aviso general; teléfono de la clínica",
)

# 183
p(
    "es",
    "pasted_record",
    "Verificación de identidad: paciente Herrera Quintana, Iván · últimos 4 del SSN: 4417 · "
    "fecha de nacimiento 15/09/1979 · dirección 845 Third Ave Apt 12, Chula Vista · tel. (619) "
    "555-0161. — mensaje interno, NO publicar",
    [
        ("NAME", "Herrera Quintana, Iván"),
        ("SSN", "4417"),
        ("DATE", "15/09/1979"),
        ("GEO", "845 Third Ave Apt 12"),
        ("GEO", "Chula Vista"),
        ("PHONE", "(619) 555-0161"),
    ],
    note="verificación: nombre, últimos 4 del SSN, nacimiento, domicilio, teléfono",
)

# 184
n(
    "es",
    "health_tip",
    "Tu tarjeta de Medi-Cal (BIC) tiene un número de 8 dígitos y una letra, como 12345678A. Si "
    "la perdiste, pide otra en la línea estatal de Medi-Cal. ¡No compartas tu número en redes "
    "sociales!",
    "número de ejemplo, no de un paciente",
)

# 185
p(
    "es",
    "patient_story",
    "¡De vuelta en el agua! 🏄‍♀️ Valeria 'Vale' Montoya, de 19 años, se lesionó la espalda "
    "surfeando en San Miguel, Ensenada, el 2 de febrero. Tras cirugía de columna y 4 meses de "
    "rehabilitación, ayer volvió a surfear. Sigue su recuperación en Instagram: @vale.surfea.bc",
    [
        ("NAME", "Valeria 'Vale' Montoya"),
        ("GEO", "San Miguel"),
        ("GEO", "Ensenada"),
        ("DATE", "2 de febrero"),
        ("OTHER_ID", "@vale.surfea.bc"),
    ],
    note="surfista: nombre, lugar y fecha de la lesión, cuenta de Instagram",
)

# 186
n(
    "es",
    "event",
    "Este sábado 21 de junio, en el Torneo de Surf Binacional de Imperial Beach, nuestro equipo "
    "de Medicina Deportiva estará en la carpa de primeros auxilios. ¡Bloqueador, agua y buenas "
    "olas!",
    "fecha y lugar de un evento",
)

# 187
p(
    "es",
    "milestone_birthday",
    "¡Una nonagenaria que no para! Doña Herlinda Contreras celebró el 25 de julio su cumpleaños "
    "con el equipo de Cardiología, que le dio de alta el mismo día. 'A mis años, la mejor fiesta "
    "es irse a casa', dijo. Vive en El Cajon con su hijo Ramiro. 🎂",
    [
        ("AGE", "nonagenaria"),
        ("NAME", "Herlinda Contreras"),
        ("DATE", "25 de julio"),
        ("GEO", "El Cajon"),
        ("NAME", "Ramiro"),
    ],
    note="edad en palabra, nombre, cumpleaños y alta, ciudad, hijo",
)

# 188
n(
    "es",
    "staff_spotlight",
    "Doña Chelo Ibarra, de 90 años, es nuestra voluntaria más antigua: desde 1995 teje cobijitas "
    "para cada bebé de la UCI Neonatal. ¡Más de 6,000 cobijitas! Gracias, doña Chelo. 🧶",
    "voluntaria: nombre y edad 90 no se etiquetan",
)

# 189
p(
    "es",
    "pasted_record",
    "Programa quirófano 27/10: Qx1 07:30 CARRILLO MEZA, ARTURO (exp 00582230) colecistectomía · "
    "Qx2 09:00 Salgado, Ma. Fernanda (exp 00601784) cesárea · Qx3 11:00 NAVA, J. REFUGIO (exp "
    "00577412) hernia — upsss, esto era para el grupo de quirófano",
    [
        ("DATE", "27/10"),
        ("NAME", "CARRILLO MEZA, ARTURO"),
        ("MRN", "00582230"),
        ("NAME", "Salgado, Ma. Fernanda"),
        ("MRN", "00601784"),
        ("NAME", "NAVA, J. REFUGIO"),
        ("MRN", "00577412"),
    ],
    note="programa de quirófano: fecha de cirugía, nombres, expedientes; los quirófanos no se etiquetan",
)

# 190
n(
    "es",
    "hospital_contact",
    "¿Olvidaste tu contraseña de MyBayfront? Entra a mybayfront.org, haz clic en 'Olvidé mi "
    "usuario' y sigue los pasos. Soporte técnico: (619) 555-0100, opción 4. Nunca te pediremos "
    "tu contraseña por mensaje.",
    "portal y teléfono del hospital",
)

# 191
p(
    "es",
    "patient_story",
    "La familia de Édgar Solís nos pidió compartir: Édgar, albañil de 34 años de la colonia "
    "Sánchez Taboada en Tijuana, cayó de un andamio el 18 de abril en una obra en San Diego. Si "
    "quieres ayudar con sus gastos: gofundme.com/f/ayuda-para-edgar-solis 🙏",
    [
        ("NAME", "Édgar Solís"),
        ("NAME", "Édgar", 2),
        ("GEO", "colonia Sánchez Taboada"),
        ("GEO", "Tijuana"),
        ("DATE", "18 de abril"),
        ("GEO", "San Diego"),
        ("URL", "gofundme.com/f/ayuda-para-edgar-solis"),
    ],
    note="nombre, colonia y ciudad, fecha y ciudad de la caída, colecta",
)

# 192
n(
    "es",
    "anonymous_story",
    "Un trabajador de la construcción de 34 años llegó a Urgencias tras caer de un andamio. "
    "Llevaba arnés, pero mal ajustado. Hoy está bien, y nos pidió recordarles: revisen su equipo "
    "cada mañana. 👷",
    "historia anónima; edad menor de 90",
)

# 193
p(
    "es",
    "birth_announcement",
    "¡Viva México! 🇲🇽 Sebastián Alejandro Nuño nació en la noche del Grito, el 15 de "
    "septiembre, a las 11:02 p.m. Su mamá, Citlali Nuño, dice que el bebé 'esperó a que "
    "terminaran los gritos' para salir. ¡Felicidades, familia Nuño!",
    [
        ("NAME", "Sebastián Alejandro Nuño"),
        ("DATE", "noche del Grito"),
        ("DATE", "15 de septiembre"),
        ("NAME", "Citlali Nuño"),
        ("NAME", "Nuño", 3),
    ],
    note="nacimiento la noche del Grito = 15 de septiembre; bebé, mamá, apellido",
)

# 194
n(
    "es",
    "event",
    "¡Viva México! Este 15 de septiembre, a las 8 p.m., nuestra directora, la Dra. Alma "
    "Cervantes, dará el Grito en la cafetería para pacientes, familias y personal. Habrá pozole "
    "y aguas frescas.",
    "fecha de evento; directora del hospital",
)

# 195
p(
    "es",
    "thank_you",
    "@karla_mtz_619 Hola Karla, ¡qué gusto leer que tu abuelito don Tomás ya está en casa en "
    "Chula Vista! Gracias por tus palabras para el equipo de la UCI. Se las haremos llegar. 💙",
    [
        ("OTHER_ID", "@karla_mtz_619"),
        ("NAME", "Karla"),
        ("NAME", "Tomás"),
        ("GEO", "Chula Vista"),
    ],
    note="respuesta a la nieta: su cuenta y nombre, el paciente, su ciudad",
)

# 196
n(
    "es",
    "hospital_contact",
    "¡Gracias por tus bonitas palabras, @mama_de_tres_tj! Le haremos llegar tu mensaje al equipo "
    "de Maternidad. Por privacidad, no confirmamos si una persona fue paciente. Para cualquier "
    "duda: (619) 555-0144.",
    "cuenta de una comentarista no ligada a un paciente",
)

# 197
p(
    "es",
    "pasted_record",
    "De: Ing. Roberto Lugo <rlugo@lugoconstructora.mx>  Para: registros@bayfrontregional.org  "
    "Asunto: expediente de mi padre Jacinto Lugo Peña, exp. 00569981. Favor de enviarlo al fax "
    "de mi oficina, +52 664 555 0137. (reenviado al equipo de redes por error)",
    [
        ("NAME", "Roberto Lugo"),
        ("EMAIL", "rlugo@lugoconstructora.mx"),
        ("NAME", "Jacinto Lugo Peña"),
        ("MRN", "00569981"),
        ("FAX", "+52 664 555 0137"),
    ],
    note="correo del hijo: nombre, correo, paciente, expediente, fax",
)

# 198
n(
    "es",
    "staff_spotlight",
    "La Dra. Lucía Ortega Beltrán, oncóloga pediatra, responde tus preguntas sobre leucemia "
    "infantil este jueves 6 de noviembre a las 7 p.m. en Facebook Live. Envía tus preguntas a "
    "preguntas@bayfrontregional.org.",
    "doctora del hospital; fecha de evento",
)

# 199
p(
    "es",
    "milestone_birthday",
    "¡101 años y sigue bailando! Don Nicolás Gutiérrez Amador, nacido en Tijuana cuando 'era un "
    "ranchito', celebró su cumpleaños 101 el 6 de diciembre en nuestra unidad de Medicina "
    "Interna, rodeado de sus 4 hijos y 30 nietos. Su hija Leonor trajo el pastel de tres leches. "
    "🎂",
    [
        ("AGE", "101", 1),
        ("NAME", "Nicolás Gutiérrez Amador"),
        ("GEO", "Tijuana"),
        ("AGE", "101", 2),
        ("DATE", "6 de diciembre"),
        ("NAME", "Leonor"),
    ],
    note="edad 101 dos veces, nombre, ciudad natal, cumpleaños, hija",
)

# 200
n(
    "es",
    "research",
    "Estudio: las personas mayores de 90 años que viven en Chula Vista y Tijuana tienen el doble "
    "de riesgo de golpe de calor. Nuestro equipo de Geriatría publicó estos datos en la revista "
    "Salud Fronteriza (vol. 12, 2025). Cuida a tus mayores.",
    "edades y lugares de una población",
)

# 201
p(
    "en",
    "patient_story",
    "Meet Lt. Marisa Okoye, a Navy helicopter pilot at NAS North Island, who came to our ED on "
    "February 9 with what she thought was a pulled muscle — it was appendicitis. Two days later "
    "she was cleared for light duty. 'Listen to your body,' says Marisa. We couldn't agree more.",
    [
        ("NAME", "Marisa Okoye"),
        ("GEO", "NAS North Island"),
        ("DATE", "February 9"),
        ("NAME", "Marisa", 2),
    ],
    note="name, base, ED visit date",
)

# 202
n(
    "en",
    "health_tip",
    "Appendicitis pain often starts near the belly button and moves to the lower right. Fever, "
    "vomiting, pain when you walk or cough? Don't wait — come to the ED. Our Chula Vista ED wait "
    "time right now: bayfrontregional.org/er-wait.",
    "health tip; hospital URL",
)

# 203
p(
    "en",
    "pasted_record",
    "Medic 14 run sheet: 95 y/o M, fall at home, 2287 Paseo del Rey, Chula Vista 91914 — wife "
    "(Ofelia) on scene, son Arnulfo Paz on the way, callback (619) 555-0174. Pt: PAZ, ISIDRO. "
    "Arrived ED 0845 11/29. (wrong upload, pls remove)",
    [
        ("AGE", "95"),
        ("GEO", "2287 Paseo del Rey"),
        ("GEO", "Chula Vista"),
        ("GEO", "91914"),
        ("NAME", "Ofelia"),
        ("NAME", "Arnulfo Paz"),
        ("PHONE", "(619) 555-0174"),
        ("NAME", "PAZ, ISIDRO"),
        ("DATE", "11/29"),
    ],
    note="run sheet: age 95, home address, wife, son, phone, name, arrival date",
)

# 204
n(
    "en",
    "staff_spotlight",
    "Welcome to the team, Paz Ofelia Rendón, our new Director of Nursing for Women's Services! "
    "Paz joins us from Scripps Mercy and is a proud Southwestern College alum. Fun fact: she "
    "started here as a candy striper in 1995.",
    "staff member named Paz Ofelia",
)

# 205
p(
    "en",
    "memorial",
    "We lost a member of our family this week. Ernesto 'Kuya Ernie' Bagasol was a dialysis "
    "patient here for 11 years and knew every nurse's kids by name. He passed on October 24, his "
    "70th birthday, at home in Paradise Hills. To his wife Tita Baby and their children: he will "
    "be missed. 🕊️",
    [
        ("NAME", "Ernesto 'Kuya Ernie' Bagasol"),
        ("DATE", "October 24"),
        ("GEO", "Paradise Hills"),
        ("NAME", "Baby"),
    ],
    note="memorial: name with nickname, death date, neighbourhood, wife whose name is Baby",
)

# 206
n(
    "en",
    "event",
    "Fiesta at the clinic! 🇵🇭 This Saturday our National City outreach team hosts a "
    "Filipino-American health fair at the Paradise Hills Community Center: BP checks, hepatitis "
    "B screening, and a Tagalog-language Medicare Q&A with Tita Chona from our Patient "
    "Navigation team.",
    "event venue; staff with a kinship title",
)

# 207
p(
    "en",
    "birth_announcement",
    "Security is holding the keys to a silver Toyota Camry, California plate 9LMN482, left "
    "running at our ED entrance at 2 a.m. when the driver rushed in his wife in labor. Congrats, "
    "Dad! Please pick them up at the Security desk.",
    [("VEHICLE", "9LMN482")],
    note="the patient's husband's licence plate is the only identifier",
)

# 208
n(
    "en",
    "hospital_contact",
    "Parking update: Lot C permits now start with 'BRMC-' followed by your 5-digit employee ID "
    "(e.g., BRMC-20481). Visitors park free in Lot A for up to 4 hours; validate at the front "
    "desk. Questions: (619) 555-0100.",
    "staff permit format; hospital number",
)

# 209
p(
    "en",
    "patient_story",
    "Abu Yousif drove a taxi in Baghdad before he and his family resettled in El Cajon in 2016. "
    "On January 28 he became the 500th patient to get a new knee at our East County orthopedic "
    "center. His son Yousif, who translated for him at every visit, says his dad already wants to "
    "dance the khigga at his cousin's wedding.",
    [
        ("NAME", "Yousif", 1),
        ("GEO", "Baghdad"),
        ("GEO", "El Cajon"),
        ("DATE", "January 28"),
        ("NAME", "Yousif", 2),
    ],
    note="teknonym with the son's name, former city, home city, surgery date, son",
)

# 210
n(
    "en",
    "statistic",
    "Our East County Orthopedic Center just performed its 500th knee replacement! 🦵 Average "
    "length of stay: 1.2 days. 68% of patients went home the same day. Thank you to Dr. Samer "
    "Yaldo and the whole ortho crew.",
    "milestone count and staff",
)

# 211
p(
    "en",
    "pasted_record",
    "@channel labs for KALASHO, NINEV (MRN 00632218): K 6.1, Cr 4.2 — nephro aware. Dad (Khalid) "
    "asking for updates at khalid.kalasho@gmail.com. Pt in 6E room 11. ← posted to the public "
    "page by accident, DELETE",
    [
        ("NAME", "KALASHO, NINEV"),
        ("MRN", "00632218"),
        ("NAME", "Khalid"),
        ("EMAIL", "khalid.kalasho@gmail.com"),
        ("OTHER_ID", "room 11"),
    ],
    note="lab message: name, MRN, father and his e-mail, room",
)

# 212
n(
    "en",
    "health_tip",
    "What do your kidney labs mean? Creatinine (Cr) normal range: 0.6–1.3 mg/dL. Potassium (K): "
    "3.5–5.0. eGFR above 60 is considered normal for most adults. Ask your doctor — or join our "
    "free kidney class on the 3rd Tuesday of every month in El Cajon.",
    "lab reference ranges; event schedule",
)

# 213
p(
    "en",
    "patient_story",
    "Centenarian and Camp Pendleton legend: Gunnery Sgt. (Ret.) Leroy Banks, who trained Marines "
    "at Pendleton for 22 years, is recovering in our Transitional Care Unit after a fall on "
    "Easter Sunday. His daughter Denise tells us he's already asking the therapists for push-up "
    "challenges. Oorah, Gunny!",
    [
        ("AGE", "Centenarian"),
        ("GEO", "Camp Pendleton"),
        ("NAME", "Leroy Banks"),
        ("GEO", "Pendleton", 2),
        ("DATE", "Easter Sunday"),
        ("NAME", "Denise"),
    ],
    note="age as a word, base, name, date of the fall as a holiday, daughter",
)

# 214
n(
    "en",
    "public_figure",
    "Happy 100th birthday to Evelyn Castañeda, Chula Vista's first woman mayor, who cut the "
    "ribbon at our original hospital in 1962! Mayor Castañeda, the whole South Bay thanks you.",
    "public figure's age is not labelled",
)

# 215
p(
    "en",
    "discharge",
    "Pictured: 6-year-old Ninar Gorgees and her big brother Martin on the day she left our "
    "Pediatric ICU — August 14, exactly one month after her near-drowning at a Santee pool "
    "party. Ninar's mom, Reem, asked us to share one message: 'Watch the water.'",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Ninar Gorgees"),
        ("NAME", "Martin"),
        ("DATE", "August 14"),
        ("GEO", "Santee"),
        ("NAME", "Ninar", 2),
        ("NAME", "Reem"),
    ],
    note="photo of the patient, name, brother, discharge date, town of the injury, mother",
)

# 216
n(
    "en",
    "health_tip",
    "Drowning is the #1 cause of death for kids 1–4 in California. Pool parties need a 'water "
    "watcher' — one adult, no phone, eyes on the water. Free swim-safety classes at the Chula "
    "Vista Aquatic Center, Saturdays in June. Register: (619) 555-0100.",
    "statistic and event",
)

# 217
p(
    "en",
    "pasted_record",
    "OCR result: MEMBER NAME: LUNA, ESTEBAN R  MEMBER ID: XKP842216391  GROUP: 0091124  PLAN: "
    "Blue Shield Trio HMO  DOB: 03/17/1963  — ignore, the scanner app shared to our page instead "
    "of Epic",
    [
        ("NAME", "LUNA, ESTEBAN R"),
        ("HEALTH_PLAN", "XKP842216391"),
        ("DATE", "03/17/1963"),
    ],
    note="insurance card OCR: name, member id, DOB; the group number is not labelled",
)

# 218
n(
    "en",
    "hospital_contact",
    "We accept Medi-Cal, Medicare, TRICARE, Covered California and most Blue Shield, Anthem and "
    "Aetna plans. Not sure? Call (619) 555-0155 with your member ID handy — but please never post "
    "it here!",
    "insurers and hospital number",
)

# 219
p(
    "en",
    "birth_announcement",
    "Daddy watched from the USS Abraham Lincoln! 🚢 Elijah James Soriano was born on the 4th of "
    "July at 3:14 p.m. (yes, fireworks included) while his dad, Petty Officer Mark Soriano, "
    "joined by video call from the Western Pacific. Mom Trisha says Elijah is their little "
    "firecracker. 🎆",
    [
        ("NAME", "USS Abraham Lincoln"),
        ("NAME", "Elijah James Soriano"),
        ("DATE", "4th of July"),
        ("NAME", "Mark Soriano"),
        ("NAME", "Trisha"),
        ("NAME", "Elijah", 2),
    ],
    note="father's ship (employer), baby, birth date, parents",
)

# 220
n(
    "en",
    "event",
    "Fleet Week San Diego is here! ⚓ Tour the USS Abraham Lincoln and USS Makin Island at "
    "Broadway Pier this weekend, and stop by our first-aid tent near the Midway. Heat + lines = "
    "hydrate! 🇺🇸",
    "ships open to the public, tied to no patient",
)

# 221
p(
    "en",
    "patient_story",
    "Lola Corazon 'Cory' Magsaysay-Lim, 95, came to us from her home in Bonita on the Feast of "
    "the Immaculate Conception, December 8, with pneumonia. Today she's back to her daily rosary "
    "and her Facebook live novenas. Her grandson Paolo: 'Lola says salamat to the night nurses — "
    "and to stop calling her Lola, she's Tita Cory.' 😂",
    [
        ("NAME", "Corazon 'Cory' Magsaysay-Lim"),
        ("AGE", "95"),
        ("GEO", "Bonita"),
        ("DATE", "Feast of the Immaculate Conception"),
        ("DATE", "December 8"),
        ("NAME", "Paolo"),
        ("NAME", "Cory", 2),
    ],
    note="name, age 95, town, admission date twice, grandson; 'Lola' is a kinship title",
)

# 222
n(
    "en",
    "staff_spotlight",
    "Tita Cory, Kuya Jun and Ate Weng — three of our longest-serving EVS team members — retire "
    "this month with 90 years of service between them. Salamat po for keeping Bayfront shining "
    "since 1992! 🧹✨",
    "staff nicknames; 90 years of service is not an age",
)

# 223
p(
    "en",
    "hospital_contact",
    "Hi Rolando — thanks for reaching out about your MyBayfront login. For your security we've "
    "deleted your comment, which showed your email (rolando.uy.1968@gmail.com) and date of birth. "
    "Our portal team will contact you directly.",
    [
        ("NAME", "Rolando"),
        ("EMAIL", "rolando.uy.1968@gmail.com"),
    ],
    note="reply to a portal user (a patient): name and e-mail",
)

# 224
n(
    "en",
    "hospital_contact",
    "Need help with MyBayfront? Email portal@bayfrontregional.org — include your name and a "
    "callback number, but NOT your medical record number or date of birth. We'll verify you by "
    "phone. Hours: 7 a.m.–7 p.m., 7 days a week.",
    "hospital e-mail",
)

# 225
p(
    "en",
    "patient_story",
    "Valhalla High junior Ramy Toma tore his ACL in the CIF semifinal on November 21. Tonight, 9 "
    "months later, he's back on the field for the Norsemen. His mom, Vivian, sent us this photo "
    "of Ramy's first goal. ⚽ Go Ramy!",
    [
        ("NAME", "Ramy Toma"),
        ("DATE", "November 21"),
        ("NAME", "Vivian"),
        ("PHOTO", "photo"),
        ("NAME", "Ramy", 2),
        ("NAME", "Ramy", 3),
    ],
    note="name, injury date, mother, photo of him; his school and team are not identifiers",
)

# 226
n(
    "en",
    "event",
    "Sports physicals for $20 — every Saturday in July at our El Cajon Family Health Center, for "
    "students at Granite Hills, Valhalla, El Cajon Valley and Grossmont high schools. Bring your "
    "CIF form. Walk-ins welcome until 1 p.m.",
    "schools and event",
)

# 227
p(
    "en",
    "pasted_record",
    "Patient valuables log: wallet with CA DL D4482913 (name GOMEZ, ALBERTO), $43 cash, Samsung "
    "phone, SENTRI card. Released to wife Carmen 6/15. — sorry, wrong album",
    [
        ("LICENSE", "D4482913"),
        ("NAME", "GOMEZ, ALBERTO"),
        ("NAME", "Carmen"),
        ("DATE", "6/15"),
    ],
    note="valuables log: licence number, name, wife, release date",
)

# 228
n(
    "en",
    "recruitment",
    "Now hiring travel RNs! Requirements: active California RN license, BLS/ACLS, 2 years acute "
    "care. Compact licenses welcome. $2,800/week for 13-week contracts starting January 6. Job ID "
    "55019. Apply at bayfrontregional.org/careers.",
    "licence words, start date and job id",
)

# 229
n(
    "en",
    "staff_spotlight",
    "Congratulations to our Labor & Delivery nurses Marco Ibáñez and Yesenia Cota, who met on "
    "night shift in 2019 and got married on June 12! 💍 The whole Birth Center was there.",
    "staff wedding date",
)

# 230
n(
    "en",
    "hospital_contact",
    "Is this yours? A pair of reading glasses in a purple case, a baby's pink beanie, and a "
    "rosary with blue beads were found in our Birth Center waiting room. Call Security at (619) "
    "555-0100 to describe and claim.",
    "lost objects; hospital number",
)

# 231
p(
    "en",
    "milestone_birthday",
    "Three generations of Navy in one hospital room: Domingo Reyes, 98, a retired steward who "
    "served on the USS Kitty Hawk, celebrated his birthday in room 305 with his son Ed (retired "
    "Navy captain) and his granddaughter Bea, a lieutenant at Naval Base San Diego. Maligayang "
    "kaarawan, Lolo Domingo!",
    [
        ("NAME", "Domingo Reyes"),
        ("AGE", "98"),
        ("NAME", "USS Kitty Hawk"),
        ("OTHER_ID", "room 305"),
        ("NAME", "Ed"),
        ("NAME", "Bea"),
        ("GEO", "Naval Base San Diego"),
        ("NAME", "Domingo", 2),
    ],
    note="name, age 98, ship, room, son, granddaughter and her base",
)

# 232
n(
    "en",
    "public_figure",
    "Happy 250th birthday, U.S. Navy! ⚓ Born October 13, 1775. Thank you to the 1,100 sailors, "
    "veterans and Navy spouses who work at Bayfront — and to Rear Adm. Grace Hopper, the 'Queen "
    "of Code,' whose birthday we celebrate in December.",
    "institution's birthday and a historical figure",
)

# 233
p(
    "en",
    "pasted_record",
    "Web form submission #44817 — Name: Tessa Oyelaran · Message: 'Please add my mom Adaeze "
    "Oyelaran (admitted 9/22) to your prayer list. Updates at "
    "caringbridge.org/visit/adaezeoyelaran' · IP: 68.101.22.187 · Submitted 9/23 10:41 PM. "
    "[auto-shared to FB by Zapier?? turning this off]",
    [
        ("OTHER_ID", "44817"),
        ("NAME", "Tessa Oyelaran"),
        ("NAME", "Adaeze Oyelaran"),
        ("DATE", "9/22"),
        ("URL", "caringbridge.org/visit/adaezeoyelaran"),
        ("IP", "68.101.22.187"),
        ("DATE", "9/23"),
    ],
    note="web form: submission id, daughter, patient, admission date, CaringBridge URL, IP, submission date",
)

# 234
n(
    "en",
    "crisis_update",
    "Cyber safety tip from our IT team: phishing e-mails pretending to be from 'Bayfront HR' came "
    "from servers at 203.0.113.54 and 198.51.100.7 this week. Never click links asking for your "
    "login; report them to security@bayfrontregional.org.",
    "attackers' IPs, hospital e-mail",
)

# 235
p(
    "en",
    "birth_announcement",
    "Born on Easter morning: Maryam Shamoun Kallabat arrived at 5:50 a.m. on April 20 to parents "
    "Rita and George Kallabat of El Cajon. Her Jiddo Sabri says she's the 'Easter gift' the "
    "family prayed for after a long NICU stay for her big sister Mona last year. Breekha! 🐣",
    [
        ("DATE", "Easter", 1),
        ("NAME", "Maryam Shamoun Kallabat"),
        ("DATE", "April 20"),
        ("NAME", "Rita"),
        ("NAME", "George Kallabat"),
        ("GEO", "El Cajon"),
        ("NAME", "Sabri"),
        ("DATE", "Easter", 2),
        ("NAME", "Mona"),
    ],
    note="born on Easter = April 20, mentioned again; baby, parents, town, grandfather, sister",
)

# 236
n(
    "en",
    "event",
    "Easter egg hunt for our pediatric patients and siblings: Saturday, April 19, 10 a.m., in the "
    "healing garden. The Easter Bunny (our own security officer, Danny Zaitona) will be there! 🐰",
    "event date; staff",
)

# 237
p(
    "en",
    "thank_you",
    "@ceci_hdz We're so glad your abuela Josefina is feeling better! Please edit your comment to "
    "remove her home address on Calle Segunda in Zona Norte — we want to keep her safe. 💙",
    [
        ("OTHER_ID", "@ceci_hdz"),
        ("NAME", "Josefina"),
        ("GEO", "Calle Segunda"),
        ("GEO", "Zona Norte"),
    ],
    note="granddaughter's handle, patient's name, street and neighbourhood",
)

# 238
n(
    "en",
    "campaign_hashtag",
    "#TijuanaStrong #ElCajonStrong #ChulaVistaStrong — whatever side of the border, whatever "
    "language, we're one community. 💙 #BayfrontStrong",
    "place hashtags, not tied to a patient",
)

# 239
p(
    "en",
    "pasted_record",
    "Transfer request from Naval Hospital Camp Pendleton: pt LCpl ALVAREZ, JOSUE M · DoD ID "
    "1539904418 · MRN 00719953 · unit 3/1 Marines · POC: mother Irma Alvarez (956) 555-0131, "
    "irma.alvarez77@gmail.com · ETA 1500",
    [
        ("NAME", "ALVAREZ, JOSUE M"),
        ("OTHER_ID", "1539904418"),
        ("MRN", "00719953"),
        ("NAME", "3/1 Marines"),
        ("NAME", "Irma Alvarez"),
        ("PHONE", "(956) 555-0131"),
        ("EMAIL", "irma.alvarez77@gmail.com"),
    ],
    note="transfer request: name, DoD id, MRN, unit, mother and her contacts; the sending hospital is not labelled",
)

# 240
n(
    "en",
    "hospital_contact",
    "Thank you for 40 years, San Diego! From our first patient in 1985 to today, Bayfront has "
    "cared for more than 3 million of you. Follow @BayfrontRegional, @BayfrontSalud and "
    "@BayfrontNICU for stories — always shared with permission. 💙",
    "the hospital's handles",
)

if __name__ == "__main__":
    S.main("phi_dev91_source")
