"""Blind development set d71 for the PHI scanner: tests/data/phi_dev71.jsonl.

Organisation: Gwinnett Chattahoochee Health (phi_dev71_org.json), a fictional two-campus
system in Lawrenceville (1840 Chattahoochee Medical Parkway) and Duluth (3300 Pleasant Hill
Road) with a Sickle Cell & Infusion Center at 2975 Satellite Boulevard; nine 555-01xx lines
(main, sickle cell, Korean line, Spanish line, volunteers, foundation, media, NICU, careers),
domains gchealth.org / gchfoundation.org / mygch.org, handles @GCHealth @GCHFoundation
@gch_nicu @gch_sicklecell.
Focus: Gwinnett County's Korean, Indian (Telugu, Gujarati), Mexican, Honduran (including
Garifuna), Ethiopian, Vietnamese and Black families; sickle cell disease; high-school and
college athletes; church, temple and mandir communities; Spanish posts from Mexican and
Honduran families.
Hard cases: names that are words or places (Grace, Hope, Justice, Major, Legend, Miracle,
Blessing, Precious, Destiny, Sunday, Will, April, Georgia, Kingston, Zion, Esperanza, Dulce,
Luz, Paz, Cruz, Trinidad, Selam, Moon, Oh, Le, An, Park, Ko); Korean surname-first and Hangul
names; Amharic given name + father's name and titles (Ato, W/ro, Emama); Telugu initials and
honorifics (K. Venkatesh garu, Lakshmi Amma); Gujarati -ben/-bhai names; Vietnamese names with
diacritics; Honduran four-part and double surnames; chart-style LAST, FIRST in upper and lower
case; names only in hashtags; quoted nicknames; initials; staff, volunteers and a public figure
who are patients or patients' relatives; employers; dates as numbers, ISO, dotted, ordinals,
day of month alone, Spanish dates, Ethiopian-calendar dates and holidays that are the
patient's day (Diwali, Tết, Ugadi, Meskel, Timkat, Janmashtami, Uttarayan, Día de Reyes,
Juneteenth / World Sickle Cell Day); ages over 89 in digits, words, ordinals, 94yo,
centenaria, nonagenarian; family phones next to the hospital's (one sharing its last seven
digits), e-mail, fax, Honduran number; MRNs, rooms, beds, bays, chairs, wristband, encounter,
portal user, social handle, plate, VIN, licence, device serial, IP, SSN, health plan ids.
Hard negatives: staff and doctors with the same names as patients, volunteers and a staff
member over 90, donors over 90, family foundations, visiting public figures, historical
figures (Walter Clement Noel, Sejong, Lempira, Sor Juana Inés de la Cruz), eponymous
conditions (Tommy John, Kawasaki, Chagas, Marfan), awareness days and event dates, population
ages, counts of days, campaign hashtags with name-like words (#MiracleMonday, #SelamSaturday,
#JusticeInHealthcare, #EsperanzaParaTodos, #PreciousCargo), anonymous stories ("in her 90s",
"de 89 años"), and the hospital's own numbers, addresses, domains and handles.
Language mix: 240 posts, 171 English and 69 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Inherited from the other sets: employers of a patient are NAME (Kroger, Taller Reyes,
  Lotus Nails, Avícola Sureña, Taquería El Güero, Yellow Star Taxi); an unnamed patient's
  age over 89 is AGE (makes the post patient-specific); seasons are not dates; school, team
  and college names are not identifiers; every mention of a person-tied date is labelled.
- A day of the month alone is DATE without its article: "the 28th" -> "28th", "el sábado 19"
  -> "19" (weekday excluded), "el día 5" -> "día 5" (the noun stays, the article does not).
- A holiday, awareness day or Ethiopian-calendar date that is the patient's day is DATE in
  every form it is written ("Juneteenth, World Sickle Cell Day, 6/19"; "Meskerem 1 -
  Ethiopian New Year"); the same day in a general greeting or a hospital event is not.
- The town given for a patient's or family's church, temple or congregation is GEO, like a
  school's town; a town used as the name of the patient's team (Sugar Hill 12U, Dacula
  girls' basketball) is GEO. Congregation, school and team names, mascots and jersey numbers
  are not identifiers.
- The place where the patient was injured, collapsed or crashed (road, town) and the
  location of the patient's workplace (road, town, county) are GEO. The hospital's towns are
  not GEO when they only say where care happened or a baby was born, but are GEO when given
  as the patient's home or workplace.
- A relative's home town is GEO (a grandmother from Danlí, a grandson from Memphis).
- Foreign first-level divisions (Mexican states, Honduran departments: Guerrero, Olancho,
  Santa Bárbara) are treated like states - not GEO; their cities are GEO.
- Honorifics and kinship words in any language are outside the span (don, doña, Ato, W/ro,
  Emama, Bà, Sri, garu, Amma, Ba, Halmoni/Halmeoni, Umma, nanna, Pastor, Coach); the attached
  Gujarati suffixes -ben/-bhai stay inside the name token (Kantaben, Pravinbhai).
- Surname-first Korean and Vietnamese names are one span; a Hangul rendering of the same
  name is a second NAME span. An Ethiopian given name plus father's name is one span.
- A staff member, volunteer or public figure is labelled when they are the patient or are
  introduced as a patient's relative (a charge nurse whose father is our patient, an NBA
  guard visiting his grandmother); staff members' own families who are not our patients are
  not labelled, whatever their age.
- ER/trauma bays and infusion chairs tied to a patient count as beds: OTHER_ID with the
  keyword ("bay 14", "chair 6"); pods, floors and units are not. A room number written with
  no keyword at all ("Mr. Desai in 418") is OTHER_ID on the number alone.
- Donors introduced as parents of former patients are labelled with their children; family
  foundations and sponsoring businesses that share a patient's surname are not.
- Ages: any token stating 90+ (cien, noventa y dos, ninety-one, 94yo, 102ND, 90th,
  centenaria, nonagenarian); 89 is not; counts of days or nights ("100th day", "96 nights",
  "97 días") are not ages. Birth dates are labelled with their year even when the year
  implies an age over 89.
- Pets' and devices' nicknames (Waffles, 'Denzel') are not labelled. A hospital URL is never
  labelled even when its path names a story.
- The hospital's own series hashtags (#MiracleMonday, #SelamSaturday, #GraceUnderPressure)
  are campaign tags; no post pairs such a tag with a patient of that name.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev71.jsonl"), os.path.join(HERE, "phi_dev71_org.json"), "d71")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Tigist! 💛 Diagnosed with sickle cell disease (HbSS) as a baby, this Peachtree Ridge senior just signed to run cross country at Georgia Gwinnett College. Her mom, Meron Haile, says Tigist never lets a crisis pick her finish line. #SickleCellWarrior #TeamTigist",
    [("NAME", "Tigist", "*"), ("NAME", "Meron Haile"), ("NAME", "#TeamTigist")],
    note="patient and mother named; name hashtag is one NAME span; #SickleCellWarrior is a campaign tag; school and college names are not identifiers; HbSS is a genotype",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Selam! 👋 This #SelamSaturday we're featuring Mulugeta Bekele, one of our Amharic medical interpreters. Mulugeta has been helping families at our Lawrenceville campus for 11 years - and he makes the best buna in the building. Need an interpreter? Call 770-555-0100.",
    "'Selam' is the Amharic greeting and #SelamSaturday a weekly series tag; Mulugeta Bekele is staff; hospital campus and main line",
)

# 3
p(
    "en",
    "milestone_birthday",
    "Happy 97th birthday to Mrs. Oh Soon-ja, who celebrated with seaweed soup (miyeok-guk) and nine grandchildren on 4 East today! 🎂 Halmoni, you are a legend.",
    [("AGE", "97th"), ("NAME", "Oh Soon-ja")],
    note="Korean surname Oh is an ordinary English word; the title Mrs. is outside the span; 'Halmoni' (grandmother) is a kinship term, not a name; 4 East is a unit",
)

# 4
n(
    "en",
    "health_tip",
    "Sickle cell tip for summer in Georgia: drink water before you're thirsty, avoid sudden cold (yes, that includes cannonballing into a freezing pool), and know your warning signs - fever over 101°F, chest pain, trouble breathing. Our Sickle Cell Center: 770-555-0112.",
    "general advice; 101 is a temperature; the Sickle Cell Center line is the hospital's",
)

# 5
p(
    "en",
    "pasted_record",
    "February is #HeartMonth ❤️ PT: NGUYEN, THI HUONG  DOB 03/09/1931  MRN GC-00718224  Rm 512-B  dx: CHF exac, f/u Dr. Tran cardiology",
    [
        ("NAME", "NGUYEN, THI HUONG"),
        ("DATE", "03/09/1931"),
        ("MRN", "GC-00718224"),
        ("OTHER_ID", "Rm 512-B"),
    ],
    note="chart line pasted into an awareness post; Dr. Tran is the cardiologist (staff), not labelled",
)

# 6
n(
    "es",
    "statistic",
    "¿Sabía usted que la enfermedad de células falciformes afecta a 1 de cada 365 bebés afroamericanos y a 1 de cada 16,300 bebés hispanos? Hágale la prueba a su bebé. Información en español: 770-555-0134.",
    "population statistics; hospital Spanish line",
)

# 7
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Esperanza! 👶💕 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, en nuestro hospital de Lawrenceville. Sus papás, Rosa y Efraín Cruz, dicen que no podía llamarse de otra forma. Nunca perdimos la esperanza.",
    [
        ("NAME", "Esperanza"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosa"),
        ("NAME", "Efraín Cruz"),
    ],
    note="baby and parents named; the birth day written twice (date and feast day) - both DATE; lower-case 'esperanza' at the end is the word hope; the hospital's town is not GEO",
)

# 8
n(
    "en",
    "public_figure",
    "Thank you to Atlanta Dream guard and Lawrenceville native Kiara Banks for reading to our pediatric patients today and for signing every single cast on the floor. 🏀",
    "visiting public figure; her hometown is not a patient's",
)

# 9
p(
    "en",
    "discharge",
    "DISCHARGE DAY FOR JAYLA!!! 🎉 After 9 days with us for a pain crisis, our favorite sickle cell warrior is headed home to Snellville just in time for her 16th birthday on the 28th. We love you Jayla! #WarriorJayla",
    [
        ("NAME", "JAYLA"),
        ("NAME", "Jayla"),
        ("NAME", "#WarriorJayla"),
        ("GEO", "Snellville"),
        ("DATE", "28th"),
    ],
    note="all-caps and normal-case first name plus name hashtag; home town; the day of the month alone of her birthday is DATE (span without 'the'); age 16 not labelled",
)

# 10
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our night nurse she'd never had a sweeter cup of chai than the one he made her at 3 a.m. Small things, big care. 🫖 #NightShiftHeroes",
    "anonymous; 'in her 90s' is a decade, not an age token",
)

# 11
p(
    "en",
    "memorial",
    "We are heartbroken to share that Pastor Samuel Adeyemi-Brooks, who lived with sickle cell disease for 61 years and led Mt. Zion AME in Lithonia, passed away on March 2nd in our ICU. Pastor Sam, you preached hope to every nurse who walked into your room. Our prayers are with his wife Deborah and the whole church family.",
    [
        ("NAME", "Samuel Adeyemi-Brooks"),
        ("NAME", "Sam"),
        ("DATE", "March 2nd"),
        ("GEO", "Lithonia"),
        ("NAME", "Deborah"),
    ],
    note="patient who was a local pastor (a patient, so labelled); hyphenated surname; short form Sam; death date; his congregation's town is GEO (set decision); wife named",
)

# 12
n(
    "en",
    "eponymous_condition",
    "Athletes: a sudden collapse on the field can be a sign of hypertrophic cardiomyopathy, Marfan syndrome or Wolff-Parkinson-White. Free sports heart screenings for Gwinnett high schoolers Saturday, Aug. 3, at our Duluth campus, 3300 Pleasant Hill Road. Register at gchealth.org/heartcheck.",
    "eponymous conditions; event date; hospital address and domain",
)

# 13
p(
    "en",
    "thank_you",
    "To the Patel family of Suwanee - thank you for the 200 homemade theplas you brought to the 3 West nurses after Dhruv's knee surgery. Dhruv, see you back on the cricket pitch soon! 🏏",
    [("NAME", "Patel"), ("GEO", "Suwanee"), ("NAME", "Dhruv", "*")],
    note="family surname, home town, patient first name twice (possessive excluded)",
)

# 14
n(
    "es",
    "event",
    "🎉 Feria de salud gratuita este sábado 14 de septiembre en el estacionamiento de nuestro campus de Duluth: presión arterial, glucosa, vacunas contra la influenza y prueba de rasgo falciforme. Traiga a toda la familia. Más info: 770-555-0134 · gchealth.org/feria",
    "event date and venue; hospital line and domain",
)

# 15
p(
    "en",
    "patient_story",
    "Grace Kim was 14 when she had her first stroke. Today, after 3 years of monthly blood transfusions at our infusion center, she captains her high school tennis team, handles every setback with grace and wants to be a hematologist. 'The nurses here are my second family,' Grace says. #SickleCellAwarenessMonth",
    [("NAME", "Grace Kim"), ("NAME", "Grace", "*")],
    note="virtue-word first name; lower-case 'grace' is the word; age 14 not labelled; awareness-month tag",
)

# 16
n(
    "en",
    "campaign_hashtag",
    "This #MiracleMonday: 312 units of blood donated at our Juneteenth drive - each one a lifeline for someone with sickle cell disease. Thank you, Gwinnett! #GiveBloodGiveHope #GwinnettGives",
    "campaign hashtags (#MiracleMonday is the hospital's weekly series); event holiday; statistic",
)

# 17
p(
    "es",
    "discharge",
    "¡Se va a casa don Chuy! 🙌 Jesús Ramírez Olvera, de 91 años, pasó 3 semanas con nosotros tras una neumonía. Sus nietos le trajeron mariachi al estacionamiento para despedirlo. ¡Buen viaje de regreso a Norcross, don Chuy!",
    [("NAME", "Chuy", "*"), ("NAME", "Jesús Ramírez Olvera"), ("AGE", "91"), ("GEO", "Norcross")],
    note="nickname Chuy (title don excluded), full double surname, age over 89, home town",
)

# 18
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Hyun-woo Park, our new pediatric hematologist! Dr. Park grew up in Duluth, trained at Emory, and speaks Korean, English and 'a little bit of toddler.' He sees patients at our Sickle Cell Center, 2975 Satellite Boulevard. 📞 770-555-0112",
    "doctor (staff) and his hometown; hospital address and phone",
)

# 19
p(
    "en",
    "birth_announcement",
    "Born on Diwali 🪔 - welcome to the world, baby Aarav Shah! Mom Krupa and dad Jignesh say their little light arrived right on time, 7 lbs 2 oz. Warm wishes from all of us in Labor & Delivery!",
    [("DATE", "Diwali"), ("NAME", "Aarav Shah"), ("NAME", "Krupa"), ("NAME", "Jignesh")],
    note="holiday that is the birth day is DATE; Gujarati baby and parents; 'baby' is outside the span",
)

# 20
n(
    "en",
    "event",
    "Join us Sunday, Oct. 6 at Shri Swaminarayan Mandir in Lilburn for a free diabetes and blood pressure screening after aarti. Gujarati- and Hindi-speaking nurses on site. Questions? 770-555-0100",
    "community event at a temple; event date and venue are not patient data",
)

# 21
p(
    "en",
    "pasted_record",
    "reminder for tmrw huddle - pt in bed 14 (KIDANE, Abeba) needs amharic interpreter for 0800 consent, daughter Hiwot Tesfaye cell 404-555-0131 🙏",
    [
        ("OTHER_ID", "bed 14"),
        ("NAME", "KIDANE, Abeba"),
        ("NAME", "Hiwot Tesfaye"),
        ("PHONE", "404-555-0131"),
    ],
    note="internal huddle note posted by mistake: bed with keyword, chart-style name, daughter (Hiwot is also the Amharic word for life) and her cell; 0800 is a time",
)

# 22
n(
    "en",
    "research",
    "New research from our hematology team: teens with sickle cell who used a pain-tracking app had 23% fewer ER visits. Lead author Dr. Abena Mensah-Carter presented the findings at the ASH Annual Meeting in San Diego. 📊",
    "research statistic; author is staff; conference city",
)

# 23
p(
    "en",
    "thank_you",
    "shoutout to Mr. Desai in 418 who taught half the 4th floor how to play carrom this week 😂 we're gonna miss you sir",
    [("NAME", "Desai"), ("OTHER_ID", "418")],
    note="surname with title; a bare room number tied to the patient (set decision: number alone when no keyword is written); 4th floor is a unit",
)

# 24
p(
    "es",
    "anonymous_story",
    "Una paciente de 94 años nos dijo hoy que su secreto para vivir tanto es comer tortillas hechas a mano y rezar el rosario cada noche. 🙏 Gracias por la lección, abuelita.",
    [("AGE", "94")],
    note="unnamed patient, but an age over 89 is AGE (holdout decision), so patient-specific",
)

# 25
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestra sala de emergencias de Duluth. 🚗👶 Mamá y bebé están sanos. ¡Gracias a nuestro equipo de urgencias por actuar tan rápido!",
    "anonymous birth; 'anoche' is relative; the hospital's campus town is not GEO",
)

# 26
p(
    "en",
    "milestone_birthday",
    "Bobby Washington has volunteered at our Lawrenceville gift shop since 1994. This week he was our patient for the first time - and on Tuesday he turned 100 in room 6214, surrounded by the gift-shop crew. Happy birthday, Mr. Bobby! 🎈",
    [
        ("NAME", "Bobby Washington"),
        ("NAME", "Bobby", "*"),
        ("AGE", "100"),
        ("OTHER_ID", "room 6214"),
    ],
    note="a volunteer who is a patient is labelled; age 100, room with keyword; bare year and weekday not labelled",
)

# 27
n(
    "en",
    "staff_spotlight",
    "Happy 92nd birthday to our longest-serving volunteer, Mrs. Lorraine Whitfield! Lorraine has staffed the information desk at 1840 Chattahoochee Medical Parkway every Thursday since 1989. 💐 Want to join her? Volunteer Services: 770-555-0145",
    "volunteer's age and name are not patient data; hospital address and line",
)

# 28
p(
    "en",
    "patient_story",
    "Mill Creek linebacker DeShawn 'Tank' Morris tore his ACL on Sept. 13 against Buford. Six months, one surgery and a LOT of leg presses later, Tank is cleared to play. Go Hawks! 🏈 #TankStrong",
    [
        ("NAME", "DeShawn 'Tank' Morris"),
        ("NAME", "Tank", "*"),
        ("NAME", "#TankStrong"),
        ("DATE", "Sept. 13"),
    ],
    note="nickname inside full name is one span; nickname alone; name hashtag; injury date; school, opponent and mascot are not identifiers",
)

# 29
n(
    "en",
    "public_figure",
    "Decades ago, Dr. Linus Pauling called sickle cell anemia the first 'molecular disease.' In 1910, Dr. James Herrick described the sickled cells of a young dental student from Grenada, Walter Clement Noel. Today our researchers are writing the next chapter. #SickleCellAwarenessMonth",
    "historical figures, including the first described patient, who is a historical figure and not our patient",
)

# 30
p(
    "es",
    "thank_you",
    "Gracias a la familia Guerrero por las 300 baleadas que trajeron al personal de la UCI 🫓❤️ Doña Marta dice que es su manera de agradecer que su esposo, don Reinaldo, salió adelante después del infarto. ¡Saludos hasta San Pedro Sula!",
    [("NAME", "Guerrero"), ("NAME", "Marta"), ("NAME", "Reinaldo"), ("GEO", "San Pedro Sula")],
    note="family surname that is also a Mexican state; wife and patient with titles excluded; their Honduran home city is GEO",
)

# 31
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos enfermeras bilingües (inglés/español, coreano o amárico) para nuestros campus de Lawrenceville y Duluth. Bono de contratación de $10,000. Solicite en gchealth.org/empleos o llame al 678-555-0189.",
    "recruitment; hospital domain and careers line",
)

# 32
p(
    "en",
    "pasted_record",
    "FYI team - new MyGCH portal msg: 'Please call me back about my son Minjun's hydroxyurea refill, his MRN is 0091-4471-2. My cell is 678-555-0112. - Jiyoung Lee'",
    [
        ("NAME", "Minjun"),
        ("MRN", "0091-4471-2"),
        ("PHONE", "678-555-0112"),
        ("NAME", "Jiyoung Lee"),
    ],
    note="portal message pasted into a post; the mother's cell shares its last seven digits with the Sickle Cell Center (770) but is a different number, so it is PHONE",
)

# 33
n(
    "en",
    "hospital_contact",
    "Need to reach us? Main line 770-555-0100 · Korean language line 678-555-0123 · Línea en español 770-555-0134 · NICU families 770-555-0178. Or message us at @GCHealth. We're at 1840 Chattahoochee Medical Parkway, Lawrenceville, GA 30046.",
    "only the hospital's own numbers, handle and address",
)

# 34
p(
    "en",
    "memorial",
    "Rest in peace, Halmeoni Kang. Mrs. Kang Bok-soon, 98, a founding member of Hanmaum Presbyterian Church in Duluth, spent her last days in our hospice unit surrounded by hymns sung in Korean. Her son Daniel asked us to share: 'Umma went home singing.' 🤍",
    [
        ("NAME", "Kang Bok-soon"),
        ("NAME", "Kang", "*"),
        ("AGE", "98"),
        ("GEO", "Duluth"),
        ("NAME", "Daniel"),
    ],
    note="Korean surname-first name; kinship terms Halmeoni/Umma are not names; age; her congregation's town is GEO (set decision); son named",
)

# 35
n(
    "en",
    "statistic",
    "Gwinnett by the numbers: in 2023 our two campuses delivered 6,412 babies, cared for 1,904 sickle cell visits and welcomed patients who speak 91 languages. 🌍",
    "aggregate statistics; 91 is a count of languages",
)

# 36
p(
    "en",
    "discharge",
    "NICU GRADUATE 🎓 Baby Selam was born at 25 weeks on Jan. 7 and went home to Clarkston yesterday after 112 days! Her parents Abebe and Tsehay thank every nurse in Pod C. Selam means 'peace' in Amharic - and that's exactly what this family has now. 🕊️",
    [
        ("NAME", "Selam", "*"),
        ("DATE", "Jan. 7"),
        ("GEO", "Clarkston"),
        ("NAME", "Abebe"),
        ("NAME", "Tsehay"),
    ],
    note="Amharic given names (Selam is also the greeting); birth date; home town; gestational age, duration and Pod C are not identifiers",
)

# 37
n(
    "en",
    "health_tip",
    "Grace, Hope and Joy are not just words on our NICU wall - they're what every preemie parent needs. 💜 Tips for the first week home: skin-to-skin, safe sleep on the back, and call your pediatrician for a fever over 100.4°F.",
    "capitalised virtue words that look like names; temperature",
)

# 38
p(
    "en",
    "birth_announcement",
    "Lunar New Year babies! 🧧 Bảo Ngọc Trần arrived at 12:04 a.m. on Tết, our first baby of the Year of the Dragon. Her grandmother, Bà Lan, brought red envelopes for the whole L&D team.",
    [("DATE", "Lunar New Year"), ("NAME", "Bảo Ngọc Trần"), ("DATE", "Tết"), ("NAME", "Lan")],
    note="Vietnamese name with diacritics; the birth day is named twice (Lunar New Year, Tết) - both DATE; zodiac year and time not labelled; Bà is a title",
)

# 39
n(
    "es",
    "event",
    "Este 15 de septiembre celebramos la independencia de Honduras, Guatemala, El Salvador, Nicaragua y Costa Rica 🇭🇳 Gracias a nuestras enfermeras hondureñas de Duluth por traer baleadas al turno de la noche. ¡Feliz Día de la Independencia!",
    "national holiday, not a patient's event; staff",
)

# 40
p(
    "en",
    "thank_you",
    "We got the sweetest card from the Tesfaye family: 'Thank you for saving our dad, Girma. If any nurse from 5 West wants to come to his 70th birthday party, email us at tesfaye.family@gmail.com!' 🥹",
    [("NAME", "Tesfaye"), ("NAME", "Girma"), ("EMAIL", "tesfaye.family@gmail.com")],
    note="family surname, patient, family e-mail; age 70 not labelled",
)

# 41
n(
    "en",
    "sponsor",
    "Thank you to the Kim & Cho families and Duluth H Mart for sponsoring 500 hot meals for our night shift this Chuseok! 🌕 Happy harvest moon, Gwinnett.",
    "donor families and sponsor; holiday not a patient's event",
)

# 42
p(
    "en",
    "milestone_birthday",
    "HAPPY BIRTHDAY LAKSHMI AMMA!!! 🎉🎉 95 TODAY AND STILL CORRECTING THE NURSES' TELUGU 😂 FROM YOUR 3 NORTH FAMILY",
    [("NAME", "LAKSHMI"), ("AGE", "95")],
    note="all caps; 'Amma' is an honorific kinship term, excluded; age; 3 North is a unit",
)

# 43
n(
    "en",
    "crisis_update",
    "UPDATE 4:15 PM: Due to the ice storm, our Duluth campus ER is on diversion until further notice. Lawrenceville ER remains open. Please do not call 911 for non-emergencies. Sickle cell patients in crisis: call 770-555-0112 for guidance.",
    "operational update; national and hospital numbers",
)

# 44
p(
    "es",
    "pasted_record",
    "Nota de enfermería - Pte: HERNÁNDEZ LÓPEZ, María de los Ángeles · Hab. 307 · Fecha de ingreso: 02/11 · Contacto: hija Yesenia 770-555-0195 · Seguro: Peach State Health Plan ID PSH-44819027",
    [
        ("NAME", "HERNÁNDEZ LÓPEZ, María de los Ángeles"),
        ("OTHER_ID", "Hab. 307"),
        ("DATE", "02/11"),
        ("NAME", "Yesenia"),
        ("PHONE", "770-555-0195"),
        ("HEALTH_PLAN", "PSH-44819027"),
    ],
    note="pasted nursing note: chart-style double-surname name, room with abbreviated keyword, admission date, daughter and phone, plan member id",
)

# 45
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pros. Our sports medicine team repaired 41 UCL injuries in Gwinnett high school pitchers last season. Warm up, count your pitches, and rest your arm. ⚾",
    "eponymous procedure named after a public figure; statistic",
)

# 46
p(
    "en",
    "patient_story",
    "When Justice Okafor-Williams collapsed at basketball practice in Berkeley Lake last fall, his coach started CPR within a minute. Today Justice is back in class with an implanted defibrillator (and a new passion for teaching CPR). Learn hands-only CPR at gchealth.org/cpr. #CPRSavesLives",
    [("NAME", "Justice Okafor-Williams"), ("NAME", "Justice", "*"), ("GEO", "Berkeley Lake")],
    note="word-name Justice; hyphenated surname; town where he collapsed; season not a date",
)

# 47
n(
    "en",
    "campaign_hashtag",
    "#JusticeInHealthcare: Black patients with sickle cell disease wait on average 25% longer for pain medicine in US emergency rooms. We're changing that with a 60-minute pain protocol in both our ERs. #SickleCellMatters",
    "campaign hashtag containing a word that is also a name; statistic",
)

# 48
p(
    "en",
    "thank_you",
    "Our own charge nurse Priya Reddy spent this month on the other side of the bed while her father, Venkata Ramana Reddy, recovered from bypass surgery in our CVICU. Priya, thank you for trusting your team with your nanna. 🙏",
    [("NAME", "Priya Reddy"), ("NAME", "Priya", "*"), ("NAME", "Venkata Ramana Reddy")],
    note="the patient's daughter is a nurse here: as a patient's relative she is labelled (set decision); Telugu names; 'nanna' (father) is kinship",
)

# 49
n(
    "en",
    "staff_spotlight",
    "Nurses Week spotlight ✨ Meet Hana Yoon, RN, who grew up in Lilburn, translates hospital menus into Korean on her lunch breaks, and is training for the Atlanta Marathon on March 2. Hana, you make 6 South shine!",
    "staff member, her hometown and her race date are not patient data",
)

# 50
p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Santiago! 💙 Nació el 5 de mayo a las 5:05 p.m. en nuestro campus de Duluth - un verdadero bebé del Cinco de Mayo. Felicidades a Dulce y Óscar Maldonado Reyes. 🇲🇽",
    [
        ("NAME", "Santiago"),
        ("DATE", "5 de mayo"),
        ("DATE", "Cinco de Mayo"),
        ("NAME", "Dulce"),
        ("NAME", "Óscar Maldonado Reyes"),
    ],
    note="birth day written twice (5 de mayo, Cinco de Mayo); parents, one with double surname; time not labelled",
)

# 51
n(
    "es",
    "health_tip",
    "Dulce tentación, amarga consecuencia: las bebidas azucaradas son la principal fuente de azúcar en la dieta de los niños. Cambie el refresco por agua de jamaica sin azúcar. 🍹 #SaludGwinnett",
    "'Dulce' is the adjective sweet, not a name",
)

# 52
p(
    "en",
    "patient_story",
    "Mr. Thanh Pham was driving home on Buford Highway in Doraville when his heart stopped at a red light. A stranger pulled him out and started CPR. Now his family, and our cardiac team, want to find her. Do you know who she is? 💌 Message @GCHealth",
    [("NAME", "Thanh Pham"), ("GEO", "Buford Highway"), ("GEO", "Doraville")],
    note="road and city of the patient's cardiac arrest; hospital handle",
)

# 53
n(
    "en",
    "event",
    "Sickle Cell Walk & 5K 🏃🏾‍♀️ Saturday, Sept. 21, 8 a.m. at Rhodes Jordan Park, Lawrenceville. Walk for the 100,000 Americans living with SCD. Register: gchfoundation.org/walk",
    "event date and venue; population statistic; foundation domain",
)

# 54
p(
    "en",
    "pasted_record",
    "Security log 0214: vehicle blocking ER ambulance bay - silver Honda Odyssey, GA tag CKW 8812, belongs to family of pt Osei, Kwame (Trauma bay 3). Owner's DL 057441298 on file.",
    [
        ("VEHICLE", "CKW 8812"),
        ("NAME", "Osei, Kwame"),
        ("OTHER_ID", "bay 3"),
        ("LICENSE", "057441298"),
    ],
    note="family's plate and driver's licence, chart-style name, trauma bay tied to the patient (set decision: bays count as beds); log number 0214 is not a date",
)

# 55
n(
    "en",
    "recruitment",
    "Now hiring: Sickle Cell Nurse Navigator (RN, 2+ yrs). Spanish, Amharic, Korean or Vietnamese a plus. Sign-on bonus $7,500. Apply: gchealth.org/careers · Questions: 678-555-0189 · Follow @GCHealth for more roles.",
    "recruitment; hospital domain, line and handle",
)

# 56
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a doña Socorro Mejía Paz, quien falleció el pasado 2 de noviembre, Día de Muertos, a los 96 años, en nuestra unidad de cuidados paliativos. Su familia nos pidió compartir que ella horneaba el mejor pan de muerto de Lilburn. Descanse en paz, doña Socorro. 🕯️",
    [
        ("NAME", "Socorro Mejía Paz"),
        ("NAME", "Socorro", "*"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("AGE", "96"),
        ("GEO", "Lilburn"),
    ],
    note="surname Paz vs the word paz; death date written twice; age; home town",
)

# 57
n(
    "en",
    "public_figure",
    "Thanks to former Falcons defensive end Marcus Bellamy for speaking to our teen sickle cell support group about playing through pain - and knowing when not to. 🏈",
    "public figure visitor; support group members anonymous",
)

# 58
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Miracle Joy Adebayo! 💛 Born 3/14 at 1 lb 9 oz, our littlest Pi Day baby is now a whopping 5 lbs. Mom Blessing says the name was never in doubt. #NICUStrong",
    [("NAME", "Miracle Joy Adebayo"), ("DATE", "3/14"), ("DATE", "Pi Day"), ("NAME", "Blessing")],
    note="word-names Miracle and Blessing; birth date twice (3/14, Pi Day)",
)

# 59
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today - 5 years old, a kindergarten backpack bigger than she is, and a thank-you card for every nurse in Pod B. 🎒 This is why we do it.",
    "anonymous former patient; age under 90; unit",
)

# 60
p(
    "en",
    "pasted_record",
    "Portal audit: user 'tran.kevin88' (pt TRAN, KEVIN Q, Acct# 8830-11472) last login from IP 73.184.22.19\n(sorry wrong window, deleting!)",
    [
        ("OTHER_ID", "tran.kevin88"),
        ("NAME", "TRAN, KEVIN Q"),
        ("ACCOUNT", "8830-11472"),
        ("IP", "73.184.22.19"),
    ],
    note="portal user name is OTHER_ID; chart-style name; account number; IP address",
)

# 61
p(
    "es",
    "patient_story",
    "⚽ ¡Volvió Kevin! El delantero catracho Kevin Alexander Zelaya Banegas se fracturó la tibia el 3 de octubre en un partido en Norcross. Hoy, cinco meses después, nos mandó este video metiendo gol. 🎥 ¡Arriba, Kevin! #KevinVuelve",
    [
        ("NAME", "Kevin Alexander Zelaya Banegas"),
        ("NAME", "Kevin", "*"),
        ("NAME", "#KevinVuelve"),
        ("DATE", "3 de octubre"),
        ("GEO", "Norcross"),
        ("PHOTO", "video"),
    ],
    note="four-part Honduran name, injury date and town, name hashtag; the post says the video shows him (PHOTO cue); 'catracho' is a demonym",
)

# 62
n(
    "es",
    "eponymous_condition",
    "¿Fiebre por más de 5 días, ojos rojos, labios agrietados y manos hinchadas? Podría ser la enfermedad de Kawasaki. Llame a su pediatra o a nuestra línea en español: 770-555-0134.",
    "eponymous condition; hospital line",
)

# 63
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número cien, doña Amparo! 🎂 Amparo Castellanos Ruiz nació un 19 de marzo, día de San José, en Juticalpa, Olancho, y hoy lo festejó en el piso 4 Norte con sus tataranietos.",
    [
        ("NAME", "Amparo Castellanos Ruiz"),
        ("NAME", "Amparo", "*"),
        ("AGE", "cien"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
        ("GEO", "Juticalpa"),
    ],
    note="age in words; birth day written twice (date and saint's day); Honduran birth town is GEO, the department Olancho is a first-level division and not GEO (set decision); 4 Norte is a unit",
)

# 64
n(
    "es",
    "staff_spotlight",
    "Conozca a la Dra. Milagros Funes-Acosta, hondureña de Tegucigalpa y nuestra nueva ginecóloga en el campus de Duluth. Atiende en español e inglés. ¡Bienvenida, Dra. Milagros! 🩺",
    "doctor (staff), her hometown; Milagros is also the word 'miracles'",
)

# 65
p(
    "es",
    "thank_you",
    "Mensaje de la familia Lagos Mejía: 'Gracias al equipo de la UCI pediátrica por cuidar a nuestra Britany. Si alguna enfermera quiere venir a sus quince años, llámenos al 470-555-0107.' 💜",
    [("NAME", "Lagos Mejía"), ("NAME", "Britany"), ("PHONE", "470-555-0107")],
    note="family double surname (Lagos is also a city), patient, family phone; age fifteen not labelled",
)

# 66
n(
    "es",
    "event",
    "Misa y bendición de manos para enfermeras el 12 de diciembre a las 7 a.m. en la capilla de nuestro campus de Lawrenceville, con el padre Ignacio Torres. ¡Todos son bienvenidos! 🌹",
    "event date (a feast day, not a patient's); priest is a public figure",
)

# 67
p(
    "es",
    "pasted_record",
    "Respondiendo a su mensaje: 'Hola buenas tardes, mi mamá Rosalba Funes está en la cama 22 de urgencias desde el martes y nadie nos dice nada. Su número de expediente es 00-8841-392. Mi correo: kfunes.hn@yahoo.com' - Le llamaremos hoy desde el 770-555-0134.",
    [
        ("NAME", "Rosalba Funes"),
        ("OTHER_ID", "cama 22"),
        ("MRN", "00-8841-392"),
        ("EMAIL", "kfunes.hn@yahoo.com"),
    ],
    note="a family message quoted in a public reply; weekday not labelled; hospital line not labelled",
)

# 68
n(
    "es",
    "public_figure",
    "¡Gracias al portero hondureño Luis 'La Araña' Castro, del Atlanta United, por visitar a nuestros pacientes de pediatría y firmar balones para todos! ⚽🇭🇳",
    "visiting public figure with a nickname; patients anonymous",
)

# 69
p(
    "es",
    "discharge",
    "Graduado de la UCIN 🎓 Mateo Josué nació el 2/1 con apenas 26 semanas y hoy, 97 días después, se va a casa en Buford. Sus papás, Wendy y Josué, no paran de llorar de alegría.",
    [
        ("NAME", "Mateo Josué"),
        ("NAME", "Josué", "*"),
        ("DATE", "2/1"),
        ("GEO", "Buford"),
        ("NAME", "Wendy"),
    ],
    note="compound given name, the father shares one part; birth date; '97 días' is a duration, not an age; home town",
)

# 70
n(
    "es",
    "anonymous_story",
    "Una abuelita de 89 años nos enseñó a hacer baleadas en la cocina del piso 5 😋 Dice que la receta es secreta, pero ya la sabemos todos. #OrgulloCatracho",
    "anonymous; 89 is not over 89",
)

# 71
p(
    "es",
    "memorial",
    "QEPD don Toño 🕊️ Antonio Reyes Amaya, mecánico de Lawrenceville por 30 años y dueño de Taller Reyes, falleció el 24 de diciembre, en plena Nochebuena, a los 90 años. Gracias por confiarnos a su papá, familia.",
    [
        ("NAME", "Toño"),
        ("NAME", "Antonio Reyes Amaya"),
        ("GEO", "Lawrenceville"),
        ("NAME", "Taller Reyes"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("AGE", "90"),
    ],
    note="nickname and full name; his town (same as the hospital's, but tied to him) is GEO; his own shop is his employer, NAME (holdout decision); death date twice; age 90",
)

# 72
n(
    "es",
    "statistic",
    "En 2023, el 38% de los bebés nacidos en nuestro campus de Duluth tuvieron al menos un papá o una mamá hispanohablante. Por eso tenemos enfermeras bilingües las 24 horas. 💚",
    "aggregate statistic",
)

# 73
p(
    "es",
    "patient_story",
    "Nahomy tiene 12 años, es garífuna de La Ceiba y vive con anemia falciforme. Después de su trasplante de médula ósea del 9 de agosto, hoy tocó la campana 🔔 de nuestra Clínica de Células Falciformes. ¡Lo lograste, mi reina! #NahomySinDolor",
    [("NAME", "Nahomy"), ("GEO", "La Ceiba"), ("DATE", "9 de agosto"), ("NAME", "#NahomySinDolor")],
    note="patient, Honduran home city, transplant date, name hashtag; ethnicity and age 12 are not identifiers",
)

# 74
n(
    "es",
    "campaign_hashtag",
    "Este mes, #EsperanzaParaTodos: vacunas gratuitas contra la influenza para niños y adultos en nuestras clínicas de Lawrenceville y Duluth. Sin cita, sin seguro. 💉",
    "campaign hashtag containing a word that is also a name",
)

# 75
p(
    "es",
    "birth_announcement",
    "Nuestra primera bebé del Día de las Madres 💐: Ximena, 3.2 kg, hija de Lupita Sánchez. ¡Feliz 10 de mayo, Lupita, y bienvenida, Ximena!",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Ximena", "*"),
        ("NAME", "Lupita Sánchez"),
        ("NAME", "Lupita", "*"),
        ("DATE", "10 de mayo"),
    ],
    note="the birth day is named twice (Mexican Mother's Day and its date) - both DATE; baby and mother",
)

# 76
n(
    "es",
    "staff_spotlight",
    "Don Rubén Aguilar tiene 93 años y es voluntario en la recepción de nuestro campus de Duluth desde hace 20 años. Cada lunes trae pan dulce para todo el turno. ¡Gracias, don Rubén! Para ser voluntario: 770-555-0145",
    "volunteer aged over 89 - not a patient, nothing labelled",
)

# 77
p(
    "es",
    "milestone_birthday",
    "felicidades a la señora carmen ochoa que hoy cumple noventa y dos años 🎂 en la habitación 4112! sus hijas le trajeron tamales de elote y mariachi por videollamada",
    [("NAME", "carmen ochoa"), ("AGE", "noventa y dos"), ("OTHER_ID", "habitación 4112")],
    note="lower-case name; age in words; room with keyword",
)

# 78
n(
    "es",
    "research",
    "Nuestro estudio sobre hidroxiurea en niños y adolescentes hispanos con anemia falciforme busca participantes de 2 a 17 años. Más información: gchealth.org/estudio o 770-555-0112.",
    "research recruitment; hospital domain and line",
)

# 79
p(
    "es",
    "patient_story",
    "La portera de Georgia Gwinnett College, Dayana Ortiz-Bautista, originaria de Chilpancingo, Guerrero, se rompió el ligamento cruzado el 22 de febrero. Hoy volvió a entrenar. ¡Vamos, Dayana! 🧤",
    [
        ("NAME", "Dayana Ortiz-Bautista"),
        ("NAME", "Dayana", "*"),
        ("GEO", "Chilpancingo"),
        ("DATE", "22 de febrero"),
    ],
    note="college athlete; Mexican home city is GEO, the state Guerrero is not; injury date; the college is not an identifier",
)

# 80
n(
    "es",
    "sponsor",
    "¡Gracias a Panadería La Esperanza de Norcross por donar 400 conchas a nuestro personal de la noche! 🥐 Negocios como ustedes hacen comunidad.",
    "sponsoring business named with a word that is also a name",
)

# 81
p(
    "es",
    "birth_announcement",
    "Felicidades a los Hernández por su bebé número 4 🍼: Ángel Gabriel nació en Navidad, a las 00:01, en nuestro campus de Lawrenceville.",
    [("NAME", "Hernández"), ("NAME", "Ángel Gabriel"), ("DATE", "Navidad")],
    note="family surname, baby's compound name, holiday birth day; time and hospital town not labelled",
)

# 82
n(
    "es",
    "crisis_update",
    "AVISO: por el corte de luz en Duluth, las citas de la Clínica de Células Falciformes (2975 Satellite Boulevard) del jueves 7 se cambian al lunes 11. Preguntas: 770-555-0112.",
    "clinic schedule change; dates are of appointments in general; hospital address and line",
)

# 83
p(
    "es",
    "thank_you",
    "La familia de Yoselin Martínez nos pidió compartir su página para ayudar con los gastos del trasplante: gofundme.com/f/yoselin-guerrera ❤️ Yoselin lleva 41 días en el piso 7 y sigue sonriendo.",
    [
        ("NAME", "Yoselin Martínez"),
        ("NAME", "Yoselin", "*"),
        ("URL", "gofundme.com/f/yoselin-guerrera"),
    ],
    note="patient named twice and family fundraiser URL; duration and floor not labelled",
)

# 84
n(
    "es",
    "health_tip",
    "Ola de calor en Georgia 🥵 Tome agua cada hora, evite el sol de 12 a 4, y si tiene anemia falciforme, no espere: la deshidratación puede causar una crisis de dolor. Línea en español: 770-555-0134.",
    "general advice; hospital line",
)

# 85
p(
    "en",
    "pasted_record",
    "Pt KIM, JI-HOON / 김지훈  MRN 20019384  POD#2 s/p lap chole, needs Korean interp for d/c teaching - call son 470-555-0183",
    [("NAME", "KIM, JI-HOON"), ("NAME", "김지훈"), ("MRN", "20019384"), ("PHONE", "470-555-0183")],
    note="chart line with the name in Latin letters and in Hangul; son's phone; POD#2 is a post-op day, not an id",
)

# 86
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Hiwot Gebremariam, our new sickle cell transition doctor, who helps teens move from pediatric to adult care. Born in Addis Ababa, raised in Clarkston, and a proud Georgia State grad. 💛 #SickleCellAwarenessMonth",
    "doctor (staff) - her birthplace and hometown are not patient data",
)

# 87
p(
    "en",
    "patient_story",
    "Meet Dawit. At 19, this Georgia Tech sophomore was admitted on Meskel, Sept. 27, with his first sickle cell crisis - he'd spent the day dancing around the Demera bonfire with his cousins. Now Dawit runs a campus support group for students with SCD. 🔥",
    [("NAME", "Dawit", "*"), ("DATE", "Meskel"), ("DATE", "Sept. 27")],
    note="admission day written twice (Ethiopian feast and date); college not an identifier",
)

# 88
n(
    "en",
    "health_tip",
    "Living with sickle cell? Take your hydroxyurea every day, even when you feel fine. Stay hydrated, get your flu shot, and keep a pain plan on your phone. Questions? Our Sickle Cell Center: 770-555-0112 · @gch_sicklecell",
    "general advice; hospital line and handle",
)

# 89
p(
    "en",
    "milestone_birthday",
    "Melkam lidet to Emama Almaz! 🎉 She was born on Meskerem 1 - Ethiopian New Year - and turned 93 with us on 2 South this week. The coffee ceremony in her room was a first for our unit.",
    [("NAME", "Almaz"), ("DATE", "Meskerem 1"), ("DATE", "Ethiopian New Year"), ("AGE", "93")],
    note="Emama is an honorific (mother), excluded; Ethiopian-calendar birth date and the holiday naming the same day are both DATE; age",
)

# 90
n(
    "en",
    "event",
    "Chuseok Family Health Day 🌕 Sept. 17, 10 a.m.-2 p.m., Duluth campus lobby: free flu shots, blood pressure and hepatitis B screening, Korean-speaking nurses on site. Info: 678-555-0123 · gchealth.org/chuseok",
    "event on a holiday; hospital line and domain",
)

# 91
p(
    "en",
    "patient_story",
    "Day 3 of #KingstonsFight 💪🏾 Thank you for all the prayers for our little warrior in the PICU. Visitors: please check with the family first.",
    [("NAME", "#KingstonsFight")],
    note="the patient's name appears only inside a hashtag (Kingston is also a city)",
)

# 92
n(
    "en",
    "public_figure",
    "On MLK Day we remember Dr. Martin Luther King Jr., who said injustice in health care is the most shocking and inhuman. And we honor Dr. Charles Drew, whose blood-bank research still saves our sickle cell patients every day.",
    "historical figures; holiday",
)

# 93
p(
    "en",
    "thank_you",
    "When Rahul Mehta, a pharmacist at the Kroger on Sugarloaf Parkway, collapsed behind the counter on the 9th, two coworkers started CPR and grabbed the AED. Rahul went home Friday. Thank you, Kroger team - you saved a life. ❤️",
    [
        ("NAME", "Rahul Mehta"),
        ("NAME", "Rahul", "*"),
        ("NAME", "Kroger", "*"),
        ("GEO", "Sugarloaf Parkway"),
        ("DATE", "9th"),
    ],
    note="patient's employer is NAME (holdout decision), every mention; the road where he collapsed is GEO; day of month alone; weekday not labelled",
)

# 94
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma, Graves' disease, Hashimoto's thyroiditis - three conditions named after doctors, all treated at our Lawrenceville cancer and endocrine clinics. Learn more: gchealth.org/specialties",
    "eponymous conditions",
)

# 95
p(
    "en",
    "patient_story",
    "Former Gwinnett County commissioner Harold 'Hal' Jenkins had his stroke on Thanksgiving Day, mid-sentence, carving the turkey. His granddaughter called 911. This week Hal walked out of rehab on his own. 🦃",
    [
        ("GEO", "Gwinnett County"),
        ("NAME", "Harold 'Hal' Jenkins"),
        ("NAME", "Hal", "*"),
        ("DATE", "Thanksgiving Day"),
    ],
    note="a public figure who is our patient is labelled; the county he served places him (GEO); holiday that is the stroke day; 911 is a national line",
)

# 96
n(
    "en",
    "statistic",
    "Adults over 90 are the fastest-growing group we care for: 1,214 patients aged 90+ were admitted to our two campuses last year, up 18%. 👵🏽👴🏻",
    "population ages are not labelled",
)

# 97
p(
    "en",
    "discharge",
    "happy discharge day to our girl destiny!!! 💕 6 weeks on 7 north and she still had the energy to teach us tiktok dances",
    [("NAME", "destiny")],
    note="lower-case word-name; duration and unit not labelled",
)

# 98
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Anjali Rao, our chief of pediatrics, whose son Nikhil just committed to play tennis at Emory! 🎾 Proud mom moment in the doctors' lounge today.",
    "staff member and her own family (not a patient)",
)

# 99
p(
    "en",
    "milestone_birthday",
    "Jai Shri Krishna! 🙏 Kantaben Parikh turned 101 on Janmashtami, and her great-grandkids brought makhan mishri to 6 North to celebrate. Ba, you inspire us!",
    [("NAME", "Kantaben Parikh"), ("AGE", "101"), ("DATE", "Janmashtami")],
    note="Gujarati name with attached -ben kept in the token; age; holiday that is her birthday; 'Ba' (grandmother) is kinship",
)

# 100
n(
    "en",
    "sponsor",
    "At 96, retired Duluth schoolteacher Evelyn Marsh just made her 40th gift to our foundation - this one for NICU cuddle chairs. Thank you, Ms. Marsh! 💜 @GCHFoundation",
    "donor aged over 89 who is not a patient; foundation handle",
)

# 101
p(
    "en",
    "patient_story",
    "Shoutout to Ms. Joyce Abernathy-Lee, 94yo, who has named her new pacemaker 'Denzel' 😂 (device rep, she says the serial is PM-88213-X and she wants a signed card)",
    [("NAME", "Joyce Abernathy-Lee"), ("AGE", "94yo"), ("DEVICE", "PM-88213-X")],
    note="age token with suffix; implant serial is DEVICE; the pacemaker's nickname (also a celebrity's name) is not a person",
)

# 102
n(
    "en",
    "crisis_update",
    "Boil-water advisory for parts of Lawrenceville: our hospital water is on a separate, safe supply and all services are running. Patients and visitors, bottled water is available in every lobby. Updates: @GCHealth",
    "operational update",
)

# 103
p(
    "en",
    "memorial",
    'Rest easy, #23. Chris "CJ" Okonkwo, 17, died at our Lawrenceville campus on 11/04 after a crash on Hwy 20 in Loganville. The Rams lost a brother, and so did we. #CJForever',
    [
        ("NAME", 'Chris "CJ" Okonkwo'),
        ("DATE", "11/04"),
        ("GEO", "Hwy 20"),
        ("GEO", "Loganville"),
        ("NAME", "#CJForever"),
    ],
    note="name with quoted nickname is one span; death date; crash road and town; name hashtag; jersey number and team mascot are not identifiers (set decision)",
)

# 104
n(
    "en",
    "campaign_hashtag",
    "#GraceUnderPressure is our chaplains' weekly series. This week: how to pray with a patient of a different faith - Christian, Hindu, Muslim, Buddhist or none at all. 🕊️",
    "campaign hashtag containing a word that is also a name",
)

# 105
p(
    "en",
    "patient_story",
    "PLEASE PRAY FOR MIN-SEO PARK AND HER PARENTS. 6 YEARS OLD, ALL HEART, CURRENTLY IN PICU ROOM 12. #PrayForMinseo",
    [("NAME", "MIN-SEO PARK"), ("OTHER_ID", "ROOM 12"), ("NAME", "#PrayForMinseo")],
    note="all caps: name (Park is also a word), room with keyword, name hashtag",
)

# 106
n(
    "en",
    "recruitment",
    "안녕하세요! We're hiring Korean-speaking patient navigators for our Duluth campus. Full-time, benefits day one. Apply at gchealth.org/careers or call our Korean line, 678-555-0123.",
    "recruitment; Korean greeting; hospital line",
)

# 107
p(
    "en",
    "thank_you",
    "Ms. Hoa Le, owner of Lotus Nails in Lilburn, spent 11 days with us after a fall. Yesterday her whole salon crew showed up with pho for the 5 West night shift. Cảm ơn, Ms. Le! 💅",
    [("NAME", "Hoa Le"), ("NAME", "Le", "*"), ("NAME", "Lotus Nails"), ("GEO", "Lilburn")],
    note="two-letter Vietnamese surname; her own salon is her employer (NAME); town of the salon places her",
)

# 108
n(
    "en",
    "anonymous_story",
    "A 17-year-old quarterback came into our ER Friday night with a concussion and asked if he could go back in for the fourth quarter. (He could not.) Know the signs: gchealth.org/concussion",
    "anonymous; age under 90; weekday",
)

# 109
p(
    "en",
    "sponsor",
    "Thank you to Sunil and Hetal Joshi, who gave $25,000 to our NICU in honor of their twins, Arjun and Anika, who spent 61 days with us in 2019. 💙💗",
    [("NAME", "Sunil"), ("NAME", "Hetal Joshi"), ("NAME", "Arjun"), ("NAME", "Anika")],
    note="donors introduced as parents of former patients are labelled, and so are the twins; bare year not labelled",
)

# 110
n(
    "en",
    "event",
    "Sri Venkateswara Temple health camp this Sunday! Our cardiologists will offer free ECGs and cholesterol checks after the morning puja. Telugu- and Tamil-speaking volunteers on hand. 🛕",
    "community event",
)

# 111
p(
    "en",
    "discharge",
    "Update from Pod A: baby girl T. is off the ventilator!! 💜 Her mom asked us to share so her church family in Dacula can keep praying. #NICU",
    [("NAME", "T"), ("GEO", "Dacula")],
    note="an initial used for the patient is NAME; her family's congregation town is GEO (set decision); Pod A is a unit",
)

# 112
n(
    "en",
    "health_tip",
    "Heading to Tybee or Panama City this summer with sickle cell? Pack twice the water you think you need, bring your pain plan, and know where the nearest ER is. 🏖️",
    "general advice; travel destinations not tied to a patient",
)

# 113
p(
    "en",
    "patient_story",
    "Happy 1st birthday to our heart warrior Kaden! 🎂 On August 2nd last year, at 3 days old, he had open-heart surgery here. Today he's crawling, babbling and pulling every lead off the monitor at his checkup.",
    [("NAME", "Kaden"), ("DATE", "August 2nd")],
    note="surgery date; relative expressions and age in days not labelled",
)

# 114
n(
    "en",
    "research",
    "Our team is one of 12 US sites in a trial of a gene therapy for sickle cell disease. Eligible: ages 12-35 with frequent pain crises. Info: gchealth.org/genetrial · 770-555-0112",
    "research recruitment",
)

# 115
p(
    "en",
    "pasted_record",
    "Can someone in billing help this family? Mom says Medicaid # 104883291A was denied and they entered her SSN 618-40-2297 by mistake. Pt is Zion Carter, 4.",
    [("HEALTH_PLAN", "104883291A"), ("SSN", "618-40-2297"), ("NAME", "Zion Carter")],
    note="health plan number, the mother's SSN, patient name (Zion is also a place name); age 4 not labelled",
)

# 116
n(
    "en",
    "campaign_hashtag",
    "June 19 is World Sickle Cell Day - and Juneteenth. Wear red, give blood, and share your #SickleCellStory with us. 🩸",
    "awareness day and holiday, not a patient's event",
)

# 117
p(
    "en",
    "thank_you",
    "Ato Bekele Worku wants every nurse on 4 West to know that his injera is the best in Clarkston. He's not wrong. 😋 Thank you for the farewell feast, Ato Bekele!",
    [("NAME", "Bekele Worku"), ("NAME", "Bekele", "*"), ("GEO", "Clarkston")],
    note="Ato is an Amharic title, excluded; given name plus father's name; home town",
)

# 118
n(
    "en",
    "anonymous_story",
    "Last night a grandmother in her nineties taught our night nurses a Telugu lullaby. We didn't get all the words, but we got the point. 🌙",
    "anonymous; 'in her nineties' is a decade, not an age token",
)

# 119
p(
    "en",
    "patient_story",
    "Sugar Hill 12U all-star Mason Tran broke his wrist at the Fourth of July fireworks and still wants to pitch in the state tournament. Nice try, Mason. Cast comes off in 4 weeks. ⚾",
    [
        ("GEO", "Sugar Hill"),
        ("NAME", "Mason Tran"),
        ("NAME", "Mason", "*"),
        ("DATE", "Fourth of July"),
    ],
    note="town whose name is ordinary words; word-name Mason; holiday that is the injury day",
)

# 120
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Patient Financial Services: 770-555-0100, option 4. Prefer Spanish? 770-555-0134. Korean? 678-555-0123. Never give your card number in a comment or DM.",
    "hospital numbers only",
)

# 121
p(
    "es",
    "birth_announcement",
    "¡Llegó un rey! 👑 Gael Reyes Zelaya nació el 6 de enero, Día de Reyes, a las 6:06 a.m. Su mamá, Keila, dice que ya tiene rosca asegurada para cada cumpleaños.",
    [
        ("NAME", "Gael Reyes Zelaya"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Keila"),
    ],
    note="surname Reyes inside the full name, the holiday 'Día de Reyes' is the birth day (DATE) - same word, different types; mother named",
)

# 122
n(
    "es",
    "event",
    "Este 30 de abril celebramos el Día del Niño en pediatría: piñatas, payasos y paletas para todos nuestros pacientitos. 🎈 ¡Gracias a los voluntarios que lo hacen posible!",
    "hospital event on a holiday; patients anonymous",
)

# 123
p(
    "es",
    "patient_story",
    "#FuerzaYeimi 💪 nuestra guerrera de 15 años sigue en la UCI pediátrica. gracias por sus oraciones, familia de la iglesia Pentecostal de Gainesville 🙏",
    [("NAME", "#FuerzaYeimi"), ("GEO", "Gainesville")],
    note="name only in a hashtag; her congregation's town is GEO (set decision); age under 90",
)

# 124
n(
    "es",
    "staff_spotlight",
    "Hoy celebramos a nuestra enfermera Paz Domínguez: 25 años cuidando bebés en la UCIN de Lawrenceville. Paz, ¡gracias por tanto amor! 💐",
    "staff member whose first name is a word",
)

# 125
p(
    "es",
    "pasted_record",
    "Paciente: Guadalupe 'Lupe' Trejo Villeda · F. nac.: 14/08/1932 · Dir.: 1290 Old Norcross Rd Apt 14, Lawrenceville 30044 · Tel.: (678) 555-0142 · Medicaid: 338102947",
    [
        ("NAME", "Guadalupe 'Lupe' Trejo Villeda"),
        ("DATE", "14/08/1932"),
        ("GEO", "1290 Old Norcross Rd Apt 14"),
        ("GEO", "Lawrenceville"),
        ("GEO", "30044"),
        ("PHONE", "(678) 555-0142"),
        ("HEALTH_PLAN", "338102947"),
    ],
    note="registration form pasted: name with quoted nickname, birth date, street with number and apartment, city, ZIP, phone, Medicaid number",
)

# 126
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas afecta a miles de personas originarias de Centroamérica y muchas no lo saben. Si nació en Honduras, El Salvador o Guatemala, pregunte por la prueba. Línea en español: 770-555-0134",
    "eponymous condition; countries of origin of a population",
)

# 127
p(
    "es",
    "patient_story",
    "El lateral Brayan Cálix, de Central High en Lawrenceville, sufrió una conmoción cerebral en el partido del sábado 19. Ya está bien y quiere mandar un mensaje: ¡usen el casco bien puesto! 🏈",
    [("NAME", "Brayan Cálix"), ("GEO", "Lawrenceville"), ("DATE", "19")],
    note="high school athlete; his school's town is GEO (it places him); day of the month of the injury (weekday excluded)",
)

# 128
n(
    "es",
    "public_figure",
    "Hoy, 20 de julio, Honduras recuerda a Lempira, el cacique lenca que resistió la conquista. 🇭🇳 Un saludo a nuestras familias hondureñas de Gwinnett.",
    "historical figure and national day",
)

# 129
p(
    "es",
    "memorial",
    "Hasta siempre, doña Chepita 🕊️ Josefa Rivera Maradiaga, de 99 años, originaria de Comayagua, nos enseñó a rezar el rosario en garífuna y en español. En la foto, con su nieta Ashley el día de su cumpleaños.",
    [
        ("NAME", "Chepita"),
        ("NAME", "Josefa Rivera Maradiaga"),
        ("AGE", "99"),
        ("GEO", "Comayagua"),
        ("PHOTO", "En la foto"),
        ("NAME", "Ashley"),
    ],
    note="nickname and full name; age; Honduran home town; photo cue; granddaughter",
)

# 130
n(
    "es",
    "hospital_contact",
    "📍 Campus Lawrenceville: 1840 Chattahoochee Medical Parkway. 📍 Campus Duluth: 3300 Pleasant Hill Road. 📍 Clínica de Células Falciformes: 2975 Satellite Boulevard, Duluth. Línea en español: 770-555-0134.",
    "the hospital's own addresses and line",
)

# 131
p(
    "es",
    "thank_you",
    "Don Efraín Mendoza, operario de Avícola Sureña en Gainesville, perdió dos dedos en un accidente en la planta. Hoy volvió a su cita de terapia con una bandeja de pollo frito para todas. ¡Gracias, don Efraín!",
    [
        ("NAME", "Efraín Mendoza"),
        ("NAME", "Efraín", "*"),
        ("NAME", "Avícola Sureña"),
        ("GEO", "Gainesville"),
    ],
    note="employer is NAME (holdout decision); town of the plant where he was injured",
)

# 132
n(
    "es",
    "anonymous_story",
    "Un papá hondureño de 60 años nos contó que cruzó tres países para que su hija tuviera una vida mejor. Hoy ella es enfermera en nuestra UCI. 💙",
    "anonymous; age under 90; countries",
)

# 133
p(
    "es",
    "birth_announcement",
    "¡Gemelas del Día del Niño! 👧👧 Luz y Paz Ramírez nacieron el 30 de abril en Duluth. Que la luz y la paz las acompañen siempre. 💕",
    [("DATE", "Día del Niño"), ("NAME", "Luz"), ("NAME", "Paz Ramírez"), ("DATE", "30 de abril")],
    note="twins whose names are words (lower-case luz and paz are words); birth day twice; the hospital's campus town is where they were born, not their home",
)

# 134
n(
    "es",
    "campaign_hashtag",
    "¿Su bebé estuvo en nuestra UCIN? Comparta su historia con #MilagrosDeLaUCIN y acompáñenos en la reunión de exalumnos el 16 de noviembre. 💜",
    "campaign hashtag with a word that is also a name; event date",
)

# 135
p(
    "es",
    "milestone_birthday",
    "Nuestra paciente centenaria, doña Trinidad Paredes, nacida en Trinidad, Santa Bárbara, sopló las velas hoy en el piso 3 con sus bisnietos. 🎂🇭🇳",
    [("AGE", "centenaria"), ("NAME", "Trinidad Paredes"), ("GEO", "Trinidad", 2)],
    note="'centenaria' states an age over 89; her first name is also her Honduran birth town (GEO); the department is not GEO",
)

# 136
n(
    "es",
    "statistic",
    "Las personas mayores de 90 años son el grupo que más crece en Gwinnett. El año pasado atendimos a más de 1,200 pacientes de 90 años o más. 👵🏽",
    "population ages are not labelled",
)

# 137
p(
    "en",
    "milestone_birthday",
    "Miss Georgia Mae Whitlock turned 99 on Sunday! She has lived in Georgia all her life, 71 years of it in the same house in Grayson. Happy birthday, Miss Georgia! 🍑",
    [("NAME", "Georgia Mae Whitlock"), ("AGE", "99"), ("GEO", "Grayson"), ("NAME", "Georgia", 3)],
    note="first name is also the state (the state is not labelled); age; home town",
    ok=("Georgia",),
)

# 138
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Grace Moon, our new interventional cardiologist at the Duluth campus! Dr. Moon trained in Seoul and Baltimore and sees patients in Korean and English. 🫀",
    "doctor (staff) with word-name and word-surname",
)

# 139
p(
    "en",
    "patient_story",
    "April Nguyen-Baptiste was diagnosed with sickle cell in April 2009, before she could walk. Now April is 15, volunteers at our teen clinic and wants every kid with SCD to know the words 'I need my pain plan.' 💪🏽",
    [("NAME", "April Nguyen-Baptiste"), ("DATE", "April 2009"), ("NAME", "April", "*")],
    note="first name April and the month April (diagnosis month with year) - NAME and DATE; hyphenated surname",
)

# 140
n(
    "en",
    "statistic",
    "September is Sickle Cell Awareness Month. About 1 in 13 Black or African American babies is born with sickle cell trait, and about 100,000 Americans live with the disease. Know your status. 🩸",
    "awareness month and population statistics",
)

# 141
p(
    "en",
    "birth_announcement",
    "Born on Leap Day! 🐸 Welcome, Legend Marcus Holloway (Feb. 29, 6 lb 11 oz). Dad Marcus Sr. says he'll only age every four years.",
    [
        ("DATE", "Leap Day"),
        ("NAME", "Legend Marcus Holloway"),
        ("DATE", "Feb. 29"),
        ("NAME", "Marcus", "*"),
    ],
    note="word-name Legend; birth day twice; the father named (Sr. excluded)",
)

# 142
n(
    "en",
    "eponymous_condition",
    "Face drooping on one side? It may be Bell's palsy - or it may be a stroke. Don't guess: BE FAST and call 911. Our Lawrenceville campus is a Comprehensive Stroke Center.",
    "eponymous condition; national number",
)

# 143
p(
    "en",
    "pasted_record",
    "Can transport pick up pt JEFFERSON, Tamika at 2231 Lakes Pkwy Apt 308, Lawrenceville 30043 for her 1pm infusion (chair 6)? Her ride fell through.",
    [
        ("NAME", "JEFFERSON, Tamika"),
        ("GEO", "2231 Lakes Pkwy Apt 308"),
        ("GEO", "Lawrenceville"),
        ("GEO", "30043"),
        ("OTHER_ID", "chair 6"),
    ],
    note="home street with number and apartment, city, ZIP; infusion chair tied to the patient counts like a bed (set decision); time not labelled",
)

# 144
n(
    "en",
    "public_figure",
    "Olympic figure skater Jenna Shin, who grew up skating in Duluth, stopped by our pediatric floor to sign autographs and talk about asthma and sports. ⛸️ Thank you, Jenna!",
    "public figure and her hometown",
)

# 145
p(
    "en",
    "discharge",
    "Will we see you at the Sickle Cell Walk, Will? 😄 Will Boateng, 13, finished his last transfusion of the summer today and says he's racing Dr. Park to the finish.",
    [("NAME", "Will", 2), ("NAME", "Will Boateng")],
    note="the first 'Will' is the verb; the second is the patient; Dr. Park is staff; season not a date",
    ok=("Will",),
)

# 146
n(
    "en",
    "event",
    "Melkam Genna! 🎄 Our Lawrenceville cafeteria will serve doro wat and injera on Jan. 7 for Ethiopian Christmas. Thank you to our Amharic interpreters for the recipe. 🇪🇹",
    "holiday event; interpreters are staff",
)

# 147
p(
    "en",
    "patient_story",
    "Mr. Moon Jae-sung, 92, watched the harvest moon from his window on 6 South last night. His wish? 'To go home to Suwanee before the kimchi runs out.' 🌕 Hope it comes true, Mr. Moon.",
    [("NAME", "Moon Jae-sung"), ("NAME", "Moon", "*"), ("AGE", "92"), ("GEO", "Suwanee")],
    note="Korean surname Moon vs the lower-case word moon; age; home town; unit not labelled",
)

# 148
n(
    "en",
    "recruitment",
    "We're hiring CNAs for nights at both campuses! Bilingual Spanish, Vietnamese, Amharic, Korean, Telugu or Gujarati? Even better. Apply at gchealth.org/careers. 💼",
    "recruitment",
)

# 149
p(
    "en",
    "patient_story",
    "Baptized on Timkat: little Eyerusalem Tadesse, our 28-weeker, received her baptism in the NICU on January 19 from a priest of her family's church, Debre Selam Medhane Alem in Clarkston. 💧",
    [
        ("DATE", "Timkat"),
        ("NAME", "Eyerusalem Tadesse"),
        ("DATE", "January 19"),
        ("GEO", "Clarkston"),
    ],
    note="baptism day written twice (Ethiopian Epiphany and the date); Amharic name that is also a city name; her family's congregation town (set decision); church name not an identifier",
)

# 150
n(
    "en",
    "public_figure",
    "Happy Hangul Day! 한글날 On Oct. 9 Korea honors King Sejong the Great, who gave the Korean people their alphabet in 1443. Our patient materials are now available in Korean at gchealth.org/korean.",
    "historical figure and national day",
)

# 151
p(
    "en",
    "thank_you",
    "Get well soon, Sri K. Venkatesh garu! 🙏 Our 3 North team loved your stories about growing up in Guntur and your very strong opinions about our cafeteria's sambar.",
    [("NAME", "K. Venkatesh"), ("GEO", "Guntur")],
    note="Telugu initial-first name; Sri and garu are honorifics, excluded; the Indian city where he grew up is GEO",
)

# 152
n(
    "en",
    "sponsor",
    "Thank you to the Tran & Nguyen Family Foundation for funding our new Pediatric Sickle Cell Day Hospital, opening this fall at 2975 Satellite Boulevard. 🎉",
    "family foundation (donors naming a facility); hospital address",
)

# 153
p(
    "en",
    "birth_announcement",
    "Twins on Ugadi! 🌼 Sahasra and Sahith Kondapalli arrived at 31 weeks on April 9, Telugu New Year's Day. Their mom Bhargavi says they've already doubled her blessings.",
    [
        ("DATE", "Ugadi"),
        ("NAME", "Sahasra"),
        ("NAME", "Sahith Kondapalli"),
        ("DATE", "April 9"),
        ("DATE", "Telugu New Year's Day"),
        ("NAME", "Bhargavi"),
    ],
    note="the birth day is written three ways - all DATE; twins and mother",
)

# 154
n(
    "en",
    "anonymous_story",
    "A great-grandmother, 88, told our ER nurse she drove herself in because 'my grandson drives too slow.' She's fine. Please, let someone drive you. 🚗",
    "anonymous; 88 is not over 89",
)

# 155
p(
    "en",
    "patient_story",
    "Long post but worth it 🧵 Ruth Alemu-Jackson was 8 when a nurse at our Lawrenceville campus told her mom, Genet, that kids with sickle cell could still run. Twelve years, 4 ICU stays and one hip replacement later, Ruth crossed the finish line of the Peachtree Road Race in 58 minutes. 'I ran for every kid on 5 South,' she told us. Ruth's dad, Marcus Jackson, carried a sign that said 'HbSS and still faster than you.' Follow her training at @running_with_ruth and read the full story at gchealth.org/stories/ruth. 🏃🏾‍♀️❤️",
    [
        ("NAME", "Ruth Alemu-Jackson"),
        ("NAME", "Ruth", "*"),
        ("NAME", "Genet"),
        ("NAME", "Marcus Jackson"),
        ("OTHER_ID", "@running_with_ruth"),
    ],
    note="long story: patient, mother, father, her social handle (OTHER_ID); the race is named after a road but is a public event, not GEO; hospital URL not labelled although its path names her",
)

# 156
n(
    "en",
    "staff_spotlight",
    "Nurse Kim's halmeoni turned 100 last week in Busan, Korea, and the whole 4 East team sang to her over video. 🎂 Family first, always.",
    "a staff member's own grandmother, not a patient - age over 89 not labelled",
)

# 157
p(
    "en",
    "pasted_record",
    "Daughter (Mrs. Nirmala Rao) requests d/c summary for her father, RAO, SUBBA - fax to her office 404-555-0170 attn: N. Rao",
    [("NAME", "Nirmala Rao"), ("NAME", "RAO, SUBBA"), ("FAX", "404-555-0170"), ("NAME", "N. Rao")],
    note="daughter named twice (full and initial form), chart-style patient name, her fax number",
)

# 158
n(
    "en",
    "research",
    "Published this week in Blood: our hematology team, led by Dr. Sung-min Cho, found that Korean American adults are less likely to be screened for hepatitis B. Read more at gchealth.org/research. 📄",
    "research; staff author",
)

# 159
p(
    "en",
    "pasted_record",
    "To the family of Demetrius Hall: your car (VIN 1HGCM82633A004352) was towed from the Duluth ER lot last night. Please call Security at 770-555-0100.",
    [("NAME", "Demetrius Hall"), ("VEHICLE", "1HGCM82633A004352")],
    note="patient named and the family's vehicle number; hospital ER lot and main line not labelled",
)

# 160
n(
    "en",
    "event",
    "Holi Color Run 🌈 March 23, 9 a.m., Duluth campus walking trail. All ages, free, benefiting the NICU. Register: gchfoundation.org/holi",
    "event on a holiday",
)

# 161
p(
    "en",
    "pasted_record",
    "wristband scan failed for pt Adaeze Obi - band # W-2281-77, enc 7100-8834-21 - IT pls fix before 1400 meds",
    [("NAME", "Adaeze Obi"), ("OTHER_ID", "W-2281-77"), ("OTHER_ID", "7100-8834-21")],
    note="wristband and encounter numbers are OTHER_ID (value only); time not labelled",
)

# 162
n(
    "en",
    "staff_spotlight",
    "Meet Sam and Esther Lee, married 65 years and volunteers in our Duluth lobby every Wednesday since they retired. Their secret? 'Separate crossword puzzles.' 💕",
    "volunteers (not patients)",
)

# 163
p(
    "en",
    "patient_story",
    "Our own Nurse Tammy Greer spent a week as a patient on her own unit after her appendix burst on Labor Day. Her corgi, Waffles, was NOT allowed to visit. Welcome back to the other side of the bed, Tammy! 🩺",
    [("NAME", "Tammy Greer"), ("NAME", "Tammy", "*"), ("DATE", "Labor Day")],
    note="a staff member who is a patient is labelled; holiday that is her emergency day; the pet's name is not labelled",
)

# 164
n(
    "en",
    "health_tip",
    "Flu shots. Today. Both lobbies. Free. 💉",
    "short tip",
)

# 165
p(
    "en",
    "milestone_birthday",
    "Bà Nguyễn Thị An turned 90 today on 5 West! An early riser, she had the whole unit doing tai chi by 6 a.m. Chúc mừng sinh nhật, Bà An! 🎂",
    [("NAME", "Nguyễn Thị An"), ("AGE", "90"), ("NAME", "An", 3)],
    note="Vietnamese given name An (the second 'An' is the English article); Bà is a title; age 90",
    ok=("An",),
)

# 166
n(
    "en",
    "campaign_hashtag",
    "#FaithOverFear prayer breakfast for our nurses and chaplains, Friday 7 a.m., Lawrenceville chapel. All faiths welcome. 🙏",
    "campaign hashtag with a word that is also a name",
)

# 167
p(
    "en",
    "discharge",
    "Pictured: Precious and her big brother Zaire on discharge day 💗 Every precious ounce of her was worth the 74-day wait.",
    [("PHOTO", "Pictured"), ("NAME", "Precious"), ("NAME", "Zaire")],
    note="photo cue for the patient; word-name Precious (lower-case 'precious' is the adjective); brother named",
)

# 168
n(
    "en",
    "crisis_update",
    "Blood supply alert 🩸 Our sickle cell patients need matched blood, often from donors of the same ancestry. Black, Ethiopian and Caribbean donors are especially needed. Drive Thursday at our Duluth campus.",
    "crisis update; population groups",
)

# 169
p(
    "en",
    "patient_story",
    "Sunday Okoro walked into our ER on a Sunday with chest pain and walked out 5 days later with two stents. Sunday, thanks for the jollof! 🍛",
    [("NAME", "Sunday Okoro"), ("NAME", "Sunday", 3)],
    note="first name Sunday vs the weekday (not labelled)",
    ok=("Sunday",),
)

# 170
n(
    "en",
    "health_tip",
    "Fasting for Ramadan or Navratri with diabetes? Talk to your doctor first, check your sugar more often, and break the fast if it drops under 70. 🌙",
    "general advice; holidays",
)

# 171
p(
    "en",
    "patient_story",
    "Kite season safety ⚠️ Nirav Amin, 11, of Hamilton Mill needed 9 stitches after a glass-coated manja string cut his hand on Uttarayan, Jan. 14. Wear gloves, friends!",
    [("NAME", "Nirav Amin"), ("GEO", "Hamilton Mill"), ("DATE", "Uttarayan"), ("DATE", "Jan. 14")],
    note="neighbourhood; injury day written twice (kite festival and date); age under 90",
)

# 172
n(
    "en",
    "hospital_contact",
    "Our website has moved to www.gchealth.org - bookmark it! Patient portal: mygch.org. Giving: gchfoundation.org. Socials: @GCHealth @gch_nicu @gch_sicklecell",
    "hospital domains and handles",
)

# 173
p(
    "en",
    "thank_you",
    "thank u for all the love everyone 🥹 #jiwoo_strong",
    [("NAME", "#jiwoo_strong")],
    note="lower-case name hashtag with underscore, the only identifier",
)

# 174
n(
    "en",
    "staff_spotlight",
    "Pictured: our 5 West night nurses after 12 hours and zero sleep, still smiling. 📸 Nurses like Yonas Tesfaye and Bao Tran make this place run.",
    "photo of staff, not a patient; staff names",
)

# 175
p(
    "en",
    "milestone_birthday",
    "Cheers to Mr. Luther 'Deacon' Sims on his 102ND BIRTHDAY!!! He's been a deacon at Greater Hope Baptist in Stone Mountain since 1958. 🎉",
    [("NAME", "Luther 'Deacon' Sims"), ("AGE", "102ND"), ("GEO", "Stone Mountain")],
    note="name with quoted nickname (the lower-case 'deacon' is his church role); all-caps ordinal age; his congregation's town (set decision); bare year",
)

# 176
n(
    "en",
    "anonymous_story",
    "Someone's grandpa left a handwritten thank-you note in Hindi on our 3 North whiteboard. We had it translated. It says: 'You treated me like family.' 🧡",
    "anonymous",
)

# 177
p(
    "en",
    "patient_story",
    "Our nonagenarian marathoner, Mr. Ko, finished cardiac rehab this week and is already asking when he can run the Peachtree again. 🏃‍♂️",
    [("AGE", "nonagenarian"), ("NAME", "Ko")],
    note="'nonagenarian' states an age over 89; two-letter Korean surname",
)

# 178
n(
    "en",
    "event",
    "Sickle cell family camp is back! July 14-19 at Camp Twin Lakes. Kids 7-17 with SCD, free, nurses on site 24/7. Apply by May 1: gchealth.org/camp",
    "event dates and venue",
)

# 179
p(
    "en",
    "pasted_record",
    "Reminder: pt's sister Tsion will bring the signed consent forms at 10. MRN: 4-4810-0093-A. Do NOT discharge before then.",
    [("NAME", "Tsion"), ("MRN", "4-4810-0093-A")],
    note="a relative named in passing; MRN in an odd format; time not labelled",
)

# 180
n(
    "en",
    "research",
    "Our sickle cell researchers are recruiting adults 18+ for a study on pain and sleep. Participants receive $50 per visit. Call 770-555-0112 or email research@gchealth.org.",
    "research; hospital line and e-mail",
)

# 181
p(
    "es",
    "birth_announcement",
    "¡El primer bebé de Año Nuevo en Gwinnett nació en nuestro campus de Duluth a las 12:00:37 del 1 de enero! 🎆 Bienvenido, Dylan Josué Euceda. Sus papás llegaron de Choloma hace dos años y dicen que este es su mejor regalo.",
    [
        ("DATE", "Año Nuevo"),
        ("DATE", "1 de enero"),
        ("NAME", "Dylan Josué Euceda"),
        ("GEO", "Choloma"),
    ],
    note="birth day written twice; baby; the family's Honduran home city; time not labelled",
)

# 182
n(
    "es",
    "staff_spotlight",
    "Nuestro cirujano, el Dr. Jesús Cruz, operó su paciente número 5,000 esta semana. Dice que lo celebrará con tacos al pastor y una siesta. 🩺 ¡Felicidades, doctor!",
    "staff doctor with names that are also religious words; count",
)

# 183
p(
    "es",
    "pasted_record",
    "Hijo de doña Marleny (cama 8, 4 Sur) pide que le llamen a Honduras cuando salga de cirugía: +504 9812-0142. Gracias!!",
    [("NAME", "Marleny"), ("OTHER_ID", "cama 8"), ("PHONE", "+504 9812-0142")],
    note="patient's first name, bed with keyword (4 Sur is a unit), the son's Honduran phone number",
)

# 184
n(
    "es",
    "eponymous_condition",
    "21 de marzo, Día Mundial del Síndrome de Down 🧦🧦 Hoy usamos calcetines disparejos en pediatría para celebrar a todas las personas con trisomía 21.",
    "eponymous condition and awareness day",
)

# 185
p(
    "es",
    "milestone_birthday",
    "¡¡FELICIDADES A DON CRUZ ORELLANA POR SUS 95 AÑOS!! 🎉 LA CRUZ ROJA LE MANDÓ PASTEL Y LAS ENFERMERAS DEL 3 NORTE LE CANTARON LAS MAÑANITAS.",
    [("NAME", "CRUZ ORELLANA"), ("AGE", "95")],
    note="all caps; first name Cruz, while 'CRUZ ROJA' is the Red Cross; age; unit not labelled",
)

# 186
n(
    "es",
    "event",
    "🚐 Nuestra clínica móvil estará en Buford Highway el sábado 8 de junio: presión, azúcar, vacunas y consulta en español. Sin costo, sin cita.",
    "event date and place (a road, but not a patient's)",
)

# 187
p(
    "es",
    "patient_story",
    "Dilcia, nuestra paciente garífuna de Tela, cumplió un año sin crisis de dolor el día 5. 🥁 Su mamá, doña Nolvia, trajo tambores al pasillo de la clínica. ¡Seguimos, Dilcia!",
    [("NAME", "Dilcia", "*"), ("GEO", "Tela"), ("DATE", "día 5"), ("NAME", "Nolvia")],
    note="Honduran home town (Tela); day of the month alone written 'el día 5' - span 'día 5' without the article (set decision); mother",
)

# 188
n(
    "es",
    "recruitment",
    "¿Tiene 16 años o más y quiere ayudar? Buscamos voluntarios bilingües para recepción, pediatría y la tienda de regalos. Llame al 770-555-0145 o visite gchealth.org/voluntarios. 🙋",
    "volunteer recruitment",
)

# 189
p(
    "es",
    "thank_you",
    "Gracias a don Rigoberto Funes, cocinero de la Taquería El Güero en Buford Highway, que después de su cirugía de corazón nos mandó 200 tacos. 🌮 ¡Cuídese mucho, don Rigo!",
    [
        ("NAME", "Rigoberto Funes"),
        ("NAME", "Taquería El Güero"),
        ("GEO", "Buford Highway"),
        ("NAME", "Rigo"),
    ],
    note="patient, his employer (NAME) and the road where he works (GEO); short form Rigo",
)

# 190
n(
    "es",
    "public_figure",
    "12 de noviembre, Día Nacional del Libro en México, natalicio de Sor Juana Inés de la Cruz. 📚 Donamos 300 libros en español a nuestra sala de pediatría.",
    "historical figure; national day",
)

# 191
p(
    "es",
    "pasted_record",
    "Resumen de alta - Pte: ALVARADO MEJÍA, José Armando · Ingreso: 2024-03-11 · Alta: 2024-03-17 · Dx: crisis vasooclusiva · Cita de seguimiento con la Dra. Funes-Acosta",
    [("NAME", "ALVARADO MEJÍA, José Armando"), ("DATE", "2024-03-11"), ("DATE", "2024-03-17")],
    note="chart-style double-surname name; ISO admission and discharge dates; the doctor is staff",
)

# 192
n(
    "es",
    "anonymous_story",
    "Una mamá dio a luz en el carro, camino a nuestra sala de emergencias. 🚗👶 Papá manejó, la abuela atrapó al bebé y nuestros enfermeros llegaron con una cobija. ¡Todos están bien!",
    "anonymous birth; no identifiers",
)

# 193
p(
    "es",
    "patient_story",
    "#TodosConMaríaJosé 💛 Nuestra pequeña de 7 años terminó hoy su última quimio. Su abuela Tina viajó desde Danlí para verla tocar la campana.",
    [("NAME", "#TodosConMaríaJosé"), ("NAME", "Tina"), ("GEO", "Danlí")],
    note="patient only in a name hashtag; grandmother named; the grandmother's home town is a relative's GEO",
)

# 194
n(
    "es",
    "campaign_hashtag",
    "#LuzParaLaUCIN 🕯️ Este viernes encenderemos velas en el jardín del campus de Lawrenceville por todos los bebés que pasaron por nuestra UCIN. Traiga una foto si gusta.",
    "campaign hashtag with a word that is also a name; 'foto' is not of a named patient",
)

# 195
n(
    "es",
    "statistic",
    "En 90 días, nuestra línea en español atendió 12,480 llamadas. El 90 % de las familias dijo que su pregunta quedó resuelta en la primera llamada. 📞 770-555-0134",
    "counts and percentages (90 is not an age)",
)

# 196
n(
    "es",
    "crisis_update",
    "AVISO DE TORMENTA ⛈️ Las clínicas de Duluth cierran hoy a las 3 p.m. La sala de emergencias sigue abierta. Si su cita se cancela, le llamaremos desde el 770-555-0134.",
    "operational update",
)

# 197
p(
    "en",
    "pasted_record",
    "Discharge summary draft: Pt: CHOI, Eun-ji | DOA 2024-08-14 | DOD 2024-08-19 | Attending: Dr. Park | F/U Dr. Mensah-Carter 2 wks",
    [("NAME", "CHOI, Eun-ji"), ("DATE", "2024-08-14"), ("DATE", "2024-08-19")],
    note="chart-style Korean name; ISO admission and discharge dates; attending and follow-up doctors are staff",
)

# 198
n(
    "en",
    "event",
    "Our hospital choir performs Handel's Messiah on Dec. 14 in the Lawrenceville atrium. Free, family-friendly, and yes, you may stand for the Hallelujah chorus. 🎶",
    "event; a composer and a work whose title is also a given name",
)

# 199
p(
    "en",
    "discharge",
    "Reposting with permission from @jaylens_journey_gwinnett: 'Jaylen's 100th day in the NICU and his FIRST day at home. We'll never forget Pod C.' 💙",
    [("OTHER_ID", "@jaylens_journey_gwinnett"), ("NAME", "Jaylen")],
    note="family's social handle (OTHER_ID); patient; '100th day' is a count of days, not an age",
)

# 200
n(
    "en",
    "staff_spotlight",
    "Meet Odessa Pruitt, 91, who still works three mornings a week in our Environmental Services department. 'Clean rooms heal people,' she says. 🧹 Thank you, Ms. Odessa!",
    "staff member aged over 89 - staff ages are not labelled; her name is also a city",
)

# 201
p(
    "en",
    "thank_you",
    "Thank you, Patel Brothers of Decatur, for the Diwali sweets for our night shift - and a special hello to Mrs. Hansa Patel in room 3408, who says she's shopped there since 1986. 🪔",
    [("NAME", "Hansa Patel"), ("OTHER_ID", "room 3408")],
    note="the grocery sponsor carries the same surname but is not labelled; patient and room; bare year",
)

# 202
n(
    "en",
    "public_figure",
    "Our nurses are back from a week-long medical mission in Kingston, Jamaica, where they screened 600 children for sickle cell disease. 🇯🇲 Proud of this team.",
    "a city that is also a given name; mission statistics",
)

# 203
p(
    "en",
    "patient_story",
    "Hawks guard Tre Daniels spent his off day at his grandmother's bedside on 6 North, and ended up signing shoes for half the floor. Get well soon, Ms. Earlene - and thank you, Tre! 🏀",
    [("NAME", "Tre Daniels"), ("NAME", "Tre", "*"), ("NAME", "Earlene")],
    note="a public figure who is a patient's relative is labelled as a relative (set decision); patient's first name",
)

# 204
n(
    "en",
    "staff_spotlight",
    "Welcome to Dr. Hope Ekwueme, our new neonatologist! She joins us from Children's in Atlanta and already knows every NICU nurse's coffee order. ☕",
    "staff doctor with a word-name",
)

# 205
p(
    "en",
    "birth_announcement",
    "Our Christmas miracle 🎄 Baby Noelle was born 12.25 at 11:58 p.m., two minutes before the night shift's cookie swap ended. Merry everything from Labor & Delivery!",
    [("DATE", "Christmas"), ("NAME", "Noelle"), ("DATE", "12.25")],
    note="holiday that is the birth day and the date in dotted form; time not labelled",
)

# 206
n(
    "en",
    "eponymous_condition",
    "Our Crohn's & Colitis support group meets the first Tuesday of each month, 6 p.m., Duluth campus, Room B. Parkinson's support group follows at 7:30. ☕",
    "eponymous conditions; conference room",
)

# 207
p(
    "en",
    "memorial",
    "Mr. Park Sung-ho, 89, a retired taekwondo master who taught half of Duluth to bow before they kick, died peacefully in our hospice on Sunday. Condolences may be sent to the family at parkfamily.duluth@gmail.com. 🤍",
    [("NAME", "Park Sung-ho"), ("GEO", "Duluth"), ("EMAIL", "parkfamily.duluth@gmail.com")],
    note="age 89 is not labelled; the town where he lived and taught; family e-mail",
)

# 208
n(
    "en",
    "anonymous_story",
    "One of our sickle cell warriors (she asked us not to share her name) wrote this on our clinic whiteboard: 'Pain is real. So am I.' 💜",
    "anonymous patient, by request",
)

# 209
p(
    "en",
    "birth_announcement",
    "Born on Juneteenth, World Sickle Cell Day, 6/19 - and yes, baby Amara Freeman was screened for sickle cell before she left the hospital. (Trait only! 🙌🏾) Congrats to mom Nia and grandma Loretta.",
    [
        ("DATE", "Juneteenth"),
        ("DATE", "World Sickle Cell Day"),
        ("DATE", "6/19"),
        ("NAME", "Amara Freeman"),
        ("NAME", "Nia"),
        ("NAME", "Loretta"),
    ],
    note="the birth day written three ways (holiday, awareness day, date) - all DATE because it is her birthday; mother and grandmother",
)

# 210
n(
    "en",
    "statistic",
    "90 days without a central-line infection on 5 South! 🎉 That's our longest streak ever. Handwashing works.",
    "duration (90 is not an age)",
)

# 211
p(
    "en",
    "crisis_update",
    "UPDATE 11:40 AM: The driver airlifted from this morning's I-85 crash in Braselton, Mr. Raymond Tolliver, is in stable condition at our Lawrenceville trauma center. His family asked us to share.",
    [("GEO", "I-85"), ("GEO", "Braselton"), ("NAME", "Raymond Tolliver")],
    note="crisis update that names a patient: crash road and town are GEO; time not labelled",
)

# 212
n(
    "en",
    "event",
    "Juneteenth Family Health Day 🎉 June 19, 11 a.m.-3 p.m., Lawrenceville campus: free sickle cell trait testing, blood drive, DJ and food trucks. gchealth.org/juneteenth",
    "event on a holiday",
)

# 213
p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday, Seo-yeon! 🎂 One year ago, on 10/3 - Korea's National Foundation Day - she was born at 1 lb 14 oz. Today she grabbed the stethoscope at her doljanchi. Future doctor? 🩺",
    [("NAME", "Seo-yeon"), ("DATE", "10/3"), ("DATE", "National Foundation Day")],
    note="birth day written twice; the doljanchi item-grabbing is a custom, not a date",
)

# 214
n(
    "en",
    "health_tip",
    "Kite festival season is here 🪁 Glass-coated string can cut deep. Wear gloves, keep kids off rooftops, and bring any deep cut to urgent care. Happy Uttarayan, Gwinnett!",
    "general safety tip; holiday greeting",
)

# 215
p(
    "en",
    "thank_you",
    "Coach Darnell Price has coached Dacula girls' basketball for 22 years. On 10/17 he coached from a hospital bed on FaceTime, 3 days after his heart surgery. The Falcons won. 🏀❤️",
    [("NAME", "Darnell Price"), ("GEO", "Dacula"), ("DATE", "10/17")],
    note="Coach is a title; the town of the school he works for places him; a date tied to his recovery (he coached from bed that day); team mascot not labelled",
)

# 216
n(
    "en",
    "recruitment",
    "Amharic, Tigrinya or Oromo speaker? We're hiring medical interpreters for our Lawrenceville campus. Paid training, day shifts. Apply: gchealth.org/careers 🇪🇹",
    "recruitment",
)

# 217
p(
    "en",
    "milestone_birthday",
    "W/ro Birtukan Desta turned ninety-one on 2 South today. She asked for buna, popcorn and 'no more blood tests.' Two out of three, W/ro Birtukan! ☕",
    [("NAME", "Birtukan Desta"), ("NAME", "Birtukan", "*"), ("AGE", "ninety-one")],
    note="W/ro (Weyzero) is an Amharic title, excluded; age in hyphenated words",
)

# 218
n(
    "en",
    "research",
    "Dr. Abebe Girma, our director of hematology, received a $2.1 million NIH grant to study pain crises in adults with sickle cell disease. 🎉 Congratulations, Dr. Girma!",
    "staff doctor whose names are common patient names in this community",
)

# 219
p(
    "en",
    "patient_story",
    "Major Williams, 9, had major surgery on his spine on the 3rd of March. Now he's back at Lanier Elementary in Sugar Hill, and his class made him an honorary five-star general. 🎖️",
    [("NAME", "Major Williams"), ("DATE", "3rd of March"), ("GEO", "Sugar Hill")],
    note="word-name Major (the lower-case 'major' is the adjective); surgery date; the school's town is GEO (dev decision); school name not an identifier",
)

# 220
n(
    "en",
    "campaign_hashtag",
    "Free car-seat checks every Thursday at our Duluth campus! 🚗 #PreciousCargo #BuckleUpGwinnett",
    "campaign hashtag containing a word that is also a name",
)

# 221
p(
    "en",
    "patient_story",
    "Messiah Johnson, 6, rang the bell today after 2 years of chemo. His big sister Nevaeh led the whole clinic in a conga line. 🔔",
    [("NAME", "Messiah Johnson"), ("NAME", "Nevaeh")],
    note="religious word-name; sister named",
)

# 222
n(
    "en",
    "hospital_contact",
    "Questions about your NICU baby after hours? Call (770) 555-0178 any time. Main hospital: 770.555.0100. Media: 770-555-0167.",
    "hospital numbers in varied formats",
)

# 223
p(
    "en",
    "patient_story",
    "Hope is back!! 🌈 Hope Ejiofor, our longest-staying sickle cell patient this year, came back to visit the 7 North nurses with a diploma in hand. We hope you know how proud we are.",
    [("NAME", "Hope", 1), ("NAME", "Hope Ejiofor")],
    note="word-name Hope: the capitalised mentions are the patient, lower-case 'hope' is the verb",
)

# 224
n(
    "en",
    "staff_spotlight",
    "Thank you to our volunteer of the year, Selamawit Haile, who has knitted 312 NICU hats since January. 🧶 @gch_nicu",
    "volunteer (not a patient); a count",
)

# 225
p(
    "en",
    "milestone_birthday",
    "Pravinbhai Desai of Lilburn celebrated his 90th on 4 East with a cake shaped like a cricket bat. Happy birthday, Pravinbhai! 🏏",
    [
        ("NAME", "Pravinbhai Desai"),
        ("NAME", "Pravinbhai", "*"),
        ("GEO", "Lilburn"),
        ("AGE", "90th"),
    ],
    note="Gujarati name with attached -bhai kept in the token; town; ordinal age",
)

# 226
n(
    "en",
    "eponymous_condition",
    "Ehlers-Danlos syndrome and Tourette syndrome are both named after doctors - and both are often missed. Our genetics clinic can help: gchealth.org/genetics",
    "eponymous conditions",
)

# 227
p(
    "en",
    "pasted_record",
    "ED tracking: bay 14 - ASSEFA, Yonas T., 34M, SCD pain crisis, arrived via EMS from Lawrenceville 30045. Brother Kebede at bedside.",
    [
        ("OTHER_ID", "bay 14"),
        ("NAME", "ASSEFA, Yonas T."),
        ("GEO", "Lawrenceville"),
        ("GEO", "30045"),
        ("NAME", "Kebede"),
    ],
    note="ER bay with keyword; chart-style name with initial; pick-up town and ZIP; brother named; age 34 not labelled",
)

# 228
n(
    "en",
    "event",
    "NICU REUNION THIS SATURDAY!!! 🍼🎉 Duluth campus lawn, 10 a.m. Bring your grads!",
    "event; no patient named",
)

# 229
p(
    "en",
    "patient_story",
    "Nagamani garu's grandson Sai Teja drove all night from Memphis to surprise her on her 93rd 😭 Happy birthday from 3 North, Nagamani garu! 🎂",
    [("NAME", "Nagamani", "*"), ("NAME", "Sai Teja"), ("GEO", "Memphis"), ("AGE", "93rd")],
    note="Telugu honorific garu excluded; grandson named; the grandson's home city is a relative's GEO; ordinal age",
)

# 230
n(
    "en",
    "crisis_update",
    "The MyGCH patient portal is down for maintenance tonight from 11 p.m. to 3 a.m. For urgent questions, call 770-555-0100. We will never ask for your password by text.",
    "operational update",
)

# 231
p(
    "en",
    "thank_you",
    "To Jeong-hwa Yoon's family: thank you for the kimbap, the rice cakes and the 4 a.m. laughter. Room 4117 will be too quiet without your mom. 💐",
    [("NAME", "Jeong-hwa Yoon"), ("OTHER_ID", "Room 4117")],
    note="patient named; her room with keyword; time not labelled",
)

# 232
n(
    "en",
    "health_tip",
    "Hepatitis B is common in many Asian and African communities and often silent. One blood test can tell you. Ask us in Korean (678-555-0123), Vietnamese or Amharic. 🩸",
    "population health advice",
)

# 233
p(
    "en",
    "discharge",
    "Going home after 3 weeks: Mr. Tesfaye Mengistu, who arrived by ambulance on 8/22 with a collapsed lung. His cab company, Yellow Star Taxi, sent flowers every single day. 🌼",
    [("NAME", "Tesfaye Mengistu"), ("DATE", "8/22"), ("NAME", "Yellow Star Taxi")],
    note="patient (given name Tesfaye, also a common surname); admission date; his employer is NAME (holdout decision)",
)

# 234
n(
    "en",
    "public_figure",
    "Duluth Mayor Nancy Harris joined our ribbon-cutting for the new Sickle Cell Day Hospital at 2975 Satellite Boulevard this morning. ✂️",
    "public official; hospital address",
)

# 235
p(
    "en",
    "patient_story",
    "Remember little Kingston from the PICU? He's 4 now, still obsessed with firetrucks, and Station 14 let him ring their bell yesterday. #KingstonsFight 🚒",
    [("NAME", "Kingston"), ("NAME", "#KingstonsFight")],
    note="patient named and in a name hashtag; the fire station number is not his",
)

# 236
n(
    "en",
    "anonymous_story",
    "A dad slept in the NICU recliner for 96 nights straight. Yesterday he walked out carrying his son. We're not crying, you're crying. 😭",
    "anonymous; 96 is a count of nights, not an age",
)

# 237
p(
    "en",
    "pasted_record",
    "mrn 00734512 / le, van minh / dob 11-02-1933 / rm 2210 / pcp dr jung - pls call pt's wife mai at 770-555-0126 re: dnr",
    [
        ("MRN", "00734512"),
        ("NAME", "le, van minh"),
        ("DATE", "11-02-1933"),
        ("OTHER_ID", "rm 2210"),
        ("NAME", "mai"),
        ("PHONE", "770-555-0126"),
    ],
    note="all lower case chart line: chart-style name, birth date, room, wife and her phone; the PCP is staff",
)

# 238
n(
    "en",
    "sponsor",
    "Thank you to the Jimmy Carter Boulevard Business Association for 1,000 bottles of water for our ER waiting rooms this heat wave! 💧",
    "sponsor named after a road that is named after a public figure",
)

# 239
p(
    "en",
    "thank_you",
    "thx to the Nguyen-Okafor fam for the banh mi 🥖 and to lil Kai for drawing every nurse on 5 West as a superhero. get well soon kai!!",
    [("NAME", "Nguyen-Okafor"), ("NAME", "Kai"), ("NAME", "kai")],
    note="hyphenated family surname; patient's name in normal and lower case",
)

# 240
n(
    "en",
    "staff_spotlight",
    "Congrats to our 2024 DAISY Award winner, RN Thu Trang Le, nominated by a family who wrote: 'She treated our grandmother like her own.' 🌼",
    "staff member; the nominating family and grandmother are not named",
)

if __name__ == "__main__":
    S.main("phi_dev71_source")
