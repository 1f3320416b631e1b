"""Blind development set d85 for the PHI scanner: tests/data/phi_dev85.jsonl.

Organisation: Gem Basin Health (phi_dev85_org.json), a fictional health system with
Gem Basin Medical Center in Boise (2100 W Foothill Parkway), Gem Basin Magic Valley
Medical Center in Twin Falls (880 Canyon Rim Road) and the Gem Basin Nampa Clinic
(316 Orchard Bench Avenue); ten 555-01xx numbers, domains gembasinhealth.org,
gembasin.org, gbhfoundation.org; handles @GemBasinHealth, @GemBasinMV, @GemBasinNampa,
@GBHFoundation.
Focus: Basque families (Etxeberria, Goikoetxea, Arrizabalaga, Uberuaga...), large
Latter-day Saint families with modern given names (Kaysen, Brynlee, McKay, Oaklee,
Stetson, Ryker, Sawyer...), refugee families (Congolese, Afghan, Iraqi, Bhutanese),
Mexican dairy and potato workers; ranch and river accidents, rodeo injuries, avalanche
and wildfire; Jaialdi, San Inazio, Pioneer Day.
Hard cases: ages over 89 as digits, words, ordinals, "turned 100", "in his 90s",
"92yo", "90yo", "97-year-old", "centenarian"/"centenaria", ALL CAPS "104TH"/"101ST";
person-tied dates as numbers (US and Spanish dd/mm), words, day of month alone, and
holidays/feasts on which the event fell (Pioneer Day, San Inazio, Nowruz, Eid, Día de
Reyes, Día de Muertos, Jueves Santo, Leap Day...); names that are words or places
(Sawyer, Hunter, Faith, Grace, Mercy, Eden, Boston, Cruz, Paz, Esperanza, Maverick,
Banks, Gooding, Murphy, Preston...), lower-case and ALL CAPS names, initials ("Mr. K"),
quoted nicknames, hyphenated and double surnames, name hashtags and family handles,
relatives' names, employers, home towns, streets and neighbourhoods, refugee camps and
foreign cities; pasted chart lines, bed boards, wristbands, portal messages, e-mails,
fax covers, billing and pharmacy lines with MRN, SSN, phone, e-mail, account, plan,
device serial, licence, plate, VIN, IP and URL values; unnamed patients identified only
by an age over 89, a holiday birth date, a room number or a home town.
Hard negatives: staff and doctors with Basque/LDS/refugee names (with and without
titles, in ALL CAPS and lower case), volunteers and a retired doctor aged over 89 with
their birthdays, staff members' relatives, a therapy dog and horses with people names,
public and historical figures (Evel Knievel, Pete Cenarrusa, Sacajawea, César Chávez,
Philo Farnsworth, Jackson Sundown, Senator Crapo), eponymous conditions (Tommy John,
Colles, Guillain-Barré, Parkinson's, Down syndrome, Kawasaki), awareness days, holiday
and event dates, population ages ("adults over 90", nonagenarians, centenarians),
statistics and a list of popular baby names, anonymous look-alike stories, blank and
test-data record templates, campaign hashtags, and the hospital's own phones (in
several written forms), addresses, domains, e-mail addresses and handles.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A patient's employer is NAME, as written and including a possessive that is part of
  the business name ("Double J Dairy", "Papas Bravo", the patient's own restaurant
  "Baba's Kitchen"); an employing ranch family is labelled in every form used
  ("Etcheverry" and "the Etcheverrys"). The employer's town or street is GEO.
- A patient's home town that also appears inside a local service's name ("the Marsing
  Quick Response Unit") is labelled there too; a town that only names an event
  ("Jerome County Fair") is not.
- The place where the patient's accident happened (river, lake, summit, highway,
  town) is GEO, like the road of a crash: "Boise Front", "Payette River", "Banks", "Galena Summit",
  "Lucky Peak", "Highway 93", "Jackpot", "HWY 21". The name of a public event at which
  the injury happened (Snake River Stampede, Twin Falls County Fair, Jerome County
  Fair, a wildfire's name) is not an identifier; the town given separately is GEO.
- Jaialdi, a festival lasting several days, is treated like a season: not a DATE.
  One-day holidays and feasts on which the patient's event fell are DATE (Pioneer Day,
  San Inazio / San Inazio Day, San Fermín, Nowruz, Eid al-Fitr, Eid al-Adha, "first
  night of Ramadan", New Year's Day, Labor Day, Leap Day, Presidents' Day, Halloween,
  Thanksgiving, Valentine's Day, Fourth of July, Día de Reyes, Día de Muertos, Día de
  las Madres, Día del Trabajo, Jueves Santo, Domingo de Pascua, día de la Virgen de
  Guadalupe), together with the numeric or written date when both are given. Holiday
  greetings and holidays that are not the patient's event (a "July 4th rodeo" he never
  missed, "best Christmas present") are not labelled.
- A day of the month alone is labelled as the ordinal only ("on the 2nd" -> "2nd",
  "the 1st of this month" -> "1st"). Spanish numeric dates are dd/mm and labelled as
  written ("02/06", "14/02", "15/08/2016").
- The hospital site where a patient was born or treated ("our Twin Falls Birth
  Center", "born ... in twin falls", "our Boise campus") is not GEO; the patient's home
  city is GEO even when it is a hospital city (Boise, Twin Falls, Nampa), and only
  that occurrence is labelled (ok= for the hospital-site occurrence).
- A relative's home town is GEO (a son's "Shelley", grandparents' "Pamplona"); a
  refugee camp (Beldangi) and foreign cities are GEO; countries and states are not.
- AGE spans: number words are one span ("Ninety-three", "One hundred and three",
  "ninety-ninth", "Noventa y cinco"); "in his 90s" -> "90s"; "92yo", "90yo",
  "97-year-old", "104TH", "101ST" are single tokens; "centenarian" / "centenaria"
  used for the patient are AGE. Durations ("97 days", "90 miles") are never AGE.
- Refugees' administratively assigned 01/01 birth dates are labelled like any DOB; a
  device implant date is a person-tied DATE.
- A masked SSN that shows the last four digits ("XXX-XX-4471") is labelled SSN.
- A prescription number (Rx#) and an encounter number (ENC#) are OTHER_ID; rooms on a
  pasted bed board are labelled with their keyword ("Rm 401").
- Outside providers' fax numbers on a fax cover (a dialysis centre, another clinic)
  are not labelled: they belong to neither the patient nor the family. Staff names in
  a pasted record (charge nurse, attending "UBERUAGA, K", "Dr. N. Achurra") are not
  labelled.
- A photo of an object (a wristband "pic") is not PHOTO; a picture mentioned in a
  forwarded release e-mail but not attached to the post is not PHOTO.
- A patient's pastor, choir and neighbours are not relatives: not labelled.
- A former patient who now works for the hospital is labelled when the post discloses
  her care (d85-0059).
- A patient's or relative's social-media handle is OTHER_ID, whether the hospital
  replies to it or the story quotes it; the handle of a commenter who only asks a
  general question (no care disclosed) is not labelled.
- A school (Borah High) or team name without a town is not an identifier.
- A donor introduced as a patient's parent is labelled, with the children; a donor
  family or foundation with no patient tie is not.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev85.jsonl"), os.path.join(HERE, "phi_dev85_org.json"), "d85")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Iñaki Etxeberria was moving sheep along the Boise Front when his horse went down on the ice on January 9. Nine days, two surgeries and one very patient wife (thank you, Maite!) later, he's home in Kuna and already asking when he can ride again. 🐑 #GemBasinStrong",
    [
        ("NAME", "Iñaki Etxeberria"),
        ("GEO", "Boise Front"),
        ("DATE", "January 9"),
        ("NAME", "Maite"),
        ("GEO", "Kuna"),
    ],
    note="rancher's injury story: name, place of the accident, injury date, wife's name, home town; #GemBasinStrong is a campaign tag",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: meet Maite Goikoetxea, RN, who has worked nights in our Boise ICU for 22 years. Born in Gernika, raised in the North End, and the best chorizo-maker on the unit (ask anyone). Zorionak on your anniversary, Maite! 💚",
    "staff nurse; her birthplace and neighbourhood are a staff member's, not a patient's",
)

# 3
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mrs. Begoña Uberuaga! She came to Boise from Ondarroa in 1947, danced with the Oinkari Dancers for twenty years, and celebrated today on 3 West with her great-grandkids and a plate of croquetas. Zorionak, Begoña! 🎂",
    [
        ("AGE", "100th"),
        ("NAME", "Begoña Uberuaga"),
        ("GEO", "Boise"),
        ("GEO", "Ondarroa"),
        ("NAME", "Begoña", 2),
    ],
    note="patient's 100th birthday; home city (Boise, also a hospital city) and foreign home town are GEO; bare year and unit not labelled",
)

# 4
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Koldo Arrizabalaga, turns 96 on Saturday, March 8! Koldo has greeted visitors at the Foothill Parkway entrance every Tuesday since 1989. Stop by and sing him Zorionak. 🎉",
    "volunteer's age over 89 and birthday; volunteers are never labelled",
)

# 5
p(
    "en",
    "birth_announcement",
    "Our first baby of 2025 at Magic Valley arrived at 12:07 a.m. on New Year's Day! Welcome, Oaklee Jane, 7 lb 2 oz, daughter of Kaysen and Brynlee Zollinger of Filer. 💕👶 #NewYearBaby",
    [
        ("DATE", "New Year's Day"),
        ("NAME", "Oaklee Jane"),
        ("NAME", "Kaysen"),
        ("NAME", "Brynlee Zollinger"),
        ("GEO", "Filer"),
    ],
    note="birth on a holiday (DATE), baby's and parents' names, home town; the hour is not labelled",
)

# 6
n(
    "en",
    "birth_announcement",
    "Last night a little one decided not to wait: a baby boy was born in the front seat of a pickup in our Twin Falls ER drop-off lane. Mom and baby are doing great, and our ED team is still grinning. 💙",
    "anonymous birth; 'last night' is relative and the drop-off lane is the hospital's own location",
)

# 7
p(
    "en",
    "pasted_record",
    "ETXEBERRIA, MAITE A  MRN 00417728  DOB 04/22/1961  Rm 512-B  Dx: L distal radius fx s/p fall  Dispo: home w/ husband Iñaki",
    [
        ("NAME", "ETXEBERRIA, MAITE A"),
        ("MRN", "00417728"),
        ("DATE", "04/22/1961"),
        ("OTHER_ID", "Rm 512-B"),
        ("NAME", "Iñaki"),
    ],
    note="chart line pasted by mistake: ALL CAPS name, MRN, DOB, room with keyword, husband's name",
)

# 8
n(
    "en",
    "hospital_contact",
    "Reminder for clinic staff: the new media consent form asks for Patient name: ________ MRN: ________ DOB: __/__/____. Return completed forms to Marketing, fax (208) 555-0197 or scan to consent@gembasinhealth.org.",
    "blank template fields; the fax number and e-mail are the hospital's own",
)

# 9
p(
    "es",
    "patient_story",
    "¡Qué alegría! Don Refugio “Cuco” Hernández Villalobos, ordeñador en Double J Dairy de Wendell, regresó a casa después de que una vaca lo lastimara el 3 de febrero. Gracias a su esposa Esperanza y a sus hijos por tanto cariño. 🐄❤️",
    [
        ("NAME", "Refugio “Cuco” Hernández Villalobos"),
        ("NAME", "Double J Dairy"),
        ("GEO", "Wendell"),
        ("DATE", "3 de febrero"),
        ("NAME", "Esperanza"),
    ],
    note="dairy worker: name with nickname and double surname, employer (NAME), employer's town, injury date, wife's name (also a word)",
)

# 10
n(
    "es",
    "health_tip",
    "Esperanza para tu corazón: caminar 30 minutos al día reduce el riesgo de infarto. ¿Dudas? Llama a nuestra línea de enfermería en español, (208) 555-0189, de lunes a viernes. #CorazónSano",
    "health tip; 'Esperanza' is the word hope; the nurse line is the hospital's",
)

# 11
p(
    "en",
    "memorial",
    "We are heartbroken to share that Stetson Pugmire, the bull rider who taught half our Twin Falls ortho floor how to rope, passed away on June 28 surrounded by his family. Ride on, cowboy. 🤠 #StetsonStrong",
    [
        ("NAME", "Stetson Pugmire"),
        ("DATE", "June 28"),
        ("NAME", "#StetsonStrong"),
    ],
    note="memorial: name, date of death, name hashtag",
)

# 12
n(
    "en",
    "public_figure",
    "50 years ago this September, Evel Knievel tried to jump the Snake River Canyon on a rocket cycle just a few miles from our Twin Falls campus. Our ER nurses still hear the story from patients who were in the crowd on September 8, 1974. Helmet up, daredevils. 🏍️",
    "public figure and the date of a public event; the patients in the crowd are anonymous",
)

# 13
p(
    "en",
    "discharge",
    "NICU GRADUATION 🎓 After 97 days, little McKay Allred-Bingham is going HOME to Rupert! Born at 25 weeks on Pioneer Day, he's now 6 pounds of pure stubbornness. Congrats to mom Tenley and dad Bridger. #McKayMiracle",
    [
        ("NAME", "McKay Allred-Bingham"),
        ("GEO", "Rupert"),
        ("DATE", "Pioneer Day"),
        ("NAME", "Tenley"),
        ("NAME", "Bridger"),
        ("NAME", "#McKayMiracle"),
    ],
    note="NICU discharge: hyphenated surname, home town, born on Pioneer Day (DATE), parents, name hashtag; '97 days' is a duration",
)

# 14
n(
    "en",
    "discharge",
    "One of our tiniest NICU grads went home today after 112 days with us. Born at 24 weeks and just over a pound, this little guy now weighs 7 lb. Thank you to the families who cheered him on from the next pod. 💚",
    "anonymous NICU discharge: durations and gestational age identify no one",
)

# 15
p(
    "en",
    "thank_you",
    "@yesi_ortiz208 we're so glad your abuelita Lupe is feeling better! 94 and still bossing the nurses around 😂 Thank you for trusting our Nampa Clinic.",
    [
        ("OTHER_ID", "@yesi_ortiz208"),
        ("NAME", "Lupe"),
        ("AGE", "94"),
    ],
    note="reply to a granddaughter: relative's handle (OTHER_ID), patient's nickname, age over 89",
)

# 16
n(
    "en",
    "hospital_contact",
    "@boisemom_of5 great question! Parents and guardians can stay with their kids 24/7 on our pediatric unit; siblings under 12 can visit 9am–8pm. More at gembasinhealth.org/visit 💛",
    "reply to a general question; the commenter is not identified as a patient or relative; hospital URL",
)

# 17
p(
    "en",
    "patient_story",
    "From the chutes at the Snake River Stampede to our Boise trauma bay: Ryker Call, 19, broke his pelvis when a bronc named Widowmaker flipped on him July 17. Three weeks later he's walking laps on 4 North with his girlfriend Sage and talking about next season. Cowboy tough. #RykerRides",
    [
        ("NAME", "Ryker Call"),
        ("DATE", "July 17"),
        ("NAME", "Sage"),
        ("NAME", "#RykerRides"),
    ],
    note="rodeo injury: name (surname is a word), injury date, girlfriend, name hashtag; the rodeo's name, the horse and the unit are not labelled",
)

# 18
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repairs the UCL for ropers, barrel racers and bull riders too. Talk to us before rodeo season: (208) 555-0100. #RodeoReady",
    "eponymous procedure; hospital phone",
)

# 19
p(
    "en",
    "pasted_record",
    "Portal message — From: Nazira Rahimi <nazira.rahimi88@gmail.com> — Re: my father Abdul Hamid Rahimi, MRN 00562190 — Salaam, can the Dari interpreter call me back at (208) 555-0142 about his dialysis time? Thank you.",
    [
        ("NAME", "Nazira Rahimi"),
        ("EMAIL", "nazira.rahimi88@gmail.com"),
        ("NAME", "Abdul Hamid Rahimi"),
        ("MRN", "00562190"),
        ("PHONE", "(208) 555-0142"),
    ],
    note="portal message pasted: daughter's name, e-mail and phone, patient's name and MRN",
)

# 20
n(
    "en",
    "recruitment",
    "We're hiring Dari, Pashto, Swahili, Arabic and Nepali medical interpreters in Boise and Twin Falls! Full-time with benefits. Apply at gembasinhealth.org/careers or call HR at (208) 555-0100 ext. 4410. 🌍",
    "recruitment; hospital URL and phone with extension",
)

# 21
p(
    "en",
    "milestone_birthday",
    "Ninety-three candles would set off the sprinklers, so the nurses on 5 West went with one big one for Joe Ysursa today. Joe ran sheep out of Mountain Home for fifty years and still remembers every dog's name. Happy birthday, Joe! 🎂🐑",
    [
        ("AGE", "Ninety-three"),
        ("NAME", "Joe Ysursa"),
        ("NAME", "Joe", "*"),
        ("GEO", "Mountain Home"),
    ],
    note="patient's birthday: age over 89 in words, name, home town",
)

# 22
n(
    "en",
    "milestone_birthday",
    "Happy ninety-fifth birthday to Dr. Ramón Zubizarreta, who delivered more than 6,000 Magic Valley babies before retiring in 1994. Doc, half of Twin Falls still has your signature on their birth certificates. 🎈",
    "retired doctor's age over 89: staff are never labelled",
)

# 23
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 101 a doña Socorro Medina! Nació el 12 de diciembre, día de la Virgen de Guadalupe, en un ranchito de Jalisco, y hoy lo festejó con mariachi en nuestra clínica de Nampa. 🌹",
    [
        ("AGE", "101"),
        ("NAME", "Socorro Medina"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
    ],
    note="age over 89, name, birth date written twice (date and feast day); Jalisco is a state; the clinic is the hospital's",
)

# 24
n(
    "es",
    "event",
    "Este 12 de diciembre celebramos a la Virgen de Guadalupe con pan dulce y chocolate en el vestíbulo de Twin Falls, de 8 a 11 de la mañana. ¡Todos son bienvenidos! 🌹",
    "holiday event at the hospital; the date is an event date",
)

# 25
p(
    "en",
    "patient_story",
    "When the snow let go above Galena Summit on February 11, Koldo Bilbao was buried for 14 minutes. His ski partner dug him out, our air crew flew him to Boise, and today he's thanking everyone in person. Koldo, you're a walking miracle. 🏔️ Know before you go: avalanche.org",
    [
        ("GEO", "Galena Summit"),
        ("DATE", "February 11"),
        ("NAME", "Koldo Bilbao"),
        ("NAME", "Koldo", 2),
    ],
    note="avalanche survivor: place of accident, date, name (surname is also a city); 'flew him to Boise' is the hospital site; avalanche.org is a public site",
)

# 26
n(
    "en",
    "crisis_update",
    "AVALANCHE WARNING for the Sawtooth and Smoky Mountains through Sunday. Our Twin Falls and Boise ERs are staffed and ready. If someone is buried, call 911 first. Check the Sawtooth Avalanche Center before heading out. #KnowBeforeYouGo",
    "public safety warning; no patient",
)

# 27
p(
    "en",
    "pasted_record",
    "FAX — Gem Basin Medical Center Health Information Mgmt — To: Dr. Ilunga, Desert Sage Dialysis, fax (208) 555-0181 — From: fax (208) 555-0197 — RE: MUKENDI, Furaha, DOB 10/03/1987, MRN 00688042, Acct 7730015529 — 6 pages incl. cover",
    [
        ("NAME", "MUKENDI, Furaha"),
        ("DATE", "10/03/1987"),
        ("MRN", "00688042"),
        ("ACCOUNT", "7730015529"),
    ],
    note="fax cover pasted: patient's name, DOB, MRN, account; the outside dialysis centre's fax, its doctor and the hospital's fax are not labelled",
)

# 28
n(
    "en",
    "hospital_contact",
    "Need your records? Health Information Management: call (208) 555-0100, option 4, fax requests to 208.555.0197, or email records@gembasinhealth.org. Walk-ins at 2100 W Foothill Pkwy, Suite 110, weekdays 8–4:30.",
    "hospital's own numbers, e-mail and address",
)

# 29
p(
    "en",
    "birth_announcement",
    "Karibu, Neema! 💛 Baby Neema Baraka Ilunga arrived on Christmas Eve at 4:12 a.m., our Twin Falls Birth Center's holiday gift. Big sister Furaha (5) has already claimed her. Mama Bahati says asante to the night nurses.",
    [
        ("NAME", "Neema Baraka Ilunga"),
        ("NAME", "Neema", "*"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Furaha"),
        ("NAME", "Bahati"),
    ],
    note="Congolese family: baby born on Christmas Eve (DATE), sister's and mother's names (words in Swahili)",
)

# 30
n(
    "en",
    "birth_announcement",
    "Christmas Eve at our Twin Falls Birth Center: 6 babies, 2 sets of very tired grandparents in the waiting room, and 1 nurse who brought cinnamon rolls for everyone. Merry Christmas from Magic Valley! 🎄",
    "holiday count of births; no identified patient, so the holiday is not a person-tied date",
)

# 31
p(
    "en",
    "patient_story",
    "Hamid Sultani was clearing brush for his neighbor outside Idaho City when the Pioneer Fire jumped the ridge. He spent 23 days in our burn unit. Today he made bolani for the whole team. Tashakor, Hamid — and thank you to his son Farid for translating every single day.",
    [
        ("NAME", "Hamid Sultani"),
        ("GEO", "Idaho City"),
        ("NAME", "Hamid", 2),
        ("NAME", "Farid"),
    ],
    note="wildfire burn: name, town of the accident (contains the state's name), son's name; the fire's name is not labelled",
)

# 32
n(
    "en",
    "crisis_update",
    "WILDFIRE SMOKE UPDATE: Air quality in the Treasure Valley is UNHEALTHY today. If you have asthma or COPD, stay indoors and keep your inhaler close. Lowman and Garden Valley evacuees can get prescription refills at our Nampa Clinic, 316 Orchard Bench Ave. #IdahoSmoke",
    "crisis update for populations; hospital address",
)

# 33
p(
    "en",
    "thank_you",
    "A note from the Goikoetxea family that made our whole ICU cry: “To the nurses who held Aitor's hand every night from Nov. 2 to Nov. 19 when we couldn't be there — eskerrik asko. He talks about you every day.” Aitor is back at Borah High and his mom Izaskun says he's already driving her crazy. 💚",
    [
        ("NAME", "Goikoetxea"),
        ("NAME", "Aitor", "*"),
        ("DATE", "Nov. 2"),
        ("DATE", "Nov. 19"),
        ("NAME", "Izaskun"),
    ],
    note="family thank-you: family surname, patient, admission and discharge dates, mother; the school is not an identifier",
)

# 34
n(
    "en",
    "thank_you",
    "Shoutout to respiratory therapist Ainhoa Arrizabalaga, whose grandmother Edurne turns 92 next week — Ainhoa's knitting 92 hats for our NICU in her honor! 🧶 Zorionak, amona!",
    "a staff member's own grandmother and her age over 89: not a patient",
)

# 35
p(
    "en",
    "pasted_record",
    "4N board 0700 — Rm 401 UBERUAGA, J  90yo  fall/hip | Rm 402 NOORI, Sahar  34  G2P1 | Rm 403 TAMANG, Bhim  61  CHF | charge: Kenzie x4412",
    [
        ("OTHER_ID", "Rm 401"),
        ("NAME", "UBERUAGA, J"),
        ("AGE", "90yo"),
        ("OTHER_ID", "Rm 402"),
        ("NAME", "NOORI, Sahar"),
        ("OTHER_ID", "Rm 403"),
        ("NAME", "TAMANG, Bhim"),
    ],
    note="bed board pasted by accident: rooms with keyword, names, one age over 89; the charge nurse and extension are staff",
)

# 36
n(
    "en",
    "statistic",
    "By the numbers: in 2024 our hospitals cared for 412 patients aged 90 and older, including 9 centenarians. Our oldest? We'll never tell. 😉 #AgingWell",
    "population ages and counts",
)

# 37
p(
    "en",
    "patient_story",
    "Our favorite centenarian is back! Sister Mercy Larsen (yes, that's her real first name) came in for her flu shot and told us the secret to life: 'Church, chores and a little Diet Coke.' See you next flu season, Mercy! #FluShot",
    [
        ("AGE", "centenarian"),
        ("NAME", "Mercy Larsen"),
        ("NAME", "Mercy", 2),
    ],
    note="'centenarian' states the patient's age over 89; name is also a word; 'Sister' is a title",
)

# 38
n(
    "en",
    "public_figure",
    "Did you know? Pete Cenarrusa, the son of Basque immigrants who served as Idaho's Secretary of State for 36 years, was born in Carey in 1917 and lived to 95. Celebrate Basque heritage with us at the Jaialdi health booth this summer!",
    "historical public figure: his birthplace and age are not labelled",
)

# 39
p(
    "en",
    "patient_story",
    "Dil Maya Ghimire spent 18 years in the Beldangi camp in Nepal before coming to Boise. Last spring a stroke took her words; this week, with speech therapist Rachel and her grandson Prakash interpreting, she said 'thank you' in English for the first time. 🙏 #NeverTooLate",
    [
        ("NAME", "Dil Maya Ghimire"),
        ("GEO", "Beldangi"),
        ("GEO", "Boise"),
        ("NAME", "Prakash"),
    ],
    note="refugee patient: name, refugee camp and home city (GEO), grandson; the therapist is staff; a season is not a date",
)

# 40
n(
    "en",
    "anonymous_story",
    "A grandmother who survived 18 years in a refugee camp said her first English words to our speech therapists this week: 'thank you.' We asked permission to share her words, but not her name. 🙏 #StrokeRecovery",
    "anonymous story with no identifier",
)

# 41
p(
    "es",
    "pasted_record",
    "Mensaje del portal: Hola, soy Araceli Torres Guzmán, mamá de Brayan Torres (MRN 00739451, fecha de nac. 15/08/2016). ¿Pueden cambiar su cita? Mi cel es 208-555-0119 y mi correo araceli.tg@yahoo.com. Gracias.",
    [
        ("NAME", "Araceli Torres Guzmán"),
        ("NAME", "Brayan Torres"),
        ("MRN", "00739451"),
        ("DATE", "15/08/2016"),
        ("PHONE", "208-555-0119"),
        ("EMAIL", "araceli.tg@yahoo.com"),
    ],
    note="portal message: mother's name, phone, e-mail; child's name, MRN and DOB (dd/mm/yyyy)",
)

# 42
n(
    "es",
    "hospital_contact",
    "¿Necesita una cita en la Clínica de Nampa? Llame al 208-555-0146 o escriba a citas@gembasinhealth.org. Estamos en 316 Orchard Bench Avenue, Nampa, ID 83651. Hablamos español. 😊",
    "hospital's own phone, e-mail and address",
)

# 43
p(
    "en",
    "discharge",
    "Rigoberto Chávez has milked cows at Sunrise Valley Dairy in Jerome for 27 years. On August 3 a skid steer pinned his leg. Today, after two surgeries and a lot of physical therapy, he walked out of Magic Valley Medical Center on his own. ¡Échale ganas, Rigo! 💪",
    [
        ("NAME", "Rigoberto Chávez"),
        ("NAME", "Sunrise Valley Dairy"),
        ("GEO", "Jerome"),
        ("DATE", "August 3"),
        ("NAME", "Rigo"),
    ],
    note="dairy worker: name, employer (NAME) and its town, injury date, nickname",
)

# 44
n(
    "en",
    "health_tip",
    "Dairy and potato harvest season is here. Most farm injuries we see in the Magic Valley involve PTOs, skid steers and augers. Turn it off before you reach in. Consejos en español: gembasin.org/granja #FarmSafety",
    "safety tip; hospital short link",
)

# 45
p(
    "en",
    "memorial",
    "REST IN PEACE, GRANDPA TONY. ANTONIO “TONY” ARRIZABALAGA, 98, LAST OF THE HIGH DESERT SHEEPHERDERS, DIED PEACEFULLY IN OUR HOSPICE ON SAN INAZIO DAY, JULY 31. THANK YOU FOR TRUSTING US WITH HIM. — HIS FAMILY AND THE GEM BASIN HOSPICE TEAM",
    [
        ("NAME", "ANTONIO “TONY” ARRIZABALAGA"),
        ("NAME", "TONY", "*"),
        ("AGE", "98"),
        ("DATE", "SAN INAZIO DAY"),
        ("DATE", "JULY 31"),
    ],
    note="ALL CAPS memorial: name with nickname, age over 89, date of death as feast day and as date",
)

# 46
n(
    "en",
    "event",
    "Join us at the San Inazio Festival this weekend! Our nurses will be doing free blood pressure checks next to the Basque Center on Grove Street, Saturday July 26, 10–4. Ongi etorri! #SanInazio",
    "event date and venue; the feast is not a patient's event",
)

# 47
p(
    "en",
    "milestone_birthday",
    "92yo and still roping! Happy birthday to our patient Lyle “Dutch” Hansen of Hagerman, who came to PT today in his best pearl-snap shirt. 🤠🎂",
    [
        ("AGE", "92yo"),
        ("NAME", "Lyle “Dutch” Hansen"),
        ("GEO", "Hagerman"),
    ],
    note="age over 89 as '92yo', name with quoted nickname, home town",
)

# 48
n(
    "en",
    "staff_spotlight",
    "Meet Dutch! No, not a cowboy — Dutch is the 6-year-old therapy golden retriever who visits our rehab gym every Wednesday with his handler, volunteer Carol Jensen. 🐾",
    "therapy dog and volunteer: pets and volunteers are not labelled",
)

# 49
p(
    "en",
    "patient_story",
    "Mustafa Al-Saadi, who drives for a potato shed in Burley, came to our ER on Eid al-Fitr with chest pain and left with two stents. His daughter Zainab wants everyone to know: 'Baba is fine and already back to eating baklava.' 💙",
    [
        ("NAME", "Mustafa Al-Saadi"),
        ("GEO", "Burley"),
        ("DATE", "Eid al-Fitr"),
        ("NAME", "Zainab"),
    ],
    note="Iraqi patient: name, workplace town, admission on Eid al-Fitr (DATE), daughter",
)

# 50
n(
    "en",
    "event",
    "Eid Mubarak to our Muslim patients, families and colleagues! Our Boise chapel has a quiet prayer space open 24/7, and our cafeteria will serve halal options through the weekend. 🌙",
    "holiday greeting; no patient",
)

# 51
p(
    "en",
    "patient_story",
    "Sawyer Kimball, 14, got pulled under a logjam on the Payette River near Banks on June 21. His older brother Tanner held on to him until rafting guides arrived. Both boys came by today to thank our ER. Sawyer's message: 'Wear the life jacket. Always.' 🛶",
    [
        ("NAME", "Sawyer Kimball"),
        ("NAME", "Sawyer", "*"),
        ("GEO", "Payette River"),
        ("GEO", "Banks"),
        ("DATE", "June 21"),
        ("NAME", "Tanner"),
    ],
    note="river accident: name (a word), river and town of the accident (Banks is a word), date, brother",
)

# 52
n(
    "en",
    "health_tip",
    "Rivers are running high and cold. The Payette and the Boise are 45°F right now — cold-water shock can drown a strong swimmer in minutes. Life jackets on, kids. Free loaner vests at Barber Park. 🛟 #RiverSafety",
    "safety tip; rivers and park are not tied to a patient",
)

# 53
p(
    "en",
    "thank_you",
    "We got the sweetest card from the García-Olmos kids in Caldwell: a crayon drawing of nurse Jenna giving their papá Javier 'his shots.' Javier, we're so glad you're home and breathing easy. 💚",
    [
        ("NAME", "García-Olmos"),
        ("GEO", "Caldwell"),
        ("NAME", "Javier", "*"),
    ],
    note="family surname (hyphenated), home town, patient's first name; the nurse is staff",
)

# 54
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Luz María Sánchez-Arregui, our new pediatric hospitalist in Twin Falls! Dr. Sánchez-Arregui grew up in Hazelton, trained in Salt Lake City and speaks Spanish and Basque. 👩‍⚕️",
    "new doctor: staff name and home town are not labelled",
)

# 55
p(
    "en",
    "pasted_record",
    "Pt: Kolter Merrill | DOB 11/30/2009 | MRN 00851176 | Insulin pump SN: TSL-4471-09823 | Dexcom G7 receiver ID 8HK2-Q7 | Parent: Jodi Merrill 208-555-0163",
    [
        ("NAME", "Kolter Merrill"),
        ("DATE", "11/30/2009"),
        ("MRN", "00851176"),
        ("DEVICE", "TSL-4471-09823"),
        ("DEVICE", "8HK2-Q7"),
        ("NAME", "Jodi Merrill"),
        ("PHONE", "208-555-0163"),
    ],
    note="pasted record line: name, DOB, MRN, two device serials, parent's name and phone",
)

# 56
n(
    "en",
    "health_tip",
    "Living with type 1? Our diabetes educators can help you set up a new insulin pump or CGM. Classes every second Thursday at 2100 W Foothill Parkway, Room B. Register: 208-555-0100 or gembasinhealth.org/diabetes",
    "class notice; hospital address, phone and URL",
)

# 57
p(
    "en",
    "birth_announcement",
    "Born on Nowruz! 🌷 Welcome to the world, Bahar Noori, born March 20 in our Boise Birth Center to Sahar and Jawed Noori. Bahar means 'spring' in Dari — perfect timing.",
    [
        ("DATE", "Nowruz"),
        ("NAME", "Bahar Noori"),
        ("NAME", "Bahar", "*"),
        ("DATE", "March 20"),
        ("NAME", "Sahar"),
        ("NAME", "Jawed Noori"),
    ],
    note="birth date as holiday and as date (both labelled), baby's and parents' names; the birth center is the hospital's",
)

# 58
n(
    "en",
    "event",
    "Nowruz mubarak! Our Afghan and Kurdish community health workers are hosting a Nowruz health fair on March 22 at the Nampa Clinic — blood pressure, diabetes screening and free haft-seen cookies. 🌷",
    "holiday and event date; community health workers are staff",
)

# 59
p(
    "en",
    "patient_story",
    "ok we're not crying, you're crying 😭 brynlee oaks came to us as a 'frequent flyer' with asthma when she was 4 and today she started her first shift as a CNA on our peds floor. welcome to the team, brynlee!! #fullcircle",
    [
        ("NAME", "brynlee oaks"),
        ("NAME", "brynlee", 2),
    ],
    note="former patient now staff: the post discloses her care, so her lower-case name is labelled",
)

# 60
n(
    "en",
    "staff_spotlight",
    "new hire alert 🚨 say hi to kaysen and stetson, our two newest respiratory therapists, both from the class of '24 at csi. yes, they're twins. no, we can't tell them apart either.",
    "lower-case names of new staff",
)

# 61
p(
    "en",
    "pasted_record",
    "Pre-auth request — Member: Ahmad Wardak, DOB 07/04/1958, Blue Cross of Idaho ID QZB882107734, Medicaid # 9001847215, MRN 00910337, phone (986) 555-0128 — please fax to 208-555-0197",
    [
        ("NAME", "Ahmad Wardak"),
        ("DATE", "07/04/1958"),
        ("HEALTH_PLAN", "QZB882107734"),
        ("HEALTH_PLAN", "9001847215"),
        ("MRN", "00910337"),
        ("PHONE", "(986) 555-0128"),
    ],
    note="insurance request pasted: name, DOB, two plan ids, MRN, phone; the fax is the hospital's",
)

# 62
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Patient Financial Services: 208.555.0153, Mon–Fri 8–5. We'll never ask for your card number over Facebook Messenger — if someone does, report it to @GemBasinHealth. 🔒",
    "hospital phone and handle",
)

# 63
p(
    "en",
    "thank_you",
    "To Mr. K from Glenns Ferry: thank you for the box of Kimberly peaches you left at the nurses' station. 3 South has never eaten so well. 🍑",
    [
        ("NAME", "K"),
        ("GEO", "Glenns Ferry"),
    ],
    note="patient's initial and home town; 'Kimberly' is where the peaches grow, not a person or the patient's town",
)

# 64
n(
    "en",
    "sponsor",
    "Thank you to the Uberuaga Family Foundation for funding two new pediatric ventilators in Boise! Eskerrik asko for 40 years of giving to Gem Basin. 💚 @GBHFoundation",
    "donor family foundation with no patient tie",
)

# 65
p(
    "en",
    "sponsor",
    "The new NICU family lounge is made possible by Oaklee and Hyrum Christiansen, whose twins Sage and Saylor spent 61 days in our NICU in 2019. 'We want the next parents to have a couch that reclines,' Oaklee said. Thank you! @GBHFoundation",
    [
        ("NAME", "Oaklee", "*"),
        ("NAME", "Hyrum Christiansen"),
        ("NAME", "Sage"),
        ("NAME", "Saylor"),
    ],
    note="donors introduced as parents of former NICU patients: parents and twins labelled; bare year not labelled",
)

# 66
n(
    "en",
    "sponsor",
    "Huge thanks to Owyhee Ridge Credit Union, Mendiola Potato Co. and the Treasure Valley Basque community for sponsoring this year's Pediatric Fun Run. Register by May 1 at gembasinhealth.org/run 🏃",
    "sponsors; event deadline; hospital URL",
)

# 67
p(
    "en",
    "patient_story",
    "Eight months ago he couldn't lift his arms. Tonight he's singing in the choir at his church in Twin Falls. The Guillain-Barré road is long, but #TeamMapendo never quit. 🎶",
    [
        ("GEO", "Twin Falls"),
        ("NAME", "#TeamMapendo"),
    ],
    note="name only in a hashtag; his church's town tells where he lives; the eponym is not labelled",
)

# 68
n(
    "en",
    "campaign_hashtag",
    "Every step counts! Join #TeamGemBasin at the Heart Walk on Saturday, September 13 at Ann Morrison Park. Sign up at gembasinhealth.org/heartwalk ❤️ #GemBasinStrong",
    "campaign hashtags, event date and venue",
)

# 69
p(
    "en",
    "discharge",
    "¡Ya se va a casa! After 41 days, Jazmín Ortega, 6, is heading home to Marsing with mom Rocío and a LOT of stuffed animals. Thank you to the Marsing Quick Response Unit who got her to us on the 2nd. 🧸",
    [
        ("NAME", "Jazmín Ortega"),
        ("GEO", "Marsing", "*"),
        ("NAME", "Rocío"),
        ("DATE", "2nd"),
    ],
    note="home town (also in the ambulance unit's name, both labelled), mother, admission day of month alone",
)

# 70
n(
    "en",
    "statistic",
    "Our trauma team saw 38 rodeo injuries last summer — most were riders between 16 and 24. Vests and helmets cut serious injuries by half. Ride smart, cowboys and cowgirls. 🐂",
    "statistic with population ages",
)

# 71
p(
    "es",
    "milestone_birthday",
    "¡Noventa y cinco años y sigue bailando! Feliz cumpleaños a doña Amparo Reyes de la Cruz, paciente de nuestra clínica de Nampa desde que abrió. Cumplió el domingo 9 de marzo y celebró con sus 14 nietos. 💃",
    [
        ("AGE", "Noventa y cinco"),
        ("NAME", "Amparo Reyes de la Cruz"),
        ("DATE", "9 de marzo"),
    ],
    note="age over 89 in Spanish words, double surname with particles, birthday date; the weekday is not labelled",
)

# 72
n(
    "es",
    "milestone_birthday",
    "¡Felicidades a nuestra voluntaria Dolores “Lola” Zamora, que cumple 91 años el 5 de abril! Lleva 20 años leyendo cuentos en español en pediatría. ¡Te queremos, Lola! 📚",
    "volunteer's age over 89 and birthday: not labelled",
)

# 73
p(
    "en",
    "pasted_record",
    "Security note to staff: portal login for user kaysen.bingham2 from IP 203.0.113.84 flagged; patient Kaysen Bingham, MRN 00327719, account 5501882290. Reset sent to kbingham.ranch@outlook.com.",
    [
        ("OTHER_ID", "kaysen.bingham2"),
        ("IP", "203.0.113.84"),
        ("NAME", "Kaysen Bingham"),
        ("MRN", "00327719"),
        ("ACCOUNT", "5501882290"),
        ("EMAIL", "kbingham.ranch@outlook.com"),
    ],
    note="internal note posted by mistake: portal user name, IP, name, MRN, account, e-mail",
)

# 74
n(
    "en",
    "hospital_contact",
    "Can't log in to MyGemBasin? Reset your password at my.gembasinhealth.org or call portal support at (208) 555-0100 ext. 2. Never share your login — our staff will never ask for it. 🔐",
    "hospital domain and phone",
)

# 75
p(
    "en",
    "patient_story",
    "Six Hunsaker kids, one very full minivan, and one broken arm on the Pioneer Day parade route in Burley. Big brother Boston carried 7-year-old Halle to the first-aid tent himself before the ambulance brought her to our Twin Falls ER. Halle's cast is purple, naturally. 💜",
    [
        ("NAME", "Hunsaker"),
        ("DATE", "Pioneer Day"),
        ("GEO", "Burley"),
        ("NAME", "Boston"),
        ("NAME", "Halle", "*"),
    ],
    note="injury on Pioneer Day (DATE) in Burley (GEO), family surname, brother (a city name), patient",
)

# 76
n(
    "en",
    "event",
    "Happy Pioneer Day! 🐂 Look for the Gem Basin float in the Rupert parade on Thursday, July 24 — our nurses will be handing out sunscreen and water. Stay hydrated out there!",
    "holiday event date and town of the parade; no patient",
)

# 77
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a don José Luis “Chepe” Navarro, trabajador de la papa en Aberdeen por 30 años, quien falleció el 2 de noviembre, Día de Muertos. Su familia nos pidió compartir su foto con el sombrero que tanto quería. Descanse en paz, Chepe. 🕯️",
    [
        ("NAME", "José Luis “Chepe” Navarro"),
        ("NAME", "Chepe", "*"),
        ("GEO", "Aberdeen"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("PHOTO", "foto"),
    ],
    note="memorial: name with nickname, workplace town, date of death twice, attached photo of the patient",
)

# 78
n(
    "es",
    "event",
    "Este 2 de noviembre, Día de Muertos, los invitamos a poner una foto de sus seres queridos en nuestro altar comunitario en el vestíbulo de Magic Valley. Habrá pan de muerto y café. 🕯️💐",
    "holiday event; no patient and no attached patient photo",
)

# 79
p(
    "en",
    "pasted_record",
    "PARKING: the truck blocking the ambulance bay belongs to a patient's family — Ford F-250, white, Idaho plate 2T 48819, VIN 1FT7W2BT5KEC31907. Owner is Tanner Aldape (son of pt in Rm 218). Call 208-555-0107.",
    [
        ("VEHICLE", "2T 48819"),
        ("VEHICLE", "1FT7W2BT5KEC31907"),
        ("NAME", "Tanner Aldape"),
        ("OTHER_ID", "Rm 218"),
        ("PHONE", "208-555-0107"),
    ],
    note="security message pasted: relative's plate, VIN, name, phone; the patient's room",
)

# 80
n(
    "en",
    "hospital_contact",
    "Visiting our Boise campus? Free parking is in the West Garage off Foothill Parkway. The ambulance bay and the Emergency entrance must stay clear — vehicles left there will be towed. Questions: (208) 555-0111.",
    "hospital parking and phone",
)

# 81
p(
    "en",
    "patient_story",
    "Mikel Onaindia came to Boise for Jaialdi from Lekeitio, Spain, and ended up on our cardiac floor instead of the pelota court. Three days and one stent later, he's flying home with a Gem Basin T-shirt and a standing invitation to the next Jaialdi. Agur, Mikel!",
    [
        ("NAME", "Mikel Onaindia"),
        ("GEO", "Lekeitio"),
        ("NAME", "Mikel", 2),
    ],
    note="visitor from Spain: name, foreign home town; Jaialdi (multi-day festival) is not a date; Boise is the hospital's city here",
)

# 82
n(
    "en",
    "event",
    "Jaialdi is back! Find the Gem Basin first-aid tent next to the main stage at Expo Idaho, July 29 to August 2. Dancers, pelotaris and txalaparta players: drink water between sets. 💧 #Jaialdi2025",
    "festival event dates and venue",
)

# 83
p(
    "en",
    "patient_story",
    "this guy. 😂 vern mcbride is in his 90s, had a new hip put in on tuesday, and got caught doing laps with his walker at 5 a.m. because 'the sale barn opens at 8.' get well soon vern!!",
    [
        ("NAME", "vern mcbride"),
        ("NAME", "vern", 2),
        ("AGE", "90s"),
    ],
    note="lower-case name, age over 89 as 'in his 90s'; weekday not labelled",
)

# 84
n(
    "en",
    "staff_spotlight",
    "Our Auxiliary is celebrating Wendell “Windy” Hale, who is in his 90s and has driven our courtesy shuttle in Twin Falls for 19 years. Windy, you're a legend. 🚐",
    "volunteer in his 90s (first name is also a town): not labelled",
)

# 85
p(
    "en",
    "pasted_record",
    "DISCHARGE SUMMARY | Patient: Padam Bahadur Subba | MRN: 01044826 | Admit: 09/14 | D/C: 09/22 | Lang: Nepali, interpreter req. | Emergency contact: son Tika Subba, (208) 555-0136, tika.subba.boise@gmail.com | F/U Nampa Clinic 208-555-0146",
    [
        ("NAME", "Padam Bahadur Subba"),
        ("MRN", "01044826"),
        ("DATE", "09/14"),
        ("DATE", "09/22"),
        ("NAME", "Tika Subba"),
        ("PHONE", "(208) 555-0136"),
        ("EMAIL", "tika.subba.boise@gmail.com"),
    ],
    note="discharge summary header: name, MRN, admit and discharge dates, son's name, phone, e-mail; the clinic number is the hospital's",
)

# 86
n(
    "en",
    "pasted_record",
    "Training slide for new unit clerks: a discharge summary header looks like 'Patient: LAST, FIRST | MRN: 0000000 | Admit: MM/DD | D/C: MM/DD'. Never screenshot a real one. Questions? privacy@gembasinhealth.org",
    "placeholder record with no real values; hospital e-mail",
)

# 87
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe Esperanza! 💕 Nació el 6 de enero, Día de Reyes, en nuestro Centro de Nacimientos de Twin Falls. Sus papás, Yesenia Ruiz y Brayan Mora, de Buhl, dicen que es el mejor regalo que pudieron pedir.",
    [
        ("NAME", "Guadalupe Esperanza"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Yesenia Ruiz"),
        ("NAME", "Brayan Mora"),
        ("GEO", "Buhl"),
    ],
    note="birth date as date and feast day, baby's and parents' names, home town; the birth center is the hospital's",
)

# 88
n(
    "es",
    "statistic",
    "En 2024 nacieron 2,314 bebés en nuestros centros de Boise y Twin Falls. ¡Gracias, mamás, por confiar en nosotros! Inscríbase a las clases prenatales en español: 208-555-0132. 👶",
    "birth statistic; hospital phone",
)

# 89
p(
    "en",
    "patient_story",
    "Haider Kadhim fled Mosul in 2014 and now runs Baba's Kitchen on Vista Avenue. When a grease fire burned both his hands on the 9th, his regulars ran the register for him for a month. He's back at the grill this week. 💪🔥",
    [
        ("NAME", "Haider Kadhim"),
        ("GEO", "Mosul"),
        ("NAME", "Baba's Kitchen"),
        ("GEO", "Vista Avenue"),
        ("DATE", "9th"),
    ],
    note="Iraqi patient: name, foreign city, own business as employer (NAME) and its street, injury day of month",
)

# 90
n(
    "en",
    "public_figure",
    "Idaho history: Sacajawea was born around 1788 in the Lemhi River Valley near present-day Salmon. This Native American Heritage Month, our Nampa Clinic is hosting a free diabetes screening with the Shoshone-Bannock Tribes' health program. 🪶",
    "historical figure and her birthplace; event",
)

# 91
p(
    "en",
    "thank_you",
    "Sahar Habibi's letter, shared with her permission: 'My husband Jawad was in room 614 for eleven days. Every morning nurse Maddie drew a sun on his whiteboard because my name means dawn.' Thank you, Sahar. Thank you, Maddie. ☀️",
    [
        ("NAME", "Sahar Habibi"),
        ("NAME", "Sahar", 2),
        ("NAME", "Jawad"),
        ("OTHER_ID", "room 614"),
    ],
    note="wife's letter: her name, patient's name and room; the nurse is staff",
)

# 92
n(
    "en",
    "staff_spotlight",
    "Nurse Dawn Merrill just hit 30 years on our Boise med-surg floor. Dawn has trained over 200 new grads and still brings her famous huckleberry bars every Friday. Happy anniversary, Dawn! 🫐",
    "staff nurse whose name is a word",
)

# 93
p(
    "en",
    "pasted_record",
    "Hi Brynlee — your son's strep test came back positive on 5/12. Dr. Jensen sent amoxicillin to your pharmacy. Call us at 208-555-0124 if Ryker's fever isn't down by Sunday. — Gem Basin Pediatrics, Twin Falls",
    [
        ("NAME", "Brynlee"),
        ("DATE", "5/12"),
        ("NAME", "Ryker"),
    ],
    note="portal message posted by mistake: mother's and child's names, test date; doctor and clinic number are the hospital's",
)

# 94
n(
    "en",
    "health_tip",
    "Sore throat + fever + no cough? It might be strep. Our Twin Falls walk-in clinic does rapid tests in 10 minutes, 7 days a week. No appointment needed: 880 Canyon Rim Road. 🩺",
    "health tip; hospital address",
)

# 95
p(
    "en",
    "milestone_birthday",
    "HAPPY 104TH BIRTHDAY TO MAXINE “MAX” GOODING OF SHOSHONE!!! 🎉 SHE SAYS THE SECRET IS BLACK COFFEE AND NEVER RETIRING FROM THE CHURCH CHOIR.",
    [
        ("AGE", "104TH"),
        ("NAME", "MAXINE “MAX” GOODING"),
        ("GEO", "SHOSHONE"),
    ],
    note="ALL CAPS ordinal age, name with nickname (surname is a town), home town (also a tribe's name)",
)

# 96
n(
    "en",
    "public_figure",
    "Fun fact: Gooding, Idaho is named after Frank Gooding, the state's 7th governor. Our mobile health van visits Gooding on Monday, January 6, 9 to 3. 🏛️",
    "historical figure; town of an event and event date",
)

# 97
p(
    "en",
    "patient_story",
    "A rollover on Highway 93 north of Jackpot, Nevada, on the night of October 4 left Ezra Tolman with a broken neck. Ezra, a farrier from Hollister, just took his first unassisted steps in our rehab gym — his wife Kenzie filmed it, and she said we could share the video. 🐴",
    [
        ("GEO", "Highway 93"),
        ("GEO", "Jackpot"),
        ("DATE", "October 4"),
        ("NAME", "Ezra Tolman"),
        ("NAME", "Ezra", "*"),
        ("GEO", "Hollister"),
        ("NAME", "Kenzie"),
        ("PHOTO", "video"),
    ],
    note="crash road and town (a word), crash date, name, home town, wife, shared video of the patient",
)

# 98
n(
    "en",
    "health_tip",
    "Highway 93 and I-84 see more rollovers every fall as harvest trucks share the road. Buckle up, slow down at dusk, and watch for deer. Our Twin Falls trauma team would rather meet you at the county fair. 🚜",
    "road safety tip; roads not tied to a patient",
)

# 99
p(
    "en",
    "discharge",
    "Twins Amani and Baraka Mugisha were born at 28 weeks on 1/15 and went home to Kimberly yesterday! Their mom, Mapendo, learned to tube-feed in Swahili, French and English. Asante sana, NICU team. 👶👶",
    [
        ("NAME", "Amani"),
        ("NAME", "Baraka Mugisha"),
        ("DATE", "1/15"),
        ("GEO", "Kimberly"),
        ("NAME", "Mapendo"),
    ],
    note="twins' names, birth date, home town (also a first name), mother",
)

# 100
n(
    "en",
    "anonymous_story",
    "Twin NICU grads, a Swahili-speaking mom who learned to tube-feed in three languages, and a very emotional night shift. We can't share names, but we can share this: they're home. 💙 #NICUGrad",
    "anonymous look-alike of a discharge story",
)

# 101
p(
    "en",
    "pasted_record",
    "Registration face sheet, NOT for social: Goikoetxea, Xabier J. | SSN 519-00-4432 | DOB 2/29/1964 | Home: 2714 W Ustick Rd, Meridian, ID 83646 | Cell (208) 555-0171 | Employer: Treasure Valley Lamb Co.",
    [
        ("NAME", "Goikoetxea, Xabier J."),
        ("SSN", "519-00-4432"),
        ("DATE", "2/29/1964"),
        ("GEO", "2714 W Ustick Rd"),
        ("GEO", "Meridian"),
        ("GEO", "83646"),
        ("PHONE", "(208) 555-0171"),
        ("NAME", "Treasure Valley Lamb Co."),
    ],
    note="face sheet pasted: name, SSN, DOB, street, city, ZIP, phone, employer",
)

# 102
n(
    "en",
    "research",
    "New study from our Boise cardiology team: Basque-American families in the Treasure Valley carry a higher rate of Rh-negative blood. 1 in 4 of the 1,200 volunteers tested were Rh-negative. Read more: gembasinhealth.org/research",
    "research statistic about a population",
)

# 103
p(
    "es",
    "thank_you",
    "Gracias a la familia Sánchez de la Cruz por los tamales que trajeron a la UCI. Don Eusebio, ¡qué gusto verlo caminar después de su operación del corazón del 14 de enero! Su hija Rosario dice que usted ya quiere regresar al trabajo en la papera de Rupert. 🫔",
    [
        ("NAME", "Sánchez de la Cruz"),
        ("NAME", "Eusebio"),
        ("DATE", "14 de enero"),
        ("NAME", "Rosario"),
        ("GEO", "Rupert"),
    ],
    note="double surname with particles, patient, surgery date, daughter, workplace town",
)

# 104
n(
    "es",
    "thank_you",
    "Gracias a los bomberos de Twin Falls y a los voluntarios de la Cruz Roja que trajeron comida a nuestro personal durante los incendios. ¡Ustedes son nuestros héroes! 🚒",
    "thanks to firefighters and volunteers; 'Cruz Roja' is an organisation",
)

# 105
p(
    "en",
    "memorial",
    "Our hospice team was honored to care for Indra Maya Gurung, who crossed from Bhutan to Nepal on foot in 1992 and came to Boise in 2009. She passed on the 3rd with her eleven grandchildren singing around her bed. Her granddaughter Asha asked us to share this photo of her with her great-grandson. 🙏",
    [
        ("NAME", "Indra Maya Gurung"),
        ("GEO", "Boise"),
        ("DATE", "3rd"),
        ("NAME", "Asha"),
        ("PHOTO", "photo"),
    ],
    note="memorial: name, home city, day of death, granddaughter, attached photo of the patient; countries and bare years not labelled",
)

# 106
n(
    "en",
    "memorial",
    "Our Boise family lost a legend this week. Charge nurse Indira Rai, who came to Idaho as a refugee in 2008 and became one of our first Nepali-speaking RNs, passed away on October 12. Visitation is Saturday at the Bhutanese Community Center. 💐",
    "staff memorial: a nurse's date of death is not labelled",
)

# 107
p(
    "en",
    "patient_story",
    "Barrel racer Hadlee Jorgensen (@hadlee_rides_dually) took a hard fall at the Twin Falls County Fair in Filer on Labor Day and broke her wrist — a classic Colles fracture. She's in a cast, riding again in 6 weeks, and her horse Biscuit is fine. 🐎",
    [
        ("NAME", "Hadlee Jorgensen"),
        ("OTHER_ID", "@hadlee_rides_dually"),
        ("GEO", "Filer"),
        ("DATE", "Labor Day"),
    ],
    note="name, own handle, town and holiday of the injury; the fair's name, the eponym and the horse are not labelled",
)

# 108
n(
    "en",
    "eponymous_condition",
    "Colles, Smith, Barton: three wrist fractures named after three 19th-century surgeons, and our hand clinic fixes all of them. Fell on an outstretched hand? Get it checked: (208) 555-0124. ✋",
    "eponyms; hospital phone",
)

# 109
p(
    "en",
    "milestone_birthday",
    "She turned 100 on the Fourth of July and still beat the nurses at Rook. 🇺🇸 Happy birthday to Eliza Jane Call of Preston, born with the fireworks! #ElizaAt100",
    [
        ("AGE", "100"),
        ("DATE", "Fourth of July"),
        ("NAME", "Eliza Jane Call"),
        ("GEO", "Preston"),
        ("NAME", "#ElizaAt100"),
    ],
    note="'turned 100', birthday on a holiday, name, home town (also a first name), name hashtag",
)

# 110
n(
    "en",
    "event",
    "Happy Fourth of July from all of us at Gem Basin Health! 🎆 Fireworks injuries send dozens of Idahoans to the ER every year. Let the professionals handle the big stuff. Our ERs are open 24/7: Boise (208) 555-0111, Twin Falls (208) 555-0124.",
    "holiday greeting; hospital phones",
)

# 111
p(
    "en",
    "pasted_record",
    "wristband pic lol 🙈 ARRIZABALAGA, AINHOA | F | DOB 05/19/1990 | MRN 00294461 | ENC# 884120057 | ALLERGY: PCN | Attending: UBERUAGA, K",
    [
        ("NAME", "ARRIZABALAGA, AINHOA"),
        ("DATE", "05/19/1990"),
        ("MRN", "00294461"),
        ("OTHER_ID", "884120057"),
    ],
    note="wristband text: name, DOB, MRN, encounter number; the attending is staff; a photo of a wristband is not PHOTO",
)

# 112
n(
    "en",
    "staff_spotlight",
    "DR. KOLDO UBERUAGA JUST FINISHED HIS 1,000TH HIP REPLACEMENT AT OUR BOISE CAMPUS!!! 🦴 THANK YOU FOR KEEPING THE TREASURE VALLEY MOVING, DOC.",
    "ALL CAPS staff name; a procedure count, not an age",
)

# 113
p(
    "en",
    "patient_story",
    "hunter is 9, loves dirt bikes, and crashed near Mayfield on the 3rd. after 11 days in our PICU, today he walked out on his own two feet. #huntertough 🏍️",
    [
        ("NAME", "hunter"),
        ("GEO", "Mayfield"),
        ("DATE", "3rd"),
        ("NAME", "#huntertough"),
    ],
    note="lower-case name that is a word, crash town, day of month, name hashtag",
)

# 114
n(
    "en",
    "health_tip",
    "Hunting season opens Saturday! Hunters: wear blaze orange, tell someone your route, and pack a tourniquet. Our Stop the Bleed class is free on October 2 at 6 pm in the Twin Falls auditorium. 🦌",
    "safety tip and event date",
)

# 115
p(
    "es",
    "patient_story",
    "Doña Consuelo Pérez se cayó en el hielo frente a su casa en la calle Elm de Jerome el 27 de diciembre. Hoy, con su nueva cadera y su bastón rosa, ya volvió a hacer tortillas. ¡Ánimo, doña Chelo! 🌮",
    [
        ("NAME", "Consuelo Pérez"),
        ("GEO", "calle Elm"),
        ("GEO", "Jerome"),
        ("DATE", "27 de diciembre"),
        ("NAME", "Chelo"),
    ],
    note="name, street and town of her home, injury date, nickname",
)

# 116
n(
    "es",
    "health_tip",
    "¡Cuidado con el hielo! En enero atendemos más fracturas de cadera y muñeca que en cualquier otro mes. Use zapatos con suela antiderrapante y ponga sal en la entrada de su casa. 🧂",
    "health tip; a month not tied to a patient",
)

# 117
p(
    "en",
    "pasted_record",
    "Nursing note 0315: Pt Nshimiyimana, Jean-Claude (MRN 00577062) c/o CP, wife Esther at bedside, bed 7, ED Twin Falls. Kinyarwanda/Swahili interp via phone. Pt works nights at Desert Creek Cheese, Gooding.",
    [
        ("NAME", "Nshimiyimana, Jean-Claude"),
        ("MRN", "00577062"),
        ("NAME", "Esther"),
        ("OTHER_ID", "bed 7"),
        ("NAME", "Desert Creek Cheese"),
        ("GEO", "Gooding"),
    ],
    note="nursing note: name, MRN, wife, bed, employer and its town; the ED is the hospital's",
)

# 118
n(
    "en",
    "crisis_update",
    "UPDATE 3:15 pm: Our Twin Falls ED is on temporary diversion for trauma due to a multi-vehicle crash on I-84 near Jerome. Walk-in patients are still being seen. Boise ED: (208) 555-0111. Please avoid the area.",
    "crisis update: a crash location with no identified patient",
)

# 119
p(
    "en",
    "patient_story",
    "Eden Hinckley of Eden, Idaho (yes, really!) was bucked off her 4-H steer at the Jerome County Fair on August 9. Two weeks, one spleen surgery and 47 get-well cards later, she's home. 💚",
    [
        ("NAME", "Eden Hinckley"),
        ("GEO", "Eden", 2),
        ("DATE", "August 9"),
    ],
    note="first name equals her home town; injury date; the fair's name is not labelled",
)

# 120
n(
    "en",
    "event",
    "Our mobile mammography van will be in Eden on Tuesday, March 4 and Hazelton on Wednesday, March 5. Book at (208) 555-0124 or gembasinhealth.org/mammo. 🎀",
    "event towns and dates; hospital phone and URL",
)

# 121
p(
    "en",
    "thank_you",
    "@maite_etxe_bsu so glad your aita is home from 5 West! We'd love to send Iñaki a card from the nurses — DM us or email patientstories@gembasinhealth.org. 💚",
    [
        ("OTHER_ID", "@maite_etxe_bsu"),
        ("NAME", "Iñaki"),
    ],
    note="reply to a daughter: her handle (OTHER_ID), her father's name; the e-mail is the hospital's",
)

# 122
n(
    "en",
    "hospital_contact",
    "Have a Gem Basin story to share? We'd love to hear it. Email patientstories@gembasinhealth.org or message @GemBasinHealth — we'll always ask for written permission before posting anything. ✍️",
    "hospital e-mail and handle",
)

# 123
p(
    "en",
    "hospital_contact",
    "Thank you for reaching out, Mrs. Adhikari. We've forwarded your concern about your mother Laxmi Devi Adhikari's discharge on 3/3 to our patient advocate, who will reply to sarita.adhikari@hotmail.com by Friday.",
    [
        ("NAME", "Laxmi Devi Adhikari"),
        ("NAME", "Adhikari", "*"),
        ("DATE", "3/3"),
        ("EMAIL", "sarita.adhikari@hotmail.com"),
    ],
    note="public reply disclosing a discharge: daughter's surname and e-mail, patient's name, discharge date",
)

# 124
n(
    "en",
    "hospital_contact",
    "We're sorry to hear about your experience. To protect your privacy, we can't discuss any care details here. Please call our patient advocate at (208) 555-0100 ext. 7 or email advocate@gembasinhealth.org. 🙏",
    "privacy-safe reply; hospital phone and e-mail",
)

# 125
p(
    "en",
    "milestone_birthday",
    "Baba Gul Mohammad Popal doesn't know his exact birthday — in his village near Kandahar nobody wrote them down — but his family is sure he's at least ninety-six. So today, at his first-ever birthday party, our Nampa Clinic team sang to him in Pashto and English. He's lived in Nampa since 2022. 🎂",
    [
        ("NAME", "Gul Mohammad Popal"),
        ("GEO", "Kandahar"),
        ("AGE", "ninety-six"),
        ("GEO", "Nampa", 2),
    ],
    ok=("Nampa",),
    note="name ('Baba' is an honorific), foreign home region's city, age over 89 in words, home city (the clinic's 'Nampa' is the hospital's, left unlabelled)",
)

# 126
n(
    "en",
    "statistic",
    "Idaho's fastest-growing age group? Adults over 90. By 2030 the Treasure Valley will have twice as many nonagenarians as today. Our geriatric clinics in Boise and Nampa are ready. 📈",
    "population ages",
)

# 127
p(
    "es",
    "discharge",
    "¡Alta médica! 🎉 Después de 3 semanas en la UCI por una mordida de víbora de cascabel en el rancho donde trabaja cerca de Grand View, don Cruz Villegas regresa hoy con su familia. Ingresó el 02/06 y su esposa, doña Paz, nunca se separó de él.",
    [
        ("GEO", "Grand View"),
        ("NAME", "Cruz Villegas"),
        ("DATE", "02/06"),
        ("NAME", "Paz"),
    ],
    note="workplace town (words), names that are words, admission date dd/mm",
)

# 128
n(
    "es",
    "health_tip",
    "Temporada de víboras: si le pica una serpiente de cascabel, no corte ni chupe la herida. Mantenga la calma, quítese anillos y llame al 911. Línea de Toxicología (Poison Control): 1-800-222-1222. 🐍",
    "health tip; national lines",
)

# 129
p(
    "en",
    "pasted_record",
    "Screenshot from the charge nurse's phone: 'Hey it's Shannon, Stetson Wardle's mom 😊 can u tell Dr. Call he's allergic to latex?? my cell is 208.555.0149 or email shannonjorg@icloud.com'",
    [
        ("NAME", "Shannon"),
        ("NAME", "Stetson Wardle"),
        ("PHONE", "208.555.0149"),
        ("EMAIL", "shannonjorg@icloud.com"),
    ],
    note="text message pasted: mother's name, phone, e-mail; patient's name; the doctor is staff",
)

# 130
n(
    "en",
    "staff_spotlight",
    "Give Dr. McKay Call a call! 📞 Our newest family physician is now accepting patients at the Nampa Clinic. He grew up on a potato farm in Aberdeen and speaks fluent Spanish. (208) 555-0146",
    "doctor's name (surname is a word) and home town; hospital phone",
)

# 131
p(
    "en",
    "thank_you",
    "Merci beaucoup to Pastor Emmanuel and the whole Congolese choir who sang outside room 308 for Mama Furaha Lukusa on Sunday. She told us it was the best medicine she's had since she arrived from Uvira. 🎶",
    [
        ("OTHER_ID", "room 308"),
        ("NAME", "Furaha Lukusa"),
        ("GEO", "Uvira"),
    ],
    note="room, name ('Mama' is an honorific), foreign home town; the pastor is not a relative",
)

# 132
n(
    "en",
    "thank_you",
    "Merci to the Congolese Community Choir of Boise for filling our lobby with music on World Refugee Day, June 20. Asante sana! 🎶🌍",
    "awareness day; a community group",
)

# 133
p(
    "en",
    "patient_story",
    "From Basra to the Boise Bench: 8-year-old Noor's new heart valve is working perfectly. #NoorShines 💛 Thank you to her parents for letting us share her journey.",
    [
        ("GEO", "Basra"),
        ("GEO", "Boise Bench"),
        ("NAME", "Noor"),
        ("NAME", "#NoorShines"),
    ],
    note="foreign city, home neighbourhood, first name, name hashtag",
)

# 134
n(
    "en",
    "campaign_hashtag",
    "This holiday season, help every kid on our pediatric floor shine. Donate a toy at any Gem Basin lobby or online at gbhfoundation.org/toys. #GemBasinShines #ToysForTheFloor ✨",
    "campaign hashtags; foundation URL",
)

# 135
p(
    "en",
    "milestone_birthday",
    "Gussie “Goose” Halvorsen is celebrating her ninety-ninth birthday on 2 North today! Her son Roger drove in from Shelley with a goose-shaped cake. 🪿🎂",
    [
        ("NAME", "Gussie “Goose” Halvorsen"),
        ("AGE", "ninety-ninth"),
        ("NAME", "Roger"),
        ("GEO", "Shelley"),
    ],
    note="name with nickname, ordinal age in words, son's name and his town (also a first name)",
)

# 136
n(
    "en",
    "milestone_birthday",
    "Our unit secretary Tanya's grandma turned 100 on Sunday, and the whole 2 North team signed a card. Happy birthday, Grandma Shirley, from your second family! 💐",
    "a staff member's grandmother: not a patient",
)

# 137
p(
    "en",
    "pasted_record",
    "Rx# 4417302 | PT: Iker Mendiola | DOB: 8/12/1999 | Plan: SelectHealth ID 7Q4-220-981 | Prescriber: Dr. N. Achurra | Deliver to: 418 Bannock St Apt 3, Emmett ID",
    [
        ("OTHER_ID", "4417302"),
        ("NAME", "Iker Mendiola"),
        ("DATE", "8/12/1999"),
        ("HEALTH_PLAN", "7Q4-220-981"),
        ("GEO", "418 Bannock St Apt 3"),
        ("GEO", "Emmett"),
    ],
    note="pharmacy label: Rx number (OTHER_ID), name, DOB, plan id, street with apartment, town (also a first name); prescriber is staff",
)

# 138
n(
    "en",
    "research",
    "Our Boise neurology team has joined a national trial for early Parkinson's disease. Volunteers aged 40–80 with a diagnosis in the last 2 years may qualify. Info: research@gembasinhealth.org or (208) 555-0100 ext. 3321.",
    "research recruitment; eponym; hospital contacts",
)

# 139
p(
    "en",
    "patient_story",
    "Faith Gabiola has packed potatoes at Bengoechea Spud Co. in Aberdeen since she was 17. After a conveyor caught her sleeve on March 2, our hand surgeons spent 9 hours saving three fingers. This week she signed her name again. ✍️",
    [
        ("NAME", "Faith Gabiola"),
        ("NAME", "Bengoechea Spud Co."),
        ("GEO", "Aberdeen"),
        ("DATE", "March 2"),
    ],
    note="name (a word), employer and its town, injury date",
)

# 140
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 — 3/21 for the three copies of chromosome 21. Wear your brightest mismatched socks and tag us @GemBasinHealth! 🧦🧦",
    "eponym and awareness day; hospital handle",
)

# 141
p(
    "es",
    "pasted_record",
    "Nota de enfermería — Paciente: RAMÍREZ SOTO, MARÍA DE LOS ÁNGELES | Exp. 00623884 | F. nac.: 30/04/1972 | Cuarto 211 | Contacto: esposo Isidro, tel. 208 555 0192 | Alergia: penicilina",
    [
        ("NAME", "RAMÍREZ SOTO, MARÍA DE LOS ÁNGELES"),
        ("MRN", "00623884"),
        ("DATE", "30/04/1972"),
        ("OTHER_ID", "Cuarto 211"),
        ("NAME", "Isidro"),
        ("PHONE", "208 555 0192"),
    ],
    note="Spanish chart line: ALL CAPS double-surname name, record number (expediente = MRN), DOB, room, husband's name and phone",
)

# 142
n(
    "es",
    "pasted_record",
    "Recordatorio para el personal: el formulario de consentimiento para fotos pide Nombre del paciente: ______, Expediente: ______, Fecha de nacimiento: __/__/____. Envíelo por fax al 208-555-0197.",
    "blank template; hospital fax",
)

# 143
p(
    "en",
    "birth_announcement",
    "welcome to the world, ryker james sorensen! 💙 born 9/9 at 9:09 pm in twin falls — his parents say he's definitely going to be a lucky one. congrats mckenna & colt!",
    [
        ("NAME", "ryker james sorensen"),
        ("DATE", "9/9"),
        ("NAME", "mckenna"),
        ("NAME", "colt"),
    ],
    note="lower-case names (colt is a word), birth date; 'twin falls' is the hospital site of the birth, not GEO",
)

# 144
n(
    "en",
    "health_tip",
    "psa from your friendly L&D nurses: babies don't read due dates 😅 pack your hospital bag by 36 weeks. tour our twin falls birth center any thursday at 6, no appt needed 💕",
    "lower-case tip; hospital site",
)

# 145
p(
    "en",
    "patient_story",
    "Jon Ander Lete-Bidaburu, a ranch hand for the Etcheverry family near Jordan Valley, Oregon, was kicked by a horse while shoeing last month. After 6 days in our Boise ICU he's back in the saddle — carefully. Eskerrik asko to the Etcheverrys for driving him all 90 miles. 🐎",
    [
        ("NAME", "Jon Ander Lete-Bidaburu"),
        ("NAME", "Etcheverry"),
        ("GEO", "Jordan Valley"),
        ("NAME", "Etcheverrys"),
    ],
    note="compound first name and hyphenated surname, employer family (NAME) in both forms, workplace town; '90 miles' is not an age",
)

# 146
n(
    "en",
    "event",
    "Eskerrik asko to the Oinkari Basque Dancers, who have performed at every Gem Basin holiday party since 1960! Catch them at the Basque Block on Grove Street this Saturday. 💃",
    "performing group and event venue",
)

# 147
p(
    "en",
    "memorial",
    "Forever 17. Kaysen 'Kase' Jeppson was killed in a rollover on Highway 30 near Buhl on Halloween night. His organs gave five people a second chance. His mom Trudy asked that we share his name and his story. 💙 #KaseStrong #DonateLife",
    [
        ("NAME", "Kaysen 'Kase' Jeppson"),
        ("GEO", "Highway 30"),
        ("GEO", "Buhl"),
        ("DATE", "Halloween"),
        ("NAME", "Trudy"),
        ("NAME", "#KaseStrong"),
    ],
    note="memorial: name with nickname, crash road and town, death on Halloween (DATE), mother, name hashtag; #DonateLife is a campaign",
)

# 148
n(
    "en",
    "campaign_hashtag",
    "April is Donate Life Month. One donor can save up to 8 lives. Register when you renew your driver's license, or at registerme.org. 💚 #DonateLife #GemBasinGives",
    "awareness month and campaign hashtags",
)

# 149
p(
    "en",
    "patient_story",
    "Overheard on 3 West: the 97-year-old in room 319 just asked the night nurse to dance. 💃 We said yes.",
    [
        ("AGE", "97-year-old"),
        ("OTHER_ID", "room 319"),
    ],
    note="unnamed patient identified by an age over 89 and a room number",
)

# 150
n(
    "en",
    "anonymous_story",
    "Overheard on 3 West: one of our longtime patients in her late 80s just asked the night nurse to dance. We said yes. 💃",
    "anonymous look-alike: age under 90, no room",
)

# 151
p(
    "es",
    "memorial",
    "Hasta siempre, don Rogelio Espinoza. 🕊️ A sus 94 años, nos dejó después de una vida de trabajo: llegó a Twin Falls como bracero, trabajó 40 años en las lecherías de Gooding y crió a 9 hijos con doña Mari. Falleció en paz el Domingo de Pascua, rodeado de su familia.",
    [
        ("NAME", "Rogelio Espinoza"),
        ("AGE", "94"),
        ("GEO", "Twin Falls"),
        ("GEO", "Gooding"),
        ("NAME", "Mari"),
        ("DATE", "Domingo de Pascua"),
    ],
    note="memorial: name, age over 89, home city (a hospital city) and workplace town, wife, death on Easter Sunday (DATE)",
)

# 152
n(
    "es",
    "public_figure",
    "Recordamos a César Chávez, nacido el 31 de marzo de 1927, que luchó por la salud y la dignidad de los trabajadores del campo. Este 31 de marzo ofrecemos exámenes gratuitos en nuestra clínica de Nampa. ✊",
    "public figure's birth date and an event date",
)

# 153
p(
    "en",
    "thank_you",
    "Thank you, Double Diamond Feedlot! When your foreman Ramiro Ibarra was hurt on April 30, your crew drove his wife Leticia to Boise every day for two weeks. That's Magic Valley family. 🤝",
    [
        ("NAME", "Double Diamond Feedlot"),
        ("NAME", "Ramiro Ibarra"),
        ("DATE", "April 30"),
        ("NAME", "Leticia"),
    ],
    note="thanks to the patient's employer (NAME), patient, injury date, wife",
)

# 154
n(
    "en",
    "sponsor",
    "Thank you, Double R Feedlot and Snake River Dairymen, for donating 2,000 pounds of ground beef to our Boise and Twin Falls food pantries! Your support feeds patients and families in need. 🐄",
    "business donors with no patient tie",
)

# 155
p(
    "en",
    "discharge",
    "Welcome home, Josu! 🏠 #JosuStrong",
    [
        ("NAME", "Josu"),
        ("NAME", "#JosuStrong"),
    ],
    note="first name and name hashtag only",
)

# 156
n(
    "en",
    "campaign_hashtag",
    "Welcome to the team, new grads! 🎓 #GemBasinStrong #NursesWeek",
    "campaign hashtags",
)

# 157
p(
    "en",
    "discharge",
    "After 5 weeks at our Boise campus, Chuy Ledesma is heading home to his trailer on Kimberly Road — and to his dog, who's been waiting on the porch the whole time, his neighbor says. Cuídate, Chuy! 🐕",
    [
        ("NAME", "Chuy Ledesma"),
        ("NAME", "Chuy", 2),
        ("GEO", "Kimberly Road"),
    ],
    note="nickname name, home street; the neighbour is not a relative; the campus is the hospital's",
)

# 158
n(
    "en",
    "statistic",
    "Last year our social workers helped 340 patients find safe housing before discharge. Everyone deserves a home to go to. 🏡 Learn how to help: gbhfoundation.org/housing",
    "statistic; foundation URL",
)

# 159
p(
    "en",
    "pasted_record",
    "FAX COVER — To: Twin Falls Dialysis Center, fax 208-555-0114 | From: Gem Basin Nephrology, fax 208-555-0197 | Re: Zarghona Karimi, DOB 01/01/1965, MRN 00408815, Medicaid ID 7700218845 | Pt cell 986-555-0103 | Pages: 4",
    [
        ("NAME", "Zarghona Karimi"),
        ("DATE", "01/01/1965"),
        ("MRN", "00408815"),
        ("HEALTH_PLAN", "7700218845"),
        ("PHONE", "986-555-0103"),
    ],
    note="fax cover: name, assigned 01/01 DOB, MRN, Medicaid id, patient's cell; the dialysis centre's fax and the hospital's fax are not labelled",
)

# 160
n(
    "en",
    "hospital_contact",
    "Referring providers: send referrals to our Twin Falls specialty clinics by fax at 208-555-0197 or through Epic Care Link. Questions? 1-208-555-0124. 📠",
    "hospital fax and phone in several forms",
)

# 161
p(
    "es",
    "milestone_birthday",
    "¡Nuestra centenaria favorita! Doña Esperanza “Pelancha” Gutiérrez cumplió 102 años el Día de las Madres, 10 de mayo, y lo celebró en su casa de Heyburn con sus bisnietos. ¡Felicidades, Pelancha! 🌸",
    [
        ("AGE", "centenaria"),
        ("NAME", "Esperanza “Pelancha” Gutiérrez"),
        ("NAME", "Pelancha", "*"),
        ("AGE", "102"),
        ("DATE", "Día de las Madres"),
        ("DATE", "10 de mayo"),
        ("GEO", "Heyburn"),
    ],
    note="'centenaria' and '102', name with nickname, birthday as holiday and date, home town",
)

# 162
n(
    "es",
    "event",
    "¡Feliz Día de las Madres! Hoy, 10 de mayo, regalamos una rosa a cada mamá que visite nuestras clínicas de Nampa y Twin Falls. 🌹",
    "holiday event",
)

# 163
p(
    "en",
    "pasted_record",
    "From: ainhoa.goiko@gmail.com | To: frontdesk@gembasinhealth.org | Subject: my amatxi, Edurne Goikoetxea, MRN 00196604 | She's 95 and confused after her fall — can someone call me at (208) 555-0184? Eskerrik asko, Ainhoa",
    [
        ("EMAIL", "ainhoa.goiko@gmail.com"),
        ("NAME", "Edurne Goikoetxea"),
        ("MRN", "00196604"),
        ("AGE", "95"),
        ("PHONE", "(208) 555-0184"),
        ("NAME", "Ainhoa"),
    ],
    note="e-mail pasted: granddaughter's e-mail, phone and name; patient's name, MRN, age over 89; the front-desk address is the hospital's",
)

# 164
n(
    "en",
    "staff_spotlight",
    "Questions for our Basque-speaking care navigator, Ainhoa Etxebarria? She's at the Boise campus Mon–Thu: (208) 555-0100 ext. 5150 or navigators@gembasinhealth.org. Ongi etorri! 💚",
    "staff member; hospital phone and e-mail",
)

# 165
p(
    "en",
    "patient_story",
    "Sami Wardak was 12 when he left Kabul. Now 15, he just scored twice for the Treasure Valley Blaze — three months after we repaired his ACL on September 8. #SAMIWARDAK10 ⚽",
    [
        ("NAME", "Sami Wardak"),
        ("GEO", "Kabul"),
        ("DATE", "September 8"),
        ("NAME", "#SAMIWARDAK10"),
    ],
    note="name, foreign city, surgery date, ALL CAPS name hashtag; the team is not an identifier",
)

# 166
n(
    "en",
    "staff_spotlight",
    "Meet Zalmai, our Pashto interpreter in Boise! He left Kabul in 2021 and now helps hundreds of Afghan families talk with their doctors every month. Tashakor, Zalmai! 🌍",
    "staff interpreter and his origin",
)

# 167
p(
    "en",
    "birth_announcement",
    "Ramadan Kareem from our Twin Falls Birth Center, where baby Yusuf Al-Jubouri arrived on the first night of Ramadan, March 1! Mama Hiba and Baba Ali are over the moon. 🌙",
    [
        ("NAME", "Yusuf Al-Jubouri"),
        ("DATE", "first night of Ramadan"),
        ("DATE", "March 1"),
        ("NAME", "Hiba"),
        ("NAME", "Ali"),
    ],
    note="baby's name, birth date as holiday and date, parents; the greeting 'Ramadan Kareem' is not a date",
)

# 168
n(
    "en",
    "event",
    "Ramadan Kareem! During Ramadan our Boise and Twin Falls cafeterias stay open until 10 pm for families breaking their fast with loved ones in the hospital. 🌙",
    "holiday service notice",
)

# 169
p(
    "en",
    "pasted_record",
    "ED TRIAGE 0214: PT BILBAO-ARANA, ITZIAR, 34F, MVC VS DEER HWY 21 NEAR LOWMAN, DRIVER LIC ID# AB123456C, VEH PLATE 1A-7734Q, BROUGHT BY HUSBAND GORKA",
    [
        ("NAME", "BILBAO-ARANA, ITZIAR"),
        ("GEO", "HWY 21"),
        ("GEO", "LOWMAN"),
        ("LICENSE", "AB123456C"),
        ("VEHICLE", "1A-7734Q"),
        ("NAME", "GORKA"),
    ],
    note="ALL CAPS triage line: name, crash road and place, driver's licence, plate, husband",
)

# 170
n(
    "en",
    "crisis_update",
    "Highway 21 between Idaho City and Lowman is closed after a rockslide. Our Boise ED is treating injured motorists; families looking for loved ones should call ITD or the Boise County Sheriff, not the hospital. We'll update here. 🚧",
    "crisis update with no identified patient",
)

# 171
p(
    "en",
    "milestone_birthday",
    "Happy 90th to Grandpa Dale Nielsen, who hasn't missed a Tuesday card game at the Hagerman senior center since his bypass in our cath lab on his 80th. Family, tag him: @dale.nielsen.90 🃏",
    [
        ("AGE", "90th"),
        ("NAME", "Dale Nielsen"),
        ("GEO", "Hagerman"),
        ("OTHER_ID", "@dale.nielsen.90"),
    ],
    note="age over 89 as ordinal, name, home town, his own handle; '80th' is not over 89",
)

# 172
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to… us! 🎉 Magic Valley Medical Center first opened its doors as a 12-bed cottage hospital in 1926. Cake in the lobby at 880 Canyon Rim Road, Friday from 2 to 4.",
    "the hospital's own anniversary; hospital address",
)

# 173
p(
    "en",
    "patient_story",
    "Ainhoa Zabala Ochoa was born in our Boise NICU on San Fermín, July 7, weighing 1 lb 11 oz. Today she ran her first 5K in Pamplona, where her grandparents live, in a shirt that says 'NICU grad.' 🏃‍♀️ #AinhoaRuns",
    [
        ("NAME", "Ainhoa Zabala Ochoa"),
        ("DATE", "San Fermín"),
        ("DATE", "July 7"),
        ("GEO", "Pamplona"),
        ("NAME", "#AinhoaRuns"),
    ],
    note="double surname, birth date as feast and date, grandparents' foreign city, name hashtag",
)

# 174
n(
    "en",
    "statistic",
    "Our NICU follow-up clinic now tracks 1,100 graduates born before 28 weeks. 9 in 10 are in regular classrooms by age 6. Tiny babies, big futures. 📊",
    "statistic",
)

# 175
p(
    "en",
    "thank_you",
    "@hunsaker_party_of_8 thank you for the cinnamon rolls!! 🥐 tell McKay the whole surgical floor is cheering for him at state wrestling this weekend 💪",
    [
        ("OTHER_ID", "@hunsaker_party_of_8"),
        ("NAME", "McKay"),
    ],
    note="family handle (OTHER_ID) and patient's first name",
)

# 176
n(
    "en",
    "hospital_contact",
    "@treasurevalleymom thank you for asking! Yes, our Boise campus has free lactation support for any nursing parent, patient or not. Call (208) 555-0100 to book. 🍼",
    "reply to a general question; no care disclosed; hospital phone",
)

# 177
p(
    "es",
    "thank_you",
    "MIL GRACIAS A LA FAMILIA OLIVARES CAMPOS POR LAS FLORES. ¡QUE DIOS BENDIGA A PAPÁ GENARO, QUE YA SALIÓ DE LA UCI DE BOISE EL 19 DE AGOSTO! 💐",
    [
        ("NAME", "OLIVARES CAMPOS"),
        ("NAME", "GENARO"),
        ("DATE", "19 DE AGOSTO"),
    ],
    note="ALL CAPS family double surname, patient's first name, discharge date; the ICU is the hospital's",
)

# 178
n(
    "es",
    "crisis_update",
    "AVISO: Debido a la tormenta de nieve, la Clínica de Nampa cerrará hoy a las 2 pm. Para emergencias llame al 911. Para reprogramar su cita: 208-555-0146. ❄️",
    "closure notice; hospital phone",
)

# 179
p(
    "en",
    "patient_story",
    "Please support the Uberuaga family! Ander, 16, was paralyzed in a diving accident at Lucky Peak on June 14. Donations: gofundme.com/f/ander-uberuaga-recovery 💙 #AnderStrong",
    [
        ("NAME", "Uberuaga"),
        ("NAME", "Ander"),
        ("GEO", "Lucky Peak"),
        ("DATE", "June 14"),
        ("URL", "gofundme.com/f/ander-uberuaga-recovery"),
        ("NAME", "#AnderStrong"),
    ],
    note="family surname, name, accident place and date, fundraiser URL, name hashtag",
)

# 180
n(
    "en",
    "campaign_hashtag",
    "Our Pediatric Rehab Fund helps families cover therapy insurance won't. Give at gbhfoundation.org/rehab and share with #GemBasinGives. Every dollar stays in Idaho. 💙",
    "campaign hashtag; foundation URL",
)

# 181
p(
    "en",
    "pasted_record",
    "MyGemBasin message from bhim.tamang1961@gmail.com: 'Namaste doctor, my wife Chandra Maya Tamang (MRN 00735520) cannot sleep since her surgery on 10/21. Please call our daughter Pabitra at 208-555-0162.'",
    [
        ("EMAIL", "bhim.tamang1961@gmail.com"),
        ("NAME", "Chandra Maya Tamang"),
        ("MRN", "00735520"),
        ("DATE", "10/21"),
        ("NAME", "Pabitra"),
        ("PHONE", "208-555-0162"),
    ],
    note="portal message: husband's e-mail, patient's name, MRN, surgery date, daughter's name and phone",
)

# 182
n(
    "en",
    "health_tip",
    "Can't sleep after surgery? You're not alone. Ask your care team about melatonin, light therapy and pain control. Nepali-language sleep guide: gembasin.org/sleep-ne 😴",
    "health tip; hospital short link",
)

# 183
p(
    "en",
    "patient_story",
    "MUTTON BUSTIN' CHAMP! 🐑 5-year-old BOSTON REDD held on for 8 whole seconds at the Oakley rodeo before a face-plant sent him to our Twin Falls ER for 3 stitches. Follow his comeback @boston_busts_mutton 😂",
    [
        ("NAME", "BOSTON REDD"),
        ("GEO", "Oakley"),
        ("OTHER_ID", "@boston_busts_mutton"),
    ],
    note="ALL CAPS name (a city), town of the injury (also a name), family handle",
)

# 184
n(
    "en",
    "public_figure",
    "Philo T. Farnsworth, the inventor of electronic television, sketched his idea in a Rigby, Idaho potato field at age 14. Today we're putting that spirit into telehealth: see a Gem Basin doctor from home, 7 am–10 pm. 📺",
    "historical figure and his town",
)

# 185
p(
    "en",
    "discharge",
    "This morning our oldest COVID patient of the year — a great-grandmother from Hazelton — walked out of 3 West to a conga line of nurses. 🎶",
    [
        ("GEO", "Hazelton"),
    ],
    note="unnamed patient identified by her home town",
)

# 186
n(
    "en",
    "anonymous_story",
    "This morning one of our long-stay patients walked out of 3 West to a conga line of nurses. 🎶 Best way to start a Monday.",
    "anonymous look-alike; unit and weekday identify no one",
)

# 187
p(
    "en",
    "pasted_record",
    "Statement — Guarantor: Hyrum Pratt | Account # 40019-66721 | Patient: Kenzie Pratt | DOS 12/26 | Balance $1,184.20 | Questions: 208.555.0153",
    [
        ("NAME", "Hyrum Pratt"),
        ("ACCOUNT", "40019-66721"),
        ("NAME", "Kenzie Pratt"),
        ("DATE", "12/26"),
    ],
    note="billing statement: guarantor (parent), account, patient, date of service; billing phone is the hospital's",
)

# 188
n(
    "en",
    "hospital_contact",
    "SCAM ALERT: Gem Basin Health will never text you asking for payment. Real statements come from billing@gembasinhealth.org or by mail, and you can always call us at 208.555.0153 to check. 🚫",
    "hospital e-mail and phone",
)

# 189
p(
    "en",
    "milestone_birthday",
    "101ST BIRTHDAY PARTY ON 2 NORTH!!! 🎈 Mr. Lorenzo “Larry” Aguirre, WWII Navy vet from Murphy, says he's 'only 101, not dead.' Happy birthday, Larry!",
    [
        ("AGE", "101ST"),
        ("NAME", "Lorenzo “Larry” Aguirre"),
        ("NAME", "Larry", "*"),
        ("GEO", "Murphy"),
        ("AGE", "101"),
    ],
    note="ALL CAPS ordinal age and the age again in digits, name with nickname, home town (also a surname)",
)

# 190
n(
    "en",
    "staff_spotlight",
    "Veterans Day shoutout to our own Navy corpsman-turned-ER nurse, Travis Onaindia, and the 212 other veterans on the Gem Basin team. Thank you for your service. 🇺🇸",
    "staff; a holiday",
)

# 191
p(
    "es",
    "patient_story",
    "Rubén Cisneros, vaquero de la Lechería Los Altos en Hagerman, sufrió quemaduras con amoniaco el Jueves Santo, 17 de abril. Gracias a nuestro equipo de quemados y a su patrón, que lo visitó cada semana, Rubén ya regresó a casa con su esposa Nayeli. 🙏",
    [
        ("NAME", "Rubén Cisneros"),
        ("NAME", "Rubén", "*"),
        ("NAME", "Lechería Los Altos"),
        ("GEO", "Hagerman"),
        ("DATE", "Jueves Santo"),
        ("DATE", "17 de abril"),
        ("NAME", "Nayeli"),
    ],
    note="name, employer (NAME) and its town, injury date as feast and date, wife",
)

# 192
n(
    "es",
    "health_tip",
    "Trabajadores de lecherías: el amoniaco y el sulfuro de hidrógeno pueden ser mortales. Use respirador, ventile el área y nunca entre solo a un pozo de estiércol. Más información en gembasin.org/lecheria 🐄",
    "safety tip; hospital link",
)

# 193
p(
    "en",
    "thank_you",
    "shout out to hari and his little sister devi who translated for their grandpa every single day of his 3 weeks on our cardiac floor. bhim went home on the 12th and sent us homemade sel roti 🍩 dhanyabad!",
    [
        ("NAME", "hari"),
        ("NAME", "devi"),
        ("NAME", "bhim"),
        ("DATE", "12th"),
    ],
    note="lower-case names of patient and grandchildren, discharge day of month",
)

# 194
n(
    "en",
    "staff_spotlight",
    "ok but how cute is this: our interpreters hari and laxmi (not related, they promise) just finished their 1,000th nepali-language appointment this year 🎉 dhanyabad, friends!",
    "lower-case staff names",
)

# 195
p(
    "en",
    "memorial",
    "It is with heavy hearts that the nurses of our Boise cancer center say goodbye to a friend. Mrs. Shirin Sultani, mother of six and the best cook on Overland Road, passed away peacefully on the morning of Eid al-Adha, June 6. For two years she brought us Kabuli pulao after every chemo session, even when she couldn't eat it herself. Her daughters Mariam and Parwana asked us to share this with the community she loved. Rest in peace, Khala Shirin. 🕊️",
    [
        ("NAME", "Shirin Sultani"),
        ("NAME", "Shirin", "*"),
        ("GEO", "Overland Road"),
        ("DATE", "Eid al-Adha"),
        ("DATE", "June 6"),
        ("NAME", "Mariam"),
        ("NAME", "Parwana"),
    ],
    note="long memorial: name, home street, date of death as holiday and date, daughters; 'Khala' is an honorific",
)

# 196
n(
    "en",
    "memorial",
    "We're saying goodbye to Marjorie Uberuaga, who volunteered in our Boise gift shop for 31 years and passed away on May 12 at 98. She knitted every baby hat in our nursery for three decades. Rest easy, Marj. 🧶",
    "volunteer's death date and age over 89: not a patient",
)

# 197
p(
    "en",
    "pasted_record",
    "Your video visit is ready! Patient: Brynlee Call-Sorensen. Join: https://telehealth.medvisit.net/room/brynlee-cs-7741 (IP logged: 198.51.100.23). Questions: (208) 555-0100.",
    [
        ("NAME", "Brynlee Call-Sorensen"),
        ("URL", "https://telehealth.medvisit.net/room/brynlee-cs-7741"),
        ("IP", "198.51.100.23"),
    ],
    note="visit notice pasted: hyphenated name, the patient's visit-room URL, IP; the phone is the hospital's",
)

# 198
n(
    "en",
    "hospital_contact",
    "Video visits are here! Schedule through MyGemBasin at my.gembasinhealth.org, then join from your phone — no app needed. Need help? Call (208) 555-0100, option 2. 💻",
    "hospital domain and phone",
)

# 199
p(
    "es",
    "birth_announcement",
    "¡Bienvenido al mundo, Santiago! 💙 Nació el 1 de mayo, Día del Trabajo, en nuestro Centro de Nacimientos de Twin Falls. Felicidades a sus papás, Karla y Jesús. #BienvenidoSantiago",
    [
        ("NAME", "Santiago"),
        ("DATE", "1 de mayo"),
        ("DATE", "Día del Trabajo"),
        ("NAME", "Karla"),
        ("NAME", "Jesús"),
        ("NAME", "#BienvenidoSantiago"),
    ],
    note="baby's name (also a city), birth date as date and holiday, parents, name hashtag; the birth center is the hospital's",
)

# 200
n(
    "es",
    "birth_announcement",
    "¡El primer bebé del año en Boise nació a las 12:03 de la madrugada! La familia prefirió no compartir su nombre, pero nos pidió decirles: ¡Feliz Año Nuevo, Idaho! 🎉👶",
    "anonymous birth; the hour and the greeting identify no one",
)

# 201
p(
    "en",
    "pasted_record",
    "Fwd: photo release — 'Hi, this is Kaysen Larsen, Ryker's dad. Yes you can post the picture of Ryker with the therapy dog from his Sept. 30 visit. My email is kaysen.larsen@byui.edu, phone 208-555-0115.'",
    [
        ("NAME", "Kaysen Larsen"),
        ("NAME", "Ryker", "*"),
        ("DATE", "Sept. 30"),
        ("EMAIL", "kaysen.larsen@byui.edu"),
        ("PHONE", "208-555-0115"),
    ],
    note="forwarded release e-mail: father's name, e-mail, phone; patient's name and visit date; the picture is not attached, so no PHOTO",
)

# 202
n(
    "en",
    "staff_spotlight",
    "Say hello to Ryker, our newest facility dog! 🐶 This 2-year-old lab works with kids in Boise pediatrics Monday through Thursday. Want to meet him? He'll be in the lobby Friday at noon.",
    "a dog named Ryker: pets are not labelled",
)

# 203
p(
    "en",
    "milestone_birthday",
    "One hundred and three years young! 🎂 Happy birthday to Ione Bingham of Fairfield, who was born on Valentine's Day and has sent our nurses handmade valentines ever since her knee replacement here in 1988.",
    [
        ("AGE", "One hundred and three"),
        ("NAME", "Ione Bingham"),
        ("GEO", "Fairfield"),
        ("DATE", "Valentine's Day"),
    ],
    note="age in words, name, home town, birthday on a holiday; bare year not labelled",
)

# 204
n(
    "en",
    "event",
    "Valentine's Day at Gem Basin: the cafeteria has heart-shaped pancakes from 7 to 10 and our volunteers are handing out carnations in every lobby. 💘 Happy Valentine's Day, Idaho!",
    "holiday event",
)

# 205
p(
    "en",
    "patient_story",
    "Meet Bahati Kalala. Five years ago she was a farmer outside Bukavu. Today she's a line cook at Canyon Diner in Twin Falls, a mother of four, and — as of February 18 — a kidney transplant recipient. Her sister Neema, who flew in from Kampala to be her donor, says the hardest part was the Idaho winter. 'Snow! Nobody told me about the snow.' Both sisters are recovering beautifully on our Boise transplant unit, and Bahati's kids, Grace, Prince, Esther and Joel, made the staff a banner that says 'MERCI MUNGU.' We love this family. 💚 #TransplantTuesday",
    [
        ("NAME", "Bahati Kalala"),
        ("NAME", "Bahati", "*"),
        ("GEO", "Bukavu"),
        ("NAME", "Canyon Diner"),
        ("GEO", "Twin Falls"),
        ("DATE", "February 18"),
        ("NAME", "Neema"),
        ("GEO", "Kampala"),
        ("NAME", "Grace"),
        ("NAME", "Prince"),
        ("NAME", "Esther"),
        ("NAME", "Joel"),
    ],
    note="long story: name, foreign town, employer and its town, transplant date, sister (a donor and patient) and her city, children (names that are words)",
)

# 206
n(
    "en",
    "research",
    "Milestone: our Boise transplant program performed its 500th kidney transplant this month! 🎉 Living donors from 14 states and 6 countries have given the gift of life here. Learn about living donation: gembasinhealth.org/transplant",
    "program milestone; counts",
)

# 207
p(
    "en",
    "thank_you",
    "The Ochoa family left this note for our PICU: 'Gracias for saving our Valentina.' Valentina is 4, loves Bluey, and went home to Kuna on the 28th. #FuerzaValentina 💗",
    [
        ("NAME", "Ochoa"),
        ("NAME", "Valentina", "*"),
        ("GEO", "Kuna"),
        ("DATE", "28th"),
        ("NAME", "#FuerzaValentina"),
    ],
    note="family surname, name, home town, discharge day of month, Spanish name hashtag",
)

# 208
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in kids. Fever for 5+ days, red eyes, cracked lips, swollen hands? Call your pediatrician or our nurse line, 208-555-0189. ❤️",
    "eponym; hospital nurse line",
)

# 209
p(
    "en",
    "pasted_record",
    "Referral: Hussein Jabbar Kadhim, 67, MRN 00815349, DOB 3 July 1957, referred after a fall on the 1st of this month. Contact: son Ali, ali.kadhim.idaho@gmail.com / 208-555-0157. Arabic interpreter needed.",
    [
        ("NAME", "Hussein Jabbar Kadhim"),
        ("MRN", "00815349"),
        ("DATE", "3 July 1957"),
        ("DATE", "1st"),
        ("NAME", "Ali"),
        ("EMAIL", "ali.kadhim.idaho@gmail.com"),
        ("PHONE", "208-555-0157"),
    ],
    note="referral: name, MRN, DOB written out, day of the fall, son's name, e-mail and phone; age 67 not labelled",
)

# 210
n(
    "en",
    "recruitment",
    "Bilingual? We're hiring patient access reps in Twin Falls and Nampa — Spanish, Arabic, Swahili or Nepali a plus. Starting at $19/hr. Apply: gembasinhealth.org/careers or text JOBS to (208) 555-0100. 💼",
    "recruitment; hospital URL and phone",
)

# 211
p(
    "es",
    "pasted_record",
    "Correo recibido: 'Buenas tardes, soy Maricela Fuentes, hija de don Aurelio Fuentes (expediente 00902218). Mi papá tiene 93 años y salió del hospital el 8 de septiembre. ¿Me pueden mandar sus papeles a mari.fuentes77@gmail.com? Mi número: (208) 555-0106.'",
    [
        ("NAME", "Maricela Fuentes"),
        ("NAME", "Aurelio Fuentes"),
        ("MRN", "00902218"),
        ("AGE", "93"),
        ("DATE", "8 de septiembre"),
        ("EMAIL", "mari.fuentes77@gmail.com"),
        ("PHONE", "(208) 555-0106"),
    ],
    note="e-mail pasted: daughter's name, e-mail, phone; patient's name, record number, age over 89, discharge date",
)

# 212
n(
    "es",
    "hospital_contact",
    "¿Necesita copias de su expediente médico? Llene el formulario en gembasinhealth.org/expediente o llame al (208) 555-0100, opción 4. Por su privacidad, no comparta datos personales en los comentarios. 🔒",
    "hospital URL and phone",
)

# 213
p(
    "en",
    "patient_story",
    "Maverick Tew, 11, was snowmobiling with his dad Jared near Fairfield when the slope slid on Presidents' Day. Beacon, shovel, probe: Jared had all three, and Maverick is alive because of it. #MaverickStrong",
    [
        ("NAME", "Maverick Tew"),
        ("NAME", "Maverick", "*"),
        ("NAME", "Jared", "*"),
        ("GEO", "Fairfield"),
        ("DATE", "Presidents' Day"),
        ("NAME", "#MaverickStrong"),
    ],
    note="name (a word), father, place and holiday of the avalanche, name hashtag",
)

# 214
n(
    "en",
    "health_tip",
    "Beacon. Shovel. Probe. Partner. 🏔️ Sledders, skiers and snowshoers: our Twin Falls trauma team and the Sawtooth Avalanche Center are hosting a free rescue clinic at Soldier Mountain on Saturday, January 18.",
    "event date and venue",
)

# 215
p(
    "en",
    "discharge",
    "Best Christmas present ever: the little girl who was born on Thanksgiving at 24 weeks went home from our NICU today. 🎄💕",
    [
        ("DATE", "Thanksgiving"),
    ],
    note="unnamed baby identified by her birth date (a holiday); Christmas is not her event",
)

# 216
n(
    "en",
    "anonymous_story",
    "Best Christmas present ever: one of our tiniest NICU babies went home today, just in time for the holidays. 🎄💕",
    "anonymous look-alike with no date tied to the baby",
)

# 217
p(
    "en",
    "pasted_record",
    "Pacemaker check — Pt: Bashir Popal | MRN 00266059 | Device: Medtronic Azure XT DR, SN RNB614773S | Implanted 06/11 | Remote monitor IP 192.0.2.147 | Call pt's nephew Wais 986-555-0138 to schedule",
    [
        ("NAME", "Bashir Popal"),
        ("MRN", "00266059"),
        ("DEVICE", "RNB614773S"),
        ("DATE", "06/11"),
        ("IP", "192.0.2.147"),
        ("NAME", "Wais"),
        ("PHONE", "986-555-0138"),
    ],
    note="device clinic line: name, MRN, device serial, implant date, monitor IP, nephew's name and phone",
)

# 218
n(
    "en",
    "research",
    "Our Boise heart rhythm team is now implanting leadless pacemakers the size of a vitamin. Fewer infections, faster recovery. Ask your cardiologist if you qualify, or call (208) 555-0100. ❤️‍🔥",
    "service news; hospital phone",
)

# 219
p(
    "en",
    "sponsor",
    "A $25,000 gift for our burn unit from Gorka and Amaia Yribar, in honor of their son Unai, who spent 5 weeks with us after the Hyde Park house fire. Eskerrik asko, Yribar family. 💚 @GBHFoundation",
    [
        ("NAME", "Gorka"),
        ("NAME", "Amaia Yribar"),
        ("NAME", "Yribar", "*"),
        ("NAME", "Unai"),
        ("GEO", "Hyde Park"),
    ],
    note="donors introduced as a patient's parents, the patient, neighbourhood of the fire",
)

# 220
n(
    "en",
    "sponsor",
    "Thank you to the Arrizabalaga family for 50 years of Sheepherders' Ball proceeds to our pediatric fund — more than $400,000 for Boise kids! Ongi etorri to this year's ball, December 6 at the Basque Center. 🐑",
    "donor family with no patient tie; event date",
)

# 221
p(
    "es",
    "patient_story",
    "¡Arriba, Chuyito! 🐂 Jesús “Chuyito” Lomelí, jinete de toros de 22 años de Homedale, se fracturó la clavícula en el jaripeo del 16 de septiembre. Ya está en casa con su novia Dayana y dice que el próximo año vuelve. #FuerzaChuyito",
    [
        ("NAME", "Jesús “Chuyito” Lomelí"),
        ("NAME", "Chuyito", "*"),
        ("GEO", "Homedale"),
        ("DATE", "16 de septiembre"),
        ("NAME", "Dayana"),
        ("NAME", "#FuerzaChuyito"),
    ],
    note="name with nickname, home town, injury date, girlfriend, name hashtag; age 22 not labelled",
)

# 222
n(
    "es",
    "event",
    "¡Viva México! 🇲🇽 Este 16 de septiembre estaremos en el jaripeo de Caldwell con chequeos de presión gratis y agua fresca. ¡Los esperamos!",
    "holiday event and venue",
)

# 223
p(
    "es",
    "milestone_birthday",
    "¡Cumplió 90 años don Baltazar Rentería, y nos trajo birria a toda la clínica de Nampa! Llegó a Idaho en 1956 a cosechar betabel en Nyssa y nunca se fue. ¡Felicidades, don Balta! 🎉",
    [
        ("AGE", "90"),
        ("NAME", "Baltazar Rentería"),
        ("GEO", "Nyssa"),
        ("NAME", "Balta"),
    ],
    note="age 90, name, the town where he worked, nickname; bare year not labelled",
)

# 224
n(
    "es",
    "statistic",
    "En Idaho, 1 de cada 5 personas mayores de 65 años vive sola. Si tiene un vecino mayor, llámelo hoy. 💛 Recursos para adultos mayores en español: gembasin.org/mayores",
    "population statistic",
)

# 225
p(
    "en",
    "patient_story",
    "“Peanut” weighed 1 lb 4 oz when she was born on Leap Day. Her parents, Addie and Trent Crapo of Weiser, still call her that — even though she's now 4 and the loudest kid at the NICU reunion. 🥜",
    [
        ("NAME", "Peanut"),
        ("DATE", "Leap Day"),
        ("NAME", "Addie"),
        ("NAME", "Trent Crapo"),
        ("GEO", "Weiser"),
    ],
    note="quoted nickname as name, birth on Leap Day, parents (surname shared with a senator), home town",
)

# 226
n(
    "en",
    "public_figure",
    "Thank you, Senator Crapo, for touring our Twin Falls rural health clinic on Monday and listening to our nurses about staffing in the Magic Valley. 🏛️",
    "public figure",
)

# 227
p(
    "en",
    "pasted_record",
    "REQUEST FOR RECORDS — PATIENT: HABIBI, FARIDA — DOB: 11/11/1948 — SSN: XXX-XX-4471 — MRN: 00330972 — SEND TO: FARIDA.HABIBI48@YAHOO.COM — FAX BACK: 208-555-0197",
    [
        ("NAME", "HABIBI, FARIDA"),
        ("DATE", "11/11/1948"),
        ("SSN", "XXX-XX-4471"),
        ("MRN", "00330972"),
        ("EMAIL", "FARIDA.HABIBI48@YAHOO.COM"),
    ],
    note="ALL CAPS records request: name, DOB, masked SSN with last four, MRN, e-mail; the fax is the hospital's",
)

# 228
n(
    "en",
    "pasted_record",
    "Sample wristband from our new-hire orientation: 'TEST, PATIENT | DOB 01/01/1900 | MRN 00000000'. If you ever see a real one on social media, report it to privacy@gembasinhealth.org.",
    "test data, not a person; hospital e-mail",
)

# 229
p(
    "en",
    "staff_spotlight",
    "Nurse Spotlight: Kenzie Rasmussen, RN, has worked in our Twin Falls ER for 12 years. Her favorite moment? 'When Mr. Etxeberria from Gooding came back on his 91st birthday to bring me a lamb stew.' 🍲",
    [
        ("NAME", "Etxeberria"),
        ("GEO", "Gooding"),
        ("AGE", "91st"),
    ],
    note="staff spotlight that names a patient: his surname, home town and age over 89; the nurse is staff",
)

# 230
n(
    "en",
    "staff_spotlight",
    "Happy birthday to Dr. Arantza Etxeberria, our chief of pediatrics, who celebrates today — on San Inazio, no less! 🎂 Zorionak from the whole Boise team.",
    "a doctor's own birthday on a feast day",
)

# 231
p(
    "en",
    "birth_announcement",
    "It's a boy! 💙 @the_goikoetxea_crew welcomed Kepa on 7/31 — a San Inazio baby! — at our Boise Birth Center. Aita Iker says he'll be dancing the jota by Jaialdi 2030.",
    [
        ("OTHER_ID", "@the_goikoetxea_crew"),
        ("NAME", "Kepa"),
        ("DATE", "7/31"),
        ("DATE", "San Inazio"),
        ("NAME", "Iker"),
    ],
    note="family handle, baby's name, birth date as date and feast, father ('Aita' is a title); Jaialdi 2030 is an event",
)

# 232
n(
    "en",
    "event",
    "San Inazio Mass and picnic this Sunday, July 27! Our Boise first-aid volunteers will be at the Basque Block from 10 to 6. Zorionak to all the Inazios and Iñakis celebrating their name day. 🎉",
    "feast event; names as a population",
)

# 233
p(
    "es",
    "discharge",
    "¡A casa! Después de 6 semanas en la UCIN, los gemelos Mateo y Emiliano Barajas por fin se fueron a Filer con sus papás. Nacieron el 14/02 — ¡nuestros cupidos! 💘💘",
    [
        ("NAME", "Mateo"),
        ("NAME", "Emiliano Barajas"),
        ("GEO", "Filer"),
        ("DATE", "14/02"),
    ],
    note="twins' names, home town, birth date dd/mm",
)

# 234
n(
    "es",
    "anonymous_story",
    "Esta semana una mamá nos escribió: 'Gracias por cuidar a mis gemelos como si fueran suyos.' No compartimos nombres, pero sí su agradecimiento. 💕 #OrgulloUCIN",
    "anonymous thank-you",
)

# 235
p(
    "en",
    "memorial",
    "Rodeo lost a legend. Clell “Shorty” Harrop, 92, the Jerome saddle bronc champ who broke 40 bones and never missed a July 4th rodeo, died in our Twin Falls hospice on Sunday with his daughters Merle and Dusty at his side. 🤠",
    [
        ("NAME", "Clell “Shorty” Harrop"),
        ("AGE", "92"),
        ("GEO", "Jerome"),
        ("NAME", "Merle"),
        ("NAME", "Dusty"),
    ],
    note="memorial: name with nickname, age over 89, home town, daughters; the July 4th rodeo is not his event; weekday not labelled",
)

# 236
n(
    "en",
    "public_figure",
    "Jackson Sundown, the Nez Perce horseman from Culdesac, won the 1916 Pendleton Round-Up saddle bronc title at 53. This rodeo season, our sports medicine docs are ringside in Nampa and Filer. 🐎",
    "historical figure, his town and age",
)

# 237
p(
    "es",
    "thank_you",
    "Gracias a Papas Bravo de Burley por dar 3 semanas pagadas a su trabajador Eleazar Tapia mientras se recuperaba de la amputación del 2 de octubre. Si quieren mandarle una tarjeta, su esposa Lucía nos dio su correo: lucia.tapia.burley@gmail.com 💌",
    [
        ("NAME", "Papas Bravo"),
        ("GEO", "Burley"),
        ("NAME", "Eleazar Tapia"),
        ("DATE", "2 de octubre"),
        ("NAME", "Lucía"),
        ("EMAIL", "lucia.tapia.burley@gmail.com"),
    ],
    note="employer (NAME) and its town, patient, surgery date, wife's name and e-mail",
)

# 238
n(
    "es",
    "sponsor",
    "¡Gracias a Papas del Valle y a la Asociación de Lecheros del Magic Valley por patrocinar nuestra feria de salud para trabajadores agrícolas el 19 de octubre en Jerome! 🥔🐄",
    "sponsors; event date and town",
)

# 239
p(
    "en",
    "pasted_record",
    "ADMIT H&P — ZUBIZARRETA, MIREN — 102 Y/O F — MRN 00459983 — ADMITTED 08/15 FROM HOME, CALDWELL — POA: NEPHEW IÑAKI ZUBIZARRETA, (208) 555-0193, IZUBI@OUTLOOK.COM",
    [
        ("NAME", "ZUBIZARRETA, MIREN"),
        ("AGE", "102"),
        ("MRN", "00459983"),
        ("DATE", "08/15"),
        ("GEO", "CALDWELL"),
        ("NAME", "IÑAKI ZUBIZARRETA"),
        ("PHONE", "(208) 555-0193"),
        ("EMAIL", "IZUBI@OUTLOOK.COM"),
    ],
    note="ALL CAPS admission line: name, age over 89, MRN, admission date, home town, nephew's name, phone, e-mail",
)

# 240
n(
    "en",
    "statistic",
    "Fun fact from our 2024 birth records: the most popular baby names at Gem Basin were Oaklee, Brynlee, Sofía, Kaysen, Mateo and Ryker. 👶 Did your family make the list?",
    "popular names as a statistic: no individual",
)


if __name__ == "__main__":
    S.main("phi_dev85_source")
