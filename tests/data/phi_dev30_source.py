"""Blind development set d30 for the PHI scanner: tests/data/phi_dev30.jsonl.

Organisation: Denali Ridge Regional Medical Center, Anchorage, AK (phi_dev30_org.json): main campus on
Ptarmigan Parkway, Bethel Clinic, Nome Clinic; eight (907) 555-01xx numbers (operator, Nurse Advice Line,
ED, Ridge Flight / Transfer Center, billing, Bethel, Nome, Foundation); denaliridgemc.org and
drrmcfoundation.org; @DenaliRidgeMC, @DRRMCFoundation, @RidgeFlightAK.
Focus: Alaska Native (Yup'ik, Cup'ik, Iñupiaq, Athabascan, Tlingit, St. Lawrence Island Yupik) patients
from bush villages, Ridge Flight medevacs, snowmachine, ice, fishing, hunting, bear and Iditarod injuries,
Filipino, Samoan and Latino families in Anchorage; names that are places or ordinary words (Denali, Sitka,
Bethel, Willow, Kobuk, Storm, Hope, Active, Friday, Worm, Tall, Ballot), names with diacritics, holidays
as dates, ages over 89 in many forms, pasted records, and near-twin posts about staff, volunteers and
officials who are and are not patients.
Language mix: 240 posts, 216 English and 24 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A village or town tied to a named patient or relative (home, birthplace, where the injury happened) is
  GEO. The river, lake, trail or ice road where a patient was hurt is GEO like the road of a crash
  (Farewell Burn, Porcupine River, Tanana River, Kobuk, Lake Aleknagik, Kuskokwim ice road); a sea
  (Chukchi Sea) is not. 'Outside' (Alaskan for the Lower 48) is not a place.
- Anchorage, the hospital's own city, is not labelled when it only says where care happened (# 37); it
  is GEO only as part of a family's mailing address (# 199, with the PO box and ZIP).
- A park where a child was hurt is GEO (Kincaid Park, # 201); the same park as an event venue is not
  (# 180). Churches where families pray (St. Benedict's, the samoan assembly of god) are not GEO.
- Anonymous posts never put a patient in a named village; large regions (the Interior, Y-K Delta,
  Bristol Bay) appear only in anonymous or aggregate posts and are not labelled.
- Where a person's name is also a place, each occurrence is labelled by what it refers to: the girl
  Bethel from Bethel (# 123), Willow near Willow (# 83). Occurrences that are the hospital's own name
  (Denali Ridge, # 1), its Nome clinic (# 181) or the name of a local Facebook page (# 163) are declared
  ok and left unlabelled.
- Kinship words and honorifics stay outside the span: Lola, Manang, kuya, Mama, Aunty, Uncle, Grandma,
  Grandpa, Elder, Sister, Pvt., Sr., don, doña; 'Little' in 'Little Musher'. A Samoan matai title
  written inside the patient's name is kept in the NAME span (# 45). A nickname that is a word (Peanut,
  Musher, Tiny, Bubba, Koala, Ulu) is NAME.
- Room and bed ids keep their keyword or ward prefix: 'Rm 512-A', 'PEDS 7', 'habitación 214'; in 'ICU
  bed 4' only 'bed 4'. The trauma bay a patient lay in is treated like a bed ('Trauma Bay 2', OTHER_ID).
  Units (5 West, 3 North), conference rooms and the medevac unit RF-2 are not labelled.
- A helpdesk ticket number about one patient's portal is OTHER_ID (like a case number), as are
  prescription, specimen accession, encounter and wristband numbers and portal user names; a portal's
  'Patient ID' is MRN. A commercial fishing permit is LICENSE; a skiff registration, an ATV VIN and the
  patient's own plane tail number are VEHICLE; a pacemaker-monitoring account is ACCOUNT.
- Named holidays on which the patient's event happened are DATE, including state and community ones
  (Elizabeth Peratrovich Day, Alaska Day, Veterans Day, White Sunday, Jueves Santo, Día de las Madres,
  Día de Muertos, Orthodox 'Nativity'); when the same day is also written as a date both are labelled.
  A numeric date that happens to fall on a holiday (02/14, 12/24/1958) is labelled as written only.
- A month alone tied to an injury, diagnosis, treatment or birth is DATE (September, July, May,
  DECEMBER); seasons ('this fall', 'spring whaling', 'salmonberry season'), weekdays and relative
  expressions are not. A bare year is never labelled (# 113); a year attached to a full date is part
  of the DATE span (# 179).
- Ages over 89 are labelled in every form (100th, Ninety-seven, nonagenarian, 94yo, centenarian,
  ninety, 'One hundred and one', 101ST); 89 and younger never. Ages in aggregate statistics ('2 days
  to 98 years', '3 patients were over 90', '6 centenarians') and the ages of volunteers and former
  staff (95th, 90, 92, 91) are not labelled.
- A staff member who is a patient, or the parent of a patient, is labelled (# 27, # 51, # 153); so are a
  hospital volunteer, a race volunteer, officials and local celebrities who are patients (# 169, # 181,
  # 67, # 129, # 227, # 9, # 115). Donors are labelled only when introduced as a patient's parents
  (# 113, # 179). Pets (Juneau, Blue, Nanook, Nieve) are never labelled.
- A post naming only the patient's relative is patient-specific (# 203).
- PHOTO only for the video that shows the patient (# 215); pictures of whiteboards, labels, packets and
  portals are not PHOTO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev30.jsonl"), os.path.join(HERE, "phi_dev30_org.json"), "d30")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Denali! 💙 Born here at Denali Ridge on Feb. 16 (Elizabeth Peratrovich "
    "Day, no less), 7 lb 2 oz. Mom Kayla and dad Joseph of Kotzebue say the Family Birthing Unit "
    "nurses made it feel like home.",
    [
        ("NAME", "Denali", 1),
        ("DATE", "Feb. 16"),
        ("DATE", "Elizabeth Peratrovich Day"),
        ("NAME", "Kayla"),
        ("NAME", "Joseph"),
        ("GEO", "Kotzebue"),
    ],
    note="baby named Denali born at Denali Ridge: only the first 'Denali' is the name, the "
    "hospital's name is declared ok; birth date given twice (Feb. 16 and the named holiday), both "
    "DATE; parents and home town",
    ok=("Denali",),
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: meet Kayla Ahgeak, RN, who grew up in Utqiagvik and has worked night shift on "
    "our Family Birthing Unit for 11 years. Her secret? 'Akutaq for the charge nurse, always.' Thank "
    "you, Kayla! #DenaliRidgeProud",
    "a nurse's name and home town in a staff spotlight; staff are never labelled",
)

# 3
p(
    "en",
    "patient_story",
    "Three weeks ago Amos Active went through the ice on his snowmachine near Akiachak. Tonight he "
    "is walking the halls of 5 West with his walker and his granddaughter Rita cheering him on. "
    "Quyana to our Ridge Flight crews, the Bethel clinic, and everyone who prayed. #AmosActive",
    [("NAME", "Amos Active"), ("GEO", "Akiachak"), ("NAME", "Rita"), ("NAME", "#AmosActive")],
    note="Yup'ik surname that is an ordinary word; place of the injury; granddaughter; name hashtag; "
    "5 West is a unit and the Bethel clinic is the hospital's",
)

# 4
n(
    "en",
    "eponymous_condition",
    "Raynaud's phenomenon is common in our cold climate: fingers turn white, then blue, then red. "
    "Layer mittens over gloves, keep your core warm, and talk to your provider if attacks last longer "
    "than 20 minutes. #ColdWeatherHealth",
    "eponymous condition in a health tip; no patient",
)

# 5
p(
    "en",
    "pasted_record",
    "my sister posted this by mistake, can admins pls remove?? 'Pt: KASAYULIE, MARTHA A  DOB "
    "04/22/1951  MRN 00731846  Adm 01/09  Dx: COPD exac  Home village: Tuntutuliak  Contact: daughter "
    "Flora (907) 555-0187'",
    [
        ("NAME", "KASAYULIE, MARTHA A"),
        ("DATE", "04/22/1951"),
        ("MRN", "00731846"),
        ("DATE", "01/09"),
        ("GEO", "Tuntutuliak"),
        ("NAME", "Flora"),
        ("PHONE", "(907) 555-0187"),
    ],
    note="pasted chart line: name, DOB (age under 90), MRN, admission date, village, daughter and her phone",
)

# 6
n(
    "en",
    "health_tip",
    "Before you head out on the river: tell someone your route, carry a SPOT or inReach, and wear a "
    "helmet. Last winter our trauma team saw 41 snowmachine injuries - the riders who wore helmets "
    "went home sooner. #RideSmartAK",
    "safety tip with an aggregate count",
)

# 7
p(
    "en",
    "discharge",
    "Going home day for Sefo! 🏉 After 26 days with us following his rugby injury, this 17-year-old "
    "from Muldoon walked out to his whole Tuiasosopo aiga singing in the lobby. Fa'afetai tele lava "
    "for the songs, and for the sapasui you left the nurses!",
    [("NAME", "Sefo"), ("GEO", "Muldoon"), ("NAME", "Tuiasosopo")],
    note="Samoan patient's first name, Anchorage neighbourhood, family surname; age 17 is not labelled",
)

# 8
n(
    "en",
    "public_figure",
    "Huge thanks to four-time Iditarod finisher Hannah Marsh-Evans, who stopped by Pediatrics with "
    "two of her retired leaders to read 'Togo' to our young patients. The kids voted the dogs 'best "
    "visitors ever.' 🐕",
    "a musher visiting, not a patient; dogs' and book names are not labelled",
)

# 9
p(
    "en",
    "public_figure",
    "Iditarod rookie Caleb Wassillie is recovering in our ICU after his sled crashed in the Farewell "
    "Burn. His family asks for privacy, but Caleb wanted us to say: 'the dogs are fine, I'm the one "
    "who broke.' Get well soon, Caleb! #MushOnCaleb",
    [
        ("NAME", "Caleb Wassillie"),
        ("NAME", "Caleb", "*"),
        ("GEO", "Farewell Burn"),
        ("NAME", "#MushOnCaleb"),
    ],
    note="a musher who IS a patient; the trail section where he crashed is GEO (like the road of a crash)",
)

# 10
n(
    "en",
    "statistic",
    "By the numbers, 2023: 1,912 medevac flights, 318 from the Y-K Delta alone; 62 patients over age "
    "90 cared for on our inpatient units; 1,406 babies born. Every number is someone's grandma, "
    "someone's kid. #DenaliRidgeYearInReview",
    "aggregate statistics; 'over age 90' is a population age",
)

# 11
p(
    "es",
    "thank_you",
    "Gracias infinitas al equipo de la UCI neonatal. Nuestra bebé Ximena Ramírez Soto nació el 2 de "
    "enero con solo 28 semanas y hoy por fin está en casa en Spenard. ¡Los queremos! - Lupe y Andrés",
    [
        ("NAME", "Ximena Ramírez Soto"),
        ("DATE", "2 de enero"),
        ("GEO", "Spenard"),
        ("NAME", "Lupe"),
        ("NAME", "Andrés"),
    ],
    note="double surname, birth date, neighbourhood, parents signing",
)

# 12
n(
    "es",
    "health_tip",
    "¿Sabía que el monóxido de carbono mata cada invierno en Alaska? Nunca use el generador ni la "
    "estufa de propano dentro de la casa o el garaje. Instale un detector y revise las baterías "
    "cuando cambie la hora. Emergencias: 911.",
    "safety tip; national emergency number",
)

# 13
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Elder Lucy Nicholia! Born upriver near Tanana, she raised nine children "
    "at fish camp and still beads every morning on 3 North. Her great-grandson Tristan says her "
    "secret is 'dry fish and minding your own business.' 🎂",
    [("AGE", "100th"), ("NAME", "Lucy Nicholia"), ("GEO", "Tanana"), ("NAME", "Tristan")],
    note="age over 89 with suffix; 'Elder' is a title; birthplace; great-grandson",
)

# 14
n(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to our longest-serving volunteer, Marguerite Olsen! She has knitted more "
    "than 2,000 hats for the newborns on our Family Birthing Unit since 1989. Stop by the gift shop "
    "Thursday for cake.",
    "a volunteer's name and age over 89; volunteers are not patients",
)

# 15
p(
    "en",
    "memorial",
    "It is with heavy hearts that we share that our patient and friend Harold 'Sonny' Itta walked on "
    "March 11 at age 93. Sonny spent his last days in our Elders' Hospice Suite, surrounded by "
    "whaling captains and grandkids. Our deepest condolences to the Itta family.",
    [
        ("NAME", "Harold 'Sonny' Itta"),
        ("NAME", "Sonny", "*"),
        ("DATE", "March 11"),
        ("AGE", "93"),
        ("NAME", "Itta", "*"),
    ],
    note="name with quoted nickname, nickname again, death date split over words, age over 89, "
    "family surname",
)

# 16
n(
    "en",
    "memorial",
    "We mourn Dr. Walter Kinnear, who served as medical director in Bethel for 31 years and flew "
    "more than 4,000 village clinic trips. He died Feb. 2 at 91. A celebration of life will be held "
    "at our Bethel clinic on Saturday.",
    "memorial for a former doctor (staff), not a patient; his date and age are not labelled",
)

# 17
p(
    "en",
    "pasted_record",
    "IT ticket #48213 (pasted in the wrong channel 🙃): 'Portal locked for patient user tuimalia88, "
    "MRN 01193570, last login from IP 73.212.40.19. Mom Malia Faleolo calling from (808) 555-0146, "
    "wants the reset link sent to malia.faleolo@yahoo.com.'",
    [
        ("OTHER_ID", "48213"),
        ("OTHER_ID", "tuimalia88"),
        ("MRN", "01193570"),
        ("IP", "73.212.40.19"),
        ("NAME", "Malia Faleolo"),
        ("PHONE", "(808) 555-0146"),
        ("EMAIL", "malia.faleolo@yahoo.com"),
    ],
    note="helpdesk ticket about one patient's portal (ticket no. treated like a case number), portal "
    "user name, MRN, IP, mother's name, out-of-state phone and e-mail",
)

# 18
n(
    "en",
    "pasted_record",
    "Reminder for unit clerks: the correct armband format is LAST, FIRST MI | DOB MM/DD/YYYY | MRN "
    "######## | Allergies. Please don't hand-write bed numbers on the band. Questions: Health "
    "Information Management, (907) 555-0145.",
    "an empty armband template with placeholders; hospital phone",
)

# 19
p(
    "en",
    "thank_you",
    "Salamat po sa lahat! Our Lola Remedios Bautista had her hip surgery on 11/3 and the 4th floor "
    "nurses treated her like their own lola. Special shout-out to Nurse Jhun who sang Tagalog love "
    "songs to her. From the Bautista and Dela Cruz families of Mountain View 🙏",
    [
        ("NAME", "Remedios Bautista"),
        ("NAME", "Bautista", "*"),
        ("DATE", "11/3"),
        ("NAME", "Dela Cruz"),
        ("GEO", "Mountain View"),
    ],
    note="'Lola' (grandmother) is an honorific outside the span; surgery date; family surnames; "
    "neighbourhood; Nurse Jhun is staff",
)

# 20
n(
    "en",
    "thank_you",
    "Thank you, night shift! To the EVS crew who kept the ED floors dry all through breakup, and to "
    "pharmacist Ruby Santos, who drove through the storm to cover a double: you are the reason we "
    "love working here. ❤️",
    "thanks to staff by name; no patient",
)

# 21
p(
    "en",
    "birth_announcement",
    "Tiny but mighty: baby Hope arrived at 4:12 a.m. on New Year's Day, the first Denali Ridge baby "
    "of 2024! Parents Tavita and Lagi Sapolu of Eagle River say she already has the loudest voice in "
    "the nursery. Hope, we hope you love snow. ❄️",
    [
        ("NAME", "Hope", "*"),
        ("DATE", "New Year's Day"),
        ("NAME", "Tavita"),
        ("NAME", "Lagi Sapolu"),
        ("GEO", "Eagle River"),
    ],
    note="name that is an ordinary word (capitalised uses only); birth on a named holiday; bare year "
    "not labelled; parents; town",
)

# 22
n(
    "en",
    "birth_announcement",
    "A baby girl couldn't wait for the plane: she was born in the back of a taxi on the way to the "
    "village clinic last night, with a Ridge Flight nurse coaching by phone. Mom and baby are both "
    "doing great on our Family Birthing Unit. Welcome, little one! 🚕👶",
    "anonymous birth; 'last night' is relative; no place or name",
)

# 23
p(
    "en",
    "discharge",
    "After 112 days in our NICU, twins Aqpik and Qaiyaan are flying home to Utqiagvik today on the "
    "afternoon jet! Their mom Josephine Ahgeak packed 40 lbs of diapers and one very tired smile. "
    "#AhgeakTwinsGoHome",
    [
        ("NAME", "Aqpik"),
        ("NAME", "Qaiyaan"),
        ("GEO", "Utqiagvik"),
        ("NAME", "Josephine Ahgeak"),
        ("NAME", "#AhgeakTwinsGoHome"),
    ],
    note="Iñupiaq first names, home town, mother, family-name hashtag",
)

# 24
n(
    "en",
    "health_tip",
    "Fish camp first aid kit checklist 🐟: butterfly closures, clean gauze, antibiotic ointment, a "
    "headlamp, a whistle, and a way to call out. Fish hook in a finger? Don't yank it - call our "
    "Nurse Advice Line, (907) 555-0112, 24/7.",
    "tip with the hospital's own number",
)

# 25
p(
    "en",
    "pasted_record",
    "Whoever posted a pic of the 5 West whiteboard, please delete it. It reads: 'Rm 512-A  J. Andrew "
    " fall/ETOH watch | Rm 512-B  Evan, P. (Kwethluk) NPO after MN | Rm 514  Mrs. Okitkun  "
    "interpreter Yup'ik'.",
    [
        ("OTHER_ID", "Rm 512-A"),
        ("NAME", "J. Andrew"),
        ("OTHER_ID", "Rm 512-B"),
        ("NAME", "Evan, P."),
        ("GEO", "Kwethluk"),
        ("OTHER_ID", "Rm 514"),
        ("NAME", "Okitkun"),
    ],
    note="bed board: room numbers with keyword, surnames that are first names, village; the photo is "
    "of a whiteboard, not a patient, so no PHOTO",
)

# 26
n(
    "en",
    "recruitment",
    "Now hiring: Community Health Aide trainers for our Bethel and Nome clinics. Loan repayment, "
    "housing stipend, and paid subsistence leave. Apply at denaliridgemc.org/careers or call (907) "
    "555-0100.",
    "job ad; hospital sites, domain and phone",
)

# 27
p(
    "en",
    "staff_spotlight",
    "Staff Spotlight with a twist: our own ED tech Rodel Pascua spent Christmas on the other side of "
    "the stretcher after a heart attack at his Muldoon home. Now back at work, Rodel wants every "
    "Filipino tito out there to know the symptoms. Salamat, Cath Lab! #RodelIsBack",
    [
        ("NAME", "Rodel Pascua"),
        ("NAME", "Rodel", "*"),
        ("DATE", "Christmas"),
        ("GEO", "Muldoon"),
        ("NAME", "#RodelIsBack"),
    ],
    note="a staff member who WAS a patient: name, date of the heart attack (holiday), home "
    "neighbourhood, name hashtag",
)

# 28
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: our ED tech Rodel Macaraeg has worked 14 Christmases so colleagues with small "
    "kids can be home. This year he's also teaching CPR at his Muldoon church. Salamat, Rodel! "
    "#DenaliRidgeProud",
    "near-twin of a patient post, but this staff member is not a patient",
)

# 29
p(
    "es",
    "patient_story",
    "Don Efraín Lopez trabajaba en la procesadora de salmón en Naknek cuando una máquina le atrapó "
    "la mano el 9 de julio. Llegó aquí en avioneta esa misma noche. Hoy ya mueve los dedos y manda "
    "saludos a su familia en Michoacán. ¡Fuerza, don Efraín! #FuerzaEfrain",
    [
        ("NAME", "Efraín Lopez"),
        ("NAME", "Efraín", "*"),
        ("GEO", "Naknek"),
        ("DATE", "9 de julio"),
        ("NAME", "#FuerzaEfrain"),
    ],
    note="'don' is a title; cannery town of the injury; date of injury; name hashtag; Michoacán is a "
    "Mexican state, not GEO",
)

# 30
n(
    "es",
    "crisis_update",
    "AVISO: Por el humo de los incendios forestales, la calidad del aire en Anchorage es mala hoy. "
    "Personas con asma o EPOC: quédense adentro, cierren ventanas y usen filtros. Si le falta el "
    "aire, llame al 911.",
    "air quality alert for the whole city",
)

# 31
p(
    "en",
    "memorial",
    "Forever in our hearts: baby Nuniq Kaleak, born sleeping on 9.14.23. Her parents have donated a "
    "cuddle cot to our Family Birthing Unit so other families can have more time. We will say her "
    "name: Nuniq. 🕊️",
    [("NAME", "Nuniq Kaleak"), ("NAME", "Nuniq", "*"), ("DATE", "9.14.23")],
    note="stillbirth memorial: name repeated, dotted date with two-digit year",
)

# 32
n(
    "en",
    "sponsor",
    "Our Warm Hearts Radiothon raised $412,000 thanks to sponsors Northern Lights Credit Union, "
    "Kuskokwim Air and Sapolu Construction. Every dollar stays in Alaska. 💙 drrmcfoundation.org",
    "sponsors named, one with a Samoan family name; donors are not patients",
)

# 33
p(
    "en",
    "thank_you",
    "thank u denali ridge for taking care of my boy kaiden when he flipped his 4 wheeler out on the "
    "old glenn hwy. he is home and grumpy and eating everything lol. love, his mom shawna",
    [("NAME", "kaiden"), ("GEO", "old glenn hwy"), ("NAME", "shawna")],
    note="lower-case names and the lower-case road of the crash; the hospital's name in lower case "
    "is not labelled",
)

# 34
n(
    "en",
    "event",
    "Save the date! Our Family Health Fair is Saturday, April 27, at the Bethel Clinic, 720 Kasayuli "
    "Street, 10 a.m. to 3 p.m.: free blood pressure checks, car seat fittings, and fish soup from the "
    "Elders' Council. 🐟",
    "hospital event date and the hospital's own address",
)

# 35
p(
    "en",
    "milestone_birthday",
    "Ninety-seven candles (battery candles, this is a hospital 😄) for Ruth Tritt, who was born at "
    "fish camp on the Porcupine River and flown to us from Fort Yukon last week. Happy birthday, "
    "Ruth! Her granddaughter Daisy brought the caribou soup.",
    [
        ("AGE", "Ninety-seven"),
        ("NAME", "Ruth Tritt"),
        ("NAME", "Ruth", "*"),
        ("GEO", "Porcupine River"),
        ("GEO", "Fort Yukon"),
        ("NAME", "Daisy"),
    ],
    note="age in words; birthplace on a river and home town; granddaughter",
)

# 36
n(
    "en",
    "statistic",
    "This winter's medevac numbers: our Ridge Flight crews flew 214 patients in January, the busiest "
    "month since 2019. Average transport time from a Y-K village: 3 hours 40 minutes. Patients ranged "
    "from 2 days to 98 years old.",
    "aggregate flight statistics; the age range of a whole month's patients is not tied to anyone",
)

# 37
p(
    "en",
    "patient_story",
    "From Angoon to Anchorage: Tlingit carver Ernest Kadashan came to us with a hand infection that "
    "almost cost him his carving hand. Three surgeries later, he gifted our surgical team a paddle he "
    "carved in Room 418. Gunalchéesh, Ernest!",
    [
        ("GEO", "Angoon"),
        ("NAME", "Ernest Kadashan"),
        ("NAME", "Ernest", "*"),
        ("OTHER_ID", "Room 418"),
    ],
    note="home village; name; room number with keyword; Anchorage is only the hospital's city",
)

# 38
n(
    "en",
    "research",
    "New from our Alaska Native Health Research team: among 1,200 Yup'ik and Cup'ik adults, diets "
    "rich in traditional foods (seal oil, salmon, berries) were linked to lower rates of type 2 "
    "diabetes. Quyana to the 11 villages that partnered with us.",
    "research on a population",
)

# 39
p(
    "en",
    "pasted_record",
    "Can someone from billing DM me? This is the 3rd statement: 'Guarantor: TUIASOSOPO, IOANE  Acct# "
    "7730-118842  Pt: TUIASOSOPO, SEFO  DOS 02/14  Medicaid ID 9921047735  Bal due $0.00 (?)' my "
    "number is 907-555-0193",
    [
        ("NAME", "TUIASOSOPO, IOANE"),
        ("ACCOUNT", "7730-118842"),
        ("NAME", "TUIASOSOPO, SEFO"),
        ("DATE", "02/14"),
        ("HEALTH_PLAN", "9921047735"),
        ("PHONE", "907-555-0193"),
    ],
    note="billing statement: guarantor (father), account, patient, date of service (also Valentine's "
    "Day, not named), Medicaid ID, family phone",
)

# 40
n(
    "en",
    "hospital_contact",
    "Looking for a loved one who was medevaced in? Call our Transfer Center at (907) 555-0134 - we "
    "can tell you which unit they're on once we confirm you're on their contact list. Bethel Clinic: "
    "(907) 555-0156. Nome Clinic: (907) 555-0167.",
    "hospital numbers only",
)

# 41
p(
    "en",
    "birth_announcement",
    "Born on Alaska Day in Nome, and in a hurry! 👶 Little Sitka Okpealuk arrived 6 weeks early and "
    "got the VIP jet ride to our NICU. Dad Norman says she's named for the town where he and mom "
    "Bernadette met.",
    [
        ("DATE", "Alaska Day"),
        ("GEO", "Nome"),
        ("NAME", "Sitka Okpealuk"),
        ("NAME", "Norman"),
        ("NAME", "Bernadette"),
    ],
    note="birth on a state holiday; birthplace; a first name that is a town; parents",
)

# 42
n(
    "en",
    "event",
    "Seward's Day potluck in the cafeteria Monday, March 25, 11-1! Bring a dish from your family's "
    "table: pancit, palusami, akutaq, tamales - all welcome. Staff and volunteers only.",
    "holiday and date of a staff event; Seward is a historical figure",
)

# 43
p(
    "en",
    "discharge",
    "Whaling captain's son Ezra Norton is headed home to Point Hope after surviving a fall from a "
    "bluff during spring whaling. He wants to thank Dr. Akeya and the trauma team - and says he'll be "
    "back on the ice next season 'if mom lets me.' #NortonStrong",
    [("NAME", "Ezra Norton"), ("GEO", "Point Hope"), ("NAME", "#NortonStrong")],
    note="surname that is also a place (Norton Sound); home village; name hashtag; the doctor is "
    "staff; seasons are not dates",
)

# 44
n(
    "en",
    "crisis_update",
    "Weather update 6 p.m.: fog and icing have grounded all medevac flights out of Kotzebue and Nome "
    "for tonight. Patients waiting for transfer are stable and being cared for by our clinic teams. "
    "We'll fly as soon as it's safe. Transfer Center: (907) 555-0134.",
    "operations update; no patient identified",
)

# 45
p(
    "en",
    "thank_you",
    "Fa'afetai to the night nurses on 4 South who let the choir from our Samoan church sing hymns "
    "for my dad, Faleolo Leiataua Masoe, last night. He's 91 and said it was the best medicine he's "
    "had. - Pua",
    [("NAME", "Faleolo Leiataua Masoe"), ("AGE", "91"), ("NAME", "Pua")],
    note="Samoan name including a matai title (kept in the span as part of the name as written); age "
    "over 89; daughter's name",
)

# 46
n(
    "en",
    "campaign_hashtag",
    "Every child in a car seat, every ride, every village road. Share your #BuckleUpAlaska photo and "
    "tag @DenaliRidgeMC - we'll pick 10 families for free convertible seats!",
    "campaign hashtag and the hospital's handle",
)

# 47
p(
    "en",
    "pasted_record",
    "Flight log posted to the crew group chat (redact next time, folks!): 'RF-2 | 0342 depart BET | "
    "Pt NICOLAI, PETER  57M  Kwigillingok  GSW L thigh  HR 128  BP 88/50  eta ANC 0610  Wristband "
    "4471920'",
    [("NAME", "NICOLAI, PETER"), ("GEO", "Kwigillingok"), ("OTHER_ID", "4471920")],
    note="medevac log: name, village, wristband number; unit RF-2, airport codes and times not "
    "labelled; age 57 not labelled",
)

# 48
n(
    "en",
    "anonymous_story",
    "A Yup'ik grandmother in her 70s told one of our nurses last week: 'In my village we had no "
    "doctor, only the plane.' She came in for a new hip and left teaching three of our residents how "
    "to make akutaq. Stories like hers are why we do this.",
    "anonymous patient, age under 90, no place",
)

# 49
p(
    "es",
    "birth_announcement",
    "¡Bienvenido al mundo, Mateo Andrés! Nació el Jueves Santo a las 3:20 de la madrugada, pesando "
    "3.4 kg. Sus papás, Yesenia Ortiz y Rigoberto Lara, de Fairview, agradecen a todo el equipo de "
    "partos. 💙",
    [
        ("NAME", "Mateo Andrés"),
        ("DATE", "Jueves Santo"),
        ("NAME", "Yesenia Ortiz"),
        ("NAME", "Rigoberto Lara"),
        ("GEO", "Fairview"),
    ],
    note="born on a named holiday (Holy Thursday); parents; neighbourhood",
)

# 50
n(
    "es",
    "event",
    "Clínica gratuita de vacunas para niños el sábado 14 de septiembre en nuestro campus principal, "
    "3900 Ptarmigan Parkway. Traiga la tarjeta de vacunas. Habrá intérpretes de español, tagalo y "
    "samoano.",
    "hospital event date and own address",
)

# 51
p(
    "en",
    "health_tip",
    "Helmets save brains. Our own respiratory therapist Janelle Dick asked us to share her son "
    "Marcus's story: he was our patient this fall after a four-wheeler crash on Tudor Road. Marcus is "
    "back on the basketball court, and Janelle wants every teen to buckle that strap.",
    [
        ("NAME", "Janelle Dick"),
        ("NAME", "Janelle", "*"),
        ("NAME", "Marcus", "*"),
        ("GEO", "Tudor Road"),
    ],
    note="staff member who is the mother of a patient is labelled as a relative; road of the crash; "
    "'this fall' is a season, not a date",
)

# 52
n(
    "en",
    "staff_spotlight",
    "Meet Janelle Friday, respiratory therapist and mom of three, who coaches the Bethel Warriors "
    "girls' basketball team on her days off. 'My kids and my patients keep me humble,' she says. "
    "#DenaliRidgeProud",
    "staff member and her own children; surname that is a weekday",
)

# 53
p(
    "en",
    "pasted_record",
    "Posted in the parent group, sorry if wrong place: 'Msg from Peds: Re: Aiyana Brower, DOB "
    "2019-06-02, MRN 00912244. Her Denali KidCare ID 480-22-9913-01 was denied for the hearing aid "
    "(serial HA-77K2194). Pls call 907.555.0118 or email jbrower.utq@gmail.com'",
    [
        ("NAME", "Aiyana Brower"),
        ("DATE", "2019-06-02"),
        ("MRN", "00912244"),
        ("HEALTH_PLAN", "480-22-9913-01"),
        ("DEVICE", "HA-77K2194"),
        ("PHONE", "907.555.0118"),
        ("EMAIL", "jbrower.utq@gmail.com"),
    ],
    note="portal message: ISO birth date, MRN, CHIP plan ID shaped like an SSN, hearing aid serial, "
    "family phone with dots, e-mail",
)

# 54
n(
    "en",
    "health_tip",
    "Love stinkheads and fermented fish? Botulism can hide in foods fermented the new way. Ferment "
    "in the cold, never in plastic, and if anyone has blurred vision or trouble swallowing, call 911 "
    "and Poison Control, 1-800-222-1222.",
    "food safety tip; national lines",
)

# 55
p(
    "en",
    "discharge",
    "Nulato's own Vernon Esmailka is going HOME! 🏠 Vernon spent 43 days with us after a "
    "moose-hunting accident in September, and today his wife Geraldine is taking him to the airport "
    "for the flight back upriver.",
    [
        ("GEO", "Nulato"),
        ("NAME", "Vernon Esmailka"),
        ("NAME", "Vernon", "*"),
        ("DATE", "September"),
        ("NAME", "Geraldine"),
    ],
    note="village, name, month of the injury alone, wife; '43 days' is a duration",
)

# 56
n(
    "en",
    "crisis_update",
    "Our Emergency Department is very busy tonight after a multi-vehicle crash on the Seward Highway "
    "near Girdwood. If your need is not urgent, visit an urgent care or call our Nurse Advice Line at "
    "(907) 555-0112. Blood donors: O-negative is needed.",
    "crash location with no patient named",
)

# 57
p(
    "en",
    "milestone_birthday",
    "Our favourite nonagenarian, Aunty Fetu Sapolu, celebrated with a full umu in the 3rd-floor "
    "family lounge (with permission! 😄). Her grandsons carried in the pisupo and her pastor led the "
    "prayer. Manuia le aso fanau, Aunty Fetu!",
    [("AGE", "nonagenarian"), ("NAME", "Fetu Sapolu"), ("NAME", "Fetu", "*")],
    note="'nonagenarian' states an age over 89; 'Aunty' is a title",
)

# 58
n(
    "en",
    "research",
    "Enrolling now: our Cold Injury Outcomes Study is looking for adults 18+ treated for frostbite "
    "in the last 2 years. Participants receive a $50 gift card. Contact the research coordinator, "
    "Tomasz Wierzbicki, at research@denaliridgemc.org.",
    "study recruitment; the coordinator is staff and the e-mail is the hospital's",
)

# 59
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a doña Guadalupe 'Lupita' Herrera Cruz, quien falleció en nuestra "
    "unidad de cuidados paliativos el 2 de noviembre, Día de Muertos, a los 90 años. Su altar estará "
    "en la capilla hasta el domingo. Nuestro cariño a la familia Herrera.",
    [
        ("NAME", "Guadalupe 'Lupita' Herrera Cruz"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("AGE", "90"),
        ("NAME", "Herrera", "*"),
    ],
    note="date of death named twice (date and holiday), both DATE; age 90; family surname",
)

# 60
n(
    "es",
    "anonymous_story",
    "Una paciente de 34 años, trabajadora de una procesadora de pescado, nos escribió: 'No hablaba "
    "inglés y tenía miedo. La intérprete me tomó la mano.' Gracias a nuestro equipo de intérpretes "
    "por hacer posible la atención en español.",
    "anonymous patient under 90",
)

# 61
p(
    "en",
    "thank_you",
    "To the nurse who held my hand in Trauma Bay 2 on 1/19: you told me 'Mr. K, we've got you.' I'm "
    "walking now. Snowmachine vs. spruce tree; spruce tree won. - K.K., Palmer",
    [
        ("OTHER_ID", "Trauma Bay 2"),
        ("DATE", "1/19"),
        ("NAME", "K", 1),
        ("NAME", "K.K."),
        ("GEO", "Palmer"),
    ],
    note="patient's own thank-you: the trauma bay he lay in (treated like a bed), date of injury, "
    "initials twice, home town",
)

# 62
n(
    "en",
    "sponsor",
    "Thank you to Alaska Marine Lines and the Kuskokwim Lions Club for shipping 300 car seats to "
    "villages along the Kuskokwim for free this summer! 🚤 #BuckleUpAlaska",
    "sponsors and a river region; no patient",
)

# 63
p(
    "en",
    "pasted_record",
    "lol someone's handoff note ended up in the comments: 'bed 7 - Agnes Worm, 94yo, Nightmute, "
    "daughter Esther at bedside, needs Yupik interp, Foley out 0600'",
    [
        ("OTHER_ID", "bed 7"),
        ("NAME", "Agnes Worm"),
        ("AGE", "94yo"),
        ("GEO", "Nightmute"),
        ("NAME", "Esther"),
    ],
    note="bed number with keyword, surname that is an ordinary word, age with attached suffix, "
    "village, daughter",
)

# 64
n(
    "en",
    "health_tip",
    "Frostnip or frostbite? Frostnip: skin red and numb, recovers with warming. Frostbite: white or "
    "grayish-yellow, hard, waxy. Never rub it with snow - that old advice does more harm. Use warm "
    "water (not hot), and come see us.",
    "health tip",
)

# 65
p(
    "en",
    "patient_story",
    "Update on our kuya JUN-JUN VILLANUEVA (Arnel to his titas): he's off the ventilator!!! Mama "
    "Cora says thank you to the MICU and to everyone at St. Benedict's who prayed the novena. Room 6 "
    "is full of lumpia, sorry nurses 😂",
    [("NAME", "JUN-JUN VILLANUEVA"), ("NAME", "Arnel"), ("NAME", "Cora"), ("OTHER_ID", "Room 6")],
    note="all-caps nickname and surname, real first name, mother ('Mama' is a title), room; the "
    "parish is not the family's address",
)

# 66
n(
    "en",
    "public_figure",
    "Today Gov. Dana Whitcomb toured our new Bethel dialysis unit and met nurses who commute by "
    "skiff in summer. Thank you for supporting rural kidney care! (No patients were photographed; "
    "privacy first.)",
    "public official visiting; not a patient",
)

# 67
p(
    "en",
    "public_figure",
    "Anchorage Assembly member Tomas Reyes-Fonoti asked us to share that he is recovering here after "
    "emergency surgery on Feb. 3, and he thanks constituents for all the messages. He'll be back at "
    "Assembly meetings soon.",
    [("NAME", "Tomas Reyes-Fonoti"), ("DATE", "Feb. 3")],
    note="an official who IS a patient: hyphenated name and surgery date",
)

# 68
n(
    "en",
    "public_figure",
    "Anchorage Assembly member Lani Fonoti stopped by our Pediatric unit on Feb. 3 to thank nurses "
    "and read to kids in Samoan and English. Fa'afetai, Lani!",
    "near-twin of a patient post: the official is only a visitor; her date is not labelled",
)

# 69
p(
    "en",
    "birth_announcement",
    "#WelcomeBabyNasruk 🎉 Born 2/29 - a leap day baby! - 8 lb 1 oz, and headed home to Kotzebue with "
    "big sister Annie and grandma Minnie Sheldon, who has been knitting for months.",
    [
        ("NAME", "#WelcomeBabyNasruk"),
        ("DATE", "2/29"),
        ("GEO", "Kotzebue"),
        ("NAME", "Annie"),
        ("NAME", "Minnie Sheldon"),
    ],
    note="baby named only in a hashtag; leap-day birth date; home town; sister and grandmother",
)

# 70
n(
    "en",
    "recruitment",
    "Flight nurses wanted! Join our Ridge Flight rotor and fixed-wing crews serving 60+ villages. 3 "
    "years ICU/ED experience, CFRN within 2 years, sign-on bonus $15,000. Details at "
    "denaliridgemc.org/careers.",
    "job ad",
)

# 71
p(
    "en",
    "discharge",
    "Marie Friday goes home Friday! 🎉 After her knee replacement, the Chevak grandmother of 14 says "
    "she's ready for salmonberry season. Quyana to ortho and PT!",
    [("NAME", "Marie Friday"), ("GEO", "Chevak")],
    note="surname that is a weekday: only the name is labelled, the weekday is not (a different "
    "string); village",
)

# 72
n(
    "en",
    "event",
    "Join us for the Iditarod Ceremonial Start cheering station outside our main entrance on "
    "Ptarmigan Parkway! Hot cocoa, reindeer dogs, and a chance to meet our Ridge Flight crew. Mushers "
    "pass at about 10 a.m.",
    "hospital event at the hospital's own street",
)

# 73
p(
    "en",
    "thank_you",
    "Mahsi' choo to the burn unit for taking care of my husband Lester Frank after the cabin fire in "
    "Arctic Village on Jan. 7. He's home now, and our grandkids beaded the nurses a keychain. - Doris",
    [("NAME", "Lester Frank"), ("GEO", "Arctic Village"), ("DATE", "Jan. 7"), ("NAME", "Doris")],
    note="Gwich'in family: name, village (two ordinary words), date of the fire, wife signing",
)

# 74
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease awareness: fever for 5+ days, red eyes, cracked lips, 'strawberry tongue,' "
    "swollen hands and feet. It's most common in kids under 5 and it's treatable - early diagnosis "
    "protects the heart. Ask your pediatrician.",
    "eponymous condition; population ages",
)

# 75
p(
    "en",
    "hospital_contact",
    "Found in the ED waiting room, left by a patient's family: a wallet with AK driver license "
    "7104432 for JOSEPH M. EVAN, a CFEC permit S03T 61842J, and skiff registration AK 4471 AF. Please "
    "call Security at (907) 555-0100 to claim it.",
    [
        ("LICENSE", "7104432"),
        ("NAME", "JOSEPH M. EVAN"),
        ("LICENSE", "S03T 61842J"),
        ("VEHICLE", "AK 4471 AF"),
    ],
    note="a patient's relative: driver licence, commercial fishing permit (LICENSE), boat "
    "registration (VEHICLE); hospital phone not labelled",
)

# 76
n(
    "en",
    "hospital_contact",
    "Need an interpreter? We offer free Yup'ik, Iñupiaq, Tagalog, Samoan, Spanish, Hmong and ASL "
    "interpreters 24/7. Ask your nurse or call Patient & Family Services at (907) 555-0100, ext. 4.",
    "hospital service info",
)

# 77
p(
    "en",
    "campaign_hashtag",
    "Wear purple Friday for #KoalaStrong 💜 Our 6-year-old patient Koala (yes, that's her real "
    "nickname!) from Kipnuk finished her last round of chemo on 3/8. Post your purple and tag the "
    "family @koalas_journey_ak",
    [
        ("NAME", "#KoalaStrong"),
        ("NAME", "Koala"),
        ("GEO", "Kipnuk"),
        ("DATE", "3/8"),
        ("OTHER_ID", "@koalas_journey_ak"),
    ],
    note="nickname and name hashtag, village, treatment date, family's social handle",
)

# 78
n(
    "en",
    "campaign_hashtag",
    "This November our lobby glows for #NativeHeritageMonth. Share how your family keeps traditional "
    "foods on the table with #TundraToTable - we'll feature recipes all month.",
    "campaign hashtags",
)

# 79
p(
    "en",
    "memorial",
    "In loving memory of Jimmie Katasse Sr. (Kax̱sáan), Eagle moiety, who passed at our hospital on "
    "Oct. 5 surrounded by his clan. His 40-day party will be held at home in Sitka. Gunalchéesh for "
    "sharing him with us.",
    [("NAME", "Jimmie Katasse"), ("NAME", "Kax̱sáan"), ("DATE", "Oct. 5"), ("GEO", "Sitka")],
    note="English name ('Sr.' excluded) and Tlingit name with diacritics; date of death; home town",
)

# 80
n(
    "en",
    "event",
    "October is Filipino American History Month! Join our Filipino Nurses Association for merienda "
    "and a history talk on Oct. 25 in Conference Room B. Did you know Filipino 'Alaskeros' have "
    "worked Alaska canneries since the early 1900s?",
    "staff event; a conference room is not a patient room",
)

# 81
p(
    "en",
    "pasted_record",
    "Nurses, reminder NOT to post screenshots. This one was up for 20 minutes: 'BALLOT, WILFRED R | "
    "SSN 574-55-0192 | DOB 12/24/1958 | Ins: Medicare 3QW7-JK2-RT81'",
    [
        ("NAME", "BALLOT, WILFRED R"),
        ("SSN", "574-55-0192"),
        ("DATE", "12/24/1958"),
        ("HEALTH_PLAN", "3QW7-JK2-RT81"),
    ],
    note="surname that is an ordinary word; SSN; DOB on Christmas Eve written as numbers; Medicare ID",
)

# 82
n(
    "en",
    "research",
    "Our telehealth pilot with 14 village clinics cut avoidable medevac flights by 22% in its first "
    "year, saving families an estimated $3.1M in travel. Results were presented at the Alaska Tribal "
    "Health Conference on Oct. 10.",
    "research results; conference date",
)

# 83
p(
    "en",
    "patient_story",
    "Willow, 8, was mushing her grandpa's dogs near Willow when she fell through overflow. Her lead "
    "dog, Juneau, stayed with her until grandpa Ray Tichenor found her. Willow's frostbitten toes are "
    "healing, and Juneau got a steak. 🐾",
    [("NAME", "Willow", 1), ("GEO", "Willow", 2), ("NAME", "Willow", 3), ("NAME", "Ray Tichenor")],
    note="girl named Willow injured near the town of Willow; grandfather; the dog named Juneau is a "
    "pet, not labelled",
)

# 84
n(
    "en",
    "public_figure",
    "98 years ago this week, mushers relayed diphtheria serum 674 miles to Nome. Leonhard Seppala "
    "and Togo ran the longest leg; Gunnar Kaasen and Balto finished it. Today our Nome clinic on "
    "Seppala Drive still carries vaccines by air - and sometimes by sled.",
    "historical figures and dogs; the hospital's own street; '98 years' is not a person's age",
)

# 85
p(
    "es",
    "discharge",
    "¡De alta! Después de 19 días en la UCI por COVID, el señor Baltazar Quispe Mamani regresa a su "
    "casa en Mountain View. Su esposa Rosa y sus nietos lo esperaban con globos. ¡Gracias, equipo!",
    [("NAME", "Baltazar Quispe Mamani"), ("GEO", "Mountain View"), ("NAME", "Rosa")],
    note="Andean double surname, neighbourhood, wife",
)

# 86
n(
    "es",
    "recruitment",
    "¿Habla español y le gusta ayudar? Buscamos intérpretes médicos certificados para turnos de "
    "noche. Salario desde $32 la hora. Envíe su solicitud en denaliridgemc.org/empleos o llame al "
    "(907) 555-0100.",
    "job ad",
)

# 87
p(
    "en",
    "milestone_birthday",
    "Our Nome Clinic team threw a surprise party for patient Clara Seetomona, who turns 102 on "
    "Sunday! Clara still walks to her checkups in her qaspeq. Her son Wilfred says she's 'tougher "
    "than the Bering Sea.'",
    [("NAME", "Clara Seetomona"), ("NAME", "Clara", "*"), ("AGE", "102"), ("NAME", "Wilfred")],
    note="age over 89; son; the weekday is not labelled",
)

# 88
n(
    "en",
    "milestone_birthday",
    "Happy 40th birthday to our Bethel Clinic! Since 1984 it has seen more than a million visits, "
    "and its first nurse, Evelyn Toots, now 92, still comes to every anniversary party.",
    "clinic anniversary; a former nurse's age over 89 is a staff member's, not a patient's",
)

# 89
p(
    "en",
    "thank_you",
    "Shout-out from the Pete family of Hooper Bay 💙 Our baby Yuri had heart surgery Outside and came "
    "back to Denali Ridge to recover. Nurse Tasha, you are his favorite person.",
    [("NAME", "Pete"), ("GEO", "Hooper Bay"), ("NAME", "Yuri")],
    note="family surname that is a first name, village, baby's name; nurse is staff; 'Outside' "
    "(Alaskan for the Lower 48) is not a place name",
)

# 90
n(
    "en",
    "anonymous_story",
    "One of our NICU grads turned 18 this year and wrote to say she's starting nursing school in the "
    "fall. She was born at 24 weeks during a blizzard, and her dad drove the Parks Highway all night "
    "to get here. We couldn't be prouder. 💙",
    "anonymous former patient; a highway driven, not a crash site or address",
)

# 91
p(
    "en",
    "pasted_record",
    "Shared by accident in a family fundraiser update: 'Discharge instructions for FONOTI, LAGI  "
    "Enc# 33018922  Follow up Ortho 4/22  Cast off 5/6  Call (907) 555-0123 w/ questions.' Donate: "
    "gofundme.com/f/lagi-fonoti-recovery",
    [
        ("NAME", "FONOTI, LAGI"),
        ("OTHER_ID", "33018922"),
        ("DATE", "4/22"),
        ("DATE", "5/6"),
        ("URL", "gofundme.com/f/lagi-fonoti-recovery"),
    ],
    note="encounter number, appointment dates, fundraiser URL containing the name; ED number is the "
    "hospital's",
)

# 92
n(
    "en",
    "statistic",
    "Frostbite season report: 37 frostbite admissions November to February, down from 52. Most "
    "common: fingers (61%). 9 patients needed amputations. Average age 44; 3 patients were over 90. "
    "Keep those mittens on!",
    "aggregate statistics with population ages",
)

# 93
p(
    "en",
    "patient_story",
    "Setnetter Dolly Nanalook of Manokotak caught more than sockeye this July: a hook through the "
    "palm, a skiff ride to the clinic, and a jet ride to us. Her hand surgery on 7/12 went great, and "
    "she's already asking when she can get back to her site.",
    [("NAME", "Dolly Nanalook"), ("GEO", "Manokotak"), ("DATE", "July"), ("DATE", "7/12")],
    note="fisher's name, village, month of injury, surgery date",
)

# 94
n(
    "en",
    "health_tip",
    "Kids Don't Float: if you're on the river, wear a life jacket. Borrow a free one from the loaner "
    "boards at boat launches in Bethel, Nome and Kotzebue. Cold water takes your breath away in "
    "seconds. #KidsDontFloat",
    "water safety tip naming towns, with no patient",
)

# 95
p(
    "en",
    "birth_announcement",
    "Our first White Sunday baby! 🤍 Tamaalii Leota arrived on White Sunday morning to parents Siaosi "
    "and Fa'amoana Leota, who were supposed to be at church leading the children's program. Fa'afetai "
    "to L&D for the white onesie.",
    [
        ("DATE", "White Sunday", "*"),
        ("NAME", "Tamaalii Leota"),
        ("NAME", "Siaosi"),
        ("NAME", "Fa'amoana Leota"),
    ],
    note="born on the Samoan children's holiday (named twice, both DATE); baby and parents",
)

# 96
n(
    "en",
    "event",
    "Samoan Flag Day fiafia this Saturday on the Loussac Library lawn! Our Pacific Islander health "
    "navigators will offer free A1C checks and the youth group will perform a siva. 🌺",
    "community event at a public venue",
)

# 97
p(
    "en",
    "pasted_record",
    "From our Cardiology group (please don't post your device cards!): 'Pacemaker SN PJN448213H "
    "implanted 08/30 for Elmer Chikoyak, Kongiganak. Remote monitor acct 55-0918-337.'",
    [
        ("DEVICE", "PJN448213H"),
        ("DATE", "08/30"),
        ("NAME", "Elmer Chikoyak"),
        ("GEO", "Kongiganak"),
        ("ACCOUNT", "55-0918-337"),
    ],
    note="device serial, implant date, name, village, monitoring account",
)

# 98
n(
    "en",
    "staff_spotlight",
    "Meet Theresa Nuyarralria Joe, our senior Yup'ik medical interpreter. Raised in Toksook Bay, she "
    "has translated everything from consent forms to lullabies. 'Sometimes the right word is the "
    "whole treatment,' she says. Quyana, Theresa!",
    "staff interpreter with Yup'ik and English names and a home village; staff are not labelled",
)

# 99
p(
    "en",
    "patient_story",
    "HUGE NEWS FROM 6 NORTH: BABY TEKLA ROSE IS OFF OXYGEN!!! 🎉 Her mama Brenda and papa Gus have "
    "driven in from Glennallen every weekend since she was born in DECEMBER. #TEKLASTRONG",
    [
        ("NAME", "TEKLA ROSE"),
        ("NAME", "Brenda"),
        ("NAME", "Gus"),
        ("GEO", "Glennallen"),
        ("DATE", "DECEMBER"),
        ("NAME", "#TEKLASTRONG"),
    ],
    note="all-caps name (second name is a flower word), parents, town, birth month in caps, caps hashtag",
)

# 100
n(
    "en",
    "crisis_update",
    "After this morning's M6.2 earthquake, all patients and staff are safe. Elevators in the north "
    "tower are being inspected; please use the 3900 Ptarmigan Parkway entrance. Scheduled surgeries "
    "will go ahead.",
    "earthquake update; hospital address",
)

# 101
p(
    "en",
    "memorial",
    "We honor Pvt. Moses Aningayou, Alaska Territorial Guard veteran and St. Lawrence Island elder, "
    "who passed peacefully on Veterans Day at 98 years old. The people of Gambell will welcome him "
    "home this week.",
    [
        ("NAME", "Moses Aningayou"),
        ("GEO", "St. Lawrence Island"),
        ("DATE", "Veterans Day"),
        ("AGE", "98"),
        ("GEO", "Gambell"),
    ],
    note="rank is a title; island and village; date of death as a holiday; age over 89",
)

# 102
n(
    "en",
    "eponymous_condition",
    "Osgood-Schlatter disease is common in growing athletes: think knee pain just below the kneecap "
    "in basketball-crazy teens. Rest, ice and stretching usually do it. Our sports medicine clinic "
    "sees it all winter.",
    "eponymous condition",
)

# 103
p(
    "en",
    "thank_you",
    "Manang Leah here 👋 Just want to thank Dr. Sorensen and the 5 West team for taking care of my "
    "father Ernesto 'Nesting' Macaraeg after his stroke on Thanksgiving. We're back home in Spenard "
    "and he's already bossing everyone.",
    [
        ("NAME", "Leah"),
        ("NAME", "Ernesto 'Nesting' Macaraeg"),
        ("DATE", "Thanksgiving"),
        ("GEO", "Spenard"),
    ],
    note="'Manang' is an honorific; daughter's name; father's name with nickname; stroke on a "
    "holiday; neighbourhood; the doctor is staff",
)

# 104
n(
    "en",
    "sponsor",
    "Huge quyana to Tundra Outfitters for donating 200 snowmachine helmets for the kids' safety days "
    "at our Bethel and Nome clinics! 🪖",
    "sponsor",
)

# 105
p(
    "en",
    "milestone_birthday",
    "Happy 90th, Apa! Our patient Tommy 'Apa' Ningeulook marked his big birthday on 3 North on April "
    "4 with muktuk, Jell-O, and a video call from his 23 grandkids in Shishmaref.",
    [
        ("AGE", "90th"),
        ("NAME", "Apa", "*"),
        ("NAME", "Tommy 'Apa' Ningeulook"),
        ("DATE", "April 4"),
        ("GEO", "Shishmaref"),
    ],
    note="age 90; nickname used alone and in the full name; birthday date; relatives' village",
)

# 106
n(
    "en",
    "statistic",
    "Our Elders Program by the numbers: 412 elders over 65 served, 58 over 90, and 6 centenarians! "
    "Average length of stay 4.2 days; 96% would recommend us to family.",
    "aggregate counts; 'centenarians' here is a group, not one person",
)

# 107
p(
    "en",
    "pasted_record",
    "Fax cover sheet posted in the staff group by mistake: 'Re: BALDWIN, HOWARTH | DOB 10/11/1972 | "
    "Kotzebue | MRN 00623105 | Pt's home fax (907) 555-0184 for copies'",
    [
        ("NAME", "BALDWIN, HOWARTH"),
        ("DATE", "10/11/1972"),
        ("GEO", "Kotzebue"),
        ("MRN", "00623105"),
        ("FAX", "(907) 555-0184"),
    ],
    note="the patient's own fax number is FAX",
)

# 108
n(
    "en",
    "recruitment",
    "Travel nurses: spend a summer in Nome! 13-week contracts at our Nome clinic, housing provided, "
    "midnight sun included. Apply at denaliridgemc.org/careers. Questions: (907) 555-0167.",
    "job ad",
)

# 109
p(
    "es",
    "pasted_record",
    "Por favor no publiquen documentos: 'Paciente: MORALES VEGA, JOSÉ LUIS  F. nac.: 15/03/1988  "
    "Núm. de expediente 00845512  Seguro: Medicaid 7715230948  Dirección: 4120 Boniface Pkwy, apto 12'",
    [
        ("NAME", "MORALES VEGA, JOSÉ LUIS"),
        ("DATE", "15/03/1988"),
        ("MRN", "00845512"),
        ("HEALTH_PLAN", "7715230948"),
        ("GEO", "4120 Boniface Pkwy, apto 12"),
    ],
    note="day-first date of birth, record number, Medicaid number, street address with apartment",
)

# 110
n(
    "es",
    "staff_spotlight",
    "Conozca a Marisol Peña, enfermera de partos desde hace 12 años. Nació en Oaxaca, llegó a Alaska "
    "para trabajar en una procesadora de pescado y hoy enseña a las nuevas enfermeras. ¡Gracias, "
    "Marisol!",
    "staff member and her birthplace",
)

# 111
p(
    "en",
    "discharge",
    "Our youngest Iditarod fan is going home! 🐕 Little Musher - real name Holden Ivanoff - spent 11 "
    "days here with RSV and watched every mile of the race on the hallway TV. Holden, your Unalakleet "
    "welcome-home team is ready.",
    [
        ("NAME", "Musher"),
        ("NAME", "Holden Ivanoff"),
        ("NAME", "Holden", "*"),
        ("GEO", "Unalakleet"),
    ],
    note="a nickname that is an ordinary word ('Little' is descriptive), real name, village",
)

# 112
n(
    "en",
    "health_tip",
    "RSV season is here. For babies, especially in villages where homes are crowded and the nearest "
    "ICU is a flight away, the new RSV shot for infants is a game-changer. Ask about it at your next "
    "well-child visit.",
    "health tip",
)

# 113
p(
    "en",
    "sponsor",
    "Thank you to Vince and Carla Tuiolosega, who donated 30 sleep chairs to our PICU in honor of "
    "their daughter Sina, who spent 8 weeks with us in 2022 and is now a healthy fourth grader.",
    [("NAME", "Vince"), ("NAME", "Carla Tuiolosega"), ("NAME", "Sina")],
    note="donors introduced as parents of a former patient are labelled; bare year not labelled",
)

# 114
n(
    "en",
    "sponsor",
    "Thank you to the Kinney-Aumua Family Foundation for funding our Traditional Foods kitchen, "
    "where patients can be served seal oil, moose stew and salmon strips prepared by our cooks.",
    "donor family foundation; not relatives of a named patient",
)

# 115
p(
    "en",
    "patient_story",
    "Warriors guard Kolby Sam, who scored 41 at the state tournament, tore his ACL in the semifinal "
    "and had surgery here on 3/22. The whole team came to visit. Kolby says: see you next season.",
    [("NAME", "Kolby Sam"), ("NAME", "Kolby", "*"), ("DATE", "3/22")],
    note="local sports star who is a patient; surgery date",
)

# 116
n(
    "en",
    "anonymous_story",
    "A patient's dog, Nanook, rode the skiff to the airstrip and refused to leave until the Ridge "
    "Flight plane took off. His owner is recovering well, and Nanook is being spoiled by the "
    "neighbors. 🐕",
    "only a pet is named; the patient is anonymous",
)

# 117
p(
    "en",
    "memorial",
    "Rest easy, Bong. 💔 Our beloved patient Rodolfo 'Bong' Santos fought leukemia for three years on "
    "our oncology unit. He passed on Sept. 9, his daughter Princess's birthday. Salamat for the "
    "karaoke nights, Bong.",
    [
        ("NAME", "Rodolfo 'Bong' Santos"),
        ("NAME", "Bong", "*"),
        ("DATE", "Sept. 9"),
        ("NAME", "Princess"),
    ],
    note="nickname, full name, date of death, daughter with a word-name",
)

# 118
n(
    "en",
    "health_tip",
    "Dark days are here: Anchorage gets about 5 hours 27 minutes of daylight on the solstice. Light "
    "boxes, vitamin D, and getting outside at midday really help. If you're struggling, call or text "
    "988 any time.",
    "seasonal health tip; national line",
)

# 119
p(
    "en",
    "birth_announcement",
    "The Aurora Borealis was dancing over the Chugach at 1:12 a.m. when little Aurora Grace "
    "Kasayulie made her entrance on Dec. 21. Congratulations to parents Derek and Jolene!",
    [
        ("NAME", "Aurora Grace Kasayulie"),
        ("DATE", "Dec. 21"),
        ("NAME", "Derek"),
        ("NAME", "Jolene"),
    ],
    note="baby's first name is also the northern lights ('Aurora Borealis' not labelled); birth "
    "date; parents",
)

# 120
n(
    "en",
    "event",
    "Fur Rondy blood drive! 🩸 Donate at our main campus, 3900 Ptarmigan Parkway, Feb. 24-25, and get "
    "a Rondy pin and a reindeer sausage. One trauma patient can need up to 100 units.",
    "event with hospital address and dates",
)

# 121
p(
    "en",
    "pasted_record",
    "Chaplain's visit list left on the lobby printer (shred, please!): 'Room 310 - Paul & Nellie "
    "Kiokun, Hooper Bay | Room 322 - Irene Tall, sacrament of the sick | ICU bed 4 - family asks for "
    "Orthodox priest'",
    [
        ("OTHER_ID", "Room 310"),
        ("NAME", "Paul"),
        ("NAME", "Nellie Kiokun"),
        ("GEO", "Hooper Bay"),
        ("OTHER_ID", "Room 322"),
        ("NAME", "Irene Tall"),
        ("OTHER_ID", "bed 4"),
    ],
    note="room and bed numbers (the unit 'ICU' is not in the span), couple, village, surname that is "
    "a word",
)

# 122
n(
    "en",
    "pasted_record",
    "For our new unit clerks, a sample census line (fake patient!): 'Rm 000 | DOE, JANE | 00000000 | "
    "Diet: Regular | Code: Full'. Real names never go on the hallway board.",
    "placeholder patient in a training example",
)

# 123
p(
    "en",
    "patient_story",
    "Ten-year-old Bethel (yes, named after her hometown!) from Bethel was flown in after a "
    "four-wheeler rollover on the Kuskokwim ice road on Jan. 28. Today she rang the bell on "
    "Pediatrics and told the nurses she's going to be a Ridge Flight pilot.",
    [
        ("NAME", "Bethel", 1),
        ("GEO", "Bethel", 2),
        ("GEO", "Kuskokwim ice road"),
        ("DATE", "Jan. 28"),
    ],
    note="a girl named after her town: first 'Bethel' NAME, second GEO; the ice road of the crash; date",
)

# 124
n(
    "en",
    "eponymous_condition",
    "Graves' disease and Hashimoto's thyroiditis are both autoimmune thyroid conditions, and both "
    "are more common in women. Symptoms can look like stress or 'just winter.' A simple blood test "
    "can tell.",
    "eponymous conditions",
)

# 125
p(
    "en",
    "eponymous_condition",
    "Meet Walter Graves of Eagle River, who was diagnosed with Graves' disease at 62 after his wife "
    "Joan noticed his hands shaking at church. 'Yes, I've heard every joke,' he says. Walter's "
    "radioactive iodine treatment was March 5.",
    [
        ("NAME", "Walter Graves"),
        ("NAME", "Walter", "*"),
        ("GEO", "Eagle River"),
        ("NAME", "Joan"),
        ("DATE", "March 5"),
    ],
    note="patient whose surname is the eponym of his condition: 'Graves'' in the disease name is not "
    "labelled; wife; treatment date; age 62 not labelled",
)

# 126
n(
    "en",
    "crisis_update",
    "Ash advisory: Mount Spurr may erupt in the coming days. If ashfall occurs, people with asthma "
    "or COPD should stay indoors; N95 masks will be available in our main lobby. Medevac flights may "
    "be delayed.",
    "volcano advisory",
)

# 127
p(
    "en",
    "patient_story",
    "Our centenarian of the week! Sister Mary Agnes Kalerak, who taught at the Catholic school in "
    "St. Marys for 40 years, is recovering from pneumonia on 4 South and asked for one thing: a "
    "salmon strip. Request granted.",
    [("AGE", "centenarian"), ("NAME", "Mary Agnes Kalerak"), ("GEO", "St. Marys")],
    note="'centenarian' states the age; 'Sister' is a title; the village she lived in",
)

# 128
n(
    "en",
    "public_figure",
    "Olympic cross-country skier and Anchorage native Kelsey Lindqvist spent the afternoon with our "
    "pediatric rehab kids, trying out adaptive sit-skis on the hospital lawn. Thank you, Kelsey!",
    "athlete visiting; not a patient",
)

# 129
p(
    "en",
    "public_figure",
    "Radio host Mike 'Big Mike' Tuilagi is broadcasting live from Room 611 this week after his knee "
    "replacement - with his surgeon's blessing! Tune in: Mike says the Jell-O review is coming.",
    [("NAME", "Mike 'Big Mike' Tuilagi"), ("NAME", "Mike", "*"), ("OTHER_ID", "Room 611")],
    note="local celebrity who is a patient: name with nickname, room",
)

# 130
n(
    "en",
    "crisis_update",
    "TB screening update: after a tuberculosis case was linked to a community hall in the Bethel "
    "region, free screening will be offered at our Bethel clinic Jan. 15-19. There is no risk to "
    "patients at our Anchorage campus.",
    "public health notice; no patient identified",
)

# 131
p(
    "es",
    "thank_you",
    "Mil gracias a la doctora Kwon y a las enfermeras de pediatría por cuidar a mi hijo Brayan "
    "cuando se quemó con aceite el Día de las Madres. Ya está en casa en Muldoon jugando fútbol. - "
    "Karina Salgado",
    [
        ("NAME", "Brayan"),
        ("DATE", "Día de las Madres"),
        ("GEO", "Muldoon"),
        ("NAME", "Karina Salgado"),
    ],
    note="injury on a named holiday; neighbourhood; mother; the doctor is staff",
)

# 132
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Parkinson no es solo temblor: también causa rigidez, lentitud y problemas de "
    "sueño. Nuestro grupo de apoyo en español se reúne el primer martes de cada mes. Informes: (907) "
    "555-0100.",
    "eponymous condition; support group",
)

# 133
p(
    "en",
    "pasted_record",
    "Pharmacy label photo in the comments (we've hidden it): 'Rx 6631042 | DEMIENTIEFF, ALEXANDRA | "
    "Holy Cross | metformin 500mg | Refills 3 | Filled 02/27'",
    [
        ("OTHER_ID", "6631042"),
        ("NAME", "DEMIENTIEFF, ALEXANDRA"),
        ("GEO", "Holy Cross"),
        ("DATE", "02/27"),
    ],
    note="prescription number, name, a village whose name is a religious phrase, fill date; the "
    "photo is of a label, not of the patient",
)

# 134
n(
    "en",
    "hospital_contact",
    "Billing questions? Our team can help with Medicaid, IHS, tribal and Denali KidCare coverage. "
    "Call (907) 555-0145, Mon-Fri 8-5, or message us through the patient portal at "
    "denaliridgemc.org/portal.",
    "hospital contact",
)

# 135
p(
    "en",
    "patient_story",
    "Brothers Isaac and Henry Nageak were caught in a whiteout on their way back from caribou "
    "hunting near Atqasuk on Oct. 30. Search and rescue found them two days later. Both are "
    "recovering from frostbite on 5 West, and their mom Rhoda has not left their side.",
    [
        ("NAME", "Isaac"),
        ("NAME", "Henry Nageak"),
        ("GEO", "Atqasuk"),
        ("DATE", "Oct. 30"),
        ("NAME", "Rhoda"),
    ],
    note="two patients, place and date of injury, mother",
)

# 136
n(
    "en",
    "research",
    "Did you know? Our genetic counselors study CPT1A, a gene variant common among Inuit and Yup'ik "
    "people that may have evolved with a high-fat marine diet. Research participation is always "
    "voluntary and reviewed by our Tribal research board.",
    "population genetics research",
)

# 137
p(
    "en",
    "thank_you",
    "big thank u to the nurses on 6 south who cared for my aunty malia tuiasosopo. she loved u all. "
    "her celebration of life is sat at the samoan assembly of god, all welcome 🙏🌺",
    [("NAME", "malia tuiasosopo")],
    note="lower-case full name of a deceased patient; 'aunty' is a title; 'sat' is a weekday",
)

# 138
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Leilani Aumua, our first Samoan-born trauma surgeon, named Alaska Physician of "
    "the Year! Dr. Aumua grew up in Pago Pago and came to Anchorage for residency in 2009. Her mom "
    "Fa'alili watched the ceremony on Zoom.",
    "staff member, her home town and her own mother; staff families are not labelled",
)

# 139
p(
    "en",
    "birth_announcement",
    "Cama-i! 👶 Baby Atsaq (English name: Julius Jacob) was born 10/2 at the Quinhagak clinic before "
    "the weather let the plane in. Mom Evelyn and baby flew to us the next morning and are doing "
    "great.",
    [
        ("NAME", "Atsaq"),
        ("NAME", "Julius Jacob"),
        ("DATE", "10/2"),
        ("GEO", "Quinhagak"),
        ("NAME", "Evelyn"),
    ],
    note="Yup'ik and English names, birth date, birth village, mother",
)

# 140
n(
    "en",
    "recruitment",
    "Curious about healthcare? Our summer Native Youth Medical Camp for high schoolers from rural "
    "Alaska is accepting applications - travel and lodging covered. Deadline April 1.",
    "program recruitment",
)

# 141
p(
    "en",
    "discharge",
    "Leaving on a jet plane ✈️ Whaling crew member Silas Kippi heads home to Wainwright today after "
    "3 weeks recovering from hypothermia. His crewmates pulled him from the Chukchi Sea on May 14. "
    "Silas, the ice will wait for you.",
    [("NAME", "Silas Kippi"), ("NAME", "Silas", "*"), ("GEO", "Wainwright"), ("DATE", "May 14")],
    note="village, date of injury; a sea is not a subdivision of a state, not GEO",
)

# 142
n(
    "en",
    "event",
    "Native Heritage Month Elders' Luncheon: Nov. 16, 11:30 a.m., Main Campus Atrium. Traditional "
    "foods, Yup'ik dancers, and a blanket ceremony honoring our longest-serving Native employees.",
    "event",
)

# 143
p(
    "en",
    "memorial",
    "Our hearts are with the family of Derrick 'Dee' Chythlook of Aleknagik, lost when his skiff "
    "capsized on Lake Aleknagik on June 18. Dee was our patient since childhood and a beloved Little "
    "League coach. Fly high, Dee.",
    [
        ("NAME", "Derrick 'Dee' Chythlook"),
        ("NAME", "Dee", "*"),
        ("GEO", "Lake Aleknagik"),
        ("GEO", "Aleknagik", "*"),
        ("DATE", "June 18"),
    ],
    note="home village and the lake where he died (the lake carries the village's name), date of death",
)

# 144
n(
    "en",
    "campaign_hashtag",
    "It's #QuyanaNurses week! Tag a nurse who made a difference for your family - first names only, "
    "and please don't share patient details. We'll read your notes at the nurses' breakfast.",
    "campaign hashtag",
)

# 145
p(
    "en",
    "campaign_hashtag",
    "Day 30 of #PrayersForPenina 🙏 Penina is breathing on her own now. Her family thanks everyone "
    "who came to the candlelight vigil at their church. Keep the hashtag going!",
    [("NAME", "#PrayersForPenina"), ("NAME", "Penina")],
    note="name hashtag and first name; 'Day 30' is a count",
)

# 146
n(
    "en",
    "health_tip",
    "Heading out for moose season? Carry a trauma kit with a tourniquet and learn to use it: Stop "
    "the Bleed classes are free at our main campus every 2nd Tuesday. Sign up: "
    "denaliridgemc.org/stopthebleed.",
    "tip and class",
)

# 147
p(
    "en",
    "pasted_record",
    "Please don't post lab results! Removed from our page: 'Accession 24-HM-018836 | Pt: Lavinia "
    "Faleafa, 29F | Collected 06/03 | Hgb 7.1 L | Ordering: Aumua' - Lavinia, we're reaching out to "
    "you privately ❤️",
    [
        ("OTHER_ID", "24-HM-018836"),
        ("NAME", "Lavinia Faleafa"),
        ("NAME", "Lavinia", "*"),
        ("DATE", "06/03"),
    ],
    note="specimen accession number, name, collection date; the ordering doctor is staff; age 29 not "
    "labelled",
)

# 148
n(
    "en",
    "sponsor",
    "Thanks to Kuskokwim Air for flying our dental team to 8 villages this spring, and to Bering Sea "
    "Seafoods for the salmon at our Elders' luncheon!",
    "sponsors",
)

# 149
p(
    "en",
    "patient_story",
    "A.J. from Nunapitchuk wants everyone to know: he beat his fear of needles! After weekly "
    "infusions since August, A.J. finished treatment for his Crohn's disease and celebrated with "
    "akutaq from his grandma Olinka.",
    [("NAME", "A.J.", "*"), ("GEO", "Nunapitchuk"), ("DATE", "August"), ("NAME", "Olinka")],
    note="initials, village, month treatment began, grandmother; the eponymous condition is not labelled",
)

# 150
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can be scary: one side of the face droops suddenly. It's usually temporary, but "
    "stroke can look the same, so always call 911 for sudden facial drooping. BE FAST: Balance, Eyes, "
    "Face, Arms, Speech, Time.",
    "eponymous condition",
)

# 151
p(
    "es",
    "birth_announcement",
    "¡Nació Guadalupe Itzel! La primera bebé del 12 de diciembre, Día de la Virgen de Guadalupe, en "
    "nuestra unidad de partos. Sus papás, Rosa Elena y Marcos, dicen que no había otro nombre "
    "posible. 🌹",
    [
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosa Elena"),
        ("NAME", "Marcos"),
    ],
    note="birth date given twice (date and feast day), both DATE; the feast day's 'Guadalupe' is "
    "part of the DATE span, not the NAME",
)

# 152
n(
    "es",
    "campaign_hashtag",
    "Este Mes de la Herencia Hispana, cuéntenos qué platillo de su familia llegó hasta Alaska con "
    "#SaboresDelNorte. ¡Publicaremos recetas saludables cada viernes!",
    "campaign hashtag",
)

# 153
p(
    "en",
    "staff_spotlight",
    "Staff Spotlight: meet Gloria Aumavae, our unit secretary on 4 North for 22 years - and, since "
    "her breast cancer diagnosis in May, a patient in our infusion center too. 'Now I know both sides "
    "of the call light,' she laughs. #GloriaStrong",
    [("NAME", "Gloria Aumavae"), ("DATE", "May"), ("NAME", "#GloriaStrong")],
    note="a staff member who is also a patient: name, month of diagnosis, name hashtag",
)

# 154
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: meet Gloria Tuiasosopo, our unit secretary on 4 North for 22 years and the one "
    "person who knows where every wheelchair in the building is hiding. 'The call light is my love "
    "language,' she laughs. #DenaliRidgeProud",
    "near-twin of a patient post; this staff member is not a patient",
)

# 155
p(
    "en",
    "pasted_record",
    "Helpdesk note pasted to Teams (wrong chat!): 'User seanpatrick.hopson cannot see son's records "
    "(Eli Hopson, MRN 01044719). Proxy access pending. Login attempts from 166.205.77.18. Callback "
    "907-555-0141.'",
    [
        ("OTHER_ID", "seanpatrick.hopson"),
        ("NAME", "Eli Hopson"),
        ("MRN", "01044719"),
        ("IP", "166.205.77.18"),
        ("PHONE", "907-555-0141"),
    ],
    note="parent's portal user name, child's name and MRN, IP address, callback phone",
)

# 156
n(
    "en",
    "hospital_contact",
    "Lost and found: a beaded caribou-hide mitten, left hand, was found in the ED waiting room. If "
    "it's yours, call Security at (907) 555-0100 and describe the beadwork!",
    "lost item with no owner identified",
)

# 157
p(
    "en",
    "milestone_birthday",
    "Maligayang kaarawan, Lola Ising! 🎂 Our patient Isidra 'Ising' Reyes celebrated her 95th "
    "birthday on 5 West today with pancit for long life, brought by her apo from Fairbanks. The "
    "nurses taught her TikTok; she taught them mahjong.",
    [
        ("NAME", "Isidra 'Ising' Reyes"),
        ("NAME", "Ising", "*"),
        ("AGE", "95th"),
        ("GEO", "Fairbanks"),
    ],
    note="'Lola' is an honorific; nickname; age over 89; grandchild's town",
)

# 158
n(
    "en",
    "statistic",
    "Commercial fishing is one of Alaska's most dangerous jobs. Last summer we treated 86 "
    "fishing-related injuries from Bristol Bay alone - mostly hands, backs and hypothermia. Ages "
    "ranged from 16 to 71.",
    "aggregate injury statistics; a region",
)

# 159
p(
    "en",
    "thank_you",
    "Our hearts are full. 💛 Thank you, 3 North, for 41 days of love. #TeamTuk is home in Noorvik.",
    [("NAME", "#TeamTuk"), ("GEO", "Noorvik")],
    note="patient named only in a hashtag; home village",
)

# 160
n(
    "en",
    "campaign_hashtag",
    "#RidgeStrong isn't just a hashtag. It's our EVS team working doubles during the flu surge, our "
    "pilots flying at forty below, and our cooks making fry bread for 300. Thank you, team.",
    "campaign hashtag",
)

# 161
p(
    "en",
    "patient_story",
    "Nenana musher Jolene 'Jo' Titus broke her pelvis when her sled hit a stump on the Tanana River "
    "trail on 2/11. Her dogs ran home without her; her brother Rusty followed the tracks and found "
    "her. Jo is walking with PT every day now.",
    [
        ("GEO", "Nenana"),
        ("NAME", "Jolene 'Jo' Titus"),
        ("NAME", "Jo", "*"),
        ("GEO", "Tanana River"),
        ("DATE", "2/11"),
        ("NAME", "Rusty"),
    ],
    note="home town, nickname, river trail of the crash, date, brother",
)

# 162
n(
    "en",
    "health_tip",
    "Overflow on river ice can soak your feet and freeze you in minutes. Carry dry socks in a "
    "plastic bag and a fire-starter, never ride alone, and check ice reports with your local search "
    "and rescue.",
    "tip",
)

# 163
p(
    "en",
    "pasted_record",
    "Posted on a Bethel buy-sell-trade page and reported to us: a photo of a discharge packet for "
    "ANDREW, JOHNNY T (DOB 07/04/1966), home address 18 Tundra Ridge Rd, Bethel. If this is yours, "
    "call our clinic at (907) 555-0156 and we'll help.",
    [
        ("NAME", "ANDREW, JOHNNY T"),
        ("DATE", "07/04/1966"),
        ("GEO", "18 Tundra Ridge Rd"),
        ("GEO", "Bethel", 2),
    ],
    note="name, DOB, street address and town; the first 'Bethel' names the page and is declared ok; "
    "the photo shows paper, not the patient",
    ok=("Bethel",),
)

# 164
n(
    "en",
    "crisis_update",
    "Boil-water notice lifted: the water at our Nome clinic is safe again after last week's main "
    "break. Thank you for your patience. Clinic hours are back to normal, 8 a.m. to 6 p.m.",
    "facility update",
)

# 165
p(
    "en",
    "memorial",
    "The Kaleak and Hopson families thank our hospice team for caring for Ruth 'Ulu' Kaleak, who "
    "walked on peacefully on Jan. 2 at age 96. Ulu sewed parkas for half of Utqiagvik. A memorial "
    "potluck will be held at home.",
    [
        ("NAME", "Ruth 'Ulu' Kaleak"),
        ("NAME", "Kaleak", "*"),
        ("NAME", "Hopson"),
        ("NAME", "Ulu", "*"),
        ("DATE", "Jan. 2"),
        ("AGE", "96"),
        ("GEO", "Utqiagvik"),
    ],
    note="family surnames, nickname that is also the name of a knife, date of death, age, town",
)

# 166
n(
    "en",
    "anonymous_story",
    "Last night one of our Ridge Flight crews landed on a frozen lake by headlamp to pick up an "
    "elder with chest pain. Villagers lined the 'runway' with snowmachine headlights. He's in our "
    "cardiac ICU now, stable. This is rural medicine.",
    "anonymous patient, no place named",
)

# 167
p(
    "en",
    "birth_announcement",
    "Double the joy 👶👶 for Mariel Dela Cruz-Tan and Josh Tan! Twins Joy and Justin arrived 11/11 at "
    "11:11 p.m. (we checked!) and are already the stars of our NICU.",
    [
        ("NAME", "Mariel Dela Cruz-Tan"),
        ("NAME", "Josh Tan"),
        ("NAME", "Joy"),
        ("NAME", "Justin"),
        ("DATE", "11/11"),
    ],
    note="compound Filipino surname, a baby named Joy (the lower-case word is not a name), birth "
    "date (time not labelled)",
)

# 168
n(
    "en",
    "research",
    "Our NICU is joining a national trial of donor breast milk for preterm infants in rural states. "
    "Alaska families who deliver before 32 weeks may be invited. Participation is voluntary; ask your "
    "NICU nurse.",
    "research",
)

# 169
p(
    "en",
    "staff_spotlight",
    "Our volunteer of 15 years, Herb Lindgren, became a patient himself last month when he collapsed "
    "at the gift shop register - and our Code Blue team brought him back. Herb is home in Chugiak now "
    "and promises to be back behind the counter by summer.",
    [("NAME", "Herb Lindgren"), ("NAME", "Herb", "*"), ("GEO", "Chugiak")],
    note="a volunteer who IS a patient; home community; 'last month' is relative",
)

# 170
n(
    "en",
    "staff_spotlight",
    "Volunteer Spotlight: Arne Halvorsen has staffed our gift shop register for 15 years, turned 90 "
    "in January, and still does the crossword in pen. Thank you, Arne!",
    "near-twin of a patient post: a volunteer's age over 89 and birthday month are not labelled",
)

# 171
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 93, doña Consuelo Arriaga! 🎉 Lo celebró en el tercer piso con mariachi "
    "(bajito, por los vecinos) y tamales que trajo su nieta Yadira desde Wasilla.",
    [("AGE", "93"), ("NAME", "Consuelo Arriaga"), ("NAME", "Yadira"), ("GEO", "Wasilla")],
    note="age over 89, 'doña' is a title, granddaughter and her town",
)

# 172
n(
    "es",
    "statistic",
    "En 2023 atendimos a más de 3,000 pacientes hispanohablantes y ofrecimos 14,500 interpretaciones "
    "en español. La edad promedio fue de 38 años. ¡Gracias a nuestro equipo de intérpretes!",
    "aggregate statistics",
)

# 173
p(
    "en",
    "patient_story",
    "When the storm hit Golovin, so did Storm! 🌊 Storm Amaktoolik, 4, was among the kids evacuated "
    "when the sea wall failed on Sept. 17; he came to us with a broken arm. Today Storm signed his "
    "own cast. Stay safe, Golovin.",
    [
        ("GEO", "Golovin", "*"),
        ("NAME", "Storm Amaktoolik"),
        ("NAME", "Storm", "*"),
        ("DATE", "Sept. 17"),
    ],
    note="a boy named Storm (the lower-case word is not a name); his village, named twice; date of injury",
)

# 174
n(
    "en",
    "crisis_update",
    "Coastal storm update: our Nome clinic remains open on generator power and Ridge Flight is on "
    "standby for coastal villages. To reach family who are patients here, call our Transfer Center at "
    "(907) 555-0134.",
    "storm update",
)

# 175
p(
    "en",
    "pasted_record",
    "Shared from a pilots' group: 'Super Cub N4512Q down on a gravel bar on the Kobuk, pilot Dale "
    "Sheldon of Ambler medevaced to Denali Ridge 8/19, plane recovered.' Dale is doing OK! Please "
    "don't share tail numbers.",
    [
        ("VEHICLE", "N4512Q"),
        ("GEO", "Kobuk"),
        ("NAME", "Dale Sheldon"),
        ("NAME", "Dale", "*"),
        ("GEO", "Ambler"),
        ("DATE", "8/19"),
    ],
    note="patient's own plane tail number is VEHICLE; river of the crash; village; date",
)

# 176
n(
    "en",
    "public_figure",
    "Iditarod legends Susan Butcher and Libby Riddles blazed the trail for women mushers. This "
    "Women's History Month our sports medicine team honors them with a free injury-prevention clinic "
    "for junior mushers on March 9.",
    "historical figures; event date",
)

# 177
p(
    "en",
    "thank_you",
    "From the Tall family of Scammon Bay: thank you to whoever walked our lead dog Blue while "
    "Grandpa Ambrose, 89, was in the ICU. Grandpa's home now, and Blue is spoiled. 🐾",
    [("NAME", "Tall"), ("GEO", "Scammon Bay"), ("NAME", "Ambrose")],
    note="family surname that is an ordinary word, village, grandfather; age 89 is not labelled; the "
    "dog is not labelled",
)

# 178
n(
    "en",
    "sponsor",
    "Welcome to the Nanuk Family Lodge! Named for the Nanuk family, whose $2M gift made 24 free "
    "rooms possible for families traveling in from villages.",
    "donor family naming a building",
)

# 179
p(
    "en",
    "sponsor",
    "Thank you to the Oyoumick family of Unalakleet, who gave a new transport incubator to our Ridge "
    "Flight crews in memory of their son Joel, born too early on Jan. 9, 2021, during a blizzard that "
    "kept the plane grounded.",
    [("NAME", "Oyoumick"), ("GEO", "Unalakleet"), ("NAME", "Joel"), ("DATE", "Jan. 9, 2021")],
    note="donors who are relatives of a patient; village; the baby's birth date with year",
)

# 180
n(
    "en",
    "event",
    "Join our Walk for Wellness at Kincaid Park on Saturday, June 8! 5K and 1-mile family loop, "
    "berry tips from our dietitians, and free sunscreen. Register at drrmcfoundation.org/walk.",
    "event venue and date",
)

# 181
p(
    "en",
    "patient_story",
    "Iditarod checkpoint volunteer Bea Tocktoo from Brevig Mission slipped on the ice at the Nome "
    "finish line on March 13 and broke her wrist. She insisted on waiting for the Red Lantern musher "
    "before letting our Nome clinic splint it! 🏮",
    [("NAME", "Bea Tocktoo"), ("GEO", "Brevig Mission"), ("GEO", "Nome", 1), ("DATE", "March 13")],
    note="race volunteer (not hospital staff) who is a patient; home village; town of the injury; "
    "the second 'Nome' is the hospital's clinic and is declared ok",
    ok=("Nome",),
)

# 182
n(
    "en",
    "anonymous_story",
    "An elder from the Interior told our chaplain she had never been on a jet before her medevac. 'I "
    "saw my whole river from the sky,' she said. She's heading home next week. 💙",
    "anonymous",
)

# 183
p(
    "en",
    "discharge",
    "GOING HOME TODAY!!! My bro TAVITA FALEOLO is finaly getting discharged after 2 months. thank u "
    "Denali Ridge ICU and thank u Jesus. Tavita u the strongest. 💪",
    [("NAME", "TAVITA FALEOLO"), ("NAME", "Tavita")],
    note="all-caps full name, then first name",
)

# 184
n(
    "en",
    "health_tip",
    "Salmon season safety 🐟: cuts from processing fish can get infected with bacteria from the "
    "water. Clean every cut, keep it covered, and see a provider for spreading redness or fever. "
    "Gloves save fingers.",
    "tip",
)

# 185
p(
    "en",
    "pasted_record",
    "Found this old 'teaching slide' while cleaning the intranet - removed and reported: 'Case: 91 "
    "y/o Yup'ik F from Toksook Bay, MRN 00288107, adm 12/26 w/ hip fx after fall on ice; lives w/ "
    "grandson Peter Nevak.'",
    [
        ("AGE", "91"),
        ("GEO", "Toksook Bay"),
        ("MRN", "00288107"),
        ("DATE", "12/26"),
        ("NAME", "Peter Nevak"),
    ],
    note="'de-identified' case that is not: age over 89, village, MRN, admission date, grandson",
)

# 186
n(
    "en",
    "research",
    "What do elders want at the end of life? Our palliative team interviewed 48 Alaska Native elders "
    "across four regions. The top wish: to die at home, in their village, with family speaking their "
    "language.",
    "qualitative research",
)

# 187
p(
    "en",
    "milestone_birthday",
    "It's not every day you turn ninety in a hospital bed and get serenaded by a Tlingit dance "
    "group! Happy birthday, Aunty Lillian Jacobs of Hoonah, from all of us on 4 South. 🦅",
    [("AGE", "ninety"), ("NAME", "Lillian Jacobs"), ("GEO", "Hoonah")],
    note="age in words, 'Aunty' is a title, village",
)

# 188
n(
    "en",
    "eponymous_condition",
    "This World Down Syndrome Day (3/21) we're wearing mismatched socks! Our pediatric cardiology "
    "clinic follows many kids with Down syndrome together with village clinics across the state. 🧦",
    "eponymous condition; awareness-day date",
)

# 189
p(
    "en",
    "thank_you",
    "Gunalchéesh to the team who delivered my granddaughter Kaatyé (Elise Marks) on Christmas Eve! "
    "Her mother Shawnee and I will never forget the snow falling outside the window. - Grandma Betty, "
    "Kake",
    [
        ("NAME", "Kaatyé"),
        ("NAME", "Elise Marks"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Shawnee"),
        ("NAME", "Betty"),
        ("GEO", "Kake"),
    ],
    note="Tlingit and English names, birth on a holiday, mother, grandmother and her village",
)

# 190
n(
    "en",
    "thank_you",
    "Thank you to the Ridge Flight crew who flew to a coastal village in a 35-knot crosswind last "
    "night, and to the community health aide, Rachel, who kept her patient stable for 9 hours. "
    "Heroes, all of you.",
    "thanks to staff; the patient and the village are not named",
)

# 191
p(
    "en",
    "discharge",
    "Homer fisherman Nate Brody is heading home after losing two fingers to a crab pot line on 1/6. "
    "'Still got eight,' he says. Nate's wife Mara drove four hours in a blizzard to bring him his "
    "Carhartts for the trip home.",
    [
        ("GEO", "Homer"),
        ("NAME", "Nate Brody"),
        ("NAME", "Nate", "*"),
        ("DATE", "1/6"),
        ("NAME", "Mara"),
    ],
    note="home town that is also a first name; date of injury; wife",
)

# 192
n(
    "en",
    "statistic",
    "2023 birth stats 👶: 1,406 babies, 38 sets of twins, 1 set of triplets, and 112 babies born to "
    "families who flew in from villages to await delivery at our Family Lodge. Most popular names: "
    "Aurora, Elijah and Ava.",
    "popular names across all births are not tied to a patient",
)

# 193
p(
    "en",
    "hospital_contact",
    "Shared with permission from a family member: 'If anyone from Kalskag needs a ride to ANC to "
    "visit Uncle Wassilie on 4 North, call me, Anna Morgan, 907-555-0175, or message "
    "@anna.morgan.kalskag.'",
    [
        ("GEO", "Kalskag"),
        ("NAME", "Wassilie"),
        ("NAME", "Anna Morgan"),
        ("PHONE", "907-555-0175"),
        ("OTHER_ID", "@anna.morgan.kalskag"),
    ],
    note="patient's village and first name; relative's name, phone and social handle; ANC and 4 "
    "North are not labelled",
)

# 194
n(
    "en",
    "hospital_contact",
    "Traveling from a village for an appointment? Our Patient Travel office can help arrange "
    "Medicaid-covered flights and lodging. Call (907) 555-0100 and ask for Patient Travel, or stop by "
    "the Ptarmigan Parkway entrance.",
    "hospital contact",
)

# 195
p(
    "en",
    "memorial",
    "Today we lit a candle at the nurses' station for #ForeverFiveLayla. 💜 Her family asked us to "
    "share her favorite song with you all. Fly with the ravens, sweet girl.",
    [("NAME", "#ForeverFiveLayla")],
    note="child named only in a memorial hashtag",
)

# 196
n(
    "en",
    "memorial",
    "Ten years ago today we lost pilot Gary Lindholm and flight nurse Tess Ocampo in a crash near "
    "Dillingham. Their names are on the memorial wall in our Ridge Flight hangar. We remember.",
    "staff memorial; crash site and date are the crew's, not a patient's",
)

# 197
p(
    "en",
    "pasted_record",
    "Someone replied-all to our volunteer newsletter with this, so a reminder to check recipients: "
    "'Hi it's Leota, pls send Mom's (Fa'amoana Leota) visit summary from 4/30 to "
    "leota.family684@gmail.com - her MRN is 01322904.'",
    [
        ("NAME", "Leota", 1),
        ("NAME", "Fa'amoana Leota"),
        ("DATE", "4/30"),
        ("EMAIL", "leota.family684@gmail.com"),
        ("MRN", "01322904"),
    ],
    note="relative's name, patient's name, visit date, family e-mail, MRN",
)

# 198
n(
    "en",
    "pasted_record",
    "Our Ridge Flight dispatch template, for new hires: 'Unit: RF-2 | Origin: [village] | Pt "
    "age/sex: [ ] | Chief complaint: [ ] | Weather: [ ]'. Never post a filled-in template outside the "
    "secure system.",
    "empty template",
)

# 199
p(
    "en",
    "patient_story",
    "Sione Fa'alogo-Tupua, 15, was hit by a car walking home along Muldoon Road on Nov. 2. He's out "
    "of the ICU! Cards can be mailed to the family c/o Tina Fa'alogo, PO Box 221304, Anchorage, AK "
    "99522.",
    [
        ("NAME", "Sione Fa'alogo-Tupua"),
        ("GEO", "Muldoon Road"),
        ("DATE", "Nov. 2"),
        ("NAME", "Tina Fa'alogo"),
        ("GEO", "PO Box 221304"),
        ("GEO", "Anchorage"),
        ("GEO", "99522"),
    ],
    note="hyphenated Samoan surname, road of the crash, date, aunt; the family's mailing address "
    "(box, city and ZIP) is GEO",
)

# 200
n(
    "en",
    "research",
    "Our trauma registry shows snowmachine injuries peak in March and April, when days get longer "
    "and spring carnivals begin. Riders aged 15-24 make up 38% of admissions. Helmets cut head "
    "injuries by more than half.",
    "registry research; months are not tied to a patient",
)

# 201
p(
    "es",
    "patient_story",
    "El pequeño Santiago Ruiz Delgado, de 6 años, se cayó del trineo en Kincaid Park el 31 de "
    "diciembre y se fracturó la pierna. Pasó el Año Nuevo con nosotros, pero ya está en casa en Sand "
    "Lake con su perrita Nieve. ¡Recupérate pronto, Santi!",
    [
        ("NAME", "Santiago Ruiz Delgado"),
        ("GEO", "Kincaid Park"),
        ("DATE", "31 de diciembre"),
        ("DATE", "Año Nuevo"),
        ("GEO", "Sand Lake"),
        ("NAME", "Santi"),
    ],
    note="'el pequeño' is descriptive; park where he was hurt; date of injury; the holiday spent in "
    "hospital; neighbourhood; nickname; the dog is not labelled",
)

# 202
n(
    "es",
    "public_figure",
    "¡Gracias a la boxeadora olímpica Daniela Quintero, que visitó a nuestros pacientes de pediatría "
    "y firmó guantes para todos! Daniela creció en Mountain View y entrenó en un gimnasio de la calle "
    "Bragaw.",
    "public figure visiting; her neighbourhood is not a patient's",
)

# 203
p(
    "en",
    "patient_story",
    "Huge thanks to Wilma Kanrilak, who drove her snowmachine 40 miles through a ground blizzard to "
    "get her injured husband to the Chefornak clinic on Feb. 8. He's recovering on 5 West and says "
    "she's the real hero.",
    [("NAME", "Wilma Kanrilak"), ("GEO", "Chefornak"), ("DATE", "Feb. 8")],
    note="only the patient's wife is named: a relative's name is labelled; village clinic and date "
    "of injury",
)

# 204
n(
    "en",
    "event",
    "Beat the winter blues: free Yup'ik drumming and dance nights for patients and families every "
    "Thursday at 6 p.m. in the Family Lodge great room, led by staff and volunteers.",
    "recurring event",
)

# 205
p(
    "en",
    "birth_announcement",
    "#BabyPrincessJoy has arrived! 👑 Princess Joy Ocampo, 6 lb 9 oz, born Jan. 1 - our second New "
    "Year's baby. Proud parents Ramil and Grace of Government Hill. Her lolo already bought her a "
    "tiny boxing robe.",
    [
        ("NAME", "#BabyPrincessJoy"),
        ("NAME", "Princess Joy Ocampo"),
        ("DATE", "Jan. 1"),
        ("DATE", "New Year's"),
        ("NAME", "Ramil"),
        ("NAME", "Grace"),
        ("GEO", "Government Hill"),
    ],
    note="hashtag and full name; birth date written twice (date and holiday); parents, one a "
    "word-name; neighbourhood",
)

# 206
n(
    "en",
    "staff_spotlight",
    "Meet Ridge Flight pilot Hazel Moses, who has landed on 73 village airstrips, two frozen lakes "
    "and one beach. Born in Kotzebue, she learned to fly from her uncle, a bush pilot. 'The weather "
    "is the boss,' she says.",
    "staff member, her birthplace and her uncle",
)

# 207
p(
    "en",
    "pasted_record",
    "A photo of the Peds whiteboard ended up on a family's story (now removed): 'PEDS 7: Tiny "
    "(Kahikina) - sat goal >92 | PEDS 9: Bubba Ahkinga - NPO | PEDS 11: Lily T. - discharge today!'",
    [
        ("OTHER_ID", "PEDS 7"),
        ("NAME", "Tiny"),
        ("NAME", "Kahikina"),
        ("OTHER_ID", "PEDS 9"),
        ("NAME", "Bubba Ahkinga"),
        ("OTHER_ID", "PEDS 11"),
        ("NAME", "Lily T."),
    ],
    note="room numbers with their prefix, nicknames, initial; '>92' is an oxygen saturation, not an age",
)

# 208
n(
    "en",
    "health_tip",
    "Warming up the car? Never in a closed garage. Every winter carbon monoxide sends Alaskans to "
    "our ED. Symptoms: headache, dizziness, nausea, confusion - especially when everyone in the house "
    "feels sick. Get out and call 911.",
    "tip",
)

# 209
p(
    "en",
    "patient_story",
    "Bear attack survivor Gilbert Sam of Shageluk is sharing his story to help other hunters: a sow "
    "with cubs charged him on Aug. 27 while he was picking blueberries, and his nephew Kenny used his "
    "rifle and a tourniquet to save him.",
    [("NAME", "Gilbert Sam"), ("GEO", "Shageluk"), ("DATE", "Aug. 27"), ("NAME", "Kenny")],
    note="name, village, date of injury, nephew",
)

# 210
n(
    "en",
    "crisis_update",
    "Visitor update: because of high flu and RSV activity, children under 12 may not visit inpatient "
    "units through February. Exceptions for end-of-life and birthing families.",
    "visitor policy",
)

# 211
p(
    "es",
    "pasted_record",
    "Mensaje reenviado por error al chat de voluntarios: 'Hola, soy Maribel, la mamá de Kevin Ayala "
    "(habitación 214). Llámenme al 907-555-0158 o escriban a maribel.ayala77@hotmail.com. Su número "
    "de cuenta es 4418-207733.'",
    [
        ("NAME", "Maribel"),
        ("NAME", "Kevin Ayala"),
        ("OTHER_ID", "habitación 214"),
        ("PHONE", "907-555-0158"),
        ("EMAIL", "maribel.ayala77@hotmail.com"),
        ("ACCOUNT", "4418-207733"),
    ],
    note="mother, patient, room with keyword, phone, e-mail, account",
)

# 212
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Todos nuestros servicios de interpretación en español son gratuitos, "
    "las 24 horas. Pídalo a su enfermera o llame al (907) 555-0100 y marque 4. Para emergencias, "
    "llame al 911.",
    "hospital contact",
)

# 213
p(
    "es",
    "thank_you",
    "Gracias a todo el personal de cuidados paliativos que acompañó a mi papá, Arturo Villaseñor, en "
    "sus últimos días. Murió el 20 de agosto, rodeado de su familia y de su música de banda. Descansa "
    "en paz, apá. - Lorena, Kodiak",
    [
        ("NAME", "Arturo Villaseñor"),
        ("DATE", "20 de agosto"),
        ("NAME", "Lorena"),
        ("GEO", "Kodiak"),
    ],
    note="father's name and date of death, daughter and her town",
)

# 214
n(
    "es",
    "research",
    "Investigación: nuestro estudio con familias latinas de Anchorage encontró que 6 de cada 10 "
    "madres no sabían que Denali KidCare cubre a sus hijos. ¡Compartan esta información! La cobertura "
    "es gratuita para muchos niños.",
    "population research",
)

# 215
p(
    "en",
    "research",
    "Research that walks: Rose Ulroan of Kotlik was the first participant in our early-rehab study "
    "for Guillain-Barré syndrome. Six months ago Rose couldn't move her legs; this week she walked "
    "into the rehab gym on her own. Her husband Victor filmed it - video on our page, with Rose's "
    "blessing.",
    [
        ("NAME", "Rose Ulroan"),
        ("NAME", "Rose", "*"),
        ("GEO", "Kotlik"),
        ("NAME", "Victor"),
        ("PHOTO", "video"),
    ],
    note="named study participant; village; husband; the video shows the patient (PHOTO cue word)",
)

# 216
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare, but know the signs: tingling and weakness that start in the "
    "feet and move up, often after an infection. It's an emergency - come to the ED if weakness "
    "spreads quickly.",
    "eponymous condition",
)

# 217
p(
    "en",
    "discharge",
    "Discharge day in Room 402! 🎈 Ioane 'John' Masoe, who came in by Ridge Flight from King Cove "
    "after a cannery accident on 6/26, is flying home to Pago Pago to recover with his mom. Tofā "
    "soifua, Ioane!",
    [
        ("OTHER_ID", "Room 402"),
        ("NAME", "Ioane 'John' Masoe"),
        ("NAME", "Ioane", "*"),
        ("GEO", "King Cove"),
        ("DATE", "6/26"),
        ("GEO", "Pago Pago"),
    ],
    note="room, name with English nickname, cannery town, date of injury, home town in American Samoa",
)

# 218
n(
    "en",
    "event",
    "Pacific Islander Health Day is Saturday, Aug. 10, at our main campus: diabetes screening, car "
    "seat checks, and a siva Samoa performance by high school students. Talofa and welcome!",
    "event",
)

# 219
p(
    "en",
    "memorial",
    "Memory eternal. ☦️ Elder Vasily 'Wassilie' Kameroff of Aniak reposed in our hospice suite on "
    "Nativity (Jan. 7), at 99. His family thanks our chaplains for bringing a priest for his last "
    "confession.",
    [
        ("NAME", "Vasily 'Wassilie' Kameroff"),
        ("GEO", "Aniak"),
        ("DATE", "Nativity"),
        ("DATE", "Jan. 7"),
        ("AGE", "99"),
    ],
    note="Russian Orthodox elder: death on Orthodox Christmas, named twice, both DATE; village; age",
)

# 220
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Father Innocent Askoak, our Orthodox chaplain, has prayed with patients in "
    "Yup'ik, Slavonic and English for 18 years. At Selaviq he leads the star carolers through every "
    "unit.",
    "staff chaplain with a word-name",
)

# 221
p(
    "en",
    "thank_you",
    "shoutout to the ER crew who took care of our baby girl last weekend when she swallowed a button "
    "battery!!! 😭 Peanut aka Kailani is ok now!! - the Afualo fam, Eagle River",
    [("NAME", "Peanut"), ("NAME", "Kailani"), ("NAME", "Afualo"), ("GEO", "Eagle River")],
    note="nickname, real name, family surname, town",
)

# 222
n(
    "en",
    "health_tip",
    "Button batteries can burn through a child's esophagus in 2 hours. Keep remotes, key fobs and "
    "musical cards out of reach. If you think your child swallowed one, give 2 tsp of honey (over age "
    "1) on the way to the ED and call Poison Control: 1-800-222-1222.",
    "tip",
)

# 223
p(
    "en",
    "pasted_record",
    "Trauma registry screenshot found in a public training deck (removed, and we're sorry): 'Pt: "
    "CHARLIE, DWAYNE  DL AK 6120447  ATV VIN 478TE26051A409872  Crash: Chief Eddie Hoffman Hwy @ mile "
    "2  Ins member ID YKD884410273'",
    [
        ("NAME", "CHARLIE, DWAYNE"),
        ("LICENSE", "6120447"),
        ("VEHICLE", "478TE26051A409872"),
        ("GEO", "Chief Eddie Hoffman Hwy"),
        ("HEALTH_PLAN", "YKD884410273"),
    ],
    note="surname that is a first name; driver licence; ATV VIN; crash road named after a person; "
    "insurance member ID",
)

# 224
n(
    "en",
    "sponsor",
    "Thank you to the Alaska Seafood Workers Union and Pacific Star Processing for sponsoring 1,000 "
    "free flu shots at canneries in Naknek and Dillingham this summer!",
    "sponsors; places of a campaign",
)

# 225
p(
    "en",
    "milestone_birthday",
    "One hundred and one years young! 🎉 Cecilia Angaiak of Tununak celebrated her 101ST birthday "
    "here on March 30 - she says she was born 'the spring the geese came early.' Her "
    "great-great-grandson Jaxon delivered the cake.",
    [
        ("AGE", "One hundred and one"),
        ("NAME", "Cecilia Angaiak"),
        ("GEO", "Tununak"),
        ("AGE", "101ST"),
        ("DATE", "March 30"),
        ("NAME", "Jaxon"),
    ],
    note="age in words and in caps-suffixed digits; birthday date; village; great-great-grandson",
)

# 226
n(
    "en",
    "statistic",
    "Each year a few dozen Alaskans turn 100. Our Elders Clinic follows more than 200 patients over "
    "90 - many of them still cutting fish every summer. Age is just a number; tradition is forever.",
    "population ages",
)

# 227
p(
    "en",
    "public_figure",
    "Former Nome mayor Richard 'Dickie' Okleasik thanks our cardiac team for his triple bypass on "
    "Sept. 3. 'They fixed my ticker faster than a city council meeting,' Dickie said.",
    [
        ("GEO", "Nome"),
        ("NAME", "Richard 'Dickie' Okleasik"),
        ("NAME", "Dickie", "*"),
        ("DATE", "Sept. 3"),
    ],
    note="a public figure who IS a patient: his town, name, surgery date",
)

# 228
n(
    "en",
    "public_figure",
    "Nome Mayor Carla Ivanoff toured the new dialysis room at our Nome clinic on Sept. 3. 'Now our "
    "elders can stay home,' she said. Thank you, Mayor Ivanoff!",
    "near-twin: a mayor visiting, not a patient",
)

# 229
p(
    "en",
    "crisis_update",
    "Fire update: after the house fire in Fairview on Dec. 30, the Tuiasosopo-Lee family lost "
    "everything. Dad Kalani is still in our burn unit. To help with clothing, email "
    "tuiasosopolee.help@gmail.com.",
    [
        ("GEO", "Fairview"),
        ("DATE", "Dec. 30"),
        ("NAME", "Tuiasosopo-Lee"),
        ("NAME", "Kalani"),
        ("EMAIL", "tuiasosopolee.help@gmail.com"),
    ],
    note="crisis post naming a patient: neighbourhood, date of injury, family name, e-mail",
)

# 230
n(
    "en",
    "crisis_update",
    "Power outage update: our main campus is on generator power after a transformer failure on "
    "Ptarmigan Parkway. All patient care areas are unaffected; the cafeteria is serving cold meals "
    "only.",
    "facility update",
)

# 231
p(
    "en",
    "birth_announcement",
    "Born at 8,000 feet! ✈️👶 Baby boy Kobuk Schaeffer couldn't wait for the runway: our Ridge Flight "
    "nurses delivered him on 4/18, en route from Kotzebue. Mom Tanya says his middle name will be "
    "'Pilot.' Welcome, Kobuk!",
    [
        ("NAME", "Kobuk Schaeffer"),
        ("NAME", "Kobuk", "*"),
        ("DATE", "4/18"),
        ("GEO", "Kotzebue"),
        ("NAME", "Tanya"),
        ("NAME", "Pilot"),
    ],
    note="first name that is a river; birth date; home town; mother; a middle name that is a word",
)

# 232
n(
    "en",
    "anonymous_story",
    "A baby was born on one of our Ridge Flight planes last month - the 4th in-flight birth in our "
    "program's history! Mom and baby are healthy at home. Our flight nurses train for this every "
    "quarter.",
    "anonymous birth",
)

# 233
p(
    "en",
    "pasted_record",
    "Portal screenshot posted on a family's Facebook (now taken down): 'Welcome, X̱'astí Williams! "
    "Upcoming: Dermatology 07/22 2:40pm. Patient ID 0057-3318-44. Proxy: Donna Williams (mother).'",
    [
        ("NAME", "X̱'astí Williams"),
        ("DATE", "07/22"),
        ("MRN", "0057-3318-44"),
        ("NAME", "Donna Williams"),
    ],
    note="Tlingit name with diacritics, appointment date, patient ID (MRN), mother",
)

# 234
n(
    "en",
    "recruitment",
    "Grow your career close to home: our Yup'ik and Iñupiaq Language Nurse Residency pays bilingual "
    "nurses a 10% differential and includes 4 weeks in a village clinic. Info session Oct. 2 on Zoom. "
    "Apply: denaliridgemc.org/residency",
    "job ad",
)

# 235
p(
    "en",
    "thank_you",
    "To the family of our patient Amelia 'Millie' Kaganak: thank you for letting our nursing "
    "students learn from Millie's beadwork during her stay on 3 North. Her earrings now hang in our "
    "education office. Safe travels home to Kwigillingok!",
    [("NAME", "Amelia 'Millie' Kaganak"), ("NAME", "Millie", "*"), ("GEO", "Kwigillingok")],
    note="hospital thanking a patient's family: name, nickname, village",
)

# 236
n(
    "en",
    "campaign_hashtag",
    "Share your #RidgeFlightStories: our planes landing in your village, your kids waving at the "
    "crew, your dog chasing the wheels. (Please don't share patients' faces or names!)",
    "campaign hashtag",
)

# 237
p(
    "en",
    "campaign_hashtag",
    "Wear your kuspuk Friday for #KuspukForKeanu 💙 Keanu, our 11-year-old liver transplant patient "
    "from Napaskiak, goes home next week after 4 months with us. Tag @DenaliRidgeMC so he can see!",
    [("NAME", "#KuspukForKeanu"), ("NAME", "Keanu"), ("GEO", "Napaskiak")],
    note="name hashtag, first name, village; age 11 and the hospital handle not labelled",
)

# 238
n(
    "en",
    "event",
    "Calling all RNs: the Iditarod needs volunteer checkpoint nurses for March 2-16. Our sports "
    "medicine team is hosting a free cold-injury and dog-bite refresher on Feb. 24. Mush on! 🐕",
    "event dates",
)

# 239
p(
    "en",
    "patient_story",
    "Update from Pastor Viliami: our church sister Lousia (Louisa) Taufa is out of surgery and "
    "asking for her grandsons. The family asks for prayers, no visitors til Tues. She's in Room 5W-17 "
    "if you're sending flowers.",
    [("NAME", "Lousia"), ("NAME", "Louisa"), ("NAME", "Taufa"), ("OTHER_ID", "Room 5W-17")],
    note="misspelt and corrected first name, surname, room; the pastor is not a patient",
)

# 240
n(
    "en",
    "discharge",
    "Flying home to the village after a hospital stay? Before you leave, make sure you have your "
    "medication list, a 30-day supply (village pharmacies may not stock it), your follow-up "
    "appointment and your clinic's phone number. Your nurse can print it in Yup'ik or Iñupiaq.",
    "discharge advice for everyone",
)


if __name__ == "__main__":
    S.main("phi_dev30_source")
