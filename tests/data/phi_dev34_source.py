"""Blind development set d34 for the PHI scanner: tests/data/phi_dev34.jsonl.

Organisation: North Raccoon Regional Health, Storm Lake and Sioux City, Iowa (phi_dev34_org.json):
main campus at 1400 Lakeshore Drive, Storm Lake; Sioux City Clinic at 2915 Hamilton Boulevard;
Alta Rural Health Clinic at 118 Main Street; eight (712) 555-01xx numbers (switchboard, ED nurse
line, Birth Center, Sioux City Clinic, Spanish/interpreter line, billing, Foundation, HR); domains
northraccoonhealth.org and nrrh.org; handles @NorthRaccoonHealth, @NRRH_SiouxCity, @NRRHFoundation.
Focus: a rural regional hospital in meatpacking and farm country: grain-bin, auger, PTO, anhydrous
and plant injuries, county fairs, Guatemalan Maya (K'iche', Q'anjob'al), Mexican, South Sudanese,
Karen and Somali families, Lutheran and Catholic parishes, elders over 90. Hard cases: names that
are ordinary words, towns or titles (Storm, Hope, Rusty, Clay, Faith, Saw Eh Doh, Per, Milagros,
Dolores, Esperanza, Rocío, Amparo, Socorro, Domingo, Marcus, Early, Aurelia), names only in
hashtags, lower-case / ALL-CAPS / misspelt names, initials, double and married surnames, staff,
volunteers, officials and public figures who are and are not patients in near-identical wording,
and pasted census lines, tracker boards, bills, portal and IT tickets.
Language mix: 240 posts, 156 English and 84 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Karen "Saw"/"Naw" prefixes are kept inside the NAME span (US records carry them as part of the
  legal name); "Thra" (teacher), "Mama", "don", "doña", "Sra.", "Pastor", "padre" are titles and
  left out. K'iche' names keep their glottal-stop apostrophes, including a final one.
- Spanish married-name forms ("Socorro Méndez viuda de Ortiz", "Cristina Baños de Solís") are one
  NAME span. A quoted nickname inside a full name stays inside that span; the nickname used alone
  elsewhere gets its own span. A hashtag holding a name and an age (#Lupe91) is one NAME span.
- The town where a patient or relative lives, farms or was hurt is GEO even when it is Storm Lake,
  Sioux City or Alta, where the hospital has sites; the hospital's own streets and ZIPs never are.
  Patient addresses are given ZIPs other than the hospital's.
- Named institutions (parishes, churches, schools, care homes, plants, fairs, fire departments,
  Legion halls) are not GEO. When the patient's town also occurs inside such a name (Marathon Fire
  & Rescue, Newell American Legion, Clay County Fair, Faith Lutheran), only the mention tied to the
  patient is labelled and the other is declared with ok=.
- A jurisdiction that is part of an office title ("Sioux City Council member", "Buena Vista
  County Sheriff") is left as part of the title, not GEO. The city of another hospital where a
  named patient was treated (an Omaha ICU, a transplant in Omaha) is GEO; transfers of unnamed
  patients in crisis updates are not.
- Road and county spans follow "calle Elm": "carretera M36", "carretera 20", "condado de Ida",
  "U.S. 71", "Hwy 7", and a crash intersection "71 y Lakeshore". A refugee camp (Mae La) is GEO.
- Mass-casualty crisis updates that name no patient (storm, ammonia release, elevator fire) are
  not patient-specific even when they say where the incident happened.
- Community and religious days are DATE when they are the patient's day ("first night of Ramadan",
  "Karen New Year" with "first day of Pyathoe", "Eid al-Fitr", "Día de Muertos", "Good Friday",
  "Black Friday", "Veterans Day", "Halloween"); when the same day is also written as a date both are
  labelled. "Happy Mother's Day" is labelled in the post whose baby was born on Mother's Day.
  Greetings alone ("Eid Mubarak") and days of hospital events are not.
- A day of the month alone ("the 14th", "the 9th") is DATE with the span "14th"; a month alone
  tied to the injury ("in March", "last October", "en julio") is DATE. Follow-up and appointment
  dates in pasted papers are labelled as dates of the patient's care.
- Ages: "a hundred" in "about a hundred" (the patient's own claim) is AGE next to "ninety-four";
  tracker tokens "94y" and "91F" are AGE as written, while "8M"/"34F" are not; "the last 89" (years
  lived) is not an age. An age over 89 of a single unnamed patient ("turned 100") is labelled and
  makes the post patient-specific, whereas group ages ("212 patients over 90") are not.
- A staff member, volunteer, firefighter, pastor, sheriff, radio host or wrestler is labelled only
  in posts where they are the patient or a patient's relative; donors are labelled only when the
  post introduces them as a patient's grandparents. The same names appear unlabelled in
  near-identical posts where they are not.
- Wristband numbers, a workers' comp claim number and an appointment confirmation are OTHER_ID;
  IT and help-desk ticket numbers are the hospital's own and are not labelled. A family's Instagram
  handle, a mother's handle and portal user names are OTHER_ID; a CaringBridge address is URL.
- Room and bed numbers carry their keyword ("Rm 301A", "Hab. 310", "cuarto 211", "Bed 2"); an
  empty room in a list and units (3W, 2N, 2 North, Ward 3, 3 West) are not labelled.
- PHOTO is used twice, only where the caption says the picture shows the patient ("Pictured",
  "foto"); a child's drawing, a photo booth and the public's flu-shot photos are not PHOTO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev34.jsonl"), os.path.join(HERE, "phi_dev34_org.json"), "d34")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why


# 1
p(
    "en",
    "patient_story",
    "Ten days ago Cody Vander Ploeg went into a soybean bin north of Newell to break up a crust. "
    "Today he walked out of our ICU. Cody, your volunteer fire crew and our trauma team are so "
    "proud of you. 📸 Pictured: Cody and his mom, Trish, at the ICU doors. #GrainBinSafety",
    [
        ("NAME", "Cody Vander Ploeg"),
        ("NAME", "Cody", "*"),
        ("GEO", "Newell"),
        ("PHOTO", "Pictured"),
        ("NAME", "Trish"),
    ],
    note=(
        "patient and his mother named; home area near Newell; caption says the photo shows "
        "him; #GrainBinSafety is a campaign tag; 'ten days ago' is relative"
    ),
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: meet Deng Garang Akol, RN, night charge nurse on 3 West since 2016. Deng "
    "came to Storm Lake from Bor by way of Omaha and now precepts every new grad we hire. Ask "
    "him about his okra. #NursesWeek",
    "a staff nurse and his own home town; staff identifiers are never labelled",
)

# 3
p(
    "en",
    "thank_you",
    'Comment from Nyakuoth Ruei: "Thank you to the night nurses who sat with my father in room '
    "318 when he could not sleep. He still asks for the one who hummed Dinka hymns. Our whole "
    'family in Sioux City says God bless you."',
    [("NAME", "Nyakuoth Ruei"), ("OTHER_ID", "room 318"), ("GEO", "Sioux City")],
    note="the commenter is the patient's daughter; father's room number and family's city",
)

# 4
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Ixchel Tzoc Ajpop! Nació el 12 de diciembre, Día de la Virgen de "
    "Guadalupe, a las 6:40 a. m. en nuestro Centro de Partos. Felicidades a sus papás, Rosario y "
    "Baltazar, de Storm Lake. 💕",
    [
        ("NAME", "Ixchel Tzoc Ajpop"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosario"),
        ("NAME", "Baltazar"),
        ("GEO", "Storm Lake"),
    ],
    note=(
        "K'iche' baby name; birth date named twice (date and feast day), both labelled; "
        "parents and their town"
    ),
)

# 5
n(
    "es",
    "health_tip",
    "Consejo de temporada: el amoníaco anhidro quema los ojos y los pulmones en segundos. Si te "
    "salpica, enjuágate con agua por 15 minutos y llama al 911. Lleva siempre una botella de "
    "agua en el tractor. #SeguridadAgrícola",
    "farm-safety advice; 911 is a national line; campaign hashtag",
)

# 6
p(
    "en",
    "pasted_record",
    "my cousin is in the ER right now pls pray 🙏🙏 XILOJ TZOC, MARCOS  MRN 00731846  ED bed 7  "
    "interp K'iche'  L hand lac - band saw",
    [("NAME", "XILOJ TZOC, MARCOS"), ("MRN", "00731846"), ("OTHER_ID", "bed 7")],
    note="tracking-board line pasted by a relative: ALL-CAPS double surname, MRN, ED bed",
)

# 7
n(
    "en",
    "statistic",
    "By the numbers, FY2024: 1,142 babies born, 38,900 ED visits, 61 farm-injury trauma "
    "activations, 4 grain-bin entrapments (all 4 survived) and 212 patients over 90 cared for on "
    "our medical floor. Thank you, Buena Vista County.",
    "aggregate counts; 'over 90' describes a population",
)

# 8
p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to our longtime home-health patient Marvella "Marv" Schroeder! Marv '
    "taught country school near Schaller for 41 years and still beats our therapists at "
    "cribbage. Her party is Sunday. 🎂",
    [
        ("AGE", "100th"),
        ("NAME", 'Marvella "Marv" Schroeder'),
        ("NAME", "Marv", "*"),
        ("GEO", "Schaller"),
    ],
    note="age over 89; quoted nickname inside the full-name span; where she lived and taught",
)

# 9
n(
    "en",
    "public_figure",
    "Thank you, Rep. Marlys Kuiper, for touring our Sioux City clinic today and hearing from our "
    "interpreters in K'iche', Q'anjob'al, Somali, Karen, Dinka and Nuer. She stayed for lunch "
    "with the night shift and promised to come back for the rural health bill signing.",
    "a state legislator visiting, not a patient",
)

# 10
p(
    "en",
    "public_figure",
    "Sioux City Council member Dale Hoogendoorn asked us to share: he is recovering on our "
    "cardiac floor after a stent placed March 18 and thanks the cath lab team. He'll be back at "
    "council soon.",
    [("NAME", "Dale Hoogendoorn"), ("DATE", "March 18")],
    note="a local official who is the patient; procedure date",
)

# 11
n(
    "es",
    "event",
    "Feria de salud en la parroquia St. Mary's de Storm Lake el domingo 14 de septiembre, "
    "después de la misa de 11:30: presión arterial, vacunas contra la gripe y consulta con "
    "nuestras enfermeras que hablan español, k'iche' y q'anjob'al.",
    "date and venue of a hospital event",
)

# 12
p(
    "es",
    "discharge",
    "Don Tomás Pascual Diego regresa hoy a casa en Sioux Rapids después de 19 días con nosotros "
    "por una caída de una escalera en la granja de pollos. Gracias, don Tomás, por enseñarnos "
    "palabras en q'anjob'al cada mañana. 🙏",
    [("NAME", "Tomás Pascual Diego"), ("NAME", "Tomás", "*"), ("GEO", "Sioux Rapids")],
    note="Q'anjob'al name whose surnames are Spanish given names; 'don' excluded; home town",
)

# 13
n(
    "en",
    "recruitment",
    "Now hiring: bilingual CNAs (Spanish, K'iche' or Somali a plus), night shift, Storm Lake "
    "campus. $3,000 sign-on bonus. Apply at northraccoonhealth.org/careers or call HR at (712) "
    "555-0188.",
    "job posting with the hospital's own domain and number",
)

# 14
p(
    "en",
    "memorial",
    "In loving memory of Abukar Sheekh Nuur, 93, who passed peacefully on our hospice unit on "
    "the first night of Ramadan with his daughters reading to him. The Nuur family asks for "
    "prayers. Inna lillahi wa inna ilayhi raji'un.",
    [
        ("NAME", "Abukar Sheekh Nuur"),
        ("AGE", "93"),
        ("DATE", "first night of Ramadan"),
        ("NAME", "Nuur", "*"),
    ],
    note="age over 89; day of death given as a religious date; family surname",
)

# 15
n(
    "en",
    "eponymous_condition",
    "June is Alzheimer's & Brain Awareness Month. If a parent on the farm is repeating questions "
    "or getting lost on gravel roads they've driven for 60 years, our memory clinic can help. "
    "Parkinson's and Lewy body support group meets the 2nd Tuesday.",
    "eponymous conditions and an awareness month",
)

# 16
p(
    "en",
    "staff_spotlight",
    "Staff Spotlight, with her blessing: our lab tech Paw Htoo Say finished her last chemo on "
    "our oncology unit on August 29 and rang the bell with her whole Karen church choir singing. "
    "Welcome back to the lab, Paw Htoo!",
    [("NAME", "Paw Htoo Say"), ("DATE", "August 29"), ("NAME", "Paw Htoo", "*")],
    note="a staff member who is a patient; treatment date",
)

# 17
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: our lab tech Eh Kaw Moo finished her phlebotomy certification on August 29 "
    "and celebrated with her whole Karen church choir singing in the break room. "
    "Congratulations, Eh Kaw!",
    "same wording as a patient post but about a staff member's certification",
)

# 18
p(
    "es",
    "thank_you",
    "Gracias al equipo de la UCI por cuidar a mi mamá, Dolores Ruiz Olvera, cuando le dio el "
    "derrame. Los dolores de cabeza de esa semana ya pasaron y ella ya camina con andadera. — Su "
    "hija Mari, Sac City",
    [("NAME", "Dolores Ruiz Olvera"), ("NAME", "Mari"), ("GEO", "Sac City")],
    note=("name that is also a common noun ('dolores' lower-case is not the name); daughter; town"),
)

# 19
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de hielo, la clínica de Alta está cerrada hoy. Las citas se moverán; "
    "le llamaremos. Urgencias en Storm Lake sigue abierta las 24 horas. Si su casa no tiene luz "
    "y usa oxígeno, llame al (712) 555-0100.",
    "closure notice; hospital sites and number",
)

# 20
p(
    "en",
    "birth_announcement",
    "Twins! Garang and Achol Majok arrived on Valentine's Day at 34 weeks and are growing strong "
    "in our special care nursery. Mom Nyibol says the names honor both grandfathers and both "
    "grandmothers. 💙💗",
    [("NAME", "Garang"), ("NAME", "Achol Majok"), ("DATE", "Valentine's Day"), ("NAME", "Nyibol")],
    note="South Sudanese twins; holiday that is the birth date; mother",
)

# 21
n(
    "en",
    "event",
    "Grain Bin Rescue Day: Saturday, August 9, 9 a.m.-noon at the Buena Vista County Fairgrounds "
    "in Alta. Our trauma team and the Newell, Alta and Storm Lake fire departments will demo the "
    "rescue tube. Free pork burgers, courtesy of the county Pork Producers.",
    "date and place of a public event",
)

# 22
p(
    "en",
    "discharge",
    "Kaylee went home today! The Alta 4-H'er was stepped on by her steer in the wash rack at the "
    "Buena Vista County Fair on July 30. Broken foot, big smile, and she's already asking about "
    "next year. #KayleeStrong",
    [("NAME", "Kaylee"), ("GEO", "Alta"), ("DATE", "July 30"), ("NAME", "#KayleeStrong")],
    note=(
        "first name and name hashtag; home town; injury date (the fair itself is an event, not GEO)"
    ),
)

# 23
n(
    "es",
    "statistic",
    "En 2024 nuestros intérpretes atendieron 14.300 consultas: 61% en español, 17% en k'iche', "
    "9% en q'anjob'al, 6% en somalí, 4% en karen y 3% en dinka o nuer. ¡Gracias, equipo!",
    "interpreter statistics",
)

# 24
p(
    "es",
    "patient_story",
    "orando por lupita 🙏🙏 la niña de mi comadre se cayó del columpio en el parque de Cherokee y "
    "está en cirugía ahorita. #fuerzalupita",
    [("NAME", "lupita"), ("GEO", "Cherokee"), ("NAME", "#fuerzalupita")],
    note="lower-case name and lower-case name hashtag; town of the injury",
)

# 25
n(
    "en",
    "health_tip",
    "A PTO shaft spins 540 times a minute. Before you step over one, shut the tractor off and "
    "take the key. Our trauma surgeons would much rather meet you at the fair pie auction than "
    "in the OR. #FarmSafetyWeek",
    "safety advice",
)

# 26
p(
    "en",
    "patient_story",
    "Rusty Hoefling has heard every joke about the rusty auger that grabbed his pant leg on May "
    "6. Six weeks and two surgeries later, he's back behind the wheel of his combine near Sac "
    "City, with guards on every auger. Thanks for letting us tell your story, Rusty.",
    [("NAME", "Rusty Hoefling"), ("NAME", "Rusty", "*"), ("DATE", "May 6"), ("GEO", "Sac City")],
    note=(
        "name that is an ordinary word (lower-case 'rusty' is not the name); injury date; farm town"
    ),
)

# 27
n(
    "en",
    "anonymous_story",
    "A plant worker came to our ED last winter after three days of 'just a cough' — he didn't "
    "want to miss shifts. It was pneumonia. He asked us to share this so his coworkers know: you "
    "can't send money home from an ICU bed. Get seen early.",
    "de-identified story, no place, date or name",
)

# 28
p(
    "es",
    "memorial",
    "Descanse en paz nuestra abuelita, doña Socorro Méndez viuda de Ortiz, quien falleció el 2 "
    "de noviembre, Día de Muertos, a los 98 años en el piso 3. Ella siempre decía que Dios manda "
    "socorro a tiempo. Gracias, enfermeras.",
    [
        ("NAME", "Socorro Méndez viuda de Ortiz"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("AGE", "98"),
    ],
    note=(
        "married-name form kept whole; death date named twice; age; 'socorro' lower-case is a word"
    ),
)

# 29
n(
    "es",
    "sponsor",
    "Gracias a la Cooperativa de Buena Vista y a la tienda La Guadalupana por donar 300 sillas "
    "para autos para nuestras familias. La clínica de sillas de auto es cada primer sábado.",
    "sponsors",
)

# 30
p(
    "en",
    "thank_you",
    "To the NICU nurses who never gave up hope on our girl: Hope went home to Early on her due "
    "date, 4 lbs 11 oz of pure stubborn. Love, Brandi & Jace Wittrock #HopeForHope",
    [
        ("NAME", "Hope"),
        ("GEO", "Early"),
        ("NAME", "Brandi"),
        ("NAME", "Jace Wittrock"),
        ("NAME", "#HopeForHope"),
    ],
    note=(
        "baby named Hope (lower-case 'hope' is the word); home town Early; parents; name hashtag"
    ),
)

# 31
n(
    "en",
    "campaign_hashtag",
    "#HopeForHearts is back! Every $5 pinwheel in our lobby funds AEDs for rural churches and "
    "county fairs. Post your pinwheel with #HopeForHearts and tag @NRRHFoundation.",
    "campaign hashtag and hospital handle",
)

# 32
p(
    "en",
    "pasted_record",
    "Found this in the parish group chat, please delete: 3W census 0600 - Rm 301A KUOL, GATWECH "
    "94y falls; Rm 302 TZUL, ANA SOFIA post-op chole; Rm 305B HOOGEVEEN, HENDRIKA DNR; Rm 308 "
    "open",
    [
        ("OTHER_ID", "Rm 301A"),
        ("NAME", "KUOL, GATWECH"),
        ("AGE", "94y"),
        ("OTHER_ID", "Rm 302"),
        ("NAME", "TZUL, ANA SOFIA"),
        ("OTHER_ID", "Rm 305B"),
        ("NAME", "HOOGEVEEN, HENDRIKA"),
    ],
    note=(
        "census list: rooms with keyword, ALL-CAPS names, age token with suffix; the empty "
        "room is not tied to a patient"
    ),
)

# 33
n(
    "en",
    "research",
    "Our Sioux City clinic and Briar Cliff University are enrolling meatpacking workers ages "
    "18-64 in a study of heat stress on the kill floor. Participants get a free cooling vest. "
    "Info in English, Spanish, Somali and K'iche': (712) 555-0134.",
    "study recruitment; population ages; hospital number",
)

# 34
p(
    "en",
    "staff_spotlight",
    "Bud Lensing, 91, has pushed the book cart on our med floor every Tuesday since 1998. This "
    "week he's on the other side of the cart, recovering from a new hip in room 204. Sign his "
    "card at the front desk!",
    [("NAME", "Bud Lensing"), ("AGE", "91"), ("OTHER_ID", "room 204")],
    note="a volunteer who is now a patient: name, age over 89 and room are labelled",
)

# 35
n(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to Lorraine Ahrendsen, our Tuesday gift-shop volunteer since the old "
    "hospital on Flindt Drive! Lorraine still knits every preemie hat in the NICU. Cake in the "
    "cafeteria at 2. 🎂",
    "a volunteer's age and name; not a patient",
)

# 36
p(
    "es",
    "birth_announcement",
    "¡Nuestro primer bebé del 2025! Santiago Hernández Ruiz nació el 1.º de enero a las 12:14 a. "
    "m., pesando 3,4 kg. Sus papás, Yesenia y Juan Carlos, son de Storm Lake y trabajan en la "
    "planta. ¡Felicidades!",
    [
        ("NAME", "Santiago Hernández Ruiz"),
        ("DATE", "1.º de enero"),
        ("NAME", "Yesenia"),
        ("NAME", "Juan Carlos"),
        ("GEO", "Storm Lake"),
    ],
    note="double surname; birth date with ordinal; parents; bare year not labelled",
)

# 37
n(
    "es",
    "anonymous_story",
    "Una mamá guatemalteca nos pidió compartir su historia sin su nombre: llegó con presión alta "
    "a las 36 semanas y no sabía que podía pedir intérprete en q'anjob'al. Hoy su bebé está "
    "sana. Usted tiene derecho a un intérprete gratis.",
    "anonymous; nationality only, no smaller place",
)

# 38
p(
    "en",
    "discharge",
    "Storm Lake's own Storm Kestner, 8, is going home after his appendix tried to ruin summer "
    "vacation. Storm picked the name of our newest IV-pole dinosaur: Stormasaurus.",
    [("GEO", "Storm Lake"), ("NAME", "Storm Kestner"), ("NAME", "Storm", 3)],
    note=(
        "first name identical to the town's first word; every 'Storm' is inside a span; age "
        "8 not labelled"
    ),
)

# 39
n(
    "en",
    "public_figure",
    "Storm Lake's own Olympic wrestler Tanner Bruns stopped by pediatrics today to sign singlets "
    "and casts. Tanner, thanks for making a lot of kids' summer vacation a little better.",
    "a public figure visiting; not a patient",
)

# 40
p(
    "en",
    "public_figure",
    "With his permission: Olympic wrestler Tanner Bruns's dad, Merle Bruns, is recovering in our "
    "ICU after a tractor rollover on 190th Street south of Newell. Tanner asks for prayers and "
    "for every farmer to install a ROPS.",
    [
        ("NAME", "Tanner Bruns"),
        ("NAME", "Merle Bruns"),
        ("NAME", "Tanner", 2),
        ("GEO", "190th Street"),
        ("GEO", "Newell"),
    ],
    note=(
        "the public figure is the patient's son, so a relative; road of the crash and nearby town"
    ),
)

# 41
n(
    "es",
    "eponymous_condition",
    "¿Creció en una casa de adobe en Guatemala o México? Pregunte por la prueba de la enfermedad "
    "de Chagas, sobre todo si está embarazada. Es gratis en nuestra clínica de Sioux City. El "
    "mal de Chagas tiene tratamiento.",
    "eponymous condition; countries only",
)

# 42
p(
    "es",
    "pasted_record",
    "Alguien me puede ayudar con esta factura?? no entiendo 😩 'Paciente: GARCÍA OLVERA, JOSÉ "
    "ÁNGEL  Cuenta 7740021958  Fecha de servicio 03/02  Medicaid IA ID 4471902C  Saldo "
    "$1,240.00' llamé al (712) 555-0159 y nadie contesta",
    [
        ("NAME", "GARCÍA OLVERA, JOSÉ ÁNGEL"),
        ("ACCOUNT", "7740021958"),
        ("DATE", "03/02"),
        ("HEALTH_PLAN", "4471902C"),
    ],
    note="billing line pasted by family; the billing office number is the hospital's",
)

# 43
n(
    "en",
    "hospital_contact",
    "Need us? Storm Lake campus: 1400 Lakeshore Drive, Storm Lake, IA 50588, (712) 555-0100. "
    "Sioux City Clinic: 2915 Hamilton Boulevard, (712) 555-0134. Alta Rural Health Clinic: 118 "
    "Main Street, Alta. Birth Center direct: (712) 555-0126.",
    "hospital addresses and numbers",
)

# 44
p(
    "en",
    "memorial",
    "Our hearts are with the Achieng family. Mama Rebecca Achieng Deng, the first South Sudanese "
    "grandmother many of us ever met in Storm Lake, died here on 11-14 surrounded by singing. "
    "She was 90 by her own count.",
    [
        ("NAME", "Rebecca Achieng Deng"),
        ("NAME", "Achieng", "*"),
        ("GEO", "Storm Lake"),
        ("DATE", "11-14"),
        ("AGE", "90"),
    ],
    note="family surname; 'Mama' is a title; where she lived; death date; age 90",
)

# 45
n(
    "en",
    "crisis_update",
    "UPDATE 9:40 p.m.: We have received 9 patients from tonight's storms. 6 are stable and 3 "
    "were transferred to Sioux City. We will not release names; families, please call (712) "
    "555-0100. Please stay off Hwy 71 so ambulances can get through.",
    "mass-casualty update, no patient named or placed",
)

# 46
p(
    "en",
    "patient_story",
    "Saw Eh Doh saw the smoke first. The 16-year-old pulled his little sister, Naw Ku Paw, out "
    "of their burning trailer on Cayuga Street. Both are healing on our pediatric floor, and Saw "
    "Eh Doh has asked us to share one thing: check your smoke detectors.",
    [("NAME", "Saw Eh Doh", "*"), ("NAME", "Naw Ku Paw"), ("GEO", "Cayuga Street")],
    note=(
        "Karen names with the Saw/Naw prefix kept in the span; lower-case 'saw' is the verb; street"
    ),
)

# 47
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Intérpretes médicos de español, k'iche' y q'anjob'al para Storm Lake "
    "y Sioux City. Tiempo completo, con beneficios. Pregunte por Ana Lucía Batz en Recursos "
    "Humanos: (712) 555-0188.",
    "staff contact name and hospital number",
)

# 48
p(
    "es",
    "thank_you",
    "Yuj Dios! Gracias a la intérprete Malin por explicarle todo a mi esposo Lukax Mateo Pascual "
    "en su idioma cuando lo operaron del brazo. Somos de San Juan Ixcoy y aquí en Storm Lake "
    "nunca nos habían hablado en q'anjob'al en un hospital.",
    [("NAME", "Lukax Mateo Pascual"), ("GEO", "San Juan Ixcoy"), ("GEO", "Storm Lake")],
    note=("the interpreter Malin is staff; the husband is the patient; home town abroad and here"),
)

# 49
n(
    "en",
    "sponsor",
    "Huge thanks to the Vander Ploeg family, who gave our ED a second grain-bin rescue tube in "
    "memory of a neighbor lost in 1987. Also to Buena Vista Co-op, Storm Lake Rotary and Faith "
    "Lutheran's youth group for the bake sale.",
    "donor family, not introduced as relatives of a patient",
)

# 50
p(
    "en",
    "patient_story",
    "Please keep the Ajpop Tzul family in your prayers tonight. Their youngest is in our "
    "pediatric ICU after a fall from a hayloft near Rembrandt, and mom Juana has not left the "
    "bedside. Meals can be dropped at St. Mary's rectory.",
    [("NAME", "Ajpop Tzul"), ("GEO", "Rembrandt"), ("NAME", "Juana")],
    note="family surname and mother named, child unnamed; town with a painter's name",
)

# 51
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21. Wear mismatched socks and stop by our Sioux City "
    "clinic lobby for a photo booth with the Siouxland Down Syndrome Network. Ask us about "
    "thyroid and Hashimoto's screening for adults with Down syndrome.",
    "eponymous conditions; awareness day; photo booth is not a patient photo",
)

# 52
p(
    "en",
    "pasted_record",
    'reposting bc nobody on 2N answers: "Wristband printer 2N printing wrong labels. WB# '
    "40038812 prints DEVLIN, ROSE M but pt in Rm 212-B is TE GROTENHUIS, ALMA. Someone call "
    "Rose's son at 712-555-3318 to explain.\"",
    [
        ("OTHER_ID", "40038812"),
        ("NAME", "DEVLIN, ROSE M"),
        ("OTHER_ID", "Rm 212-B"),
        ("NAME", "TE GROTENHUIS, ALMA"),
        ("NAME", "Rose"),
        ("PHONE", "712-555-3318"),
    ],
    note=("IT-style note: wristband number, two patients, room, a relative's phone; 2N is a unit"),
)

# 53
n(
    "en",
    "event",
    "Blessing of the Tractors & Farm Safety Sunday at St. Paul Lutheran, Alta, April 27 after "
    "the 10:30 service. Our EMS crew will check first-aid kits and fit kids for ATV helmets. "
    "Pastor Kjersten Lund will bless the combines.",
    "event date and venue; clergy named",
)

# 54
p(
    "en",
    "birth_announcement",
    "Born on Karen New Year! Baby Hser Nay Moo arrived just after midnight on the first day of "
    "Pyathoe, while her grandparents were still at the church celebration. Welcome to the world, "
    "little one. 🤍❤️💙",
    [("DATE", "Karen New Year"), ("NAME", "Hser Nay Moo"), ("DATE", "first day of Pyathoe")],
    note="birth on a community new year, named twice (holiday and calendar day)",
)

# 55
n(
    "en",
    "health_tip",
    "Ramadan Mubarak to our Somali and Sudanese neighbors! If you have diabetes and plan to "
    "fast, see your clinician before Ramadan begins to adjust insulin. Working a plant shift "
    "while fasting? Break the fast if your sugar drops below 70.",
    "holiday greeting and advice",
)

# 56
p(
    "es",
    "discharge",
    "¡Chuy ya se va a casa! 🎉 Después de 23 días en la UCI por la volcadura en la carretera M36 "
    "cerca de Galva, Jesús 'Chuy' Ramírez Solís salió caminando con su andadera y con toda la "
    "familia Ramírez echándole porras.",
    [
        ("NAME", "Jesús 'Chuy' Ramírez Solís"),
        ("NAME", "Chuy", "*"),
        ("GEO", "carretera M36"),
        ("GEO", "Galva"),
        ("NAME", "Ramírez", "*"),
    ],
    note=(
        "nickname, full name with nickname, family surname; road of the rollover and nearby town"
    ),
)

# 57
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia hispana celebramos a nuestras enfermeras, intérpretes y doctores "
    "latinos. Comparta su foto con #OrgulloNRRH y #StormLakeUnido. ¡Gracias por cuidar a nuestra "
    "comunidad!",
    "campaign hashtags",
)

# 58
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY GRANDPA WILLARD!!! THANK YOU TO THE NURSES AT THE ALTA CLINIC FOR THE "
    "PARTY. LOVE FROM ALL OF US IN DENISON 🎈",
    [("AGE", "101ST"), ("NAME", "WILLARD"), ("GEO", "DENISON")],
    note=("ALL-CAPS family comment: age, first name, family's town; the clinic is the hospital's"),
)

# 59
n(
    "en",
    "statistic",
    "Iowa has one of the highest shares of residents over 85 in the country. On our med-surg "
    "floor last year, 1 in 6 admissions was 90 or older. That's why every nurse here trains in "
    "delirium prevention.",
    "population ages",
)

# 60
p(
    "en",
    "thank_you",
    "A huge thank-you from T.K. of Le Mars, who asked us not to use his full name: 'The ER crew "
    "caught my heart attack while I was insisting it was heartburn from the pizza buffet.' Glad "
    "you're home, T.K.",
    [("NAME", "T.K.", "*"), ("GEO", "Le Mars")],
    note="initials are a name; home town",
)

# 61
n(
    "en",
    "thank_you",
    "Thank you to Sgt. Brenda Kooiker and the Storm Lake Police Department for bringing pizza to "
    "our ED night shift after a very long weekend. First responders feeding first responders. 💙",
    "an officer thanked; not a patient",
)

# 62
p(
    "es",
    "patient_story",
    "Milagros Espinoza tiene 9 años y ya lleva 3 milagros: nació a las 26 semanas, sobrevivió a "
    "la meningitis y el 15 de agosto salió ilesa cuando su papá volcó la camioneta en el condado "
    "de Ida. ¡Gracias por dejarnos contar tu historia, Milagros!",
    [
        ("NAME", "Milagros Espinoza"),
        ("NAME", "Milagros", 2),
        ("DATE", "15 de agosto"),
        ("GEO", "condado de Ida"),
    ],
    note="name that is a noun ('milagros' lower-case); crash date and county",
)

# 63
n(
    "es",
    "public_figure",
    "Hoy nos visitó el cónsul de Guatemala en Omaha, Lic. Edgar Sic Tzunun, para la jornada de "
    "consulado móvil en Storm Lake. Gracias por atender a más de 400 familias y por visitar a "
    "nuestro equipo de intérpretes.",
    "a consul visiting; not a patient",
)

# 64
p(
    "es",
    "public_figure",
    "Con su permiso compartimos: el padre Benedicto Quiej, de la parroquia St. Mary's, fue "
    "atendido en nuestra sala de emergencias el 3 de mayo tras un choque en la carretera 20 "
    "cerca de Early y ya se recupera en casa. Agradece todas las oraciones.",
    [("NAME", "Benedicto Quiej"), ("DATE", "3 de mayo"), ("GEO", "carretera 20"), ("GEO", "Early")],
    note="a priest who is the patient; 'padre' is a title; crash road and town; parish not GEO",
)

# 65
n(
    "en",
    "birth_announcement",
    "Last night a baby boy decided he couldn't wait for Labor & Delivery and arrived in the "
    "front seat of a pickup under our ED canopy. Mom, dad and baby are doing great, and our "
    "security officer has a new story for retirement.",
    "anonymous birth; relative time only",
)

# 66
p(
    "en",
    "pasted_record",
    "Can someone from the hospital reset my mom's portal? User: hwarsame1958 / email "
    "hodan.w.warsame@gmail.com / DOB 06/30/1958 / cell 712-555-2291. She's been locked out since "
    "Tuesday. — her daughter Ayaan",
    [
        ("OTHER_ID", "hwarsame1958"),
        ("EMAIL", "hodan.w.warsame@gmail.com"),
        ("DATE", "06/30/1958"),
        ("PHONE", "712-555-2291"),
        ("NAME", "Ayaan"),
    ],
    note="portal user name, e-mail, birth date, phone, daughter",
)

# 67
n(
    "en",
    "hospital_contact",
    "Locked out of the patient portal? Don't post your login here! Call (712) 555-0159 Mon-Fri "
    "8-5 or email portalhelp@northraccoonhealth.org and we'll verify you by phone. Somali and "
    "Spanish speakers: (712) 555-0148.",
    "hospital contacts",
)

# 68
p(
    "en",
    "memorial",
    "The family of Arlo Mennenga, 96, of rural Schaller thanks our hospice team and Pastor Lund. "
    "Arlo died at home Jan. 12th as the sun came up over the grove he planted in 1951. Memorials "
    "to the local fire department.",
    [
        ("NAME", "Arlo Mennenga"),
        ("AGE", "96"),
        ("GEO", "Schaller"),
        ("NAME", "Arlo", "*"),
        ("DATE", "Jan. 12th"),
    ],
    note="age, town, death date; the bare year is not labelled; clergy not labelled",
)

# 69
n(
    "en",
    "memorial",
    "We remember Dr. Harold Brink, who delivered more than 4,000 Buena Vista County babies "
    "between 1962 and 1999. Dr. Brink died Jan. 4 at 97 at his home in Storm Lake. Visitation is "
    "Friday at Lakeside Funeral Home.",
    "a former staff physician: his age, date and town are not labelled",
)

# 70
p(
    "en",
    "pasted_record",
    "Posting so the family group chat has it: Baba's pacemaker card says Serial PJN448120R, "
    "implanted 9/23, Dr. Osei, NRRH Cardiology. Gatluak, keep this in your wallet!! — Nyandeng",
    [("DEVICE", "PJN448120R"), ("DATE", "9/23"), ("NAME", "Gatluak"), ("NAME", "Nyandeng")],
    note=("device serial and implant date of the father; two of his children; the doctor is staff"),
)

# 71
n(
    "en",
    "research",
    "New from our nursing research council: bedside interpreters in K'iche' and Q'anjob'al cut "
    "30-day readmissions for Maya patients by a third in our 2023-24 pilot. Presented at the "
    "Iowa Rural Health Association conference on Sept. 18.",
    "research result and conference date",
)

# 72
p(
    "en",
    "thank_you",
    "To whoever found my grandpa's keys in the ED lot: they go to a maroon Buick LeSabre, Iowa "
    "plate 791 RXT, and grandpa Wilbur Ohlendorf (he's 92, in for pneumonia) wants to buy you a "
    "pie. Call me, Denise, 712-555-4470.",
    [
        ("VEHICLE", "791 RXT"),
        ("NAME", "Wilbur Ohlendorf"),
        ("AGE", "92"),
        ("NAME", "Denise"),
        ("PHONE", "712-555-4470"),
    ],
    note="plate, name, age over 89, granddaughter and her phone",
)

# 73
n(
    "en",
    "recruitment",
    "Calling all retired farmers: our Farm Safety Ambassadors need volunteers to visit 4-H clubs "
    "and co-ops. Our oldest ambassador, Vern Ehlers, is 93 and still climbs into a combine cab "
    "to show kids the blind spots. Join him!",
    "a volunteer's age over 89 is not labelled",
)

# 74
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños noventa y cinco, abuelita Chepa! 🎂 Josefa 'Chepa' Cruz de la Paz celebró "
    "en el tercer piso con mariachi (bajito, por favor) y tamales de su nieta Rocío. Gracias a "
    "las enfermeras por dejarnos hacer la fiesta.",
    [
        ("AGE", "noventa y cinco"),
        ("NAME", "Josefa 'Chepa' Cruz de la Paz"),
        ("NAME", "Chepa", "*"),
        ("NAME", "Rocío"),
    ],
    note="age in words; nickname; granddaughter",
)

# 75
n(
    "es",
    "health_tip",
    "Calor extremo esta semana. Si trabaja en la planta o en el campo: tome agua cada 15 "
    "minutos, descanse en la sombra y conozca las señales del golpe de calor (confusión, piel "
    "caliente, no suda). Llame al 911 si alguien se desmaya.",
    "heat advice",
)

# 76
p(
    "en",
    "patient_story",
    "Xaliimo Cabdi Warsame, 15, scored the winning goal for the Tornadoes two weeks after we "
    "removed her appendix. Her hooyo, Faadumo, says she was told to rest. Xaliimo says she "
    "rested on the bench for the first half.",
    [("NAME", "Xaliimo Cabdi Warsame"), ("NAME", "Xaliimo", "*"), ("NAME", "Faadumo")],
    note="Somali spelling; mother ('hooyo' means mother); age 15 not labelled",
)

# 77
n(
    "en",
    "public_figure",
    "Iowa Hawkeyes wrestler and Storm Lake native Abdi Farah stopped by pediatrics to sign "
    "posters and talk about growing up in our Somali community. Thanks for coming home, Abdi!",
    "a public figure visiting; his home town is not patient information",
)

# 78
p(
    "en",
    "anonymous_story",
    "The gentleman in room 226 asked us to share this, no name please: 'Forty years on the kill "
    "floor and I never had anyone wash my feet. The night nurse did. God bless her.'",
    [("OTHER_ID", "room 226")],
    note="no name, but the room number ties the quote to one patient",
)

# 79
n(
    "en",
    "anonymous_story",
    "A gentleman on our med floor asked us to share this, no name please: 'Forty years on the "
    "line at the turkey plant and nobody ever asked me what I needed. Your aide did. God bless "
    "her.'",
    "same kind of quote with no room, name or date",
)

# 80
p(
    "es",
    "thank_you",
    "gracias a dios mi tio beto ya salio de la cirujia 🙏 dios les pague a las enfermeras del 2 "
    "piso. mi tía Chayo no se ha movido del cuarto 211 jaja",
    [("NAME", "beto"), ("NAME", "Chayo"), ("OTHER_ID", "cuarto 211")],
    note="lower-case nickname of the patient; his wife's nickname; room",
)

# 81
n(
    "es",
    "event",
    "Misa de sanación y bendición de los trabajadores de la salud en la parroquia de San José de "
    "Sioux City, sábado 1.º de marzo a las 6 p. m. Nuestro capellán, el padre Ramón Ixcoy, "
    "presidirá. Habrá atole y pan dulce.",
    "event date; the chaplain is staff",
)

# 82
p(
    "en",
    "patient_story",
    "Special thanks to volunteer firefighter Kyle Brockshus, who helped cut his own uncle, "
    "Dwayne Brockshus, out of a corn bin on Nov. 3. Kyle asked us to say: never enter a bin "
    "alone, and lock out the sweep auger.",
    [
        ("NAME", "Kyle Brockshus"),
        ("NAME", "Dwayne Brockshus"),
        ("NAME", "Kyle", 2),
        ("DATE", "Nov. 3"),
    ],
    note="a firefighter who is the patient's nephew is a relative; entrapment date",
)

# 83
n(
    "en",
    "staff_spotlight",
    "Special thanks to Alta volunteer firefighter Kyle Vosberg, who helped cut a neighbor out of "
    "a corn bin this fall and then spent Saturday teaching our ED nurses the rescue tube. Never "
    "enter a bin alone, and lock out the sweep auger.",
    "a firefighter with no relation to the unnamed patient",
)

# 84
p(
    "es",
    "pasted_record",
    "Me mandaron esto del hospital por WhatsApp, ¿es normal? 'Nombre: Quiej Cux, Ana Isabel | "
    "Exp. 00658210 | FN 14/02/1991 | Hab. 310 | Tel. 712-555-6024 | Dir. 512 Erie St, Storm Lake'",
    [
        ("NAME", "Quiej Cux, Ana Isabel"),
        ("MRN", "00658210"),
        ("DATE", "14/02/1991"),
        ("OTHER_ID", "Hab. 310"),
        ("PHONE", "712-555-6024"),
        ("GEO", "512 Erie St"),
        ("GEO", "Storm Lake"),
    ],
    note="chart header: name, expediente number, birth date, room, phone, street and city",
)

# 85
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete para su cita? Llame a la línea en español al (712) 555-0148 de "
    "lunes a viernes. Para k'iche', q'anjob'al, somalí o karen, díganos el idioma. Clínica de "
    "Sioux City: 2915 Hamilton Boulevard.",
    "hospital line and address",
)

# 86
p(
    "en",
    "discharge",
    "Home for the holidays! 🎄 After 41 days in our special care nursery, our tiniest Q'anjob'al "
    "speaker is headed home with mom and dad. #BringBalamHome #NRRHStrong",
    [("NAME", "#BringBalamHome")],
    note="the baby's name appears only inside a hashtag; #NRRHStrong is a campaign tag",
)

# 87
n(
    "en",
    "campaign_hashtag",
    "Share your NICU grad's first-birthday photo with #NRRHNICUGrads this week! (Please leave "
    "names, birth dates and weights out of captions — we love them, but the internet doesn't "
    "need them.) 💜",
    "campaign hashtag; no patient",
)

# 88
p(
    "en",
    "birth_announcement",
    "Eid Mubarak from our Birth Center! Baby Sahro arrived on the morning of Eid al-Fitr, and "
    "her big brothers Mohamed and Abdiwali came straight from the mosque in their new clothes to "
    "meet her. 🌙",
    [("NAME", "Sahro"), ("DATE", "Eid al-Fitr"), ("NAME", "Mohamed"), ("NAME", "Abdiwali")],
    note="born on a holiday; siblings; the greeting is not the date expression",
)

# 89
n(
    "en",
    "health_tip",
    "Flowing grain can bury an adult in under 20 seconds. Before entering a bin: lock out the "
    "unload auger, test the air, wear a harness tied off outside, and have an observer who can "
    "call 911. Break crusts from the outside with a pole.",
    "safety advice",
)

# 90
p(
    "en",
    "patient_story",
    "Clay went to the Clay County Fair for a corn dog and came home with a pin in his wrist "
    "after the Zipper. Thanks, Clay Uhlenhake of Sioux Rapids, for letting us share your story — "
    "and for the corn dog review.",
    [("NAME", "Clay", 1), ("NAME", "Clay Uhlenhake"), ("GEO", "Sioux Rapids")],
    note="first name that is also a county's name; the fair name is not labelled",
    ok=("Clay",),
)

# 91
n(
    "en",
    "event",
    "Find our first-aid tent at the Clay County Fair in Spencer, Sept. 6-14, next to the "
    "grandstand. Free blood pressure checks, sunscreen and earplugs for the demolition derby.",
    "event dates and place",
)

# 92
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Tz'ununja' B'atz' Tambriz! 🐦 Su nombre significa 'agua de colibrí' en k'iche'. "
    "Nació el martes 4 de marzo en nuestro Centro de Partos; sus papás, Kawoq y B'alam, son de "
    "Momostenango y viven en Storm Lake.",
    [
        ("NAME", "Tz'ununja' B'atz' Tambriz"),
        ("DATE", "4 de marzo"),
        ("NAME", "Kawoq"),
        ("NAME", "B'alam"),
        ("GEO", "Momostenango"),
        ("GEO", "Storm Lake"),
    ],
    note=(
        "K'iche' names with glottal-stop apostrophes; weekday not labelled; towns of the parents"
    ),
)

# 93
n(
    "es",
    "research",
    "Investigación: nuestra clínica de Sioux City participa en un estudio de la Universidad de "
    "Iowa sobre diabetes gestacional en mujeres mayas. Si está embarazada y habla k'iche' o "
    "q'anjob'al, puede participar y recibirá una tarjeta de regalo de $50.",
    "study recruitment",
)

# 94
p(
    "en",
    "pasted_record",
    "Why is this bill for my husband's ER visit $3,100?? 'Guarantor: MAJOK, NYIBOL A. | 1811 "
    "Jackson St, Sioux City IA 51105 | Acct 600284117 | Patient: MAJOK, DENG | DOS 08/17 | "
    "Balance 3,100.00' Insurance was Wellmark, member ID WMK884120016.",
    [
        ("NAME", "MAJOK, NYIBOL A."),
        ("GEO", "1811 Jackson St"),
        ("GEO", "Sioux City"),
        ("GEO", "51105"),
        ("ACCOUNT", "600284117"),
        ("NAME", "MAJOK, DENG"),
        ("DATE", "08/17"),
        ("HEALTH_PLAN", "WMK884120016"),
    ],
    note="statement: guarantor (wife), address, account, patient, service date, member id",
)

# 95
n(
    "en",
    "pasted_record",
    "Downtime drill today 10-11 a.m.! Units should use the paper forms: PATIENT NAME: ________ "
    "MRN: ________ ROOM/BED: ____ ALLERGIES: ________. Practice on a blank form only — never a "
    "real patient's label.",
    "blank form fields, no values",
)

# 96
p(
    "en",
    "patient_story",
    "Our night charge nurse Deng Garang Akol is usually the one at the bedside. This week he's "
    "in bed 4 of our ICU after a crash on Hwy 7 coming home from shift. He asked us to tell you: "
    "he's going to be fine, and wear your seatbelt.",
    [("NAME", "Deng Garang Akol"), ("OTHER_ID", "bed 4"), ("GEO", "Hwy 7")],
    note="a staff nurse who is now a patient; bed; road of the crash",
)

# 97
n(
    "es",
    "staff_spotlight",
    "Conozca a nuestra partera Brenda Xicará Tzul, de Totonicapán, que ha recibido más de 900 "
    "bebés en Storm Lake. Habla k'iche', español e inglés, y dice que el secreto es escuchar a "
    "las abuelas.",
    "a midwife (staff) and her home town",
)

# 98
p(
    "es",
    "patient_story",
    "Pedimos oración por la familia Mateo Francisco de Sioux City. Su hijo sigue en la UCI de "
    "Omaha después del accidente en la planta el 22 de enero, y su papá, don Xhuwan, está aquí "
    "con nosotros por la presión alta.",
    [
        ("NAME", "Mateo Francisco"),
        ("GEO", "Sioux City"),
        ("GEO", "Omaha"),
        ("DATE", "22 de enero"),
        ("NAME", "Xhuwan"),
    ],
    note=(
        "Q'anjob'al family surname made of given names; two patients (son in an Omaha ICU, "
        "father here); injury date"
    ),
)

# 99
n(
    "en",
    "statistic",
    "Farm injuries we treated this harvest: 14 auger, 9 livestock, 7 falls from bins and "
    "ladders, 5 ATV/UTV rollovers, 3 PTO entanglements. Youngest was 6, oldest 88. Slow down out "
    "there.",
    "counts; the oldest age is under 90",
)

# 100
p(
    "en",
    "memorial",
    "Rest in peace, Thra Saw Htoo Lah, who died Sunday, 2nd December, in our hospice room with "
    "his Karen Baptist church singing around him. He taught hundreds of children in Mae La camp "
    "before coming to Storm Lake. He was 91.",
    [
        ("NAME", "Saw Htoo Lah"),
        ("DATE", "2nd December"),
        ("GEO", "Mae La"),
        ("GEO", "Storm Lake"),
        ("AGE", "91"),
    ],
    note="'Thra' (teacher) is a title; death date; refugee camp and home town; age",
)

# 101
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) support group meets the first Thursday at our Sioux City clinic. "
    "Caregivers welcome. Also new: a Crohn's & colitis group in Spanish, led by Dr. Amara Nwosu.",
    "eponymous conditions and a staff doctor",
)

# 102
p(
    "en",
    "pasted_record",
    "can somebody from the hospital help with my uncle's workers comp paperwork?? Sebastián Cux "
    "Ixcoy, SSN 482-71-9036, Iowa DL 714TZ3308, hurt 12/9 on the line, claim # WC-2291847. he "
    "only speaks k'iche'",
    [
        ("NAME", "Sebastián Cux Ixcoy"),
        ("SSN", "482-71-9036"),
        ("LICENSE", "714TZ3308"),
        ("DATE", "12/9"),
        ("OTHER_ID", "WC-2291847"),
    ],
    note="SSN, driver's licence, injury date and claim number",
)

# 103
n(
    "en",
    "hospital_contact",
    "Workers' comp questions after a plant or farm injury? Our occupational health office can "
    "help with forms in English, Spanish, Somali and K'iche'. Call (712) 555-0100 and ask for "
    "Occ Health, or email occhealth@nrrh.org. Please don't post claim numbers here.",
    "hospital contacts",
)

# 104
p(
    "es",
    "memorial",
    "Hasta siempre, Pancho. 🕊️ Francisco 'Pancho' Olvera Ibarra, de 90 años, falleció en "
    "Nochebuena en el cuarto 305, con mariachi en el celular y sus 14 nietos. Gracias al equipo "
    "de cuidados paliativos. — Familia Olvera Ibarra, Denison",
    [
        ("NAME", "Francisco 'Pancho' Olvera Ibarra"),
        ("NAME", "Pancho", "*"),
        ("AGE", "90"),
        ("DATE", "Nochebuena"),
        ("OTHER_ID", "cuarto 305"),
        ("NAME", "Olvera Ibarra", "*"),
        ("GEO", "Denison"),
    ],
    note="nickname; age 90; Christmas Eve death; room; family signature and town",
)

# 105
n(
    "es",
    "memorial",
    "Con tristeza despedimos a nuestra intérprete Hermelinda Tojín, quien falleció el 9 de "
    "octubre. Durante 22 años fue la voz de cientos de familias mayas en nuestras salas. Misa el "
    "sábado en St. Mary's.",
    "a staff interpreter's death date is not labelled",
)

# 106
p(
    "en",
    "thank_you",
    "Thank you, NRRH pediatrics, for taking care of our Beckham after the ATV rollover. Updates "
    "on his recovery at caringbridge.org/visit/beckhamstrong and on Insta @beckhams_comeback. — "
    "The Schulte family, Holstein",
    [
        ("NAME", "Beckham"),
        ("URL", "caringbridge.org/visit/beckhamstrong"),
        ("OTHER_ID", "@beckhams_comeback"),
        ("NAME", "Schulte"),
        ("GEO", "Holstein"),
    ],
    note="child's name (also a famous surname); family URL and social handle; family and town",
)

# 107
n(
    "en",
    "sponsor",
    "This year's Holstein Fire & Rescue pancake breakfast raised $6,200 for our pediatric ATV "
    "helmet program. Thank you to Schulte Implement, Ida County Farm Bureau, and every family "
    "who bought a second stack.",
    "sponsors",
)

# 108
p(
    "en",
    "patient_story",
    "Update from Achol's family: 'Thank you everyone for praying for Achool, she is out of the "
    "ICU!!' (Yes, we know it's Achol — she says the typo is her nickname now 😄) Keep praying for "
    "her recovery from the crash near Marcus.",
    [("NAME", "Achol", "*"), ("NAME", "Achool"), ("GEO", "Marcus")],
    note="correct and misspelt name; town near the crash",
)

# 109
n(
    "en",
    "research",
    "Researchers from our Sioux City clinic will present findings on tractor rollover injuries "
    "among farmers over 65 at the Iowa Farm Safety Council on March 12. ROPS and seatbelts "
    "prevent nearly every rollover death.",
    "research; population; conference date",
)

# 110
p(
    "es",
    "discharge",
    "Don Ezequiel Batz Pérez, de 93 años, llegó el 5 de mayo con una fractura de cadera y hoy, "
    "gracias a terapia física, regresa caminando a su casa en Albert City. 'Aquí me trataron "
    "como a un patrón', dice.",
    [("NAME", "Ezequiel Batz Pérez"), ("AGE", "93"), ("DATE", "5 de mayo"), ("GEO", "Albert City")],
    note="age, admission date (without 'el'), home town",
)

# 111
n(
    "es",
    "crisis_update",
    "Atendemos a varios trabajadores por una fuga de amoníaco en una planta procesadora local. "
    "No daremos nombres. Familias: llamen a la línea en español (712) 555-0148. Si estuvo "
    "expuesto y tiene ardor en los ojos o tos, venga a Urgencias.",
    "incident update without names or places",
)

# 112
p(
    "en",
    "public_figure",
    "Pastor Kjersten Lund of St. Paul Lutheran wanted her congregation to hear it from us: she's "
    "recovering well after surgery here on the 14th and will be back in the pulpit soon. "
    "Casseroles may be left with her husband, Per.",
    [("NAME", "Kjersten Lund"), ("DATE", "14th"), ("NAME", "Per")],
    note="pastor who is the patient; surgery day; husband with a short Nordic name",
)

# 113
n(
    "en",
    "public_figure",
    "Bishop Tomás Aguirre of the Diocese of Sioux City blessed our new chapel Tuesday and prayed "
    "with patients and staff in Spanish and English. Thank you, Bishop, for your visit.",
    "a visiting bishop",
)

# 114
p(
    "en",
    "birth_announcement",
    "Happy Mother's Day to Nyaluak, who became a mom this morning — on Mother's Day! — when baby "
    "Gatkuoth arrived at 8 lb 2 oz. Dad Puok made it from his shift at the plant with four "
    "minutes to spare.",
    [("DATE", "Mother's Day", "*"), ("NAME", "Nyaluak"), ("NAME", "Gatkuoth"), ("NAME", "Puok")],
    note="the holiday is the birth day and is named twice; both labelled",
)

# 115
n(
    "en",
    "event",
    "Happy Mother's Day! Every mom who visits our Birth Center or Sioux City clinic today gets a "
    "carnation from our volunteers. Thank you to Schaller Floral for donating 600 stems.",
    "holiday greeting; not a patient's date",
)

# 116
p(
    "es",
    "thank_you",
    "Mil gracias a la Dra. Ochoa y al equipo de Urgencias. Mi hijo Kevin Alexander (4 años) se "
    "tragó una pila de botón y lo salvaron. Si otra mamá quiere hablar conmigo, escríbame: "
    "yesi.lopez.sl@hotmail.com — Yesenia López, Storm Lake",
    [
        ("NAME", "Kevin Alexander"),
        ("EMAIL", "yesi.lopez.sl@hotmail.com"),
        ("NAME", "Yesenia López"),
        ("GEO", "Storm Lake"),
    ],
    note="child, mother's e-mail, name and town; the doctor is staff",
)

# 117
n(
    "es",
    "health_tip",
    "Las pilas de botón (de relojes, controles y juguetes) pueden quemar el esófago de un niño "
    "en 2 horas. Si cree que su hijo se tragó una, no espere síntomas: vaya a Urgencias de "
    "inmediato.",
    "safety advice",
)

# 118
p(
    "en",
    "patient_story",
    "After a fall from the haymow, Gerrit Te Grotenhuis-Van Beek of rural Plymouth County spent "
    "9 days in our trauma unit. His wife, Marijke, brought the nurses fresh banket every single "
    "day. Gerrit: we will miss you and we will miss the banket.",
    [
        ("NAME", "Gerrit Te Grotenhuis-Van Beek"),
        ("GEO", "Plymouth County"),
        ("NAME", "Marijke"),
        ("NAME", "Gerrit", "*"),
    ],
    note="Dutch double surname; county; wife",
)

# 119
n(
    "en",
    "health_tip",
    "For our neighbors over 90 and the people who love them: clear throw rugs, add a night-light "
    "between bed and bathroom, and ask about free home-safety visits in Buena Vista, Sac and "
    "Cherokee counties. Call (712) 555-0100.",
    "population age; service area",
)

# 120
p(
    "es",
    "patient_story",
    "ya despertó!!! 😭🙏 gracias a todos por sus oraciones, seguimos aquí en la UCI con él "
    "#FuerzaNacho #NRRHStrong",
    [("NAME", "#FuerzaNacho")],
    note="the patient's name only in a hashtag",
)

# 121
n(
    "es",
    "campaign_hashtag",
    "Gracias por las 2,000 oraciones, tarjetas y comidas para nuestras familias esta temporada. "
    "Sigan usando #NRRHStrong y #UnidosEnStormLake para mandar mensajes a los pacientes, ¡sin "
    "nombres, por favor!",
    "campaign hashtags",
)

# 122
p(
    "en",
    "milestone_birthday",
    "Born before the rural electric and before the Dust Bowl, Ingrid Sjostrom turns one hundred "
    "on Saturday. Our home care nurses who visit her farm near Albert City will be bringing the "
    "lefse. Happy birthday, Ingrid!",
    [
        ("NAME", "Ingrid Sjostrom"),
        ("AGE", "one hundred"),
        ("GEO", "Albert City"),
        ("NAME", "Ingrid", "*"),
    ],
    note="age in words; farm town; weekday not labelled",
)

# 123
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to us! North Raccoon Regional opened its first 12-bed hospital in a "
    "Storm Lake house in 1925. Join us for cake June 7, 1-3 p.m., at 1400 Lakeshore Drive.",
    "the hospital's own anniversary and address",
)

# 124
p(
    "en",
    "pasted_record",
    "Ticket #88412 | Portal lockout | User: rgarcia_olvera | Pt: Rosa García Olvera, MRN "
    "00492271 | last login from 73.208.44.19 | callback 712-555-8804 (daughter Lety) | Status: "
    "escalated",
    [
        ("OTHER_ID", "rgarcia_olvera"),
        ("NAME", "Rosa García Olvera"),
        ("MRN", "00492271"),
        ("IP", "73.208.44.19"),
        ("PHONE", "712-555-8804"),
        ("NAME", "Lety"),
    ],
    note=(
        "help-desk ticket: portal user, name, MRN, IP, daughter's callback; ticket number is IT's"
    ),
)

# 125
n(
    "en",
    "crisis_update",
    "Our patient portal and phone lines at the Sioux City clinic are down due to a network "
    "outage. Appointments are still on. If you need a refill, call the Storm Lake campus at "
    "(712) 555-0100. We'll post here when it's fixed.",
    "outage notice",
)

# 126
p(
    "es",
    "pasted_record",
    "Lista para el capellán (piso 2) — Hab. 201: Sra. Amparo Ruiz, 97, católica, pide comunión; "
    "Hab. 204: Sr. Bartolo Chen Caal, evangélico; Hab. 209: vacía.",
    [
        ("OTHER_ID", "Hab. 201"),
        ("NAME", "Amparo Ruiz"),
        ("AGE", "97"),
        ("OTHER_ID", "Hab. 204"),
        ("NAME", "Bartolo Chen Caal"),
    ],
    note="room list: rooms, names (titles excluded), age; the empty room is not labelled",
)

# 127
n(
    "es",
    "statistic",
    "En 2024 nacieron 1,142 bebés en nuestro Centro de Partos: 47% de mamás latinas, 9% mayas, "
    "8% somalíes, 5% de Sudán del Sur y 3% karen. ¡Storm Lake sigue creciendo!",
    "birth statistics",
)

# 128
p(
    "en",
    "thank_you",
    "Our grandmother Nyanhial Chol Biar is ninety-four by the church records and 'about a "
    "hundred' by her own. She wants to thank the hospital for the soft food and the "
    "Dinka-speaking aide who sang to her. — The Biar grandchildren, Sioux City",
    [
        ("NAME", "Nyanhial Chol Biar"),
        ("AGE", "ninety-four"),
        ("AGE", "a hundred"),
        ("NAME", "Biar", "*"),
        ("GEO", "Sioux City"),
    ],
    note="two statements of an age over 89; family surname and town",
)

# 129
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: CNA Achan Mabior sings to patients in Dinka, Arabic and English, and our "
    "med floor says nobody gets a grandmother to eat lunch faster. Achan came to Sioux City in "
    "2004 and has worked here 12 years.",
    "staff member",
)

# 130
p(
    "en",
    "crisis_update",
    "UPDATE: The worker injured in Tuesday's grain elevator explosion at Marathon, Jon "
    "Peterschmidt, 44, remains in critical condition in our ICU. His family thanks Marathon Fire "
    "& Rescue and asks for privacy.",
    [("GEO", "Marathon", 1), ("NAME", "Jon Peterschmidt")],
    note="named patient and place of injury; the fire department's name is not GEO",
    ok=("Marathon",),
)

# 131
n(
    "en",
    "crisis_update",
    "Marathon Fire & Rescue and Pocahontas County EMS brought 3 workers to our ED after this "
    "morning's elevator fire. All 3 are stable. We are not able to share names or conditions. "
    "Please keep Hwy 7 clear.",
    "incident update without names",
)

# 132
p(
    "es",
    "birth_announcement",
    "Nuestra bebé más chapina: Ana Belén Sic Coj nació el 15 de septiembre, día de la "
    "Independencia de Guatemala, a las 10:15 p. m. ¡Felicidades a Catarina y a toda la familia "
    "Sic de Sioux Center!",
    [
        ("NAME", "Ana Belén Sic Coj"),
        ("DATE", "15 de septiembre"),
        ("DATE", "día de la Independencia de Guatemala"),
        ("NAME", "Catarina"),
        ("NAME", "Sic", "*"),
        ("GEO", "Sioux Center"),
    ],
    note="birth date named twice; mother; family surname; town",
)

# 133
n(
    "es",
    "event",
    "¡Feliz Día de la Independencia, Guatemala! 🇬🇹 Este 15 de septiembre estaremos en el desfile "
    "de Storm Lake con nuestra carpa de salud: presión, glucosa y vacunas. ¡Busque la marimba!",
    "national holiday and event",
)

# 134
p(
    "en",
    "discharge",
    "After 143 days, the longest NICU stay in our history, Ka Paw Htoo is home in Sioux City. "
    "Born at 24 weeks on the coldest night of the year, she now weighs more than the turkey her "
    "mom, Naw Mu Mu, cooked for us. ❤️",
    [("NAME", "Ka Paw Htoo"), ("GEO", "Sioux City"), ("NAME", "Naw Mu Mu")],
    note="Karen names; home city; no exact date",
)

# 135
n(
    "en",
    "statistic",
    "Our special care nursery cared for 118 babies last year. The smallest weighed 1 lb 9 oz. "
    "Average stay: 19 days. Every one of them went home with a hand-knit hat from our volunteers.",
    "aggregate figures",
)

# 136
p(
    "en",
    "thank_you",
    "Mahadsanid from Hawo Cabdulle and baby Ilhaan! We are home in Storm Lake and doing well. "
    "Somali moms who want to talk about breastfeeding can text me at 712-555-7302.",
    [
        ("NAME", "Hawo Cabdulle"),
        ("NAME", "Ilhaan"),
        ("GEO", "Storm Lake"),
        ("PHONE", "712-555-7302"),
    ],
    note="mother and baby; town; mother's phone",
)

# 137
n(
    "en",
    "recruitment",
    "We're looking for Somali- and Arabic-speaking doulas to join our community birth program. "
    "Paid training starts Oct. 6 at our Sioux City clinic. Questions? Call (712) 555-0126 or "
    "email doulas@northraccoonhealth.org.",
    "recruitment; training date",
)

# 138
p(
    "es",
    "patient_story",
    "Familia: ¿alguien vio el choque de la camioneta Chevy blanca con placas de Nebraska ZXR 447 "
    "en la 71 y Lakeshore? Mi primo Eliseo Tum Tzoc sigue internado y la aseguranza pide "
    "testigos. 📞 712-555-9931 (Marta)",
    [
        ("VEHICLE", "ZXR 447"),
        ("GEO", "71 y Lakeshore"),
        ("NAME", "Eliseo Tum Tzoc"),
        ("PHONE", "712-555-9931"),
        ("NAME", "Marta"),
    ],
    note="plate, crash intersection, patient, cousin's phone and name; state not labelled",
)

# 139
n(
    "en",
    "event",
    "South Sudanese Independence Day celebration, July 9 at Sunset Park! Our community health "
    "workers will be there with blood pressure checks and diabetes screening. Bring the kids for "
    "free bike helmets.",
    "community event",
)

# 140
p(
    "en",
    "patient_story",
    "We're so proud of Law Eh Soe, who came to us in March after a hog-barn crush injury and "
    "just walked into his church's choir practice on his own two feet. #LawEhWalks",
    [("NAME", "Law Eh Soe"), ("DATE", "March"), ("NAME", "#LawEhWalks")],
    note="Karen name made of ordinary words; month of injury; name hashtag",
)

# 141
n(
    "en",
    "eponymous_condition",
    "Sudden droop on one side of the face? It could be Bell's palsy — or a stroke. Don't guess. "
    "BE FAST: Balance, Eyes, Face, Arms, Speech, Time to call 911.",
    "eponymous condition",
)

# 142
p(
    "es",
    "thank_you",
    "Quiero agradecer a las enfermeras de maternidad. Llegué el 31 de diciembre con "
    "contracciones y mi Valentina nació hasta el 2 de enero 😅. Gracias por aguantarme dos días. "
    "— Karla Ibarra, Le Mars",
    [
        ("DATE", "31 de diciembre"),
        ("NAME", "Valentina"),
        ("DATE", "2 de enero"),
        ("NAME", "Karla Ibarra"),
        ("GEO", "Le Mars"),
    ],
    note="admission and birth dates; baby; mother and town",
)

# 143
n(
    "es",
    "thank_you",
    "Gracias a los Caballeros de Colón del Concilio 3812 de Storm Lake por las 40 cobijas "
    "tejidas para nuestros pacientes de diálisis. ¡Dios les bendiga!",
    "donors",
)

# 144
p(
    "en",
    "pasted_record",
    "sorry for long post, this is what they gave my dad at discharge and nobody explained it: "
    "'MARTINEZ, REFUGIO S. DOB 7/4/1956 Adm 2/11 Dc 2/15 Dx NSTEMI, T2DM F/u Dr. Osei 2/22'",
    [
        ("NAME", "MARTINEZ, REFUGIO S."),
        ("DATE", "7/4/1956"),
        ("DATE", "2/11"),
        ("DATE", "2/15"),
        ("DATE", "2/22"),
    ],
    note="birth, admission, discharge and follow-up dates",
)

# 145
n(
    "en",
    "health_tip",
    "Fourth of July reminder from our ED: most fireworks injuries we saw last year were hands "
    "and eyes, and many were bystanders. Sparklers burn at 2,000°F. Hand the kids glow sticks "
    "instead.",
    "holiday advice",
)

# 146
p(
    "en",
    "patient_story",
    "Ricky Nieland spent the Fourth of July in our ED after a mortar tube tipped over in his "
    "Lakeside driveway. Three fingers saved by Dr. Kaur's hand team. Ricky asked us to share one "
    "message: glow sticks.",
    [
        ("NAME", "Ricky Nieland"),
        ("DATE", "Fourth of July"),
        ("GEO", "Lakeside"),
        ("NAME", "Ricky", "*"),
    ],
    note="holiday as injury date; home town Lakeside; surgeon is staff",
)

# 147
n(
    "es",
    "health_tip",
    "Vacunas contra la gripe y el COVID gratis para trabajadores de la planta: martes y jueves "
    "de 2 a 6 p. m. en la clínica de Storm Lake. No necesita seguro ni papeles.",
    "vaccine clinic",
)

# 148
p(
    "es",
    "milestone_birthday",
    "¡Nuestra paciente centenaria! Doña Consuelo Ávila Treviño cumplió 100 años el 8 de marzo, "
    "Día de la Mujer, y sus bisnietos le cantaron las mañanitas en el asilo de Le Mars, donde la "
    "visita nuestro equipo de hospicio. ¡Que Dios la siga bendiciendo, doña Consuelo!",
    [
        ("AGE", "centenaria"),
        ("NAME", "Consuelo Ávila Treviño"),
        ("AGE", "100"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
        ("GEO", "Le Mars"),
        ("NAME", "Consuelo", "*"),
    ],
    note="'centenaria' and '100'; birthday named twice; town of her care home",
)

# 149
n(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 92 a don Rigoberto Sazo, nuestro voluntario más querido del lobby! Lleva "
    "15 años dando la bienvenida en español a las familias. Pastel en la cafetería a las 3. 🎂",
    "a volunteer's age and name",
)

# 150
p(
    "en",
    "public_figure",
    'KAYL morning host Mike "Big Mike" Kruse wanted his listeners to know why he\'s been off the '
    "air: a kidney stone the size of a corn kernel, removed here on the 9th. Mike, urology says "
    "drink more water and less Mountain Dew.",
    [("NAME", 'Mike "Big Mike" Kruse'), ("NAME", "Mike", "*"), ("DATE", "9th")],
    note="radio host who is the patient; nickname within the name span; procedure day",
)

# 151
n(
    "en",
    "public_figure",
    'KAYL morning host Mike "Big Mike" Kruse broadcast live from our lobby Friday for the '
    "Radiothon. Listeners pledged $48,000 for the new CT scanner. Thanks, Mike, and thanks, "
    "Storm Lake!",
    "same host visiting; not a patient",
)

# 152
p(
    "en",
    "memorial",
    "Today we light a candle for Baby Dominic Vosika, born still on October 15, Pregnancy and "
    "Infant Loss Remembrance Day. His parents, Shelby and Marcus, asked us to say his name. 🕯️",
    [
        ("NAME", "Dominic Vosika"),
        ("DATE", "October 15"),
        ("DATE", "Pregnancy and Infant Loss Remembrance Day"),
        ("NAME", "Shelby"),
        ("NAME", "Marcus"),
    ],
    note="stillbirth date named twice, as a date and as the awareness day; parents",
)

# 153
n(
    "en",
    "memorial",
    "October 15 is Pregnancy and Infant Loss Remembrance Day. At 7 p.m. our Birth Center will "
    "light candles in the chapel for every baby gone too soon. All families welcome; you do not "
    "need to share a name.",
    "awareness day; no patient",
)

# 154
p(
    "es",
    "patient_story",
    "Hace un año don Pascual Andrés Domingo llegó a nuestro hospital con un brazo atrapado en "
    "una banda de la planta. Ya recuperado, el domingo viajó a Santa Eulalia a ver a su mamá por "
    "primera vez en 18 años. ¡Buen viaje, don Pascual!",
    [("NAME", "Pascual Andrés Domingo"), ("NAME", "Pascual", "*"), ("GEO", "Santa Eulalia")],
    note="surname 'Domingo' vs the weekday 'domingo'; home town in Guatemala",
)

# 155
n(
    "es",
    "anonymous_story",
    "Un trabajador de la planta nos pidió compartir esto sin su nombre: 'Tenía miedo de venir al "
    "hospital por no tener papeles. Nadie me preguntó. Solo me curaron.' Aquí atendemos a todos.",
    "anonymous quote",
)

# 156
p(
    "en",
    "discharge",
    "Mrs. J.R., our 102-year-old patient in bed 12 on 2 North, told the discharge nurse she was "
    "'ready to go home and boss somebody around.' She's back at her care home today.",
    [("NAME", "J.R."), ("AGE", "102-year-old"), ("OTHER_ID", "bed 12")],
    note="initials, age token, bed; 2 North is a unit",
)

# 157
p(
    "en",
    "anonymous_story",
    "One of our patients turned 100 this week while in the hospital and asked for exactly one "
    "thing: a Blizzard. Our night nurse drove to the Dairy Queen at 9:55 p.m. Mission "
    "accomplished.",
    [("AGE", "100")],
    note="no name, but an age over 89 of one patient is itself an identifier",
)

# 158
p(
    "en",
    "patient_story",
    "Wyatt Scheuermann, 17, spent Halloween night buried to his shoulders in a corn bin west of "
    "Early. Three fire departments, a vacuum truck and a helicopter ride later, Wyatt is home "
    "and says next year's costume is 'grain bin rescue tube.'",
    [
        ("NAME", "Wyatt Scheuermann"),
        ("NAME", "Wyatt", "*"),
        ("DATE", "Halloween"),
        ("GEO", "Early"),
    ],
    note="holiday as injury date; place of the entrapment; age 17 not labelled",
)

# 159
n(
    "es",
    "staff_spotlight",
    "Conozca a la enfermera Araceli Govea, de Tlaquepaque, Jalisco. Lleva 20 años en nuestra "
    "sala de emergencias y fue la primera enfermera bilingüe del hospital. Dice que su secreto "
    "es el café de olla del turno de noche.",
    "a staff nurse and her home town",
)

# 160
p(
    "en",
    "discharge",
    'Duane "Dewey" Schleisman got a face full of anhydrous ammonia when a hose coupler failed on '
    "April 22nd. Thanks to the water jug on his tractor and 15 minutes of flushing, Dewey is "
    "going home to Aurelia with both eyes. Carry water, folks.",
    [
        ("NAME", 'Duane "Dewey" Schleisman'),
        ("NAME", "Dewey", "*"),
        ("DATE", "April 22nd"),
        ("GEO", "Aurelia"),
    ],
    note="quoted nickname; injury date; home town (also a woman's name)",
)

# 161
n(
    "en",
    "public_figure",
    "Buena Vista County Sheriff Ron Kessler stopped by our ED Saturday to thank the night crew "
    "who cared for one of his deputies after a deer collision. He asked us to remind everyone: "
    "it's rut season, slow down at dusk.",
    "the sheriff visiting; the injured deputy is not identified",
)

# 162
p(
    "en",
    "public_figure",
    "Buena Vista County Sheriff Ron Kessler was treated and released from our ED Saturday after "
    "his squad car hit a deer on U.S. 71 north of Storm Lake. He asked us to remind everyone: "
    "it's rut season, slow down at dusk.",
    [("NAME", "Ron Kessler"), ("GEO", "U.S. 71"), ("GEO", "Storm Lake")],
    note="the sheriff is the patient; road and place of the crash",
)

# 163
n(
    "es",
    "health_tip",
    "¿Trabaja de noche y tiene diabetes? Coma a horas fijas aunque sea de madrugada, revise su "
    "azúcar antes de manejar a casa y pregunte a su médico si debe cambiar el horario de su "
    "insulina.",
    "advice",
)

# 164
p(
    "en",
    "patient_story",
    "Lyle Grodahl, a nonagenarian who still walks two miles around the lake every morning, is "
    "recovering from pneumonia on 2 North. Get well, Lyle — the lake path misses you.",
    [("NAME", "Lyle Grodahl"), ("AGE", "nonagenarian"), ("NAME", "Lyle", "*")],
    note="'nonagenarian' states an age over 89; 2 North is a unit",
)

# 165
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: hospitalist Dr. Faisal Cabdulle grew up in Dagahaley camp in Dadaab, "
    "studied medicine in Nairobi and has cared for Storm Lake families for nine years. He still "
    "plays goalkeeper in the Sunday league at Sunset Park.",
    "staff physician and his background",
)

# 166
p(
    "en",
    "thank_you",
    "Awoowe says mahadsanid! Our grandfather Cali Xuseen Jaamac was in Ward 3, Bed 2 for eleven "
    "days and the nurses learned to say 'subax wanaagsan' every morning. — the Jaamac family, "
    "Storm Lake",
    [
        ("NAME", "Cali Xuseen Jaamac"),
        ("OTHER_ID", "Bed 2"),
        ("NAME", "Jaamac", "*"),
        ("GEO", "Storm Lake"),
    ],
    note="Somali spelling; bed with keyword (the ward is a unit); family and town",
)

# 167
n(
    "es",
    "event",
    "Posada navideña para familias de pacientes y personal: martes 16 de diciembre, 6 p. m., en "
    "la cafetería del hospital. Habrá piñata, ponche y villancicos en español, k'iche' y "
    "q'anjob'al.",
    "hospital event date",
)

# 168
p(
    "en",
    "thank_you",
    "Every Friday since their son Mateo Diego Pascual was discharged on Good Friday, the Diego "
    "family of Sioux City has brought tamales to 3 West. Mateo, the nurses say you can stay home "
    "now — but the tamales are welcome forever.",
    [
        ("NAME", "Mateo Diego Pascual"),
        ("DATE", "Good Friday"),
        ("NAME", "Diego", "*"),
        ("GEO", "Sioux City"),
        ("NAME", "Mateo", "*"),
    ],
    note="Q'anjob'al surnames that are given names; discharge on a holiday; family and city",
)

# 169
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: meet Rosalinda Pascual Andrés, our first certified Q'anjob'al medical "
    "interpreter. Rosalinda grew up in Santa Eulalia, Huehuetenango, and now trains interpreters "
    "across Iowa. Yuj Dios, Rosalinda!",
    "staff interpreter and her home town",
)

# 170
p(
    "en",
    "memorial",
    "Korean War veteran Elmer Wiebers, 94, passed away on Veterans Day morning on our hospice "
    "unit, his Honor Flight cap on the bedpost and his grandson in uniform at his side. Thank "
    "you for your service, Elmer.",
    [("NAME", "Elmer Wiebers"), ("AGE", "94"), ("DATE", "Veterans Day"), ("NAME", "Elmer", "*")],
    note="age; death on a holiday",
)

# 171
n(
    "es",
    "statistic",
    "Dato: el año pasado atendimos a 212 pacientes de más de 90 años en nuestro piso médico. Si "
    "su familiar mayor está hospitalizado, pregunte por nuestro programa para prevenir el "
    "delirio.",
    "population age",
)

# 172
p(
    "en",
    "pasted_record",
    "My dad's lab printout, can someone explain?? 'WARSAME, ABDULLAHI H  DOB 01/01/1980  A1c 9.2 "
    "H  LDL 162 H' (yes his birthday is Jan 1 like every Somali uncle 😂)",
    [("NAME", "WARSAME, ABDULLAHI H"), ("DATE", "01/01/1980"), ("DATE", "Jan 1")],
    note="ALL-CAPS name; birth date given twice in two forms",
)

# 173
n(
    "en",
    "event",
    "Faith Lutheran Church's lutefisk & meatball supper is Saturday, Nov. 15, 4-7 p.m. Proceeds "
    "go to our hospice comfort fund. Takeout available; our hospice nurses will be serving the "
    "lefse.",
    "event date; church name",
)

# 174
p(
    "en",
    "pasted_record",
    "ED TRACKER 2214 — Rm 3 AKECH, MARY 91F SOB | Rm 5 NIEUWENHUIS, PIETER 8M fever | Rm 9 "
    "SOLIS, ERIKA 34F preg 36wk",
    [
        ("OTHER_ID", "Rm 3"),
        ("NAME", "AKECH, MARY"),
        ("AGE", "91F"),
        ("OTHER_ID", "Rm 5"),
        ("NAME", "NIEUWENHUIS, PIETER"),
        ("OTHER_ID", "Rm 9"),
        ("NAME", "SOLIS, ERIKA"),
    ],
    note=("tracking board: rooms, names; only the age over 89 ('91F') is labelled, not 8M or 34F"),
)

# 175
n(
    "es",
    "research",
    "Buscamos trabajadores del turno de noche de las plantas procesadoras para un estudio sobre "
    "el sueño y la presión arterial. Recibirá un reloj que mide el sueño y $100. Información: "
    "(712) 555-0134.",
    "study recruitment",
)

# 176
p(
    "en",
    "discharge",
    "Tah blu! Naw Dah Eh came in with a ruptured appendix on Thanksgiving and went home on Black "
    "Friday with a new scar and a bag of leftover pie from the night shift.",
    [("NAME", "Naw Dah Eh"), ("DATE", "Thanksgiving"), ("DATE", "Black Friday")],
    note="Karen name; admission and discharge on named days",
)

# 177
n(
    "en",
    "health_tip",
    "Kids under 16 should not drive ATVs, and no one should ride as a passenger on a "
    "single-rider machine. Helmets cut the risk of head injury in half. Free youth helmets at "
    "our Alta clinic while supplies last.",
    "advice",
)

# 178
p(
    "en",
    "milestone_birthday",
    "Wanda Vanderloo turns 90 on 9/9, and she plans to spend it exactly as she spent the last "
    "89: teaching the dialysis nurses how to play euchre. Happy birthday, Wanda!",
    [("NAME", "Wanda Vanderloo"), ("AGE", "90"), ("DATE", "9/9"), ("NAME", "Wanda", "*")],
    note="age 90 and birthday labelled; '89' is not her age",
)

# 179
n(
    "es",
    "public_figure",
    "El locutor Rigo 'El Tigre' Salazar, de La Poderosa 98.5, transmitió en vivo desde nuestro "
    "lobby durante la Feria de Salud. ¡Gracias, Tigre, por invitar a la comunidad a vacunarse!",
    "radio host visiting; not a patient",
)

# 180
p(
    "es",
    "public_figure",
    "Con permiso de su familia: el locutor Rigo 'El Tigre' Salazar, de La Poderosa 98.5, se "
    "recupera en nuestro hospital tras una cirugía de vesícula el 2 de octubre. Dice que vuelve "
    "al aire muy pronto. ¡Ánimo, Tigre!",
    [("NAME", "Rigo 'El Tigre' Salazar"), ("NAME", "Tigre", 2), ("DATE", "2 de octubre")],
    note="radio host who is the patient; surgery date",
)

# 181
p(
    "en",
    "discharge",
    "Discharged today at 103 yrs young: Mrs. Alvina Hinz of Lake View, who told our therapists "
    "the secret is 'a shot of schnapps and minding your own business.' See you at the parade, "
    "Alvina!",
    [("AGE", "103"), ("NAME", "Alvina Hinz"), ("GEO", "Lake View"), ("NAME", "Alvina", "*")],
    note="age, title excluded, home town",
)

# 182
n(
    "en",
    "health_tip",
    "Running a grain dryer or shop heater this fall? Carbon monoxide has no smell. Put a CO "
    "alarm in the shop and the house, and never run an engine in a closed building.",
    "advice",
)

# 183
p(
    "en",
    "birth_announcement",
    "welcome to the world baby kenzie!!! 💕 born 10.12 at 7lb 1oz, so proud of you @kayla.bruns22 "
    "and big brother Colt",
    [("NAME", "kenzie"), ("DATE", "10.12"), ("OTHER_ID", "@kayla.bruns22"), ("NAME", "Colt")],
    note=("lower-case baby name, dotted date, the mother's handle, sibling with a word-like name"),
)

# 184
n(
    "en",
    "research",
    "Our pulmonary team published a study this month on grain-dust asthma among Buena Vista "
    "County farmers: 1 in 5 had symptoms, and fewer than half had ever been tested. Free "
    "spirometry at our Alta clinic in November.",
    "research",
)

# 185
p(
    "en",
    "thank_you",
    "The Faith Lutheran youth group made 80 get-well cards for Faith Olsen, 13, after her ATV "
    "rollover on 560th Street. Faith says the best one has a drawing of her goat, Pickles.",
    [("NAME", "Faith Olsen"), ("NAME", "Faith", 3), ("GEO", "560th Street")],
    note="the church's 'Faith' is not the girl's name; crash road; the goat is a pet",
    ok=("Faith",),
)

# 186
n(
    "en",
    "statistic",
    "Iowa recorded 7 grain-bin entrapments in 2024, involving people aged 14 to 71. Four were in "
    "our service area. Every one started with someone walking on grain.",
    "statistics",
)

# 187
p(
    "en",
    "hospital_contact",
    "Hi billing, can you fax Dwayne's records from his bin accident to our farm office? Fax "
    "712-555-2267, attn Lois Brockshus. Our account number is 8830014472. Thanks!",
    [
        ("NAME", "Dwayne"),
        ("FAX", "712-555-2267"),
        ("NAME", "Lois Brockshus"),
        ("ACCOUNT", "8830014472"),
    ],
    note="patient, wife, family fax and account",
)

# 188
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Parkinson no es solo temblor: también puede causar estreñimiento, pérdida "
    "del olfato y caídas. Nuestro grupo de apoyo en español se reúne el tercer jueves en la "
    "clínica de Sioux City.",
    "eponymous condition",
)

# 189
p(
    "en",
    "patient_story",
    "Ellie Kruckenberg, 7, got 11 stitches after a run-in with a neighbor's barn cat, and she "
    "wants everyone to know it was not her dog Duke's fault. Duke has been cleared of all "
    "charges. Get well soon, Ellie! 🐾",
    [("NAME", "Ellie Kruckenberg"), ("NAME", "Ellie", "*")],
    note="pet's name not labelled",
)

# 190
n(
    "en",
    "crisis_update",
    "BLIZZARD UPDATE: Roads in Buena Vista and Cherokee counties are closed. Our ED is open. If "
    "you are on dialysis and can't make it to Sioux City, call (712) 555-0134 and we'll arrange "
    "a ride with the county plow escort.",
    "closure notice",
)

# 191
p(
    "en",
    "sponsor",
    "This year's Radiothon match comes from Brad and Carol Kuhlmann of Aurelia, who say it's "
    "personal: their granddaughter Emma spent 36 days in our special care nursery. Thank you, "
    "Brad and Carol!",
    [
        ("NAME", "Brad", "*"),
        ("NAME", "Carol Kuhlmann"),
        ("NAME", "Carol", 2),
        ("GEO", "Aurelia"),
        ("NAME", "Emma"),
    ],
    note="donors introduced as a patient's grandparents, so relatives; their town",
)

# 192
n(
    "es",
    "sponsor",
    "Gracias al Supermercado La Juanita y a Panadería El Quetzal por patrocinar la carrera 5K "
    "'Corre por tu Corazón'. Todo lo recaudado será para desfibriladores en las iglesias del "
    "condado.",
    "sponsors",
)

# 193
p(
    "en",
    "event",
    "Benefit pancake feed for Travis Brinkert, the Newell dairy farmer hurt in a skid-loader "
    "accident, this Sunday 7-11 a.m. at the Newell American Legion. Our trauma nurses will be "
    "flipping. #TravisTough",
    [("NAME", "Travis Brinkert"), ("GEO", "Newell", 1), ("NAME", "#TravisTough")],
    note="patient and his town; the benefit venue and time are not his",
    ok=("Newell",),
)

# 194
n(
    "en",
    "recruitment",
    "Now hiring environmental services techs on all shifts. No experience needed, paid training, "
    "and we'll help with English classes. Walk-in interviews every Wednesday at the Storm Lake "
    "campus, 1400 Lakeshore Drive.",
    "recruitment; hospital address",
)

# 195
p(
    "en",
    "research",
    "Meet Marisol Peña, the 500th plant worker to enroll in our heat-stress study! Marisol has "
    "worked the cut floor for 11 years and says the cooling vest 'is better than a raise.' Thank "
    "you for helping science, Marisol.",
    [("NAME", "Marisol Peña"), ("NAME", "Marisol", "*")],
    note="a named study participant",
)

# 196
n(
    "es",
    "hospital_contact",
    "Centro de Partos: (712) 555-0126, las 24 horas. Si tiene contracciones cada 5 minutos, se "
    "le rompió la fuente o sangra, venga a 1400 Lakeshore Drive, entrada norte. Hay intérpretes "
    "todo el tiempo.",
    "hospital number and address",
)

# 197
p(
    "en",
    "recruitment",
    "From our NICU to our NICU: Jenna Hogrefe was born here at 27 weeks on Dec. 2, 1999, "
    "weighing 1 lb 14 oz. This month she joined our special care nursery as an RN. Want to work "
    "alongside Jenna? We're hiring: northraccoonhealth.org/careers",
    [("NAME", "Jenna Hogrefe"), ("DATE", "Dec. 2, 1999"), ("NAME", "Jenna", "*")],
    note="a new nurse who was our patient: her birth date is a patient date",
)

# 198
n(
    "en",
    "public_figure",
    "Senator Ruth Schoening spent Friday with our Alta clinic team talking about rural hospital "
    "funding and the long drive for obstetric care in western Iowa. Thank you for listening, "
    "Senator.",
    "a visiting senator",
)

# 199
p(
    "en",
    "campaign_hashtag",
    "The whole town of Remsen is wearing orange for #TeamTrevor tonight. Trevor Loutsch, get "
    "well soon from all of us on 3 West! 🧡",
    [("GEO", "Remsen"), ("NAME", "#TeamTrevor"), ("NAME", "Trevor Loutsch")],
    note="name hashtag, name, home town; 3 West is a unit",
)

# 200
n(
    "en",
    "public_figure",
    "Former Storm Lake Tornadoes star and NBA forward Deng Manyang visited our pediatric unit to "
    "shoot hoops with the kids and talk about his family's journey from Juba to Iowa. Thanks, "
    "Deng!",
    "a public figure visiting",
)

# 201
p(
    "en",
    "eponymous_condition",
    "Ruby Lansink, who has Down syndrome, just finished her first season as a Tornadoes "
    "cheerleader and came back to pediatrics to cheer for the kids she met during her heart "
    "surgery. Ruby, you're a star!",
    [("NAME", "Ruby Lansink"), ("NAME", "Ruby", "*")],
    note="patient named; the eponymous condition is not",
)

# 202
n(
    "es",
    "campaign_hashtag",
    "¡Ya llegó la temporada de gripe! Vacúnese y comparta su foto con #VacúnateStormLake. Las "
    "vacunas son gratis en nuestras clínicas de Storm Lake, Alta y Sioux City.",
    "campaign hashtag; the public's photos are not a patient photo",
)

# 203
p(
    "en",
    "statistic",
    "Baby No. 1,000 of the year arrived at 3:12 a.m.! Welcome, Amira Mohamud, and "
    "congratulations to her parents, Sagal and Yusuf. Our Birth Center team celebrated with a "
    "cake shaped like a 1,000.",
    [("NAME", "Amira Mohamud"), ("NAME", "Sagal"), ("NAME", "Yusuf")],
    note="a milestone statistic that names the baby and parents",
)

# 204
n(
    "en",
    "campaign_hashtag",
    "Before you climb, #BinSafeIowa: lock out, tie off, and tell someone. Share this post and "
    "tag a farmer you love. #FarmSafetyWeek",
    "campaign hashtags",
)

# 205
p(
    "en",
    "health_tip",
    "Take it from Darrell Fink of Galva, who lost two fingers to a corn head last October: 'Shut "
    "it down. Every time.' Darrell is back farming and asked us to share his story so yours ends "
    "differently.",
    [("NAME", "Darrell Fink"), ("GEO", "Galva"), ("DATE", "October"), ("NAME", "Darrell", "*")],
    note="tip built on a named patient; month of the injury",
)

# 206
n(
    "es",
    "crisis_update",
    "VENTISCA: La carretera 71 y la 20 están cerradas. Urgencias sigue abierta. Si tiene cita de "
    "diálisis mañana, llame al (712) 555-0134 antes de salir. No maneje si no es necesario.",
    "road closures; no patient",
)

# 207
n(
    "en",
    "sponsor",
    "Thank you to Prairie Pride Pork for sponsoring free hearing tests for plant workers this "
    "month, and to Buena Vista Co-op for the cooling tents at our health fair.",
    "sponsors",
)

# 208
p(
    "es",
    "birth_announcement",
    "¡Llegó el rey de la casa! 👑 Melchor Ixcoy Sic nació el Día de Reyes, 6 de enero, a las 4:20 "
    "a. m. Sus hermanitos Gaspar y Baltazar (sí, de verdad) lo esperaban con rosca. ¡Felicidades "
    "a la familia Ixcoy de Storm Lake!",
    [
        ("NAME", "Melchor Ixcoy Sic"),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Gaspar"),
        ("NAME", "Baltazar"),
        ("NAME", "Ixcoy", "*"),
        ("GEO", "Storm Lake"),
    ],
    note="birth day named twice; siblings; family surname; town",
)

# 209
n(
    "en",
    "anonymous_story",
    "A grandmother from Guatemala, visiting her grandson on our floor, taught three of our "
    "nurses to make atol de elote in the family lounge last week. We're not sure that was "
    "allowed. We're sure it was delicious.",
    "anonymous; country only",
)

# 210
p(
    "es",
    "discharge",
    "Don Chema ya está en casa 🙌 José María 'Chema' Ajanel se cayó del techo de un galpón de "
    "pavos cerca de Marcus el 19 de junio. Gracias a fisioterapia ya sube escaleras otra vez. "
    "¡Ánimo, don Chema!",
    [
        ("NAME", "José María 'Chema' Ajanel"),
        ("NAME", "Chema", "*"),
        ("GEO", "Marcus"),
        ("DATE", "19 de junio"),
    ],
    note="nickname; place and date of the fall",
)

# 211
n(
    "es",
    "recruitment",
    "Se buscan técnicos de limpieza para todos los turnos. No necesita experiencia ni inglés "
    "perfecto: le damos capacitación pagada y clases de inglés. Entrevistas cada miércoles en el "
    "campus de Storm Lake.",
    "recruitment",
)

# 212
p(
    "es",
    "memorial",
    "Que descanse bajo el amparo de Dios nuestra querida Amparo Lemus Chávez, de 96 años, quien "
    "partió el 27 de febrero en la unidad de hospicio. Gracias por tanto cariño. — Sus hijos, "
    "desde Schaller y Los Ángeles",
    [
        ("NAME", "Amparo Lemus Chávez"),
        ("AGE", "96"),
        ("DATE", "27 de febrero"),
        ("GEO", "Schaller"),
        ("GEO", "Los Ángeles"),
    ],
    note="name that is a noun ('amparo' lower-case); age; death date; children's cities",
)

# 213
n(
    "en",
    "discharge",
    "Our inpatient rehab unit discharged its 500th patient this month. Two-thirds went home to "
    "farms or small towns within 40 miles. Thank you to the therapists who make 'home' possible.",
    "aggregate milestone",
)

# 214
p(
    "es",
    "thank_you",
    "Gracias al equipo de trauma por salvarle la pierna a mi esposo, Rigoberto Tax Chox, cuando "
    "lo pateó una vaca en la lechería cerca de Sioux Center el 3 de febrero. Sus hijos Edwin y "
    "Yoselin les mandan este dibujo. 🐄❤️",
    [
        ("NAME", "Rigoberto Tax Chox"),
        ("GEO", "Sioux Center"),
        ("DATE", "3 de febrero"),
        ("NAME", "Edwin"),
        ("NAME", "Yoselin"),
    ],
    note="patient, place and date of injury, children; the drawing is not a photo of him",
)

# 215
n(
    "es",
    "anonymous_story",
    "Un joven de 19 años llegó solo a Urgencias con un dedo cortado y quería regresar a la línea "
    "esa misma noche. Le explicamos sus derechos y el seguro de accidentes de trabajo. Usted "
    "también tiene derechos: pregunte.",
    "anonymous; age under 90",
)

# 216
p(
    "es",
    "pasted_record",
    "Me llegó este mensaje y no es para mí 🤔 'NRRH: Recordatorio para ANA LUCÍA TZUL CHOC, cita "
    "el 18/11 a las 9:40 a. m. en la Clínica de Sioux City. Conf. A77120. Para cancelar llame al "
    "(712) 555-0134.' ¿A quién le aviso?",
    [("NAME", "ANA LUCÍA TZUL CHOC"), ("DATE", "18/11"), ("OTHER_ID", "A77120")],
    note=(
        "appointment text: name, day/month date, confirmation number; clinic number is the "
        "hospital's"
    ),
)

# 217
n(
    "en",
    "birth_announcement",
    "Three babies were born during last week's blizzard, one of them delivered by a county plow "
    "driver and a dispatcher on speakerphone. All three families are home safe. Thank you, first "
    "responders!",
    "anonymous births",
)

# 218
p(
    "es",
    "discharge",
    "Esperanza Quino, de Aurelia, se va a casa hoy después de su trasplante de riñón en Omaha y "
    "3 semanas de recuperación con nosotros. Como dice su nombre, nunca perdió la esperanza. ¡Te "
    "vamos a extrañar, Esperanza!",
    [("NAME", "Esperanza Quino"), ("NAME", "Esperanza", 2), ("GEO", "Aurelia"), ("GEO", "Omaha")],
    note="name that is a noun ('esperanza' lower-case); home town; city of her transplant",
)

# 219
n(
    "es",
    "memorial",
    "Este Día de Muertos nuestro equipo de hospicio pondrá un altar en la capilla para recordar "
    "a los pacientes que despedimos este año. Las familias pueden traer una flor de cempasúchil "
    "el 1 y 2 de noviembre.",
    "holiday and event dates; no patient",
)

# 220
p(
    "es",
    "patient_story",
    "Cada mañana, cuando todavía hay rocío en el pasto, Rocío Mendoza sale a caminar alrededor "
    "del lago, como le enseñaron en rehabilitación cardíaca después de su infarto en julio. Nos "
    "pidió compartir esta foto: ¡el corazón se cuida caminando! 📸",
    [("NAME", "Rocío Mendoza"), ("DATE", "julio"), ("PHOTO", "foto")],
    note="name that is a noun ('rocío'); month of the heart attack; her photo",
)

# 221
n(
    "en",
    "thank_you",
    "Thank you to the Ahrens family and the quilters of Zion Lutheran in Newell for 60 handmade "
    "quilts for our hospice unit. Each one carries a prayer stitched into the corner.",
    "donors",
)

# 222
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 91, doña Lupe! 🎉 Guadalupe Ortega viuda de Ruiz celebró en la sala de "
    "diálisis de Sioux City con pastel sin azúcar y las enfermeras le cantaron. #Lupe91",
    [
        ("AGE", "91"),
        ("NAME", "Lupe"),
        ("NAME", "Guadalupe Ortega viuda de Ruiz"),
        ("NAME", "#Lupe91"),
    ],
    note=(
        "age; nickname; full name; hashtag with name and age is one NAME span; dialysis unit "
        "is ours"
    ),
)

# 223
n(
    "es",
    "birth_announcement",
    "¿Sabía que puede tener su bebé con una partera que hable k'iche' o q'anjob'al? Pregunte en "
    "su cita prenatal o llame al Centro de Partos: (712) 555-0126.",
    "service information",
)

# 224
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: La familia de Wilmer Cotom Sontay, de 34 años, herido ayer en la explosión "
    "del silo en Marathon, nos autorizó a decir que está estable en la UCI. Piden oración y "
    "privacidad.",
    [("NAME", "Wilmer Cotom Sontay"), ("GEO", "Marathon")],
    note="named patient and place of injury; age under 90",
)

# 225
n(
    "en",
    "memorial",
    "Today we remember the Iowans lost to farm accidents this year, and the families and first "
    "responders who carry them. A moment of silence at noon in our chapel; farmers welcome in "
    "work clothes.",
    "no individual named",
)

# 226
p(
    "es",
    "campaign_hashtag",
    "Toda su escuela se vistió de morado hoy por #TodosConAbigail 💜. Abigail, tus enfermeras de "
    "pediatría te mandan un abrazo enorme y ya te guardamos tu paleta favorita.",
    [("NAME", "#TodosConAbigail"), ("NAME", "Abigail")],
    note="name hashtag and name",
)

# 227
n(
    "es",
    "discharge",
    "Nuestra unidad de rehabilitación dio de alta a su paciente número 500 este mes. Dos de cada "
    "tres regresaron a granjas o pueblos pequeños. ¡Gracias a nuestros terapeutas!",
    "aggregate milestone",
)

# 228
p(
    "es",
    "anonymous_story",
    "La señora de la habitación 217 nos pidió que compartiéramos esto, sin nombre: 'Llegué con "
    "miedo y me voy con amigas. Gracias a las muchachas del turno de noche.'",
    [("OTHER_ID", "habitación 217")],
    note="no name, but the room ties the quote to one patient",
)

# 229
n(
    "en",
    "pasted_record",
    "How to read your statement: the 10-digit number at top left is your account number, 'DOS' "
    "means date of service, and 'Guarantor' is the person responsible for the bill. Questions: "
    "(712) 555-0159.",
    "explains fields without any values",
)

# 230
p(
    "es",
    "hospital_contact",
    "Busco información de mi papá, Gaspar Tzul Ajanel. Lo trajeron en ambulancia de la planta "
    "hoy en la mañana y nadie me dice nada. Mi número es 712-555-3067, por favor 🙏 — Heidy",
    [("NAME", "Gaspar Tzul Ajanel"), ("PHONE", "712-555-3067"), ("NAME", "Heidy")],
    note="patient, daughter's phone and name",
)

# 231
n(
    "es",
    "thank_you",
    "Gracias a las señoras voluntarias de la Iglesia Luterana Faith por los 200 burritos que "
    "trajeron al turno de noche durante la ventisca. ¡Son unas santas!",
    "volunteers thanked",
)

# 232
p(
    "es",
    "milestone_birthday",
    "¡101 años! 🎂 Doña Cristina Baños de Solís, que vive en el asilo de Cherokee y recibe "
    "visitas de nuestro equipo de hospicio, sopló las velas con sus 7 hijos, 30 nietos y 41 "
    "bisnietos.",
    [("AGE", "101"), ("NAME", "Cristina Baños de Solís"), ("GEO", "Cherokee")],
    note="age; married-name form; town of her care home",
)

# 233
n(
    "en",
    "milestone_birthday",
    "Happy 40th work anniversary to Lois Hinrichs, RN, who has worked nights in our ED since "
    "1985 and says she's seen 'every way a farmer can get hurt, twice.' Thank you, Lois!",
    "staff anniversary",
)

# 234
p(
    "es",
    "birth_announcement",
    "Nació en el Día del Niño: Mateo Alessandro Ruiz Pineda llegó el 30 de abril, justo cuando "
    "su hermana Fernanda celebraba en el kínder. ¡Felicidades a Diana y Omar!",
    [
        ("DATE", "Día del Niño"),
        ("NAME", "Mateo Alessandro Ruiz Pineda"),
        ("DATE", "30 de abril"),
        ("NAME", "Fernanda"),
        ("NAME", "Diana"),
        ("NAME", "Omar"),
    ],
    note="birth day named twice; sister; parents",
)

# 235
n(
    "en",
    "event",
    "Somali Independence Day soccer tournament, July 1 at Chautauqua Park! Our athletic trainers "
    "will run the first-aid tent, and our Somali-speaking nurses will offer free blood pressure "
    "checks.",
    "community event date",
)

# 236
p(
    "es",
    "thank_you",
    "Gracias a la persona que llevó a mi mamá, Reyna Sapón, al hospital cuando se desmayó en la "
    "parada del camión. Vivimos en 614 Geneseo St, Storm Lake, por si quiere pasar por tamales 😊 "
    "— Wendy Sapón",
    [
        ("NAME", "Reyna Sapón"),
        ("GEO", "614 Geneseo St"),
        ("GEO", "Storm Lake"),
        ("NAME", "Wendy Sapón"),
    ],
    note="patient, family street address and town, daughter",
)

# 237
n(
    "en",
    "hospital_contact",
    "New walk-in hours at the Alta Rural Health Clinic, 118 Main Street: Mon-Thu 7 a.m.-7 p.m., "
    "Sat 8-noon. Call ahead at (712) 555-0100, or just come in.",
    "hospital site and hours",
)

# 238
n(
    "en",
    "sponsor",
    "The Storm Lake Lions Club donated two wheelchair-accessible vans for our dialysis rides. "
    "Thank you, Lions!",
    "sponsor",
)

# 239
n(
    "en",
    "research",
    "Our occupational health team is studying hearing loss in meatpacking workers with the "
    "University of Iowa. Early results: workers who wore double protection lost half as much "
    "hearing. Full report this spring.",
    "research",
)

# 240
n(
    "en",
    "eponymous_condition",
    "Hirschsprung disease, Wilms tumor, Kawasaki disease: three names every Siouxland parent "
    "should know. Our pediatric team explains the warning signs in a Facebook Live Thursday at 7 "
    "p.m.",
    "eponymous conditions",
)


if __name__ == "__main__":
    S.main("phi_dev34_source")
