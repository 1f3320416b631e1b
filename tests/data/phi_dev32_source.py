"""Blind development set d32 for the PHI scanner: tests/data/phi_dev32.jsonl.

Organisation: Sweet Auburn Memorial Hospital, Atlanta, GA (phi_dev32_org.json): main campus on Auburn
Crest Parkway SE, Doraville Community Clinic on Buford Highway NE, Duluth Family Medicine on Pleasant
Hill Road, Clarkston Refugee Health Clinic on Montreal Road; eight (AAA) 555-01xx numbers (switchboard,
burn family line, Sickle Cell Day Hospital, trauma family liaison, financial services, HIM fax, the
Doraville and Duluth clinics); domains sweetauburnmemorial.org and samhgiving.org; handles
@SweetAuburnMem, @SAMHBurnCare, @SAMHGiving.
Focus: a large public hospital (burn and trauma care, sickle cell, dialysis, geriatrics) posting for
Black Southern church families and HBCU students, Vietnamese families in Doraville, Korean families in
Duluth, Ethiopian and Eritrean families in Clarkston and Latino families along Buford Highway; names
that are words or places (Precious, Hope, Faith, King, Brooklyn, Georgia, Keren, Asmara), church and
cultural titles, holidays as dates (Juneteenth, MLK Day, Tet, Chuseok, Meskel, Enkutatash, Samiljeol),
non-Gregorian dates, ages over 89 in many forms, pasted charts/portal/billing/IT lines, and near-twin
posts where the same wording is about a patient in one and about staff, volunteers or public figures
in the other.
Language mix: 240 posts, 216 English and 24 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Church, kin and cultural titles are outside NAME spans: Mother, Deacon, Sister, Pastor, First Lady,
  Rev., Miss, Bà, Ông, Cô, Halmeoni, 권사님, 고 (the late), Ato, W/ro, Baba, don, doña. Kin words used
  alone (Papa, Mama, umma, Grandmama, halmeoni, abuelita) are not names; real nicknames (Big D, Peanut,
  Sweet Pea, Miss Bee -> "Bee", Pooh, Chuy, LOU) are NAME. Quoted nicknames inside a full name stay in
  one span ("Darnell 'Big D' Hollis", "Thanh (Tommy) Vo").
- Staff, volunteers, officials, athletes and pastors are labelled only in posts where they are
  themselves patients (admitted nurse, ED tech who was shot, volunteer admitted after a fall, senator,
  gospel singer, WNBA guard, pastor with a transplant); a living kidney donor is a patient; a doctor who
  gives birth here is a patient, her newborn too, and her wife a relative. A staff member's baby born
  elsewhere is not labelled.
- Donors are labelled only when introduced as a patient's parents; the patient's name inside the name
  of the gym they funded is labelled too.
- The location of a mass-casualty incident (pileup, high-rise fire, tornado, chemical spill) is not GEO
  when the post names no individual; when a named patient is tied to it, the place is GEO.
- Church, college, school and business names are not GEO (Ebenezer, Spelman, Douglass High, Buna
  House, Tuskegee-trained), but a city inside a school name that places a named patient ("Duluth
  High") is GEO (the city word only), as is a city describing a named patient's church or workplace
  ("a Duluth Korean Presbyterian church", "a Clarkston warehouse"). The hospital's own clinics
  (e.g. "our Clarkston clinic") are never GEO, even when the same city is a patient's GEO elsewhere.
  Roads named after people (Jimmy Carter Blvd) are GEO when tied to a patient; a patient's road that
  shares a name with a clinic street but not its number ("Pleasant Hill Road", "Buford Highway") is GEO.
  Foreign cities of a patient or relative (Huế, Daegu, Busan, Seoul, Asmara, Gondar, Keren) are GEO;
  states and countries (Jalisco, Eritrea, Honduras) are not.
- A day named twice or three times (date + holiday, Gregorian + Ethiopian or lunar calendar) gets
  every expression labelled; Korean "3월 14일", Ethiopian "10 Tir" and "15th day of the 8th lunar month"
  are DATE. "the 19th of last month" labels "19th" only. A patient's graduation date is DATE; a
  planned public appearance (an Easter solo) and a holiday the patient merely goes home "for" are not
  labelled (declared with ok where the word repeats).
- An age over 89 of an otherwise unnamed, specific patient ("A 103-year-old patient") is labelled and
  makes the post patient-specific. Both a US and a Korean age, both a Gregorian and an Ethiopian-
  calendar age, a target age ("training for 100") and "백세" are AGE; the wish "sống lâu trăm tuổi" is
  not. Ages of volunteers, staff, public figures, the hospital and populations are never labelled.
- Eponymous conditions that repeat a patient's surname (Parkinson's, Graves') are declared unlabelled.
- IT incident numbers and hospital-domain telehealth links are not labelled; an encounter number is
  OTHER_ID; portal user names and social handles are OTHER_ID. A provider's fax in a records request is
  not the patient's; the patient's own home fax is FAX.
- A photo of an insurance card is not PHOTO; "Pictured" and "video" showing the patient are.
- Greetings that look like names or places ("Melkam Addis Amet", "selam") are not labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev32.jsonl"), os.path.join(HERE, "phi_dev32_org.json"), "d32")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "When Tesfaye Haile came to us from Clarkston with 38% TBSA burns after a kitchen fire on Feb. 2, "
    "nobody on 7 West promised his mom Almaz anything but honesty. 61 days, 9 grafts and a lot of "
    "injera from home later, he walked out. #TesfayeStrong",
    [
        ("NAME", "Tesfaye Haile"),
        ("GEO", "Clarkston"),
        ("DATE", "Feb. 2"),
        ("NAME", "Almaz"),
        ("NAME", "#TesfayeStrong"),
    ],
    note="patient, his home city, injury date, his mother and a name hashtag; 7 West is a unit",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Almaz Bekele, RN, our newest burn unit charge nurse. She came to Clarkston from Addis Ababa in "
    "2009, learned English at the library on Market Street and now precepts half of 7 West. Ask her "
    "about coffee ceremonies. #SAMHNurses",
    "a nurse's name and her own history; staff are never labelled",
)

# 3
p(
    "en",
    "milestone_birthday",
    "Mother Hattie Mae Crawford of Greater Mount Zion Baptist turned 100 on the 4th of July in our "
    "geriatric unit, and the deacon board sang her in. She told Dr. Okafor the secret is 'cornbread and "
    "minding my business.' Happy 100th, Mother Crawford!",
    [
        ("NAME", "Hattie Mae Crawford"),
        ("NAME", "Crawford", 2),
        ("AGE", "100"),
        ("AGE", "100th"),
        ("DATE", "4th of July"),
    ],
    note="church title 'Mother' outside the span; both age tokens; the church name is not GEO",
)

# 4
n(
    "en",
    "health_tip",
    "Georgia summers are hard on sickle cell warriors. Drink water before you're thirsty, skip the "
    "ice-cold plunge at Lake Lanier, and call the Sickle Cell Day Hospital at (404) 555-0126 before a "
    "crisis turns into an ER night. #SickleCellAwareness",
    "general advice; the number is the hospital's own",
)

# 5
p(
    "es",
    "discharge",
    "¡Se fue a casa! Después de 19 días en la unidad de quemados, Yesenia Ramírez Ortiz regresó a "
    "Norcross con su esposo Tomás y sus tres hijos. Entró el 2 de agosto por un accidente con aceite "
    "caliente en la taquería. ¡Gracias, familia, por su confianza!",
    [
        ("NAME", "Yesenia Ramírez Ortiz"),
        ("GEO", "Norcross"),
        ("NAME", "Tomás"),
        ("DATE", "2 de agosto"),
    ],
    note="double surname in one span, her city, husband and admission date",
)

# 6
n(
    "en",
    "event",
    "MLK Day, Monday January 20: join 300 SAMH volunteers at our Auburn Avenue blood drive and sickle "
    "cell screening tent, 9 a.m. to 3 p.m. Dr. King lived three blocks from our first clinic. Register "
    "at sweetauburnmemorial.org/mlkday.",
    "date and venue of a hospital event; Dr. King is a historical figure",
)

# 7
p(
    "en",
    "birth_announcement",
    "Born on Juneteenth at 6:19 a.m. — you can't make this up. Welcome to the world, Freedom Amani "
    "Jackson, 7 lb 2 oz, first grandbaby of Deacon Ray and Sister Loretta Jackson of East Point. 💚❤️🖤",
    [
        ("DATE", "Juneteenth"),
        ("NAME", "Freedom Amani Jackson"),
        ("NAME", "Ray"),
        ("NAME", "Loretta Jackson"),
        ("GEO", "East Point"),
    ],
    note="holiday as birth date; word-name 'Freedom'; grandparents with church titles outside spans",
)

# 8
n(
    "en",
    "statistic",
    "By the numbers, 2024: 1,412 burn admissions, 212 patients over age 90 seen in our geriatric ED, "
    "38,000 sickle cell day-hospital visits, and 1 very tired helicopter pad. Thank you, Atlanta.",
    "aggregate counts; 'over age 90' describes a population",
)

# 9
p(
    "en",
    "pasted_record",
    "can someone help?? my daddy's portal says: Pt: WASHINGTON, CLARENCE E  DOB 09/14/1941  "
    "MRN 004418276  Acct# 7730019845  Adm 3/2  Rm 612-B. he been there since sunday and nobody called me "
    "back at 404-555-0287",
    [
        ("NAME", "WASHINGTON, CLARENCE E"),
        ("DATE", "09/14/1941"),
        ("MRN", "004418276"),
        ("ACCOUNT", "7730019845"),
        ("DATE", "3/2"),
        ("OTHER_ID", "Rm 612-B"),
        ("PHONE", "404-555-0287"),
    ],
    note="pasted portal header; weekday 'sunday' not labelled; the poster's own phone is family PHONE",
)

# 10
n(
    "en",
    "eponymous_condition",
    "Stevens-Johnson syndrome is rare, but when it hits, the skin can blister and peel like a burn — "
    "which is why SJS patients from across the Southeast come to our burn center. Stop a new medication "
    "and call your doctor if a rash comes with fever and mouth sores.",
    "eponymous condition; no patient",
)

# 11
p(
    "en",
    "thank_you",
    "Cảm ơn the 5 East nurses who took care of my grandmother Bà Nguyễn Thị Hạnh for 2 weeks. She only "
    "speaks Vietnamese and Nurse Linh translated every night after her shift. Our whole family in "
    "Doraville is grateful. — Kevin Tran",
    [("NAME", "Nguyễn Thị Hạnh"), ("GEO", "Doraville"), ("NAME", "Kevin Tran")],
    note="'Bà' is an honorific outside the span; Nurse Linh is staff; the grandson signing is a relative",
)

# 12
n(
    "en",
    "crisis_update",
    "Update 4:40 p.m.: We are receiving multiple patients from the I-285 pileup near Spaghetti Junction. "
    "Families looking for loved ones, please call our trauma family liaison at (404) 555-0143 — do not "
    "come to the ED entrance. We will not release names or conditions on social media.",
    "mass-casualty update with no individual; the location is a public incident, not tied to a person",
)

# 13
p(
    "en",
    "crisis_update",
    "UPDATE: Of the 6 patients from the Bankhead apartment fire, 4 are in our burn center. With his "
    "family's permission: 9-year-old DeAndre 'Dre' Wilkins is awake and asking for his PS5. His "
    "grandmother Ms. Pearl thanks the firefighters of Station 16.",
    [("GEO", "Bankhead"), ("NAME", "DeAndre 'Dre' Wilkins"), ("NAME", "Pearl")],
    note="once a named child is tied to the fire, its neighbourhood is his GEO; age 9 not labelled",
)

# 14
n(
    "en",
    "recruitment",
    "Now hiring: burn ICU RNs, night shift, $15K sign-on. Speak Amharic, Tigrinya, Vietnamese, Korean or "
    "Spanish? Ask about our language differential. Apply at sweetauburnmemorial.org/careers or call "
    "(404) 555-0100.",
    "job ad; hospital domain and number",
)

# 15
p(
    "en",
    "memorial",
    "We lost a legend. Deacon Otis Lee Freeman, 96, ushered at Ebenezer for 50 years and came to our "
    "dialysis unit three times a week for eleven of them. He passed June 3 with his daughters Bernice "
    "and Gloria at his side. Rest easy, Deacon. #DeaconFreemanForever",
    [
        ("NAME", "Otis Lee Freeman"),
        ("AGE", "96"),
        ("DATE", "June 3"),
        ("NAME", "Bernice"),
        ("NAME", "Gloria"),
        ("NAME", "#DeaconFreemanForever"),
    ],
    note="title 'Deacon' outside the span but inside the hashtag; church name is not GEO",
)

# 16
n(
    "en",
    "public_figure",
    "Hawks forward Marcus Boone spent his off day reading to kids on our peds floor and signing casts. "
    "He told the nurses his own mama was a unit clerk here in the '90s. Come back anytime, Marcus.",
    "a visiting athlete and his mother, a former employee; neither is a patient",
)

# 17
p(
    "en",
    "public_figure",
    "With his permission: State Sen. Harold Mobley is recovering in our burn center after a grill "
    "flare-up at his family reunion in Macon on Saturday. The senator asked us to remind everyone: keep "
    "the lighter fluid away from an open flame. Get well, Senator Mobley!",
    [("NAME", "Harold Mobley"), ("GEO", "Macon"), ("NAME", "Mobley", 2)],
    note="a public figure who IS a patient is labelled; place of his injury is GEO; Saturday is not",
)

# 18
n(
    "en",
    "public_figure",
    "State Rep. Yvonne Tolbert toured our burn center Saturday and sat with the fire-safety team to talk "
    "about funding for the new skin bank. Thank you, Representative Tolbert, for showing up for Georgia "
    "burn survivors.",
    "an official visiting, not treated",
)

# 19
p(
    "en",
    "discharge",
    "Going home day for 박지우 (Park Ji-woo), 7, after 3 weeks on our peds burn unit! Her umma says the "
    "Duluth church ladies already have kimchi jjigae waiting. Fighting, Ji-woo! 화이팅!",
    [("NAME", "박지우"), ("NAME", "Park Ji-woo"), ("NAME", "Ji-woo", 2), ("GEO", "Duluth")],
    note="Hangul and romanised surname-first name both labelled; 'umma' (mom) is a kin word",
)

# 20
n(
    "en",
    "anonymous_story",
    "A grandmother walked 2 miles to our Clarkston clinic last week carrying her grandson on her back "
    "because the bus didn't come. She didn't want credit; she wanted us to tell you the #20 bus needs a "
    "shelter. We're telling you. @MARTA, can we talk?",
    "anonymous patient and relative; Clarkston names the hospital's own clinic",
)

# 21
p(
    "en",
    "patient_story",
    "Spelman senior Journee Baptiste has had 40+ sickle cell crises since freshman year — and she's still "
    "graduating magna cum laude on May 18. She did half her thesis from bed 14 in our day hospital. "
    "We'll be the loud ones in the crowd, Journee.",
    [
        ("NAME", "Journee Baptiste"),
        ("NAME", "Journee", 2),
        ("DATE", "May 18"),
        ("OTHER_ID", "bed 14"),
    ],
    note="graduation date is a date tied to the patient; bed number with keyword; college not GEO",
)

# 22
n(
    "en",
    "staff_spotlight",
    "Spelman alum and Morehouse School of Medicine grad Dr. Journee Whitaker just became the first Black "
    "woman to direct our adult sickle cell program. She grew up in Vine City, three blocks from where "
    "she now works. #SAMHProud",
    "a physician's name and neighbourhood; staff",
)

# 23
p(
    "en",
    "pasted_record",
    "Posted by mistake to our volunteer group, since deleted: '7W huddle 0700: Rm 712 Mesfin G. (graft "
    "POD2) / Rm 714 TRAN, MINH (NPO) / Rm 716 O. Bell / Rm 718 empty'. If you saw it, please delete it "
    "and call Privacy at (404) 555-0100.",
    [
        ("OTHER_ID", "Rm 712"),
        ("NAME", "Mesfin G."),
        ("OTHER_ID", "Rm 714"),
        ("NAME", "TRAN, MINH"),
        ("OTHER_ID", "Rm 716"),
        ("NAME", "O. Bell"),
    ],
    note="huddle board: rooms with patients labelled, the empty room 718 is not; 7W is a unit",
)

# 24
n(
    "en",
    "pasted_record",
    "Facilities ticket FAC-20931: ice machine in the 5 East nourishment room broken again. Room 508 "
    "(vacant, terminal clean) also needs a new TV remote. Assigned: Reggie, EVS nights.",
    "work order for a vacant room; no patient",
)

# 25
p(
    "en",
    "thank_you",
    "To the trauma nurses who held my hand in the family room on Nov. 9 while they worked on my son: you "
    "never left me alone. Jermaine is walking now. — Yolanda Sims, College Park",
    [("DATE", "Nov. 9"), ("NAME", "Jermaine"), ("NAME", "Yolanda Sims"), ("GEO", "College Park")],
    note="injury date, patient, his mother and her city",
)

# 26
n(
    "en",
    "health_tip",
    "Frying a turkey for Thanksgiving? Our burn center sees a spike every fourth Thursday of November. "
    "Thaw it fully, fry outside, 10 feet from the house, and never on a wooden deck. Burned? Cool water "
    "20 minutes, no butter, no toothpaste.",
    "seasonal safety advice; the holiday is nobody's event",
)

# 27
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe 'Lupita' Chávez! Nació el 12 de diciembre, día de la Virgen de Guadalupe, a "
    "las 3:12 a.m. en nuestra sala de partos. Sus papás Rocío y Efraín, de Chamblee, dicen que el nombre "
    "ya estaba decidido. 🌹",
    [
        ("NAME", "Guadalupe 'Lupita' Chávez"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Rocío"),
        ("NAME", "Efraín"),
        ("GEO", "Chamblee"),
    ],
    note="the birth day named twice (date and feast day), both labelled; nickname inside the name span",
)

# 28
n(
    "es",
    "health_tip",
    "¿Sabía que la clínica de Doraville tiene intérpretes de español todos los días? Vacunas contra la "
    "gripe gratis para niños y adultos mayores de 65 años, sin cita. Llame al (770) 555-0132. "
    "#SaludEnBufordHwy",
    "clinic information; population ages",
)

# 29
p(
    "en",
    "milestone_birthday",
    "Mừng thọ! Our Doraville clinic's oldest patient, Ông Lê Văn Phúc, celebrated his 95th with 4 "
    "generations and a roast pig in the parking lot. He fled Huế in 1975 and still does tai chi every "
    "morning at 6. Chúc ông sống lâu trăm tuổi!",
    [("NAME", "Lê Văn Phúc"), ("AGE", "95th"), ("GEO", "Huế")],
    note="'Ông' honorific excluded; 'sống lâu trăm tuổi' is a wish, not his age; bare year not labelled",
)

# 30
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Miss Odessa Pritchett, turns 92 on Tuesday and has no plans to retire "
    "from the gift shop. 41 years of hand-knit preemie hats. Happy birthday, Miss Odessa!",
    "a volunteer's age and name are never labelled",
)

# 31
p(
    "en",
    "staff_spotlight",
    "Some of you know our ED tech Darnell 'Big D' Hollis from the front desk. On March 28 he became the "
    "patient — shot while getting gas on Campbellton Road. After two surgeries, he's home. Big D, the "
    "night shift saved you a plate.",
    [
        ("NAME", "Darnell 'Big D' Hollis"),
        ("NAME", "Big D", 2),
        ("DATE", "March 28"),
        ("GEO", "Campbellton Road"),
    ],
    note="a staff member who became a patient: name, nickname, injury date and road",
)

# 32
n(
    "en",
    "staff_spotlight",
    "Some of you know our ED tech Terrence 'T-Bone' Okoye from the front desk. This year he finished his "
    "paramedic certification at night and never missed a shift. T-Bone, the night shift saved you a "
    "plate.",
    "same wording as a patient post, but about staff achievement",
)

# 33
p(
    "en",
    "pasted_record",
    "Paying my mom's bill online and the site keeps erroring 🙄 Guarantor: Florence M. Bailey, "
    "Acct 5521-0087-33, Medicaid ID 1184402976 GA, svc date 01/06. Anyone else? @SweetAuburnMem",
    [
        ("NAME", "Florence M. Bailey"),
        ("ACCOUNT", "5521-0087-33"),
        ("HEALTH_PLAN", "1184402976"),
        ("DATE", "01/06"),
    ],
    note="billing line pasted by a daughter; hospital handle not labelled",
)

# 34
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Patient Financial Services: (404) 555-0157, Mon–Fri 8–5. Never post your "
    "account number, Medicaid ID or date of birth in the comments — we'll DM you. Pay online at "
    "sweetauburnmemorial.org/pay.",
    "hospital contact details only",
)

# 35
p(
    "en",
    "memorial",
    "Our hearts are with the Gebremariam family of Clarkston. Semhar, 16, fought leukemia for three years "
    "with a smile and a Tigrinya playlist the whole 4th floor learned. She went home to God on Meskel, "
    "Sept. 27. ዘላለማዊ ዕረፍቲ ይሃብ. #SemharsLight",
    [
        ("NAME", "Gebremariam"),
        ("GEO", "Clarkston"),
        ("NAME", "Semhar"),
        ("DATE", "Meskel"),
        ("DATE", "Sept. 27"),
        ("NAME", "#SemharsLight"),
    ],
    note="family surname, death date named as feast and as date, name hashtag; age 16 not labelled",
)

# 36
n(
    "en",
    "event",
    "Juneteenth + World Sickle Cell Day fall on the same day, so on June 19 we're doing both: free "
    "sickle cell trait testing, a drumline from Clark Atlanta, and peach cobbler till it runs out. "
    "11 a.m.–4 p.m., main campus lawn.",
    "holiday and event date, no patient",
)

# 37
p(
    "en",
    "birth_announcement",
    "Welcome, baby Abeba! Born on Enkutatash — Ethiopian New Year, Sept. 11 — at 11:11 p.m. to Meron and "
    "Dawit Alemu of Stone Mountain. 'Abeba' means flower, and her big brother Nati insists he picked it. "
    "Melkam Addis Amet! 🌼",
    [
        ("NAME", "Abeba", "*"),
        ("DATE", "Enkutatash"),
        ("DATE", "Ethiopian New Year"),
        ("DATE", "Sept. 11"),
        ("NAME", "Meron"),
        ("NAME", "Dawit Alemu"),
        ("GEO", "Stone Mountain"),
        ("NAME", "Nati"),
    ],
    note="birth day named three ways; 'Melkam Addis Amet' is a greeting, 'Addis' is not the city here",
)

# 38
n(
    "en",
    "research",
    "New from our Sickle Cell Center: in a 240-patient study, adults who got IV fluids and pain "
    "medicine within 60 minutes of arrival were discharged 11 hours sooner. Lead author Dr. Kwame Asante "
    "presents the results in San Diego next month.",
    "study results and a staff author",
)

# 39
p(
    "en",
    "sponsor",
    "Thank you to Bill and Sharon Hendricks, who gave $250,000 for the new burn rehab gym in memory of "
    "their son Cody, treated here after his 2019 truck fire on GA-400. The Cody Hendricks Rehab Gym opens "
    "in May.",
    [
        ("NAME", "Bill"),
        ("NAME", "Sharon Hendricks"),
        ("NAME", "Cody", 1),
        ("NAME", "Cody Hendricks"),
        ("GEO", "GA-400"),
    ],
    note="donors introduced as a patient's parents are labelled, as is the patient's name on the gym; "
    "road of the crash is GEO; bare year and the gym's opening month are not",
)

# 40
n(
    "en",
    "sponsor",
    "Huge thanks to Peach State Credit Union for sponsoring this year's Burn Survivor Camp at Lake "
    "Allatoona — 62 kids, 5 days, zero cell service. CEO Renata Colquitt even took a shift as a canoe "
    "instructor.",
    "sponsor and its CEO",
)

# 41
p(
    "en",
    "discharge",
    "Peanut is going HOME! 🥜 Born at 24 weeks on Christmas Eve, 1 lb 6 oz, and 118 days later she's "
    "5 lbs of attitude. NICU grads never forget their nurses, and we'll never forget you, Peanut. Love, "
    "your NICU family",
    [("NAME", "Peanut", "*"), ("DATE", "Christmas Eve")],
    note="nickname used as the name; birth on a holiday; '118 days later' is relative",
)

# 42
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back this week — now 6 feet tall and starting at Georgia Tech. His mom "
    "brought the 1-pound diaper we gave her in 2006. We cried. Everyone cried.",
    "de-identified former patient",
)

# 43
p(
    "en",
    "patient_story",
    "prayers up for my lil cousin keisha she been in the sickle cell unit at sweet auburn since tuesday "
    "🙏🏾 her mama tasha say she in room 409 if yall wanna send balloons",
    [("NAME", "keisha"), ("NAME", "tasha"), ("OTHER_ID", "room 409")],
    note="lower-case names of patient and mother; room number with keyword",
)

# 44
n(
    "en",
    "crisis_update",
    "Water main break on Auburn Crest Pkwy: the main entrance is closed until about 6 p.m. Use the "
    "Decatur Street entrance. Dialysis and Sickle Cell Day Hospital appointments are running as "
    "scheduled.",
    "operations notice; hospital streets and entrances",
)

# 45
p(
    "en",
    "eponymous_condition",
    "Deacon Earl Parkinson has heard every joke. Yes, he has Parkinson's. Yes, he's still leading the "
    "Wednesday Bible study from our rehab gym. 'The Lord has a sense of humor,' he says. Keep pedaling, "
    "Deacon Parkinson!",
    [("NAME", "Earl Parkinson"), ("NAME", "Parkinson", 3)],
    note="his surname labelled, the eponymous disease 'Parkinson's' declared unlabelled",
    ok=("Parkinson",),
)

# 46
n(
    "en",
    "eponymous_condition",
    "Parkinson's Awareness Month: our movement disorders clinic runs a free Rock Steady Boxing class "
    "Tuesdays at 10. No, you don't have to be a fighter. Yes, Muhammad Ali had Parkinson's too.",
    "eponymous condition and a public figure who was not our patient",
)

# 47
p(
    "en",
    "pasted_record",
    "IT ticket INC0091752 — Caller: daughter of pt. Pt name KIM, SOON-JA, MRN 006310445, cannot log in to "
    "portal, username sjkim_duluth48. Callback 678-555-0293 or grace.kim88@gmail.com. Language: Korean.",
    [
        ("NAME", "KIM, SOON-JA"),
        ("MRN", "006310445"),
        ("OTHER_ID", "sjkim_duluth48"),
        ("PHONE", "678-555-0293"),
        ("EMAIL", "grace.kim88@gmail.com"),
    ],
    note="portal user name is OTHER_ID; the IT incident number identifies the ticket, not the patient",
)

# 48
n(
    "en",
    "hospital_contact",
    "Can't log in to MyAuburnChart? The patient portal help desk is at (404) 555-0100, option 4, 24/7. "
    "We'll never ask for your password by text. Korean, Vietnamese, Amharic and Spanish interpreters "
    "available.",
    "hospital contact",
)

# 49
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday (Korean age 101!) to Halmeoni Choi Bok-soon, a patient of our Duluth geriatrics "
    "clinic who still walks the track at her senior center every morning. She was born in Daegu and came "
    "to Georgia to raise her grandkids. 백세 축하드려요!",
    [
        ("AGE", "100th"),
        ("AGE", "101"),
        ("NAME", "Choi Bok-soon"),
        ("GEO", "Daegu"),
        ("AGE", "백세"),
    ],
    note="both US and Korean age, and '백세' (hundred years); 'Halmeoni' is a kin word; Duluth is the "
    "hospital's clinic",
)

# 50
n(
    "en",
    "statistic",
    "Georgia has more than 1,700 residents aged 100+. Our geriatrics team sees about 40 of them a year, "
    "and every one has outlived at least one of their doctors. Respect your elders; get them a flu shot.",
    "population ages",
)

# 51
p(
    "en",
    "memorial",
    "Rest in power, Grandmama Bessie. Bessie Lou Tolliver, 91, of Vine City. 'Besie' to the nurses on "
    "6 North who couldn't spell, 'Miss Bee' to 23 grandchildren. Homegoing Saturday at Friendship Baptist.",
    [
        ("NAME", "Bessie", 1),
        ("NAME", "Bessie Lou Tolliver"),
        ("AGE", "91"),
        ("GEO", "Vine City"),
        ("NAME", "Besie"),
        ("NAME", "Bee"),
    ],
    note="misspelt name and nickname labelled; kin word 'Grandmama' and title 'Miss' outside spans",
)

# 52
n(
    "en",
    "memorial",
    "Our hearts are broken. Nurse Bessie Mae Whitfield, who worked 6 North for 38 years, died peacefully "
    "at home Sunday at 91. She trained half the nurses in this building. Viewing Friday at Friendship "
    "Baptist. Rest well, Miss Bessie.",
    "memorial for a retired nurse who was not our patient; staff ages are not labelled",
)

# 53
p(
    "es",
    "patient_story",
    "Don Aurelio Mendoza, 93 años, se quemó las manos cocinando tamales para la posada de su iglesia en "
    "Gainesville. Hoy, después de dos injertos, volvió a la cocina... ¡con guantes! Su nieta Karla dice "
    "que este año los tamales los hace ella.",
    [("NAME", "Aurelio Mendoza"), ("AGE", "93"), ("GEO", "Gainesville"), ("NAME", "Karla")],
    note="'Don' outside the span; age over 89 without 'años'",
)

# 54
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de hielo, las clínicas de Doraville y Duluth estarán cerradas mañana. La sala "
    "de emergencias del campus principal sigue abierta las 24 horas. Si tiene una emergencia, llame al "
    "911.",
    "closures; hospital sites",
)

# 55
p(
    "en",
    "birth_announcement",
    "First baby of the Year of the Snake! 🐍 Nguyễn Gia Bảo arrived at 12:07 a.m. on Tết, 7 lb 9 oz, to "
    "proud parents Thảo and Khánh of Doraville. Grandpa already handed out lì xì to the whole L&D team.",
    [
        ("NAME", "Nguyễn Gia Bảo"),
        ("DATE", "Tết"),
        ("NAME", "Thảo"),
        ("NAME", "Khánh"),
        ("GEO", "Doraville"),
    ],
    note="Lunar New Year as birth date; the zodiac year is not a date",
)

# 56
n(
    "en",
    "event",
    "Lunar New Year health fair at our Doraville clinic, Saturday Feb. 1: free blood pressure checks, "
    "hepatitis B screening, and bánh chưng from volunteer Cô Thanh's kitchen. Vietnamese and Korean "
    "interpreters on site.",
    "hospital event date; a volunteer",
)

# 57
p(
    "en",
    "pasted_record",
    "Family member posted this from her mother's discharge papers: 'Pt: Mulu Kidane Gebreyesus · DOB "
    "04/22/1958 · 1420 Rays Road Apt 14C, Stone Mountain 30083 · PCP: Dr. Hanna Tesfaye · F/u burn clinic "
    "5/6.' Please don't post these, y'all — we've hidden the comment.",
    [
        ("NAME", "Mulu Kidane Gebreyesus"),
        ("DATE", "04/22/1958"),
        ("GEO", "1420 Rays Road Apt 14C"),
        ("GEO", "Stone Mountain"),
        ("GEO", "30083"),
        ("DATE", "5/6"),
    ],
    note="address pieces each GEO; the PCP is staff",
)

# 58
n(
    "en",
    "recruitment",
    "Amharic and Tigrinya medical interpreters wanted! Full-time at our Clarkston Refugee Health Clinic, "
    "965 Montreal Road. Certification paid for. Our current lead, Ato Yohannes Berhe, started as a "
    "volunteer who kept translating in the waiting room.",
    "job ad; staff name; hospital address",
)

# 59
p(
    "en",
    "thank_you",
    "The Maroon Tigers pulled up! The whole marching band played outside the window of room 814 for their "
    "drum major, Xavier 'X' Pettiford, home from his crash on I-20 next week. Xavier, the nurses want an "
    "encore.",
    [
        ("OTHER_ID", "room 814"),
        ("NAME", "Xavier 'X' Pettiford"),
        ("NAME", "Xavier", 2),
        ("GEO", "I-20"),
    ],
    note="room with keyword; road of the crash",
)

# 60
n(
    "en",
    "public_figure",
    "Thank you to the Morehouse 'House of Funk' marching band for the halftime show at our Employee "
    "Appreciation cookout! Shoutout to band director Dr. Reginald Toomer, who taught three of our ED docs "
    "to play trombone.",
    "band and its director; staff",
)

# 61
p(
    "en",
    "campaign_hashtag",
    "#SAMHStrong looks like this: 11 weeks ago @ngoc.anh.huynh_ was pulled from a house fire on Jimmy "
    "Carter Blvd. Today she's singing karaoke on 7 West. #SAMHStrong #NgocAnhStrong",
    [("OTHER_ID", "@ngoc.anh.huynh_"), ("GEO", "Jimmy Carter Blvd"), ("NAME", "#NgocAnhStrong")],
    note="patient's social handle; a road named for a public figure is her GEO; campaign tag not labelled",
)

# 62
n(
    "en",
    "campaign_hashtag",
    "Wear red on Feb. 7 for #GoRedForWomen and share your heart-health selfie with #SAMHHeart. Every post "
    "= $1 from Peach State Credit Union to our women's cardiology clinic.",
    "campaign hashtags and date",
)

# 63
p(
    "en",
    "discharge",
    "After 44 days, Yonas Tesfaye Woldemariam walked out of our trauma ICU on his own feet. Yonas was hit "
    "by a car on Ponce de Leon while delivering on 8/17. His wife Selam and baby Liya were the first "
    "faces he saw. Egziabher yimesgen!",
    [
        ("NAME", "Yonas Tesfaye Woldemariam"),
        ("NAME", "Yonas", 2),
        ("GEO", "Ponce de Leon"),
        ("DATE", "8/17"),
        ("NAME", "Selam"),
        ("NAME", "Liya"),
    ],
    note="three-part Ethiopian name in one span; road of injury",
)

# 64
n(
    "en",
    "health_tip",
    "Delivery drivers: Atlanta's deadliest corridors for pedestrians and scooter riders include Buford "
    "Highway, Memorial Drive and Ponce. Wear reflective gear, use a light after dusk, and please, no "
    "phones at the crosswalk.",
    "road names in a safety tip, tied to nobody",
)

# 65
p(
    "en",
    "public_figure",
    "Gospel legend Mother Clara Mae Witherspoon, 98, asked us to share: she's resting well after a fall "
    "and hip surgery on Palm Sunday, and plans to sing 'Precious Lord' at Easter service, walker and all.",
    [("NAME", "Clara Mae Witherspoon"), ("AGE", "98"), ("DATE", "Palm Sunday")],
    note="a public figure who is a patient; surgery on a named holiday is a DATE, a planned Easter "
    "performance is not",
)

# 66
n(
    "en",
    "public_figure",
    "Gospel great Rev. Dorothy Pruitt-Haynes, 91, sang 'Precious Lord' for our chaplaincy's 50th "
    "anniversary service, walker and all. There wasn't a dry eye in the chapel.",
    "public figure not treated; her age is not labelled",
)

# 67
p(
    "en",
    "hospital_contact",
    "Mrs. Ha, if you see this: you left your son Minh-Quân's Batman backpack in the burn clinic waiting "
    "room on 1/14. We have it! Call us at (404) 555-0118 — or we can drop it at your nail salon on "
    "Buford Hwy like you said.",
    [("NAME", "Ha"), ("NAME", "Minh-Quân"), ("DATE", "1/14"), ("GEO", "Buford Hwy")],
    note="mother and son; the visit date; the family's business street; hospital number unlabelled",
)

# 68
n(
    "en",
    "hospital_contact",
    "Lost & found: a Batman backpack was left in the burn clinic waiting room this week. If it's yours, "
    "call (404) 555-0118 and describe what's on the keychain.",
    "no identifier",
)
# 69
p(
    "en",
    "memorial",
    "Clark Atlanta lost a Panther and we lost a friend. Marcus 'Smoke' Ellison lived with sickle cell for "
    "22 years and spent more birthdays in our day hospital than anywhere else. He passed Feb. 11. His "
    "mother Denise asked us to say: get tested, know your trait. #SmokeForever",
    [
        ("NAME", "Marcus 'Smoke' Ellison"),
        ("DATE", "Feb. 11"),
        ("NAME", "Denise"),
        ("NAME", "#SmokeForever"),
    ],
    note="quoted nickname inside the name span; nickname hashtag",
)

# 70
n(
    "en",
    "eponymous_condition",
    "Curling's ulcer, Marjolin's ulcer, the Parkland formula, the Lund and Browder chart — burn medicine "
    "is full of names. None of them are our patients, but all of them shape how we treat yours. "
    "#BurnAwarenessWeek",
    "eponyms only",
)

# 71
p(
    "en",
    "pasted_record",
    "Screenshot leaked from an ED tracking board (we've reported it): 'Bed B12 — JONES-OKAFOR, T. — 90yo "
    "— CC: fall — MRN 005572019 — 17:42'. If you have this image, please delete it.",
    [("OTHER_ID", "Bed B12"), ("NAME", "JONES-OKAFOR, T."), ("AGE", "90yo"), ("MRN", "005572019")],
    note="age token with attached suffix; clock time not labelled",
)

# 72
n(
    "en",
    "statistic",
    "Falls are the #1 reason adults 90 and older come to our ED. Last year: 612 visits, average age 93, "
    "and 1 in 4 happened in the bathroom. Grab bars cost $25.",
    "population and average ages",
)

# 73
p(
    "en",
    "birth_announcement",
    "Twins on MLK Day! Welcome Dallas and Savannah Brooks, born Jan. 20 at 4:04 and 4:11 a.m. to Kiara "
    "and Marcus Brooks of Lithonia. Big sister Georgia (yes, really) has already claimed the top bunk.",
    [
        ("DATE", "MLK Day"),
        ("NAME", "Dallas"),
        ("NAME", "Savannah Brooks"),
        ("DATE", "Jan. 20"),
        ("NAME", "Kiara"),
        ("NAME", "Marcus Brooks"),
        ("GEO", "Lithonia"),
        ("NAME", "Georgia"),
    ],
    note="city- and state-named children; birth day named as holiday and as date",
)

# 74
n(
    "en",
    "event",
    "This MLK Day, our chaplains and the Ebenezer Baptist youth choir will lead a noon prayer service in "
    "the main lobby for patients, families and staff. 'Life's most persistent and urgent question is, "
    "what are you doing for others?' — Dr. Martin Luther King Jr.",
    "holiday event; historical figure",
)

# 75
p(
    "en",
    "patient_story",
    "Mr. J asked us not to use his name, so: Mr. J, 94, Army veteran, Korean War, came in with a burn from "
    "his space heater on Dec. 23 and charmed his way home for Christmas with his cat Sergeant.",
    [("NAME", "J", "*"), ("AGE", "94"), ("DATE", "Dec. 23")],
    note="initial used as a name; injury date; going home 'for Christmas' is not a dated event; pet "
    "not labelled",
)

# 76
n(
    "en",
    "anonymous_story",
    "A Korean War veteran told our burn nurses this week that his space heater 'has been fine since "
    "1962.' It was not fine. Please keep heaters 3 feet from anything that can burn, and never run them "
    "overnight.",
    "anonymous patient, no age or name",
)

# 77
p(
    "es",
    "thank_you",
    "Gracias al equipo de trauma por salvarle la vida a mi hijo Brayan el 15 de septiembre, día de la "
    "independencia de Honduras. Lo atropellaron en la Buford Highway frente a la pupusería. Ya camina con "
    "muletas. — Marta Lidia Cruz Aguilar",
    [
        ("NAME", "Brayan"),
        ("DATE", "15 de septiembre"),
        ("DATE", "día de la independencia de Honduras"),
        ("GEO", "Buford Highway"),
        ("NAME", "Marta Lidia Cruz Aguilar"),
    ],
    note="injury day named twice; road of the crash (not the clinic's address)",
)

# 78
n(
    "es",
    "event",
    "Feria de salud el 15 de septiembre por el Mes de la Herencia Hispana en nuestra clínica de Doraville: "
    "presión arterial, glucosa y vacunas. Habrá pupusas, música y un mariachi. ¡Los esperamos!",
    "hospital event date",
)

# 79
p(
    "en",
    "discharge",
    "Big day on 5 West: three discharges before noon! Room 521 (Mr. Abernathy, hip), Room 524 (Ms. Tran, "
    "pneumonia), Room 530 (Mr. Haile, cellulitis). Housekeeping, you're up.",
    [
        ("OTHER_ID", "Room 521"),
        ("NAME", "Abernathy"),
        ("OTHER_ID", "Room 524"),
        ("NAME", "Tran"),
        ("OTHER_ID", "Room 530"),
        ("NAME", "Haile"),
    ],
    note="room list with surnames; a surname shared with a civil-rights figure",
)

# 80
n(
    "en",
    "staff_spotlight",
    "Shoutout to 5 West's Ms. Tran and Mr. Haile — our unit secretaries of the quarter! Between them they "
    "speak five languages and know where every wheelchair on the floor is hiding.",
    "staff surnames",
)

# 81
p(
    "en",
    "milestone_birthday",
    "Sister Minnie Ola Hutchins is ONE HUNDRED today, Feb. 29 — a leap-year baby, so it's only her 25th "
    "real birthday! Happy birthday from your friends in the dialysis unit, Miss Minnie. #Minnie100",
    [
        ("NAME", "Minnie Ola Hutchins"),
        ("AGE", "ONE HUNDRED"),
        ("DATE", "Feb. 29"),
        ("NAME", "Minnie", 2),
        ("NAME", "#Minnie100"),
    ],
    note="age in capital words; '25th' counts leap days and is not an age over 89",
)

# 82
n(
    "en",
    "milestone_birthday",
    "Our hospital turns 100 on Oct. 4! From a 40-bed ward on Auburn Avenue in 1925 to a Level I trauma "
    "center. Join the centennial block party — free, all ages.",
    "the hospital's age and anniversary",
)

# 83
p(
    "en",
    "pasted_record",
    "Found in the parking deck, please claim: a wristband 'HAILU, TSION · MRN 007218863 · DOB 12/01/1990 · "
    "ALLERGY PCN' and an insulin pump, serial PMP-44192-K. Security desk, main lobby.",
    [
        ("NAME", "HAILU, TSION"),
        ("MRN", "007218863"),
        ("DATE", "12/01/1990"),
        ("DEVICE", "PMP-44192-K"),
    ],
    note="wristband fields and a device serial",
)

# 84
n(
    "en",
    "health_tip",
    "Insulin pump users: our burn team has seen three pump sites melt in hot cars this summer. Never leave "
    "a pump, pen or vial in a parked car in Atlanta in July — it can hit 140°F inside in an hour.",
    "advice; the month is not tied to a patient",
)

# 85
p(
    "en",
    "patient_story",
    "When Mrs. Lee Myung-hee's restaurant on Pleasant Hill Road caught fire on Labor Day, she went back in "
    "for her late husband's photo. She got it — and second-degree burns on both arms. Today she brought "
    "our burn team 4 trays of japchae. 감사합니다!",
    [("NAME", "Lee Myung-hee"), ("GEO", "Pleasant Hill Road"), ("DATE", "Labor Day")],
    note="her business street shares a name with the clinic's road but has no clinic number",
)

# 86
n(
    "en",
    "crisis_update",
    "Heat advisory through Thursday. Our ED saw 31 heat-related visits yesterday, many of them outdoor "
    "workers and unhoused neighbors. Cooling center open at our Clarkston clinic until 8 p.m.; MARTA rides "
    "to it are free with a hospital voucher.",
    "aggregate update",
)

# 87
p(
    "en",
    "thank_you",
    "Shout out to the Sweet Auburn sickle cell team for getting me through finals week 😭 4 transfusions "
    "and I still passed orgo. Y'all are the real MVPs. — Imani J., Spelman '26 (the girl in bed 6 with "
    "the pink bonnet)",
    [("NAME", "Imani J."), ("OTHER_ID", "bed 6")],
    note="patient's own signature and bed; class year is a bare year",
)

# 88
n(
    "en",
    "campaign_hashtag",
    "#KnowYourTrait: 1 in 13 Black Americans carries sickle cell trait. Most don't know it. Free testing "
    "at every HBCU homecoming this fall — Morehouse, Spelman and Clark Atlanta, we're coming to you.",
    "campaign hashtag and population statistic",
)

# 89
p(
    "en",
    "crisis_update",
    "Update on the Decatur senior high-rise fire: our burn center is treating 3 residents. With family "
    "permission we can share that Mrs. Ernestine Pope, 101, is stable and 'mad about her wig.' The other "
    "two are in serious condition.",
    [("GEO", "Decatur"), ("NAME", "Ernestine Pope"), ("AGE", "101")],
    note="the fire site is a named patient's home city, so GEO here",
)

# 90
n(
    "en",
    "crisis_update",
    "We are treating multiple residents from this morning's senior high-rise fire in Decatur. Out of "
    "respect for families, we won't share names or conditions. Family line: (404) 555-0143. Red Cross is "
    "on site.",
    "incident location of an anonymous group; no individual is identified",
)

# 91
p(
    "en",
    "patient_story",
    "Meet Precious. Precious is 7, has sickle cell disease, and got her first gene therapy infusion here "
    "on Oct. 2. She says when she grows up she wants to 'fix people's blood like Dr. Asante.' Precious, "
    "we think you will.",
    [("NAME", "Precious", "*"), ("DATE", "Oct. 2")],
    note="word-name labelled every time; the doctor is staff",
)

# 92
n(
    "en",
    "research",
    "Our Sickle Cell Center is now one of 14 U.S. sites offering FDA-approved gene therapy for sickle cell "
    "disease. Eligibility: age 12+, severe crises. Talk to your hematologist or call (404) 555-0126. "
    "'Precious' is the word one mom used. We agree.",
    "'Precious' is an adjective quoted from an anonymous parent",
)

# 93
p(
    "es",
    "discharge",
    "Después de 63 días en la UCI de quemados, Wilmer Antonio Pérez López volvió a casa... y la próxima "
    "semana, a su restaurante de Chamblee. Se quemó el 4 de julio con fuegos artificiales. Su mamá, doña "
    "Reina, nos trajo pupusas a todo el turno de noche.",
    [
        ("NAME", "Wilmer Antonio Pérez López"),
        ("GEO", "Chamblee"),
        ("DATE", "4 de julio"),
        ("NAME", "Reina"),
    ],
    note="'doña' outside the span; 'Reina' is a word-name",
)

# 94
n(
    "es",
    "health_tip",
    "Los fuegos artificiales causan cientos de quemaduras cada 4 de julio en Georgia. Deje los fuegos a "
    "los profesionales, mantenga a los niños lejos de las bengalas y tenga una cubeta con agua cerca.",
    "holiday in a tip",
)

# 95
p(
    "en",
    "memorial",
    "With the family's blessing: Kim Young-ho, 90, founder of his church's Korean senior choir and our "
    "dialysis unit's unofficial baduk champion, died peacefully on 3/1 — Samiljeol, the day he always said "
    "was his real birthday. His son Daniel Kim thanks the 4th floor.",
    [
        ("NAME", "Kim Young-ho"),
        ("AGE", "90"),
        ("DATE", "3/1"),
        ("DATE", "Samiljeol"),
        ("NAME", "Daniel Kim"),
    ],
    note="death day named as date and as Korean holiday",
)

# 96
n(
    "en",
    "research",
    "Why do Korean and Vietnamese elders wait longer to report chest pain? Our Duluth and Doraville "
    "clinics are enrolling adults 65+ in a community-led study with two local universities. $50 gift "
    "card. Call (678) 555-0185.",
    "study recruitment",
)

# 97
p(
    "en",
    "pasted_record",
    "Accidentally pasted in our comments (now hidden): 'MyAuburnChart msg from Tsegaye, Berhane: my appt "
    "11/20 w/ Dr. Lim for burn f/u — can I move it? my cell 470-555-0118, address changed to 5219 Memorial "
    "Dr #8, Stone Mountain 30083.'",
    [
        ("NAME", "Tsegaye, Berhane"),
        ("DATE", "11/20"),
        ("PHONE", "470-555-0118"),
        ("GEO", "5219 Memorial Dr #8"),
        ("GEO", "Stone Mountain"),
        ("GEO", "30083"),
    ],
    note="the patient's cell shares its last 7 digits with the burn family line but not its area code",
)

# 98
n(
    "en",
    "hospital_contact",
    "Burn Center family line: (404) 555-0118. Sickle Cell Day Hospital: (404) 555-0126. Trauma family "
    "liaison: (404) 555-0143. Main: (404) 555-0100. Save them in your phone before you need them.",
    "hospital numbers",
)

# 99
p(
    "en",
    "thank_you",
    "thank u sweet auburn for takin care of my granny ms. earline she 97 and still fussin at everybody lol. "
    "6th floor nurses yall are angels. — her grandbaby tanisha in ellenwood",
    [("NAME", "earline"), ("AGE", "97"), ("NAME", "tanisha"), ("GEO", "ellenwood")],
    note="lower-case names and city",
)

# 100
n(
    "en",
    "thank_you",
    "Thank you to our environmental services team, who cleaned 1,240 rooms during last week's flu surge. "
    "Special thanks to Ms. Earline Tubbs, 71, who hasn't missed a day since 1989.",
    "staff name and age",
)

# 101
p(
    "en",
    "campaign_hashtag",
    "Y'all keep #PrayersForPapaJoe going 🙏🏾 He's off the vent and squeezed my hand today. The burn unit "
    "said the next 72 hours matter. Love you Papa. #SAMHStrong",
    [("NAME", "#PrayersForPapaJoe")],
    note="the name appears only in the hashtag; 'Papa' alone is a kin word",
)

# 102
n(
    "en",
    "campaign_hashtag",
    "#PrayersForAtlanta trended all night after the tornado. Here's what we can say: 17 patients treated, "
    "4 admitted, no deaths. Our staff worked doubles without being asked. #SAMHStrong",
    "city in a hashtag; counts only",
)

# 103
p(
    "en",
    "milestone_birthday",
    "Our centenarian club grew by one! Mrs. Ruby Dean Causey of Fairburn celebrated the big day on our "
    "cardiac floor with her pastor, her 3 living children and a red velvet cake shaped like a Bible. Her "
    "secret: 'I never married a man who drank.'",
    [("AGE", "centenarian"), ("NAME", "Ruby Dean Causey"), ("GEO", "Fairburn")],
    note="'centenarian' states her age",
)

# 104
n(
    "en",
    "statistic",
    "Centenarians are the fastest-growing age group in Georgia. Our geriatric ED now has 22 patients over "
    "100 in its registry — and a dedicated cake budget. #AgingWell",
    "population",
)

# 105
p(
    "en",
    "discharge",
    "Keren is going home to Keren! 😄 Our patient Keren Habtom, 34, is flying back to visit family in "
    "Keren, Eritrea, three months after her skin grafts. Safe travels, Keren — send pictures of the "
    "mountains.",
    [
        ("NAME", "Keren", 1),
        ("GEO", "Keren", 2),
        ("NAME", "Keren Habtom"),
        ("GEO", "Keren", 4),
        ("NAME", "Keren", 5),
    ],
    note="her name is also her family's foreign city; each occurrence typed by meaning",
)

# 106
n(
    "en",
    "research",
    "Our Clarkston Refugee Health Clinic just published the first U.S. data on hepatitis B in Eritrean and "
    "Ethiopian newcomers: 1 in 9 screened positive. Lead author Dr. Semret Kidane. Next step: free "
    "vaccination for household members.",
    "research news",
)

# 107
p(
    "en",
    "patient_story",
    "Charge nurse Lakisha Moore has worked our burn unit for 14 years. On Aug. 9 she was admitted to it — "
    "grease fire at home in Riverdale. She says the view from the bed is different. Her team says she's "
    "the worst patient ever (she keeps checking her own vitals).",
    [("NAME", "Lakisha Moore"), ("DATE", "Aug. 9"), ("GEO", "Riverdale")],
    note="staff member admitted as a patient",
)

# 108
n(
    "en",
    "staff_spotlight",
    "Charge nurse Patrice Holcomb has worked our burn unit for 14 years. On Aug. 9 she was named Georgia "
    "Burn Nurse of the Year. Her team says she's the worst at accepting compliments (she keeps deflecting "
    "to them).",
    "same shape as a patient post; staff award date",
)

# 109
p(
    "en",
    "hospital_contact",
    "To the family of the patient brought in from the I-75 crash on 10/31: your car (silver Camry, GA tag "
    "RTK 4419) was towed to Southside Towing. Your dad's driver's license (#052281907) is with our security "
    "desk. — Trauma family liaison",
    [("GEO", "I-75"), ("DATE", "10/31"), ("VEHICLE", "RTK 4419"), ("LICENSE", "052281907")],
    note="unnamed patient but plate, licence, crash road and date are his",
)

# 110
n(
    "en",
    "health_tip",
    "Car seat check Saturday in the main campus parking deck, 9–1. Our trauma nurses see too many kids in "
    "the wrong seat. Bring the seat, the car and the kid.",
    "event-style tip",
)

# 111
p(
    "es",
    "memorial",
    "Descansa en paz, Rosa Elvira Castañeda Ruiz, abuelita de todo el barrio en Norcross, que nos dejó a "
    "los 94 años. Murió el Día de las Madres, 10 de mayo, rodeada de sus nietos en nuestro 6 Norte. Su "
    "hija Maribel agradece a las enfermeras.",
    [
        ("NAME", "Rosa Elvira Castañeda Ruiz"),
        ("GEO", "Norcross"),
        ("AGE", "94"),
        ("DATE", "Día de las Madres"),
        ("DATE", "10 de mayo"),
        ("NAME", "Maribel"),
    ],
    note="death day named twice; 6 Norte is a unit",
)

# 112
n(
    "es",
    "staff_spotlight",
    "Conozcan a Maribel Ochoa, enfermera de 6 Norte desde hace 20 años. Nació en Veracruz, llegó a "
    "Norcross en 1998 y hoy entrena a las nuevas enfermeras bilingües. ¡Gracias, Maribel!",
    "nurse's name and cities",
)

# 113
p(
    "en",
    "birth_announcement",
    "The first Chuseok baby in our L&D's history! Welcome, Hana Grace Yoon (윤하나), 6 lb 13 oz, born under "
    "the harvest moon to Esther and Joshua Yoon of Suwanee. Grandma flew in from Busan. Pictured: Hana "
    "with her halmeoni.",
    [
        ("DATE", "Chuseok"),
        ("NAME", "Hana Grace Yoon"),
        ("NAME", "윤하나"),
        ("NAME", "Esther"),
        ("NAME", "Joshua Yoon"),
        ("GEO", "Suwanee"),
        ("GEO", "Busan"),
        ("PHOTO", "Pictured"),
        ("NAME", "Hana", 2),
    ],
    note="holiday as birth date; grandmother's foreign city; the photo shows the baby",
)

# 114
n(
    "en",
    "event",
    "Chuseok is Oct. 6 this year. Our Duluth clinic will close at noon so our staff can be with family — "
    "and we're hosting a songpyeon-making class for patients' kids the Saturday before. Happy harvest!",
    "holiday date and event",
)

# 115
p(
    "en",
    "thank_you",
    "The Mengistu family dropped off 200 cups of buna for night shift tonight, to say thank you for the "
    "3 weeks their grandmother spent in the trauma ICU. Ethiopian coffee at 2 a.m. hits different. "
    "Amesegnalehu, Mengistu family!",
    [("NAME", "Mengistu", "*")],
    note="family surname of a patient's relatives",
)

# 116
n(
    "en",
    "sponsor",
    "Thank you to Buna House Coffee in Clarkston for donating 500 bags of Yirgacheffe to Staff "
    "Appreciation Week! Owner Selamawit Alemayehu says her first job in America was in our cafeteria.",
    "donor business and owner",
)

# 117
p(
    "en",
    "patient_story",
    "Church family: Deacon Willie Ray Thornton came through his bypass on Ash Wednesday and is sitting up "
    "asking for his Bible and his Falcons hat. Card ministry, you can send mail to room 1016. "
    "#DeaconThorntonStrong",
    [
        ("NAME", "Willie Ray Thornton"),
        ("DATE", "Ash Wednesday"),
        ("OTHER_ID", "room 1016"),
        ("NAME", "#DeaconThorntonStrong"),
    ],
    note="surgery on a named holy day",
)

# 118
n(
    "en",
    "campaign_hashtag",
    "#DeaconsForHearts: 40 Atlanta churches, 40 Sundays of blood-pressure checks after service. Deacons, "
    "ushers and church mothers trained by our cardiology nurses. Is your church on the list? DM "
    "@SweetAuburnMem.",
    "campaign",
)

# 119
p(
    "en",
    "pasted_record",
    "PSA from our privacy office after today's comment (deleted): never post a relative's Social Security "
    "number. The screenshot showed 'Pham, Thi Lan · SSN 412-68-9931 · Medicare 1EG4-TE5-MK73'. We have "
    "contacted the family.",
    [("NAME", "Pham, Thi Lan"), ("SSN", "412-68-9931"), ("HEALTH_PLAN", "1EG4-TE5-MK73")],
    note="identifiers quoted in a privacy warning are still the patient's",
)

# 120
n(
    "en",
    "hospital_contact",
    "Privacy reminder: we will never ask for your Social Security number, Medicare number or MRN in a DM "
    "or comment. If someone claiming to be us does, report it to Privacy at (404) 555-0100 ext. 4410 or "
    "privacy@sweetauburnmemorial.org.",
    "hospital contacts",
)

# 121
p(
    "en",
    "milestone_birthday",
    "HAPPY 90TH BIRTHDAY TO THE QUEEN!!! MAMA LOUISE BANKS 90 YEARS YOUNG TODAY 5/16 AND SHE STILL ON "
    "4 WEST KICKIN 🎉🎉 WE LOVE YOU MAMA LOU — from the Banks family of Vine City",
    [
        ("AGE", "90TH"),
        ("NAME", "LOUISE BANKS"),
        ("AGE", "90"),
        ("DATE", "5/16"),
        ("NAME", "LOU"),
        ("NAME", "Banks"),
        ("GEO", "Vine City"),
    ],
    note="all-caps; 'MAMA' is a kin word; '90 YEARS' labels only the number",
)

# 122
n(
    "en",
    "statistic",
    "90 YEARS of babies: since 1935 our L&D unit has delivered more than 412,000 Atlantans. Our oldest "
    "living 'alumni' are in their 90s now. Tag someone born here! #BornAtSweetAuburn",
    "the unit's age; population",
)

# 123
p(
    "en",
    "thank_you",
    "To Ms. Gwendolyn Tate: your husband's nurses want you to know that the pound cake you left on 9 South "
    "every Sunday for 4 months made the hardest shifts bearable. We're so sorry for your loss. With love, "
    "9 South.",
    [("NAME", "Gwendolyn Tate")],
    note="the patient's widow named; the patient himself is not",
)

# 124
n(
    "en",
    "thank_you",
    "To Ms. Gwendolyn Pryor and the women of Wheat Street Baptist: the pound cakes you bring to 9 South "
    "every Sunday make the hardest night shifts bearable. Church mothers, you're the best.",
    "a church volunteer, not linked to any patient",
)

# 125
p(
    "en",
    "patient_story",
    "Our son Thanh (Tommy) Vo is on 7 West after the Buford Hwy motorbike crash on Jan. 3. He loves "
    "Pokémon cards. If you want to send him a note, email us at vo.family.doraville@gmail.com — his mom, "
    "Hằng",
    [
        ("NAME", "Thanh (Tommy) Vo"),
        ("GEO", "Buford Hwy"),
        ("DATE", "Jan. 3"),
        ("EMAIL", "vo.family.doraville@gmail.com"),
        ("NAME", "Hằng"),
    ],
    note="name with English nickname as one span; family e-mail",
)

# 126
n(
    "en",
    "health_tip",
    "Scooter and motorbike riders: 8 of 10 riders we treat for head injuries weren't wearing a helmet. "
    "DOT-approved helmets are free at our Doraville clinic while supplies last — just ask at the front "
    "desk.",
    "advice",
)

# 127
p(
    "en",
    "pasted_record",
    "my grandma's sticker from her ER visit says 'Enc# 2025-0412-7781 · ROBINSON, ALFREDA · 93F · Adm 4/12 "
    "via Fulton EMS Unit 14 · Bed 3, Trauma Bay' what does trauma bay mean?? she just fell in the yard",
    [
        ("OTHER_ID", "2025-0412-7781"),
        ("NAME", "ROBINSON, ALFREDA"),
        ("AGE", "93F"),
        ("DATE", "4/12"),
        ("OTHER_ID", "Bed 3"),
    ],
    note="encounter number is OTHER_ID; '93F' is one token; the ambulance unit is not labelled",
)

# 128
n(
    "en",
    "pasted_record",
    "What's on your wristband? NAME (LAST, FIRST) · MRN (9 digits) · DOB (MM/DD/YYYY) · ALLERGY. Staff "
    "should scan it before every med. If they don't, ask them to.",
    "a template with placeholders, no values",
)

# 129
p(
    "en",
    "patient_story",
    "Morris Brown freshman Brooklyn Fairley fainted at band practice on Aug. 21 — turns out it was her "
    "first sickle cell crisis, at 18. Now she's president of our Teen Advisory Board. Brooklyn, thank you "
    "for telling your story.",
    [("NAME", "Brooklyn Fairley"), ("NAME", "Brooklyn", 2), ("DATE", "Aug. 21")],
    note="city-like first name",
)

# 130
n(
    "en",
    "recruitment",
    "Morris Brown, Clark Atlanta, Spelman and Morehouse students: paid summer research internships in our "
    "Sickle Cell Center. 10 weeks, $18/hour, mentorship from Dr. Asante's lab. Apply by March 15 at "
    "sweetauburnmemorial.org/internships.",
    "recruitment deadline",
)

# 131
p(
    "en",
    "discharge",
    "The Abebe family walked out together today: dad Girma (hand burns), son Kaleab (leg burns) and the "
    "family's hero, 12-year-old Hiwot, who pulled her brother out of their Clarkston apartment on Jan. 9. "
    "#AbebeFamilyStrong",
    [
        ("NAME", "Abebe"),
        ("NAME", "Girma"),
        ("NAME", "Kaleab"),
        ("NAME", "Hiwot"),
        ("GEO", "Clarkston"),
        ("DATE", "Jan. 9"),
        ("NAME", "#AbebeFamilyStrong"),
    ],
    note="several family members who were patients or relatives",
)

# 132
n(
    "en",
    "staff_spotlight",
    "Meet Girma Abebe, our burn rehab OT. He was an engineer in Addis Ababa, drove a cab in Atlanta for "
    "6 years, and went back to school at 41. Now he builds custom splints out of whatever's in the supply "
    "closet.",
    "staff with the same names as a patient family",
)

# 133
p(
    "en",
    "memorial",
    "In memory of K.W., who taught our night shift to play spades and never let us win. He died on our "
    "palliative unit on Veterans Day, 11/11, with his Army flag folded on his lap. Salute, sir.",
    [("NAME", "K.W."), ("DATE", "Veterans Day"), ("DATE", "11/11")],
    note="initials as name; death day named twice",
)

# 134
n(
    "en",
    "event",
    "Veterans Day, 11/11: free breakfast for every veteran on staff and a flag ceremony at 8 a.m. at the "
    "main campus flagpole. Thank you for your service.",
    "event date",
)

# 135
p(
    "es",
    "patient_story",
    "Mi papá Rigoberto está en el cuarto 622 desde el viernes y nadie nos dice nada. Llámenme por favor al "
    "770-555-0264, soy su hija Yadira. Él no habla inglés.",
    [
        ("NAME", "Rigoberto"),
        ("OTHER_ID", "cuarto 622"),
        ("PHONE", "770-555-0264"),
        ("NAME", "Yadira"),
    ],
    note="room with keyword; daughter's phone; weekday not labelled",
)

# 136
n(
    "es",
    "hospital_contact",
    "Si su familiar está hospitalizado y necesita información, llame a nuestra línea para familias "
    "(404) 555-0143. Tenemos intérpretes de español las 24 horas. Por su privacidad, no damos información "
    "por redes sociales.",
    "hospital line",
)

# 137
p(
    "en",
    "patient_story",
    "Mr. C (he likes it that way) came in by helicopter on Christmas morning after a propane explosion in "
    "his shop in Covington. 5 surgeries later he's teaching the residents to tie fishing flies. Merry "
    "belated Christmas, Mr. C.",
    [("NAME", "C", "*"), ("DATE", "Christmas", 1), ("GEO", "Covington")],
    note="initial as name; injury on Christmas is a DATE, the later greeting is not (declared)",
    ok=("Christmas",),
)

# 138
n(
    "en",
    "health_tip",
    "Propane heaters in the shop or the deer stand? Check connections with soapy water, keep a CO detector "
    "nearby and never light one in an enclosed space. Our burn team sees propane explosions every hunting "
    "season.",
    "advice",
)
# 139
p(
    "en",
    "birth_announcement",
    "Born in the parking deck! 🚗 Little Zion Amir Harper couldn't wait for the elevator on New Year's Day. "
    "Security officer Dwayne Pickett caught him. Mom Ashanti and baby are doing great, and Dwayne has been "
    "named honorary uncle.",
    [("NAME", "Zion Amir Harper"), ("DATE", "New Year's Day"), ("NAME", "Ashanti")],
    note="'Little' outside the span; the security officer is staff",
)

# 140
n(
    "en",
    "anonymous_story",
    "Last night a baby was born in our parking deck. Security officer Dwayne Pickett caught him, mom and "
    "baby are doing great, and Dwayne would like everyone to stop calling him 'Doctor' now.",
    "anonymous birth; staff name",
)

# 141
p(
    "en",
    "thank_you",
    "To the Phạm family of Lilburn: thank you for the 60 bánh mì you sent to the burn unit after your "
    "mom's discharge. Tell Bà Phạm her nurses said she's the toughest patient of the year.",
    [("NAME", "Phạm", "*"), ("GEO", "Lilburn")],
    note="family surname and the patient's honorific form both labelled",
)

# 142
n(
    "en",
    "sponsor",
    "Thank you to Phở Bắc 79 on Buford Highway for feeding our ED night shift every Friday in January! "
    "Owner Mr. Lâm says it's his way of thanking the nurses who trained his daughter, now an RN here.",
    "donor business; staff's father",
)

# 143
p(
    "en",
    "event",
    "Come cheer on 11-year-old sickle cell warrior Jabari 'JJ' Jenkins as he throws the first pitch at "
    "tonight's Braves game! JJ spent his 11th birthday in our day hospital; this one's for him. "
    "#JJsFirstPitch",
    [("NAME", "Jabari 'JJ' Jenkins"), ("NAME", "JJ", 2), ("NAME", "#JJsFirstPitch")],
    note="event post about a named patient",
)

# 144
n(
    "en",
    "event",
    "Sickle Cell Awareness Night at Truist Park, Sept. 12! 1,000 free tickets for sickle cell warriors and "
    "their families, plus a trait-testing tent on the concourse. Get yours at "
    "sweetauburnmemorial.org/braves.",
    "event date",
)

# 145
p(
    "en",
    "research",
    "Meet the first patient in our burn center's spray-on skin trial: Daniel Yohannes, 27, a Clarkston cab "
    "driver burned in a car fire on Memorial Drive. 'If it helps the next guy, put my name on it,' he "
    "said. So we did.",
    [("NAME", "Daniel Yohannes"), ("GEO", "Clarkston"), ("GEO", "Memorial Drive")],
    note="research post naming a trial participant",
)

# 146
n(
    "en",
    "research",
    "Enrollment is open for our burn center's spray-on skin trial. Adults 18–65 with deep partial-thickness "
    "burns under 30% TBSA may qualify. Principal investigator: Dr. Rebecca Osei. Questions: "
    "(404) 555-0118.",
    "trial recruitment",
)

# 147
p(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: Mr. Leroy 'Pops' Gaither, 92, has pushed the book cart for 26 years. This spring "
    "he spent a week as a patient on 6 North after a fall. He still did rounds — from his wheelchair, with "
    "the cart tied to it.",
    [("NAME", "Leroy 'Pops' Gaither"), ("AGE", "92")],
    note="a volunteer who was a patient: his age becomes a patient's age; a season is not a date",
)

# 148
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: Mr. Cleophus 'Pops' Whitlow, 93, has pushed the book cart for 26 years. His "
    "secret? 'Knock, smile, and always carry a Louis L'Amour.' Thank you, Pops.",
    "volunteer's age is not labelled",
)

# 149
p(
    "en",
    "memorial",
    "Giỗ đầu — one year since we lost Bà Trần Thị Mai, 99, our Doraville clinic's first patient in 1996. "
    "Her family marks the day on the 15th day of the 8th lunar month, Mid-Autumn, just as she wanted. We "
    "lit a candle on the 3rd floor too.",
    [
        ("NAME", "Trần Thị Mai"),
        ("AGE", "99"),
        ("DATE", "15th day of the 8th lunar month"),
        ("DATE", "Mid-Autumn"),
    ],
    note="death anniversary given as a lunar date and as the festival; 'Mai' is a name here",
)

# 150
n(
    "en",
    "health_tip",
    "Mid-Autumn Festival tip: paper lanterns + real candles = our burn unit's busiest night in September. "
    "Switch to LED lanterns for the kids. Trung Thu vui vẻ!",
    "festival tip",
)

# 151
p(
    "en",
    "pasted_record",
    "[photo] can somebody tell me if yall take this?? its my daughter card: PEACHCARE FOR KIDS · Member ID "
    "PCK884201557 · NAME: DESTINY R MOSLEY · she got her appt friday",
    [("HEALTH_PLAN", "PCK884201557"), ("NAME", "DESTINY R MOSLEY")],
    note="the attached photo shows a card, not the patient, so no PHOTO span",
)

# 152
n(
    "en",
    "hospital_contact",
    "Yes, we accept Georgia Medicaid, PeachCare for Kids, Medicare and most Marketplace plans. Not sure? "
    "Call (404) 555-0157 — please don't post your card or member ID here.",
    "insurance info",
)

# 153
p(
    "en",
    "milestone_birthday",
    "Our newest nonagenarian! Mr. Thaddeus Pringle got a cake, a kazoo choir and a visit from his "
    "great-great-grandson on 8 North today. Deacon Pringle, you don't look a day over 70.",
    [("AGE", "nonagenarian"), ("NAME", "Thaddeus Pringle"), ("NAME", "Pringle", 2)],
    note="'nonagenarian' is AGE; the joke age 70 is not",
)

# 154
n(
    "en",
    "event",
    "Calling all centenarians and nonagenarians! Our 3rd annual 90+ Club luncheon is May 10 in the Heritage "
    "Room. Bring your stories, your hats and your grandkids. RSVP (404) 555-0100.",
    "population words and event date",
)

# 155
p(
    "en",
    "patient_story",
    "Rev. Sung-min Cho, senior pastor of a Duluth Korean Presbyterian church, asked us to share that his "
    "kidney transplant on 2/8 went well — and that his living donor is his own church member, deaconess "
    "Mrs. Oh. Please pray for both.",
    [("NAME", "Sung-min Cho"), ("GEO", "Duluth"), ("DATE", "2/8"), ("NAME", "Oh")],
    note="a living donor is also a patient; the church's city ties to him",
)

# 156
n(
    "en",
    "public_figure",
    "Rev. Sung-min Park of Duluth led our organ-donor registration drive Sunday, signing up 340 members of "
    "Atlanta's Korean churches. 'One donor can save eight lives,' he preached. Amen.",
    "a pastor who is not a patient",
)

# 157
p(
    "en",
    "campaign_hashtag",
    "Day 30. Still praying. Still fighting. #StandWithFilmon #SAMHBurnStrong 🇪🇷",
    [("NAME", "#StandWithFilmon")],
    note="name only in a hashtag",
)

# 158
n(
    "en",
    "campaign_hashtag",
    "#StandWithBurnSurvivors this week: share a photo in your compression garment, tag us, and Peach State "
    "Credit Union gives $5 to the Burn Survivor Camp. #BurnAwarenessWeek #SAMHBurnStrong",
    "invitation to share photos, no patient",
)

# 159
p(
    "en",
    "thank_you",
    "Shoutout @SAMHBurnCare for giving me my hands back. 6 months ago I couldn't hold a fork. Today I "
    "braided my daughter's hair for the first time since the fire. — @nia.braids.atl 💜",
    [("OTHER_ID", "@nia.braids.atl")],
    note="the patient's own handle; the hospital's handle is not labelled",
)

# 160
n(
    "en",
    "thank_you",
    "Thanks @SAMHBurnCare OT team for the free wrist-safety workshop at our braiding salon in the West "
    "End! 14 braiders, zero excuses now. — Crown & Glory Braids",
    "a business thanking a workshop; no patient",
)

# 161
p(
    "en",
    "pasted_record",
    "IT ticket INC0103388: family can't load telehealth. Pt: Desta Woldu (MRN 008114760). Caller's home "
    "IP 73.184.22.91, link sent: https://tele.sweetauburnmemorial.org/v/8qK2-DW77. Resolved: wrong "
    "browser.",
    [("NAME", "Desta Woldu"), ("MRN", "008114760"), ("IP", "73.184.22.91")],
    note="family IP labelled; the visit link is on the hospital's domain and left unlabelled",
)

# 162
n(
    "en",
    "hospital_contact",
    "Telehealth visits: check your MyAuburnChart inbox 15 minutes before your appointment and open the "
    "link in Chrome or Safari. Trouble? Call (404) 555-0100, option 4.",
    "instructions",
)

# 163
p(
    "en",
    "patient_story",
    "Family asked us to share: Rashad Tillman, 31, lost his barbershop on Fairburn Road and got burns over "
    "40% of his body pulling his apprentice out. Donations: gofundme.com/f/rashad-tillman-burn-recovery. "
    "We're in your corner, Rashad.",
    [
        ("NAME", "Rashad Tillman"),
        ("NAME", "Rashad", 2),
        ("GEO", "Fairburn Road"),
        ("URL", "gofundme.com/f/rashad-tillman-burn-recovery"),
    ],
    note="fundraiser URL naming the patient",
)

# 164
n(
    "en",
    "sponsor",
    "Barbers for Burn Survivors: 30 Atlanta barbershops donated a day of cuts to raise $41,000 for our Burn "
    "Survivor Fund. Shoutout to organizer Terrell 'Fade King' Simmons of Kutz on Cascade Road.",
    "organizer and business address are not a patient's",
)

# 165
p(
    "en",
    "memorial",
    "고 이정숙 권사님 (Lee Jung-sook), 96, went home to the Lord on 3월 14일 with her hymnal on her chest. "
    "The chaplains say she sang 'Amazing Grace' in Korean every night on 8 North. Her grandson Brian asked "
    "us to thank everyone.",
    [
        ("NAME", "이정숙"),
        ("NAME", "Lee Jung-sook"),
        ("AGE", "96"),
        ("DATE", "3월 14일"),
        ("NAME", "Brian"),
    ],
    note="'고' (the late) and '권사님' (deaconess) outside the span; Korean date format",
)

# 166
n(
    "en",
    "eponymous_condition",
    "Behçet's disease — named for a Turkish dermatologist — is most common along the old Silk Road, from "
    "Turkey to Korea. Mouth ulcers that keep coming back with eye or skin problems? Ask about our "
    "rheumatology clinic in Duluth.",
    "eponym",
)

# 167
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Esperanza Villalobos! Nació el 2 de febrero, Día de la "
    "Candelaria, en Jalisco, y hoy lo celebró con mariachi en la sala de diálisis. Sus bisnietos de "
    "Marietta trajeron los tamales.",
    [
        ("AGE", "100"),
        ("NAME", "Esperanza Villalobos"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("GEO", "Marietta"),
    ],
    note="word-name 'Esperanza'; a Mexican state is not GEO; great-grandchildren's city is",
)

# 168
n(
    "es",
    "statistic",
    "En 2024 atendimos a 312 pacientes hispanos mayores de 90 años en nuestras clínicas. ¡La comunidad "
    "latina de Atlanta vive más y mejor! Vacúnese contra la gripe y el COVID este otoño.",
    "population ages",
)

# 169
p(
    "en",
    "public_figure",
    "Atlanta Dream guard Kiana Holloway asked us to share that she had surgery here on July 2 for a torn "
    "ACL and will miss the rest of the season. She signed every cast on the peds floor on her way out. "
    "Heal up, Kiana!",
    [("NAME", "Kiana Holloway"), ("NAME", "Kiana", 2), ("DATE", "July 2")],
    note="athlete who is a patient",
)

# 170
n(
    "en",
    "public_figure",
    "Atlanta Dream forward Tamia Rhodes signed every cast on the peds floor today and stayed two hours for "
    "photos with our sickle cell warriors. Thank you, Tamia!",
    "visiting athlete",
)

# 171
p(
    "en",
    "discharge",
    "Discharge day for Mr. Hezekiah 'Kiah' Dukes, who came in on the 19th of last month with a sickle cell "
    "crisis and left today with a new hematologist, a new med and a Morehouse sweatshirt from the nurses. "
    "See you at homecoming, Kiah.",
    [("NAME", "Hezekiah 'Kiah' Dukes"), ("NAME", "Kiah", 2), ("DATE", "19th")],
    note="day-of-month of admission labelled; 'last month' is relative",
)

# 172
n(
    "en",
    "event",
    "Morehouse–Spelman homecoming Oct. 25: our mobile sickle cell trait testing van will be parked on "
    "Westview Drive 10–2. Know your status before you start a family.",
    "event",
)

# 173
p(
    "en",
    "anonymous_story",
    "A 103-year-old patient on our geri unit told a new grad nurse yesterday: 'Baby, I've outlived three "
    "hospitals. Be kind, wash your hands, and don't rush an old woman.' We're putting it on a poster.",
    [("AGE", "103-year-old")],
    note="no name, but an individual patient's age over 89 is still an identifier",
)

# 174
n(
    "en",
    "anonymous_story",
    "A patient told a new grad nurse yesterday: 'Baby, be kind, wash your hands, and don't rush an old "
    "woman.' Best orientation advice we've heard all year.",
    "anonymous, no age",
)

# 175
p(
    "en",
    "pasted_record",
    "Home health referral (posted in wrong group, removed): 'Pt Mesele, Tigist A. · 4102 Pine Cove Ct, "
    "Tucker GA 30084 · ph (470) 555-0244 · d/c 6/30 · wound care daily · sister Rahel at same address'.",
    [
        ("NAME", "Mesele, Tigist A."),
        ("GEO", "4102 Pine Cove Ct"),
        ("GEO", "Tucker"),
        ("GEO", "30084"),
        ("PHONE", "(470) 555-0244"),
        ("DATE", "6/30"),
        ("NAME", "Rahel"),
    ],
    note="full home address; sister is household member",
)

# 176
n(
    "en",
    "recruitment",
    "Home health nurses wanted for our Tucker, Stone Mountain and Clarkston routes. Company car, flexible "
    "hours, Amharic or Tigrinya a plus. Apply at sweetauburnmemorial.org/careers.",
    "service areas",
)

# 177
p(
    "en",
    "patient_story",
    "His name is King, and he'll tell you himself he was born on MLK Day. King Solomon Ross, 15, is back "
    "on the football field at Douglass High after surgery for a sickle cell hip on Nov. 20. Long live the "
    "King. 👑",
    [
        ("NAME", "King", 1),
        ("NAME", "King Solomon Ross"),
        ("NAME", "King", 3),
        ("DATE", "MLK Day"),
        ("DATE", "Nov. 20"),
    ],
    note="word-name King; birth on a holiday; school named for a historical figure is not GEO",
)

# 178
n(
    "en",
    "public_figure",
    "Dr. Martin Luther King Jr. was born Jan. 15, 1929, a mile from our main campus. This King holiday, our "
    "residents are volunteering at the MLK Center and the King Center archive. #MLKDay",
    "dates of a historical figure",
)

# 179
p(
    "en",
    "thank_you",
    "The Mothers' Board of Big Bethel AME sent 200 hand-sewn port pillows for our chemo patients in honor "
    "of Mother Geraldine Swint, who finished her last round of chemo with us on Good Friday. Ring that "
    "bell, Mother Swint! 🔔",
    [("NAME", "Geraldine Swint"), ("NAME", "Swint", 2), ("DATE", "Good Friday")],
    note="church title outside span; treatment date on a holy day",
)

# 180
n(
    "en",
    "sponsor",
    "The Mothers' Board of Big Bethel AME sent 200 hand-sewn port pillows for our chemo patients. Thank "
    "you, Mother Willa Dean Harbin and the sewing circle — your stitches are prayers.",
    "donor church mother",
)

# 181
p(
    "en",
    "pasted_record",
    "Chị ơi, mẹ em's paper says 'Họ tên: ĐỖ THỊ NGỌC LAN — Ngày sinh: 02/09/1947 — Số hồ sơ: 009921354'. "
    "Is that her MRN? She goes to the Doraville clinic Thursday. — Vy",
    [("NAME", "ĐỖ THỊ NGỌC LAN"), ("DATE", "02/09/1947"), ("MRN", "009921354"), ("NAME", "Vy")],
    note="Vietnamese field labels; daughter's name; clinic is the hospital's",
)

# 182
n(
    "en",
    "hospital_contact",
    "Cần thông dịch viên tiếng Việt? Our Doraville Community Clinic has Vietnamese-speaking staff Mon–Sat. "
    "Call (770) 555-0132 or walk in at 3100 Buford Highway NE. Cô Hương at the front desk will take care "
    "of you.",
    "hospital address; staff",
)

# 183
p(
    "en",
    "birth_announcement",
    "Hope and Faith arrived on Valentine's Day! 💕 Our NICU's newest twins were born at 32 weeks to Pastor "
    "Andre and First Lady Simone Whitlock of Conyers. Hope is the feisty one. Faith is already sleeping "
    "through the night. (Her nurses are jealous.)",
    [
        ("NAME", "Hope", "*"),
        ("NAME", "Faith", "*"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Andre"),
        ("NAME", "Simone Whitlock"),
        ("GEO", "Conyers"),
    ],
    note="word-names; titles Pastor and First Lady outside spans",
)

# 184
n(
    "en",
    "campaign_hashtag",
    "#HopeHasAHome: every dollar raised this month goes to our NICU family lounge. Faith, hope and a decent "
    "cup of coffee at 3 a.m. — that's what NICU parents need. Give at samhgiving.org/nicu.",
    "capitalised 'Faith' is a word here",
)

# 185
p(
    "en",
    "discharge",
    "Our valet team asks: whoever is picking up Mr. Amanuel Ghebre from 7 West today, his truck (white "
    "F-150, tag CPX 2281) is still in the ED lot from the night of his burn, 12/26. Keys are at the "
    "security desk.",
    [("NAME", "Amanuel Ghebre"), ("VEHICLE", "CPX 2281"), ("DATE", "12/26")],
    note="plate and injury date",
)

# 186
n(
    "en",
    "hospital_contact",
    "Visitor parking: Deck B off Auburn Crest Pkwy, $5/day, free for families of ICU and burn patients "
    "with a pass from the nurses' station. Valet at the main entrance 6 a.m.–9 p.m.",
    "parking info",
)

# 187
p(
    "en",
    "thank_you",
    "Thank you, Korean Central Presbyterian youth group, for the 1,000 paper cranes you folded for your "
    "friend Daniel Shin while he was in our peds ICU. He counted them all. (He says 998.)",
    [("NAME", "Daniel Shin")],
    note="patient named by the youth group",
)

# 188
n(
    "en",
    "thank_you",
    "Thank you, Korean Central Presbyterian youth group, for the 1,000 paper cranes you folded for our "
    "peds ICU families. They're hanging in the family lounge, and the kids keep trying to count them.",
    "no individual",
)

# 189
p(
    "en",
    "memorial",
    "SISTER FANNIE MAE GRIER, 92. She went home on MOTHER'S DAY in room 403, surrounded by the Grier, "
    "Tolbert and Hightower families. Thank you, 4th floor, for loving our Mama.",
    [
        ("NAME", "FANNIE MAE GRIER"),
        ("AGE", "92"),
        ("DATE", "MOTHER'S DAY"),
        ("OTHER_ID", "room 403"),
        ("NAME", "Grier"),
        ("NAME", "Tolbert"),
        ("NAME", "Hightower"),
    ],
    note="all-caps; death on a named day; family surnames",
)

# 190
n(
    "en",
    "statistic",
    "Mother's Day weekend numbers from L&D: 27 babies, 3 sets of twins, 1 mom who delivered in the "
    "elevator, and 0 nurses who got brunch. Happy Mother's Day to all of you.",
    "counts; holiday not tied to anyone",
)

# 191
p(
    "en",
    "patient_story",
    "Filmon Tesfamariam (the nurses spell it 'Filimon' on the whiteboard; he's forgiven them) came to us "
    "from Asmara via Ethiopia and Mexico, and now works nights at a Clarkston warehouse. A forklift "
    "crushed his foot on 4/3. He'll walk again.",
    [
        ("NAME", "Filmon Tesfamariam"),
        ("NAME", "Filimon"),
        ("GEO", "Asmara"),
        ("GEO", "Clarkston"),
        ("DATE", "4/3"),
    ],
    note="misspelt variant labelled; foreign city GEO; countries not",
)

# 192
n(
    "en",
    "crisis_update",
    "We're treating 5 workers from this afternoon's chemical spill at a Tucker warehouse. 3 have been "
    "released. If your family member works there, call (404) 555-0143 — we cannot share names here.",
    "incident location of an anonymous group",
)

# 193
p(
    "en",
    "patient_story",
    "Ninety-nine and fine! Mr. Booker T. Lattimore, a Tuskegee-trained mechanic and the oldest patient in "
    "our cardiac rehab, finished his 36th session today. He says he's training for 100.",
    [("AGE", "Ninety-nine"), ("NAME", "Booker T. Lattimore"), ("AGE", "100")],
    note="age in words; the target age 100 is also an age over 89 of the patient",
)

# 194
n(
    "en",
    "public_figure",
    "Students from Booker T. Washington High School's health-sciences academy spent the day shadowing our "
    "cardiac rehab team. 14 juniors, 1 future cardiologist (she told us so).",
    "school named for a historical figure",
)
# 195
p(
    "en",
    "pasted_record",
    "Records request (sent to the wrong department, now rerouted): 'Please send all burn clinic records "
    "for ABRAHA, SABA H., DOB 07/07/1982, MRN 003376520, to her new PCP, fax (770) 555-0219, attn Dr. "
    "Park, and a copy to the patient's home fax 770-555-0340.' From HIM fax (404) 555-0171.",
    [
        ("NAME", "ABRAHA, SABA H."),
        ("DATE", "07/07/1982"),
        ("MRN", "003376520"),
        ("FAX", "770-555-0340"),
    ],
    note="only the patient's own fax is labelled; the new doctor's office fax and the hospital's HIM fax "
    "are not hers",
)

# 196
p(
    "en",
    "discharge",
    "lil man Ja'Kori went home today!!! 3 weeks in the burn unit after he pulled a pot of grits off the "
    "stove 😢 thank you to every nurse who sang him to sleep. video is him ringing the bell. his mama Shay "
    "said she'll be back with wings 🍗",
    [("NAME", "Ja'Kori"), ("PHOTO", "video"), ("NAME", "Shay")],
    note="apostrophe name; the video shows the patient; 'lil man' is descriptive",
)

# 197
n(
    "en",
    "health_tip",
    "Grits burns are no joke: they stick to skin and hold heat longer than water. Turn pot handles toward "
    "the back of the stove, and keep kids out of a 3-foot 'no zone' while you cook. #BurnAwarenessWeek",
    "advice",
)

# 198
p(
    "es",
    "pasted_record",
    "Mi mamá recibió esta carta y no entiendo: 'Paciente: HERNÁNDEZ RUIZ, MARÍA JOSÉ · Cuenta 6610428873 · "
    "Fecha de servicio 03/11 · Saldo $1,240.00'. ¿A quién llamo? Gracias. — Daniela",
    [
        ("NAME", "HERNÁNDEZ RUIZ, MARÍA JOSÉ"),
        ("ACCOUNT", "6610428873"),
        ("DATE", "03/11"),
        ("NAME", "Daniela"),
    ],
    note="billing letter; daughter signs",
)

# 199
n(
    "es",
    "hospital_contact",
    "¿Recibió una factura y tiene preguntas? Llame a Servicios Financieros al (404) 555-0157, de lunes a "
    "viernes. Tenemos programas de ayuda financiera. Por favor no publique su número de cuenta aquí.",
    "hospital line",
)

# 200
p(
    "en",
    "thank_you",
    "From W/ro Tsehay Bekele Ayana and her children: thank you to the Clarkston clinic and the 7 West burn "
    "team for saving our husband and father, Ato Getachew Mamo, after the Jan. 28 fire on Indian Creek "
    "Way.",
    [
        ("NAME", "Tsehay Bekele Ayana"),
        ("NAME", "Getachew Mamo"),
        ("DATE", "Jan. 28"),
        ("GEO", "Indian Creek Way"),
    ],
    note="Amharic honorifics W/ro and Ato outside spans; Clarkston here is the hospital's clinic",
)

# 201
n(
    "en",
    "event",
    "Melkam Genna! Ethiopian and Eritrean Orthodox Christmas is Jan. 7. Our Clarkston clinic closes at noon "
    "so staff can attend services — the Sickle Cell Day Hospital and ED are open as usual.",
    "holiday hours",
)

# 202
p(
    "en",
    "milestone_birthday",
    "Baba Haile Gebreselassie turned 100 this week — or 92, he says, depending on which calendar you use "
    "and which document you believe. Born in Gondar, he is our Clarkston clinic's oldest patient. Happy "
    "birthday, Baba Haile!",
    [
        ("NAME", "Haile Gebreselassie"),
        ("NAME", "Haile", 2),
        ("AGE", "100"),
        ("AGE", "92"),
        ("GEO", "Gondar"),
    ],
    note="shares a famous runner's name but is a patient; both ages over 89; 'Baba' is honorific",
)

# 203
n(
    "en",
    "public_figure",
    "Marathoner Almaz Tadesse, who won the Peachtree Road Race in 2019, ran our 5K for sickle cell on "
    "Saturday and then stayed to hand out medals. Ethiopia's finest, Atlanta's favorite.",
    "public figure, not a patient",
)

# 204
p(
    "en",
    "crisis_update",
    "Tornado update: we're treating 9 patients from the Cascade Heights touchdown. With permission from his "
    "family, we can share that Pastor Leon Abernathy-Wright, who was pulled from his church's fellowship "
    "hall, is out of surgery and asking for his deacons.",
    [("GEO", "Cascade Heights"), ("NAME", "Leon Abernathy-Wright")],
    note="neighbourhood tied to the named patient",
)

# 205
n(
    "en",
    "crisis_update",
    "Tornado update, 9 p.m.: 9 patients from the Cascade Heights touchdown, 2 critical. Blood supply is "
    "holding. If you're O-negative, the Red Cross needs you tomorrow at our Heritage Room drive, 8–4.",
    "anonymous group; incident location",
)

# 206
p(
    "en",
    "thank_you",
    "My mother has been in your ICU for 3 weeks and Nurse Pham calls me every night at 9 so I can say "
    "goodnight to her in Korean. I'm in Seoul for work and can't fly back. 고맙습니다. — Jiyoon Baek",
    [("GEO", "Seoul"), ("NAME", "Jiyoon Baek")],
    note="relative named without the patient; relative's foreign city; the nurse is staff",
)

# 207
n(
    "en",
    "staff_spotlight",
    "Nurse Hoa Pham has worked our ICU for 22 years. She keeps a notebook of every family's 'goodnight' "
    "time and calls them if they can't come in. Today she retired. There's not a dry eye on 8 East.",
    "staff",
)

# 208
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Marigold 'Goldie' Ivey! 🌼 8 lb even, born 2/2 at 2:22 on Groundhog Day to "
    "Dr. Danielle Ivey, one of our own ED docs, and her wife Renée. Looks like 6 more weeks of baby "
    "snuggles.",
    [
        ("NAME", "Marigold 'Goldie' Ivey"),
        ("DATE", "2/2"),
        ("DATE", "Groundhog Day"),
        ("NAME", "Danielle Ivey"),
        ("NAME", "Renée"),
    ],
    note="a doctor who gave birth here is a patient; her newborn is too and her wife is a relative",
)

# 209
n(
    "en",
    "staff_spotlight",
    "Congratulations to ED physician Dr. Danielle Okoro and her wife Renée, who welcomed their daughter "
    "last week at a birth center in Decatur! Baby and moms are home and doing great.",
    "staff member's own family, not our patients",
)

# 210
p(
    "en",
    "patient_story",
    "'Sweet Pea' is what the whole sickle cell unit calls her. Her real name is on her chart; her nickname "
    "is on every heart. Sweet Pea turns 21 on Thursday and wants one thing: a pain-free birthday.",
    [("NAME", "Sweet Pea", "*")],
    note="nickname as name; age 21 not labelled",
)

# 211
n(
    "en",
    "health_tip",
    "Sickle cell pain is real pain. If you're a warrior heading to any ER, bring your individualized pain "
    "plan; ours lives in MyAuburnChart under 'Care Plans.' If you're a nurse: believe them.",
    "advice",
)

# 212
p(
    "en",
    "pasted_record",
    "Chaplain rounding list, 12/24 (posted to the volunteer Facebook group by mistake): 'Rm 902 — Mother "
    "Ophelia Dunn, wants communion · Rm 905 — Mr. Nguyễn, Catholic, Vietnamese · Rm 911 — baby girl Asfaw, "
    "family Orthodox'.",
    [
        ("DATE", "12/24"),
        ("OTHER_ID", "Rm 902"),
        ("NAME", "Ophelia Dunn"),
        ("OTHER_ID", "Rm 905"),
        ("NAME", "Nguyễn"),
        ("OTHER_ID", "Rm 911"),
        ("NAME", "Asfaw"),
    ],
    note="the list's date is when these patients were inpatients",
)

# 213
n(
    "en",
    "event",
    "Christmas Eve, 12/24: chaplains will bring communion to any patient who asks, in English, Spanish, "
    "Korean, Vietnamese and Ge'ez. Midnight carols in the main lobby. All faiths welcome.",
    "event",
)

# 214
p(
    "en",
    "eponymous_condition",
    "Mrs. Alberta Graves has Graves' disease, and yes, she's heard every joke. After her thyroid surgery on "
    "Jan. 16 she asked us to share: 'Know the signs — racing heart, weight loss, bulging eyes — and don't "
    "wait like I did.'",
    [("NAME", "Alberta Graves"), ("DATE", "Jan. 16")],
    note="surname labelled, the eponymous 'Graves'' is declared unlabelled",
    ok=("Graves",),
)

# 215
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's, Cushing's — January is Thyroid Awareness Month, and most of "
    "those names belong to doctors who died 100 years ago. Symptoms don't care. Ask for a TSH test.",
    "eponyms",
)

# 216
p(
    "en",
    "staff_spotlight",
    "Our own sickle cell nurse navigator, Tameka Dorsey, has lived with sickle cell since birth. On Feb. 14 "
    "she got her gene therapy infusion — in the same day hospital where she works. 'Now I know both sides "
    "of the IV pole,' she says.",
    [("NAME", "Tameka Dorsey"), ("DATE", "Feb. 14")],
    note="staff member who is a patient",
)

# 217
n(
    "en",
    "staff_spotlight",
    "Our own sickle cell nurse navigator, Tamara Bledsoe, has been in the day hospital since it opened. On "
    "Feb. 14 she was named DAISY Nurse of the Month. 'I know every warrior's favorite juice,' she says.",
    "same wording, staff award",
)

# 218
n(
    "en",
    "sponsor",
    "The Atlanta Hawks Foundation and Peach State Credit Union teamed up to fill 600 care bags for our "
    "pediatric sickle cell patients. Thank you to every volunteer who packed them!",
    "sponsors",
)

# 219
p(
    "en",
    "patient_story",
    "Joon-ho 'Jay' Kang, 17, a Duluth High linebacker, had a cardiac arrest on the field on Sept. 5. An "
    "athletic trainer, an AED and our cardiac ICU got him here. Tonight he's back in the stands. #JayStrong",
    [
        ("NAME", "Joon-ho 'Jay' Kang"),
        ("GEO", "Duluth"),
        ("DATE", "Sept. 5"),
        ("NAME", "#JayStrong"),
    ],
    note="the city inside his school's name places him, so it is GEO",
)

# 220
n(
    "en",
    "event",
    "Free AED and hands-only CPR training for every Gwinnett and DeKalb high school coach, July 19 at our "
    "Duluth clinic, 2750 Pleasant Hill Road. Sudden cardiac arrest is the #1 killer of young athletes on "
    "the field.",
    "event at a hospital site",
)

# 221
p(
    "en",
    "memorial",
    "#LongLivePooh 🕊️ Pooh (Terrance) fought sickle cell 26 years and never once complained to his nurses. "
    "He passed on our unit on his mama's birthday, Aug. 30. His twin sister Tee says keep his name alive.",
    [
        ("NAME", "#LongLivePooh"),
        ("NAME", "Pooh"),
        ("NAME", "Terrance"),
        ("DATE", "Aug. 30"),
        ("NAME", "Tee"),
    ],
    note="nickname, real name and hashtag; death date",
)

# 222
n(
    "en",
    "campaign_hashtag",
    "#LongLiveTheWarriors: on World Sickle Cell Day we read the names of warriors we've lost — privately, "
    "with their families. Publicly, we light 312 red candles on the lawn. Join us at 8 p.m.",
    "campaign",
)

# 223
p(
    "es",
    "thank_you",
    "Gracias a la doctora Ramírez y a las enfermeras de 5 Este por cuidar a mi esposo Luz Ángel Xoc Tzul "
    "después de su caída del andamio en Lawrenceville el 9 de marzo. Dios las bendiga. — Sandra",
    [
        ("NAME", "Luz Ángel Xoc Tzul"),
        ("GEO", "Lawrenceville"),
        ("DATE", "9 de marzo"),
        ("NAME", "Sandra"),
    ],
    note="Maya surnames; the doctor is staff",
)

# 224
n(
    "es",
    "recruitment",
    "¿Es bilingüe y le gusta ayudar? Buscamos intérpretes médicos de español y k'iche' para nuestras "
    "clínicas. Tiempo completo, beneficios y capacitación pagada. Solicite en "
    "sweetauburnmemorial.org/empleos.",
    "job ad",
)

# 225
p(
    "en",
    "patient_story",
    "Updates on Mother Lurleen Odom's recovery will be posted at caringbridge.org/visit/lurleenodom — "
    "please don't call the nurses' station. She's 94, she's feisty and she says 'tell the choir to keep "
    "practicing.'",
    [("NAME", "Lurleen Odom"), ("URL", "caringbridge.org/visit/lurleenodom"), ("AGE", "94")],
    note="family update page",
)

# 226
p(
    "en",
    "pasted_record",
    "Ma'am, please take this down — that's your husband's driver's license! (GA DL 048817365, MENGESHA "
    "ABEBE W, 2217 N Decatur Rd, Decatur 30033.) We'll return the wallet at the ED security desk.",
    [
        ("LICENSE", "048817365"),
        ("NAME", "MENGESHA ABEBE W"),
        ("GEO", "2217 N Decatur Rd"),
        ("GEO", "Decatur", 2),
        ("GEO", "30033"),
    ],
    note="licence pasted in a comment",
)

# 227
n(
    "en",
    "crisis_update",
    "Dozens of wallets, phones and keys from Saturday's MARTA crash are at our ED security desk. Bring a "
    "photo ID to claim yours. Please don't post pictures of IDs or cards in the comments.",
    "no individual",
)

# 228
p(
    "en",
    "discharge",
    "Mesfin is going home on 10 Tir — that's Jan. 18 for the rest of us — after 52 days of burn care. His "
    "wife Senait says the first thing he wants is shiro.",
    [("NAME", "Mesfin"), ("DATE", "10 Tir"), ("DATE", "Jan. 18"), ("NAME", "Senait")],
    note="discharge day in Ethiopian and Gregorian calendars",
)

# 229
n(
    "en",
    "staff_spotlight",
    "Ethiopian calendar, Gregorian calendar, lunar calendar: our Clarkston clinic manager Mesfin Alemu "
    "keeps all three on his wall so no appointment lands on a fasting day. That's cultural humility.",
    "staff",
)

# 230
p(
    "en",
    "memorial",
    "rip to my day one #longliveboobie 💔 we was just at six flags last month and now this. sweet auburn "
    "tried everything. his mama need prayers fr",
    [("NAME", "#longliveboobie")],
    note="lower-case nickname hashtag only",
)

# 231
n(
    "en",
    "anonymous_story",
    "A teenage trauma patient asked his nurse to text his mom 'I'm sorry' before surgery. He made it. She "
    "made it to the hospital in 11 minutes. We'll never say his name here, but we'll never forget that "
    "night.",
    "anonymous",
)

# 232
p(
    "en",
    "pasted_record",
    "Hi, I'm locked out of the portal. username: DeaconFranklinB, email: franklin.boykin1952@yahoo.com, "
    "my wife Pearlie Boykin is on my account too. please help",
    [
        ("OTHER_ID", "DeaconFranklinB"),
        ("EMAIL", "franklin.boykin1952@yahoo.com"),
        ("NAME", "Pearlie Boykin"),
    ],
    note="portal user name, e-mail, wife",
)

# 233
n(
    "en",
    "thank_you",
    "Dear Ms. T and Mr. B in 7 West: you took care of my roommate like she was your own little sister. "
    "She doesn't want her name online, so I'll just say: Clark Atlanta '27 loves you. — her roommate",
    "initials belong to nurses; the patient is anonymous",
)

# 234
p(
    "en",
    "birth_announcement",
    "Welcome, Asmara Eden Tekle! 💚💛❤️💙 Named for the city her grandparents left, born at 4:44 a.m. on "
    "Eritrean Independence Day, May 24, to Luwam and Yohannes Tekle of Clarkston.",
    [
        ("NAME", "Asmara Eden Tekle"),
        ("DATE", "Eritrean Independence Day"),
        ("DATE", "May 24"),
        ("NAME", "Luwam"),
        ("NAME", "Yohannes Tekle"),
        ("GEO", "Clarkston"),
    ],
    note="a city name used as a first name is NAME",
)

# 235
n(
    "en",
    "event",
    "Eritrean Independence Day festival, May 24, Milam Park in Clarkston: our refugee health team will be "
    "there with blood-pressure checks and sickle cell trait info. Come say selam! 👋",
    "event; 'selam' is a greeting",
)

# 236
n(
    "es",
    "event",
    "Clase gratuita de RCP en español el sábado 8 de marzo en nuestra clínica de Doraville. Aprenda a "
    "salvar una vida en 2 horas. Cupo limitado: (770) 555-0132.",
    "event date",
)

# 237
n(
    "es",
    "anonymous_story",
    "Una abuelita guatemalteca nos pidió compartir esto: 'No tengan miedo de venir al hospital. Aquí nadie "
    "me preguntó mis papeles, solo dónde me dolía.' No quiso dar su nombre, y lo respetamos.",
    "anonymous",
)

# 238
n(
    "es",
    "research",
    "Estudio nuevo: las quemaduras por aceite de cocina son la primera causa de hospitalización por "
    "quemaduras entre trabajadores de restaurantes en Atlanta. Guantes largos y tapas a la mano salvan "
    "la piel.",
    "research",
)

# 239
p(
    "es",
    "discharge",
    "¡Nuestro pequeño guerrero Santiago 'Chago' Morales Lira se va a casa hoy! Nació con anemia falciforme "
    "y pasó su cumpleaños número 6 en el cuarto 314. Sus papás, Nancy y Rubén, de Lawrenceville, no paran "
    "de llorar de alegría.",
    [
        ("NAME", "Santiago 'Chago' Morales Lira"),
        ("OTHER_ID", "cuarto 314"),
        ("NAME", "Nancy"),
        ("NAME", "Rubén"),
        ("GEO", "Lawrenceville"),
    ],
    note="'pequeño guerrero' is descriptive; room with keyword",
)

# 240
p(
    "es",
    "memorial",
    "Hoy despedimos a don Chuy — Jesús Ochoa Benítez — que llegó a los 91 años con su sombrero y su "
    "guitarra. Murió el Jueves Santo en nuestro piso 8. Su familia de Buford invita a su rosario en la "
    "parroquia.",
    [
        ("NAME", "Chuy"),
        ("NAME", "Jesús Ochoa Benítez"),
        ("AGE", "91"),
        ("DATE", "Jueves Santo"),
        ("GEO", "Buford"),
    ],
    note="nickname and full name; death on a holy day; family's town",
)


if __name__ == "__main__":
    S.main("phi_dev32_source")
