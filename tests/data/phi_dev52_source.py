"""Blind development set d52 for the PHI scanner: tests/data/phi_dev52.jsonl.

Organisation: Gulf Coast Bayfront Medical Center (phi_dev52_org.json): main campus
at 3300 Ocean Drive, Corpus Christi; Bayfront Kingsville campus at 1450 East King
Avenue; Harbor Clinic / Foundation at 820 Shoreline Boulevard; six 361-555-01xx
numbers (switchboard, Kingsville, Foundation, nurse line, media, storm line);
domains gulfcoastbayfront.org and bayfrontgives.org; handles @GCBayfront,
@BayfrontKingsville, @BayfrontKids, @BayfrontEnSalud.
Focus: the Coastal Bend of Texas: refinery burns and plant injuries, shrimp-boat
winch and Vibrio injuries, Vietnamese shrimping families, King Ranch vaqueros and
rodeo riders, Tejano musicians, Navy student pilots and instructors from the air
stations, hurricanes and evacuations, quinceaneras and Dia de los Muertos.
Hard cases: patient names that are ordinary words or places (Long, Son, Paz,
Dolores, Sol, Cruz, Milagros, Consuelo, Victoria from Victoria, Santos, Guadalupe,
Le next to the Spanish pronoun le, Jesus, Marina); names only in hashtags;
nicknames and epithets ('the Admiral', Big Lou, Chapulin, Mr. C, R.G.); chart-style
and lower-case names (NOWAK, EDWARD / castillo r / pham t / r. villegas); patients
who are staff, a volunteer, a Tejano star, a boxer, a ballplayer; staff and donors
who are a patient's relatives; relatives named in passing; towns that are names
(Alice, Bishop, Ricardo, Armstrong, George West, Agua Dulce, San Diego TX);
holidays that are the patient's day (Tet, Nochebuena, Cinco de Mayo, Dia de la
Virgen de Guadalupe, dia de San Antonio, Dia de Todos los Santos, Dia de las Madres,
Ano Nuevo Lunar, New Year's Day) next to event dates and public figures' dates that
are not (Selena's 31 de marzo, 16 de septiembre parade, shrimp-season opening);
days of the month alone; ages over 89 in digits, words, ordinals (95TH, nonagesimo),
chart shorthand (F/94, 91yo, 96a, 90 y/o) next to staff/volunteer ages, decades
('in her 90s', 'noventa y tantos'), percentages (96%, 97%), '100th volunteer',
'Dia 100', '90 miles'; family phones next to the hospital's; MRN, NSS/SSN,
TRICARE DBN, Medicaid, CSN, account, portal user name, IP, pacemaker and pump
serials, licence and plate in pasted notes. Hard negatives: staff spotlights,
donors, sponsors, volunteers, visiting athletes and officials, historical figures
(Selena, Dr. Hector P. Garcia, Richard King, Florence Nightingale, Marie Curie),
hurricane names (Hanna, Allen, Beryl), eponyms (Parkinson's, Alzheimer's,
Dupuytren's, Bell's palsy, Kawasaki, Guillain-Barre, Chagas, Lisfranc, Wilms),
awareness months, statistics, campaign hashtags and anonymous stories.
Language mix: 240 posts, 120 English and 120 Spanish; 120 patient-specific, 120 not
(60/60 in each language).
Labelling decisions taken in this set (where the rules leave room):
- A patient's employer is never labelled, nor is it GEO: the King Ranch, a
  refinery or plant, a boat, a band, the naval air station, a ballclub, a bakery's
  name. The King Ranch is treated as the employer even when the injury happened
  there. (This departs from the holdout decision that employers are NAME.)
- The place where the patient's injury or medical event happened (the town of a
  rodeo or a dance, a bay, the town off which a boat capsized, a farm road) is GEO,
  extending 'road of the patient's crash'. The site of a public incident reported
  for several unnamed patients ('a refinery explosion', 'a plant in Ingleside')
  is not GEO, and the post stays not patient-specific.
- A date or place shared by a counted group of unnamed patients ('41 on Christmas
  Day', 'el 16 de septiembre nacieron 23 bebes') is an aggregate, not labelled.
- Staff, volunteers and public figures are labelled when the post makes them a
  patient (their own admission, surgery, delivery, transplant) or a patient's
  relative (the charge nurse whose granddaughter was born here, the ER doctor who
  delivered twins). Donors are labelled when introduced as a patient's relative,
  including the family surname in their company's name ('Tran Seafood Co.',
  'Transportes Quiroga').
- An exact age over 89 of an unnamed patient is AGE ('a 104-year-old',
  'una paciente de 103 anos'); decades and approximations ('in her 90s',
  'noventa y tantos') are not ages and are not labelled. Chart shorthand: the
  number only when the letter is split off ('F/94' -> '94', '90 y/o' -> '90'),
  the whole token when joined ('91yo', '96a', '95TH').
- A day of the month alone is labelled as the number or ordinal token only
  ('14th', '3rd', '22nd', 'dia 19' -> '19'). 'Dia 23' / 'Day 41' / 'Dia 100'
  counting days of a stay are not dates.
- A date range written as one expression is one DATE span ('2 al 19 de junio');
  two separate dates are two spans ('Jan. 3 and Jan. 29').
- A follow-up appointment date, a portal appointment date, a surgery date on a
  form and the planned date of the patient's own quinceanera are person-tied
  DATEs. A holiday used only as a deadline ('no horses til christmas') is not.
- A holiday whose name contains a saint or the Virgin (Dia de la Virgen de
  Guadalupe, dia de San Antonio, Dia de Todos los Santos) is one DATE span when it
  is the patient's day; a patient named Guadalupe or Santos gets a separate NAME.
- A nickname that is a proper name ('Big Lou', 'the Admiral' -> 'Admiral',
  'Pacita', 'Chapulin') is NAME; 'Big' is kept because it is part of the nickname.
  Kinship words and honorifics (Abuela, Mama, Ong, Ba, bà, don, dona, Capt., ENS,
  LT, alferez, teniente, Chief) are outside the span; 'Bà Nội' alone is a kinship
  term, not a name. 'Fide' (for Fide Jr.) is labelled without 'Jr.'.
- Room/bed numbers: 'the guy in 509' -> OTHER_ID '509' (no keyword written);
  unit-bed codes '4N-12' are OTHER_ID; 'CAMA: 4B-22' keeps its keyword and colon.
  Units (3 West, 4 Norte, 7.o piso) are not labelled.
- A patient's home port, a relative's town (grandma's in sarita, the maternal
  grandparents' Seadrift), a past residence or birthplace (Saigon, Port Arthur,
  Monterrey, Laredo) and a school's town (Bishop High, primaria ... de Corpus
  Christi, 'back to Annapolis') are GEO. States and foreign states (Tamaulipas)
  and countries are not; Coastal Bend / sur de Texas regions are not.
- A named ranch that is the patient's home ('RANCHO LOS OLMOS') is GEO, span
  including 'RANCHO'.
- Identifier types: patient's own social handle and portal user name -> OTHER_ID;
  Epic-style CSN encounter number -> OTHER_ID (digits only); TRICARE DBN and
  Medicaid numbers -> HEALTH_PLAN; hospital account number (acct, Cuenta) ->
  ACCOUNT; Mexican-style NSS on a pasted sheet -> SSN; licence plate -> VEHICLE
  (without the state); pacemaker and insulin-pump serials -> DEVICE (the model
  name 'Azure XT' is not). A hospital URL with a patient's name in its path
  (bayfrontgives.org/rudy) is the hospital's and is not labelled; the patient's
  CaringBridge or GoFundMe page is URL.
- A family's request for privacy does not change labels (New Year's Day baby from
  Rockport is patient-specific). An x-ray shared without a name is not PHOTO; a
  photo on an altar of a relative is not PHOTO; 'Pictured' / 'photo' stating that
  the image shows the patient is PHOTO.
- Hurricane names are not names; when a patient shares the name (Hanna) the
  hurricane's occurrence is declared unlabelled. Pets' names (the mare Paloma)
  are not labelled. Song titles (Como la Flor, La Chona, Volver volver) are not.
- Full dates of birth on pasted records are labelled whole with the year even
  when they imply an age over 89; bare years (came to Seadrift in 1979) never.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev52.jsonl"), os.path.join(HERE, "phi_dev52_org.json"), "d52")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English

# 1
p(
    "en",
    "patient_story",
    "Capt. Long Pham of Aransas Pass has fished these bays for 31 years, long enough to know when a winch cable is about to snap. On Aug 2 he didn't see it coming. Three surgeries later, he's back on the dock showing our hand therapy team how to mend a net one-handed. His grandson Khoa translated every appointment. 🦐💪 #ShrimpStrong",
    [
        ("NAME", "Long Pham"),
        ("GEO", "Aransas Pass"),
        ("DATE", "Aug 2"),
        ("NAME", "Khoa"),
    ],
    note="Patient name Long Pham (lower-case 'long' is the word); home town Aransas Pass; injury date Aug 2; grandson Khoa is a relative. 31 years of fishing is not an age.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight 🌟 Meet Hope Delgado, RN, who has worked nights in our NICU for 22 years and rocked an estimated 4,000 babies to sleep. Her secret? Freddy Fender on low volume. Hope grew up in Taft, trained at Del Mar College, and still brings pan dulce every Friday. 💙",
    "A nurse (staff) and her home town; Freddy Fender is a public figure. No patient.",
)

# 3
p(
    "en",
    "birth_announcement",
    "Some babies wait for a calm night. Not this one. Hanna Lucía Reyes arrived at 3:12 a.m. on July 25 with the wind still howling outside — her parents swear the name was picked out months before Hurricane Hanna showed up, and nobody on L&D believes them 😂 Hanna weighed 7 lb 2 oz and slept through the whole storm. #BayfrontBabies",
    [
        ("NAME", "Hanna Lucía Reyes"),
        ("DATE", "July 25"),
        ("NAME", "Hanna", 3),
    ],
    note="Newborn Hanna Lucía Reyes and her birth date; the second 'Hanna' is the hurricane (declared unlabelled), the third is the baby again.",
    ok=("Hanna",),
)

# 4
n(
    "en",
    "health_tip",
    "Vibrio season is here. 🦠 If you get a cut while wading, fishing or cleaning crabs in the bay, wash it right away with soap and clean water, and stay out of the water until it heals. Fever, spreading redness or blisters? Go to the ER. Questions? Call our 24/7 nurse line, (361) 555-0147.",
    "General advice; the number is the hospital's nurse line.",
)

# 5
p(
    "en",
    "discharge",
    "ENS Caleb Whitaker walked out of 5 South on his own two feet today, 19 days after his T-6 went down short of the runway. Student Naval Aviator, future Super Hornet driver (his words). Fair winds, Caleb — and maybe keep the gear down next time. ✈️🇺🇸",
    [
        ("NAME", "Caleb Whitaker"),
        ("NAME", "Caleb", 2),
    ],
    note="Navy student pilot discharged: name twice (rank ENS excluded). '19 days', 'today' and the unit 5 South are not identifiers.",
)

# 6
n(
    "en",
    "staff_spotlight",
    "Dr. Thanh Nguyen (no relation to half the shrimp fleet, he swears 😂) is our new trauma surgery fellow. Born in Port Arthur, trained in Galveston, survived a hurricane season there too. Welcome to the Bayfront family, Dr. Nguyen! #NewFaces",
    "New staff surgeon and his birthplace; staff identifiers are never labelled.",
)

# 7
p(
    "en",
    "thank_you",
    "A thank-you card taped to the 3 West nurses' station this week: 'To the night crew who sang Selena to my mother when she couldn't sleep — you gave us back our Mamá Chayo for a little while. If anyone ever needs tamales, call me. — Norma, (361) 555-0193.' It's getting framed. 💛",
    [
        ("NAME", "Chayo"),
        ("NAME", "Norma"),
        ("PHONE", "(361) 555-0193"),
    ],
    note="Patient's nickname Chayo (Mamá is a kinship title), her daughter Norma and the daughter's phone. Selena is the singer.",
)

# 8
n(
    "en",
    "statistic",
    "By the numbers, 2024 🔢: 412 work-related hand injuries, 96 of them on shrimp boats. 1,038 heat-related ER visits. 18 vibrio infections. 3 hurricanes tracked, 1 evacuation. 0 days our ER closed. #BayfrontYearInReview",
    "Aggregate counts; '96' is a count, not an age; 2024 is a bare year.",
)

# 9
p(
    "en",
    "memorial",
    "Rest easy, Don Ramiro 'Chito' Cantú. Seventy years a Kineño, and he still asked the nurses every morning whether the rain had reached the pastures. He passed peacefully on Nov. 2 — el Día de los Muertos — with his daughters singing beside him. 🤠🕯️ #Kineño",
    [
        ("NAME", "Ramiro 'Chito' Cantú"),
        ("DATE", "Nov. 2"),
        ("DATE", "Día de los Muertos"),
    ],
    note="Vaquero who died here: name with nickname (Don excluded); death date written twice (Nov. 2 and Día de los Muertos). Seventy years of work is not an age; Kineño (employer's people) is not labelled.",
)

# 10
n(
    "en",
    "event",
    "📅 SAVE THE DATE: Blessing of the Fleet — Sunday, April 27, 9 a.m., Aransas Pass harbor. Father Rolando Tijerina will bless every boat that shows up, and our nurses will do free blood-pressure checks for crews. Bring the whole family! ⛵",
    "Event date and venue; the priest is not a patient.",
)

# 11
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Miss Ofelia! 🎂 Ofelia Treviño rolled into cardiac rehab this morning in a sequined cap her great-granddaughters made, did her full 20 minutes on the bike, and informed us she expects a band next year. Born in Premont on February 9th, 1925, she has outlived three hurricanes' worth of roofs. Pictured with therapist Joel and his very tired knees.",
    [
        ("AGE", "100th"),
        ("NAME", "Ofelia", 1),
        ("NAME", "Ofelia Treviño"),
        ("GEO", "Premont"),
        ("DATE", "February 9th, 1925"),
        ("PHOTO", "Pictured"),
    ],
    note="Patient's 100th birthday, name (Miss excluded), birthplace and full birth date; 'Pictured' says the photo shows her. Therapist Joel is staff.",
)

# 12
n(
    "en",
    "staff_spotlight",
    "It's Nurses Week and the votes are in! 🏅 Congrats to Maribel 'Bebe' Quiroga (L&D), Tomás Ruiz (4 East), Sandra Le (ICU) and Pete Kowalski (ER, Kingsville), this year's Nightingale Award winners. Florence would approve.",
    "Staff award winners; Nightingale/Florence is a historical figure.",
)

# 13
p(
    "en",
    "pasted_record",
    "oops wrong window 😬 pasted from the bed board: 'ADM 10/14 0215 | LE, THI HOA | F/94 | MRN 0047-2291-88 | rm 6112-B | dx fall, R hip fx | dtr Kim (361) 555-0158' — deleting this now, sorry all",
    [
        ("DATE", "10/14"),
        ("NAME", "LE, THI HOA"),
        ("AGE", "94"),
        ("MRN", "0047-2291-88"),
        ("OTHER_ID", "rm 6112-B"),
        ("NAME", "Kim"),
        ("PHONE", "(361) 555-0158"),
    ],
    note="Pasted bed-board line: admission date, chart-style name, age 94 from 'F/94', MRN, room, daughter Kim and her phone.",
)

# 14
n(
    "en",
    "health_tip",
    "Heat index hit 112° on refinery row today. 🔥 Working outside? Water every 15 minutes, shade breaks, and know heat stroke: confusion, hot dry skin, no sweat. Call 911 — don't drive your coworker in yourself. #WorkSafeCoastalBend",
    "Heat safety advice; 911 is a national line.",
)

# 15
p(
    "en",
    "patient_story",
    "When the flash fire hit the coker unit, Dewayne Boudreaux was the last man off the platform because he went back for his apprentice. 38% TBSA. Eleven weeks in our burn unit. Today the Ingleside dad rang the bell while his crew from the plant lined the hallway in their FRs. His wife Tasha says he's already asking when he can go back. 🔥➡️🏠",
    [
        ("NAME", "Dewayne Boudreaux"),
        ("GEO", "Ingleside"),
        ("NAME", "Tasha"),
    ],
    note="Burn patient's name, home town Ingleside and wife Tasha. The plant (employer) is not labelled.",
)

# 16
n(
    "en",
    "staff_spotlight",
    "Fun fact Friday: our chaplain, Fr. Benedicto Salas, turned 91 last week and still does rounds on foot. Three floors. Every day. He says the elevator is for people who aren't in a hurry to meet Jesus. 🙏",
    "A staff chaplain's age over 89 is not labelled: he is staff, not a patient.",
)

# 17
p(
    "en",
    "birth_announcement",
    "Chúc mừng năm mới! 🧧 Our first Year of the Snake baby — Bảo Ngọc Nguyễn, 6 lb 11 oz — was born at 12:41 a.m. on Tết to a shrimping family from Palacios. Big brother Duy has already claimed her as first mate. #BayfrontBabies",
    [
        ("NAME", "Bảo Ngọc Nguyễn"),
        ("DATE", "Tết"),
        ("GEO", "Palacios"),
        ("NAME", "Duy"),
    ],
    note="Newborn's name, born on Tết (the holiday is her birth date), family's town Palacios, brother Duy. The greeting and 'Year of the Snake' are not dates.",
)

# 18
n(
    "en",
    "event",
    "Our 12th annual Día de los Muertos ofrenda is up in the main lobby, Oct. 28 – Nov. 2. Families of patients we lost this year are welcome to add a photo of their loved one. Pan de muerto and champurrado at 5 p.m. on Nov. 1. 🌼",
    "Event dates and an invitation; no patient is identified, and no photo of a patient is attached.",
)

# 19
p(
    "en",
    "discharge",
    "They named her Milagros for a reason. Born at 24 weeks, 1 lb 3 oz, and today — 117 days later — she went home to Robstown with an oxygen cannula, a stuffed shrimp from her NICU nurses, and more milagros than we can count. 🙏 #NICUgrad",
    [
        ("NAME", "Milagros"),
        ("GEO", "Robstown"),
    ],
    note="Capitalised Milagros is the baby's name; lower-case 'milagros' is the word. Home town Robstown.",
)

# 20
n(
    "en",
    "staff_spotlight",
    "From crew chief to flight nurse: meet Kyle Ransom, RN, CFRN — former Navy helicopter crew chief, now flying with our air ambulance team. 1,200 missions and counting, and he knows every farm road between here and Falfurrias. 🚁",
    "Staff flight nurse; Falfurrias is not tied to a patient.",
)

# 21
p(
    "en",
    "thank_you",
    "shoutout to nurse Brenda and Dr. Okafor on peds!!! they took care of my lil brother jojo for 9 days after the jet ski thing and never once made him feel dumb about it lol. he's home in flour bluff now eating everything in the fridge. ty bayfront 💙",
    [
        ("NAME", "jojo"),
        ("GEO", "flour bluff"),
    ],
    note="Lower-case patient nickname jojo and his neighbourhood flour bluff. Nurse Brenda and Dr. Okafor are staff.",
)

# 22
n(
    "en",
    "staff_spotlight",
    "ICYMI 👩‍⚕️ Dr. Mercedes Alvarado-Chen was named Texas Rural Physician of the Year for her work at our Kingsville clinic, where she has delivered about 3,100 babies since 1998 — including, she says, at least two in the bed of a pickup truck.",
    "Staff physician award; the babies are anonymous and countless.",
)

# 23
p(
    "en",
    "memorial",
    "Tonight the lights are dimmed on 4 East for Sister Mary Perpetua Doyle, 97, an Incarnate Word nun who taught three generations of third graders to read and spent her last eleven days with us. She died Sunday, March 9, asking the chaplain whether the book reports had been turned in. 🕯️",
    [
        ("NAME", "Mary Perpetua Doyle"),
        ("AGE", "97"),
        ("DATE", "March 9"),
    ],
    note="Patient who died here: name (Sister is a title), age 97, death date March 9; Sunday is a weekday.",
)

# 24
n(
    "en",
    "health_tip",
    "Shrimp season reopens July 15 in Texas waters. 🦐 Before you head out: check the winch cables, wear your PFD, and keep a tourniquet in the wheelhouse. Our Harbor Clinic at 820 Shoreline Boulevard does free hand-injury checks for deckhands every Thursday.",
    "Season opening date is a public date; the address is the hospital's clinic.",
)

# 25
p(
    "en",
    "milestone_birthday",
    "Ông Trần Văn Sáu turned ninety on the 14th and celebrated the only way he knows how: by lecturing the dietitian on the proper way to peel shrimp. 🍤 He came to Seadrift in 1979 with nothing but a net-mending needle. Happy birthday, Ông Sáu!",
    [
        ("NAME", "Trần Văn Sáu"),
        ("AGE", "ninety"),
        ("DATE", "14th"),
        ("GEO", "Seadrift"),
        ("NAME", "Sáu", 2),
    ],
    note="Patient's name (Ông is an honorific), age ninety in words, birthday as a day of the month, home town; 1979 is a bare year.",
)

# 26
n(
    "en",
    "health_tip",
    "Quick tip for Día de los Muertos 🕯️: if your altar has real candles, keep them 3 feet from the marigolds and papel picado, and never leave them burning overnight. Every November we treat burns that started at an ofrenda. Honor your loved ones safely. 💀🌼",
    "Holiday safety tip; the holiday is not any patient's day.",
)

# 27
p(
    "en",
    "hospital_contact",
    "@GCBayfront can someone help?? my daughter Marisol Garza-Peña (dob 4/30/2011) has Medicaid 517 204 9931 and the portal keeps locking her out, username mgarzapena11. pls email me at garzapena.mom@yahoo.com",
    [
        ("NAME", "Marisol Garza-Peña"),
        ("DATE", "4/30/2011"),
        ("HEALTH_PLAN", "517 204 9931"),
        ("OTHER_ID", "mgarzapena11"),
        ("EMAIL", "garzapena.mom@yahoo.com"),
    ],
    note="A parent's public reply: patient's name, DOB, Medicaid number, portal user name and the mother's email. @GCBayfront is the hospital.",
)

# 28
n(
    "en",
    "event",
    "Tejano Night for the NICU is BACK 🎶 Friday, Sept. 12, at the American Bank Center, with Conjunto Bahía and DJ Chuy Bananas on the decks. Tickets $40 at bayfrontgives.org/tejano — every dollar goes to NICU family housing.",
    "Fundraiser date, venue and performers; hospital URL.",
)

# 29
p(
    "en",
    "pasted_record",
    "SHIFT HUDDLE 4N (posted to the unit page by mistake, removed): isolation — 4N-12 NOWAK, EDWARD (vibrio, wound vac) / 4N-19 castillo r (MRSA). Family of Mr. Nowak calling hourly, daughter Lisa 361.555.0186 — route thru charge RN pls",
    [
        ("OTHER_ID", "4N-12"),
        ("NAME", "NOWAK, EDWARD"),
        ("OTHER_ID", "4N-19"),
        ("NAME", "castillo r"),
        ("NAME", "Nowak"),
        ("NAME", "Lisa"),
        ("PHONE", "361.555.0186"),
    ],
    note="Huddle sheet: two unit-bed codes, two chart-style names (one lower case), the surname again, daughter Lisa and her phone.",
)

# 30
n(
    "en",
    "event",
    "Navy families: free car-seat checks this Saturday, 10 a.m.–1 p.m., in the Navy Exchange parking lot at NAS Kingsville. Bring your baby's seat and the vehicle it rides in. Certified techs from our Kingsville campus will be there. 🚗👶",
    "Community event; no patient.",
)

# 31
p(
    "en",
    "staff_spotlight",
    "Staff spotlight, with a twist: respiratory therapist Yesenia Olvera has spent 14 years on the giving end of a nebulizer. On 9/3 she was on the receiving end — admitted to her own unit after a rollover on FM 1118. She's back at work this week and wants you to wear your seatbelt. (Shared with her blessing.) 💙",
    [
        ("NAME", "Yesenia Olvera"),
        ("DATE", "9/3"),
        ("GEO", "FM 1118"),
    ],
    note="A staff member who was a patient: her name, crash/admission date and the road of her crash are labelled; consent does not change labels.",
)

# 32
n(
    "en",
    "statistic",
    "In 2024 our Kingsville campus cared for 214 patients over the age of 90 — more than any year in our history. 👵👴 Aging on the Coastal Bend is changing, and so are we: geriatric ER beds open this spring.",
    "Population age group 'over the age of 90' is not a patient's age.",
)

# 33
p(
    "en",
    "crisis_update",
    "HURRICANE UPDATE, 6 PM: all 14 NICU babies transferred safely to partner hospitals inland. To the Huynh family, who asked us to post this: baby Minh is settled, stable and sleeping right through the generator test. 💙 Other families, please call our storm line at (361) 555-0175.",
    [
        ("NAME", "Huynh"),
        ("NAME", "Minh"),
    ],
    note="Family surname and baby's name inside a storm update; the number is the hospital's storm line.",
)

# 34
n(
    "en",
    "statistic",
    "Refinery burns, by the numbers, in our burn unit last year: 61 admissions, average stay 19 days, 97% survival. We're grateful to every plant safety team that sent us fewer patients. 🔥",
    "Aggregate statistics; '97%' is a rate, not an age.",
)

# 35
p(
    "en",
    "public_figure",
    "We don't usually do this, but he asked us to: Tejano accordion legend Chente Garza wants to thank everyone for the prayers. Chente came in on the 22nd with chest pain after a dance in Alice, got two stents, and is already practicing 'La Chona' with a pulse ox on his finger. 🪗❤️ #ChenteStrong",
    [
        ("NAME", "Chente Garza"),
        ("NAME", "Chente", 2),
        ("DATE", "22nd"),
        ("GEO", "Alice"),
        ("NAME", "#ChenteStrong"),
    ],
    note="A public figure who is our patient: name, name hashtag, admission day of the month, and Alice (town where his cardiac event happened; also a first name).",
)

# 36
n(
    "en",
    "statistic",
    "A few fun facts 👶 Our L&D team delivered 2,931 babies last year: 15 during Hurricane Beryl's outer bands, 41 on Christmas Day and 1 in the parking garage. Busiest stretch? Nine months after the Super Bowl. 😅",
    "Aggregate birth counts; a date shared by 41 unnamed babies is not labelled; Beryl is a hurricane.",
)

# 37
p(
    "en",
    "campaign_hashtag",
    "Mariachi Night on the bayfront raised $18,400 for pediatric oncology 🎺 and the encore went to the kid who's been running the show from room 3214 all summer. #BayfrontStrong #PacoPower #LevantaElÁnimo",
    [
        ("OTHER_ID", "room 3214"),
        ("NAME", "#PacoPower"),
    ],
    note="A patient's room and his name hashtag among campaign hashtags; 'all summer' is a season.",
)

# 38
n(
    "en",
    "recruitment",
    "We're hiring bilingual English/Vietnamese patient navigators! 🇻🇳 Help shrimping families from Palacios to Port Lavaca get the care they need. $22–$28/hr, full benefits. Apply at gulfcoastbayfront.org/careers or call HR at (361) 555-0100. #NowHiring",
    "Job posting; towns describe a service area; hospital URL and number.",
)

# 39
p(
    "en",
    "event",
    "Join us Saturday, October 18, for the Run for Rudy 5K at Cole Park 🏃 Every registration helps the family of Rudy Salinas, the Bishop High linebacker who's been in our trauma ICU since his Sept. 27 crash on Highway 77. Sign up at bayfrontgives.org/rudy.",
    [
        ("NAME", "Rudy", 1),
        ("NAME", "Rudy Salinas"),
        ("GEO", "Bishop"),
        ("DATE", "Sept. 27"),
        ("GEO", "Highway 77"),
    ],
    note="Fundraiser named for a patient: his name (twice), his school's town Bishop, crash date and road. The race date and venue and the hospital URL are not labelled.",
)

# 40
n(
    "en",
    "recruitment",
    "Calling all Navy spouses 💙⚓ PCSing to NAS Corpus Christi or NAS Kingsville? We offer license-transfer help, flexible shifts and a spouse hiring program. Openings: RN (ICU, L&D), respiratory therapist, pharmacy tech. DM @GCBayfront.",
    "Recruitment; the handle is the hospital's.",
)

# 41
p(
    "en",
    "anonymous_story",
    "One for the record books: a 104-year-old great-great-grandmother walked into our ER under her own power last night because 'the TV said to get your blood pressure checked.' BP 128/76. She beat us all. 👵💪",
    [
        ("AGE", "104-year-old"),
    ],
    note="Unnamed but specific patient with an exact age over 89 (AGE). 'last night' is relative; 128/76 is a blood pressure.",
)

# 42
n(
    "en",
    "recruitment",
    "Travel nurses: spend your winter on the beach instead of shoveling snow 🏖️ 13-week ICU and ER contracts in Corpus Christi and Kingsville, housing stipend included, starting Jan. 6. Apply: gulfcoastbayfront.org/travel",
    "Contract start date is not a patient's date.",
)

# 43
p(
    "en",
    "hospital_contact",
    "📢 Lost & found: a gold St. Jude medal engraved 'Chuy 12.12.58' was left in the ER by one of our patients. Vanessa, his granddaughter, already messaged us — we've got it at Security. Just call (361) 555-0100 and ask for ext. 4. 💛",
    [
        ("NAME", "Chuy"),
        ("DATE", "12.12.58"),
        ("NAME", "Vanessa"),
    ],
    note="Engraving gives the patient's nickname and a personal date; his granddaughter Vanessa is named. St. Jude is a saint; the number is the hospital's.",
)

# 44
n(
    "en",
    "recruitment",
    "Ever wanted to work where the ER sees a cowboy, a shrimper and a fighter pilot before lunch? 🤠🦐✈️ We're hiring ED techs at both campuses. Open interviews Tuesday, March 4, 8 a.m.–4 p.m., 1450 East King Avenue, Kingsville.",
    "Interview date and the hospital's Kingsville address.",
)

# 45
p(
    "en",
    "research",
    "Meet the 100th volunteer in our Coastal Vibrio Wound Study: Kingsville welder Arturo 'Tudi' Villalobos, who cut his shin on a crab trap in Baffin Bay on June 30. Tudi says if his leg helps the next guy keep his, it's worth every blood draw. 🔬 #BayfrontResearch",
    [
        ("GEO", "Kingsville"),
        ("NAME", "Arturo 'Tudi' Villalobos"),
        ("GEO", "Baffin Bay"),
        ("DATE", "June 30"),
        ("NAME", "Tudi", 2),
    ],
    note="Research participant: home town, name and nickname, place and date of injury. '100th volunteer' is an enrolment count, not an age.",
)

# 46
n(
    "en",
    "crisis_update",
    "HURRICANE WATCH ⚠️ Bayfront is activating its emergency plan. Elective surgeries Wednesday and Thursday are postponed; dialysis patients will be called one by one. Please don't come to the ER to shelter. Storm line: (361) 555-0175.",
    "Operational update; hospital number.",
)

# 47
p(
    "en",
    "sponsor",
    "Huge thanks to Tran Seafood Co. for the new family lounge on 3 North! 🦐 Owner Kim-Loan Tran told us why: her father, Mr. Tran Van Phuoc, spent 41 days in our ICU after a boat fire, and the old lounge chairs were 'not good for sleeping, not good for praying.' #Gratitude",
    [
        ("NAME", "Tran", 1),
        ("NAME", "Kim-Loan Tran"),
        ("NAME", "Tran Van Phuoc"),
    ],
    note="Donor introduced as a patient's daughter: her name, the family surname in her company's name, and her father (the patient).",
)

# 48
n(
    "en",
    "crisis_update",
    "UPDATE 11:40 PM: We have received 7 patients from tonight's refinery explosion. 2 critical, 3 serious, 2 treated and released. We will not release names. Families looking for loved ones: call (361) 555-0100 and press 3. 🙏",
    "Mass-casualty update with no individual identifier.",
)

# 49
p(
    "en",
    "eponymous_condition",
    "For Parkinson's Awareness Month, Mr. Hector 'Tito' Salazar — retired refinery fire captain and reigning champ of our Tuesday Rock Steady Boxing class — let us share his jab. 🥊 Diagnosed in April 2019. Still swinging. #ParkinsonsAwareness",
    [
        ("NAME", "Hector 'Tito' Salazar"),
        ("DATE", "April 2019"),
    ],
    note="Patient's name and his diagnosis month with year. Parkinson's is an eponym; his former employer is not labelled.",
)

# 50
n(
    "en",
    "crisis_update",
    "Boil-water notice for Nueces County does NOT affect our hospitals — we run our own treated supply. All clinics are on normal hours. If you do home dialysis in Robstown, Bishop or Driscoll, call us before your next treatment.",
    "County and towns address a population, not a patient.",
)

# 51
p(
    "en",
    "patient_story",
    "Victoria from Victoria 😄 Victoria Ybarra drove herself 90 miles with a fishhook through her eyelid because 'the boat was already cleaned.' Our eye team had it out in under ten minutes. She'd like us to tell her husband Rigo that she is still not selling the boat.",
    [
        ("NAME", "Victoria", 1),
        ("GEO", "Victoria", 2),
        ("NAME", "Victoria Ybarra"),
        ("NAME", "Rigo"),
    ],
    note="First Victoria is her name, the second her home town (Victoria, TX); husband Rigo. '90 miles' is a distance, not an age.",
)

# 52
n(
    "en",
    "crisis_update",
    "Red tide update 🌊 We're seeing more coughing, itchy eyes and asthma flares from beachgoers on Padre and Mustang islands this week. If you have asthma or COPD, skip the beach until the bloom passes. It isn't contagious — just miserable.",
    "Public health update about unnamed beachgoers.",
)

# 53
p(
    "en",
    "patient_story",
    "THIS IS WHAT 6 MONTHS OF PT LOOKS LIKE!!! 🏇 BRONC RIDER JESSE 'CHUCK' MONTEMAYOR GOT THROWN AT THE KINGSVILLE RODEO ON MARCH 22 AND WAS TOLD HE MIGHT NOT WALK AGAIN. TODAY HE LED HIS MARE INTO THE ARENA. #COWBOYUP",
    [
        ("NAME", "JESSE 'CHUCK' MONTEMAYOR"),
        ("GEO", "KINGSVILLE"),
        ("DATE", "MARCH 22"),
    ],
    note="ALL CAPS: name with nickname, town where he was injured, injury date.",
)

# 54
n(
    "en",
    "research",
    "New from our trauma team in the Journal of Agromedicine: among 318 commercial shrimpers treated for hand injuries between 2015 and 2023, 62% had no first-aid kit on board. Lead author: Dr. Aisha Okonkwo. 🔬🦐",
    "Aggregate research result; the author is staff.",
)

# 55
p(
    "en",
    "patient_story",
    "Day 41. She squeezed her mom's finger today and the whole 7th floor cried. Keep the prayers coming. 🙏💗 #FuerzaBrisa #BrisaBelieves #BayfrontStrong",
    [
        ("NAME", "#FuerzaBrisa"),
        ("NAME", "#BrisaBelieves"),
    ],
    note="The patient is named only in two hashtags. 'Day 41' counts days of stay and '7th floor' is a unit: neither is labelled. #BayfrontStrong is a campaign.",
)

# 56
n(
    "en",
    "research",
    "Are you 90 or older and living in Kleberg or Kenedy County? 🧓 Our Healthy Aging study is looking for volunteers to wear a step counter for 6 weeks. $100 gift card. Call the research office at (361) 555-0111, option 5.",
    "Eligibility ages and counties describe a population.",
)

# 57
p(
    "en",
    "patient_story",
    "Mr. R.G., a 92-year-old retired Navy corpsman recovering on 5 West, showed our newest corpsmen how to splint a forearm with a rolled-up newspaper yesterday. He served in Korea. Respect. 🫡",
    [
        ("NAME", "R.G."),
        ("AGE", "92-year-old"),
    ],
    note="Patient's initials and age over 89. Korea is a country.",
)

# 58
n(
    "en",
    "research",
    "Our Navy partnership study on spinal injuries after ejection enrolled its 50th student aviator this week. Principal investigator CDR (Dr.) Mark Ellison says the data will shape how the next generation of training-jet seats is built. ✈️",
    "Enrolment count and an investigator; no participant identified.",
)

# 59
p(
    "en",
    "patient_story",
    "Ask anyone on 2 West who makes the best pan de polvo and they'll say Amparo's daughter. Amparo Salinas has been with us since the 3rd fighting a stubborn pneumonia, and every afternoon her daughter Leti brings a tin for the nurses. We are not complaining. 🍪",
    [
        ("NAME", "Amparo", 1),
        ("NAME", "Amparo Salinas"),
        ("DATE", "3rd"),
        ("NAME", "Leti"),
    ],
    note="Patient's name (possessive and full), admission day of the month, daughter Leti.",
)

# 60
n(
    "en",
    "research",
    "Why do some people get so sick from Vibrio vulnificus while others barely notice? Our infectious disease team and @TAMUCC researchers just won a $2.4M NIH grant to find out. Enrollment opens next spring. 🦠",
    "Grant news; the handle is a university's.",
)

# 61
p(
    "en",
    "patient_story",
    "Son Tran was 19 when he and his father rebuilt the trawler that capsized off Port O'Connor last month. On Oct. 6 the Coast Guard pulled him from the water after 14 hours, hypothermic and still holding his dad's life jacket. His father, Vinh, was found the next day. Son is in our ICU, and his mother asked us to share one line: 'Please pray for my son.'",
    [
        ("NAME", "Son Tran"),
        ("GEO", "Port O'Connor"),
        ("DATE", "Oct. 6"),
        ("NAME", "Vinh"),
        ("NAME", "Son", 2),
    ],
    note="Patient named Son (lower-case 'son' is the word), where the boat capsized, rescue date, father Vinh. Age 19 is not labelled.",
)

# 62
n(
    "en",
    "public_figure",
    "30 years ago this spring, Corpus Christi lost Selena. 🌹 Our staff joined the crowd at the Mirador de la Flor this morning. Her music still plays in our L&D unit, and more than a few of our babies carry her name. #SelenaForever",
    "A public figure's anniversary; the babies are unnamed.",
)

# 63
p(
    "en",
    "patient_story",
    "night shift confession: we've been calling the guy in 509 'the Admiral' all week because he salutes whenever someone brings him jello. turns out he actually WAS a rear admiral. sir, we apologize. sir, the jello is on us. 🫡",
    [
        ("OTHER_ID", "509"),
        ("NAME", "Admiral"),
    ],
    note="Room number of a specific patient (no keyword written) and the nickname used as his name; lower-case 'rear admiral' is his former rank.",
)

# 64
n(
    "en",
    "public_figure",
    "Thank you, Congresswoman Yolanda Treviño-Baker, for touring our new hurricane-hardened ICU today and for helping secure the federal funding that built it. 🏥",
    "A visiting official.",
)

# 65
p(
    "en",
    "birth_announcement",
    "It's a boy! 💙 Welcome Mateo Elías, born 5/5 at 5:55 p.m. — yes, really — to Jackie and Ray Villarreal of Calallen. A Cinco de Mayo baby with a mariachi's lungs. 🎺",
    [
        ("NAME", "Mateo Elías"),
        ("DATE", "5/5"),
        ("NAME", "Jackie"),
        ("NAME", "Ray Villarreal"),
        ("GEO", "Calallen"),
        ("DATE", "Cinco de Mayo"),
    ],
    note="Baby's name, birth date written twice (5/5 and Cinco de Mayo), parents and their neighbourhood. 5:55 p.m. is a time.",
)

# 66
n(
    "en",
    "public_figure",
    "Dr. Hector P. García opened his Corpus Christi practice in 1946 and treated anyone who walked through the door, paying or not. On what would have been his birthday, our residents volunteered at the free clinic named for him. #DrHectorPGarcia",
    "Historical figure and his birthday; his name hashtag is not a patient's.",
)

# 67
p(
    "en",
    "birth_announcement",
    "Our first baby of 2026 arrived at 12:07 a.m. on New Year's Day — a 7 lb 4 oz girl whose parents drove in from Rockport and whose mom labored right through the fireworks. 🎆 The family asked us to keep their names private, and we will!",
    [
        ("DATE", "New Year's Day"),
        ("GEO", "Rockport"),
    ],
    note="Nameless, but the birth date (holiday) and the family's town are identifiers; the privacy request does not change labels. 2026 is a bare year.",
)

# 68
n(
    "en",
    "public_figure",
    "The Blue Angels stopped by the pediatric floor before this weekend's air show ✈️ Boss, Cmdr. Brian Kessler, signed 40 casts, a few IV poles and one very lucky teddy bear.",
    "Visiting pilots; the children are not identified.",
)

# 69
p(
    "en",
    "birth_announcement",
    "Double the flight time! ✈️✈️ LT Marcus Hale, an instructor pilot at NAS Kingsville, and his wife Dr. Priya Hale welcomed twins Wyatt and Skye on the morning of the 9th. Mom is one of our own ER docs, so yes, she critiqued the epidural. 😂",
    [
        ("NAME", "Marcus Hale"),
        ("NAME", "Priya Hale"),
        ("NAME", "Wyatt"),
        ("NAME", "Skye"),
        ("DATE", "9th"),
    ],
    note="Twins' names and birth day; the mother is staff but here a patient (she delivered), the father a relative. The air station (employer) is not labelled.",
)

# 70
n(
    "en",
    "eponymous_condition",
    "June is Alzheimer's & Brain Awareness Month 💜 Our memory clinic sees patients with Alzheimer's disease, Lewy body dementia and Parkinson's disease dementia — in English, Spanish and Vietnamese. Appointments: (361) 555-0100.",
    "Eponymous conditions and an awareness month.",
)

# 71
p(
    "en",
    "birth_announcement",
    "Abuela Toña has been waiting fifteen years to say this: her granddaughter had her quinceañera Saturday and became a big sister on Sunday. Welcome, baby Itzel, born Nov. 16 during the after-party cleanup 💃👶 #Quince #BayfrontBabies",
    [
        ("NAME", "Toña"),
        ("NAME", "Itzel"),
        ("DATE", "Nov. 16"),
    ],
    note="Grandmother Toña (Abuela excluded), newborn Itzel and her birth date; weekdays not labelled.",
)

# 72
n(
    "en",
    "eponymous_condition",
    "Ropers and vaqueros: that bent pinky that won't straighten might be Dupuytren's contracture. 🤠 It isn't from the rope — it runs in families — but our hand surgeons see a lot of it in ranch country. Free hand screenings at the Kingsville campus every first Monday.",
    "Eponymous condition and a screening offer.",
)

# 73
p(
    "en",
    "discharge",
    "After 63 days, three surgeries and one very loud Tejano playlist, Ernesto 'Neto' Lozano is going HOME to Riviera! 🎉 Neto came to us on August 11 after a pipe rack collapse. Today he walked out to 'Como la Flor' with the whole 4th floor clapping. #NetoStrong",
    [
        ("NAME", "Ernesto 'Neto' Lozano"),
        ("GEO", "Riviera"),
        ("NAME", "Neto", 2),
        ("DATE", "August 11"),
        ("NAME", "#NetoStrong"),
    ],
    note="Patient's name, nickname and hashtag, home town, injury/admission date. The song title is not a name.",
)

# 74
n(
    "en",
    "eponymous_condition",
    "Bell's palsy is not a stroke — but only a doctor can tell the difference. If half your face suddenly droops, call 911. Don't wait to 'see if it goes away.' 🧠 #StrokeAwareness",
    "Eponymous condition tip.",
)

# 75
p(
    "en",
    "discharge",
    "paz went home today!!! 🕊️ three weeks ago she came in by helicopter from the king ranch after a horse rolled on her, and today she's off to her grandma's in sarita with a back brace and strict orders: no horses til christmas. we'll miss you paz",
    [
        ("NAME", "paz", "*"),
        ("GEO", "sarita"),
    ],
    note="Lower-case patient name paz twice; her grandmother's town. The king ranch (employer) and 'christmas' (a deadline, not her event) are not labelled.",
)

# 76
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is a leading cause of acquired heart disease in U.S. children 💓 Fever for 5+ days, red eyes, cracked lips, swollen hands or feet? Ask about Kawasaki. It's named for Dr. Tomisaku Kawasaki, who first described it in 1967.",
    "Eponym and the historical physician it is named after.",
)

# 77
p(
    "en",
    "discharge",
    "Bravo Zulu, Midshipman 🇺🇸 2/C Anna Kowalczyk came down for summer flight indoctrination and ended up with us instead — ruptured appendix on 7/4, fireworks over the bay while she was in recovery. Discharged this morning; back to Annapolis next week. Fly Navy. ⚓",
    [
        ("NAME", "Anna Kowalczyk"),
        ("DATE", "7/4"),
        ("GEO", "Annapolis"),
    ],
    note="Midshipman's name, surgery date, and her academy's town where she lives.",
)

# 78
n(
    "en",
    "sponsor",
    "THANK YOU to Kenedy Ranch Cattle Co., H-E-B and the Port of Corpus Christi for sponsoring this year's Boots & Bling Gala! 🤠✨ Together you raised $612,000 for the Coastal Bend Trauma Fund.",
    "Corporate sponsors.",
)

# 79
p(
    "en",
    "discharge",
    "Bà Nội is going home! 🏡 Mrs. Nguyen Thi Lan, ninety-three, spent Tết with us after a bad fall, and her grandkids turned room 218 into a lantern festival. Today the Nguyen clan — all 23 of them — drove in from Port Lavaca to take her home. Chúc bà mạnh khỏe!",
    [
        ("NAME", "Nguyen Thi Lan"),
        ("AGE", "ninety-three"),
        ("DATE", "Tết"),
        ("OTHER_ID", "room 218"),
        ("NAME", "Nguyen", 2),
        ("GEO", "Port Lavaca"),
    ],
    note="Patient's name and family surname, age in words, a holiday during her stay, room and the family's town. 'Bà Nội' is a kinship term.",
)

# 80
n(
    "en",
    "sponsor",
    "The new Ramírez-Whitfield Family Pavilion opens next month thanks to a $3M gift from Diane and Arturo Ramírez-Whitfield. 🏥 Arturo grew up in Kingsville and says he wanted 'to give back to the town that raised me.'",
    "Donors who name a building; not patients or relatives of one.",
)

# 81
p(
    "en",
    "discharge",
    "Trey Dunaway is officially out of the trauma ICU and on to inpatient rehab 🙌 His mom has been posting updates at caringbridge.org/visit/treydunaway and asked us to share it so his Flour Bluff football family can keep up. Cards can go through our patient mail at gulfcoastbayfront.org/cards.",
    [
        ("NAME", "Trey Dunaway"),
        ("URL", "caringbridge.org/visit/treydunaway"),
        ("GEO", "Flour Bluff"),
    ],
    note="Patient's name, the family's CaringBridge URL and his team's neighbourhood; the hospital's URL is not labelled.",
)

# 82
n(
    "en",
    "sponsor",
    "Big shoutout to Captain Tran's Seafood 🦐 for feeding our night shift during the hurricane lockdown — 300 plates of shrimp fried rice! Owner Dung Tran says it's his thank-you to the nurses who've patched up his crews over the years.",
    "Sponsor and owner; his crews are unnamed patients.",
)

# 83
p(
    "en",
    "thank_you",
    "To the family of the gentleman in Bed 7 of our ER on Friday night: your son left his wallet, his hat and a handwritten note that just said 'gracias por salvar a mi papá.' Mr. Olguín, the wallet is waiting at the front desk. 💛",
    [
        ("OTHER_ID", "Bed 7"),
        ("NAME", "Olguín"),
    ],
    note="The patient's ER bed and the son's surname; Friday night is relative.",
)

# 84
n(
    "en",
    "sponsor",
    "Los Vaqueros Motorcycle Club rode 120 bikes to our door today to drop off 900 toys for the pediatric floor 🏍️🎁 Club president Raymundo 'Ray Ray' Esquivel says they'll be back next Christmas with more.",
    "Donor club and its president.",
)

# 85
p(
    "en",
    "thank_you",
    "Gracias, Ms. Socorro! 🙏 For 11 days you were our patient on 6 North, and every single day you thanked the housekeepers by name. Yesterday you sent 40 conchas from your bakery in Benavides. We'll never forget you. — Your 6N family",
    [
        ("NAME", "Socorro"),
        ("GEO", "Benavides"),
    ],
    note="Former patient's first name (also a word) and her town Benavides; the unit is not labelled.",
)

# 86
n(
    "en",
    "hospital_contact",
    "📞 Need us? Main campus: (361) 555-0100 • Kingsville campus: (361) 555-0111 • 24/7 nurse line: (361) 555-0147 • Media: (361) 555-0162. Find us at 3300 Ocean Drive, Corpus Christi, TX 78411.",
    "All hospital numbers and the hospital's address.",
)

# 87
p(
    "en",
    "thank_you",
    "Thank you to Coach Dale Pruitt and the Tuloso-Midway Warriors for visiting our peds floor! 🏈 And a special thank-you to Isaiah, age 9, who explained to the entire offensive line how his new insulin pump works (serial TPX-44871-C — he made them read it off the back).",
    [
        ("NAME", "Isaiah"),
        ("DEVICE", "TPX-44871-C"),
    ],
    note="Child patient's name and his pump serial; the visiting coach and team are not labelled; age 9 is not labelled.",
)

# 88
n(
    "en",
    "hospital_contact",
    "Mensajes privados, not public posts, please! 🙏 If you need to share your loved one's name, birthday or room number with us, use MyBayfront messaging or call (361) 555-0100 — never the comments. We delete comments with personal info to protect you.",
    "Privacy reminder with the hospital number.",
)

# 89
p(
    "en",
    "thank_you",
    "Dear Bayfront — I don't know the names of everyone who touched my husband's life in the CVICU between Jan. 3 and Jan. 29, but I know Jerry would want me to say thank you. He came home. He is grumpy. He is alive. — Linda Kasprzak, Portland TX",
    [
        ("DATE", "Jan. 3"),
        ("DATE", "Jan. 29"),
        ("NAME", "Jerry"),
        ("NAME", "Linda Kasprzak"),
        ("GEO", "Portland"),
    ],
    note="Admission and discharge dates, patient Jerry, his wife's name and their town (TX is a state).",
)

# 90
n(
    "en",
    "hospital_contact",
    "Our Foundation moved! 📦 Find the Bayfront Foundation team at 820 Shoreline Boulevard, Suite 200, Corpus Christi, TX 78401 — same phone, (361) 555-0134, same email, giving@bayfrontgives.org.",
    "Hospital Foundation address, phone and email.",
)

# 91
p(
    "en",
    "memorial",
    "Fair winds and following seas, Chief. Retired Chief Petty Officer Willard 'Bud' Fenske, 99, a Navy aviation machinist who kept training planes flying before most of our staff's grandparents were born, passed away Friday in our hospice unit. His last request was a flyover. Tomorrow at 10:00, the air station says they'll try. 🫡",
    [
        ("NAME", "Willard 'Bud' Fenske"),
        ("AGE", "99"),
    ],
    note="Hospice patient's name and age 99; Friday and Tomorrow are relative.",
)

# 92
n(
    "en",
    "hospital_contact",
    "Heads up: scammers are calling patients' families pretending to be 'Bayfront Billing' and asking for card numbers. We will never ask for payment over the phone. Real billing questions: (361) 555-0100, option 2, or billing@gulfcoastbayfront.org.",
    "Hospital number and email.",
)

# 93
p(
    "en",
    "memorial",
    "We lost a legend on 4 East. Doña Refugio 'Cuca' Alaniz, who sewed quinceañera gowns for three generations of Kingsville girls, died peacefully on Nochebuena surrounded by her nine children. Her last gown is hanging in the chapel. 🕯️",
    [
        ("NAME", "Refugio 'Cuca' Alaniz"),
        ("GEO", "Kingsville"),
        ("DATE", "Nochebuena"),
    ],
    note="Patient's name (Refugio is also a town), her town, and the holiday she died on.",
)

# 94
n(
    "en",
    "campaign_hashtag",
    "#BayfrontStrong isn't just a hashtag. It's 2,400 employees who stayed through the storm, slept on cots and kept the generators humming. Thank you, team. 💙 #CoastalBendStrong #HurricaneReady",
    "Campaign hashtags only.",
)

# 95
p(
    "en",
    "memorial",
    "Our hearts are with the Rodríguez family. Little Adrián fought Wilms tumor for 26 months with the biggest grin on the pediatric floor. He earned his wings on 8/8/25. His sister Camila asked us to share his favorite photo — Adrián in a fire helmet, of course. 🚒💙 #AdriánsArmy",
    [
        ("NAME", "Rodríguez"),
        ("NAME", "Adrián", "*"),
        ("DATE", "8/8/25"),
        ("NAME", "Camila"),
        ("PHOTO", "photo"),
        ("NAME", "#AdriánsArmy"),
    ],
    note="Family surname, the child's name and hashtag, death date, sister Camila, and a photo of him. Wilms tumor is an eponym.",
)

# 96
n(
    "en",
    "campaign_hashtag",
    "Show us your boots! 🤠 For #VaqueroSafe month, post a pic of your work boots with #BootsOnSafety and tag @BayfrontKingsville — every post sends $5 to rural EMS training.",
    "Campaign hashtags and the hospital's handle; the pic is of boots.",
)

# 97
p(
    "en",
    "memorial",
    "RIP Big Lou 💔 louis 'big lou' arredondo ran the bait stand on Bob Hall Pier for 40 yrs and spent his last 2 weeks cracking jokes from ICU bed 14. services are saturday. we'll miss you lou",
    [
        ("NAME", "Big Lou"),
        ("NAME", "louis 'big lou' arredondo"),
        ("OTHER_ID", "bed 14"),
        ("NAME", "lou", 2),
    ],
    note="Nickname, lower-case full name and short name, ICU bed. His workplace on the pier is not labelled.",
)

# 98
n(
    "en",
    "campaign_hashtag",
    "#MariposaMonth 🦋 This November we honor every baby who left too soon. Join us for a butterfly release in the Kingsville campus garden, Nov. 15 at sunset, and carry your angel's name with #AlasDeMariposa.",
    "Campaign hashtags and an event date; no baby named.",
)

# 99
p(
    "en",
    "milestone_birthday",
    "Nonagenarian power 💪 Mr. Eusebio Cavazos just finished his 200th cardiac rehab session — at 96 he's our most consistent attendee, and he still drives himself in from Orange Grove. Happy early birthday, Mr. C!",
    [
        ("AGE", "Nonagenarian"),
        ("NAME", "Eusebio Cavazos"),
        ("AGE", "96"),
        ("GEO", "Orange Grove"),
        ("NAME", "C"),
    ],
    note="Nonagenarian and 96 state his age; name and initial; home town. '200th session' is a count.",
)

# 100
n(
    "en",
    "campaign_hashtag",
    "Our #ShrimpStrong hard-hat decals are back 🦐💪 Grab one at any Bayfront clinic and slap it on your helmet, cooler or boat. Made with the Texas Shrimp Association.",
    "Campaign hashtag.",
)

# 101
p(
    "en",
    "milestone_birthday",
    "🎉 101 candles and a mariachi! Happy birthday to Señora Eloísa Benavides, who was born in a two-room house in San Diego, Texas, on June 1, 1924 and has outlived the house, the road and two husbands. The Benavides family filled the 3rd-floor solarium today.",
    [
        ("AGE", "101"),
        ("NAME", "Eloísa Benavides"),
        ("GEO", "San Diego"),
        ("DATE", "June 1, 1924"),
        ("NAME", "Benavides", 2),
    ],
    note="Age 101, name and family surname, birthplace (San Diego, Texas) and full birth date.",
)

# 102
n(
    "en",
    "anonymous_story",
    "She's in her 90s, speaks only Vietnamese, and had never been inside a hospital until last week. Our interpreter stayed past the end of her shift so she wouldn't be alone when the anesthesia wore off. This is what care looks like. 💛",
    "Anonymous; a decade ('in her 90s') is not an exact age.",
)

# 103
p(
    "en",
    "milestone_birthday",
    "HAPPY 95TH BIRTHDAY TO OUR FAVORITE REPEAT CUSTOMER, MR. JOE ANGEL ESPARZA!!! 🎂 JOE SAYS THE SECRET IS MENUDO ON SUNDAYS AND NEVER TRUSTING A WEATHERMAN. HE CELEBRATED THE 23RD ON 5 WEST WITH HIS GREAT-GRANDSON DANNY.",
    [
        ("AGE", "95TH"),
        ("NAME", "JOE ANGEL ESPARZA"),
        ("NAME", "JOE", 2),
        ("DATE", "23RD"),
        ("NAME", "DANNY"),
    ],
    note="ALL CAPS ordinal age, patient's name, birthday as day of month, great-grandson.",
)

# 104
n(
    "en",
    "anonymous_story",
    "Last night a deckhand walked into our ER holding his own finger in a cooler of shrimp ice. 🦐🧊 Our hand team reattached it, and he'd like everyone to know the ice worked. (Shared with permission — no names.)",
    "Nameless story without any identifier.",
)

# 105
p(
    "en",
    "milestone_birthday",
    "A quinceañera on the oncology floor 👑 Jazmín Ochoa was supposed to celebrate at a ballroom downtown on October 4. Chemo had other plans, so her nurses, her chambelanes and her tía Mari brought the party to her — mariachi included. Feliz quince, Jazmín! 💗",
    [
        ("NAME", "Jazmín Ochoa"),
        ("DATE", "October 4"),
        ("NAME", "Mari"),
        ("NAME", "Jazmín", 2),
    ],
    note="Patient's name, the date of her own quinceañera, aunt Mari.",
)

# 106
n(
    "en",
    "anonymous_story",
    "A young Navy student pilot came to us after a hard landing last month. This week he flew again. He wanted to say thank you but asked us not to use his name — so, from him: thank you. ✈️",
    "Nameless story; 'last month' is relative.",
)

# 107
p(
    "en",
    "pasted_record",
    "Posted to the wrong account for 4 minutes, now deleted:\nED TRACKBOARD 0340\nBed 3 | GUERRA, ALMA R | 90 y/o F | CC: SOB | arr 0212 via M-7\nBed 9 | pham t | 34M | CC: hand lac, shrimp boat winch",
    [
        ("OTHER_ID", "Bed 3"),
        ("NAME", "GUERRA, ALMA R"),
        ("AGE", "90"),
        ("OTHER_ID", "Bed 9"),
        ("NAME", "pham t"),
    ],
    note="Two tracking-board rows: beds, chart-style names, age 90; '34M' is under 90 and M-7 is an ambulance unit.",
)

# 108
n(
    "en",
    "anonymous_story",
    "A vaquero in his 80s came in with a horse bite and a cracked rib and kept apologizing for 'wasting our time.' He wasn't. Nobody who comes through our doors is wasting our time. 🤠",
    "Anonymous; age range under 90.",
)

# 109
p(
    "en",
    "pasted_record",
    "Hey @GCBayfront my grandpa Gilberto Sáenz MRN BF-00831274 was supposed to be discharged today but his ride fell thru. can someone call my tía at 361-555-0129? she's his emergency contact. thank u",
    [
        ("NAME", "Gilberto Sáenz"),
        ("MRN", "BF-00831274"),
        ("PHONE", "361-555-0129"),
    ],
    note="Patient's name and pasted MRN, and his daughter's phone.",
)

# 110
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today — now a high school senior with an appointment to the Naval Academy. 18 years ago she weighed 1 lb 9 oz. 😭💙",
    "Nameless; the school name is not an identifier.",
)

# 111
p(
    "en",
    "pasted_record",
    "Forwarded by a relative to our inbox AND our Facebook page 🙈 (please don't do this!): 'Incident report — pt: DeLeón, Abel; DOB 11-02-1988; TX DL 40918277; SSN 463-71-0938; truck plate MVK-4419; injured 10/29 on the job.'",
    [
        ("NAME", "DeLeón, Abel"),
        ("DATE", "11-02-1988"),
        ("LICENSE", "40918277"),
        ("SSN", "463-71-0938"),
        ("VEHICLE", "MVK-4419"),
        ("DATE", "10/29"),
    ],
    note="Pasted incident report: name, DOB, driver's licence, SSN, plate, injury date.",
)

# 112
n(
    "en",
    "memorial",
    "Today we lost one of our own. Nurse Gloria Peña, who worked L&D for 38 years and helped deliver more than 6,000 Coastal Bend babies, died on Sept. 3 after a long illness. Her family will share service details. 🕊️",
    "Staff memorial: a nurse's date of death is not a patient's.",
)

# 113
p(
    "en",
    "pasted_record",
    "copy/paste from my dad's discharge papers bc i can't read the handwriting lol: 'pt: r. villegas, 91yo M, adm 2/11 d/c 2/16, f/u w cardiology 2/27, acct 7700214589.' can somebody tell me what f/u means 😅",
    [
        ("NAME", "r. villegas"),
        ("AGE", "91yo"),
        ("DATE", "2/11"),
        ("DATE", "2/16"),
        ("DATE", "2/27"),
        ("ACCOUNT", "7700214589"),
    ],
    note="Lower-case chart name, age token 91yo, admission, discharge and follow-up dates, account number.",
)

# 114
n(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to Mrs. Connie Villarreal, our longest-serving volunteer! 🎉 Connie has staffed the gift shop every Wednesday since 1971 and says she'll retire 'when the Islanders win a national title.'",
    "A volunteer's age over 89 is not labelled.",
)

# 115
p(
    "en",
    "staff_spotlight",
    "Meet Lorena Tijerina, our Kingsville volunteer coordinator — and, since her surgery on August 14, a breast cancer survivor who was operated on two floors below her own office. She still runs the gift shop schedule from her phone during infusions. 💗 #PinkOctober",
    [
        ("NAME", "Lorena Tijerina"),
        ("DATE", "August 14"),
    ],
    note="Staff member who is our patient: name and surgery date.",
)

# 116
n(
    "en",
    "birth_announcement",
    "Last night a baby girl decided she couldn't wait for the elevator and was born in the lobby of our Kingsville campus. 👶 Mom and baby are doing great and asked us not to share names. Welcome to the world, little one!",
    "No identifier: 'last night' is relative and the lobby is the hospital's.",
)

# 117
p(
    "en",
    "crisis_update",
    "⚠️ STORM UPDATE: Our Kingsville campus is on generator power and all patients are safe. To the Cisneros family of Bishop: your grandmother Herminia is on 2 North, resting comfortably, and the nurses have her rosary. Family updates: (361) 555-0111.",
    [
        ("NAME", "Cisneros"),
        ("GEO", "Bishop"),
        ("NAME", "Herminia"),
    ],
    note="Family surname and town, patient's first name; 2 North is a unit; the number is the hospital's.",
)

# 118
n(
    "en",
    "thank_you",
    "Thank you to the Corpus Christi Police Department, Nueces County ESD #2 and U.S. Coast Guard Sector Corpus Christi for the dozens of water rescues that came through our doors this week. 🚤🚁",
    "Thanks to agencies; no patient.",
)

# 119
p(
    "en",
    "public_figure",
    "Corpus Christi Hooks catcher Andrés Villanueva spent last night in our ER after a foul tip caught him square in the mask in the 7th inning — concussion protocol, CT clear, home by 2 a.m. He asked us to thank the fans who sent pizza to the waiting room. ⚾",
    [
        ("NAME", "Andrés Villanueva"),
    ],
    note="A ballplayer who was our patient: his name is labelled. His team (employer) is not.",
)

# 120
n(
    "en",
    "pasted_record",
    "Reminder for our clinics 📋 The new bilingual intake form asks for Name / Nombre, DOB / Fecha de nacimiento, MRN and Emergency Contact. Please don't post photos of completed forms anywhere — not even in staff group chats.",
    "An empty form template; no data.",
)

# ---------------------------------------------------------------- Spanish

# 121
p(
    "es",
    "patient_story",
    "Al señor Le le dijeron que nunca volvería a pescar. 🦐 El 12 de febrero, la polea de un winche le aplastó la mano derecha frente a Port Isabel. Hoy, después de cuatro cirugías, Le Van Tuan nos enseñó cómo amarra un nudo de red con la mano reconstruida. Su esposa Hương no paró de llorar. #FuerzaPescadores",
    [
        ("NAME", "Le", 1),
        ("NAME", "Le Van Tuan"),
        ("DATE", "12 de febrero"),
        ("GEO", "Port Isabel"),
        ("NAME", "Hương"),
    ],
    note="Apellido Le junto al pronombre 'le' (no etiquetado); fecha y lugar de la lesión; esposa Hương.",
)

# 122
n(
    "es",
    "staff_spotlight",
    "Conozcan a la enfermera Luz María Cantú 💡 — 'Luz' para todos — que lleva 25 años iluminando el turno de noche en pediatría. Nació en Premont, estudió en Texas A&M-Kingsville y su especialidad es que ningún niño se duerma llorando.",
    "Enfermera del personal y su pueblo natal; no es paciente.",
)

# 123
p(
    "es",
    "patient_story",
    "Doña Dolores dice que ya no tiene dolores. 😄 Dolores Cantú Garza, de Robstown, llegó el 3 de marzo con la cadera rota y hoy ya camina con andadera por el pasillo del 5.º piso cantando rancheras. Su nieto Beto jura que le puso apodo a cada enfermera.",
    [
        ("NAME", "Dolores", 1),
        ("NAME", "Dolores Cantú Garza"),
        ("GEO", "Robstown"),
        ("DATE", "3 de marzo"),
        ("NAME", "Beto"),
    ],
    note="Nombre Dolores (la palabra 'dolores' en minúscula no), pueblo, fecha de ingreso, nieto Beto.",
)

# 124
n(
    "es",
    "staff_spotlight",
    "¡Bienvenido, Dr. Khoa Đặng! 🇻🇳🇺🇸 Nuestro nuevo cardiólogo creció en una familia de camaroneros en Bayou La Batre, Alabama, y habla vietnamita, inglés y 'español de cocina'. Atiende en la clínica de Kingsville los martes.",
    "Médico nuevo del personal y su lugar de origen.",
)

# 125
p(
    "es",
    "patient_story",
    "Cuarenta años montando a caballo y nunca se había caído... hasta el día 19. 🐎 Don Eleuterio «Lalo» Garza, vaquero kineño, se fracturó tres costillas arreando becerros y, según él, el caballo 'tuvo la culpa'. Lalo ya está en su casa en Ricardo con su esposa Chela y una faja que odia.",
    [
        ("DATE", "19"),
        ("NAME", "Eleuterio «Lalo» Garza"),
        ("NAME", "Lalo", 2),
        ("GEO", "Ricardo"),
        ("NAME", "Chela"),
    ],
    note="Día del mes de la caída (solo el número), nombre y apodo del vaquero, su pueblo Ricardo (también un nombre) y su esposa. El rancho (empleador) no se etiqueta.",
)

# 126
n(
    "es",
    "staff_spotlight",
    "Reconocimiento del mes 🏆: el paramédico de vuelo Joaquín 'Jack' Villarreal, exinfante de marina, sacó del agua a tres tripulantes de un camaronero hundido en plena tormenta sin perder la calma. Orgullo Bayfront.",
    "Paramédico del personal; los tripulantes rescatados no se identifican.",
)

# 127
p(
    "es",
    "patient_story",
    "La alférez Daniela Quintanilla soñaba con volar desde niña en Laredo. El 6/11 su T-6 perdió el motor y aterrizó de emergencia en un campo de algodón cerca de Bishop. Salió caminando, con dos vértebras fracturadas. Hoy, ya en rehabilitación, dice que lo primero que hará al salir será volver a la cabina. ✈️🇺🇸",
    [
        ("NAME", "Daniela Quintanilla"),
        ("GEO", "Laredo"),
        ("DATE", "6/11"),
        ("GEO", "Bishop"),
    ],
    note="Piloto alumna: nombre, ciudad donde creció, fecha y lugar del aterrizaje forzoso.",
)

# 128
n(
    "es",
    "staff_spotlight",
    "Doña Herlinda Garza tiene 93 años y lleva 41 como voluntaria en nuestra capilla 🙏. Cada mañana reza el rosario con quien quiera acompañarla y reparte dulces de leche a las enfermeras. ¡Gracias, Herlinda!",
    "La edad de una voluntaria no se etiqueta: no es paciente.",
)

# 129
p(
    "es",
    "patient_story",
    "Cruz Elizondo lleva una cruz tatuada en el pecho desde que sobrevivió al huracán Allen. Ahora también lleva la cicatriz de un bypass. 💪❤️ Don Cruz, de 78 años y vecino de Falfurrias, se recupera en la habitación 4410 y ya pidió que le traigan menudo.",
    [
        ("NAME", "Cruz Elizondo"),
        ("NAME", "Cruz", 2),
        ("GEO", "Falfurrias"),
        ("OTHER_ID", "habitación 4410"),
    ],
    note="Nombre Cruz (la palabra 'cruz' no), pueblo y habitación. Allen es un huracán; 78 años no se etiqueta.",
)

# 130
n(
    "es",
    "staff_spotlight",
    "De la cabina al quirófano ✈️➡️🩺: la Dra. Samantha Reyes fue piloto de helicópteros en la Marina y hoy es nuestra nueva anestesióloga. Dice que el quirófano es 'más tranquilo que un portaaviones en plena tormenta'.",
    "Anestesióloga del personal.",
)

# 131
p(
    "es",
    "patient_story",
    "día 23 en la uci pediátrica 💛 hoy abrió los ojos y buscó a su mamá. gracias a todos los que siguen rezando por ella 🙏 #FuerzaPaloma #PalomaGuerrera",
    [
        ("NAME", "#FuerzaPaloma"),
        ("NAME", "#PalomaGuerrera"),
    ],
    note="La paciente solo aparece en dos hashtags; 'día 23' cuenta días de estancia, no es fecha.",
)

# 132
n(
    "es",
    "staff_spotlight",
    "Felicidades a nuestro equipo de intérpretes 🗣️: Thủy, Alejandra, Minh y Jorge atendieron más de 14,000 llamadas en vietnamita y español este año. Sin ellos no hay cuidado de calidad.",
    "Nombres de intérpretes del personal.",
)

# 133
p(
    "es",
    "patient_story",
    "El bajosextista Rogelio 'El Gallo' Treviño, de Los Gallos del Norte, nos pidió compartir que ya salió de terapia intensiva. 🎸 Sufrió un derrame cerebral el 2 de agosto en pleno baile en George West, y su primera pregunta al despertar fue si la banda había terminado el set. Sus fans pueden mandarle saludos a la página del grupo.",
    [
        ("NAME", "Rogelio 'El Gallo' Treviño"),
        ("DATE", "2 de agosto"),
        ("GEO", "George West"),
    ],
    note="Músico tejano que es paciente: nombre y apodo, fecha y pueblo del derrame (George West parece nombre de persona). La banda (empleador) no.",
)

# 134
n(
    "es",
    "health_tip",
    "🌡️ Golpe de calor: si trabajas en el barco, en la refinería o en el rancho, toma agua cada 15 minutos aunque no tengas sed. Señales de alarma: confusión, piel caliente y seca, desmayo. Llama al 911. ¿Dudas? Línea de enfermería 24/7: (361) 555-0147.",
    "Consejo general; número del hospital y 911.",
)

# 135
p(
    "es",
    "patient_story",
    "Este año, la familia Zamora trajo su ofrenda al cuarto 612 😢🌼 porque don Aurelio no podía ir al panteón. Pusieron la foto de su esposa, Rosalinda, que murió hace seis años, y pan de muerto para todo el turno de noche.",
    [
        ("NAME", "Zamora"),
        ("OTHER_ID", "cuarto 612"),
        ("NAME", "Aurelio"),
        ("NAME", "Rosalinda"),
    ],
    note="Apellido de la familia, cuarto, paciente y su esposa fallecida. La foto del altar es de la esposa y no se adjunta: no es PHOTO.",
)

# 136
n(
    "es",
    "health_tip",
    "Antes de la temporada de huracanes (del 1 de junio al 30 de noviembre) arma tu kit: medicinas para 2 semanas, copias de tus recetas, cargador portátil y la lista de tus doctores. Si usas oxígeno o diálisis, regístrate en el registro estatal STEAR. 🌀",
    "Fechas de la temporada de huracanes, no de un paciente.",
)

# 137
p(
    "es",
    "patient_story",
    "Sol Ramírez tiene 7 años y le tiene miedo al sol desde que se quemó con agua hirviendo el 4 de julio, mientras su papá cocinaba camarones. ☀️ Hoy terminó su último injerto de piel en nuestra unidad de quemados y salió al jardín con su gorra de Spider-Man. ¡Eres valiente, Sol!",
    [
        ("NAME", "Sol Ramírez"),
        ("DATE", "4 de julio"),
        ("NAME", "Sol", 2),
    ],
    note="Nombre Sol (la palabra 'sol' no) y fecha de la quemadura (un feriado que es su fecha).",
)

# 138
n(
    "es",
    "health_tip",
    "Pan de muerto, tamales y champurrado... 🌼 ¿Tienes diabetes? Disfruta el Día de Muertos con porciones pequeñas, camina después de comer y revisa tu glucosa. Nuestras educadoras en diabetes atienden en español los miércoles.",
    "Consejo de temporada; el feriado no es de ningún paciente.",
)

# 139
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! 🌹 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 6:20 de la mañana, mientras en la capilla del hospital cantaban Las Mañanitas. Sus papás, Yadira y Omar Saldívar, de Sinton, no tuvieron que pensar mucho el nombre.",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Yadira"),
        ("NAME", "Omar Saldívar"),
        ("GEO", "Sinton"),
    ],
    note="Bebé Guadalupe; fecha de nacimiento escrita dos veces (la segunda contiene el nombre de la Virgen); padres y su pueblo.",
)

# 140
n(
    "es",
    "health_tip",
    "Si te pica una raya en la playa 🌊: mete el pie en agua caliente (lo más caliente que aguantes sin quemarte) y ve a urgencias si el dolor no cede. Camina arrastrando los pies en el agua para espantarlas. #VeranoSeguro",
    "Consejo general.",
)

# 141
p(
    "es",
    "birth_announcement",
    "Primer bebé del año en Bayfront Kingsville 🎆: Emiliano Bảo Trần-Moreno, 3.4 kg, nació a las 12:03 a.m. del 1 de enero. Su mamá, Thủy, es hija de camaroneros de Seadrift, y su papá, Iván, es marinero en la base aeronaval. ¡Felicidades, familia!",
    [
        ("NAME", "Emiliano Bảo Trần-Moreno"),
        ("DATE", "1 de enero"),
        ("NAME", "Thủy"),
        ("GEO", "Seadrift"),
        ("NAME", "Iván"),
    ],
    note="Nombre y fecha de nacimiento del bebé, padres, y el pueblo de los abuelos maternos. La base (empleador) no.",
)

# 142
n(
    "es",
    "event",
    "📅 Misa y bendición de la flota camaronera: sábado 3 de mayo, 9 a.m., en el muelle de Palacios. Nuestro equipo de salud ocupacional hará chequeos gratis de presión y glucosa. ¡Traigan a toda la tripulación! ⛵🙏",
    "Fecha y lugar de un evento.",
)

# 143
p(
    "es",
    "birth_announcement",
    "El mejor regalo del Día de las Madres 💐: Ximena llegó al mundo ese mismo 10 de mayo, a las 4:44 p.m., con 3.1 kg. Su mamá, Karla Benavides, dice que ya nunca más le van a tener que comprar regalo. 😂",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Ximena"),
        ("DATE", "10 de mayo"),
        ("NAME", "Karla Benavides"),
    ],
    note="Fecha de nacimiento nombrada dos veces (feriado y fecha); bebé y mamá.",
)

# 144
n(
    "es",
    "event",
    "Feria de salud para quinceañeras 👑💃 El 21 de septiembre en el Centro Comunitario de Robstown: vacuna contra el VPH, revisión dental gratis y una plática sobre salud emocional con la psicóloga Irene Maldonado. ¡Tráete a tu corte!",
    "Evento comunitario; la psicóloga es del personal.",
)

# 145
p(
    "es",
    "birth_announcement",
    "Nacieron durante el huracán, y sus papás les pusieron nombres de tormenta... pero no de huracán. 🌀 Les presentamos a Brisa y a Rayo Montemayor, gemelos nacidos el 25/08 con la luz de la planta de emergencia. Hermano mayor: Santiago, 4 años, muy ofendido.",
    [
        ("NAME", "Brisa"),
        ("NAME", "Rayo Montemayor"),
        ("DATE", "25/08"),
        ("NAME", "Santiago"),
    ],
    note="Gemelos con nombres que son palabras (Brisa, Rayo), fecha de nacimiento y hermano.",
)

# 146
n(
    "es",
    "event",
    "Concurso de altares de muertos en el lobby 🌼💀 del 28 de octubre al 2 de noviembre. Compiten los departamentos; el altar ganador del año pasado fue el de Radiología, dedicado a Marie Curie. 😂",
    "Fechas de un evento; Marie Curie es una figura histórica.",
)

# 147
p(
    "es",
    "birth_announcement",
    "nació mi sobrina!!! 😭💕 camila rose flores, 2.9 kg, hoy 14/10 en bayfront. si alguien de la familia no tiene mi número nuevo es el 361 555 0114, mándenme mensaje pa' pasarles fotos",
    [
        ("NAME", "camila rose flores"),
        ("DATE", "14/10"),
        ("PHONE", "361 555 0114"),
    ],
    note="Nombre en minúsculas, fecha de nacimiento y teléfono de la tía.",
)

# 148
n(
    "es",
    "event",
    "Este viernes: Noche de Conjunto en el jardín de la clínica de Kingsville 🪗 con el Conjunto Los Kineños y la voz de Lupita Canales. Entrada libre y tamales a $1. Lo recaudado es para el transporte de pacientes de zonas rurales.",
    "Evento con artistas; ningún paciente.",
)

# 149
p(
    "es",
    "birth_announcement",
    "¡Nació en el barco! 🚤👶 La bebé Marina se adelantó y llegó a bordo del camaronero de su abuelo, amarrado en el muelle de Aransas Pass, la madrugada del 2 de septiembre. La Guardia Costera trajo a mamá y bebé a nuestra sala de partos. El abuelo, don Quang, ya le cambió el nombre al barco en su honor.",
    [
        ("NAME", "Marina"),
        ("GEO", "Aransas Pass"),
        ("DATE", "2 de septiembre"),
        ("NAME", "Quang"),
    ],
    note="Bebé Marina (también una palabra), lugar y fecha de nacimiento, abuelo Quang.",
)

# 150
n(
    "es",
    "statistic",
    "En 2024 atendimos en urgencias a 1,912 personas mayores de 90 años ✨ — ¿la más longeva? Eso no lo decimos. 😉 Lo que sí: el 96% se fue a casa el mismo día. #AdultosMayores",
    "Grupo de edad de población; '96%' es un porcentaje.",
)

# 151
p(
    "es",
    "discharge",
    "¡Se va a casa Jesús! 🙌 Después de 52 días en la UCI neonatal, el pequeño Jesús Alberto Ruiz sale hoy rumbo a Taft con sus papás. Nació el 24 de diciembre, en plena Nochebuena, con apenas 900 gramos. Gracias, Jesús, por enseñarnos lo que es la esperanza. 🙏",
    [
        ("NAME", "Jesús", 1),
        ("NAME", "Jesús Alberto Ruiz"),
        ("NAME", "Jesús", 3),
        ("GEO", "Taft"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
    ],
    note="El bebé Jesús (tres veces), su pueblo, y su fecha de nacimiento escrita dos veces.",
)

# 152
n(
    "es",
    "statistic",
    "Temporada de camarón 2024 en números 🦐: 143 lesiones de mano, 37 infecciones por Vibrio, 12 amputaciones de dedo y 0 muertes. El 91% de los lesionados no traía guantes.",
    "Estadística agregada; '91%' no es una edad.",
)

# 153
p(
    "es",
    "discharge",
    "Santos Villarreal salió hoy caminando del piso de quemados 🔥➡️🏠. El 1.º de noviembre, Día de Todos los Santos, una fuga de vapor en la refinería le quemó el 30% del cuerpo. Dice que ahora festejará dos cumpleaños: el suyo y ese día. En Odem lo esperan su esposa Nelly y sus tres hijas.",
    [
        ("NAME", "Santos Villarreal"),
        ("DATE", "1.º de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("GEO", "Odem"),
        ("NAME", "Nelly"),
    ],
    note="Nombre Santos, fecha de la quemadura dos veces (la festividad contiene 'Santos'), pueblo y esposa. 'ese día' solo remite atrás; la refinería no se etiqueta.",
)

# 154
n(
    "es",
    "statistic",
    "Durante el huracán Beryl, nuestros dos hospitales recibieron 318 pacientes en 72 horas. Nacieron 11 bebés, 3 de ellos durante el apagón. 💡 Gracias a cada persona que se quedó a trabajar.",
    "Cifras agregadas; Beryl es un huracán.",
)

# 155
p(
    "es",
    "discharge",
    "Alta médica para el teniente Ángel Figueroa 🇺🇸✈️, instructor de vuelo, que se eyectó el 18 de enero sobre los pastizales cerca de Armstrong. 'Mi ángel de la guarda hizo horas extra', nos dijo. En casa ya lo esperan su esposa Marisa y su hija Valeria.",
    [
        ("NAME", "Ángel Figueroa"),
        ("DATE", "18 de enero"),
        ("GEO", "Armstrong"),
        ("NAME", "Marisa"),
        ("NAME", "Valeria"),
    ],
    note="Piloto instructor: nombre (la palabra 'ángel' no), fecha y lugar de la eyección (Armstrong, TX), esposa e hija.",
)

# 156
n(
    "es",
    "statistic",
    "Casi 1 de cada 4 vaqueros que atendemos llega por una lesión de caballo. 🐎 La mayoría son fracturas de costilla y clavícula. Usa casco: en 2024 ningún jinete con casco necesitó cirugía de cráneo.",
    "Estadística agregada.",
)

# 157
p(
    "es",
    "discharge",
    "¡¡ALTA!! 🎉 DOÑA CONSUELO RAMOS, DE 98 AÑOS, SE VA A SU CASA EN FLOUR BLUFF DESPUÉS DE VENCER AL COVID. LAS ENFERMERAS DEL 3 OESTE LE HICIERON VALLA CON PANDEROS. ¡QUÉ CONSUELO VERLA SALIR ASÍ! 💃",
    [
        ("NAME", "CONSUELO RAMOS"),
        ("AGE", "98"),
        ("GEO", "FLOUR BLUFF"),
    ],
    note="En mayúsculas: nombre, edad 98 y barrio. El segundo 'CONSUELO' es la palabra (alivio), no el nombre.",
)

# 158
n(
    "es",
    "recruitment",
    "¡Estamos contratando! 💼 Enfermeras y enfermeros bilingües para urgencias y labor y parto en Corpus Christi y Kingsville. Bono de contratación de $10,000. Manda tu CV a empleos@gulfcoastbayfront.org o llama al (361) 555-0100.",
    "Reclutamiento con correo y número del hospital.",
)

# 159
p(
    "es",
    "discharge",
    "Después de 3 semanas en cuidados intensivos por una infección de Vibrio, la señora Phạm Thị Mai regresa hoy a Palacios. 🦐 Su hija Jenny pide que quien quiera mandarle tarjetas escriba a phamfamily.palacios@gmail.com. ¡Buen viaje, bà Mai!",
    [
        ("NAME", "Phạm Thị Mai"),
        ("GEO", "Palacios"),
        ("NAME", "Jenny"),
        ("EMAIL", "phamfamily.palacios@gmail.com"),
        ("NAME", "Mai", 2),
    ],
    note="Nombre de la paciente (bà es honorífico), su pueblo, su hija y el correo de la familia.",
)

# 160
n(
    "es",
    "recruitment",
    "¿Hablas vietnamita y español? 🇻🇳🇲🇽 Buscamos intérpretes médicos certificados para nuestra clínica de pescadores en 820 Shoreline Boulevard. Horario flexible y capacitación pagada.",
    "Dirección del hospital.",
)

# 161
p(
    "es",
    "discharge",
    "Hoy se fue a casa «Chapulín» 🦗, como le dicen en la primaria Sam Houston de Corpus Christi, después de que un perro callejero lo mordiera el 9 de abril. Diecisiete puntadas y cero lágrimas (bueno, dos). Su mamá, Araceli, dice que aun así quiere un perro.",
    [
        ("NAME", "Chapulín"),
        ("GEO", "Corpus Christi"),
        ("DATE", "9 de abril"),
        ("NAME", "Araceli"),
    ],
    note="Apodo del niño, ciudad de su escuela (donde vive), fecha de la mordida, su mamá. Sam Houston es una figura histórica en el nombre de la escuela.",
)

# 162
n(
    "es",
    "recruitment",
    "Programa de verano para estudiantes de prepa de Kingsville, Bishop y Riviera 🩺: acompaña a nuestros médicos durante 6 semanas. Solicitudes hasta el 15 de abril en gulfcoastbayfront.org/verano.",
    "Fecha límite de un programa; pueblos de la región.",
)

# 163
p(
    "es",
    "discharge",
    "Raúl 'Tigre' Benavídez, pescador de Port Mansfield, sale hoy del hospital tras 40 días por una mordida de tiburón. 🦈 Su familia agradece cada donativo en gofundme.com/f/tigre-benavidez y pide oraciones para la rehabilitación.",
    [
        ("NAME", "Raúl 'Tigre' Benavídez"),
        ("GEO", "Port Mansfield"),
        ("URL", "gofundme.com/f/tigre-benavidez"),
    ],
    note="Nombre y apodo, pueblo, URL de la colecta familiar.",
)

# 164
n(
    "es",
    "recruitment",
    "¿Eres veterano de la Marina? ⚓ Tu experiencia como corpsman cuenta. Tenemos vacantes de técnico de urgencias y paramédico que reconocen tu entrenamiento militar. Escríbenos por DM a @BayfrontEnSalud.",
    "Cuenta del hospital.",
)

# 165
p(
    "es",
    "thank_you",
    "Querido equipo de la UCI: gracias por cuidar a mi papá, Julián Montalvo, del 2 al 19 de junio. Nunca olvidaremos a la enfermera que le puso a Los Tigres del Norte cuando despertó. Con cariño, la familia Montalvo de Alice. 💙",
    [
        ("NAME", "Julián Montalvo"),
        ("DATE", "2 al 19 de junio"),
        ("NAME", "Montalvo", 2),
        ("GEO", "Alice"),
    ],
    note="Nombre del paciente, rango de su estancia como una sola expresión, apellido familiar y pueblo Alice.",
)

# 166
n(
    "es",
    "crisis_update",
    "Evacuación obligatoria en North Beach y Port Aransas 🌀. Si estás en diálisis, usas oxígeno o tienes más de 36 semanas de embarazo, avísanos antes de salir. El hospital NO es refugio. Línea de huracán: (361) 555-0175.",
    "Aviso a la población; número del hospital.",
)

# 167
p(
    "es",
    "thank_you",
    "Gracias, Bayfront, por atender a mi abuelita Chonita 😭 La trajimos el 13 de junio, día de San Antonio, y ustedes le cantaron las mañanitas en urgencias. Eso no se olvida. — Fam. Loera",
    [
        ("NAME", "Chonita"),
        ("DATE", "13 de junio"),
        ("DATE", "día de San Antonio"),
        ("NAME", "Loera"),
    ],
    note="Nombre de la paciente, fecha de ingreso escrita dos veces (el día del santo, no la ciudad) y apellido de la familia.",
)

# 168
n(
    "es",
    "crisis_update",
    "Actualización de las 7:00 🔥: el incendio en una planta de Ingleside dejó 5 trabajadores heridos; 2 siguen graves en nuestra unidad de quemados. Por respeto a las familias no daremos nombres. Familias: (361) 555-0100, opción 3.",
    "Incidente público con varios heridos sin nombre: el lugar no es GEO de un paciente.",
)

# 169
p(
    "es",
    "thank_you",
    "Mil gracias a la enfermera Rocío y al Dr. Castañeda del 4 Norte 🙏 me salvaron la pierna después del accidente en la lancha. Si quieren ver cómo voy en la rehabilitación, síganme en @nacho_rehab_cc 💪 — Ignacio",
    [
        ("OTHER_ID", "@nacho_rehab_cc"),
        ("NAME", "Ignacio"),
    ],
    note="Cuenta social y nombre del propio paciente; Rocío y el Dr. Castañeda son personal.",
)

# 170
n(
    "es",
    "crisis_update",
    "Alerta por aguas negras 🚱: después de las inundaciones, no dejes que los niños jueguen en el agua estancada de las calles. Si una herida se enrojece o se hincha, ve a urgencias. Las clínicas de Kingsville abren normal mañana.",
    "Aviso general.",
)

# 171
p(
    "es",
    "thank_you",
    "Gracias a la familia Hernández Lugo por donar 40 mecedoras a nuestra UCI neonatal en memoria de su hijo Mateo, que pasó aquí sus 11 días de vida en 2019. 🪑💙 Cada mecedora lleva una plaquita con su nombre.",
    [
        ("NAME", "Hernández Lugo"),
        ("NAME", "Mateo"),
    ],
    note="Donantes presentados como padres de un paciente: su apellido y el nombre del bebé. 2019 es un año suelto.",
)

# 172
n(
    "es",
    "crisis_update",
    "Corte de luz en el hospital de Kingsville a las 11:15 a.m. ⚡ Los generadores funcionan y todos los pacientes están a salvo. Las citas de la tarde se reprogramarán y les avisaremos por teléfono. Gracias por su paciencia.",
    "Aviso operativo.",
)

# 173
p(
    "es",
    "thank_you",
    "GRACIAS BAYFRONT KINGSVILLE!!! MI TÍO PANCHO ESTUVO EN LA CAMA 12 DE URGENCIAS TODA LA NOCHE Y NUNCA LO DEJARON SOLO. YA ESTÁ EN SU CASA EN EL RANCHO LOS OLMOS TOMANDO CAFÉ 🤠☕",
    [
        ("NAME", "PANCHO"),
        ("OTHER_ID", "CAMA 12"),
        ("GEO", "RANCHO LOS OLMOS"),
    ],
    note="En mayúsculas: apodo del tío, su cama y el rancho donde vive. 'KINGSVILLE' es el nombre del campus.",
)

# 174
n(
    "es",
    "research",
    "Nuevo estudio del Bayfront: de 420 trabajadores de refinería con quemaduras tratados entre 2016 y 2024, quienes recibieron injerto en las primeras 72 horas volvieron al trabajo 3 semanas antes. 🔬 Autor principal: Dr. Julio Benavides.",
    "Resultado agregado; el autor es del personal.",
)

# 175
p(
    "es",
    "thank_you",
    "Gracias, don Efraín Lam, por las 200 grullas de papel que dejó en el 6.º piso antes de irse. 🕊️ Nos contó que aprendió a doblarlas de niño en Saigón y que cada una es 'una oración por una enfermera'. Que le vaya bonito allá en Ingleside.",
    [
        ("NAME", "Efraín Lam"),
        ("GEO", "Saigón"),
        ("GEO", "Ingleside"),
    ],
    note="Nombre del expaciente, ciudad extranjera donde creció y su pueblo actual.",
)

# 176
n(
    "es",
    "research",
    "¿Cuidas a un familiar con Alzheimer? 💜 Buscamos cuidadores que hablen español para un estudio sobre el estrés del cuidador en familias de rancho. Se participa desde casa, por teléfono, y se paga $75. Informes: (361) 555-0111, opción 5.",
    "Reclutamiento para un estudio; epónimo; número del hospital.",
)

# 177
p(
    "es",
    "memorial",
    "Descansa en paz, Paz. 🕊️ María de la Paz Olivares, 'Pacita' para todo Kingsville, falleció el 2 de noviembre rodeada de sus hijos, justo cuando la familia terminaba su altar de muertos. Tenía 92 años y la risa más fuerte del 3.er piso.",
    [
        ("NAME", "Paz", 1),
        ("NAME", "María de la Paz Olivares"),
        ("NAME", "Pacita"),
        ("GEO", "Kingsville"),
        ("DATE", "2 de noviembre"),
        ("AGE", "92"),
    ],
    note="Nombre Paz (la palabra 'paz' no), nombre completo y apodo, su pueblo, fecha de muerte y edad 92.",
)

# 178
n(
    "es",
    "research",
    "Nuestro laboratorio de enfermedades infecciosas encontró Vibrio en 1 de cada 3 ostiones muestreados en la bahía de Copano en agosto. 🦪 Cocina bien los mariscos, sobre todo si tienes diabetes o problemas de hígado.",
    "Hallazgo ambiental; ni persona ni fecha de paciente.",
)

# 179
p(
    "es",
    "memorial",
    "Hasta siempre, don Teodoro Salinas Longoria. 🤠 Sesenta años arreando ganado y nunca soltó a su yegua, la Paloma. Murió el lunes en nuestra unidad de hospicio, con el sombrero en el buró y sus nietos cantándole 'Volver, volver'. Había nacido en Sarita el 30 de abril de 1936. 🕯️",
    [
        ("NAME", "Teodoro Salinas Longoria"),
        ("GEO", "Sarita"),
        ("DATE", "30 de abril de 1936"),
    ],
    note="Nombre, lugar y fecha completa de nacimiento. Paloma es la yegua (mascota, no se etiqueta); el lunes es un día de la semana.",
)

# 180
n(
    "es",
    "research",
    "Investigadores del Bayfront y de la Estación Aeronaval de Corpus Christi publican un estudio sobre mareo en pilotos estudiantes: el 28% lo sufrió en su primer vuelo. Lo dirigió la Dra. Ana Lucía Ferrer. ✈️🤢",
    "Investigación agregada; la autora es del personal.",
)

# 181
p(
    "es",
    "memorial",
    "La flota camaronera de Palacios guardó hoy un minuto de silencio por el capitán Nguyễn Văn Hải, que murió en nuestro hospital el 27/7 tras el incendio de su barco. Tenía 61 años. Su hijo Tommy seguirá al timón. ⚓🦐",
    [
        ("GEO", "Palacios"),
        ("NAME", "Nguyễn Văn Hải"),
        ("DATE", "27/7"),
        ("NAME", "Tommy"),
    ],
    note="Pueblo de su flota (donde vivía), nombre, fecha de muerte, hijo. 61 años no se etiqueta.",
)

# 182
n(
    "es",
    "public_figure",
    "Hace 30 años perdimos a Selena 🌹. Hoy, 31 de marzo, nuestro personal dejó flores en el Mirador de la Flor. Su voz sigue sonando en nuestras salas de parto. #SelenaPorSiempre",
    "Fecha de una figura pública, no de un paciente.",
)

# 183
p(
    "es",
    "memorial",
    "Se nos fue un grande del acordeón. 🪗 Don Fidencio 'El Rey' Saldaña, de Robstown, que tocó en todos los salones de baile del sur de Texas, murió esta madrugada en nuestra UCI. Sus hijos Fide y Nora agradecen las oraciones. Cien años de música... bueno, 91.",
    [
        ("NAME", "Fidencio 'El Rey' Saldaña"),
        ("GEO", "Robstown"),
        ("NAME", "Fide"),
        ("NAME", "Nora"),
        ("AGE", "91"),
    ],
    note="Músico que murió aquí: nombre, pueblo, hijos, edad 91. 'Cien años de música' no es su edad.",
)

# 184
n(
    "es",
    "public_figure",
    "En 1853 el capitán Richard King compró las primeras tierras de lo que sería el King Ranch. 🐂 Más de 170 años después, nuestra clínica de Kingsville atiende a las familias kineñas que siguen trabajando esos pastizales.",
    "Figura histórica; población.",
)

# 185
p(
    "es",
    "memorial",
    "Hoy, 2 de noviembre, nuestro equipo de cuidados paliativos montó en la capilla una ofrenda con los nombres de los 212 pacientes que despedimos este año. 🌼 Uno de ellos, el pequeño Iker, nos enseñó a todos a bailar 'La Bamba' desde su cama. Te recordamos, Iker.",
    [
        ("NAME", "Iker", "*"),
    ],
    note="El niño Iker (dos veces). La fecha es la del evento, no de un paciente.",
)

# 186
n(
    "es",
    "public_figure",
    "¡Qué visita! ⚾ Los Hooks de Corpus Christi pasaron por pediatría con su mascota, y el lanzador Eduardo 'Lalo' Marrero firmó yesos, gorras y hasta un oso de peluche.",
    "Atleta visitante.",
)

# 187
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos al alférez Tyler 'Tex' Morales, alumno piloto de la Estación Aeronaval de Kingsville, quien falleció en nuestro hospital el 14 de marzo. Sus padres, Rosa y Gabriel Morales, viajaron desde El Paso para estar a su lado. Fair winds, Tex. ⚓",
    [
        ("NAME", "Tyler 'Tex' Morales"),
        ("DATE", "14 de marzo"),
        ("NAME", "Rosa"),
        ("NAME", "Gabriel Morales"),
        ("GEO", "El Paso"),
        ("NAME", "Tex", 2),
    ],
    note="Nombre y apodo del piloto, fecha de muerte, padres y su ciudad. La estación (empleador) no.",
)

# 188
n(
    "es",
    "public_figure",
    "La alcaldesa de Kingsville, Rosario Villalobos, y el comandante de la Estación Aeronaval, capitán Dennis Harlan, inauguraron hoy la nueva sala de urgencias pediátricas. 🎀✂️",
    "Funcionarios públicos.",
)

# 189
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100, doña Esperanza! 🎂 La señora Esperanza Barrera nació en Kingsville el 15 de agosto de 1925, cuando el tren todavía traía el correo del rancho. Hoy sopló sus velas en diálisis y nos dijo: 'la esperanza es lo último que muere'.",
    [
        ("AGE", "100"),
        ("NAME", "Esperanza", 1),
        ("NAME", "Esperanza Barrera"),
        ("GEO", "Kingsville"),
        ("DATE", "15 de agosto de 1925"),
    ],
    note="Edad 100, nombre (la palabra 'esperanza' no), lugar y fecha de nacimiento.",
)

# 190
n(
    "es",
    "eponymous_condition",
    "Noviembre es el mes de la concientización sobre el Alzheimer 💜. Si tu abuelo repite las mismas preguntas, se pierde en caminos que conoce o ya no reconoce su troca, háblalo con su médico. Consultas de memoria en español: (361) 555-0100.",
    "Epónimo y mes de concientización.",
)

# 191
p(
    "es",
    "milestone_birthday",
    "Don Mauro cumple hoy 97 abriles 🎉 y lo celebró con una partida de lotería en la sala de espera de cardiología. 'Mauricio Lerma, para servirle', se presenta con todos. Llegó de Monterrey en 1951 y todavía maneja su troca. ¡Que cumpla muchos más!",
    [
        ("NAME", "Mauro"),
        ("AGE", "97"),
        ("NAME", "Mauricio Lerma"),
        ("GEO", "Monterrey"),
    ],
    note="Apodo y nombre, edad 97 ('abriles'), ciudad de origen. 'hoy' no es fecha; 1951 es un año suelto.",
)

# 192
n(
    "es",
    "eponymous_condition",
    "¿Sabías que el síndrome de Guillain-Barré puede empezar con hormigueo en los pies después de una infección del estómago? 🦶 Si la debilidad te sube por las piernas, ve a urgencias de inmediato.",
    "Epónimo.",
)

# 193
p(
    "es",
    "milestone_birthday",
    "Pastel de tres leches para celebrar el nonagésimo cumpleaños de la señora Trinidad 'Trini' Vela, que fue voluntaria del hospital por 30 años y hoy es paciente de nuestra unidad de rehabilitación. 🎂 Cumplió este 8 de septiembre y pidió de regalo 'volver a caminar al mercado'.",
    [
        ("AGE", "nonagésimo"),
        ("NAME", "Trinidad 'Trini' Vela"),
        ("DATE", "8 de septiembre"),
    ],
    note="Exvoluntaria que hoy es paciente: edad ordinal en palabras, nombre y fecha de cumpleaños.",
)

# 194
n(
    "es",
    "eponymous_condition",
    "El mal de Chagas, que transmite la chinche besucona, existe en el sur de Texas. 🐞 Si encuentras una en casa, no la aplastes con la mano: guárdala en alcohol y tráela a nuestra clínica. La enfermedad lleva el nombre del médico brasileño Carlos Chagas.",
    "Epónimo y figura histórica.",
)

# 195
p(
    "es",
    "milestone_birthday",
    "Una centenaria en el 2.º piso 🧧: la abuela Lý Thị Bích cumplió 100 años en el Año Nuevo Lunar, y sus 40 nietos y bisnietos llenaron el pasillo de sobres rojos. Llegó de Vietnam a Port Arthur en 1980 y de ahí a Aransas Pass, donde vive con su hija Linh.",
    [
        ("AGE", "centenaria"),
        ("NAME", "Lý Thị Bích"),
        ("AGE", "100"),
        ("DATE", "Año Nuevo Lunar"),
        ("GEO", "Port Arthur"),
        ("GEO", "Aransas Pass"),
        ("NAME", "Linh"),
    ],
    note="'centenaria' y 100 años; nombre; su cumpleaños en una festividad; residencia pasada y actual; hija. Vietnam es un país.",
)

# 196
n(
    "es",
    "eponymous_condition",
    "Lesión de Lisfranc: común en jinetes que quedan con el pie atorado en el estribo. 🤠 Si te duele el empeine y no puedes apoyar, no es 'nomás un esguince'. Nuestros ortopedistas de Kingsville la ven cada semana.",
    "Epónimo.",
)

# 197
p(
    "es",
    "milestone_birthday",
    "🎶 ¡Las mañanitas para don Chuyito, que hoy llega a los noventa y cinco y sigue tocando el bajo sexto desde la cama del cuarto 508! 🎂 Su hija Lety trajo el pastel y su bisnieta Ana Sofía la vela con el número 95.",
    [
        ("NAME", "Chuyito"),
        ("AGE", "noventa y cinco"),
        ("OTHER_ID", "cuarto 508"),
        ("NAME", "Lety"),
        ("NAME", "Ana Sofía"),
        ("AGE", "95"),
    ],
    note="Apodo, edad en palabras y en cifra (la vela), cuarto, hija y bisnieta.",
)

# 198
n(
    "es",
    "sponsor",
    "Gracias a H-E-B por donar 2,000 kits de emergencia para huracanes 🌀 que repartiremos en nuestras clínicas de Robstown, Kingsville y Aransas Pass. ¡Eso es ser buen vecino!",
    "Patrocinador; pueblos de las clínicas del hospital.",
)

# 199
p(
    "es",
    "milestone_birthday",
    "Cumplir 90 el mismo Cinco de Mayo en que uno nació ya es bastante, pero doña Natividad Rocha además lo festejó con el alta del hospital. 🇲🇽🎉 Nació en Agua Dulce y para allá regresa hoy, con su hija Gloria al volante.",
    [
        ("AGE", "90"),
        ("DATE", "Cinco de Mayo"),
        ("NAME", "Natividad Rocha"),
        ("GEO", "Agua Dulce"),
        ("NAME", "Gloria"),
    ],
    note="Edad 90, su cumpleaños en un feriado, nombre, pueblo (Agua Dulce) e hija.",
)

# 200
n(
    "es",
    "sponsor",
    "La Fundación Familia Garza-Leal entregó hoy un cheque de $250,000 para la nueva unidad de quemados. 🔥 Don Óscar Garza-Leal, ingeniero jubilado de la refinería, dice que 'ningún trabajador de la costa debería ir hasta Houston para curarse'.",
    "Donantes que dan nombre a una fundación; no son pacientes ni familiares de uno.",
)

# 201
p(
    "es",
    "pasted_record",
    "Perdón, esto se publicó por error y ya lo borramos:\nPACIENTE: SALDIVAR GARZA, MA. DEL CARMEN\nEXP: 00-77-41230   NSS: 521-90-4471\nF. NAC: 03/11/1931   CAMA: 4B-22\nCONTACTO: hijo Rubén 361-555-0152",
    [
        ("NAME", "SALDIVAR GARZA, MA. DEL CARMEN"),
        ("MRN", "00-77-41230"),
        ("SSN", "521-90-4471"),
        ("DATE", "03/11/1931"),
        ("OTHER_ID", "CAMA: 4B-22"),
        ("NAME", "Rubén"),
        ("PHONE", "361-555-0152"),
    ],
    note="Hoja pegada: nombre, expediente, NSS, fecha de nacimiento completa, cama, hijo y su teléfono.",
)

# 202
n(
    "es",
    "sponsor",
    "Mil gracias a la Asociación de Camaroneros Vietnamitas de la Costa por los 500 platos de phở para el personal durante la tormenta 🍜🦐. Su presidente, el señor Đỗ Văn Hùng, dijo que es su manera de dar las gracias.",
    "Donante y su presidente.",
)

# 203
p(
    "es",
    "pasted_record",
    "nota de triaje pegada en el grupo de la parroquia 😳: 'sra. ofelia cárdenas, 96a, vive sola en calle Lipan #1214, se cayó el 8/10, hija (yolanda) no contesta' — por favor borren estas publicaciones, es información privada.",
    [
        ("NAME", "ofelia cárdenas"),
        ("AGE", "96a"),
        ("GEO", "calle Lipan #1214"),
        ("DATE", "8/10"),
        ("NAME", "yolanda"),
    ],
    note="Nota en minúsculas: nombre, edad abreviada '96a', calle con número, fecha de la caída, hija.",
)

# 204
n(
    "es",
    "sponsor",
    "Patrocinadores de la Cabalgata por la Salud 2025 🐴: Ford de Kingsville, Rancho Santa Cruz, Banco del Sur y Kleberg Bank. ¡Nos vemos en el desfile el 12 de octubre!",
    "Patrocinadores y fecha de un evento.",
)

# 205
p(
    "es",
    "pasted_record",
    "Copiado del formulario de preadmisión (publicado por error en nuestra página y ya retirado): Paciente: Jasmine T. Ocampo · Fecha de cirugía: 21-oct · TRICARE DBN 1290448713 · Patrocinador: padre, HM2 Luis Ocampo · Tel. casa (361) 555-0167",
    [
        ("NAME", "Jasmine T. Ocampo"),
        ("DATE", "21-oct"),
        ("HEALTH_PLAN", "1290448713"),
        ("NAME", "Luis Ocampo"),
        ("PHONE", "(361) 555-0167"),
    ],
    note="Formulario: nombre, fecha de cirugía, número de beneficiario TRICARE, padre patrocinador y teléfono de casa.",
)

# 206
n(
    "es",
    "hospital_contact",
    "📞 ¿Necesitas ayuda? Hospital principal: (361) 555-0100 · Clínica de Kingsville: (361) 555-0111 · Línea de enfermería 24/7: (361) 555-0147 · Dirección: 1450 East King Avenue, Kingsville, TX 78363.",
    "Números y dirección del hospital.",
)

# 207
p(
    "es",
    "pasted_record",
    "¿alguien sabe si esto se puede recargar? 🤔 la etiqueta del marcapasos de mi abuelo dice: 'Paciente: Héctor Ybarra — Modelo Azure XT — N/S: RNL448127S — implantado 17/01/2022, Gulf Coast Bayfront'",
    [
        ("NAME", "Héctor Ybarra"),
        ("DEVICE", "RNL448127S"),
        ("DATE", "17/01/2022"),
    ],
    note="Nombre, número de serie del marcapasos y fecha del implante; el modelo no es un identificador.",
)

# 208
n(
    "es",
    "hospital_contact",
    "Por favor, NO escriban nombres, fechas de nacimiento ni números de cuarto de sus familiares en los comentarios 🙏. Para preguntar por un paciente, llamen al (361) 555-0100 o mándennos mensaje privado a @BayfrontEnSalud.",
    "Aviso de privacidad; número y cuenta del hospital.",
)

# 209
p(
    "es",
    "pasted_record",
    "Mi hija me mandó esta captura del portal y no le entiendo nada 😩: 'Inicio de sesión: usuario rgarza1957 · IP 201.141.88.23 · Cita: 4 de diciembre, 9:30, Dra. Villegas, Reumatología · Cuenta 8841-2207-65'",
    [
        ("OTHER_ID", "rgarza1957"),
        ("IP", "201.141.88.23"),
        ("DATE", "4 de diciembre"),
        ("ACCOUNT", "8841-2207-65"),
    ],
    note="Captura del portal de la paciente: usuario, IP, fecha de su cita y número de cuenta. La doctora es del personal.",
)

# 210
n(
    "es",
    "hospital_contact",
    "¿Preguntas de facturación? 💳 Escríbenos a facturacion@gulfcoastbayfront.org o visítanos en 3300 Ocean Drive, Corpus Christi, TX 78411, de lunes a viernes de 8 a 5. Nunca te pediremos pagos por teléfono.",
    "Correo y dirección del hospital.",
)

# 211
p(
    "es",
    "pasted_record",
    "ALERTA DE PRIVACIDAD ⚠️ Esto circuló en un grupo de Facebook: 'Ingreso 0430 — NÚÑEZ, ROSA ISELA — Medicaid 7145502213 — Encuentro CSN-20331887 — la trajo EMS desde Calallen, caída en bicicleta.' Si lo ves, no lo compartas.",
    [
        ("NAME", "NÚÑEZ, ROSA ISELA"),
        ("HEALTH_PLAN", "7145502213"),
        ("OTHER_ID", "20331887"),
        ("GEO", "Calallen"),
    ],
    note="Nombre estilo expediente, número de Medicaid, número de encuentro (solo el valor) y el lugar del accidente.",
)

# 212
n(
    "es",
    "hospital_contact",
    "Prensa y medios 🎥: para entrevistas o permisos de grabación, comunícate con la oficina de relaciones públicas al (361) 555-0162. Los donativos se reciben en bayfrontgives.org.",
    "Número y dominio del hospital.",
)

# 213
p(
    "es",
    "staff_spotlight",
    "Conozcan a Marco Antonio Ledesma, camillero del turno de noche desde hace 19 años... y, desde el 28 de mayo, paciente trasplantado de riñón en este mismo hospital. 💚 'Ahora empujo camillas con un riñón de mi hermana Claudia', dice orgulloso.",
    [
        ("NAME", "Marco Antonio Ledesma"),
        ("DATE", "28 de mayo"),
        ("NAME", "Claudia"),
    ],
    note="Empleado que es paciente: nombre, fecha del trasplante y su hermana donante.",
)

# 214
n(
    "es",
    "campaign_hashtag",
    "#BayfrontFuerte no es solo un hashtag: son 2,400 empleados que se quedaron durante la tormenta, durmieron en catres y mantuvieron los generadores andando. 💙 #CostaFuerte #JuntosSalimos",
    "Solo hashtags de campaña.",
)

# 215
p(
    "es",
    "staff_spotlight",
    "Nuestra jefa de enfermería de Kingsville, Yolanda Escamilla, cumplió 30 años en Bayfront... y esta semana le tocó estar del otro lado: su nieta Renata nació aquí el martes a las 5:10 a.m. 👶💕 ¡Felicidades, abuela Yola!",
    [
        ("NAME", "Yolanda Escamilla"),
        ("NAME", "Renata"),
        ("NAME", "Yola"),
    ],
    note="La recién nacida Renata es paciente; su abuela, aunque es del personal, aquí es familiar de una paciente (nombre y apodo). 'el martes' no es fecha.",
)

# 216
n(
    "es",
    "campaign_hashtag",
    "Este Mes de la Herencia Hispana, cuéntanos quién te inspiró a cuidar de los demás con #MiHéroeDeSalud 💚 Las mejores historias saldrán en nuestra página. (¡Sin datos médicos, por favor!)",
    "Hashtag de campaña.",
)

# 217
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN HURACÁN 🌀 22:00 — Trasladamos a 9 pacientes de diálisis de la isla. A la familia Vo, que nos escribió por Facebook: su papá, don Vo Thanh Binh, llegó bien, está en la habitación 2207 y ya cenó. Línea para familias: (361) 555-0175.",
    [
        ("NAME", "Vo", 1),
        ("NAME", "Vo Thanh Binh"),
        ("OTHER_ID", "habitación 2207"),
    ],
    note="Apellido de la familia, nombre del paciente y su habitación; número del hospital.",
)

# 218
n(
    "es",
    "campaign_hashtag",
    "#ManosQueTrabajan 🦐🤠🔥 Pescadores, vaqueros y trabajadores de planta: sus manos mueven la costa. Cuídenlas. Chequeos de mano gratis cada jueves en nuestra clínica del puerto.",
    "Hashtag de campaña.",
)

# 219
p(
    "es",
    "crisis_update",
    "⚠️ Aviso: por la tormenta, la clínica de Kingsville cierra hoy a las 2 p.m. Doña Petra Villanueva: su cita de quimio pasó al jueves y ya le avisamos a su hijo al 361-555-0148. A los demás pacientes los llamaremos uno por uno.",
    [
        ("NAME", "Petra Villanueva"),
        ("PHONE", "361-555-0148"),
    ],
    note="Paciente nombrada en un aviso y el teléfono de su hijo (no es del hospital).",
)

# 220
n(
    "es",
    "campaign_hashtag",
    "Ya salió la playera oficial de #RosaDeTexas 🎀 para la caminata contra el cáncer de mama. Cómprala en la tienda de regalos o en bayfrontgives.org. #OctubreRosa",
    "Hashtags de campaña; 'Rosa' aquí no es una persona.",
)

# 221
p(
    "es",
    "public_figure",
    "La campeona de box Yazmín 'La Bala' Rentería salió ayer de nuestro hospital tras una cirugía de mano por una fractura de boxeador. 🥊 Nos pidió dar las gracias a su gente de Robstown, el pueblo que la vio crecer, por tanto cariño.",
    [
        ("NAME", "Yazmín 'La Bala' Rentería"),
        ("GEO", "Robstown"),
    ],
    note="Figura pública que fue paciente: nombre y pueblo. 'ayer' no es fecha.",
)

# 222
n(
    "es",
    "anonymous_story",
    "Una señora de noventa y tantos años llegó a urgencias porque 'el perro andaba nervioso'. El perro tenía razón: estaba teniendo un infarto. 🐕❤️ Hoy ella está bien y el perro tiene fans en todo el 4.º piso.",
    "Anónima; 'noventa y tantos' es aproximado, no una edad exacta.",
)

# 223
p(
    "es",
    "public_figure",
    "🎤 El cantante tejano Beto Cisneros, de Los Diamantes del Sur, dio positivo a dengue tras su gira por Tamaulipas y está internado en nuestro 5.º piso desde el 6 de septiembre. Su representante nos autorizó a compartirlo. ¡Recupérate pronto, Beto! #FuerzaBeto",
    [
        ("NAME", "Beto Cisneros"),
        ("DATE", "6 de septiembre"),
        ("NAME", "Beto", 2),
        ("NAME", "#FuerzaBeto"),
    ],
    note="Cantante que es paciente: nombre, fecha de ingreso, hashtag. Tamaulipas es un estado.",
)

# 224
n(
    "es",
    "anonymous_story",
    "Anoche atendimos a un camaronero que se clavó un anzuelo de 10 cm en la mano y manejó 2 horas con él puesto 🎣. Nos dio permiso de compartir la radiografía, sin nombre. ¡Usen guantes!",
    "Anónimo; una radiografía sin nombre no es foto identificable.",
)

# 225
p(
    "es",
    "campaign_hashtag",
    "¡Gracias a todos los que vinieron al carwash de la prepa King! 🚗💦 Juntaron $3,200 para la familia de nuestro paciente del 7.º piso. #TodosConTeo #KingStrong",
    [
        ("NAME", "#TodosConTeo"),
    ],
    note="El paciente solo aparece en el hashtag #TodosConTeo; #KingStrong es de la escuela.",
)

# 226
n(
    "es",
    "anonymous_story",
    "Un vaquero de setenta y tantos nos contó que en 50 años nunca había ido al doctor. 🤠 Vino porque su esposa lo amenazó con vender su caballo. Diagnóstico: diabetes. Moraleja: hazle caso a tu esposa.",
    "Anónimo; edad menor de 90.",
)

# 227
p(
    "es",
    "campaign_hashtag",
    "Día 100 🎈 #MilagroDeMilo #MiloElValiente 💙 Gracias, Coastal Bend, por no soltarnos la mano.",
    [
        ("NAME", "#MilagroDeMilo"),
        ("NAME", "#MiloElValiente"),
    ],
    note="Dos hashtags con el nombre del paciente; 'Día 100' cuenta días, no es edad ni fecha.",
)

# 228
n(
    "es",
    "anonymous_story",
    "Uno de nuestros bebés prematuros de 2010 nos visitó hoy vestido de chambelán, listo para la quinceañera de su hermana. 🤵 Pesó 800 gramos al nacer. ¡Cómo pasa el tiempo!",
    "Anónimo; 2010 es un año suelto.",
)

# 229
p(
    "es",
    "event",
    "Este sábado 14 de junio habrá kermés en el salón de la parroquia del Sagrado Corazón en Kingsville para ayudar con los gastos de Matías Leal, el niño de 6 años de Riviera que sigue en nuestra UCI desde su accidente del 30 de mayo. 🌮🎡",
    [
        ("NAME", "Matías Leal"),
        ("GEO", "Riviera"),
        ("DATE", "30 de mayo"),
    ],
    note="Nombre, pueblo y fecha del accidente del niño; la fecha y el lugar de la kermés no.",
)

# 230
n(
    "es",
    "anonymous_story",
    "Una abuelita vietnamita que no hablaba inglés ni español llegó sola a urgencias con un papelito que decía 'đau ngực' (dolor de pecho). Nuestra intérprete Thủy llegó en 4 minutos. Hoy la señora está estable. 💛",
    "Paciente anónima; Thủy es intérprete del personal.",
)

# 231
p(
    "es",
    "anonymous_story",
    "Una paciente de 103 años nos preguntó esta mañana si podía ver el desfile del Día de la Independencia. 🇲🇽 Le acercamos la silla a la ventana del 4.º piso y no se perdió nada. Dice que es el mejor 16 de septiembre desde 1940.",
    [
        ("AGE", "103"),
    ],
    note="Paciente sin nombre con edad exacta mayor de 89. El 16 de septiembre y el Día de la Independencia son la fiesta, no una fecha de la paciente.",
)

# 232
n(
    "es",
    "memorial",
    "Despedimos con tristeza al Dr. Arnoldo Sáenz, cirujano del Bayfront durante 42 años, que falleció el 3 de enero a los 94 años. Operó a tres generaciones de familias rancheras. Descanse en paz. 🕊️",
    "Memorial de un médico del personal: su fecha y edad no se etiquetan.",
)

# 233
p(
    "es",
    "hospital_contact",
    "Mensaje para la familia de don Ricardo Peña: encontramos su dentadura 😅 y su rosario en Rayos X. Pueden recogerlos en Seguridad, (361) 555-0100, o le llamamos al número que dejó su nieta, 361-555-0189. 🙏",
    [
        ("NAME", "Ricardo Peña"),
        ("PHONE", "361-555-0189"),
    ],
    note="Nombre del paciente y teléfono de su nieta junto al número del hospital.",
)

# 234
n(
    "es",
    "milestone_birthday",
    "🎂 ¡Feliz cumpleaños número 90 a nuestro voluntario más querido, don Rigoberto Pineda! Lleva 30 años empujando sillas de ruedas en la entrada principal y dice que lo único que no perdona es que la gente no diga 'buenos días'.",
    "Edad de un voluntario, no de un paciente.",
)

# 235
p(
    "es",
    "research",
    "Gracias a doña Amalia Zepeda, de 91 años, la primera participante de nuestro estudio sobre caídas en adultos mayores. 👵📊 Doña Amalia camina todos los días alrededor de su iglesia en Kingsville con el sensor en la muñeca.",
    [
        ("NAME", "Amalia Zepeda"),
        ("AGE", "91"),
        ("NAME", "Amalia", 2),
        ("GEO", "Kingsville"),
    ],
    note="Participante de investigación: nombre, edad 91 y su pueblo.",
)

# 236
n(
    "es",
    "birth_announcement",
    "Récord en la sala de partos 👶👶👶: el 16 de septiembre nacieron 23 bebés en Bayfront, ¡el día más movido del año! Y sí, fue Día de la Independencia. 🇲🇽",
    "Fecha compartida por 23 bebés sin nombre: dato agregado, no se etiqueta.",
)

# 237
p(
    "es",
    "sponsor",
    "Gracias a Transportes Quiroga por patrocinar nuestra Carrera Rosa 🎀. Su dueña, Marisela Quiroga, corrió los 5K con su mamá, doña Elvira, a quien operamos de cáncer de mama en marzo. ¡Campeonas!",
    [
        ("NAME", "Quiroga", 1),
        ("NAME", "Marisela Quiroga"),
        ("NAME", "Elvira"),
        ("DATE", "marzo"),
    ],
    note="Patrocinadora presentada como hija de una paciente: apellido (también en su empresa), su nombre, la paciente y el mes de su cirugía.",
)

# 238
n(
    "es",
    "thank_you",
    "Gracias a los bomberos de Kingsville, a la Patrulla Fronteriza y a la Guardia Costera por su apoyo durante la evacuación. 🚒🚁 Ningún paciente se quedó atrás.",
    "Agradecimiento a instituciones.",
)

# 239
p(
    "es",
    "eponymous_condition",
    "Don Anselmo Ríos, de 73 años, tiene Parkinson desde hace una década, pero eso no le impide tocar el acordeón en la sala de espera de neurología cada jueves. 🪗 Hoy tocó 'Mi Tejano Lindo' y hasta el neurólogo, el Dr. Parker, se puso a bailar.",
    [
        ("NAME", "Anselmo Ríos"),
    ],
    note="Nombre del paciente. Parkinson es epónimo; el Dr. Parker es personal; 73 años no se etiqueta.",
)

# 240
n(
    "es",
    "pasted_record",
    "📋 Recordatorio para el personal: el nuevo formato de entrega de turno es NOMBRE / FECHA DE NAC. / EXP. / CUARTO / ALERGIAS. Nunca tomen foto de la pantalla ni la compartan por WhatsApp.",
    "Plantilla vacía; sin datos.",
)

if __name__ == "__main__":
    S.main("phi_dev52_source")
