"""Blind development set d24 for the PHI scanner: tests/data/phi_dev24.jsonl.

Organisation: Twin Rivers Community Hospital (phi_dev24_org.json), a fictional community hospital in
Minneapolis-Saint Paul: main campus at 1800 Confluence Parkway, clinics in Cedar-Riverside, Frogtown
(St. Paul) and Brooklyn Park. Its phone numbers, addresses, domains and handles are never PHI.
Focus: Somali, Hmong, Oromo, Karen and Liberian patients and staff (names from those languages, names
that are ordinary English words such as Patience, Hope, Comfort, Joy, Princess, Liberty, Her, Say), kinship
words and honorifics around names (Hooyo, Aabo, Ayeeyo, Abba, Niam Tais, Ma, Pa, Pastor, Imam),
interpreters as staff, Ramadan, Eid, Hmong and Karen New Year, winter injuries (ice fishing, carbon
monoxide, frostbite, snowblowers, hockey, sledding), Lutheran church volunteers; pasted chart lines,
census/room lists, billing lines, security and IT notes.
Language mix: about 10% Spanish (Latino families in south Minneapolis and the suburbs), the rest English.
Labelling decisions taken in this set (where the rules leave room):
- Kinship words and honorifics next to a name are not part of the NAME span: Hooyo, Aabo, Ayeeyo (Somali),
  Abba (Oromo), Niam Tais (Hmong), Ma / Mama / Pa (Liberian), Grandma, Grandpa, Uncle, auntie, Pastor,
  Imam, Sheikh, Council Member, don / doña / la señora. Hmong given names that look like English words
  ("Pa Chang", "Ka", "Kou") and Karen names ("Paw Htoo", "Eh Say", "Moo Moo") are names. Inside a hashtag
  the whole token is NAME (#ForGrandpaChong), as the rules say.
- A nickname used as the patient's name is NAME ("Big Mo", "Bear", "Jimmy" in 'Uncle Jimmy', "Captain
  Kou" -> "Kou", since Captain is a title there).
- GEO covers where the patient or a relative lives or comes from (city, neighbourhood, foreign city) and
  the place where the patient was injured or found: road, highway ("I-94", "Hwy 65"), lake ("Lake Phalen",
  "Upper Red Lake", "lago Powderhorn", the generic word kept as in "calle Elm"), park ("Theodore Wirth",
  named after a person but a place here). The neighbourhoods of the hospital's own clinics
  (Cedar-Riverside, Frogtown, Brooklyn Park) are GEO only when they are the patient's home; as clinic
  names or event venues they are not labelled. States and countries (Zacatecas, Ethiopia) are not GEO.
- An age over 89 of one specific patient is labelled even when the patient is unnamed ("a centenarian from
  Frogtown"), which makes the post patient-specific. Written ages take the whole number expression
  ("Ninety-seven", "ninety-four", "One hundred", "noventa y dos", "cien"); "99 and a half" -> "99";
  "93yo" and "101ST" are single tokens. Ages of staff, volunteers, donors and historical figures never.
- Dates: "the 9th" -> "9th", "the 3rd of March" -> "3rd of March" (article left out, like "el");
  numeric forms as written ("1/1", "11.02", "2.14", "1-2", "Jan. 2nd"). A birth, injury or surgery that
  happened on a named day labels that name too (New Year's Day, New Year's Eve, Christmas Eve,
  christmas day, Eid, Valentine's Day, "leap-day"), but greetings (Eid Mubarak, Happy Hmong New Year)
  and days the text says it did NOT happen on ("two minutes shy of Christmas Day") are not labelled.
  The date stamp of a security-log line about a patient's ED visit is the visit date (DATE).
  A return-to-work or event date of a patient, a "10/10" rating and clock times are not dates.
- A bare patient number in an internal note ("pt 40088213") is MRN; an encounter number is OTHER_ID.
  Rooms, beds, holding bays and infusion chairs assigned to a patient are OTHER_ID with the keyword
  ("Rm 512", "bed 22", "bay 3", "chair 2", "hab. 421"); an empty room in a census ("401 EMPTY") is not.
- A family's social handle and a patient-portal user name are OTHER_ID; a family fundraising or
  CaringBridge address is URL.
- The licence plate of a hit-and-run driver is not the patient's identifier and is not labelled; the
  patient's own truck plate is VEHICLE.
- Public figures (council member, athlete, TV meteorologist, imam, former player) are labelled when they
  are the patient and not otherwise; staff who are themselves the patient are labelled; a staff member's
  own newborn is staff family and is not labelled; donors introduced as a patient's grandparents are
  labelled. Businesses and artists carrying a clan name (Vang's Oriental Market) are not.
- A post apologising for a removed photo is not PHOTO (no photo of the patient is attached); "Pictured:"
  on a discharge photo is PHOTO.
- Where a name is also an ordinary word or pronoun in the same post (Patience, Hope, Her, Eid as a
  greeting), only the name uses are labelled and the string is declared in ok.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev24.jsonl"), os.path.join(HERE, "phi_dev24_org.json"), "d24")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "birth_announcement",
    "Our Birth Center welcomed a New Year's Day baby! 🎉 Baby Ayub Abdirahman arrived 1/1 at 12:07 a.m., 7 lb 9 "
    "oz. Mom Nasra says he was in no hurry for the fireworks. #FirstBabyOfTheYear",
    [("DATE", "New Year's Day"), ("NAME", "Ayub Abdirahman"), ("DATE", "1/1"), ("NAME", "Nasra")],
    note="birth on a named holiday plus numeric date; baby's full name; mother's first name",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Abdirahman Yusuf, one of our 14 Somali medical interpreters. He's been walking families through consent "
    "forms, discharge instructions and tough conversations at our Cedar-Riverside clinic since 2009. 'Language is "
    "care,' he says. #InterpretersDay",
    "staff interpreter with full name; clinic neighbourhood",
)

# 3
p(
    "en",
    "patient_story",
    "When Tou Xiong's ice shack went through on Lake Phalen one Saturday in December, his nephew Kou pulled him "
    "out and drove him straight to our ED. Core temp: 88°F. Today Tou is home and says the walleye can wait till "
    "next season. 🎣❄️",
    [
        ("NAME", "Tou Xiong"),
        ("GEO", "Lake Phalen"),
        ("DATE", "December"),
        ("NAME", "Kou"),
        ("NAME", "Tou", "*"),
    ],
    note="Hmong name, lake of the injury, month of the injury, nephew's name; 88°F is a temperature",
)

# 4
n(
    "en",
    "health_tip",
    "Ice fishing season is here. 🎣 Check ice thickness before you go: 4 inches for walking, 5–7 for a snowmobile, "
    "8–12 for a car. Never fish alone, and keep a CO detector in your heated shack. #IceSafety",
    "generic ice safety tip",
)

# 5
p(
    "en",
    "thank_you",
    "Nyob zoo xyoo tshiab! Mai and Pheng Vang stopped by 4 North with egg rolls for the nurses who cared for their "
    "dad last month. Ua tsaug, Vang family! 💐",
    [("NAME", "Mai"), ("NAME", "Pheng Vang"), ("NAME", "Vang", "*")],
    note="patient's children (relatives) and family surname; Hmong New Year greeting is not a date",
)

# 6
n(
    "en",
    "event",
    "Hmong New Year at the St. Paul RiverCentre is Nov 28–29 and our Frogtown clinic team will be there with free "
    "flu shots and blood pressure checks. Look for the green tent! Nyob zoo xyoo tshiab 🎊",
    "event dates and venue",
)

# 7
p(
    "en",
    "pasted_record",
    "ED board 0340: Bed 14 - DUALE, HAMDI M - 34F - fall on ice, L wrist fx - MRN 30417726 - interp Somali req'd",
    [("OTHER_ID", "Bed 14"), ("NAME", "DUALE, HAMDI M"), ("MRN", "30417726")],
    note="pasted ED board line; age 34 is not labelled",
)

# 8
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our movement disorders clinic now offers visits with Hmong and Somali "
    "interpreters in the room, not just on the phone. Call (612) 555-0100 to book.",
    "eponymous condition, awareness month, hospital phone",
)

# 9
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Grandma Garmai Kollie! 🎂 She celebrated on our rehab unit with fufu, palm butter and "
    "a room full of grandkids from three states.",
    [("AGE", "100th"), ("NAME", "Garmai Kollie")],
    note="Liberian name after 'Grandma'; age 100",
)

# 10
n(
    "en",
    "statistic",
    "In Minnesota, adults over 90 are the fastest-growing age group. In 2023 our geriatric team saw 1,214 patients "
    "aged 85 and up. Aging well takes a village. 💙",
    "population ages only",
)

# 11
p(
    "es",
    "patient_story",
    "¡Gracias, equipo de Urgencias! 🙏 El pequeño Mateo Ramírez se resbaló en el hielo frente a su casa en la "
    "calle Bloomington el 12 de enero y hoy ya camina con su yeso azul. Su mamá, Lupita, nos trajo tamales. 🫔",
    [
        ("NAME", "Mateo Ramírez"),
        ("GEO", "calle Bloomington"),
        ("DATE", "12 de enero"),
        ("NAME", "Lupita"),
    ],
    note="child's name after 'El pequeño', home street, injury date, mother's name",
)

# 12
n(
    "es",
    "health_tip",
    "Consejos para el invierno ❄️: usa botas con buena suela, echa sal en las banquetas y nunca uses la estufa o el "
    "horno para calentar la casa. El monóxido de carbono no huele. Emergencias: llama al 911.",
    "generic winter tip; national emergency number",
)

# 13
p(
    "en",
    "memorial",
    "We lost a legend this week. Pastor Moses Flomo spent his last days on our palliative unit surrounded by hymns "
    "from his church choir. He was 93 and never missed a chance to pray with the night nurses. Rest well, Pa "
    "Moses. 🕊️",
    [("NAME", "Moses Flomo"), ("AGE", "93"), ("NAME", "Moses", "*")],
    note="patient memorial; 'Pastor' and Liberian 'Pa' are honorifics; age 93",
)

# 14
n(
    "en",
    "memorial",
    "Our hearts are heavy. Lorraine Bjornson, RN, a nurse on 5 West for 38 years, passed away Jan 9 at age 91. "
    "Lorraine trained half our floor. Services are Saturday at Mount Olivet Lutheran.",
    "memorial for a staff nurse: her age and death date are not patient data",
)

# 15
p(
    "en",
    "discharge",
    "Going home! 🏠 After a snowblower took two of his fingers on Dec 27, Bryce is heading back to Coon Rapids "
    "with a new appreciation for the OFF switch. Thanks to our hand surgery team! #SnowblowerSafety",
    [("DATE", "Dec 27"), ("NAME", "Bryce"), ("GEO", "Coon Rapids")],
    note="injury date, first name, home city; campaign hashtag",
)

# 16
n(
    "en",
    "health_tip",
    "Snowblower jammed? Turn it OFF and use a clearing tool, never your hand. Every winter our ED treats dozens of "
    "hand injuries from this one mistake. #SnowblowerSafety #TwinRiversHealth",
    "generic tip, campaign and hospital hashtags",
)

# 17
p(
    "en",
    "thank_you",
    "Patience is a virtue, and Patience Gbessay has plenty of it. 😄 Eleven weeks of wound care after her "
    "frostbite and she still brought the whole clinic a cake on her last visit. We'll miss you, Patience!",
    [("NAME", "Patience Gbessay"), ("NAME", "Patience", 3)],
    note="name that is an ordinary word: the first 'Patience' is the word",
    ok=("Patience",),
)

# 18
n(
    "en",
    "recruitment",
    "We're hiring Karen, Hmong, Somali and Oromo medical interpreters! Full-time, benefits day one, tuition help "
    "for certification. Apply at twinrivershealth.org/careers or call (612) 555-0114.",
    "'Karen' is a language here; hospital domain and phone",
)

# 19
p(
    "en",
    "public_figure",
    "Council Member Hamza Osman asked us to share: he's recovering well after surgery for the hip he broke on an "
    "icy sidewalk Jan 3 and thanks the 4 North team 'for the best hospital tea in the state.' 🫖",
    [("NAME", "Hamza Osman"), ("DATE", "Jan 3")],
    note="public figure who is the patient; title excluded; injury date",
)

# 20
n(
    "en",
    "public_figure",
    "Thank you, Mayor Ruth Engstrom, for touring our Cedar-Riverside clinic today and meeting our community health "
    "workers. 🙌 Great conversation about housing and asthma.",
    "public figure visiting, not a patient",
)

# 21
p(
    "en",
    "pasted_record",
    "oops wrong window 🙈 — 5W rounds: Rm 512 YANG, CHONG (POD2) / Rm 514 LOR, TENG / Rm 518-B HER, NOU — ok to "
    "d/c rm 514 after PT",
    [
        ("OTHER_ID", "Rm 512"),
        ("NAME", "YANG, CHONG"),
        ("OTHER_ID", "Rm 514"),
        ("NAME", "LOR, TENG"),
        ("OTHER_ID", "Rm 518-B"),
        ("NAME", "HER, NOU"),
        ("OTHER_ID", "rm 514"),
    ],
    note="pasted rounds list: rooms with keyword and ALL-CAPS Hmong names ('HER' is a clan name)",
)

# 22
n(
    "en",
    "anonymous_story",
    "A patient in his 70s came into our Frogtown clinic last week just to say thank you — three years after his "
    "heart attack, he walked here from home. Stories like his are why we do this work. ❤️",
    "anonymous patient, age under 90, clinic location",
)

# 23
p(
    "en",
    "birth_announcement",
    "Ta blut! 🎉 Paw Htoo and her husband Eh Say welcomed twins on Feb 14 — a Valentine's Day double. Baby Hser "
    "Nay Paw and baby Ler Moo are doing great in our special care nursery. 💕",
    [
        ("NAME", "Paw Htoo"),
        ("NAME", "Eh Say"),
        ("DATE", "Feb 14"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Hser Nay Paw"),
        ("NAME", "Ler Moo"),
    ],
    note="Karen names of parents and twins; birth date written twice",
)

# 24
n(
    "en",
    "event",
    "Join us at the Karen New Year celebration in Roseville on Jan 11! Our Karen-speaking nurses will be doing "
    "free diabetes screenings from 10–2. 🥁",
    "community event date and city",
)

# 25
p(
    "en",
    "milestone_birthday",
    'Ninety-seven candles (well, battery ones — hospital rules 😉) for Margaret "Peg" Lindahl on 3 East today. '
    "Peg was a Minneapolis Lakers fan before they left for LA and she'll tell you all about it.",
    [("AGE", "Ninety-seven"), ("NAME", 'Margaret "Peg" Lindahl'), ("NAME", "Peg", "*")],
    note="age in words; name with quoted nickname; team name is not GEO",
)

# 26
n(
    "en",
    "staff_spotlight",
    "Our longest-serving volunteer, Arlene Thorsgaard, turned 92 this month and still runs the gift-shop register "
    "every Tuesday. She's been with us since 1979 through Bethany Lutheran's volunteer ministry. 🧶 "
    "#VolunteerSpotlight",
    "volunteer's name and age over 89 are not patient data",
)

# 27
p(
    "en",
    "patient_story",
    "Number 19 is BACK! 🏒 Jack Sundberg took a puck to the face in the Section 5AA final on Feb 20. Four plates "
    "and one very patient mom later, he's cleared to skate. Go Tigers! #JackStrong",
    [("NAME", "Jack Sundberg"), ("DATE", "Feb 20"), ("NAME", "#JackStrong")],
    note="hockey injury date; name hashtag",
)

# 28
n(
    "en",
    "health_tip",
    "Hockey parents: a concussion doesn't need a blackout. Headache, fogginess, light sensitivity = off the ice "
    "until cleared. Our sports medicine clinic sees youth players same-week: (763) 555-0188.",
    "generic tip with hospital clinic phone",
)

# 29
p(
    "en",
    "thank_you",
    "Galatoomaa! Chaltu Gemechu wrote to thank Dr. Lindqvist and the 6 South nurses who cared for her father, "
    "Obsa, after his stroke in October. 'You spoke to him in Afaan Oromo and he smiled for the first time in "
    "days.' 💚",
    [("NAME", "Chaltu Gemechu"), ("NAME", "Obsa"), ("DATE", "October")],
    note="daughter (relative) and patient Oromo names; month of the stroke; doctor not labelled",
)

# 30
n(
    "en",
    "research",
    "New study from our Cedar-Riverside clinic: Somali-speaking patients with type 2 diabetes who had visits with "
    "a bilingual health worker lowered their A1C by 0.8 points over a year. Published this week in the Journal of "
    "Immigrant Health. 📊",
    "research result, population",
)

# 31
p(
    "en",
    "discharge",
    "after 3 weeks on our burn unit, lensa is going home to her little brothers 🥹 the space heater fire in their "
    "apartment was so scary. we're so proud of you lensa!!",
    [("NAME", "lensa", "*")],
    note="lower-case Oromo first name",
)

# 32
n(
    "en",
    "crisis_update",
    "UPDATE 7:45 a.m.: Due to the ice storm, our Brooklyn Park clinic will open at 10 a.m. today. The main "
    "hospital at 1800 Confluence Parkway and the ED are open as usual. Please don't drive unless you have to. ❄️",
    "weather closure; hospital address",
)

# 33
p(
    "en",
    "patient_story",
    "Our own Ayaan Farah — yes, the interpreter who has helped hundreds of families in our ED — was on the other "
    "side of the bed this month after a car slid into hers on Cedar Ave. She's home now and says being the patient "
    "taught her a lot. Come back soon, Ayaan! 💛",
    [("NAME", "Ayaan Farah"), ("GEO", "Cedar Ave"), ("NAME", "Ayaan", "*")],
    note="staff member who is herself the patient; street of the crash",
)

# 34
n(
    "en",
    "staff_spotlight",
    "Shoutout to Joy Vang, RN, our NICU charge nurse, who just finished her master's while working nights. Joy, "
    "you live up to your name. 🎓 #NursesWeek",
    "staff nurse named Joy",
)

# 35
p(
    "en",
    "thank_you",
    "When Joy Thao came to us in labor during the blizzard, our team delivered her son in the ambulance bay. Joy "
    "and baby Kong are home and thriving. 💙 Thank you for the lovely card, Thao family!",
    [("NAME", "Joy Thao"), ("NAME", "Joy", "*"), ("NAME", "Kong"), ("NAME", "Thao", "*")],
    note="mother and newborn; name that is an ordinary word; family surname",
)

# 36
n(
    "en",
    "event",
    "Ramadan Mubarak 🌙 During Ramadan our Cedar-Riverside clinic will offer evening hours (after iftar) Mon–Thu, "
    "8–10 p.m., for diabetes and medication check-ins. Call (612) 555-0142.",
    "holiday clinic hours; hospital phone",
)

# 37
p(
    "en",
    "birth_announcement",
    "Eid Mubarak from our Birth Center! 🌙 Baby Sumaya arrived at 6:12 on Eid morning — our night team's "
    "first-ever holiday baby. Congrats to Hooyo Ifrah and the whole family!",
    [("NAME", "Sumaya"), ("DATE", "Eid", 2), ("NAME", "Ifrah")],
    note="born on Eid (the greeting 'Eid Mubarak' is not a date); 'Hooyo' means mother",
    ok=("Eid",),
)

# 38
n(
    "en",
    "hospital_contact",
    "Need a Somali, Hmong, Oromo, Karen or Liberian English interpreter for your appointment? Just ask when you "
    "book, or call our interpreter line at (612) 555-0123. It's free. 🗣️",
    "hospital interpreter line",
)

# 39
p(
    "en",
    "pasted_record",
    "[DRAFT - do not post] Fin counseling f/u: acct 7731-00482, guarantor Fatu Kamara (mother), pt Musu Kamara DOB "
    "09/22/2016, MA ID 41177203, call mom 612-555-0139 re: payment plan",
    [
        ("ACCOUNT", "7731-00482"),
        ("NAME", "Fatu Kamara"),
        ("NAME", "Musu Kamara"),
        ("DATE", "09/22/2016"),
        ("HEALTH_PLAN", "41177203"),
        ("PHONE", "612-555-0139"),
    ],
    note="pasted billing note: account, guarantor (mother), patient, DOB, Medical Assistance ID, family phone",
)

# 40
n(
    "en",
    "sponsor",
    "Huge thanks to Nordvik Lutheran Church and the Hennepin Ice Hockey Association for donating 300 hand-knit "
    "hats and scarves to our Brooklyn Park clinic. 🧣 Warm heads, warm hearts!",
    "sponsors; county name in an association name",
)

# 41
p(
    "en",
    "patient_story",
    "Our oldest flu shot patient this season? A centenarian from Frogtown who walked in on her own and told the "
    "nurse 'Don't make a fuss.' 💪 (Shared with her permission.)",
    [("AGE", "centenarian"), ("GEO", "Frogtown")],
    note="unnamed but specific patient: age over 89 in a word and her neighbourhood",
)

# 42
n(
    "en",
    "eponymous_condition",
    "Raynaud's isn't just 'cold hands.' If your fingers turn white or blue in the cold and then throb as they warm "
    "up, talk to your provider. Layer up, mittens over gloves! 🧤",
    "eponymous condition",
)

# 43
p(
    "en",
    "milestone_birthday",
    "happy birthday to our fave patient on 3 East, mr. ole haugen, who turned 102 yesterday!!! 🎈 he says the "
    "secret is lutefisk and never moving to florida",
    [("NAME", "ole haugen"), ("AGE", "102")],
    note="lower-case name after 'mr.'; age 102",
)

# 44
n(
    "en",
    "statistic",
    "Last winter our ED treated 418 slip-and-fall injuries, 61 cases of frostbite and 23 carbon monoxide "
    "exposures. Half of the frostbite patients were over 50. Check on your neighbors when it's below zero. 🥶",
    "aggregate statistics",
)

# 45
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Valentina! 💕 Nació el 14 de febrero a las 3:20 a. m. en nuestro Centro de Partos. "
    "Felicidades a sus papás, Rocío y Andrés, de Richfield. 🎀",
    [
        ("NAME", "Valentina"),
        ("DATE", "14 de febrero"),
        ("NAME", "Rocío"),
        ("NAME", "Andrés"),
        ("GEO", "Richfield"),
    ],
    note="baby, birth date, parents, family city",
)

# 46
n(
    "es",
    "event",
    "📅 Feria de salud gratuita el sábado 8 de marzo, Día Internacional de la Mujer, en la Iglesia Luterana de la "
    "Trinidad (Lake Street). Mamografías, presión arterial y vacunas. ¡Traiga a su mamá!",
    "event date and venue",
)

# 47
p(
    "en",
    "patient_story",
    "The Yang family of Maplewood is alive today because 9-year-old Txhiaj noticed everyone was dizzy and called "
    "911. A cracked furnace filled their home with carbon monoxide on Jan 18. All six were treated in our "
    "hyperbaric chamber. Txhiaj, you're a hero! 🦸",
    [("NAME", "Yang"), ("GEO", "Maplewood"), ("NAME", "Txhiaj", "*"), ("DATE", "Jan 18")],
    note="family surname, city, child's name, exposure date; 911 is a national line",
)

# 48
n(
    "en",
    "health_tip",
    "Carbon monoxide has no smell. ❗ Test your CO alarm this weekend, get your furnace checked, and never run a "
    "generator, grill or car in a garage. Symptoms: headache, dizziness, nausea. Get outside and call 911.",
    "generic tip",
)

# 49
p(
    "en",
    "pasted_record",
    "Pt: Nimco A. Jama | DOB 3/4/1958 | Adm 01/29 | Rm 3E-318 | Dx: hypothermia, EtOH | NOK: brother Abdullahi "
    "651-555-0172",
    [
        ("NAME", "Nimco A. Jama"),
        ("DATE", "3/4/1958"),
        ("DATE", "01/29"),
        ("OTHER_ID", "Rm 3E-318"),
        ("NAME", "Abdullahi"),
        ("PHONE", "651-555-0172"),
    ],
    note="pasted chart header: name, DOB, admission, room, next of kin and phone",
)

# 50
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Hawa Kromah, our new family medicine physician at Brooklyn Park! Dr. Kromah grew up in Monrovia, "
    "trained at Hennepin, and speaks English, Liberian English and Kpelle. Now accepting new patients. 🩺",
    "new doctor; her home city is staff data",
)

# 51
p(
    "en",
    "memorial",
    "Rest in power, Mama Korto. 🕊️ Korto Sayeh was 96 and had lived through two civil wars before finding home in "
    "Brooklyn Park. She passed peacefully on our unit on March 2 with her daughters singing. We were honored to "
    "care for her.",
    [
        ("NAME", "Korto Sayeh"),
        ("NAME", "Korto", "*"),
        ("AGE", "96"),
        ("GEO", "Brooklyn Park"),
        ("DATE", "March 2"),
    ],
    note="patient memorial: name, age, home city (also a clinic town, here her home), death date",
)

# 52
n(
    "en",
    "memorial",
    "Today we remember Dr. Ruth Ahlquist, who founded our first free clinic for refugee families in 1978 and for "
    "whom our Ahlquist Pavilion is named. She would have turned 100 this week. 🌷",
    "historical founder; building named after her",
)

# 53
p(
    "en",
    "discharge",
    "'Big Mo' is going home! 🏈 After 19 days with us for frostbite on both feet, Mohamed says he's trading his "
    "sneakers for real winter boots. Thank you to our wound care and podiatry teams. #BigMoStrong",
    [("NAME", "Big Mo"), ("NAME", "Mohamed"), ("NAME", "#BigMoStrong")],
    note="quoted nickname, first name, nickname hashtag",
)

# 54
n(
    "en",
    "campaign_hashtag",
    "Every mitten counts! 🧤 Share a photo of your warmest winter gear with #WarmTwinCities and we'll donate a "
    "pair of mittens to a family at our Frogtown clinic for each post through Jan 31.",
    "campaign hashtag and end date",
)

# 55
p(
    "en",
    "thank_you",
    "Replying to @hodanfamily_mpls: Thank you so much for your kind words, Hodan! We're so glad Abdiwali is "
    "feeling stronger. Please give him a high-five from the whole PICU crew. 🙌",
    [("OTHER_ID", "@hodanfamily_mpls"), ("NAME", "Hodan"), ("NAME", "Abdiwali")],
    note="reply to a family's handle; parent and child names",
)

# 56
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Our billing team speaks Somali, Hmong and Spanish. Call (612) 555-0196 Mon–Fri 8–5 "
    "or message us at billing@twinrivershealth.org. Please don't post account numbers here. 🔒",
    "hospital phone and e-mail",
)

# 57
p(
    "en",
    "patient_story",
    "Three snowmobilers went through the ice on Mille Lacs Jan 6. One of them, 17-year-old Gavin, was flown to us "
    "with severe hypothermia. Today he's walking the halls and asking for pizza. 🍕 His mom Tracy asked us to "
    "share: please respect the ice.",
    [("GEO", "Mille Lacs"), ("DATE", "Jan 6"), ("NAME", "Gavin"), ("NAME", "Tracy")],
    note="lake of the accident, date, patient and mother first names; age 17 not labelled",
)

# 58
p(
    "en",
    "pasted_record",
    "@TwinRiversHealth pls check pt 40088213 allergy list before tomorrow's OR, family says PCN not sulfa",
    [("MRN", "40088213")],
    note="bare patient number in an internal message is an MRN; hospital handle not labelled",
)

# 59
n(
    "en",
    "event",
    "Save the date! 🗓️ Our annual Polar Plunge for the Twin Rivers Foundation is Saturday, Feb 22 at Lake Nokomis. "
    "Last year 212 plungers raised $48,000 for our NICU. Register: twinrivershealth.org/plunge",
    "event date and venue lake",
)
# 60
p(
    "en",
    "milestone_birthday",
    "Our favorite nonagenarian, Ruth Ann, celebrated with a Jell-O salad party on 4 North today. 🎂 Her grandson "
    "Tyler flew in from Denver. #HappyBirthdayRuthAnn",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Ruth Ann"),
        ("NAME", "Tyler"),
        ("GEO", "Denver"),
        ("NAME", "#HappyBirthdayRuthAnn"),
    ],
    note="age word, patient name, grandson's name and city, name hashtag",
)

# 61
n(
    "en",
    "eponymous_condition",
    "Living with Crohn's disease? Join our IBD support group, first Thursday of the month at the Frogtown clinic, "
    "640 University Ave W. Dinner provided, Hmong interpreter available. 💜",
    "eponymous condition; hospital clinic address",
)

# 62
p(
    "en",
    "patient_story",
    "Ka's grandma has been in our ICU for two weeks, and every single day Ka brings a new drawing for the window. "
    "Today's was a snowman in a hospital gown. ☃️ We asked permission to share — thank you, Ka!",
    [("NAME", "Ka", "*")],
    note="only identifier is the patient's grandchild's (relative's) short Hmong name",
)

# 63
n(
    "en",
    "recruitment",
    "Calling all retirees! 👵👴 Our volunteer program welcomes folks of every age — our newest volunteer, Harold, "
    "is 90 and drives in from Edina twice a week. Training starts March 4. Sign up: twinrivershealth.org/volunteer",
    "volunteer's age and city; training date",
)

# 64
p(
    "es",
    "thank_you",
    "Doña Chuy nos mandó este mensaje después de su operación de cadera: 'Gracias a las enfermeras del 4 Norte por "
    "tratarme como a su abuelita.' 💐 ¡Nos alegra que ya esté en casa en West St. Paul, doña Chuy!",
    [("NAME", "Chuy", "*"), ("GEO", "West St. Paul")],
    note="nickname after 'doña'; home city",
)

# 65
n(
    "es",
    "staff_spotlight",
    "Conozcan a Marisol Herrera, nuestra intérprete médica de español desde hace 15 años. Marisol también enseña "
    "clases de parto para familias latinas los jueves. ¡Gracias, Marisol! 🌻",
    "staff interpreter",
)

# 66
p(
    "en",
    "birth_announcement",
    "It's a girl! 🎀 Hawi Tolesa and Kedir Abdella welcomed Ayantu on 11.02 at 4:41 a.m., weighing 3.4 kg. Big "
    "sister Bontu is already planning the playdates.",
    [
        ("NAME", "Hawi Tolesa"),
        ("NAME", "Kedir Abdella"),
        ("NAME", "Ayantu"),
        ("DATE", "11.02"),
        ("NAME", "Bontu"),
    ],
    note="Oromo names of parents, baby and sister; dotted birth date",
)

# 67
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit this week — now a first grader who wants to be a 'baby doctor.' 🩺 "
    "We won't share names, but you know who you are, and we're so proud.",
    "anonymous former patient",
)

# 68
p(
    "en",
    "discharge",
    "Sharing with permission from Dawit's family 💙: \"WE DID IT!!! DAWIT IS GOING HOME AFTER 62 DAYS!!! THANK YOU "
    '5 WEST FOR EVERYTHING!!!" #DAWITSTRONG',
    [("NAME", "Dawit"), ("NAME", "DAWIT"), ("NAME", "#DAWITSTRONG")],
    note="name in normal case, ALL CAPS and in an ALL-CAPS hashtag",
)

# 69
n(
    "en",
    "crisis_update",
    "We're aware of a power outage affecting parts of Cedar-Riverside. Our clinic at 515 Cedar Ave S is on "
    "generator power and open. Patients with oxygen at home who lose power can come to the main ED. ⚡",
    "outage notice; hospital clinic address",
)

# 70
p(
    "en",
    "public_figure",
    "Get well soon to Minnesota Frost defender Kelsey Brandvold, who was treated in our ED Sunday after a "
    "collision at the boards. She's been released and thanks fans for the messages. 💜 (Shared with her "
    "permission.)",
    [("NAME", "Kelsey Brandvold")],
    note="athlete who is the patient; weekday not labelled",
)

# 71
n(
    "en",
    "public_figure",
    "Fun fact: Snelling Avenue is named after Col. Josiah Snelling, commander of Fort Snelling in the 1820s. Our "
    "Frogtown clinic is just a few blocks away — free parking in the back lot. 🅿️",
    "historical figure; street and fort named after him",
)

# 72
p(
    "en",
    "patient_story",
    "Pa Chang has been coming to our diabetes clinic for 11 years. This month her A1C hit 6.4 for the first time "
    "ever, and she celebrated with her daughter, Nou, by walking around the block. 🎉 Keep going, Pa!",
    [("NAME", "Pa Chang"), ("NAME", "Nou"), ("NAME", "Pa", "*")],
    note="Hmong female given name 'Pa'; daughter's name",
)

# 73
n(
    "en",
    "health_tip",
    "Fasting for Ramadan with diabetes? Talk to your care team 4–6 weeks before. We can adjust medication timing "
    "so you can fast safely. Our Somali-speaking diabetes educators are ready to help. 🌙",
    "generic tip",
)

# 74
p(
    "en",
    "pasted_record",
    "FYI from front desk — Xiong family asking for Grandpa Cher's discharge paperwork by email: "
    "cxiong.family@gmail.com, he was d/c'd 2/3 from 4N",
    [("NAME", "Xiong"), ("NAME", "Cher"), ("EMAIL", "cxiong.family@gmail.com"), ("DATE", "2/3")],
    note="family surname, patient name after 'Grandpa', family e-mail, discharge date",
)

# 75
n(
    "en",
    "sponsor",
    "Thank you to Vang's Oriental Market and the Hmong American Farmers Association for donating fresh produce for "
    "our Frogtown clinic's Food Farmacy program! 🥬🥕",
    "sponsor business carrying a clan name",
)

# 76
p(
    "en",
    "thank_you",
    "\"My dad Abdiqani was in room 617 for a month and every nurse learned to say 'subax wanaagsan' to him. He "
    'noticed." — from Sagal, posted with permission. This is why we do this. 💙',
    [("NAME", "Abdiqani"), ("OTHER_ID", "room 617"), ("NAME", "Sagal")],
    note="quoted comment: patient, room, daughter",
)

# 77
n(
    "en",
    "staff_spotlight",
    "Interpreter spotlight 🗣️ Hsa Eh Moo came to Minnesota from the Mae La camp in 2008 and now interprets Sgaw "
    "Karen and Burmese for our Frogtown and St. Paul teams. On weekends she coaches a youth caneball team. Thank "
    "you, Hsa Eh!",
    "staff interpreter with Karen name",
)

# 78
p(
    "en",
    "patient_story",
    "Hit-and-run on Lake Street Jan 12 — if you saw a silver Camry, plate DKW 447, near Chicago Ave around 9 p.m., "
    "please call Minneapolis police. The man it struck, Jorge, is still in our ICU. His family thanks you.",
    [("GEO", "Lake Street"), ("DATE", "Jan 12"), ("GEO", "Chicago Ave"), ("NAME", "Jorge")],
    note="streets and date of the patient's crash; the suspect car's plate is not the patient's",
)

# 79
n(
    "en",
    "health_tip",
    "Shoveling is a workout. 💪❄️ If you have heart disease or are over 65, take breaks, push don't lift, and stop "
    "if you feel chest pain. Call 911, not a ride. Our cardiologists thank you.",
    "generic tip",
)

# 80
p(
    "en",
    "discharge",
    "Pictured: Fartun and her twin boys, heading home from room 1204 today after a rough start. 🍼 Fartun, thank "
    "you for trusting us with your babies!",
    [("PHOTO", "Pictured"), ("NAME", "Fartun", "*"), ("OTHER_ID", "room 1204")],
    note="photo cue, mother's name, room",
)

# 81
n(
    "en",
    "event",
    "Puck drop! 🏒 Our nurses vs. the Minneapolis Fire Department charity game is Sunday, March 9 at Parade Ice "
    "Garden. All proceeds support our Karen and Hmong community health worker programs. Tickets $10.",
    "event date and venue",
)

# 82
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY, MRS. LUELLA PEDERSEN!!! 🎂🎈 Born in a sod house near Fergus Falls, she's outlived "
    "three cardiologists (her words). The 3 East crew loves you!",
    [("AGE", "101ST"), ("NAME", "LUELLA PEDERSEN"), ("GEO", "Fergus Falls")],
    note="ALL CAPS age and name; birthplace town",
)

# 83
n(
    "en",
    "eponymous_condition",
    "Graves' disease and Hashimoto's are both autoimmune thyroid conditions — and both are more common in women. "
    "Our endocrinology team explains the difference in this week's video. 🦋 #ThyroidAwarenessMonth",
    "eponymous conditions",
)

# 84
p(
    "en",
    "patient_story",
    "Comfort and Blessing Tarr have been through a lot this winter. After a kitchen fire on Jan 23, both sisters "
    "spent weeks in our burn unit. Today Comfort started school again and Blessing gets her last dressing change "
    "Friday. 💛",
    [
        ("NAME", "Comfort", "*"),
        ("NAME", "Blessing Tarr"),
        ("NAME", "Blessing", "*"),
        ("DATE", "Jan 23"),
    ],
    note="Liberian names that are ordinary words; injury date",
)

# 85
n(
    "en",
    "thank_you",
    "What a blessing our Environmental Services team is. 💙 Through every snow day this season, Abdi, Mee, Tomás "
    "and Gloria have kept our floors dry and our patients safe. Thank you!",
    "staff first names",
)

# 86
p(
    "en",
    "pasted_record",
    "Supply note: pacer serial PZ-44817-MN for pt HAGOS, SELAM in Cath Lab holding bay 3, implant date 02/11 — rep "
    "to confirm",
    [("DEVICE", "PZ-44817-MN"), ("NAME", "HAGOS, SELAM"), ("OTHER_ID", "bay 3"), ("DATE", "02/11")],
    note="device serial, patient, holding bay, implant date",
)

# 87
n(
    "en",
    "statistic",
    "By the numbers 📊 In 2024 our interpreters handled 96,412 encounters in 31 languages. Top five: Somali, "
    "Spanish, Hmong, Karen and Oromo. Average wait for an in-person interpreter: 11 minutes.",
    "aggregate statistics",
)

# 88
p(
    "en",
    "discharge",
    "Moo Moo is going home! 🥳 This sweet 4-year-old from the Frogtown neighborhood spent 10 days with us after "
    "swallowing a button battery. Please keep those batteries locked up, friends. 🔋",
    [("NAME", "Moo Moo"), ("GEO", "Frogtown")],
    note="Karen nickname; home neighbourhood (here not the clinic)",
)

# 89
n(
    "en",
    "health_tip",
    "Button batteries can burn through a child's esophagus in 2 hours. 🔋 If you think your child swallowed one, "
    "give 2 tsp of honey (over age 1) on the way to the ER and call Poison Control: 1-800-222-1222.",
    "generic tip; national Poison Control line",
)

# 90
p(
    "en",
    "sponsor",
    "Thank you to Gloria and Dale Engebretson, whose gift in memory of their grandson Caleb is funding our new "
    "pediatric sledding-injury prevention program. Caleb was treated here after a sledding accident on Jan 30, "
    "2019. 💙",
    [
        ("NAME", "Gloria"),
        ("NAME", "Dale Engebretson"),
        ("NAME", "Caleb", "*"),
        ("DATE", "Jan 30, 2019"),
    ],
    note="donors introduced as the patient's grandparents; patient name and injury date",
)

# 91
n(
    "en",
    "sponsor",
    "A $250,000 gift from the Halvorsen Family Foundation will fund two new interpreter positions at our Brooklyn "
    "Park clinic. Thank you, Margit and Erik Halvorsen, for believing in language access! 🙏",
    "donors",
)

# 92
p(
    "en",
    "birth_announcement",
    "Happy Hmong New Year! 🎊 Npaus Lis was born at 2:30 a.m. on Nov 29 — just hours before mom Maiv and dad Tswb "
    "were supposed to dance at the New Year festival at the RiverCentre. 😄",
    [("NAME", "Npaus Lis"), ("DATE", "Nov 29"), ("NAME", "Maiv"), ("NAME", "Tswb")],
    note="Hmong baby and parents; birth date; greeting not a date",
)

# 93
n(
    "en",
    "campaign_hashtag",
    "This #HmongHeritageMonth we're celebrating the 63 Hmong nurses, doctors, interpreters and techs on our team. "
    "💜 Share your story with #TwinRiversProud.",
    "campaign hashtags",
)

# 94
p(
    "en",
    "patient_story",
    "Update from #TeamAbdirizak: he took his first steps since the crash on I-94 on New Year's Eve! 👣 Thanks for "
    "all the duas and prayers, Twin Cities. Physical therapy 3x a day, and he's not complaining (much).",
    [("NAME", "#TeamAbdirizak"), ("GEO", "I-94"), ("DATE", "New Year's Eve")],
    note="name only in a team hashtag; highway and holiday of the crash",
)

# 95
n(
    "en",
    "health_tip",
    "Winter driving kit check ✅ blanket, shovel, sand or kitty litter, phone charger, snacks, water. I-94 and "
    "I-35W are already slick this morning — slow down and leave space. 🚗❄️",
    "roads not tied to a patient",
)

# 96
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a don Aurelio Méndez, de 91 años, quien falleció el 2 de febrero en nuestra "
    "unidad de cuidados paliativos rodeado de su familia. Su hija Carmen nos pidió compartir: 'Gracias por "
    "cuidarlo como a un padre.' 🕯️",
    [("NAME", "Aurelio Méndez"), ("AGE", "91"), ("DATE", "2 de febrero"), ("NAME", "Carmen")],
    note="patient memorial: name after 'don', age, death date, daughter",
)

# 97
n(
    "es",
    "statistic",
    "Dato importante 📊: En Minnesota, 1 de cada 4 adultos mayores de 65 años sufre una caída cada año. Las caídas "
    "en el hielo son la causa principal de fracturas de cadera en invierno. ¡Camine como pingüino! 🐧",
    "population statistic",
)

# 98
p(
    "en",
    "pasted_record",
    "Registration queue - SSN mismatch: VANG, TOUA - 611-40-2873 on file vs card - pls call pt cell (651) 555-0133 "
    "before 3pm",
    [("NAME", "VANG, TOUA"), ("SSN", "611-40-2873"), ("PHONE", "(651) 555-0133")],
    note="pasted registration note",
)

# 99
n(
    "en",
    "hospital_contact",
    "📍 Our locations: Main campus, 1800 Confluence Parkway, Minneapolis · Cedar-Riverside Clinic, 515 Cedar Ave S "
    "· Frogtown Clinic, 640 University Ave W, St. Paul · Brooklyn Park Clinic, 7300 Zane Ave N. Nurse line 24/7: "
    "(612) 555-0150.",
    "hospital addresses and phone",
)

# 100
p(
    "en",
    "patient_story",
    "Gemechu was shoveling his mom's driveway in Burnsville on the 9th when he felt the chest pain. He called 911 "
    "instead of driving himself — and that decision saved his life. Today he's in cardiac rehab with us, 3 days a "
    "week. ❤️",
    [("NAME", "Gemechu"), ("GEO", "Burnsville"), ("DATE", "9th")],
    note="place and day of the heart attack ('the 9th' -> '9th')",
)

# 101
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Bev Sorensen, 68, who answered our main line at (612) 555-0100 for 41 years! ☎️ Bev "
    "estimates she's transferred 2 million calls. Enjoy the lake cabin, Bev!",
    "retiring staff; hospital phone",
)

# 102
p(
    "en",
    "thank_you",
    "Ta blut, Htoo Htoo! 🙏 Htoo Htoo sent this card after her dad's knee replacement on 1/17: 'My father could "
    "not speak English but your nurses used pictures and Google until he laughed.' We framed it for the 4 North "
    "break room.",
    [("NAME", "Htoo Htoo", "*"), ("DATE", "1/17")],
    note="patient's daughter (relative); surgery date",
)

# 103
n(
    "en",
    "research",
    "Our researchers are recruiting Hmong adults 40+ for a study on kidney disease and traditional herbal "
    "medicine. Participants receive $50 and results in Hmong. Questions? Call Dr. Pa Houa Lee at (612) 555-0100 "
    "ext. 4471.",
    "researcher's name; hospital phone",
)

# 104
p(
    "en",
    "discharge",
    "ninety-four years young and headed home 🏡 mrs. abebech tesfaye beat pneumonia and wants everyone to know the "
    "injera in our cafeteria 'needs work.' noted, abebech! 😂",
    [("AGE", "ninety-four"), ("NAME", "abebech tesfaye"), ("NAME", "abebech", "*")],
    note="lower-case age in words and name",
)

# 105
n(
    "en",
    "anonymous_story",
    "This week a patient in her 80s told our night nurse that she'd never been in a hospital since the day she was "
    "born. 😄 We made sure her first stay was a good one.",
    "anonymous patient under 90",
)

# 106
p(
    "en",
    "patient_story",
    "Looking for the family of a man brought to our ED last night from the Blue Line station at Franklin Ave. He "
    "goes by 'Uncle Jimmy' and wears a Vikings hat. If you know him, please call our social work team at (612) "
    "555-0100.",
    [("GEO", "Franklin Ave"), ("NAME", "Jimmy")],
    note="place where the patient was found; nickname ('Uncle' is a kinship title); hospital phone",
)

# 107
n(
    "en",
    "crisis_update",
    "Light rail service on the Blue Line is suspended between Franklin Ave and Cedar-Riverside this morning. If "
    "you're coming to an appointment at our Cedar-Riverside clinic, Metro Transit is running buses. 🚌",
    "transit notice; places not tied to a patient",
)

# 108
p(
    "en",
    "birth_announcement",
    "Twins on the twenty-first! 👶👶 Hamdi and her husband Liban welcomed Ilhan and Iman this morning. Hooyo and "
    "babies are doing wonderfully. Hambalyo! 🎉",
    [
        ("DATE", "twenty-first"),
        ("NAME", "Hamdi"),
        ("NAME", "Liban"),
        ("NAME", "Ilhan"),
        ("NAME", "Iman"),
    ],
    note="birth day in words; parents and twins",
)

# 109
n(
    "en",
    "public_figure",
    "Thank you, Commissioner Fatuma Adan and the Governor's Council on Refugee Health, for visiting our "
    "interpreter services team today. 🙌 Great to show off our video-interpreting carts.",
    "official visiting",
)

# 110
p(
    "en",
    "pasted_record",
    "Heads up team — patient portal user 'kpadeh_sayon77' messaged asking why Dr. Nyquist's note mentions the "
    "wrong wrist. Please route to HIM. (internal)",
    [("OTHER_ID", "kpadeh_sayon77")],
    note="portal user name",
)

# 111
n(
    "en",
    "hospital_contact",
    "Forgot your patient portal password? Go to mychart.twinrivershealth.org and click 'Forgot?' — or call (612) "
    "555-0100 and press 3. We'll never ask for your password in a DM. 🔐",
    "hospital portal domain and phone",
)

# 112
p(
    "en",
    "milestone_birthday",
    "One hundred years! 💯 Ebba Nordqvist marked the big day on Tuesday with her church choir from Mindekirken "
    "singing in Norwegian outside her window on 2 West. Gratulerer med dagen, Ebba! 🇳🇴",
    [("AGE", "One hundred"), ("NAME", "Ebba Nordqvist"), ("NAME", "Ebba", "*")],
    note="age in words; weekday not a date",
)

# 113
n(
    "en",
    "staff_spotlight",
    "Meet the Thursday Quilters from Holy Trinity Lutheran! 🧵 Led by Dorothy Swenson (88) and Marge Helgeland "
    "(93), they've sewn over 2,400 quilts for our NICU and hospice families since 1996.",
    "volunteers and their ages",
)

# 114
p(
    "en",
    "patient_story",
    "Eh Htoo Paw was ice fishing with his uncles on Upper Red Lake in Beltrami County when the heater in their "
    "fish house failed. Carbon monoxide. He came to us by air on Jan 4. Today, his uncles say he's the luckiest "
    "fisherman in Minnesota. 🐟",
    [
        ("NAME", "Eh Htoo Paw"),
        ("GEO", "Upper Red Lake"),
        ("GEO", "Beltrami County"),
        ("DATE", "Jan 4"),
    ],
    note="Karen name; lake and county of the exposure; admission date; state not GEO",
)

# 115
n(
    "en",
    "health_tip",
    "Heading to your fish house this weekend? 🎣 Bring a battery CO detector, crack a vent, and never sleep with a "
    "propane heater running. Ice houses are small; CO builds up fast.",
    "generic tip",
)

# 116
p(
    "en",
    "thank_you",
    "Comment from Liberty Dolo: 'You all took such good care of my mother Ma Yatta at Brooklyn Park clinic. God "
    "bless.' 💬 We're so glad to hear it, Liberty — please tell Ma Yatta we say hello!",
    [("NAME", "Liberty Dolo"), ("NAME", "Liberty", "*"), ("NAME", "Yatta", "*")],
    note="commenter is the patient's daughter; 'Ma' is an honorific; clinic not GEO",
)

# 117
n(
    "en",
    "campaign_hashtag",
    "Liberty, justice and health care for all. 🇺🇸 This July 4, we honor the veterans on our staff. Share a "
    "thank-you with #TwinRiversSalutes.",
    "word 'Liberty', holiday, campaign hashtag",
)

# 118
p(
    "en",
    "pasted_record",
    "ENC# 2025-0117-004431 | ABDULLE, HAWO | ADM 01/17/2025 | DC 01/21/2025 | PAYER: UCARE 88120457 | ATTN: OKONKWO",
    [
        ("OTHER_ID", "2025-0117-004431"),
        ("NAME", "ABDULLE, HAWO"),
        ("DATE", "01/17/2025"),
        ("DATE", "01/21/2025"),
        ("HEALTH_PLAN", "88120457"),
    ],
    note="encounter number, name, admission and discharge dates, plan member id; attending not labelled",
)

# 119
n(
    "en",
    "eponymous_condition",
    "Woke up with one side of your face drooping? It could be Bell's palsy — or a stroke. Don't guess. Call 911. "
    "BE FAST: Balance, Eyes, Face, Arms, Speech, Time. ⏱️",
    "eponymous condition",
)
# 120
p(
    "en",
    "discharge",
    "Little 'Bear' (aka Yeng) is going home after his RSV stay! 🧸 His auntie Kia asked us to share her email for "
    "the family's meal train: kia.yang.meals@outlook.com. We love a community that shows up. 💙",
    [("NAME", "Bear"), ("NAME", "Yeng"), ("NAME", "Kia"), ("EMAIL", "kia.yang.meals@outlook.com")],
    note="quoted nickname and name; aunt's name and e-mail",
)

# 121
n(
    "en",
    "health_tip",
    "RSV season tip 👶: wash hands before holding babies, keep sick siblings at a distance, and ask about the new "
    "RSV shot for infants and adults over 75. Call our nurse line at (612) 555-0150.",
    "generic tip; hospital phone",
)

# 122
p(
    "es",
    "patient_story",
    "Gracias a todos por sus oraciones por Santiago, el niño de 8 años que cayó por el hielo del lago Powderhorn "
    "el 28 de diciembre. Hoy salió de cuidados intensivos 🙏 Su papá, don Efraín, dice que ya pidió pizza. "
    "#FuerzaSantiago",
    [
        ("NAME", "Santiago"),
        ("GEO", "lago Powderhorn"),
        ("DATE", "28 de diciembre"),
        ("NAME", "Efraín"),
        ("NAME", "#FuerzaSantiago"),
    ],
    note="child, lake and date of the accident, father, name hashtag",
)

# 123
n(
    "es",
    "health_tip",
    "❄️ ¡Ojo con el hielo en los lagos! No camine sobre el hielo de menos de 4 pulgadas. Vigile a los niños cerca "
    "del lago Powderhorn, el lago Nokomis y el río. Emergencias: 911.",
    "lakes named in a generic tip",
)

# 124
p(
    "en",
    "public_figure",
    "Channel 7 meteorologist Dana Whitfield wanted you to hear it from her: she broke her ankle slipping on her "
    "own front steps in Eagan on 2/8 and was treated in our ED. 'I forecast the ice and still found it.' Get well, "
    "Dana! ⛸️",
    [("NAME", "Dana Whitfield"), ("GEO", "Eagan"), ("DATE", "2/8"), ("NAME", "Dana", "*")],
    note="public figure who is the patient: name, home city, injury date",
)

# 125
n(
    "en",
    "public_figure",
    "Thanks to Channel 7 meteorologist Priya Lindgren and her weather team for broadcasting live from our ED lobby "
    "for Winter Safety Week! 📺 Watch the replay for Priya's top 5 ice tips.",
    "public figure visiting, not a patient",
)

# 126
p(
    "en",
    "patient_story",
    "Day 30 in the PICU and still smiling 😊 Thank you for following #nasrastrong — Nasra's next surgery is "
    "scheduled for March 12. Send her your best dance videos; she rates them out of 10.",
    [("NAME", "#nasrastrong"), ("NAME", "Nasra"), ("DATE", "March 12")],
    note="lower-case name hashtag, name, surgery date",
)

# 127
n(
    "en",
    "staff_spotlight",
    "Nasra Ali, RN, just earned her critical care certification! 🎉 Nasra started at Twin Rivers as a CNA in 2015 "
    "and now precepts new grads in our ICU. So proud of you!",
    "staff nurse",
)

# 128
p(
    "en",
    "memorial",
    "Our NICU family is grieving with the Her family. Baby Tsua Her was born on Oct 5 and fought for nine days. "
    "Her parents, Dib Her and Maiv Yang, want every family to know that the nurses held him when they couldn't. 🕊️",
    [
        ("NAME", "Her", 1),
        ("NAME", "Tsua Her"),
        ("DATE", "Oct 5"),
        ("NAME", "Dib Her"),
        ("NAME", "Maiv Yang"),
    ],
    note="Hmong clan name 'Her' next to the pronoun 'Her' at a sentence start",
    ok=("Her",),
)

# 129
n(
    "en",
    "event",
    "Blue Christmas service 🕯️ for families who've lost a loved one this year — Thursday, Dec 19 at 7 p.m. in our "
    "chapel, led by Chaplain Anders Lund with music from Central Lutheran's choir. All faiths welcome.",
    "event date; chaplain",
)

# 130
p(
    "en",
    "patient_story",
    "Meet Mr. Sulaiman, 90, who walked 3 laps of the 4 North hallway today, one week after hip surgery. 🚶‍♂️ He "
    "says he'll be home by his birthday on April 30 — and we believe him.",
    [("NAME", "Sulaiman"), ("AGE", "90"), ("DATE", "April 30")],
    note="name after 'Mr.', age 90, birthday",
)

# 131
n(
    "en",
    "statistic",
    "Hip fractures after 90 are serious: about 1 in 4 patients over 90 will need long-term care afterward. "
    "Fall-proof your home: night lights, grab bars, no loose rugs. 🏠",
    "population ages",
)

# 132
p(
    "en",
    "discharge",
    'Junior is going HOME! 🏠 After 47 days of chemo for leukemia, Emmanuel "Junior" Kollie rang the bell on 5 '
    "West with his mom Theresa and little sister Fatu cheering. #JuniorStrong 🔔",
    [
        ("NAME", 'Emmanuel "Junior" Kollie'),
        ("NAME", "Junior", "*"),
        ("NAME", "Theresa"),
        ("NAME", "Fatu"),
        ("NAME", "#JuniorStrong"),
    ],
    note="nickname, full name with nickname, mother, sister, nickname hashtag",
)

# 133
n(
    "en",
    "research",
    "Our pediatric oncology team joined a national trial for children with acute lymphoblastic leukemia. Since "
    "2021, 18 kids from Minnesota have enrolled here. Learn more at twinrivershealth.org/research. 🎗️",
    "research news",
)

# 134
p(
    "en",
    "pasted_record",
    "Infusion chairs Thu: chair 2 - Lee, Mai Nhia 9:00 / chair 5 - Moua, Fue 10:30 / chair 7 - Vue, Xee 1:00 — "
    "Hmong interp needed all three",
    [
        ("OTHER_ID", "chair 2"),
        ("NAME", "Lee, Mai Nhia"),
        ("OTHER_ID", "chair 5"),
        ("NAME", "Moua, Fue"),
        ("OTHER_ID", "chair 7"),
        ("NAME", "Vue, Xee"),
    ],
    note="infusion schedule: chairs with keyword and names; times not labelled",
)

# 135
p(
    "en",
    "thank_you",
    "'To the night nurses on 6 South: I was scared and alone and you sang to me in Somali at 3 a.m.' — Faadumo, "
    "24, who delivered her first baby here on Dec 31. Faadumo, you were so brave. 💙",
    [("NAME", "Faadumo", "*"), ("DATE", "Dec 31")],
    note="patient name, delivery date; age 24 not labelled",
)

# 136
n(
    "en",
    "recruitment",
    "It's never too late: our newest nursing grad, Sahra Mohamud, started nursing school at 52 after 20 years as "
    "an interpreter here. 🎓 We're hiring RNs on every unit. Apply: twinrivershealth.org/careers",
    "staff",
)

# 137
p(
    "es",
    "discharge",
    "¡Se va a casa! 🎈 Después de 3 semanas en la UCI por neumonía, la señora Guadalupe Ortiz, de 95 años, regresa "
    "a su casa en Columbia Heights. Sus nietos prepararon un letrero gigante. ¡La vamos a extrañar, Lupe! 💐",
    [("NAME", "Guadalupe Ortiz"), ("AGE", "95"), ("GEO", "Columbia Heights"), ("NAME", "Lupe")],
    note="name after 'la señora', age, home city, nickname",
)

# 138
n(
    "es",
    "recruitment",
    "¿Hablas español y te interesa la salud? 💼 Buscamos intérpretes médicos y asistentes de enfermería bilingües "
    "para nuestra clínica de Cedar-Riverside. Llama al (612) 555-0114 o visita twinrivershealth.org/empleos.",
    "recruitment; hospital phone and domain",
)

# 139
p(
    "en",
    "patient_story",
    "Plot twist: our ED charge nurse Brianna Holm became an ED patient herself on Saturday after a hockey puck "
    "found her at her son's game in Blaine. 🏒 Stitches by her own coworkers. Brianna's back on shift Monday!",
    [("NAME", "Brianna Holm"), ("GEO", "Blaine"), ("NAME", "Brianna", "*")],
    note="staff member who is the patient; place of the injury",
)

# 140
n(
    "en",
    "staff_spotlight",
    "Meet Tyler Nguyen, RN, our night ED charge nurse, who also coaches squirt hockey in Blaine and has glued more "
    "chins than he can count. 🏒 Thank you for 12 years on our ED team, Tyler!",
    "staff; his city is not patient data",
)

# 141
p(
    "en",
    "birth_announcement",
    "A Christmas miracle on 6 South 🎄 Baby Noel Sackor arrived at 11:58 p.m. on Christmas Eve, two minutes shy of "
    "Christmas Day! Mom Precious says the name was never in doubt.",
    [("NAME", "Noel Sackor"), ("DATE", "Christmas Eve"), ("NAME", "Precious")],
    note="born on Christmas Eve (not Christmas Day); mother's name is a word",
)

# 142
n(
    "en",
    "event",
    "Santa (aka Dr. Gunnar Olsen) and his elves will visit every pediatric room on Christmas morning. 🎅 Families, "
    "let your nurse know if your child would prefer no visit. Happy holidays from Twin Rivers!",
    "hospital event on a holiday; staff",
)

# 143
p(
    "en",
    "patient_story",
    "Found in our ED parking ramp: a black Ford F-150, MN plate HJK 412, belonging to a patient who arrived by "
    "ambulance Jan 15. If it's your dad's truck, the keys are at security. 🔑",
    [("VEHICLE", "HJK 412"), ("DATE", "Jan 15")],
    note="patient's own licence plate and arrival date",
)

# 144
n(
    "en",
    "hospital_contact",
    "Parking reminder 🅿️: patient and visitor parking is free in Ramp B at 1800 Confluence Parkway. Lost something "
    "in the ramp? Call security at (612) 555-0100, option 5.",
    "hospital address and phone",
)

# 145
p(
    "en",
    "thank_you",
    "Thank you to the Abdella family for the beautiful buna ceremony in our lobby to celebrate Abba Kedir's "
    "recovery ☕ — and to his daughter Lalise for teaching our team how to roast coffee the Oromo way.",
    [("NAME", "Abdella"), ("NAME", "Kedir"), ("NAME", "Lalise")],
    note="family surname, patient after Oromo honorific 'Abba', daughter",
)

# 146
n(
    "en",
    "event",
    "Join us for Irreechaa community health day 🌿 this Saturday at Powderhorn Park! Free blood pressure checks "
    "with our Oromo-speaking nurses and a talk on hepatitis B. Galatoomaa!",
    "event venue",
)

# 147
p(
    "en",
    "pasted_record",
    "STAT K+ 6.8 — pt Ibrahim, Sharmarke, bed 22, MRN 00619044 — page Dr. Vo",
    [("NAME", "Ibrahim, Sharmarke"), ("OTHER_ID", "bed 22"), ("MRN", "00619044")],
    note="pasted lab alert",
)

# 148
n(
    "en",
    "eponymous_condition",
    "Caring for someone with Alzheimer's in a language the clinic doesn't speak is exhausting. Our Hmong-language "
    "dementia caregiver group meets the 2nd Tuesday of each month. Call (651) 555-0167.",
    "eponymous condition; hospital phone",
)

# 149
p(
    "en",
    "discharge",
    "Hope is contagious on 5 West today 🌈 Hope Kpadeh, who came in with a shattered pelvis after the I-694 pileup "
    "on Feb 2, walked out on her own. Keep shining, Hope!",
    [("NAME", "Hope Kpadeh"), ("GEO", "I-694"), ("DATE", "Feb 2"), ("NAME", "Hope", 3)],
    note="name that is an ordinary word (first 'Hope' is the word); highway and date of the crash",
    ok=("Hope",),
)

# 150
n(
    "en",
    "campaign_hashtag",
    "Hope lives here. 💚 Our #HopeAtTwinRivers campaign has raised $1.2M for the new Cedar-Riverside Family Health "
    "Center. Thank you to every donor, big and small!",
    "campaign hashtag",
)

# 151
n(
    "en",
    "sponsor",
    "Our Family Resource Center now displays a paj ntaub story cloth donated by artist Youa Xiong Thao, showing "
    "her family's journey from Laos to St. Paul. Come see it on the 1st floor. 🧵",
    "artist donor",
)

# 152
p(
    "en",
    "milestone_birthday",
    "Fadumo Warsame turns 101 today 🎉 and she's spending it in our Cedar-Riverside dialysis unit with cake, tea "
    "and her 14 great-grandchildren on FaceTime. Dhalasho wanaagsan, Ayeeyo!",
    [("NAME", "Fadumo Warsame"), ("AGE", "101")],
    note="age 101; 'Ayeeyo' means grandmother; clinic unit not GEO",
)

# 153
n(
    "en",
    "statistic",
    "1 in 3 Somali adults in our Cedar-Riverside clinic has high blood pressure, and many don't know it. Free BP "
    "checks every Friday after Jumu'ah at the clinic. 🩺",
    "population statistic",
)

# 154
p(
    "en",
    "pasted_record",
    "Copy/paste from DC summary: 'Mr. Lor is a 91 y/o Hmong-speaking male, born 7 July, admitted 12/28 with CAP, "
    "discharged home to St. Paul Park with son Tou Lor.'",
    [
        ("NAME", "Tou Lor"),
        ("NAME", "Lor", "*"),
        ("AGE", "91"),
        ("DATE", "7 July"),
        ("DATE", "12/28"),
        ("GEO", "St. Paul Park"),
    ],
    note="discharge summary: surname, age, birthday, admission date, home city, son",
)

# 155
n(
    "en",
    "health_tip",
    "Adults 65+ and anyone with diabetes, asthma or heart disease: ask about the pneumonia vaccine at your next "
    "visit. One shot, years of protection. 💉 Walk-ins welcome at all three clinics.",
    "generic tip",
)

# 156
p(
    "en",
    "thank_you",
    '"thank u twin rivers for saving my husband ahmed after his heart attack on christmas day, the whole 6th '
    "floor was angels\" 💙 We're so grateful you shared this, and we hope ahmed is resting at home!",
    [("NAME", "ahmed", "*"), ("DATE", "christmas day")],
    note="lower-case name and holiday of the heart attack",
)

# 157
n(
    "en",
    "thank_you",
    "Mange takk to the ladies of Augustana Lutheran for 600 lefse rounds for our patients' holiday trays 🥔 — and "
    "to Pastor Ingrid Dahl for blessing the kitchen. Uff da, that's a lot of lefse!",
    "church volunteers and pastor",
)

# 158
p(
    "en",
    "patient_story",
    "#PrayForTeng 🙏 Teng Moua, 16, was hit by a car while waiting for the school bus on Rice Street Friday "
    "morning. He's in our trauma ICU. His family asks for privacy but appreciates the love.",
    [("NAME", "#PrayForTeng"), ("NAME", "Teng Moua"), ("GEO", "Rice Street")],
    note="name hashtag, name, street of the crash",
)

# 159
n(
    "en",
    "campaign_hashtag",
    "#SafeRoutesToSchool starts with drivers 🚸 Slow down near bus stops on snowy mornings. Our trauma team sees "
    "too many pedestrian injuries every winter. Share to remind a neighbor.",
    "campaign hashtag",
)

# 160
p(
    "es",
    "pasted_record",
    "NOTA INTERNA (no publicar): Paciente HERNÁNDEZ LÓPEZ, ROSA ELENA, hab. 421, ingreso 03/02, número de "
    "expediente 55827310, hija Maribel tel. 612-555-0158",
    [
        ("NAME", "HERNÁNDEZ LÓPEZ, ROSA ELENA"),
        ("OTHER_ID", "hab. 421"),
        ("DATE", "03/02"),
        ("MRN", "55827310"),
        ("NAME", "Maribel"),
        ("PHONE", "612-555-0158"),
    ],
    note="pasted internal note: name, room, admission, record number, daughter and phone",
)

# 161
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Es gratis. 🗣️ Pídalo al hacer su cita o llame a nuestra línea de intérpretes: (612) "
    "555-0123. También puede escribirnos a interpretes@twinrivershealth.org.",
    "hospital phone and e-mail",
)

# 162
p(
    "en",
    "patient_story",
    "Princess turned 6 on Valentine's Day — in our PICU, wearing a tiara over her IV. 👑 Her mom, Sayon, says "
    "she's already planning a 'real party' in Brooklyn Center when she's home.",
    [
        ("NAME", "Princess"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Sayon"),
        ("GEO", "Brooklyn Center"),
    ],
    note="name that is a word; birthday on a named day; mother; home city",
)

# 163
n(
    "en",
    "staff_spotlight",
    "Meet Princess Toe, our Liberian-born lab tech who has drawn blood from half of Brooklyn Park — gently. 💉 "
    "Princess came to us in 2012 and now trains our new phlebotomists.",
    "staff named Princess",
)

# 164
p(
    "en",
    "memorial",
    "Rest peacefully, Niam Tais Yer Xiong. 🕊️ At 97, she was the oldest patient ever to receive a pacemaker at Twin "
    "Rivers (in 2019, at 92!). Her family sang kwv txhiaj at her bedside.",
    [("NAME", "Yer Xiong"), ("AGE", "97"), ("AGE", "92")],
    note="'Niam Tais' is a kinship title; two ages over 89",
)

# 165
n(
    "en",
    "memorial",
    "We join the Hmong community in mourning Txiv Plig Chue Lee, clan leader and longtime member of our community "
    "advisory board, who died this week in Fresno at 84. His advice shaped our Frogtown clinic.",
    "community leader, not a patient",
)

# 166
p(
    "en",
    "discharge",
    "Born Jan. 2nd at just 1 lb 11 oz, baby Abdirahim went home from our NICU yesterday weighing 5 lbs! 💪 His big "
    "brother Yusuf drew him a superhero cape.",
    [("DATE", "Jan. 2nd"), ("NAME", "Abdirahim"), ("NAME", "Yusuf")],
    note="birth date, baby and brother",
)

# 167
n(
    "en",
    "statistic",
    "Every year about 380,000 babies in the U.S. are born premature. Our NICU cared for 412 babies in 2024, "
    "including 38 born before 28 weeks. 💜 #PrematurityAwareness",
    "aggregate statistics",
)

# 168
p(
    "en",
    "public_figure",
    "Imam Sheikh Abdullahi Roble asked us to thank his community for their prayers while he recovered from heart "
    "surgery here in January. He hopes to lead Friday prayers again soon, inshallah. 🤲",
    [("NAME", "Abdullahi Roble"), ("DATE", "January")],
    note="religious leader who is the patient; titles excluded; month of surgery",
)

# 169
n(
    "en",
    "public_figure",
    "For Somali Week 📚 our Cedar-Riverside clinic lobby features poems by Hadraawi, the celebrated Somali poet, "
    "translated into English by local students. Stop by and read while you wait.",
    "historical public figure",
)

# 170
p(
    "en",
    "pasted_record",
    "Records release — send to fax (763) 555-0127, Attn: Blama Kollie (son), for pt KOLLIE, JARTU, DOB 11/30/1949. "
    "Do not post!",
    [
        ("FAX", "(763) 555-0127"),
        ("NAME", "Blama Kollie"),
        ("NAME", "KOLLIE, JARTU"),
        ("DATE", "11/30/1949"),
    ],
    note="son's fax and name, patient, DOB",
)

# 171
n(
    "en",
    "hospital_contact",
    "Need your records sent to another clinic? Fax requests to (612) 555-0111 or use the portal at "
    "mychart.twinrivershealth.org. Processing takes 5–7 business days. 📄",
    "hospital fax and domain",
)

# 172
p(
    "en",
    "birth_announcement",
    "welcome baby ubah 🌸 born 2.14 at 9:02pm, 8lb 1oz, to proud parents sahra and mustafe of eden prairie. "
    "#ubahsarrival",
    [
        ("NAME", "ubah"),
        ("DATE", "2.14"),
        ("NAME", "sahra"),
        ("NAME", "mustafe"),
        ("GEO", "eden prairie"),
        ("NAME", "#ubahsarrival"),
    ],
    note="all lower case: baby, date, parents, city, name hashtag",
)

# 173
n(
    "en",
    "event",
    "free car seat checks 🚗👶 every 2nd saturday at our brooklyn park clinic, 10am–1pm. bring your seat, your car "
    "and your baby. no appointment needed. questions? (763) 555-0188",
    "lower-case event; clinic and phone",
)
# 174
p(
    "en",
    "patient_story",
    "On February 1st, Say Paw walked into our Frogtown clinic with frostbite on three toes after waiting 40 "
    "minutes for a bus in -30°. She kept all ten toes. 🦶 Say, thank you for letting us share your story.",
    [("DATE", "February 1st"), ("NAME", "Say Paw"), ("NAME", "Say", "*")],
    note="Karen name that is a word; visit date; clinic not GEO",
)

# 175
n(
    "en",
    "health_tip",
    "At -30°F, frostbite can happen in 10 minutes. 🥶 Cover every inch of skin, check bus tracker apps before you "
    "leave, and wait inside when you can. Numb, white or waxy skin? Warm it slowly and get seen.",
    "generic tip",
)

# 176
p(
    "en",
    "memorial",
    "One year ago today we lost Abdifatah Osman, 19, after a hockey-rink collision in Richfield. On this day his "
    "parents Amina and Osman are donating 40 helmets to youth teams. 💙 #AbdifatahsLegacy",
    [
        ("NAME", "Abdifatah Osman"),
        ("NAME", "Osman", "*"),
        ("GEO", "Richfield"),
        ("NAME", "Amina"),
        ("NAME", "#AbdifatahsLegacy"),
    ],
    note="patient, place of the injury, parents, legacy hashtag; relative time not a date",
)

# 177
n(
    "en",
    "sponsor",
    "Thank you, Richfield Youth Hockey Association and Sundberg Sporting Goods, for donating 200 helmets for our "
    "winter safety clinic! 🏒 Free fittings Saturday 9–noon at our Brooklyn Park clinic.",
    "sponsors",
)

# 178
p(
    "en",
    "discharge",
    "Mrs. Kristiansen (93yo) was discharged to her daughter's home in Roseville today after a broken hip from "
    "shoveling her own sidewalk. 'I've shoveled since Truman,' she told us. 🙄❄️ Please let the neighbor kid do it!",
    [("NAME", "Kristiansen"), ("AGE", "93yo"), ("GEO", "Roseville")],
    note="surname after 'Mrs.', age token, discharge city; Truman is a public figure",
)

# 179
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 💙💛 — wear mismatched socks! Our Down syndrome clinic serves 340 kids "
    "and adults from across the metro, with Somali and Hmong family navigators.",
    "eponymous condition and awareness day",
)

# 180
p(
    "en",
    "pasted_record",
    "Security log 02/09 23:10 — belongings inventory for ED pt YUSUF, ABDIKARIM: wallet w/ MN DL K402-118-553-207, "
    "keys, phone. Bagged and sealed.",
    [("DATE", "02/09"), ("NAME", "YUSUF, ABDIKARIM"), ("LICENSE", "K402-118-553-207")],
    note="log date of the ED visit, name, driver's licence",
)

# 181
n(
    "en",
    "hospital_contact",
    "Lost something during your ED visit? 🧤 Our security team keeps found items for 30 days. Call (612) 555-0100 "
    "ext. 2 with a description — please don't post your license or card numbers here.",
    "hospital phone",
)

# 182
p(
    "en",
    "patient_story",
    "Update on the Dolo family's apartment fire at 6230 Brooklyn Blvd: Grandpa Varney is stable in our burn unit "
    "and the kids were released Tuesday. Their neighbors have already raised $8,000. 💛",
    [("NAME", "Dolo"), ("GEO", "6230 Brooklyn Blvd"), ("NAME", "Varney")],
    note="family surname, home address, patient after 'Grandpa'",
)

# 183
n(
    "en",
    "crisis_update",
    "Our ED is treating several people from an apartment fire in north Minneapolis this morning. We cannot share "
    "patient information. Families looking for loved ones: call (612) 555-0100 and ask for the family liaison.",
    "no identifiers",
)

# 184
p(
    "en",
    "milestone_birthday",
    "90 AND FABULOUS 💃 Happy birthday to JUNE ANDERBERG, who spent her birthday (June 3!) getting a new pacemaker "
    "and still asked for lipstick before visitors. 💖",
    [("AGE", "90"), ("NAME", "JUNE ANDERBERG"), ("DATE", "June 3")],
    note="age 90; name that is a month; birthday",
)

# 185
n(
    "en",
    "event",
    "June is Men's Health Month 👨 Free PSA and blood pressure screenings at our Frogtown clinic every Wednesday "
    "in June. Walk in 9–4.",
    "month of a campaign",
)

# 186
p(
    "en",
    "thank_you",
    "The whole 5 West crew is wearing purple for #TeamMercy today 💜 Mercy Zayzay, 11, had her final round of "
    "chemo this morning and picked the color herself.",
    [("NAME", "#TeamMercy"), ("NAME", "Mercy Zayzay")],
    note="name hashtag and full name",
)

# 187
n(
    "en",
    "campaign_hashtag",
    "Wear purple Friday for #PancreaticCancerAwareness 💜 and tag us @TwinRiversHealth in your photos. Every share "
    "helps fund early-detection research at our cancer center.",
    "campaign hashtag; hospital handle",
)

# 188
p(
    "es",
    "thank_you",
    "Mensaje de la familia Castillo Reyes: 'Gracias al equipo de la UCI Neonatal por cuidar a nuestra Camila "
    "durante 70 días.' 💕 Camila nació el 3/11 con 26 semanas y hoy pesa más de 2 kilos. ¡Te queremos, Cami!",
    [("NAME", "Castillo Reyes"), ("NAME", "Camila", "*"), ("DATE", "3/11"), ("NAME", "Cami")],
    note="family surnames, baby, birth date, nickname",
)

# 189
n(
    "es",
    "event",
    "🎄 Posada navideña para familias de la clínica de Cedar-Riverside el viernes 20 de diciembre a las 6 p. m. "
    "Habrá tamales, piñatas y vacunas contra la gripe. ¡Los esperamos!",
    "event date",
)

# 190
p(
    "en",
    "pasted_record",
    "Oops — the photo we posted earlier showed a patient's wristband (MRN 62048811, ADAN, FARHIYA). We've taken it "
    "down and apologize. Please don't reshare.",
    [("MRN", "62048811"), ("NAME", "ADAN, FARHIYA")],
    note="MRN and name repeated in an apology; no photo attached, so no PHOTO",
)

# 191
n(
    "en",
    "crisis_update",
    "A reminder from our privacy office 🔒: staff may not post photos taken on patient units, even if no patient "
    "is visible. Whiteboards, wristbands and screens can reveal more than you think.",
    "policy reminder",
)

# 192
p(
    "en",
    "public_figure",
    "Former Vikings lineman Curtis Bjorklund stopped by 6 South to thank the cardiac team that placed his stent on "
    "Dec 12. 🏈 'You guys have better hands than my old quarterback.'",
    [("NAME", "Curtis Bjorklund"), ("DATE", "Dec 12")],
    note="public figure who is the patient; procedure date",
)

# 193
n(
    "en",
    "public_figure",
    "Vikings legend Ole Sjoberg hosted our Heart Walk around Lake Harriet today and helped raise $63,000 for "
    "cardiac rehab. 🏈💜 Thanks, Ole!",
    "public figure as event host",
)

# 194
p(
    "en",
    "discharge",
    "Xalimo was admitted on the 3rd of March with a blood clot in her lung. Six days later she's going home with "
    "her hooyo and a big bag of cards from the 6 South nurses. #XalimoStrong 💙",
    [("NAME", "Xalimo"), ("DATE", "3rd of March"), ("NAME", "#XalimoStrong")],
    note="name, admission date, name hashtag; 'hooyo' (mother) is not a name",
)

# 195
n(
    "en",
    "health_tip",
    "Long flight to Mogadishu, Nairobi or Bangkok for the holidays? ✈️ Get up and walk every 2 hours, drink water "
    "and flex your ankles to prevent blood clots. Ask your provider if you need compression socks.",
    "foreign cities in a generic tip",
)

# 196
p(
    "en",
    "thank_you",
    "Thank you @ehmoo_and_fam for the sweet post about your dad's stay on 4 North! 💐 We're sharing it with the "
    "team today. Wishing your father, Kler Htoo, a smooth recovery at home.",
    [("OTHER_ID", "@ehmoo_and_fam"), ("NAME", "Kler Htoo")],
    note="family handle and patient name",
)

# 197
n(
    "en",
    "staff_spotlight",
    "From refugee camp to RN 🎓 Naw Kler Say came to St. Paul at 14 speaking no English. This week she joined our "
    "4 North team as a registered nurse. Welcome home, Naw Kler!",
    "staff",
)

# 198
p(
    "en",
    "patient_story",
    "Sharing at the family's request 💛 Abdullahi Sheikh was badly burned saving his kids from their "
    "Cedar-Riverside apartment fire on Nov 26. Donations: gofundme.com/f/abdullahi-sheikh-burn-recovery",
    [
        ("NAME", "Abdullahi Sheikh"),
        ("GEO", "Cedar-Riverside"),
        ("DATE", "Nov 26"),
        ("URL", "gofundme.com/f/abdullahi-sheikh-burn-recovery"),
    ],
    note="name, home neighbourhood (not the clinic here), injury date, fundraiser URL",
)

# 199
n(
    "en",
    "crisis_update",
    "Our thoughts are with everyone affected by last night's fire at the Cedar-Riverside towers. 🙏 Our ED "
    "received several patients; all are stable. The Red Cross is assisting families at Brian Coyle Center.",
    "no identifiers; building named after a person",
)

# 200
p(
    "en",
    "patient_story",
    "She's 99 and a half and she'd like you to know the half matters. 😄 Hazel Nygaard is recovering from "
    "pneumonia on 3 East and has already beaten two nurses at cribbage.",
    [("AGE", "99"), ("NAME", "Hazel Nygaard")],
    note="age 99",
)

# 201
n(
    "en",
    "staff_spotlight",
    "Our Tuesday cribbage volunteers are the best. 🃏 Walt (91), Duane (87) and Shirley (90) visit patients on 3 "
    "East every week, and nobody beats Shirley. Want to join them? Call (612) 555-0175.",
    "volunteers' ages",
)

# 202
p(
    "en",
    "patient_story",
    "#ForGrandpaChong 💚 Grandpa Chong's 14 grandkids made this banner for his window on 5 West. He's recovering "
    "from a stroke and asked us to tell them: 'I see it every morning.'",
    [("NAME", "#ForGrandpaChong"), ("NAME", "Chong")],
    note="name hashtag and name after 'Grandpa'",
)

# 203
n(
    "en",
    "health_tip",
    "Know the signs of stroke in any language. 🧠 Our BE FAST cards are now printed in Somali, Hmong, Karen, "
    "Oromo, Spanish and Amharic. Pick one up at any Twin Rivers clinic.",
    "generic tip",
)

# 204
p(
    "en",
    "pasted_record",
    "4N CENSUS 0600: 401 EMPTY / RM 402 - MOHAMUD, SAHRA (ISOLATION) / RM 403 - GUTIERREZ, PEDRO / RM 405 - "
    "NELSON, ARLENE - 96 - DNR",
    [
        ("OTHER_ID", "RM 402"),
        ("NAME", "MOHAMUD, SAHRA"),
        ("OTHER_ID", "RM 403"),
        ("NAME", "GUTIERREZ, PEDRO"),
        ("OTHER_ID", "RM 405"),
        ("NAME", "NELSON, ARLENE"),
        ("AGE", "96"),
    ],
    note="census list; the empty room is not labelled",
)

# 205
n(
    "en",
    "recruitment",
    "Our oldest employee, pharmacist Lars Ekdahl, is 90 and still works two shifts a week. 💊 He says the secret "
    "is a job you love. We're hiring pharmacists too — twinrivershealth.org/careers",
    "staff age over 89",
)

# 206
p(
    "en",
    "patient_story",
    "Lalise flew home to Adama, Ethiopia, last week after a year of treatment with us for her heart condition. 💚 "
    "Her doctors here still video-visit with her cardiologist there every month.",
    [("NAME", "Lalise"), ("GEO", "Adama")],
    note="foreign home city; country not GEO",
)

# 207
n(
    "en",
    "research",
    "Our cardiology team is partnering with Adama Hospital Medical College in Ethiopia to train nurses in "
    "echocardiography. 🇪🇹 Dr. Tolesa Bekele leads the program from our Minneapolis campus.",
    "institution in a foreign city; staff",
)

# 208
p(
    "en",
    "patient_story",
    "so many of you asked about farhan after his sledding crash at Theodore Wirth 🛷 his dad abdiaziz says he's "
    "eating again and bossing his sisters around. keep the duas coming 🤲",
    [("NAME", "farhan"), ("GEO", "Theodore Wirth"), ("NAME", "abdiaziz")],
    note="lower-case names; park of the injury named after a person",
)

# 209
n(
    "en",
    "event",
    "Free sledding-safety & helmet giveaway 🛷 this Sunday at Theodore Wirth Park chalet, 1–4 p.m. Our pediatric "
    "trauma nurses will fit kids' helmets on the spot.",
    "event venue",
)

# 210
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número cien, doña Refugio! 🎂 Cumplió sus 100 años el 19 de marzo en nuestra unidad de "
    "rehabilitación, con mariachi y todo. Sus bisnietos vinieron desde Fresnillo, Zacatecas.",
    [
        ("AGE", "cien"),
        ("NAME", "Refugio"),
        ("AGE", "100"),
        ("DATE", "19 de marzo"),
        ("GEO", "Fresnillo"),
    ],
    note="age in words and digits, birthday, relatives' city; Mexican state not GEO",
)

# 211
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra enfermera Teresa Gómez, que cumple 25 años trabajando en Twin Rivers! 🎉 Teresa empezó "
    "como asistente en 2000 y hoy dirige la unidad de maternidad.",
    "staff anniversary",
)

# 212
p(
    "en",
    "discharge",
    "So happy to send Paw Ree home after her C-section complications! 🌸 Husband Thaw Htoo and their 3 kids drove "
    "up from Worthington to bring her home. #PAWREESTRONG",
    [("NAME", "Paw Ree"), ("NAME", "Thaw Htoo"), ("GEO", "Worthington"), ("NAME", "#PAWREESTRONG")],
    note="Karen names, home town, ALL-CAPS name hashtag",
)

# 213
n(
    "en",
    "anonymous_story",
    "A Karen grandmother in our clinic last week told our interpreter she hadn't seen a doctor in 30 years. Today "
    "she has glasses, blood pressure meds and a new favorite nurse. 👓 Stories like hers keep us going.",
    "anonymous patient",
)

# 214
p(
    "en",
    "pasted_record",
    "[internal] Billing hold: Acct 0093-448127 / Pt: WILLIAMS, COMFORT / Svc date 12/02 / Balance $1,214.60 / "
    "Medicaid ID 00511742 pending",
    [
        ("ACCOUNT", "0093-448127"),
        ("NAME", "WILLIAMS, COMFORT"),
        ("DATE", "12/02"),
        ("HEALTH_PLAN", "00511742"),
    ],
    note="pasted billing line",
)

# 215
n(
    "en",
    "hospital_contact",
    "You may qualify for free or reduced-cost care. 💙 Our financial counselors can help with Medical Assistance "
    "and MinnesotaCare applications in Somali, Hmong, Karen and Spanish. Call (612) 555-0196.",
    "hospital phone",
)

# 216
p(
    "en",
    "patient_story",
    "Kou (a.k.a. 'Captain Kou') has been in room 326 for 3 weeks and has officially taken command of the pediatric "
    "playroom. 🏴‍☠️ All nurses report for duty at 0900, per his orders.",
    [("NAME", "Kou", "*"), ("OTHER_ID", "room 326")],
    note="Hmong name and nickname, room; 0900 is a time",
)

# 217
n(
    "en",
    "event",
    "Captain Jack Sparrow and Elsa are visiting our pediatric unit this Saturday 🏴‍☠️❄️ thanks to Twin Cities Hero "
    "Squad volunteers. Costumes welcome for kids who feel up to it!",
    "fictional characters, volunteers",
)

# 218
p(
    "en",
    "pasted_record",
    "[meant for DM] Hodan's family — we've been trying to reach you about her follow-up. Our interpreter Fadumo "
    "will call 612-555-0186 (the number you gave us) at 4pm today.",
    [("NAME", "Hodan"), ("PHONE", "612-555-0186")],
    note="patient name and family phone; interpreter is staff",
)

# 219
n(
    "en",
    "staff_spotlight",
    "Interpreter Fadumo Hassan has worked 8,000 hours on our video-interpreting line since 2020 — that's nearly a "
    "year of non-stop Somali! 🗣️ Mahadsanid, Fadumo!",
    "staff",
)

# 220
p(
    "en",
    "thank_you",
    "Thank you for your service, Mr. Neng Chue Thao 🇺🇸🇱🇦 At 91, this Secret War veteran is our oldest Hmong "
    "patient in cardiac rehab, and he never skips a session.",
    [("NAME", "Neng Chue Thao"), ("AGE", "91")],
    note="name and age",
)

# 221
n(
    "en",
    "public_figure",
    "This Hmong-Lao Veterans Day 🇺🇸 we honor the Hmong soldiers who fought alongside Americans in the Secret War. "
    "Our Frogtown clinic offers free VA benefits navigation every Tuesday.",
    "commemoration; population",
)

# 222
p(
    "en",
    "patient_story",
    "Quick shoutout from our step-down unit 👏: Pedro Alvarado, who came in on 1-2 after a snowplow hit his pickup "
    "on Hwy 65, went home 1-9. Pedro's truck didn't make it, but he did!",
    [
        ("NAME", "Pedro Alvarado"),
        ("DATE", "1-2"),
        ("GEO", "Hwy 65"),
        ("DATE", "1-9"),
        ("NAME", "Pedro", "*"),
    ],
    note="admission and discharge dates with dashes; highway of the crash",
)

# 223
p(
    "es",
    "milestone_birthday",
    "Don Anselmo cumplió noventa y dos años en el hospital, pero dice que el mejor regalo fue que su nieta Yesenia "
    "llegara desde Juchitán para verlo. 🥹 ¡Pronto a casa, don Anselmo!",
    [("NAME", "Anselmo", "*"), ("AGE", "noventa y dos"), ("NAME", "Yesenia"), ("GEO", "Juchitán")],
    note="name after 'Don', age in words, granddaughter and her city",
)

# 224
n(
    "es",
    "crisis_update",
    "⚠️ Aviso: por la tormenta de nieve, la clínica de Brooklyn Park cierra hoy a las 2 p. m. El hospital principal "
    "y Urgencias siguen abiertos. Si su cita se cancela, le llamaremos desde el (763) 555-0188.",
    "closure notice; clinic phone",
)

# 225
p(
    "es",
    "patient_story",
    "La familia Quispe de Brooklyn Park agradece a los bomberos y a nuestro equipo de Urgencias. El 10 de enero, "
    "el generador en su garaje llenó la casa de monóxido; la abuela Teodora, de 90 años, fue la primera en "
    "despertar y avisar. 💛",
    [
        ("NAME", "Quispe"),
        ("GEO", "Brooklyn Park"),
        ("DATE", "10 de enero"),
        ("NAME", "Teodora"),
        ("AGE", "90"),
    ],
    note="family surname and city (their home, not the clinic), exposure date, grandmother's name and age",
)

# 226
n(
    "es",
    "eponymous_condition",
    "Noviembre es el mes de la diabetes. 💙 ¿Sabía que la enfermedad de Addison y la de Graves también afectan las "
    "hormonas? Hable con su médico si tiene cansancio extremo. Clases gratis en español los martes.",
    "eponymous conditions",
)

# 227
n(
    "en",
    "health_tip",
    "Insulin pumps and cold weather 🥶: keep your pump and tubing under your layers, carry insulin close to your "
    "body, and check your glucose more often when you're skating or ice fishing.",
    "generic tip",
)

# 228
p(
    "es",
    "discharge",
    "nuestro guerrero mateo sale hoy del hospital después de 2 meses 💪 gracias a todas las enfermeras del 5 "
    "oeste. ¡te queremos, mateo! #mateoguerrero",
    [("NAME", "mateo", "*"), ("NAME", "#mateoguerrero")],
    note="lower-case name and name hashtag",
)

# 229
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare but serious: fever 5+ days, red eyes, rash, cracked lips, swollen hands. 🩺 If your "
    "child has these, call us. Our pediatric cardiologists see Kawasaki patients within 48 hours.",
    "eponymous condition",
)

# 230
p(
    "en",
    "milestone_birthday",
    "Ma Sadie Dennis turned 103 on Feb 28! 🎉 The oldest person ever seen at our Brooklyn Park clinic came in for "
    "her flu shot and left with a crown. Congratulations from all of us, Ma Sadie! 👑",
    [("NAME", "Sadie Dennis"), ("NAME", "Sadie", "*"), ("AGE", "103"), ("DATE", "Feb 28")],
    note="Liberian honorific 'Ma' excluded; age and birthday",
)

# 231
n(
    "en",
    "statistic",
    "Minnesota has more than 1,400 centenarians. 🎂 What do they have in common? Researchers say: strong social "
    "ties, daily movement and a sense of purpose. Call your grandma today.",
    "population age word",
)

# 232
p(
    "en",
    "thank_you",
    "Our favorite comment this week 💬: 'MY SON KHALID WAS IN ROOM 14 AT THE PEDS ED AND DR. VUE MADE HIM LAUGH "
    "THROUGH 6 STITCHES. 10/10.' Thank you for sharing! 😄",
    [("NAME", "KHALID"), ("OTHER_ID", "ROOM 14")],
    note="ALL-CAPS name and room; doctor not labelled; 10/10 is a rating",
)

# 233
n(
    "en",
    "staff_spotlight",
    "Dr. Kia Vue, our pediatric ED physician, has been named a 2025 Top Doctor by Mpls.St.Paul Magazine! 🏆 Thank "
    "you for 10/10 care, Dr. Vue.",
    "staff award; rating",
)

# 234
p(
    "en",
    "discharge",
    "A leap-day baby heads home! 🐸 Born Feb 29 at 34 weeks, little Xyooj spent 24 days in our NICU. Mom Paj says "
    "he'll only have to celebrate birthdays every four years, which suits her budget. 😂",
    [("DATE", "leap-day"), ("DATE", "Feb 29"), ("NAME", "Xyooj"), ("NAME", "Paj")],
    note="birth day named twice; baby and mother",
)

# 235
n(
    "en",
    "event",
    "Leap Day blood drive 🩸 Feb 29, 8 a.m.–4 p.m. in the main lobby at 1800 Confluence Parkway. Give an extra "
    "day, give blood. Walk-ins welcome.",
    "event date; hospital address",
)

# 236
p(
    "en",
    "pasted_record",
    "IT ticket (not for social!): portal acct for pt LEE, NKAUJ flagged — 14 failed logins from IP 73.162.44.201, "
    "user name nkaujlee1998. Reset + call pt.",
    [("NAME", "LEE, NKAUJ"), ("IP", "73.162.44.201"), ("OTHER_ID", "nkaujlee1998")],
    note="name, IP address, portal user name",
)

# 237
n(
    "es",
    "anonymous_story",
    "Una paciente de unos 70 años nos dijo ayer: 'Aquí por fin alguien me habló en mi idioma.' 💬 Por eso tenemos "
    "intérpretes de español las 24 horas.",
    "anonymous patient under 90",
)

# 238
p(
    "en",
    "patient_story",
    "Liban's mom posts updates on his CaringBridge page, caringbridge.org/visit/libanstrong, and asked us to share "
    "it with his 6 South nurses. 💙 Liban, we're all following along!",
    [("NAME", "Liban", "*"), ("URL", "caringbridge.org/visit/libanstrong")],
    note="name and family's CaringBridge URL",
)

# 239
n(
    "es",
    "campaign_hashtag",
    "¡Comparte tu foto con #AbrígateMinnesota! 🧣 Por cada foto donaremos un gorro a una familia de nuestra "
    "clínica de Frogtown. Hasta el 31 de enero.",
    "campaign hashtag and end date",
)

# 240
n(
    "en",
    "staff_spotlight",
    "Congrats to respiratory therapist Mohamed Abdi and his wife Faiza on the birth of their daughter Amal! 🎉 "
    "Mohamed says he's already teaching her to breathe deep. Welcome to the Twin Rivers family, Amal!",
    "staff member's own family",
)

if __name__ == "__main__":
    S.main("phi_dev24_source")
