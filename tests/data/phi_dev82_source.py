"""Blind development set d82 for the PHI scanner: tests/data/phi_dev82.jsonl.

Organisation: Gateway Harbor Health (phi_dev82_org.json), a fictional health system in
northern New Jersey: Gateway Harbor Medical Center on the Ironbound campus in Newark
(1400 Harbor Light Boulevard), Gateway Harbor Elizabeth with its Port and Warehouse Injury
Clinic (655 Union Crossing Avenue), and the Gateway Harbor Family Clinic in Paterson
(88 Great Falls Plaza); ten 555-01xx numbers (main lines, patient information, NICU,
foundation, media, the records fax, the injury clinic, the Paterson clinic, a toll-free
Spanish nurse line), three domains (gatewayharborhealth.org, the mygatewayharbor.org
portal, gatewayharborfoundation.org) and four handles. The posts use them often, in
several written forms (973.555.0100, 1-888-555-0199, 908-555-0140, ext. 4410, x2210,
"1400 Harbor Light Blvd", "655 Union Crossing Ave"), also inside patient-specific posts.
Focus: Portuguese and Brazilian families of the Ironbound; Ecuadorian, Peruvian,
Colombian and Dominican families of Newark and Elizabeth; Palestinian and Bangladeshi
families of Paterson; Black Newark families. Compound Spanish names (María de los
Ángeles Quispe Huamán, José Luis Guamán Quishpe, Paola Andrea Restrepo Gómez), Brazilian
nicknames (Juninho, Tiaguinho, Duda), port, warehouse, airport and cold-storage injuries
with employers, and the national and religious days of the communities (Día de la
Independencia of the Dominican Republic, Ecuador, Colombia, Peru and Brazil, Dia de
Portugal, Santo António, São João, Eid, Pohela Boishakh, Ekushey, Juneteenth, MLK Day,
Velitas, Altagracia, Señor de los Milagros, Nochebuena, Día de Reyes...).
Hard cases: ages over 89 in every form (95, 101ST, 92yo, 94F, 102-year-old, 100th,
"turned 100", "in his 90s", "late nineties", Ninety-eight, noventa y cinco, Cien,
centenaria, nonagenaria, nonagenarian, an age hashtag) including unnamed patients;
person-tied dates written numerically, in words, in Spanish and Portuguese, as a day of
the month alone, and as the holiday or feast on which the event fell (often the same
day written twice or three times); names that are words or places (Pearl, Precious,
Justice, King, Joy, Amal, Nube, Segundo, Santo, Blanca, Amparo, Paris, Madison, Lima,
Zion, Elizabeth from Elizabeth, Islam, Washington); lower-case and ALL CAPS names;
initials (Mr. C, A.R.); nicknames and a kunya (Um Khalil); name hashtags (#TeamNayeli,
#BabyAurora, #FamiliaCardona) and family handles (@forca_juninho, @vovo_cida_98);
relatives' names and places; employers; home towns, neighbourhoods and streets;
pasted bed boards, chart lines, portal messages, e-mails, a fax cover, billing and
valet screenshots, an IT ticket, a pharmacy label, an incident report, with MRN, phone,
fax, e-mail, SSN, account, plan, device serial, licence, plate, VIN, IP and URL values,
many next to the hospital's own numbers and addresses.
Hard negatives: staff, doctors and nurses with and without titles (some sharing names
or nicknames with patients: Tiaguinho, rosângela, ms. bernadette, Adriana Mejía),
volunteers, a trustee and donors aged 91 to 103 with their birthdays, staff members'
own relatives (a 100-year-old and a 97-year-old grandmother, a sister, a father of 90),
public and historical figures of the region (Sarah Vaughan, Amiri Baraka, Larry Doby,
Lady Elizabeth Carteret, Juan Pablo Duarte, Antonio Nariño, Eugenio Espejo, Daniel Alcides
Carrión, Mahmoud Darwish, Lucille Clifton, Allen Ginsberg, Antonia Novello), eponymous
conditions (Chagas, Carrión's, Parkinson's, Alzheimer's, Huntington's, Down syndrome),
awareness days and event dates on the same days as patients' events, population ages
(90 and older, centenarias), statistics, anonymous stories (ages under 90, seasons,
durations), popular baby names, campaign hashtags (#HarborStrong, #HopeOnSeven,
#RingTheBell), the hospital's centenary, and the hospital's own phones, fax, addresses,
ZIP codes, domains, e-mail addresses and handles.
Language mix: 240 posts, 150 English and 90 Spanish (several of them mix both, and
English posts carry Portuguese, Bangla and Arabic words); 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Employers are NAME (holdout decision), including a school that employs the patient
  (Weequahic High, Hawthorne Avenue School) and company names that contain a place
  (Port Elizabeth Cold Chain, Newark Bay Container Services: one NAME span). The named
  place where the patient works or was injured (Port Newark, Port Elizabeth, Newark
  Airport, Totowa, Carteret, Secaucus, Route 1, Doremus Avenue, parque Riverbank) is GEO,
  like the road of a crash. A shop the patient merely bought from is not labelled.
- Kinship words used as titles are not part of a NAME span (Vó, Vovó, avó, abuela, tío,
  Abuelo, Sitti, Mama, Mamãe, Amma), nor are church titles (Mother, Deacon) or sr./don/
  doña; a kinship word used alone as a form of address (Nani, Amma) is not a name.
  Articles before a nickname are excluded ("la Virgencita" -> "Virgencita", "El jhonny"
  -> "jhonny").
- "Md." (Mohammad) in a Bangladeshi name is part of the name, not an honorific; the
  kunya "Um Khalil", by which the patient is known, is one NAME span.
- A handle of the patient or family is OTHER_ID even when it contains the name or the
  age (@vovo_cida_98, @mamajuana100); a hashtag with the family surname is NAME
  (#FamiliaCardona, #GuamanStrong).
- A hashtag stating the patient's age over 89 (#100AnosDeVida) is one AGE span covering
  the whole token, as name hashtags are.
- Age tokens: a sex letter written in the same token is kept ("94F", "91M"); spelled-out
  ages cover all their number words ("noventa y cinco", "ninety-six"); "90s" and
  "nineties" in "in his 90s" / "in her late nineties" are AGE; "Cien" in "¡Cien años!"
  is AGE; every statement of the same age (digits, words, centenaria) is labelled.
- Holidays on which the patient's event fell: the span is the holiday's name without the
  country ("Día de la Independencia", "Independence Day"), with "Día de"/"día de" when
  it belongs to the name ("día de San Pedro y San Pablo", "día de la Virgen del
  Carmen"), with a possessive that belongs to it ("santo antónio's day"), without time
  of day ("Eid al-Fitr morning", "the night of Velitas" -> "Velitas"); "Carnaval Tuesday"
  is one named day and "1st of Ramadan" a date. A festival lasting several days on which
  the event fell (Carnaval, the Señor de los Milagros procession) is DATE, like a month.
  A "Portugal Day baby" repeats the birth day and is labelled. A holiday only mentioned
  near the event (home in time for Mother's Day, for the first night of Kwanzaa) is not
  the patient's date and is not labelled; nor is the greeting "Eid Mubarak".
- A day of the month alone: "el 14", "el día 15" -> "14", "15" ("día" is left out like a
  unit word); "on the 3rd", "on the 24th" -> "3rd", "24th".
- Appointment, admission, arrival, implant and device-transmission dates of the patient
  are DATE, like admission and discharge dates.
- A former volunteer who died here as our patient is labelled as a patient (d82-0115).
  A staff member named as the relative of our patient is labelled as the patient's
  relative (d82-0175); the same nurse and grandmother are not labelled when the
  grandmother is not our patient (d82-0176).
- Places tied to a patient's relatives (a daughter's street, a son's neighbourhood,
  grandchildren's cities, an aunt's phone) are labelled; countries and state-level
  regions (the Azores) are not; an island (São Miguel) is GEO.
- The hospital's towns are labelled GEO only where they are the patient's or family's
  own town; hospital-site mentions of the same word in the same post are unlabelled and
  declared with ok= (d82-0033, d82-0041, d82-0145).
- Spanish street names keep their generic word, as in the rules' "calle Elm" ("calle
  Magnolia", "Avenida Elizabeth", "parque Riverbank").
- An ED bay ("bay 7") is a bed: OTHER_ID with the keyword. A prescription number and a
  workers' comp case number are OTHER_ID; an MRN printed with a prefix ("GH-00772815")
  keeps it as part of the value.
- A photo of a pharmacy label or of an insurance card is not PHOTO (it does not show the
  patient).
- A crisis update counting unnamed workers from a named public incident site (d82-0152)
  and aggregate injury statistics for the port (d82-0046) are not patient-specific.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev82.jsonl"), os.path.join(HERE, "phi_dev82_org.json"), "d82")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "milestone_birthday",
    "Parabéns, Dona Conceição! 🎂 Conceição Ferreira celebrated her 100th birthday on our 6th floor yesterday, surrounded by four generations of the Ferreira family from Ferry Street. She came to Newark from Murtosa in 1961 and still makes the best bacalhau in the Ironbound. #100AnosDeVida",
    [
        ("NAME", "Conceição Ferreira", 1),
        ("NAME", "Conceição", "*"),
        ("NAME", "Ferreira", "*"),
        ("AGE", "100th"),
        ("GEO", "Ferry Street"),
        ("GEO", "Newark"),
        ("GEO", "Murtosa"),
        ("GEO", "Ironbound"),
        ("AGE", "#100AnosDeVida"),
    ],
    note="centenarian patient named with honorific (Dona excluded); street, home town in Portugal and neighbourhood are hers; the age hashtag is one AGE span; bare year 1961 not labelled",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Happy 91st birthday to Dona Olímpia Marques, who has volunteered at our Newark information desk every Tuesday since 1988! 💐 Olímpia knits every NICU baby a hat. Join us for cake in the main lobby, 1400 Harbor Light Blvd, Friday at 2 pm.",
    "a volunteer's own 91st birthday: volunteers' names and ages are never labelled; the address is the hospital's",
)

# 3
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95, doña Altagracia! 🇩🇴 Nuestra paciente Altagracia Peña Rosario cumplió noventa y cinco años el 27 de febrero, Día de la Independencia dominicana, y lo celebró en la habitación 412 con merengue y un bizcocho de su nieta Yokasta. ¡Qué bendición!",
    [
        ("AGE", "95"),
        ("NAME", "Altagracia Peña Rosario", 1),
        ("NAME", "Altagracia", "*"),
        ("AGE", "noventa y cinco"),
        ("DATE", "27 de febrero"),
        ("DATE", "Día de la Independencia"),
        ("OTHER_ID", "habitación 412"),
        ("NAME", "Yokasta"),
    ],
    note="patient's 95th birthday written in digits and words; the birthday is named twice (date and the national holiday it fell on); room number and granddaughter's name",
)

# 4
n(
    "es",
    "staff_spotlight",
    "Hoy celebramos los 92 años de don Ramón Espaillat, voluntario de nuestra capilla en Elizabeth desde hace tres décadas. Don Ramón nació un 27 de febrero, como la patria, y dice que el secreto es el café sin azúcar. ¡Felicidades! ☕",
    "volunteer's own birthday and age over 89: not a patient",
)

# 5
p(
    "en",
    "milestone_birthday",
    "shoutout to our 92yo patient on 3 south who beat us all at dominoes today 😂 mr. lucius freeman says the trick is 'never play nice.' happy early bday lucius!! #newarkstrong",
    [
        ("AGE", "92yo"),
        ("NAME", "lucius freeman", 1),
        ("NAME", "lucius", "*"),
    ],
    note="lower-case patient name and '92yo' age token; 3 south is a unit, #newarkstrong a campaign hashtag",
)

# 6
n(
    "en",
    "staff_spotlight",
    "Our respiratory therapist Luis Ángel Pacheco flew to Guayaquil this weekend for his grandmother's 100th birthday 🎉🇪🇨 Mamá Lola turned 100 on August 10, Ecuador's Independence Day! Congrats to the whole Pacheco family from your GHH Elizabeth crew.",
    "a staff member's own grandmother (not a patient): her age, birthday and home city are not labelled",
)

# 7
p(
    "en",
    "patient_story",
    "Our oldest patient this week is 104 and she asked the night nurses for 'one more cafezinho, please.' We love our grandmothers ❤️",
    [("AGE", "104")],
    note="unnamed patient, but an age over 89 is an identifier on its own",
)

# 8
n(
    "en",
    "statistic",
    "Did you know? Newark and Elizabeth are home to more than 3,000 residents aged 90 and older. Our Geriatrics clinic sees adults 85+ on Mondays and Thursdays. Appointments: (973) 555-0100 ext. 4.",
    "population ages and the hospital's main line",
)

# 9
p(
    "es",
    "milestone_birthday",
    "¡Cien años! 🎉 La señora María de los Ángeles Quispe Huamán, centenaria nacida en Ayacucho, sopló sus velitas en nuestra unidad de geriatría de Paterson. Su hija Rocío nos contó que nació un 28 de julio, en plenas Fiestas Patrias. ¡Viva el Perú y viva la abuela Ángeles!",
    [
        ("AGE", "Cien"),
        ("NAME", "María de los Ángeles Quispe Huamán", 1),
        ("NAME", "Ángeles", "*"),
        ("AGE", "centenaria"),
        ("GEO", "Ayacucho"),
        ("NAME", "Rocío"),
        ("DATE", "28 de julio"),
        ("DATE", "Fiestas Patrias"),
    ],
    note="compound Peruvian name with two surnames, kinship word abuela excluded; birthday given as date and as the holiday it fell on; Paterson is the clinic's town, not hers",
)

# 10
n(
    "es",
    "event",
    "El 28 de julio celebramos las Fiestas Patrias del Perú con una feria de salud gratuita en nuestra clínica de Paterson, 88 Great Falls Plaza. Habrá toma de presión, vacunas y ceviche 🇵🇪. Informes: 862-555-0160.",
    "event date and the clinic's own address and phone",
)

# 11
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY MISS HATTIE!!! 🎈 MISS HATTIE MAE SIMMONS HAS LIVED ON SPRINGFIELD AVENUE FOR 70 YEARS AND TODAY SHE'S ON OUR 4 NORTH UNIT CELEBRATING WITH HER GREAT-GRANDSON DESHAWN. BORN ON JUNETEENTH AND PROUD OF IT.",
    [
        ("AGE", "101ST"),
        ("NAME", "HATTIE MAE SIMMONS", 1),
        ("NAME", "HATTIE", "*"),
        ("GEO", "SPRINGFIELD AVENUE"),
        ("NAME", "DESHAWN"),
        ("DATE", "JUNETEENTH"),
    ],
    note="ALL CAPS: age ordinal, name, street, relative, and the holiday she was born on; 4 NORTH is a unit",
)

# 12
n(
    "en",
    "event",
    "June 19 is Juneteenth AND World Sickle Cell Day. This year our Newark campus hosts free sickle cell trait screening from 10am–3pm in the Harbor Light lobby, with a gospel choir from Bethany Baptist. Questions: 973.555.0100.",
    "holiday and awareness day that are event dates, not a patient's; hospital phone",
)

# 13
p(
    "en",
    "patient_story",
    "He spent 41 years unloading ships at Port Newark for Harborline Stevedoring, and now in his 90s, Mr. Joaquim 'Quim' Rebelo is walking the halls of our rehab unit after a hip replacement. His son Paulo says he's 'too stubborn for a walker.' We agree! 💪",
    [
        ("GEO", "Port Newark"),
        ("NAME", "Harborline Stevedoring"),
        ("AGE", "90s"),
        ("NAME", "Joaquim 'Quim' Rebelo"),
        ("NAME", "Paulo"),
    ],
    note="'in his 90s' is an age over 89; the employer is NAME and the place he worked is GEO; nickname inside the name span",
)

# 14
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Renata Vasconcelos, who runs our Port & Warehouse Injury Clinic at GHH Elizabeth. Born in Minas Gerais, trained at Rutgers, she has treated crush injuries from Port Elizabeth to the Kearny warehouses for 15 years. Walk-ins: (908) 555-0147, Mon–Sat 6am–6pm.",
    "staff spotlight: a doctor's name and birthplace are not labelled; clinic phone",
)

# 15
p(
    "es",
    "discharge",
    "Gracias a Dios y a nuestro equipo de trauma, José Luis Guamán Quishpe regresa a casa hoy. El 3 de marzo, un montacargas le aplastó la pierna en el almacén de Kearny Cold Storage donde trabaja. Su esposa Nube y sus hijos lo esperan en Elizabethport. ¡Fuerza, José Luis! #FuerzaJoseLuis",
    [
        ("NAME", "José Luis Guamán Quishpe", 1),
        ("NAME", "José Luis", "*"),
        ("DATE", "3 de marzo"),
        ("NAME", "Kearny Cold Storage"),
        ("NAME", "Nube"),
        ("GEO", "Elizabethport"),
        ("NAME", "#FuerzaJoseLuis"),
    ],
    note="warehouse injury: injury date, employer (NAME), wife whose name is a common word (Nube), neighbourhood, name hashtag",
)

# 16
n(
    "es",
    "anonymous_story",
    "Un trabajador del puerto de unos 40 años llegó anoche a nuestra sala de emergencias de Elizabeth con una lesión por aplastamiento. Hoy está estable. Recuerden: el equipo de protección salva vidas. Clínica de lesiones laborales: (908) 555-0147.",
    "anonymous worker, age under 90, relative time only",
)

# 17
p(
    "en",
    "thank_you",
    "A note from the Whitaker family: 'Thank you to every nurse who cared for our mother, Pearl Whitaker, from the night she came in on Christmas Eve until she went home January 9. Mama Pearl is back on Chadwick Avenue telling everybody about y'all.' ❤️ We're so glad, Ms. Pearl!",
    [
        ("NAME", "Pearl Whitaker", 1),
        ("NAME", "Whitaker", "*"),
        ("NAME", "Pearl", "*"),
        ("DATE", "Christmas Eve"),
        ("DATE", "January 9"),
        ("GEO", "Chadwick Avenue"),
    ],
    note="family thank-you: name that is a word (Pearl), admission on a holiday and discharge date, home street; 'Mama' is a kinship word",
)

# 18
n(
    "en",
    "thank_you",
    "Thank you for the kind review! We're so glad your mom's stay with us was a good one. We can't discuss anyone's care here, but please call our Patient Experience team at (973) 555-0112 so we can pass your words to the 5 West nurses. 💙",
    "reply to a review that names nobody; hospital number and unit only",
)

# 19
p(
    "en",
    "pasted_record",
    "Shift huddle 7a — 5 WEST board:\nRm 512-A  SANTOS, ALTAGRACIA  MRN 30481927  fall risk\nRm 514-B  HOSSAIN, ARIF  MRN 30519044  NPO p MN\nRm 516  BAPTISTE, ODESSA  MRN 30377210  d/c today\n(oops wrong window 🙈)",
    [
        ("OTHER_ID", "Rm 512-A"),
        ("NAME", "SANTOS, ALTAGRACIA"),
        ("MRN", "30481927"),
        ("OTHER_ID", "Rm 514-B"),
        ("NAME", "HOSSAIN, ARIF"),
        ("MRN", "30519044"),
        ("OTHER_ID", "Rm 516"),
        ("NAME", "BAPTISTE, ODESSA"),
        ("MRN", "30377210"),
    ],
    note="bed board pasted by accident: rooms (with keyword), names in LAST, FIRST caps, MRNs",
)

# 20
n(
    "en",
    "crisis_update",
    "Capacity update 7:00 am: Newark ED 38 patients, 11 waiting for inpatient beds; Elizabeth ED 19 patients. 5 West and 6 North are full. Please use urgent care for minor injuries — wait times at gatewayharborhealth.org/wait.",
    "census numbers and units, no patient; hospital URL",
)

# 21
p(
    "es",
    "pasted_record",
    "Mensaje del portal (mygatewayharbor.org) copiado por error:\nDe: Yokasta Rosario Peña <yoka.rosario82@gmail.com>\nAsunto: resultados de mi mamá\n'Hola, mi mamá Miguelina Peña (fecha de nac. 14/05/1951) todavía no recibe los resultados de la biopsia del 2 de abril. Llámenme al 908-555-0163. Gracias.'",
    [
        ("NAME", "Yokasta Rosario Peña"),
        ("EMAIL", "yoka.rosario82@gmail.com"),
        ("NAME", "Miguelina Peña"),
        ("DATE", "14/05/1951"),
        ("DATE", "2 de abril"),
        ("PHONE", "908-555-0163"),
    ],
    note="portal message pasted by mistake: the patient's daughter's name, e-mail and phone, the patient's name, birth date and biopsy date; the portal domain is the hospital's",
)

# 22
n(
    "es",
    "hospital_contact",
    "¿Cómo ver sus resultados? Entre a mygatewayharbor.org, haga clic en 'Mis resultados' y use su fecha de nacimiento para verificar su identidad. ¿Problemas? Llame al 1-888-555-0199 (opción 2, español) o escriba a portal@gatewayharborhealth.org.",
    "portal instructions with the hospital's own domain, e-mail and toll-free line",
)

# 23
p(
    "en",
    "birth_announcement",
    "Shubho Noboborsho! 🌼 Baby Shapla Akter arrived at 4:12 am on Pohela Boishakh, April 14, the first day of the Bengali new year. Mom Tahmina and dad Rafiqul drove down from Paterson's Union Avenue in the rain. Welcome to the world, little Shapla!",
    [
        ("NAME", "Shapla Akter", 1),
        ("NAME", "Shapla", "*"),
        ("DATE", "Pohela Boishakh"),
        ("DATE", "April 14"),
        ("NAME", "Tahmina"),
        ("NAME", "Rafiqul"),
        ("GEO", "Paterson"),
        ("GEO", "Union Avenue"),
    ],
    note="birth on a holiday written twice (Pohela Boishakh, April 14); parents' names; family's city and street; the hour is not a date element",
)

# 24
n(
    "en",
    "event",
    "April 14 is World Chagas Disease Day 🪲 and Pohela Boishakh! Our Paterson clinic is offering free Chagas blood tests for anyone who grew up in rural Latin America, plus mishti and chai from 11–2. 88 Great Falls Plaza, @GHHPaterson.",
    "awareness day and holiday as event dates; eponymous disease; clinic address and handle",
)

# 25
p(
    "es",
    "birth_announcement",
    "¡Nació en el Día de la Independencia de Colombia! 🇨🇴 Salomé Ospina Restrepo llegó el 20 de julio a las 11:58 p.m., dos minutos antes de que terminara la fiesta. Sus papás, Luz Dary y Yeison, dicen que ya tiene nombre de reina. Foto con permiso de la familia.",
    [
        ("DATE", "Día de la Independencia"),
        ("NAME", "Salomé Ospina Restrepo"),
        ("DATE", "20 de julio"),
        ("NAME", "Luz Dary"),
        ("NAME", "Yeison"),
        ("PHOTO", "Foto"),
    ],
    note="birth date written as the national holiday and as a date; double surname; parents; the attached photo shows the baby",
)

# 26
n(
    "es",
    "public_figure",
    "El 20 de julio de 1810 comenzó la independencia de Colombia. Hoy, en honor a Antonio Nariño y a todas nuestras familias colombianas de Elizabeth, ofrecemos tamizaje de presión arterial gratis en el vestíbulo. #OrgulloColombiano",
    "historical date and figure; population group; event",
)

# 27
p(
    "en",
    "pasted_record",
    "FAX — Gateway Harbor Health, Health Information Management\nTo: Dr. Samer Haddad, Paterson Family Clinic  Fax: (862) 555-0160\nFrom: HIM  Fax: (973) 555-0188\nRE: ABU-GHAZALEH, MAHMOUD  DOB 11/02/1948  MRN 20948813\nPages: 4 (discharge summary, med list)\nPt cell: (973) 555-0119",
    [
        ("NAME", "ABU-GHAZALEH, MAHMOUD"),
        ("DATE", "11/02/1948"),
        ("MRN", "20948813"),
        ("PHONE", "(973) 555-0119"),
    ],
    note="fax cover sheet pasted: patient's hyphenated surname, DOB, MRN, cell; the doctor and the two hospital fax numbers are not labelled",
)

# 28
n(
    "en",
    "hospital_contact",
    "Need your medical records? Fax a signed request to HIM at (973) 555-0188 or 973-555-0188, or mail it to 1400 Harbor Light Boulevard, Newark, NJ 07105, Attn: Release of Information. Questions? (973) 555-0100, ext. 2210.",
    "the hospital's fax, address, ZIP and extension",
)

# 29
p(
    "en",
    "patient_story",
    "Remember Juninho? 🇧🇷⚽ Edson Alves Júnior was hit by a reversing truck at the Doremus Avenue warehouse on Carnaval Tuesday. Eleven surgeries later he's back juggling a ball in our PT gym. Follow his recovery on his mom's page @forca_juninho and keep the #JuninhoStrong messages coming!",
    [
        ("NAME", "Juninho"),
        ("NAME", "Edson Alves Júnior"),
        ("GEO", "Doremus Avenue"),
        ("DATE", "Carnaval Tuesday"),
        ("OTHER_ID", "@forca_juninho"),
        ("NAME", "#JuninhoStrong"),
    ],
    note="Brazilian nickname and full name; injury site street; injury on Carnaval Tuesday (a named day); family's handle is OTHER_ID, name hashtag is NAME",
)

# 30
n(
    "en",
    "campaign_hashtag",
    "Our #HarborStrong campaign raised $48,000 for the Port & Warehouse Injury Clinic this month. Thank you to the dockworkers' union locals who ran the 5K in steel-toe boots! Donate: gatewayharborfoundation.org/harborstrong",
    "campaign hashtag and the foundation's domain",
)

# 31
p(
    "es",
    "patient_story",
    "Don Segundo Tenesaca llegó de Cuenca hace 30 años y el 10 de agosto, mientras sus paisanos celebraban el Primer Grito de Independencia en el parque, sufrió un infarto. Hoy, gracias al equipo de cardiología de Newark, bailó un pasillo con su esposa Mercedes en el pasillo del 6º piso. 😄",
    [
        ("NAME", "Segundo Tenesaca"),
        ("GEO", "Cuenca"),
        ("DATE", "10 de agosto"),
        ("DATE", "Primer Grito de Independencia"),
        ("NAME", "Mercedes"),
    ],
    note="names that are words (Segundo, Mercedes); home city in Ecuador; heart attack on Ecuador's Independence Day, written twice",
)

# 32
n(
    "es",
    "event",
    "¡Feliz 10 de Agosto, Ecuador! 🇪🇨 Nuestro equipo de Elizabeth estará en el desfile de la Avenida Elmora con agua, protector solar y chequeos de glucosa. Recuerden a Eugenio Espejo, médico quiteño y precursor de la independencia.",
    "national holiday as event date; parade route; historical figure",
)

# 33
p(
    "en",
    "memorial",
    "We are heartbroken to share that our dear patient Sitti Fatima Odeh passed away peacefully on the morning of Eid al-Adha, June 6, with her grandchildren around her. For 20 years she brought maamoul to every nurse at our Paterson dialysis unit. Allah yerhamha. Condolences to her son Yousef and the Odeh family of Main Street, Paterson.",
    [
        ("NAME", "Fatima Odeh"),
        ("NAME", "Odeh", "*"),
        ("DATE", "Eid al-Adha"),
        ("DATE", "June 6"),
        ("NAME", "Yousef"),
        ("GEO", "Main Street"),
        ("GEO", "Paterson", 2),
    ],
    note="memorial: death on a holiday written twice; 'Sitti' (grandmother) is a kinship word; the first Paterson is the hospital's dialysis unit, the second is the family's town",
    ok=("Paterson",),
)

# 34
n(
    "en",
    "event",
    "Eid Mubarak from all of us at Gateway Harbor! 🌙 Our Paterson Family Clinic will close early on Eid al-Fitr and reopen the next morning at 8. Dr. Farhana Chowdhury and Dr. Samer Haddad will be on call: (862) 555-0160.",
    "holiday hours; doctors on call; clinic phone",
)

# 35
p(
    "en",
    "discharge",
    "NICU GRADUATION 🎓 After 97 days, baby Zion is going home to the South Ward! Born at 24 weeks on Labor Day weekend (September 2), he weighed 1 lb 6 oz. Mom Essence Carter says 'he's named after a promise.' #ZionsJourney",
    [
        ("NAME", "Zion"),
        ("GEO", "South Ward"),
        ("DATE", "Labor Day"),
        ("DATE", "September 2"),
        ("NAME", "Essence Carter"),
        ("NAME", "#ZionsJourney"),
    ],
    note="NICU graduate whose name is a place; birth on Labor Day written twice; '97 days' is a length of stay, not an age",
)

# 36
n(
    "en",
    "anonymous_story",
    "One of our tiniest NICU graduates went home this week after 112 days with us — born at 23 weeks, now a chunky 6 pounds! 💚 We can't share names, but her parents wanted every nurse on the unit to know: you were family.",
    "anonymous NICU story: durations and gestational age only",
)

# 37
p(
    "en",
    "pasted_record",
    "pt: dos santos, rosângela  dob 09/23/1979  mrn 10274456  ins: horizon nj health id 7HZ443920115  cell 862-555-0171  email rosangela.ds@hotmail.com  — sorry everyone, this was meant for the huddle chat",
    [
        ("NAME", "dos santos, rosângela"),
        ("DATE", "09/23/1979"),
        ("MRN", "10274456"),
        ("HEALTH_PLAN", "7HZ443920115"),
        ("PHONE", "862-555-0171"),
        ("EMAIL", "rosangela.ds@hotmail.com"),
    ],
    note="lower-case chart line: name, DOB, MRN, plan id, cell, e-mail",
)

# 38
n(
    "en",
    "staff_spotlight",
    "huge congrats to our own rosângela ribeiro, rn, who just finished her nurse practitioner degree at rutgers while working nights on 5 west 🎓🇧🇷 the ironbound is proud of you, rô!",
    "lower-case staff spotlight; the nurse is staff, not a patient",
)

# 39
p(
    "es",
    "thank_you",
    "Querido equipo de la UCI de Elizabeth: gracias por cuidar a mi papá, Wilkin Báez, desde la Nochebuena hasta el Día de Reyes. Ustedes lo trataron como familia. Ya está en casa en la calle Magnolia, peleando con la pelota de béisbol en la tele. — Yunior Báez y familia",
    [
        ("NAME", "Wilkin Báez"),
        ("DATE", "Nochebuena"),
        ("DATE", "Día de Reyes"),
        ("GEO", "calle Magnolia"),
        ("NAME", "Yunior Báez"),
    ],
    note="family thank-you: admission and discharge on holidays, home street, son's name",
)

# 40
n(
    "es",
    "health_tip",
    "Nochebuena sin sustos: no deje el pernil sin refrigerar más de 2 horas, vigile la presión si es hipertenso y, si va a tomar, no maneje. Nuestra línea de enfermería en español atiende 24/7 al (888) 555-0199. ¡Felices fiestas de parte de @SaludGatewayHarbor!",
    "holiday health tip; hospital line and handle",
)

# 41
p(
    "en",
    "patient_story",
    "Elizabeth from Elizabeth! 😄 Elizabeth Nwosu-Grant, 93, was born in Lagos, raised three kids on Westfield Avenue, and on Tuesday became the oldest person ever to finish cardiac rehab at GHH Elizabeth. Her daughter Chioma says 'Mummy does not believe in slowing down.'",
    [
        ("NAME", "Elizabeth", 1),
        ("GEO", "Elizabeth", 2),
        ("NAME", "Elizabeth Nwosu-Grant"),
        ("AGE", "93"),
        ("GEO", "Lagos"),
        ("GEO", "Westfield Avenue"),
        ("NAME", "Chioma"),
    ],
    note="a name that is also the city: first 'Elizabeth' is her name, the second her home town (GEO), the last the hospital site (unlabelled); hyphenated surname; age 93",
    ok=("Elizabeth",),
)

# 42
n(
    "en",
    "public_figure",
    "Elizabeth, NJ was named for Lady Elizabeth Carteret in 1664. 360 years later, GHH Elizabeth is proud to serve its families from Elizabethport to Elmora. Tour our new cardiac rehab gym at 655 Union Crossing Avenue this Saturday!",
    "historical figure, the city and its neighbourhoods in general, the hospital's address",
)

# 43
p(
    "es",
    "pasted_record",
    "Buenas, les escribo por aquí porque el portal no me deja entrar 😩 Soy Milagros Chávez Lima, expediente (MRN) 40671235, mi usuario es milachavez_lima. Mi cita de control del embarazo era el 15 de octubre y nadie me ha llamado. Mi celular: (201) 555-0152.",
    [
        ("NAME", "Milagros Chávez Lima"),
        ("MRN", "40671235"),
        ("OTHER_ID", "milachavez_lima"),
        ("DATE", "15 de octubre"),
        ("PHONE", "(201) 555-0152"),
    ],
    note="patient's public comment: name with a surname that is a city (Lima), MRN, portal user name (OTHER_ID), appointment date, cell",
)

# 44
n(
    "es",
    "hospital_contact",
    "Hola, gracias por escribirnos. Por su privacidad, no comparta su número de expediente, fecha de nacimiento ni datos médicos en comentarios públicos. Envíenos un mensaje privado o llame al (973) 555-0112. — Equipo de Experiencia del Paciente",
    "privacy reply template; hospital number",
)

# 45
p(
    "en",
    "thank_you",
    "Mr. C, the 67-year-old longshoreman hurt when a container twistlock failed at Port Elizabeth on 11/18, sent the trauma team a box of pastéis de nata from Teixeira's Bakery today. His words: 'Tell them Mr. C is walking.' Obrigado, Mr. C! 🥐",
    [
        ("NAME", "C", "*"),
        ("GEO", "Port Elizabeth"),
        ("DATE", "11/18"),
    ],
    note="patient known by an initial (Mr. excluded); injury site and injury date; age 67 not labelled; the bakery is a shop, not his employer",
)

# 46
n(
    "en",
    "statistic",
    "In 2024 our Port & Warehouse Injury Clinic treated 1,214 workers from the Port Newark–Elizabeth Marine Terminal: 31% forklift injuries, 22% falls, 9% crush injuries. Most patients were 25–44. Safety first, every shift. 🦺",
    "aggregate statistics; the terminal is not tied to a patient",
)

# 47
p(
    "es",
    "milestone_birthday",
    "Hoy la abuela Cheché —Mercedes Ynoa de la Cruz para los papeles— cumple 101 años en nuestra unidad de rehabilitación de Elizabeth. Nació en San Francisco de Macorís un 21 de enero, día de la Altagracia, y por eso toda la familia le dice 'la Virgencita'. ¡Bendiciones, Cheché!",
    [
        ("NAME", "Cheché", "*"),
        ("NAME", "Mercedes Ynoa de la Cruz"),
        ("AGE", "101"),
        ("GEO", "San Francisco de Macorís"),
        ("DATE", "21 de enero"),
        ("DATE", "día de la Altagracia"),
        ("NAME", "Virgencita"),
    ],
    note="nickname and legal name with 'de la' surname; 101; birthplace; birthday written as date and as the feast day; family nickname without the article",
)

# 48
n(
    "es",
    "event",
    "21 de enero, día de Nuestra Señora de la Altagracia 🙏 Nuestra capilla de Elizabeth tendrá misa a las 12 con el padre Julio Montás, y después un café con nuestras voluntarias dominicanas. Todos bienvenidos.",
    "feast day as an event; the chaplain is staff",
)

# 49
p(
    "en",
    "pasted_record",
    "Copy of ED triage note going to security — posted here by mistake, deleting:\nPt: Tyrell Jenkins, 34M, MVC on McCarter Highway near Raymond Blvd 01/27 ~2300\nVehicle: 2016 Honda Accord, NJ plate E47-KTR, VIN 1HGCR2F31GA114782\nNJ DL J1847 20558 09771\nContact: sister Keisha 973-555-0186",
    [
        ("NAME", "Tyrell Jenkins"),
        ("GEO", "McCarter Highway"),
        ("GEO", "Raymond Blvd"),
        ("DATE", "01/27"),
        ("VEHICLE", "E47-KTR"),
        ("VEHICLE", "1HGCR2F31GA114782"),
        ("LICENSE", "J1847 20558 09771"),
        ("NAME", "Keisha"),
        ("PHONE", "973-555-0186"),
    ],
    note="triage note: crash roads, crash date, plate, VIN, driver licence, sister's name and phone; age 34 and model year not labelled",
)

# 50
n(
    "en",
    "health_tip",
    "Winter driving on McCarter Highway and Route 1&9? Keep a blanket, charged phone and ice scraper in the car. If you're in a crash, call 911 first. Our Newark trauma center is open 24/7 at 1400 Harbor Light Blvd — (973) 555-0100.",
    "roads named in a general tip; hospital address and phone",
)

# 51
p(
    "en",
    "pasted_record",
    "Fwd to socialmedia@gatewayharborhealth.org by mistake —\nFrom: Nusrat Jahan <nusrat.jahan.pat@yahoo.com>\nSubject: my father Md. Shafiqul Islam, MRN 50328817\nHe was discharged 2/9 but the pharmacy says his insulin pen prescription is missing. Please call me 862-555-0138. Our address is 27 Getty Ave, Paterson 07503.",
    [
        ("NAME", "Nusrat Jahan"),
        ("EMAIL", "nusrat.jahan.pat@yahoo.com"),
        ("NAME", "Md. Shafiqul Islam"),
        ("MRN", "50328817"),
        ("DATE", "2/9"),
        ("PHONE", "862-555-0138"),
        ("GEO", "27 Getty Ave"),
        ("GEO", "Paterson"),
        ("GEO", "07503"),
    ],
    note="forwarded e-mail: daughter's name and e-mail, patient's name (Md. is part of the Bangladeshi name; Islam is a surname), MRN, discharge date, phone, street, city and ZIP; the hospital inbox is not labelled",
)

# 52
n(
    "en",
    "hospital_contact",
    "Media inquiries: media@gatewayharborhealth.org or (973) 555-0175. Story ideas from our Paterson clinic? Tag @GHHPaterson or email paterson@gatewayharborhealth.org. Please never email us medical information.",
    "hospital e-mail addresses, media line and handle",
)

# 53
p(
    "es",
    "pasted_record",
    "[Captura del sistema de facturación pegada por error]\nPaciente: RESTREPO GÓMEZ, PAOLA ANDREA\nCuenta: 7700-418-2295  Plan: NJ FamilyCare ID 0093-4471-28\nF. ingreso: 05/08  F. alta: 05/11\nCorreo: paoandrea.rg@outlook.com  Tel: 908-555-0129",
    [
        ("NAME", "RESTREPO GÓMEZ, PAOLA ANDREA"),
        ("ACCOUNT", "7700-418-2295"),
        ("HEALTH_PLAN", "0093-4471-28"),
        ("DATE", "05/08"),
        ("DATE", "05/11"),
        ("EMAIL", "paoandrea.rg@outlook.com"),
        ("PHONE", "908-555-0129"),
    ],
    note="billing screenshot: double surname and compound first name in caps, account, plan id, admission and discharge dates, e-mail, phone",
)

# 54
n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre su factura? Nuestro equipo de facturación habla español: (973) 555-0100, ext. 3300, lunes a viernes de 8 a 5. Puede pagar en línea en mygatewayharbor.org/pagos. Nunca le pediremos su número de cuenta por redes sociales.",
    "billing contact: hospital phone with extension and portal domain",
)

# 55
p(
    "en",
    "birth_announcement",
    "Duas bênçãos! 👶👶 Twins Davi and Ana Clara Nogueira-Sousa were born 7 de Setembro — Brazil's Independence Day — at our Newark birthing center. Dad Thiago (aka Tiaguinho to the whole Ironbound futsal league) cried more than the babies. 💚💛",
    [
        ("NAME", "Davi"),
        ("NAME", "Ana Clara Nogueira-Sousa"),
        ("DATE", "7 de Setembro"),
        ("DATE", "Independence Day"),
        ("NAME", "Thiago"),
        ("NAME", "Tiaguinho"),
        ("GEO", "Ironbound"),
    ],
    note="twins' birth date in Portuguese and as the holiday (country excluded from the span); father's name and nickname; his league's neighbourhood tells where the family lives",
)

# 56
n(
    "en",
    "staff_spotlight",
    "Our facilities crew calls him Tiaguinho, but on paper he's Tiago Moreira, 22 years keeping the lights on at our Newark campus. This Sept 7 he's grilling picanha for the whole night shift to celebrate Brazil's Independence Day. Obrigado, Tiago! 🇧🇷",
    "staff member's nickname and name; the holiday is an event, not a patient's date",
)

# 57
p(
    "en",
    "milestone_birthday",
    "Ninety-eight and still the sharpest mind on 6 North. 💙 Thank you to @vovo_cida_98's granddaughter for sharing that Vovó Cida taught half of Ferry Street to sew. Get well soon!",
    [
        ("AGE", "Ninety-eight"),
        ("OTHER_ID", "@vovo_cida_98"),
        ("NAME", "Cida"),
        ("GEO", "Ferry Street"),
    ],
    note="age in words; the patient's family-run handle is OTHER_ID; 'Vovó' is a kinship word; her street",
)

# 58
n(
    "en",
    "sponsor",
    "Ninety-eight years young: Mr. Alberto Nunes, founder of the Nunes Family Foundation, cut the ribbon on our new Ironbound dialysis wing today. The wing is named for his late wife, Maria Nunes. Thank you for 40 years of generosity! 🎗️",
    "donor over 89 and the family that names the wing: donors are not labelled",
)

# 59
p(
    "en",
    "memorial",
    "This playroom exists because of love. 💛 The Hamdan family donated it in memory of their son Khalil, who spent his last months in our pediatric unit and loved nothing more than Lego. Khalil would have turned 9 on March 21. Thank you, Rasha and Omar.",
    [
        ("NAME", "Hamdan"),
        ("NAME", "Khalil", "*"),
        ("DATE", "March 21"),
        ("NAME", "Rasha"),
        ("NAME", "Omar"),
    ],
    note="donors introduced as a patient's parents are labelled; the late patient's birthday; age 9 not labelled",
)

# 60
n(
    "en",
    "sponsor",
    "Thank you to Rahman Brothers Halal Market of Paterson for sponsoring free flu shots at our Paterson clinic this Saturday, 9–1 🙏 Owners Abdur and Jalal Rahman say 'our neighbors' health is our business.'",
    "sponsors and their business: not labelled",
)

# 61
p(
    "es",
    "patient_story",
    "Wilfredo Yupanqui trabajaba en el turno de noche de Seaboard Reefer Logistics cuando se cayó de una escalera. Eso fue el 14, y hoy ya camina con muletas. Su hija Luz Marina nos escribió desde Callao para agradecer. ¡Ánimo, don Wilfredo!",
    [
        ("NAME", "Wilfredo Yupanqui"),
        ("NAME", "Wilfredo", "*"),
        ("NAME", "Seaboard Reefer Logistics"),
        ("DATE", "14"),
        ("NAME", "Luz Marina"),
        ("GEO", "Callao"),
    ],
    note="employer (NAME), injury day of month alone, daughter's name and city",
)

# 62
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos técnicos de atención al paciente bilingües para el turno de noche en Elizabeth. Salario desde $22/hora, guardería con descuento y clases de inglés. Solicite en gatewayharborhealth.org/empleos o llame al 908-555-0140.",
    "recruitment; hospital domain and phone",
)

# 63
p(
    "en",
    "patient_story",
    "Round 6 of chemo: done. ✅ The 7 West nurses threw a dance party and our little fighter taught everyone the bachata. Keep those prayers coming for #TeamNayeli 💜",
    [("NAME", "#TeamNayeli")],
    note="the patient's name appears only in a hashtag",
)

# 64
n(
    "en",
    "campaign_hashtag",
    "Round 2 of #HopeOnSeven is here: every $7 buys art supplies for kids on our 7 West pediatric oncology unit. Last year you funded 1,400 paint sets! 💜 gatewayharborfoundation.org/hope",
    "campaign hashtag (Hope is not a person here); foundation domain",
)

# 65
p(
    "es",
    "memorial",
    "descansa en paz, doña ramona de la cruz 🕊️ llegó a nuestro hospital de elizabeth el 2 de noviembre, día de los difuntos, y se fue con su rosario en la mano a los 96 años. sus nietos la recordarán siempre en su casa de la calle jefferson.",
    [
        ("NAME", "ramona de la cruz"),
        ("DATE", "2 de noviembre"),
        ("DATE", "día de los difuntos"),
        ("AGE", "96"),
        ("GEO", "calle jefferson"),
    ],
    note="lower-case memorial: name, admission date written twice (date and the day of the dead), age 96, home street; the hospital's town is not labelled",
)

# 66
n(
    "es",
    "event",
    "El 2 de noviembre, Día de los Difuntos, nuestra capilla de Newark tendrá un altar para recordar a los seres queridos de nuestro personal y voluntarios. Traigan una foto y una vela. 🕯️",
    "holiday event for staff and volunteers; no patient",
)

# 67
p(
    "en",
    "pasted_record",
    "Device clinic note pasted in wrong tab:\nTAVARES, JOAQUIM M — MRN 60412289 — DOB 03/30/1944\nPPM Medtronic Azure XT DR, SN RNB613457S, implanted 10/07\nRemote monitoring IP 73.194.22.108 last transmission 12/01\nPt phone (973) 555-0154",
    [
        ("NAME", "TAVARES, JOAQUIM M"),
        ("MRN", "60412289"),
        ("DATE", "03/30/1944"),
        ("DEVICE", "RNB613457S"),
        ("DATE", "10/07"),
        ("IP", "73.194.22.108"),
        ("DATE", "12/01"),
        ("PHONE", "(973) 555-0154"),
    ],
    note="device note: name, MRN, DOB, pacemaker serial, implant and transmission dates, home monitor IP, phone",
)

# 68
n(
    "en",
    "research",
    "New study from our cardiology team: remote pacemaker monitoring cut ER visits by 18% among 640 patients aged 65 to 94 at our Newark and Elizabeth campuses. Read the abstract at gatewayharborhealth.org/research/remote-ppm.",
    "research with a population age range",
)

# 69
p(
    "en",
    "patient_story",
    "WHAT A DAY!!! ⚾ YUNIOR 'EL CAÑÓN' MEJÍA THREW THE FIRST PITCH AT THE EAST SIDE HIGH FIELD ONE YEAR AFTER HIS HEART SURGERY HERE ON MAY 2. OUR CARDIAC TEAM WAS IN THE STANDS 🇩🇴❤️",
    [
        ("NAME", "YUNIOR 'EL CAÑÓN' MEJÍA"),
        ("DATE", "MAY 2"),
    ],
    note="ALL CAPS name with nickname and surgery date; the school field is an event venue",
)

# 70
n(
    "en",
    "public_figure",
    "Paterson's own Larry Doby broke the American League color barrier in 1947. This Black History Month our Paterson clinic is hosting free heart screenings at Hinchliffe Stadium on Feb 15, 10am–2pm. 🧢⚾",
    "historical figure; event date and venue",
)

# 71
p(
    "es",
    "milestone_birthday",
    "¡90 añitos! 🎂🇨🇴 Don Jairo Ospina celebró su cumpleaños el pasado 9 de abril en la sala de diálisis de Elizabeth con arepas que le trajo su nieto Dubán. Dice que a los noventa uno ya no se pelea con nadie... menos con las enfermeras.",
    [
        ("AGE", "90"),
        ("NAME", "Jairo Ospina"),
        ("DATE", "9 de abril"),
        ("NAME", "Dubán"),
        ("AGE", "noventa"),
    ],
    note="age 90 in digits and in words, birthday, grandson",
)

# 72
n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera jefa de diálisis, Nelly Cárdenas, celebró los 90 años de su papá en Medellín este fin de semana 🎉. ¡Felicidades a la familia Cárdenas! Ella vuelve el lunes con bocadillo para todos.",
    "a staff member's father (not a patient): age and city not labelled",
)

# 73
p(
    "en",
    "discharge",
    "Going home day for Arif Hossain! 🏠 Arif was crushed between two pallets at the Totowa warehouse on the 1st of Ramadan and spent 6 weeks with us. His wife Mithila and their boys are waiting in Prospect Park. #ArifStrong",
    [
        ("NAME", "Arif Hossain"),
        ("NAME", "Arif", "*"),
        ("GEO", "Totowa"),
        ("DATE", "1st of Ramadan"),
        ("NAME", "Mithila"),
        ("GEO", "Prospect Park"),
        ("NAME", "#ArifStrong"),
    ],
    note="injury site town, injury date in the Islamic calendar, wife's name, family's borough, name hashtag",
)

# 74
n(
    "en",
    "health_tip",
    "Fasting for Ramadan with diabetes? Talk to your doctor before the 1st of Ramadan about adjusting insulin. Our Paterson clinic offers Ramadan diabetes check-ins in Bangla and Arabic — call 862-555-0160 or DM @GHHPaterson.",
    "health tip; the date is not a patient's; clinic phone and handle",
)

# 75
p(
    "es",
    "pasted_record",
    "Nota de seguridad del estacionamiento (publicada por error): vehículo abandonado en el garaje de Elizabeth pertenece al paciente Byron Tenesaca Guamán, hab. 308. Placa NJ: Y29-MFD. Licencia NJ T2219 48830 61554. Familiar: Jefferson Tenesaca, 908-555-0168.",
    [
        ("NAME", "Byron Tenesaca Guamán"),
        ("OTHER_ID", "hab. 308"),
        ("VEHICLE", "Y29-MFD"),
        ("LICENSE", "T2219 48830 61554"),
        ("NAME", "Jefferson Tenesaca"),
        ("PHONE", "908-555-0168"),
    ],
    note="security note: patient's name, room (with keyword), plate, licence, relative's name and phone",
)

# 76
n(
    "es",
    "crisis_update",
    "AVISO: El garaje de Elizabeth (entrada por Union Crossing Avenue) estará cerrado el sábado por mantenimiento. Use el estacionamiento de la calle Morris. Pacientes con placa de discapacidad: llamen al (908) 555-0140 para transporte.",
    "parking notice; hospital streets and phone",
)

# 77
p(
    "en",
    "patient_story",
    "Precious Harris has been coming to our sickle cell clinic since she was 6. On Thanksgiving Day she had her first pain crisis in two years, and her brother King drove her in from Irvington through the snow. She's home now and wants you to know: donate blood. 🩸",
    [
        ("NAME", "Precious Harris"),
        ("DATE", "Thanksgiving Day"),
        ("NAME", "King"),
        ("GEO", "Irvington"),
    ],
    note="names that are words (Precious, King); admission on a holiday; home town",
)

# 78
n(
    "en",
    "event",
    "Sickle Cell Awareness Month blood drive 🩸 Friday, September 19, 8am–4pm, Newark main lobby. Hosted by Dr. Adaeze Okafor and the Precious Blood Parish youth group. Walk-ins welcome; book at gatewayharborhealth.org/blood.",
    "event date; a doctor; a parish whose name contains a word-name",
)

# 79
p(
    "es",
    "birth_announcement",
    "mil gracias al equipo de maternidad 🙏 mi bebé nayeli guamán nació el 31 de diciembre a las 11:40 de la noche, casi casi en año nuevo. ya estamos en casa en harrison con su hermanito kevin. #BienvenidaNayeli",
    [
        ("NAME", "nayeli guamán"),
        ("DATE", "31 de diciembre"),
        ("GEO", "harrison"),
        ("NAME", "kevin"),
        ("NAME", "#BienvenidaNayeli"),
    ],
    note="lower-case names and town; birth date; brother; name hashtag; 'año nuevo' is not the day of birth",
)

# 80
n(
    "es",
    "health_tip",
    "Para el 31 de diciembre: nada de tiros al aire. Cada Año Nuevo atendemos en Newark a personas heridas por balas perdidas y fuegos artificiales. Celebre seguro. Emergencias: 911. Línea de enfermería: (888) 555-0199.",
    "holiday safety tip; national and hospital lines",
)

# 81
p(
    "en",
    "pasted_record",
    "Portal message (screenshot shared to our FB page by the patient's grandson — please don't do this!):\n'Hi Dr. Okafor, this is Marcus Bell writing for my grandmother Odessa Bell (DOB 08/04/1941, MRN 70215538). She fell on 8/29 at her apartment on Clinton Ave. Can someone call me at 973-555-0193 or email marcusbell.nwk@gmail.com?'",
    [
        ("NAME", "Marcus Bell"),
        ("NAME", "Odessa Bell"),
        ("DATE", "08/04/1941"),
        ("MRN", "70215538"),
        ("DATE", "8/29"),
        ("GEO", "Clinton Ave"),
        ("PHONE", "973-555-0193"),
        ("EMAIL", "marcusbell.nwk@gmail.com"),
    ],
    note="portal screenshot: grandson's name, phone and e-mail; patient's name (a place name), DOB, MRN, date of fall, street; Dr. Okafor is staff",
)

# 82
n(
    "en",
    "hospital_contact",
    "Tip: portal messages go straight to your care team, and only they can see them. Please don't post screenshots here. Log in at mygatewayharbor.org or call 973.555.0112 if you're locked out. 🔒",
    "portal tip: the hospital's portal domain and phone",
)

# 83
p(
    "es",
    "discharge",
    "Santo Peña Almonte le prometió a su mamá que iba a estar en la casa para el Día de las Madres, y cumplió: el cirujano le dio de alta el sábado 24 de mayo, tres semanas después del accidente en la Ruta 21. ¡Felicidades, doña Fior! 💐",
    [
        ("NAME", "Santo Peña Almonte"),
        ("DATE", "24 de mayo"),
        ("GEO", "Ruta 21"),
        ("NAME", "Fior"),
    ],
    note="name that is a word (Santo), discharge date, road of the crash, mother's name; Mother's Day is not the day of his discharge, so it is not labelled; the weekday is not",
)

# 84
n(
    "es",
    "event",
    "Este Día de las Madres regalamos mamografías: el sábado 24 de mayo, de 8 a 2, en Gateway Harbor Elizabeth, 655 Union Crossing Avenue. Sin seguro, sin problema. Citas: (908) 555-0140. 🎀",
    "event date and the hospital's address and phone",
)

# 85
p(
    "en",
    "milestone_birthday",
    "She turned 100 on Saturday and celebrated with a cake shaped like the Azores 🇵🇹 Maria da Graça Pinto, who came to the Ironbound from São Miguel in 1958, has been a patient at our Newark campus since 1980. Happy birthday, Dona Graça, from your 6 North family!",
    [
        ("AGE", "100"),
        ("NAME", "Maria da Graça Pinto", 1),
        ("NAME", "Graça", "*"),
        ("GEO", "Ironbound"),
        ("GEO", "São Miguel"),
    ],
    note="'turned 100'; Portuguese name with 'da'; neighbourhood and home island; the Azores (an autonomous region, state level) and bare years not labelled",
)

# 86
n(
    "en",
    "event",
    "June 10 is Dia de Portugal, de Camões e das Comunidades! 🇵🇹 Gateway Harbor is proud to march in the Ironbound's Portugal Day parade on Ferry Street. Look for our tent near Wilson Avenue: free blood pressure checks and água fresca.",
    "national day named after a poet; parade route; event",
)

# 87
p(
    "en",
    "birth_announcement",
    "A Portugal Day baby! 🇵🇹 Little Camila Rebelo was born on Dia de Portugal, June 10, just as the parade passed our windows. Big sister Inês picked the name. Parabéns to mom Sónia and dad Rui!",
    [
        ("DATE", "Portugal Day"),
        ("NAME", "Camila Rebelo"),
        ("DATE", "Dia de Portugal"),
        ("DATE", "June 10"),
        ("NAME", "Inês"),
        ("NAME", "Sónia"),
        ("NAME", "Rui"),
    ],
    note="birth day written three ways (Portugal Day baby, Dia de Portugal, June 10); sister and parents",
)

# 88
n(
    "en",
    "eponymous_condition",
    "Parkinson's, Alzheimer's, Huntington's: our Newark neurology team now holds a monthly memory and movement clinic in Portuguese and Spanish, led by Dr. Inês Carvalho. Referrals: (973) 555-0100 ext. 5120.",
    "eponymous conditions; doctor; hospital phone",
)

# 89
p(
    "es",
    "pasted_record",
    "Formulario de admisión escaneado y publicado por error 😳\nNombre: Gloria Inés Arango Zapata  Fecha de nac.: 2 de febrero de 1966\nSeguro Social: 612-48-0937\nDirección: 318 Elmora Ave, Apto 2B, Elizabeth, NJ 07202\nCorreo: gloriaines.arango66@gmail.com\nMRN: 80544129",
    [
        ("NAME", "Gloria Inés Arango Zapata"),
        ("DATE", "2 de febrero de 1966"),
        ("SSN", "612-48-0937"),
        ("GEO", "318 Elmora Ave, Apto 2B"),
        ("GEO", "Elizabeth"),
        ("GEO", "07202"),
        ("EMAIL", "gloriaines.arango66@gmail.com"),
        ("MRN", "80544129"),
    ],
    note="admission form: double surname, Spanish DOB with year, SSN, street with apartment, city and ZIP (hers, not the hospital's), e-mail, MRN",
)

# 90
n(
    "es",
    "health_tip",
    "Nunca publique su número de Seguro Social, su fecha de nacimiento ni su número de expediente en redes sociales. Si alguien le llama diciendo que es del hospital y le pide esos datos, cuelgue y llame al (973) 555-0100.",
    "privacy tip naming identifier types, no values",
)

# 91
p(
    "en",
    "discharge",
    "Amal means hope, and that's exactly what this girl gave us. 💚 Amal Khatib, 16, went home to Haledon today after 3 months on our pediatric floor. Her sister Noor made the nurses a thank-you banner in Arabic and English. #AmalStrong",
    [
        ("NAME", "Amal Khatib", 1),
        ("NAME", "Amal", "*"),
        ("GEO", "Haledon"),
        ("NAME", "Noor"),
        ("NAME", "#AmalStrong"),
    ],
    note="a name that is a word (Amal = hope), home town, sister, name hashtag; age 16 not labelled",
)

# 92
n(
    "en",
    "campaign_hashtag",
    "Hope looks like a new pediatric playroom. 💚 Thanks to your gifts to #HopeForPaterson, our Paterson clinic now has a reading corner with books in Arabic, Bangla, Spanish and English.",
    "campaign hashtag; 'Hope' is a word here",
)

# 93
p(
    "en",
    "pasted_record",
    "Admissions overnight (do NOT post):\n- Rm 602A  Ms. Fernandes, 94F, CHF, Ironbound\n- Rm 604B  Mr. Okoro, 91M, sepsis, Vailsburg\n- Rm 611  Ms. Castillo Vera, 89F, hip fx",
    [
        ("OTHER_ID", "Rm 602A"),
        ("NAME", "Fernandes"),
        ("AGE", "94F"),
        ("GEO", "Ironbound"),
        ("OTHER_ID", "Rm 604B"),
        ("NAME", "Okoro"),
        ("AGE", "91M"),
        ("GEO", "Vailsburg"),
        ("OTHER_ID", "Rm 611"),
        ("NAME", "Castillo Vera"),
    ],
    note="admission list: rooms, surnames, ages over 89 written with the sex letter in one token, neighbourhoods; 89F is not an age over 89",
)

# 94
n(
    "en",
    "statistic",
    "Last year 412 of our inpatients in Newark were 90 or older, up 30% since 2019. That's why we're opening an Acute Care for Elders unit on 6 North this spring. 👵🏽👴🏿",
    "population age statistic",
)

# 95
p(
    "es",
    "thank_you",
    "Queremos agradecer públicamente al Dr. Haddad y a las enfermeras de Paterson por salvarle la vida a mi esposo Ángel Sisalima el día de San Pedro y San Pablo. Escríbannos a @familia_sisalima_nj si alguien quiere ayudar con los gastos. 🙏🇪🇨",
    [
        ("NAME", "Ángel Sisalima"),
        ("DATE", "día de San Pedro y San Pablo"),
        ("OTHER_ID", "@familia_sisalima_nj"),
    ],
    note="wife's thank-you: patient's name, the feast day of his emergency, family handle (OTHER_ID); the doctor and the clinic's town are not labelled",
)

# 96
n(
    "es",
    "health_tip",
    "Feliz día de San Pedro y San Pablo a todos nuestros pescadores y a las comunidades de la costa ecuatoriana 🎣. Recuerde: el sol del mediodía es fuerte; use protector y tome agua.",
    "feast day greeting and sun tip; no patient",
)

# 97
p(
    "en",
    "pasted_record",
    "PLEASE DELETE — billing chat pasted to public page:\nGUARANTOR: WASHINGTON, LATOYA  ACCT# 5581-0022-7734\nPT: WASHINGTON, JAYLEN (minor) DOB 06/30/2014\nAETNA BETTER HEALTH NJ MEMBER ID 1011847739\nCALLBACK 862-555-0144",
    [
        ("NAME", "WASHINGTON, LATOYA"),
        ("ACCOUNT", "5581-0022-7734"),
        ("NAME", "WASHINGTON, JAYLEN"),
        ("DATE", "06/30/2014"),
        ("HEALTH_PLAN", "1011847739"),
        ("PHONE", "862-555-0144"),
    ],
    note="billing chat in caps: guarantor (mother) and child's names (a surname that is a place), account, DOB, plan member id, callback number",
)

# 98
n(
    "en",
    "public_figure",
    "Newark's own Sarah Vaughan was born on March 27, 1924. This week our Newark campus lobby will play 'The Divine One' every afternoon as part of our music-as-medicine program. 🎷",
    "a public figure's birth date",
)

# 99
p(
    "en",
    "patient_story",
    "On MLK Day, 17-year-old Justice Amani Brooks was shot outside his grandmother's house on Hawthorne Avenue. Today, 40 days later, Justice walked out of our trauma unit on his own. His grandmother, Mother Lorraine Brooks, says the whole Weequahic section prayed him home.",
    [
        ("DATE", "MLK Day"),
        ("NAME", "Justice Amani Brooks", 1),
        ("NAME", "Justice", "*"),
        ("GEO", "Hawthorne Avenue"),
        ("NAME", "Lorraine Brooks"),
        ("GEO", "Weequahic"),
    ],
    note="name that is a word (Justice); injury on a holiday; street and neighbourhood; grandmother (church title 'Mother' excluded); age 17 and '40 days later' not labelled",
)

# 100
n(
    "en",
    "event",
    "On MLK Day our Newark volunteers will paint the pediatric floor, serve lunch at the Hawthorne Avenue senior center and run a free blood pressure table. Sign up: volunteer@gatewayharborhealth.org. 'Life's most persistent and urgent question is: what are you doing for others?' —Dr. Martin Luther King Jr.",
    "event on a holiday; a venue street; public figure quote; hospital e-mail",
)

# 101
p(
    "es",
    "milestone_birthday",
    "¡99 y contando! 🎉 Nuestra paciente de diálisis más querida, doña Ana Mercedes Frías (le dicen Tata), cumple años el día 15 y ya invitó a todo el turno de la mañana. Su hijo Franklin viene desde Washington Heights con el sancocho. 🍲",
    [
        ("AGE", "99"),
        ("NAME", "Ana Mercedes Frías"),
        ("NAME", "Tata"),
        ("DATE", "15"),
        ("NAME", "Franklin"),
        ("GEO", "Washington Heights"),
    ],
    note="age 99, nickname, birthday as day of month alone ('día' not in the span), son's name and neighbourhood",
)

# 102
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a Mireya Frías, técnica de diálisis, que cumple 25 años en Gateway Harbor Elizabeth este 15 de marzo! Ha conectado más de 30,000 tratamientos y siempre con una sonrisa. 💙",
    "staff work anniversary and its date",
)

# 103
p(
    "en",
    "pasted_record",
    "Oops — photo of a pharmacy label posted instead of our flu-shot flyer:\nBEGUM, RAHIMA  DOB 01/15/1957\nRx# 4471920  Metformin 500 mg\nGHH Paterson Pharmacy  (862) 555-0160\nPatient e-mail on file: rahima.begum57@gmail.com  Cell: (862) 555-0127",
    [
        ("NAME", "BEGUM, RAHIMA"),
        ("DATE", "01/15/1957"),
        ("OTHER_ID", "4471920"),
        ("EMAIL", "rahima.begum57@gmail.com"),
        ("PHONE", "(862) 555-0127"),
    ],
    note="pharmacy label: name, DOB, prescription number (OTHER_ID), e-mail, cell; the photo shows a label, not the patient (no PHOTO); the pharmacy's number is the clinic's",
)

# 104
n(
    "en",
    "event",
    "Flu shots are here! 💉 Walk in at GHH Paterson Pharmacy, 88 Great Falls Plaza, Mon–Fri 9–6. Bring your insurance card. Questions? (862) 555-0160 or paterson@gatewayharborhealth.org.",
    "clinic address, phone and e-mail",
)

# 105
p(
    "en",
    "patient_story",
    "Little 'Pipe' — Felipe Zuluaga to his teachers — was born on the night of Velitas, December 7, and this year he spent his 5th birthday with us after an asthma attack. Our respiratory team made him 5 paper lanterns. Mamá Yesenia says thank you! 🕯️",
    [
        ("NAME", "Pipe"),
        ("NAME", "Felipe Zuluaga"),
        ("DATE", "Velitas"),
        ("DATE", "December 7"),
        ("NAME", "Yesenia"),
    ],
    note="nickname and name; birthday (also the admission day) as the Colombian candle night and as a date; age 5 not labelled",
)

# 106
n(
    "en",
    "event",
    "Noche de Velitas 🕯️ Join our Colombian nurses' association on December 7 at 6 pm in the Elizabeth chapel garden for a candle-lighting to remember the patients we lost this year. Everyone welcome.",
    "holiday event; the patients remembered are not identified",
)

# 107
p(
    "es",
    "patient_story",
    "A sus 97 años, la paciente de la cama 14 de la unidad de observación nos enseñó a hacer arroz con gandules por videollamada con su nieta. Las enfermeras del turno de noche ya pidieron la receta. 😂",
    [("AGE", "97"), ("OTHER_ID", "cama 14")],
    note="unnamed patient identified by an age over 89 and a bed number",
)

# 108
n(
    "es",
    "anonymous_story",
    "Una paciente de 78 años de nuestra unidad de observación nos enseñó a hacer pastelitos por videollamada con su nieta. Historias así nos recuerdan por qué hacemos este trabajo. ❤️",
    "anonymous patient aged under 90, no bed or date",
)

# 109
p(
    "en",
    "patient_story",
    "Rafiq Uddin drives a forklift for Jersey Gardens Distribution and on the 3rd of this month a pallet of rice came down on his arm. Our hand surgeons spent 7 hours saving it. He asked us to tell his mother in Sylhet that he is fine, so: Amma, Rafiq is FINE! 💪",
    [
        ("NAME", "Rafiq Uddin"),
        ("NAME", "Rafiq", "*"),
        ("NAME", "Jersey Gardens Distribution"),
        ("DATE", "3rd"),
        ("GEO", "Sylhet"),
    ],
    note="employer (NAME), day of month alone, mother's city; 'Amma' is a kinship word",
)

# 110
n(
    "en",
    "staff_spotlight",
    "7 hours, 3 tendons, 2 nerves: meet Dr. Kwabena Mensah, our hand surgeon at GHH Elizabeth, who reattached 41 fingers for port and warehouse workers last year. His advice: 'gloves are cheaper than surgery.'",
    "staff spotlight with aggregate numbers",
)

# 111
p(
    "en",
    "thank_you",
    "@daniela.ferraz thank you for the sweet words about your avó Benedita's stay on 6 North 💙 We'll make sure nurse Jackie sees this. Please send Dona Benedita our love — and tell her the tapioca recipe is still taped to the nurses' station.",
    [
        ("OTHER_ID", "@daniela.ferraz"),
        ("NAME", "Benedita", "*"),
    ],
    note="reply to a granddaughter: her handle (OTHER_ID) and the patient's name; 'avó' and 'Dona' excluded; nurse Jackie is staff",
)

# 112
n(
    "en",
    "thank_you",
    "@marcia.okafor aww, thank you! Dr. Okafor is lucky to have such a proud sister. 💙 We'll pass along your congratulations on her Nurse Leader award.",
    "reply to a staff member's own sister: not a patient's relative",
)

# 113
p(
    "es",
    "pasted_record",
    "se me pegó esto en el post, perdón: paciente huamán ccori, justina — nacida 03/08/1940 — plan medicare advantage 4QX7-HT2-NM81 — hija: marisol ccori (marisol.ccori@yahoo.com) — admitida 8 de mayo, cama 22",
    [
        ("NAME", "huamán ccori, justina"),
        ("DATE", "03/08/1940"),
        ("HEALTH_PLAN", "4QX7-HT2-NM81"),
        ("NAME", "marisol ccori"),
        ("EMAIL", "marisol.ccori@yahoo.com"),
        ("DATE", "8 de mayo"),
        ("OTHER_ID", "cama 22"),
    ],
    note="lower-case record line: names, DOB, plan id, daughter's e-mail, admission date, bed",
)

# 114
n(
    "es",
    "hospital_contact",
    "¿Dudas sobre Medicare Advantage? Nuestros consejeros atienden en español los martes en Elizabeth. Escriba a seguros@gatewayharborhealth.org o llame al 908-555-0140, extensión 12.",
    "hospital e-mail and phone with extension",
)

# 115
p(
    "en",
    "memorial",
    "Rest easy, Deacon Clarence 'Pop' Whitfield. 🕊️ Pop was ninety-one, a Korean War veteran, and for 30 years the first face you saw at our Newark ED's front desk as a volunteer. He passed here on the 4th of July, surrounded by his daughters Gloria and Bernice.",
    [
        ("NAME", "Clarence 'Pop' Whitfield", 1),
        ("NAME", "Pop", "*"),
        ("AGE", "ninety-one"),
        ("DATE", "4th of July"),
        ("NAME", "Gloria"),
        ("NAME", "Bernice"),
    ],
    note="a former volunteer who died here as a patient is labelled as a patient: name with nickname, age in words, date of death as a holiday, daughters",
)

# 116
n(
    "en",
    "memorial",
    "We're saddened by the passing of longtime volunteer Mr. Eugene Holloway, 93, who staffed our Elizabeth gift shop for 25 years. Services will be held Saturday at Shiloh Baptist. His family asks for donations to gatewayharborfoundation.org.",
    "a volunteer's death, not as our patient: his name and age are not labelled",
)

# 117
p(
    "es",
    "birth_announcement",
    "¡Bienvenido al mundo, Yadiel! 💙 Nació el Día de San Valentín a las 3:14 a.m. y pesó 8 libras. Su mamá, Franchesca Polanco, dice que el nombre se lo escogió su abuelo Dionisio. Foto compartida con autorización de la familia. 📸",
    [
        ("NAME", "Yadiel"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Franchesca Polanco"),
        ("NAME", "Dionisio"),
        ("PHOTO", "Foto"),
    ],
    note="birth on a holiday; mother and grandfather; the photo shows the baby",
)

# 118
n(
    "es",
    "event",
    "Este Día de San Valentín, regálele a su corazón un chequeo 💘. Pruebas gratis de colesterol y presión el 14 de febrero en Newark y Elizabeth, de 9 a 3. Más información: 973-555-0100.",
    "event on a holiday; hospital phone",
)

# 119
p(
    "en",
    "patient_story",
    "Patient asked us to share her fundraiser, so here it is: gofundme.com/f/help-yokasta-baez-heal 💛 Yokasta was hurt in the Route 1 warehouse fire on October 3. Every dollar helps her two kids in Linden.",
    [
        ("URL", "gofundme.com/f/help-yokasta-baez-heal"),
        ("NAME", "Yokasta"),
        ("GEO", "Route 1"),
        ("DATE", "October 3"),
        ("GEO", "Linden"),
    ],
    note="fundraiser URL, name, place and date of injury, family's town",
)

# 120
n(
    "en",
    "hospital_contact",
    "Want to support the families of the Route 1 warehouse fire victims? The Gateway Harbor Foundation has set up a fund: gatewayharborfoundation.org/route1. 100% goes to burn care and rehab. Questions: (973) 555-0133.",
    "anonymous victims of a public event; foundation URL and phone",
)

# 121
p(
    "en",
    "discharge",
    "Our 102-year-old friend from South Paterson, Mrs. Jahanara Khatun, finished her last day of physical therapy today and told us in Bangla: 'Now I go home to cook for my great-grandchildren.' 🙌 Get home safe, Nani!",
    [
        ("AGE", "102-year-old"),
        ("GEO", "South Paterson"),
        ("NAME", "Jahanara Khatun"),
    ],
    note="hyphenated age token, neighbourhood, name; 'Nani' (grandmother) is a kinship word",
)

# 122
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to our Elizabeth campus! 🎂 The original hospital opened on October 12, 1925 with 40 beds. A century later we have 310 beds, 1,900 staff and the same promise: care for every family in Union County.",
    "the hospital's own centenary: not a person",
)

# 123
p(
    "es",
    "discharge",
    "Nuestra nonagenaria favorita, doña Rosa Elvira Quizhpi, salió hoy de alta caminando y bailando un sanjuanito 💃🇪🇨 Nos dijo que el secreto de la longevidad es el mote pillo y no pelear con la familia. ¡Saludos a su hija Blanca en la Avenida Elizabeth!",
    [
        ("AGE", "nonagenaria"),
        ("NAME", "Rosa Elvira Quizhpi"),
        ("NAME", "Blanca"),
        ("GEO", "Avenida Elizabeth"),
    ],
    note="'nonagenaria' states an age over 89; daughter's name (a word) and her street",
)

# 124
n(
    "es",
    "event",
    "Taller gratuito 'Envejecer con salud' para adultos de 90 años o más y sus cuidadores: jueves 6 de marzo, 10 a.m., Clínica Familiar de Paterson. Traiga su lista de medicinas. Inscripciones: (862) 555-0160.",
    "population age, event date, clinic phone",
)

# 125
p(
    "en",
    "pasted_record",
    "Whoever scheduled this post, please pull it 😬:\n> From: cleide.amaral.nwk@gmail.com\n> To: discharge.planning@gatewayharborhealth.org\n> Re: my husband Valdir Amaral MRN 11930274 — home oxygen delivery to 52 Lafayette St apt 3, Newark. Our home phone is 973-555-0192.\n> Cleide",
    [
        ("EMAIL", "cleide.amaral.nwk@gmail.com"),
        ("NAME", "Valdir Amaral"),
        ("MRN", "11930274"),
        ("GEO", "52 Lafayette St apt 3"),
        ("GEO", "Newark"),
        ("PHONE", "973-555-0192"),
        ("NAME", "Cleide"),
    ],
    note="e-mail pasted: wife's e-mail and name, patient's name, MRN, home address with apartment, city, home phone; the hospital inbox is not labelled",
)

# 126
n(
    "en",
    "hospital_contact",
    "Caregivers: questions about home oxygen, wheelchairs or home health after discharge? Our Discharge Planning team answers at discharge.planning@gatewayharborhealth.org or 1-973-555-0100 ext. 4410, weekdays 8–6.",
    "hospital e-mail and phone in 1-xxx form with extension",
)

# 127
p(
    "es",
    "patient_story",
    "Shoutout a Franklyn 'Chiqui' Rosario que hoy volvió al trabajo en el almacén de Amazon en Carteret después de su lesión del 12 de agosto 💪 Y gracias a su novia Yaritza por traerle mangú al equipo de fisioterapia every single Friday. ¡Eres un tigre, Chiqui!",
    [
        ("NAME", "Franklyn 'Chiqui' Rosario", 1),
        ("NAME", "Chiqui", "*"),
        ("NAME", "Amazon"),
        ("GEO", "Carteret"),
        ("DATE", "12 de agosto"),
        ("NAME", "Yaritza"),
    ],
    note="Spanish-English post: name with nickname, employer (NAME) and its town, injury date, girlfriend's name",
)

# 128
n(
    "es",
    "recruitment",
    "¿Trabajas en un almacén y te interesa la salud? Our Elizabeth campus busca Community Health Workers bilingües para visitar a trabajadores lesionados. Full-time, beneficios y horario flexible. Apply: gatewayharborhealth.org/careers 🙌",
    "Spanish-English recruitment; hospital domain",
)

# 129
p(
    "en",
    "patient_story",
    "Bus 38's favorite driver is back! 🚌 Mr. Harold Greene, who drives for Brick City Transit, had a stroke behind the wheel on Thursday, April 3 and pulled over safely before passing out. Thanks to his quick thinking — and his riders on Springfield Ave who called 911 — he's home in Clinton Hill today.",
    [
        ("NAME", "Harold Greene"),
        ("NAME", "Brick City Transit"),
        ("DATE", "April 3"),
        ("GEO", "Springfield Ave"),
        ("GEO", "Clinton Hill"),
    ],
    note="employer (NAME), date of the stroke (weekday not in the span), road where it happened, home neighbourhood; the bus route is not an identifier",
)

# 130
n(
    "en",
    "health_tip",
    "BE FAST for stroke: Balance, Eyes, Face, Arms, Speech, Time. 🧠 Last year 1 in 4 stroke patients at our Newark campus arrived too late for clot-busting drugs. Call 911 — don't drive yourself. Learn more at gatewayharborhealth.org/stroke.",
    "health tip with a statistic",
)

# 131
p(
    "es",
    "pasted_record",
    "Lista de citas de mañana (no era para Facebook 🙈):\n9:00 — Quispe Mamani, Teófilo — 973-555-0117 — vacuna neumococo\n9:20 — Lima Huanca, Rosa — 973-555-0184 — control\n9:40 — Chávez, Milagros del Carmen — sin teléfono — consulta",
    [
        ("NAME", "Quispe Mamani, Teófilo"),
        ("PHONE", "973-555-0117"),
        ("NAME", "Lima Huanca, Rosa"),
        ("PHONE", "973-555-0184"),
        ("NAME", "Chávez, Milagros del Carmen"),
    ],
    note="appointment list: names (surnames that are a city, a first name that is a word), phones; appointment hours and 'mañana' are not dates",
)

# 132
n(
    "es",
    "hospital_contact",
    "Vacunas para adultos mayores en Newark: lunes a viernes de 9:00 a 11:40, sin cita. Neumococo, herpes zóster, influenza y COVID. Traiga su tarjeta de Medicare. ☎️ (973) 555-0100 / (888) 555-0199.",
    "clinic hours and hospital phones",
)

# 133
p(
    "en",
    "patient_story",
    "In her late nineties and still the best storyteller on our Paterson dialysis unit: Um Khalil — Mrs. Wadia Saleh — told us about picking olives near Ramallah as a girl. She goes home today to her grandson Sami's house in Clifton. 🫒",
    [
        ("AGE", "nineties"),
        ("NAME", "Um Khalil"),
        ("NAME", "Wadia Saleh"),
        ("GEO", "Ramallah"),
        ("NAME", "Sami"),
        ("GEO", "Clifton"),
    ],
    note="'late nineties' is an age over 89; the kunya 'Um Khalil' is a name she goes by; childhood town; grandson and his town",
)

# 134
n(
    "en",
    "public_figure",
    "Poetry heals. This month our Paterson clinic's waiting room features verses by Mahmoud Darwish, Lucille Clifton and Paterson's own Allen Ginsberg, in Arabic and English, chosen by our interpreters. 📖",
    "public figures (one with a surname that is a nearby town)",
)

# 135
p(
    "en",
    "discharge",
    "Duda is going home! 🎉 Maria Eduarda Rocha-Lemos was born way too early on São João, June 24, and after 84 days in our NICU she's finally headed to her vovó's apartment on Wilson Ave. Obrigada, equipe! — Mamãe Priscila",
    [
        ("NAME", "Duda"),
        ("NAME", "Maria Eduarda Rocha-Lemos"),
        ("DATE", "São João"),
        ("DATE", "June 24"),
        ("GEO", "Wilson Ave"),
        ("NAME", "Priscila"),
    ],
    note="Brazilian nickname (Duda) and hyphenated surname; birth on the feast of São João, also as a date; grandmother's street; mother's name ('Mamãe' excluded)",
)

# 136
n(
    "en",
    "event",
    "Festa Junina at the Ironbound campus! 🌽🔥 Friday, June 20, 5–8 pm in the courtyard: quadrilha, pamonha, and free glucose checks from our diabetes nurses. Organized by our Brazilian Staff Association. Info: (973) 555-0100 ext. 7711.",
    "staff event date; hospital phone",
)

# 137
p(
    "es",
    "thank_you",
    "Gracias, equipo de cuidados intensivos: a nuestro papá le dieron de alta el mismísimo Día del Padre 🙏 Después del accidente en la bodega de Secaucus, nadie creía que John Jairo iba a despertar. Hoy está en casa. #VamosJohnJairo #FamiliaCardona",
    [
        ("DATE", "Día del Padre"),
        ("GEO", "Secaucus"),
        ("NAME", "John Jairo"),
        ("NAME", "#VamosJohnJairo"),
        ("NAME", "#FamiliaCardona"),
    ],
    note="discharge on Father's Day; town of the warehouse accident; first name; name and family-surname hashtags",
)

# 138
n(
    "es",
    "event",
    "Este Día del Padre, regálele a papá un chequeo de próstata 👨‍👧. Las clínicas de Newark y Paterson ofrecerán pruebas de PSA gratis el sábado 14 de junio. Más información en gatewayharborhealth.org/papa. #PapáSano",
    "event on a holiday; campaign hashtag",
)

# 139
p(
    "en",
    "pasted_record",
    "IT ticket pasted to the wrong channel:\nUser: teresa.mbeki.57 (MyGatewayHarbor patient portal) locked out after 5 failed logins from IP 24.186.41.200\nPatient: Teresa Mbeki, MRN 12047795\nCallback: (973) 555-0109 / tmbeki57@aol.com",
    [
        ("OTHER_ID", "teresa.mbeki.57"),
        ("IP", "24.186.41.200"),
        ("NAME", "Teresa Mbeki"),
        ("MRN", "12047795"),
        ("PHONE", "(973) 555-0109"),
        ("EMAIL", "tmbeki57@aol.com"),
    ],
    note="help-desk ticket: portal user name (OTHER_ID), IP, name, MRN, phone, e-mail",
)

# 140
n(
    "en",
    "hospital_contact",
    "Heads up: we will NEVER text you a link asking for your portal password. Our only patient portal is mygatewayharbor.org. Report suspicious messages to security@gatewayharborhealth.org. 🛡️",
    "security warning with hospital domains",
)

# 141
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a don Aurelio Cardona, quien falleció en nuestra UCI el día de la Virgen del Carmen, a los 94 años. Camionero toda la vida, transportó contenedores por cuatro décadas. Un abrazo a su esposa, doña Gilma, y a sus hijos.",
    [
        ("NAME", "Aurelio Cardona"),
        ("DATE", "día de la Virgen del Carmen"),
        ("AGE", "94"),
        ("NAME", "Gilma"),
    ],
    note="memorial: death on a feast day, age 94, wife's name",
)

# 142
n(
    "es",
    "health_tip",
    "16 de julio, día de la Virgen del Carmen, patrona de los transportistas y marineros 🙏. A todos los camioneros del puerto: descansen, hidrátense y manejen con cuidado. Nuestra clínica de Elizabeth atiende lesiones laborales al (908) 555-0147.",
    "feast day greeting and safety tip; clinic phone",
)

# 143
p(
    "en",
    "patient_story",
    "THE GUAMÁN CREW IS BACK 🔥 after last month's scare, Jefferson (the one with the curls) is home and already asking for his PS5. Follow @jeffguaman07 for his 'hospital food review' series lol #GuamanStrong",
    [
        ("NAME", "GUAMÁN"),
        ("NAME", "Jefferson"),
        ("OTHER_ID", "@jeffguaman07"),
        ("NAME", "#GuamanStrong"),
    ],
    note="family surname in caps, first name, the patient's own handle (OTHER_ID), surname hashtag",
)

# 144
n(
    "en",
    "campaign_hashtag",
    "THE 5 WEST CREW IS BACK 🔥 after a month of renovations our med-surg nurses moved into their new unit today. New beds, new lights, same amazing team. #GHHNurses #WeAreGatewayHarbor",
    "staff unit news; campaign hashtags",
)

# 145
p(
    "en",
    "pasted_record",
    "Records request pasted from the inbox by mistake:\n'I am the executor for my mother, Zulmira Lopes (DOB 11/11/1937). She passed at your Newark hospital on 2/14. Please fax her records to my home fax 973-555-0177 or mail them to 140 Chestnut St, Newark. — Armando Lopes, armandolopes1962@verizon.net'",
    [
        ("NAME", "Zulmira Lopes"),
        ("DATE", "11/11/1937"),
        ("DATE", "2/14"),
        ("FAX", "973-555-0177"),
        ("GEO", "140 Chestnut St"),
        ("GEO", "Newark", 2),
        ("NAME", "Armando Lopes"),
        ("EMAIL", "armandolopes1962@verizon.net"),
    ],
    note="son's records request: deceased patient's name, DOB, date of death, the son's home fax, street, city, name and e-mail; the first 'Newark' is the hospital",
    ok=("Newark",),
)

# 146
n(
    "en",
    "hospital_contact",
    "Attorneys and insurers: records requests go to HIM by fax only — 973.555.0188 — with a HIPAA-compliant authorization. We do not accept requests by Facebook message or e-mail. Status line: (973) 555-0100 x2210.",
    "hospital fax and phone in other written forms",
)

# 147
p(
    "es",
    "birth_announcement",
    "¡Qué alegría! Guadalupe 'Lupita' Huamán Condori nació el 28, en plena procesión del Señor de los Milagros, y su abuela dice que es un milagro morado 💜. Sus papás Edwin y Ruth la llevan hoy a casa en Kearny.",
    [
        ("NAME", "Guadalupe 'Lupita' Huamán Condori"),
        ("DATE", "28"),
        ("DATE", "Señor de los Milagros"),
        ("NAME", "Edwin"),
        ("NAME", "Ruth"),
        ("GEO", "Kearny"),
    ],
    note="name with nickname and two surnames; birth day of month alone and the feast it fell on; parents; home town",
)

# 148
n(
    "es",
    "event",
    "Este domingo 19 de octubre la procesión del Señor de los Milagros recorrerá la calle Market de Paterson. Estaremos con una carpa de primeros auxilios y agua frente a la clínica. 💜 #SeñorDeLosMilagros",
    "procession as an event; route street; hashtag of a feast",
)

# 149
p(
    "en",
    "thank_you",
    "get well soon ms. bernadette 💐 5 west misses your singing #prayersforbernadette",
    [
        ("NAME", "bernadette"),
        ("NAME", "#prayersforbernadette"),
    ],
    note="one-line, lower case: first name and a lower-case name hashtag",
)

# 150
n(
    "en",
    "staff_spotlight",
    "bon voyage, ms. bernadette! our favorite unit secretary is off to jamaica for two weeks and 5 west is lost without her 🌴 #WeMissYouBernie",
    "a staff member's vacation; her name and hashtag are not labelled",
)

# 151
p(
    "en",
    "patient_story",
    "After 3 surgeries, Wanda Ynoa-Cabral is back at work at Port Elizabeth Cold Chain — and she brought her daughter Daniela to thank our burn unit nurses in person. 🧡 The ammonia leak on December 30 could have taken both of her hands.",
    [
        ("NAME", "Wanda Ynoa-Cabral"),
        ("NAME", "Port Elizabeth Cold Chain"),
        ("NAME", "Daniela"),
        ("DATE", "December 30"),
    ],
    note="hyphenated surname; employer whose name contains a place (NAME); daughter; injury date",
)

# 152
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 pm: We have received 9 workers from the ammonia leak at a Port Elizabeth cold-storage facility. 7 are in fair condition, 2 are in our burn unit. Families looking for loved ones, please call (908) 555-0140 — do not come to the ED.",
    "crisis update with counts only; the site is a public incident location, not tied to an identified patient",
)

# 153
p(
    "es",
    "pasted_record",
    "Instrucciones de alta compartidas por error en el grupo de WhatsApp de la iglesia 😬\nPaciente: Yeison Andrés Morales Cuervo\nFecha de alta: 19 de septiembre\nCuenta: 4402-881-907\nSeguimiento: Dr. Mensah, Clínica de Lesiones, (908) 555-0147\nContacto del paciente: yeisonmc.93@gmail.com / 201-555-0135",
    [
        ("NAME", "Yeison Andrés Morales Cuervo"),
        ("DATE", "19 de septiembre"),
        ("ACCOUNT", "4402-881-907"),
        ("EMAIL", "yeisonmc.93@gmail.com"),
        ("PHONE", "201-555-0135"),
    ],
    note="discharge instructions: name, discharge date, account, e-mail, phone; the doctor and the clinic phone are not labelled",
)

# 154
n(
    "es",
    "health_tip",
    "Después del alta: tome sus medicinas como se indica, no maneje si toma analgésicos fuertes y vaya a su cita de seguimiento. ¿Dudas? Nuestra clínica de lesiones en Elizabeth: 908.555.0147 o 1-908-555-0147.",
    "generic discharge tip; clinic phone in two forms",
)

# 155
p(
    "en",
    "patient_story",
    "Our Paterson pediatric team wants to celebrate A.R., age 11, who after 2 years of dialysis got a new kidney on January 18 — donated by his uncle. A.R.'s classmates at School 6 made a banner that now hangs in the clinic lobby. 💙",
    [
        ("NAME", "A.R.", "*"),
        ("DATE", "January 18"),
    ],
    note="patient's initials and transplant date; the school's name is not an identifier; age 11 not labelled",
)

# 156
n(
    "en",
    "anonymous_story",
    "A father donated a kidney to his 11-year-old son at our transplant center this winter. Both are doing great. 💙 Curious about living donation? Join our info night on March 12 at the Paterson clinic.",
    "anonymous story (season is not a date); event date",
)

# 157
p(
    "es",
    "milestone_birthday",
    "Doña Cristina Almonte Reyes cumplió 90 el domingo y lo celebró en nuestra sala de hemodiálisis con un bizcocho dominicano de tres pisos que trajo su nieta Yaneris desde Santo Domingo Este. ¡Que Dios la siga bendiciendo! 🎂",
    [
        ("NAME", "Cristina Almonte Reyes"),
        ("AGE", "90"),
        ("NAME", "Yaneris"),
        ("GEO", "Santo Domingo Este"),
    ],
    note="age 90 (the weekday of the birthday is not labelled), granddaughter and her city",
)

# 158
n(
    "es",
    "public_figure",
    "El 26 de enero celebramos el natalicio de Juan Pablo Duarte, padre de la patria dominicana. Hoy, nuestras enfermeras dominicanas de Elizabeth ofrecerán pruebas de glucosa en el Día de Duarte. 🇩🇴",
    "historical figure's birthday",
)

# 159
p(
    "en",
    "milestone_birthday",
    "Mr. Abdul Karim Mollah, who ran a spice shop on Main Street in Paterson for 50 years, turns 100 this Friday, May 9! His grandchildren are flying in from Dhaka and Queens, and the 6 North team is ready with roshogolla. 🎉",
    [
        ("NAME", "Abdul Karim Mollah"),
        ("GEO", "Main Street"),
        ("GEO", "Paterson"),
        ("AGE", "100"),
        ("DATE", "May 9"),
        ("GEO", "Dhaka"),
        ("GEO", "Queens"),
    ],
    note="his shop's street and city, turning 100, birthday, grandchildren's cities",
)

# 160
n(
    "en",
    "event",
    "100 years of Our Lady of Fatima Church in the Ironbound! ⛪ Congratulations to Father Artur and the parish, who have hosted our free health fairs every May since 2003. See you at the centennial feast on May 13.",
    "a parish centenary; event date; a priest",
)

# 161
p(
    "en",
    "pasted_record",
    "Wrong screenshot 🙈 (this was the transport board, not the parade route):\nPICKUP 0930 — MED REC NO. 0045-1182-3 — SILVA, KAUÃ (peds) — from 4 South to MRI\nPICKUP 1000 — MR# 22918406 — OYELARAN, BLESSING — ED bay 7 to CT\nPICKUP 1045 — MR# 31177052 — PAZ, ANDRÉS — 5 West Rm 519 to dialysis",
    [
        ("MRN", "0045-1182-3"),
        ("NAME", "SILVA, KAUÃ"),
        ("MRN", "22918406"),
        ("NAME", "OYELARAN, BLESSING"),
        ("OTHER_ID", "bay 7"),
        ("MRN", "31177052"),
        ("NAME", "PAZ, ANDRÉS"),
        ("OTHER_ID", "Rm 519"),
    ],
    note="transport board: MRNs in two label styles, caps names (Blessing, Paz are words), ED bay and room (with keyword); units and pickup times not labelled",
)

# 162
n(
    "en",
    "crisis_update",
    "Heads up, Ironbound: Portugal Day parade closes Ferry Street and Wilson Avenue Sunday 11am–6pm. Ambulances will use the Harbor Light Boulevard entrance; patients and visitors please use the garage on Raymond Blvd. Questions: (973) 555-0100.",
    "street closures and hospital entrances; no patient",
)

# 163
p(
    "es",
    "patient_story",
    "El jhonny llegó a emergencias en pleno Carnaval, con una quemadura de espuma de carnaval en los ojos 😅 Ya está bien, y su mamá, doña Zoila, nos trajo fanesca a todo el turno. ¡Gracias, familia Sarmiento de la calle Ferry!",
    [
        ("NAME", "jhonny"),
        ("DATE", "Carnaval"),
        ("NAME", "Zoila"),
        ("NAME", "Sarmiento"),
        ("GEO", "calle Ferry"),
    ],
    note="lower-case first name (article excluded); ER visit during Carnaval (a named festival on which the event fell); mother; family surname and street",
)

# 164
n(
    "es",
    "health_tip",
    "¿Carnaval con espuma y agua? Diviértase, pero proteja los ojos: la espuma en aerosol puede causar quemaduras químicas. Si le cae en los ojos, enjuague con agua 15 minutos y llame a la línea de enfermería: (888) 555-0199.",
    "festival safety tip; hospital line",
)

# 165
p(
    "en",
    "pasted_record",
    "DISCHARGE SUMMARY (excerpt)\nPATIENT: MUÑOZ DE LA ROSA, MARÍA JOSÉ   MRN: GH-00772815   ADMIT: 07/04   DISCH: 07/09\nPCP: Dr. F. Chowdhury, GHH Paterson, (862) 555-0160\nFOLLOW-UP: cardiology 2 wks. Pt prefers Spanish; daughter Karla 862-555-0181 interprets.",
    [
        ("NAME", "MUÑOZ DE LA ROSA, MARÍA JOSÉ"),
        ("MRN", "GH-00772815"),
        ("DATE", "07/04"),
        ("DATE", "07/09"),
        ("NAME", "Karla"),
        ("PHONE", "862-555-0181"),
    ],
    note="discharge summary: compound caps name, prefixed MRN, admit and discharge dates, daughter's name and phone; PCP and clinic phone not labelled",
)

# 166
n(
    "en",
    "research",
    "Our infectious disease team just published the largest U.S. study of Chagas disease screening in pregnancy: 2,310 mothers born in Ecuador, Colombia and Peru, delivered at our Newark and Elizabeth campuses 2019–2024. Next: Carrion's disease awareness. gatewayharborhealth.org/research",
    "research; eponymous diseases; countries",
)

# 167
p(
    "en",
    "thank_you",
    "@brooklyn.rivera.22 we're sending so much love to your grandpa Eladio! 💛 Thank you for sharing that he's been home in Elizabeth since August 8. Our 4 North nurses still talk about his guitar.",
    [
        ("OTHER_ID", "@brooklyn.rivera.22"),
        ("NAME", "Eladio"),
        ("GEO", "Elizabeth"),
        ("DATE", "August 8"),
    ],
    note="reply to a granddaughter (her handle is OTHER_ID): patient's name, home city, discharge date",
)

# 168
n(
    "en",
    "thank_you",
    "@jersey_girl_dee thanks for cheering on your coworkers at the Harbor Light 5K! 💛 The 4 North team says your sign ('RUN LIKE THE CALL LIGHT IS ON') was the best on the course.",
    "reply to a staff member's handle at an event",
)

# 169
p(
    "es",
    "memorial",
    "Hoy despedimos con cariño a la señora Teodora Ccahuana, que a sus noventa y dos años fue la paciente más puntual de nuestra clínica de Paterson. Falleció el 1 de noviembre, Día de Todos los Santos, rodeada de sus nietos. Su hija Nélida pide oraciones. 🕯️",
    [
        ("NAME", "Teodora Ccahuana"),
        ("AGE", "noventa y dos"),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Nélida"),
    ],
    note="memorial: age in Spanish words, date of death written as date and as the feast, daughter",
)

# 170
n(
    "es",
    "memorial",
    "Día de Todos los Santos: hoy recordamos a los 14 trabajadores de Gateway Harbor que fallecieron durante la pandemia. Sus nombres están en el muro del jardín de Newark. Misa a las 5 p.m. en la capilla. 🕯️",
    "staff memorial, nobody named; feast day as event",
)

# 171
p(
    "en",
    "patient_story",
    "BIG MIKE IS HOME!!! 🏀 Michael 'Big Mike' Odom, the Weequahic High assistant coach who collapsed on the court on Mother's Day, walked out of our cardiac unit to a line of nurses clapping. His mom, Ms. Dorothy Odom, brought us sweet potato pies. #BigMikeStrong",
    [
        ("NAME", "BIG MIKE"),
        ("NAME", "Michael 'Big Mike' Odom"),
        ("NAME", "Weequahic High"),
        ("DATE", "Mother's Day"),
        ("NAME", "Dorothy Odom"),
        ("NAME", "#BigMikeStrong"),
    ],
    note="caps nickname, full name with nickname, the school that employs him (employer = NAME), collapse on a holiday, mother, hashtag",
)

# 172
n(
    "en",
    "staff_spotlight",
    "Meet Coach Terrence 'T-Bone' Little, our athletic trainer who covers every Weequahic High and East Side High home game. Since 2019 he's used our AEDs to save 2 lives on the court. Learn CPR with him on March 8: gatewayharborhealth.org/cpr.",
    "staff spotlight (surname that is a word); event date",
)

# 173
p(
    "es",
    "pasted_record",
    "Copio el mensaje que nos llegó por Instagram (ya lo borramos del feed): 'hola, soy la esposa de Edwin Quishpe, lo operaron de la columna el 9 de enero en Elizabeth. su número de caso de workers comp es WC-2025-118834 y la empresa es Pallet Pro NJ. me pueden llamar al 908-555-0132? gracias'",
    [
        ("NAME", "Edwin Quishpe"),
        ("DATE", "9 de enero"),
        ("OTHER_ID", "WC-2025-118834"),
        ("NAME", "Pallet Pro NJ"),
        ("PHONE", "908-555-0132"),
    ],
    note="wife's DM: patient's name, surgery date, workers' comp case number (OTHER_ID), employer (NAME), phone; Elizabeth is where the hospital is",
)

# 174
n(
    "es",
    "hospital_contact",
    "¿Se lesionó en el trabajo? Usted tiene derecho a atención médica por compensación laboral (workers' comp), tenga o no papeles. Nuestra Clínica de Lesiones en Elizabeth le ayuda con el trámite: (908) 555-0147. Info en gatewayharborhealth.org/lesiones.",
    "workers' comp information; clinic phone and domain",
)

# 175
p(
    "en",
    "milestone_birthday",
    "Double celebration on 6 North today: our charge nurse Adriana Mejía got to throw her own grandmother, Doña Eulalia Mejía, a 97th birthday party right here on the unit where she's recovering from pneumonia. 🎂 Three generations of strong Colombian women!",
    [
        ("NAME", "Adriana Mejía"),
        ("NAME", "Eulalia Mejía"),
        ("AGE", "97th"),
    ],
    note="the grandmother is our patient (97th birthday); the nurse appears here as the patient's relative, so her name is labelled",
)

# 176
n(
    "en",
    "staff_spotlight",
    "Our charge nurse Adriana Mejía is off to Medellín this week for her grandmother's 97th birthday 🎂🇨🇴 Doña Eulalia, we hear you still make the best buñuelos in Antioquia. Safe travels, Adri!",
    "a staff member's own grandmother who is not our patient: nothing labelled",
)

# 177
p(
    "es",
    "birth_announcement",
    "¡Gemelos de Amor y Amistad! 💕 Emiliano y Matías Restrepo Ocampo nacieron el sábado 20 de septiembre, justo el Día del Amor y la Amistad en Colombia. Su papá, Juan Camilo, trabaja en el puerto y llegó corriendo con el casco puesto. 😂",
    [
        ("DATE", "Amor y Amistad"),
        ("NAME", "Emiliano"),
        ("NAME", "Matías Restrepo Ocampo"),
        ("DATE", "20 de septiembre"),
        ("DATE", "Día del Amor y la Amistad"),
        ("NAME", "Juan Camilo"),
    ],
    note="twins' birth day written three ways (short holiday name, date, full holiday name); father",
)

# 178
n(
    "es",
    "campaign_hashtag",
    "Septiembre es mes de #AmorYAmistad 💕 y de cuidar el corazón. Comparta con nosotros una foto de su pareja caminando junta y use #CorazonesDelPuerto: cada foto = $1 para nuestro programa de cardiología. @SaludGatewayHarbor",
    "campaign hashtags; hospital handle",
)

# 179
p(
    "en",
    "patient_story",
    "Paris Jenkins-Moore was loading a catering truck for SkyPort Catering at Newark Airport on July 3 when a lift gate crushed her foot. Six weeks later she's dancing at her daughter Madison's graduation. 👟 Thank you, Paris, for letting us share your story!",
    [
        ("NAME", "Paris Jenkins-Moore", 1),
        ("NAME", "Paris", "*"),
        ("NAME", "SkyPort Catering"),
        ("GEO", "Newark Airport"),
        ("DATE", "July 3"),
        ("NAME", "Madison"),
    ],
    note="names that are places (Paris, Madison); employer (NAME); injury site and date",
)

# 180
n(
    "en",
    "staff_spotlight",
    "From Paris to Lima to Dhaka: our Newark interpreters speak 41 languages. 🌍 Today we honor Dr. Fatima Jackson-Ali, who started our interpreter program in 1998 with just 3 Spanish speakers. Request an interpreter: (973) 555-0112.",
    "cities not tied to anyone; staff",
)

# 181
p(
    "es",
    "pasted_record",
    "ORDEN DE LABORATORIO (publicada por error en la historia de Instagram)\nPaciente: CONDORI QUISPE, FELICIANA  F. nac.: 12/12/1949\nMRN 41700963  Plan: Horizon NJ Health 88H2-0471-993\nMédico: Dra. F. Chowdhury\nDiagnóstico: diabetes tipo 2",
    [
        ("NAME", "CONDORI QUISPE, FELICIANA"),
        ("DATE", "12/12/1949"),
        ("MRN", "41700963"),
        ("HEALTH_PLAN", "88H2-0471-993"),
    ],
    note="lab order: name, DOB, MRN, plan id; the doctor is staff",
)

# 182
n(
    "es",
    "research",
    "Estudio de Gateway Harbor: 1 de cada 3 adultos peruanos y ecuatorianos de Paterson mayores de 50 años tiene prediabetes sin saberlo. Hágase la prueba gratis en 88 Great Falls Plaza. Más: gatewayharborhealth.org/diabetes.",
    "population statistic; clinic address",
)

# 183
p(
    "en",
    "birth_announcement",
    "Eid Mubarak twice over! 🌙 Baby Joy Rahman was born on Eid al-Fitr morning at 6:05, and his big brother Ayaan announced it to their whole building on Ellison Street. Welcome, little Joy! — with love from Labor & Delivery",
    [
        ("NAME", "Joy Rahman", 1),
        ("NAME", "Joy", "*"),
        ("DATE", "Eid al-Fitr"),
        ("NAME", "Ayaan"),
        ("GEO", "Ellison Street"),
    ],
    note="a name that is a word (Joy); birth on a holiday ('morning' and the hour excluded); brother; home street; the greeting 'Eid Mubarak' is not a date",
)

# 184
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 🧦🧦 Wear mismatched socks with us! Our Paterson pediatrics team and the Joy of Living parent group will host a story hour in the clinic lobby at 4 pm.",
    "eponymous condition; awareness day; a group name with a word-name",
)

# 185
p(
    "es",
    "thank_you",
    "mi abuela Fela (Rafaela Guzmán) entró al hospital el 8 de marzo, Día de la Mujer, y hoy sale caminando 🙌🏽 gracias a todas las MUJERES que la cuidaron en la UCI de Newark. las queremos!!!",
    [
        ("NAME", "Fela"),
        ("NAME", "Rafaela Guzmán"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
    ],
    note="nickname and name; admission date written twice",
)

# 186
n(
    "es",
    "event",
    "8 de marzo, Día Internacional de la Mujer 💜 Hoy rendimos homenaje a las 2,100 mujeres que trabajan en Gateway Harbor, desde las cocinas hasta los quirófanos. ¡Gracias, Dra. Farhana Chowdhury, nuestra nueva directora médica de Paterson!",
    "awareness day; staff",
)

# 187
p(
    "en",
    "pasted_record",
    "DM we accidentally shared to our story:\n'Hello, my name is Fernando Gouveia, I was in your ER on New Year's Day with a broken wrist from the ice. The bill says my SSN is 145-66-0921 but the last 4 are wrong!! Please fix it, email me at fgouveia.ironbound@gmail.com'",
    [
        ("NAME", "Fernando Gouveia"),
        ("DATE", "New Year's Day"),
        ("SSN", "145-66-0921"),
        ("EMAIL", "fgouveia.ironbound@gmail.com"),
    ],
    note="patient's DM: name, ER visit on a holiday, SSN, e-mail",
)

# 188
n(
    "en",
    "hospital_contact",
    "If you see a mistake on your bill, please don't post it or DM it here. Call Patient Financial Services at (973) 555-0100 ext. 3300 or write to 1400 Harbor Light Boulevard, Newark, NJ 07105. We'll make it right. 💙",
    "hospital phone and address",
)

# 189
p(
    "en",
    "milestone_birthday",
    "103 years, 7 grandchildren, 14 great-grandchildren and not one cavity. 😁 Mrs. Iracema Dutra, originally from Governador Valadares, celebrated with her family at our Newark rehab unit on Sunday. Feliz aniversário!",
    [
        ("AGE", "103"),
        ("NAME", "Iracema Dutra"),
        ("GEO", "Governador Valadares"),
    ],
    note="age with a separate unit word ('103 years' -> '103'); home town in Brazil",
)

# 190
n(
    "en",
    "sponsor",
    "103 and still coming to every Foundation gala! 🥂 Happy birthday to Mrs. Ernestine Clay, Gateway Harbor's very first Black trustee (1971), whose scholarship has sent 212 Newark students to nursing school.",
    "a trustee and donor over 89: not a patient",
)

# 191
p(
    "es",
    "patient_story",
    "¡GRACIAS A DIOS! DON HERNANDO 'EL PAISA' VÉLEZ YA ESTÁ EN SU CASA DE ELIZABETH DESPUÉS DE CAERSE DE UNA GRÚA EN EL MUELLE EL 5 DE JUNIO. SU ESPOSA AMPARO DICE QUE AHORA SÍ SE JUBILA. 😂🇨🇴",
    [
        ("NAME", "HERNANDO 'EL PAISA' VÉLEZ"),
        ("GEO", "ELIZABETH"),
        ("DATE", "5 DE JUNIO"),
        ("NAME", "AMPARO"),
    ],
    note="ALL CAPS: name with nickname, home city, injury date, wife's name (a word)",
)

# 192
n(
    "es",
    "crisis_update",
    "¡ATENCIÓN! POR LA TORMENTA, LA CLÍNICA FAMILIAR DE PATERSON ABRIRÁ HOY A LAS 11 A.M. LAS CITAS DE LA MAÑANA SE REPROGRAMARÁN. EMERGENCIAS: 911. INFORMACIÓN: (862) 555-0160. @GHHPaterson",
    "ALL CAPS closure notice; clinic phone and handle",
)

# 193
p(
    "en",
    "discharge",
    "Home in time for iftar! 🌙 Yusuf 'Joe' Abu-Rumman, the Paterson grocer who was hurt when a delivery van hit his storefront on 21st Avenue, is going home tonight after 22 days. His daughters Hiba and Leen will be serving at the shop again by Friday.",
    [
        ("NAME", "Yusuf 'Joe' Abu-Rumman"),
        ("GEO", "Paterson"),
        ("GEO", "21st Avenue"),
        ("NAME", "Hiba"),
        ("NAME", "Leen"),
    ],
    note="hyphenated surname with nickname; his shop's city and street (where he was hurt); daughters",
)

# 194
n(
    "en",
    "health_tip",
    "Paterson drivers: 21st Avenue and Main Street had 38 pedestrian crashes last year. Slow down near shops and schools, especially at iftar time when families are crossing. 🚶🏽‍♀️ Stay safe — from your GHH Paterson team.",
    "streets in a general safety tip",
)

# 195
p(
    "en",
    "pasted_record",
    "Pump clinic email pasted into our newsletter draft (caught before sending!):\nHi Mrs. Ogunleye, Chidi's new insulin pump (Omnipod PDM serial 3K7M-22081-Q) ships Monday to 19 Hansbury Ave, Newark. His birthday is 10/30 so we set the bolus profiles for 'Chidi age 9.' Reply to pumpclinic@gatewayharborhealth.org or call 973-555-0100.",
    [
        ("NAME", "Ogunleye"),
        ("NAME", "Chidi", "*"),
        ("DEVICE", "3K7M-22081-Q"),
        ("GEO", "19 Hansbury Ave"),
        ("GEO", "Newark"),
        ("DATE", "10/30"),
    ],
    note="clinic e-mail: mother's surname, child's name, device serial, home address, birthday; the hospital e-mail and phone are not labelled",
)

# 196
n(
    "en",
    "research",
    "Kids with type 1 diabetes in Newark are 40% less likely to use insulin pumps than kids in the suburbs. Our pediatric endocrinology team, led by Dr. Amara Nwachukwu, is changing that with free pump training in English, Spanish and Portuguese.",
    "population statistic; doctor",
)

# 197
p(
    "es",
    "birth_announcement",
    "¡El primer bebé del año en Gateway Harbor! 🎉 Ámbar Valentina Loja Tenemaza nació el 1° de enero a las 12:07 a.m. en Newark. Sus papás, Kléber y Mayra, viven en el Ironbound y no paraban de llorar. ¡Bienvenida, Ámbar!",
    [
        ("NAME", "Ámbar Valentina Loja Tenemaza", 1),
        ("NAME", "Ámbar", "*"),
        ("DATE", "1° de enero"),
        ("NAME", "Kléber"),
        ("NAME", "Mayra"),
        ("GEO", "Ironbound"),
    ],
    note="first baby of the year: name, birth date, parents, family's neighbourhood; Newark here is the hospital",
)

# 198
n(
    "es",
    "statistic",
    "En 2024 nacieron 3,412 bebés en Gateway Harbor: 2,208 en Newark y 1,204 en Elizabeth. El nombre más popular fue Liam, seguido de Isabella y Mateo. 👶 ¡Gracias, familias, por confiar en nosotros!",
    "aggregate statistic: popular names are not any one patient",
)

# 199
p(
    "en",
    "thank_you",
    "Tiaguinho, the whole PT gym cried when you walked without crutches today 😭💚 Go get 'em, kid!",
    [("NAME", "Tiaguinho")],
    note="one line: a Brazilian nickname is enough",
)

# 200
n(
    "en",
    "anonymous_story",
    "The whole PT gym cried today when a 9-year-old walked without crutches for the first time since his accident 😭💚",
    "anonymous patient, age under 90",
)

# 201
p(
    "es",
    "pasted_record",
    "Captura del chat interno publicada por error:\n[Enf. Patiño]: la paciente Nube Yupa Chimbo (expediente 33059127) pregunta por su hijo, nacido ayer en la cama 9 de maternidad. el papá, Segundo Yupa, dejó su correo: segundoyupa.ec@gmail.com",
    [
        ("NAME", "Nube Yupa Chimbo"),
        ("MRN", "33059127"),
        ("OTHER_ID", "cama 9"),
        ("NAME", "Segundo Yupa"),
        ("EMAIL", "segundoyupa.ec@gmail.com"),
    ],
    note="internal chat: mother's name (a word) and MRN, bed, father's name and e-mail; 'ayer' is relative; the nurse is staff",
)

# 202
n(
    "es",
    "staff_spotlight",
    "Conozcan a la enfermera Marlene Patiño, de Azogues, Ecuador 🇪🇨: 18 años en la maternidad de Newark y más de 4,000 bebés recibidos. Dice que su favorito siempre es 'el próximo'. ¡Gracias, Marlene!",
    "staff spotlight with her home town: staff are not labelled",
)

# 203
p(
    "en",
    "pasted_record",
    "INCIDENT REPORT — DO NOT DISTRIBUTE\nEmployee-patient: OKONKWO, EMEKA C.  MRN 90311748  DOB Sept. 14, 1988\nEmployer: Newark Bay Container Services  Pt email: emeka.okonkwo88@gmail.com\nInjury: crush injury L hand, Port Newark, 03/19 at 02:40",
    [
        ("NAME", "OKONKWO, EMEKA C."),
        ("MRN", "90311748"),
        ("DATE", "Sept. 14, 1988"),
        ("NAME", "Newark Bay Container Services"),
        ("EMAIL", "emeka.okonkwo88@gmail.com"),
        ("GEO", "Port Newark"),
        ("DATE", "03/19"),
    ],
    note="incident report: caps name with initial, MRN, written DOB with year, employer (NAME), e-mail, injury site and date; the hour is not labelled",
)

# 204
n(
    "en",
    "health_tip",
    "Crush injuries are the #1 reason dockworkers visit our Port & Warehouse Injury Clinic. Never put your hand between a load and a fixed object, and report every near-miss. Clinic walk-ins at 655 Union Crossing Ave: (908) 555-0147. @GHHElizabeth",
    "safety tip; clinic address, phone and handle",
)

# 205
p(
    "en",
    "memorial",
    "the ironbound lost a legend. 🕊️ sr. manuel 'manny' carvalho, who fixed every clock on ferry street for 60 years, died peacefully at our hospital on santo antónio's day, june 13, at the age of ninety-six. our love to his wife lurdes and the carvalho family.",
    [
        ("GEO", "ironbound"),
        ("NAME", "manuel 'manny' carvalho", 1),
        ("NAME", "carvalho", "*"),
        ("GEO", "ferry street"),
        ("DATE", "santo antónio's day"),
        ("DATE", "june 13"),
        ("AGE", "ninety-six"),
        ("NAME", "lurdes"),
    ],
    note="all lower case: neighbourhood and street of his shop, name with nickname ('sr.' excluded), death on a feast day also written as a date, age in words, wife, family surname",
)

# 206
n(
    "en",
    "event",
    "Santo António festa this weekend on Ferry Street! 🎉🐟 Our nurses will be at the Gateway Harbor tent with free blood pressure checks, sunscreen and sardinha-safe tips (watch those bones!). June 13–15, noon–10 pm.",
    "festival dates and venue street",
)

# 207
p(
    "es",
    "milestone_birthday",
    "¡Centenaria! 🎉 Doña Juana Rosa Mamani cumplió 100 años y lo celebró con su familia en la clínica de Paterson, con picarones y marinera. Sus nietos abrieron una cuenta para ella: @mamajuana100 👵🏽🇵🇪",
    [
        ("AGE", "Centenaria"),
        ("NAME", "Juana Rosa Mamani"),
        ("AGE", "100"),
        ("OTHER_ID", "@mamajuana100"),
    ],
    note="'Centenaria' and '100' (unit word excluded); the patient's handle is OTHER_ID",
)

# 208
n(
    "es",
    "statistic",
    "¿Sabía que en Nueva Jersey viven más de 2,000 personas centenarias? El secreto, según los estudios: moverse, comer bien y mantenerse conectado con la familia. Nuestros programas para adultos mayores: (973) 555-0100.",
    "population of centenarians, no individual",
)

# 209
p(
    "en",
    "patient_story",
    "On February 21, Ekushey — International Mother Language Day — Rupa Akhter slipped on black ice outside the Paterson bakery where she works, Sonar Bangla Sweets. Her hip is healing, and she's teaching our PT team Bangla counting: ek, dui, tin... 💛",
    [
        ("DATE", "February 21"),
        ("DATE", "Ekushey"),
        ("DATE", "International Mother Language Day"),
        ("NAME", "Rupa Akhter"),
        ("GEO", "Paterson"),
        ("NAME", "Sonar Bangla Sweets"),
    ],
    note="injury date written three ways (date, Ekushey, the UN day); employer (NAME) and its city, where she fell",
)

# 210
n(
    "en",
    "event",
    "February 21 is International Mother Language Day (Ekushey) 🌺 Our Paterson clinic offers interpreters in Bangla, Arabic, Spanish, Portuguese, Quechua and Haitian Creole — free, 24/7. Just ask, or call (862) 555-0160.",
    "awareness day; clinic phone",
)

# 211
p(
    "en",
    "pasted_record",
    "Someone posted a photo of their insurance card in our comments 😬 We've hidden it. For the record: MEMBER: LOPES FERREIRA, GABRIEL  ID: WLC 884 211 903  — please never share these publicly!",
    [
        ("NAME", "LOPES FERREIRA, GABRIEL"),
        ("HEALTH_PLAN", "WLC 884 211 903"),
    ],
    note="reply that repeats a member's name and plan id from an insurance card; the photo shows a card, not a person (no PHOTO)",
)

# 212
n(
    "en",
    "hospital_contact",
    "We accept most NJ plans: Horizon, Aetna Better Health, UnitedHealthcare Community Plan, WellCare and NJ FamilyCare. Not sure? Call (973) 555-0100 option 3 or check gatewayharborhealth.org/insurance. Never post your member ID online!",
    "plan names, no member ids; hospital phone and domain",
)

# 213
p(
    "es",
    "patient_story",
    "Kevin Armijos, 14, perdió parte de dos dedos con un cohete el 4 de julio en el parque Riverbank. Hoy vino a enseñarle al equipo de cirugía de mano que ya puede agarrar el control del PlayStation 🎮. Su mamá, Jessenia, pide: please, no fireworks en casa.",
    [
        ("NAME", "Kevin Armijos"),
        ("DATE", "4 de julio"),
        ("GEO", "parque Riverbank"),
        ("NAME", "Jessenia"),
    ],
    note="injury date (a holiday written as a date), park where it happened, mother; age 14 not labelled",
)

# 214
n(
    "es",
    "health_tip",
    "Cada 4 de julio atendemos en Newark y Elizabeth a decenas de niños con quemaduras y lesiones en las manos por fuegos artificiales. Deje los cohetes a los profesionales. 🎆 Emergencias: 911.",
    "holiday safety tip with aggregate counts",
)

# 215
p(
    "en",
    "discharge",
    "Day 1 vs. day 120 🥹 Our smallest micro-preemie of the year, born on Valentine's Day at 1 lb 2 oz, goes home today! #BabyAurora #AuroraRising",
    [
        ("DATE", "Valentine's Day"),
        ("NAME", "#BabyAurora"),
        ("NAME", "#AuroraRising"),
    ],
    note="birth on a holiday; the name appears only in two hashtags",
)

# 216
n(
    "en",
    "campaign_hashtag",
    "Day 1 vs. day 120 of our new NICU 🥹 The renovation that started on Valentine's Day is finished: 24 private rooms where parents can stay overnight. Thank you, donors! #NewDawnNICU #GHHNICU",
    "construction dates and campaign hashtags",
)

# 217
p(
    "en",
    "pasted_record",
    "nurse's text pasted into our X reply by mistake (deleted within 2 min): 'bed 4 mrs akter needs interpreter bangla, bed 6 joseph (dob 2/2/61) mrn 66120954 family @ desk, bed 9 tía de la sra yupanqui wants update call 201-555-0178'",
    [
        ("OTHER_ID", "bed 4"),
        ("NAME", "akter"),
        ("OTHER_ID", "bed 6"),
        ("NAME", "joseph"),
        ("DATE", "2/2/61"),
        ("MRN", "66120954"),
        ("OTHER_ID", "bed 9"),
        ("NAME", "yupanqui"),
        ("PHONE", "201-555-0178"),
    ],
    note="lower-case text: beds, names, DOB with two-digit year, MRN, an aunt's callback number",
)

# 218
n(
    "en",
    "crisis_update",
    "@NewarkNews we're seeing high volume in the Newark ED tonight: average wait 3 hrs for non-urgent visits. Urgent care at our Elizabeth campus, 655 Union Crossing Avenue, is open until 11 pm with a 25-minute wait.",
    "reply to a news outlet; hospital address",
)

# 219
p(
    "es",
    "thank_you",
    "Dios les pague a los médicos de Elizabeth por atender a mi tío Pancho (Francisco Javier Tavárez) cuando le dio el derrame el Viernes Santo. Ya habla y camina. La familia Tavárez de Perth Amboy nunca lo olvidará. 🙏",
    [
        ("NAME", "Pancho"),
        ("NAME", "Francisco Javier Tavárez", 1),
        ("NAME", "Tavárez", "*"),
        ("DATE", "Viernes Santo"),
        ("GEO", "Perth Amboy"),
    ],
    note="nickname and full name ('tío' excluded), stroke on Good Friday, family surname and town; Elizabeth is the hospital",
)

# 220
n(
    "es",
    "hospital_contact",
    "Horario de Semana Santa: el Viernes Santo las clínicas de Elizabeth y Paterson estarán cerradas; la sala de emergencias de Newark sigue abierta 24/7. ¡Felices Pascuas de parte de @SaludGatewayHarbor! ✝️",
    "holiday hours; hospital handle",
)

# 221
p(
    "en",
    "discharge",
    "Meet our favorite nonagenarian, Mother Bernice Tolliver of Bethel AME, who asked to be discharged in time to lead the first night of Kwanzaa at her grandson Malik's house on Lyons Avenue. Request granted, Mother Tolliver! 🕯️🖤❤️💚",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Bernice Tolliver", 1),
        ("NAME", "Tolliver", "*"),
        ("NAME", "Malik"),
        ("GEO", "Lyons Avenue"),
    ],
    note="'nonagenarian' is an age over 89; church title excluded; grandson and his street; Kwanzaa is not the day of her discharge, and her church is not an identifier",
)

# 222
n(
    "en",
    "event",
    "Habari Gani! 🕯️ Our Newark campus celebrates the first night of Kwanzaa (Umoja, unity) on December 26 at 5 pm in the main lobby with the Newark Boys Chorus. All staff, patients and families welcome.",
    "holiday event",
)

# 223
p(
    "en",
    "patient_story",
    "Updates on Abuelo Tito's recovery will be at caringbridge.org/visit/titoramirezlopez — thanks to everyone at GHH Elizabeth for getting Héctor 'Tito' Ramírez López through his bypass on October 12! 🇩🇴❤️",
    [
        ("NAME", "Héctor 'Tito' Ramírez López", 1),
        ("NAME", "Tito", "*"),
        ("URL", "caringbridge.org/visit/titoramirezlopez"),
        ("DATE", "October 12"),
    ],
    note="family's update page URL, nickname ('Abuelo' excluded), double surname, surgery date",
)

# 224
n(
    "en",
    "public_figure",
    "Hispanic Heritage Month kicks off September 15! 🎉 This year we honor Dr. Antonia Novello, the first Latina U.S. Surgeon General, with a lecture by our CMO on October 2. Register: gatewayharborhealth.org/hhm.",
    "public figure; event dates",
)

# 225
p(
    "es",
    "pasted_record",
    "Formulario de valet publicado por error 🙈: Nombre del paciente: Luis Fernando Ocampo Giraldo · Placa: NJ X81-PRL · Licencia: O0138 40726 11833 · Correo: lfocampo.giraldo@hotmail.com · Entrada: 10 de diciembre",
    [
        ("NAME", "Luis Fernando Ocampo Giraldo"),
        ("VEHICLE", "X81-PRL"),
        ("LICENSE", "O0138 40726 11833"),
        ("EMAIL", "lfocampo.giraldo@hotmail.com"),
        ("DATE", "10 de diciembre"),
    ],
    note="valet form: name, plate, driver licence, e-mail, date of arrival",
)

# 226
n(
    "es",
    "hospital_contact",
    "Servicio de valet gratis en Newark para pacientes de diálisis y quimioterapia, lunes a sábado de 6 a.m. a 8 p.m., en la entrada de Harbor Light. Preguntas: 973-555-0100 ext. 0.",
    "service hours; hospital phone",
)

# 227
p(
    "en",
    "thank_you",
    "THANK YOU for all the love for #TeamYasmeen 💚 She rang the bell on 7 West today — last chemo, done!",
    [("NAME", "#TeamYasmeen")],
    note="the patient is named only in a hashtag",
)

# 228
n(
    "en",
    "campaign_hashtag",
    "THANK YOU for all the love for #RingTheBell 💚 Our 7 West bell has now been rung 318 times since it was installed in 2021. Donate to pediatric oncology: gatewayharborfoundation.org/bell",
    "campaign hashtag and a count",
)

# 229
p(
    "en",
    "memorial",
    "Newark lost a giant this week. Mrs. Gwendolyn 'Miss Gwen' Pruitt, who taught 3rd grade at Hawthorne Avenue School for 38 years, passed away in our hospice unit on Sunday, November 23, at 98. Her former students — and there are thousands — are invited to share memories with her niece, Tamika, at the family's home on Osborne Terrace.",
    [
        ("NAME", "Gwendolyn 'Miss Gwen' Pruitt"),
        ("NAME", "Hawthorne Avenue School"),
        ("DATE", "November 23"),
        ("AGE", "98"),
        ("NAME", "Tamika"),
        ("GEO", "Osborne Terrace"),
    ],
    note="name with nickname, the school that employed her (employer = NAME), date of death (weekday excluded), age 98, niece, family's street",
)

# 230
n(
    "en",
    "public_figure",
    "Newark lost a giant in 2014. Poet Amiri Baraka, born in Newark on October 7, 1934, taught us that art is medicine. Join us for a reading of his work in our hospice garden on October 7 at 6 pm. 📜",
    "a public figure's birth date and city; event date",
)

# 231
p(
    "es",
    "milestone_birthday",
    "¡Felices 90, mi reina! 👑 Así celebraron las enfermeras del turno de noche a una paciente de Belleville que cumplió años en nuestra UCI. Su familia le trajo mariachi por videollamada desde Guayaquil.",
    [
        ("AGE", "90"),
        ("GEO", "Belleville"),
        ("GEO", "Guayaquil"),
    ],
    note="unnamed patient identified by an age over 89, her town and her family's city",
)

# 232
n(
    "es",
    "anonymous_story",
    "¡Felices 60, mi reina! 👑 Así celebraron las enfermeras del turno de noche a una paciente que cumplió años en nuestra UCI. Su familia le trajo mariachi por videollamada. Momentos que nos llenan el corazón.",
    "unnamed patient aged under 90 with no town or date",
)

# 233
p(
    "en",
    "pasted_record",
    "Copy-paste fail 🙃 this was supposed to go in the volunteer newsletter:\n'Family contact for patient Lurdes Moniz (MRN 55820613, Rm 618): son Nuno Moniz, nuno.moniz@sapo.pt, +351 912 555 014 (Portugal), or granddaughter Beatriz, (973) 555-0146.'",
    [
        ("NAME", "Lurdes Moniz"),
        ("MRN", "55820613"),
        ("OTHER_ID", "Rm 618"),
        ("NAME", "Nuno Moniz"),
        ("EMAIL", "nuno.moniz@sapo.pt"),
        ("PHONE", "+351 912 555 014"),
        ("NAME", "Beatriz"),
        ("PHONE", "(973) 555-0146"),
    ],
    note="family contact sheet: patient name, MRN, room, son's name, e-mail and Portuguese phone, granddaughter's name and phone; the country is not GEO",
)

# 234
n(
    "en",
    "recruitment",
    "Fala português? 🇵🇹🇧🇷 We're hiring Portuguese-speaking medical interpreters for our Newark campus. Full-time, benefits, tuition help. Apply at gatewayharborhealth.org/careers or call HR at (973) 555-0100 ext. 1200.",
    "recruitment; hospital domain and phone",
)

# 235
p(
    "en",
    "milestone_birthday",
    "Our Elizabeth dialysis crew threw a surprise for Mr. Gonzalo Pesántez, who turned 95 on the 24th 🎉🇪🇨 He still walks to his treatments from his apartment on Magnolia Avenue and says the secret is 'caldo de gallina every Sunday.'",
    [
        ("NAME", "Gonzalo Pesántez"),
        ("AGE", "95"),
        ("DATE", "24th"),
        ("GEO", "Magnolia Avenue"),
    ],
    note="turned 95, birthday as a day of the month alone, home street",
)

# 236
n(
    "en",
    "staff_spotlight",
    "Our Elizabeth dialysis crew threw a surprise retirement party for tech supervisor Gonzalo Ruiz, who turned 65 on the 24th 🎉 After 31 years, he's trading the dialysis floor for a fishing boat in Cuenca. ¡Buen viaje, Gonzalo!",
    "a staff member's birthday and plans: not labelled",
)

# 237
p(
    "es",
    "discharge",
    "El nonagenario más alegre de Paterson, don Gustavo Ariza, se fue hoy a casa después de su cirugía de cadera del 2 de octubre 🎶 Prometió volver a visitarnos con su tiple. Gracias a su hijo Óscar por traer el tinto cada mañana. ☕",
    [
        ("AGE", "nonagenario"),
        ("GEO", "Paterson"),
        ("NAME", "Gustavo Ariza"),
        ("DATE", "2 de octubre"),
        ("NAME", "Óscar"),
    ],
    note="'nonagenario', his town, name, surgery date, son",
)

# 238
n(
    "es",
    "eponymous_condition",
    "5 de octubre, Día de la Medicina Peruana, en memoria de Daniel Alcides Carrión, el estudiante que se inoculó la verruga peruana en 1885. Hoy homenajeamos a nuestros 27 médicos y enfermeras de origen peruano. 🇵🇪🩺",
    "historical figure behind an eponymous disease; commemorative day; staff",
)

# 239
p(
    "en",
    "thank_you",
    "Thank you for everything, 4 North!!! my papi is finally home 🙏🏽 #FuerzaDonRigo",
    [("NAME", "#FuerzaDonRigo")],
    note="one line mixing English and Spanish; the patient's name only in a hashtag",
)

# 240
n(
    "en",
    "campaign_hashtag",
    "Thank you, volunteers!!! 1,200 hours of service this summer 🙏🏽 #FuerzaVoluntaria #GatewayHarborUnido",
    "campaign hashtags",
)

if __name__ == "__main__":
    S.main("phi_dev82_source")
