"""Blind development set d9 for the PHI scanner: tests/data/phi_dev9.jsonl.

Hospital: Tidewater General Hospital, a Level I trauma center in Port Ellison, VA
(a fictional mid-size East Coast city; contacts in phi_dev9_org.json).
Focus: crisis updates after crashes, fires and shootings (anonymous counts are not
patient-specific, a named victim is); family statements the hospital shares;
survivors coming back to thank the trauma team; police officers and firefighters
both as patients and as heroes; media-inquiry posts; drafts pasted from internal
notes (MRNs, encounter numbers, bed numbers, vehicle plates, family phones and
emails in many formats, ALL-CAPS chart names such as "DOE, JANE M", abbreviations
such as pt, y/o, s/p, d/c). About 90% English, 10% Spanish; X posts (<= 280
characters) and longer Facebook posts. Written blind, by hand, one post at a time.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
- a post is patient_specific iff it carries at least one labelled identifier of a
  patient or of a patient's relative / household member; anonymous stories, counts,
  staff, volunteers, donors, public or historical figures, pets, the hospital's own
  contacts, campaign hashtags and eponymous conditions are never labelled;
- NAME covers the name tokens only (no honorifics or ranks such as Officer, Lt.,
  Deputy, Mr., don); family surnames are NAME; a name hashtag ("#BrandonStrong") is
  one NAME span; chart names ("REYES, MARISOL A") are one span;
- DATE: any date element but a bare year tied to the patient (birth, injury,
  admission, surgery, discharge, death), as written; weekdays and relative
  expressions ("Friday", "last night") are not labelled;
- AGE only for ages over 89;
- GEO: streets, roads of the patient's crash or injury, neighbourhoods, cities,
  ZIPs tied to the patient or family; the location of an incident in an
  anonymous crisis update is not labelled (no patient is identified);
- PHONE / EMAIL / URL / IP / FAX of the patient or family, as written;
- MRN, ACCOUNT, HEALTH_PLAN, LICENSE, VEHICLE, DEVICE, SSN: the value only;
- OTHER_ID: room / bed numbers with their keyword ("bed 14", "rm 7", "Cama 22"),
  encounter / case numbers and social handles of patients or families (value
  only); hospital units, ambulance / fire units are not labelled;
- PHOTO (rare): the cue word when the text says the attached photo shows the
  patient;
- every occurrence of a labelled string is labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev9.jsonl"), os.path.join(HERE, "phi_dev9_org.json"), "d9")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- batch 1

p(
    "en",
    "crisis_update",
    "UPDATE 6:40 PM: Port Ellison Police Officer Kyle Brandt, injured in this morning's "
    "shooting on Granby Street, is out of surgery and in serious but stable condition. "
    "His family thanks the community for the prayers. Media line: (757) 555-0142.",
    [("NAME", "Kyle Brandt"), ("GEO", "Granby Street")],
    note="officer named as the patient; street of the shooting; hospital media line not labelled",
)
n(
    "en",
    "crisis_update",
    "We have received 7 patients from the Route 58 pileup. 2 critical, 3 serious, 2 treated "
    "and released. Families looking for loved ones: call (757) 555-0177. Please do not come "
    "to the ED entrance. #PortEllisonStrong",
    "anonymous counts after a crash; hospital family line; campaign hashtag",
)
p(
    "en",
    "discharge",
    "Tiny is going HOME! 🎉\n\n"
    "When he came in through our trauma bay on June 2 after the motorcycle crash on Shore "
    "Drive, nobody on the team would have bet on this day. 41 days, 6 surgeries and a whole "
    "lot of stubbornness later, our favorite 6'5\" linebacker-turned-mechanic walked (yes "
    "WALKED) out the front doors.\n\n"
    'His mom Darlene asked us to share this: "Thank you to every nurse who held his hand '
    "when I couldn't be there.\"\n\n"
    "#TraumaSurvivor #TidewaterStrong",
    [("NAME", "Tiny"), ("DATE", "June 2"), ("GEO", "Shore Drive"), ("NAME", "Darlene")],
    note="nickname that is an ordinary word, alone at the start; mother named",
)
n(
    "en",
    "staff_spotlight",
    "Meet Jordan! 👋 Jordan Pike just became charge nurse in our Trauma ICU after 9 years at "
    "the bedside. Ask him about his 3 kids, his fantasy football league, or the time he ran "
    "the Harbor Half in a banana suit. Congrats, Jordan! #NursesWeek",
    "staff spotlight: the named person is a nurse, not a patient",
)
p(
    "en",
    "pasted_record",
    "DRAFT - do not post yet, waiting on family consent\n"
    "pt: REYES, MARISOL A  DOB 04/11/1986  MRN 00-731-552\n"
    "TICU bed 14. s/p MVC 9/21 on I-264 EB, ex-lap + ORIF L femur. Husband Tomas Reyes "
    "(757) 555-2841 ok'd a survivor-story post once she's d/c.\n"
    "Story angle: mom of 3, home in time for her daughter's birthday?",
    [
        ("NAME", "REYES, MARISOL A"),
        ("DATE", "04/11/1986"),
        ("MRN", "00-731-552"),
        ("OTHER_ID", "bed 14"),
        ("DATE", "9/21"),
        ("GEO", "I-264"),
        ("NAME", "Tomas Reyes"),
        ("PHONE", "(757) 555-2841"),
    ],
    note="pasted chart line: chart-style name, DOB, MRN, bed, crash date and road, husband's phone",
)
n(
    "en",
    "eponymous_condition",
    "Head injuries don't always look like head injuries. In the weeks after a concussion, "
    "some people develop a tremor or slowed movement that family members mistake for "
    "Parkinson's. If something changes after a fall or crash, tell your doctor. Our TBI "
    "clinic: (757) 555-0119.",
    "eponymous condition and a hospital clinic number; no patient",
)
p(
    "es",
    "thank_you",
    "¡Gracias, equipo de trauma! 💙 Don Aurelio volvió hoy a visitar a las enfermeras que lo "
    "cuidaron después del incendio en su edificio de la calle Cedar el 3 de febrero. Trajo "
    "pastelitos para todo el piso. #SobrevivienteDeTrauma",
    [("NAME", "Aurelio"), ("GEO", "calle Cedar"), ("DATE", "3 de febrero")],
    note="first name after the honorific 'Don' (not in span); street of his building; date of the fire",
)
n(
    "en",
    "crisis_update",
    "Statement regarding the Ferry Terminal shooting: Tidewater General received 4 patients. "
    "Out of respect for patient privacy we will not release names or conditions without family "
    "consent. Media inquiries: media@tidewatergeneral.org or (757) 555-0142. No further "
    "updates tonight.",
    "anonymous count; incident location with no identified patient; hospital contacts",
)
p(
    "en",
    "patient_story",
    "Day 12. Still fighting. Still smiling at the night shift. Keep the prayers coming for our "
    "guy #BrandonStrong 💪 (shared with his family's permission)",
    [("NAME", "#BrandonStrong")],
    note="the patient's name appears only inside a hashtag",
)
n(
    "en",
    "campaign_hashtag",
    "Every minute matters. Learn to Stop the Bleed — free classes every 2nd Tuesday at 6 PM, "
    "Whitcomb Trauma Pavilion, 2200 Harbor Point Boulevard. #StopTheBleed #TidewaterStrong "
    "#TraumaAwarenessMonth",
    "campaign hashtags, donor-named building and the hospital's own address",
)
p(
    "en",
    "thank_you",
    "Lt. Ray Castellano of Port Ellison Fire Rescue Engine 4 came back to see us today.\n\n"
    "On January 17, Ray was pulled from a collapsing rowhouse on Delancey Avenue with burns over "
    "30% of his body. He spent 8 weeks in the Halvorsen Family Burn Unit.\n\n"
    "Today he brought his whole crew — and his daughters Gia and Bella — to say thank you to "
    "the nurses, therapists and surgeons who got him back to the firehouse. 🚒❤️\n\n"
    "Welcome back, Lieutenant.",
    [
        ("NAME", "Ray Castellano"),
        ("NAME", "Ray", "*"),
        ("DATE", "January 17"),
        ("GEO", "Delancey Avenue"),
        ("NAME", "Gia"),
        ("NAME", "Bella"),
    ],
    note="firefighter as the patient (rank outside the span); donor-named unit and fire engine not labelled",
)
n(
    "en",
    "sponsor",
    "THANK YOU to the McAllister Family Foundation! Their $250,000 gift funds two new rapid "
    "infusers and trauma nurse training for the next three years. Frank and Eileen McAllister "
    "have supported Tidewater General since 1998. 💙",
    "donors, not patients",
)
p(
    "en",
    "memorial",
    'We are heartbroken. Deputy Anthony "Tony" Ruiz passed away this afternoon surrounded by '
    "his family, 9 days after he was struck while directing traffic on Route 17. Our trauma "
    "team and chaplains stood in the hallway as he made his final walk as an organ donor. Rest "
    "easy, Deputy. #HonorWalk",
    [("NAME", 'Anthony "Tony" Ruiz'), ("GEO", "Route 17")],
    note="deputy as the patient; quoted nickname inside the name span; road where he was struck",
)
n(
    "en",
    "public_figure",
    "Governor Ellen Whitford toured our trauma bays today and met with the nurses and surgeons "
    "who cared for victims of last month's Bayside Mall shooting. Thank you, Governor, for "
    "supporting violence-intervention funding for hospitals across the Commonwealth.",
    "public figure; victims anonymous",
)
p(
    "en",
    "discharge",
    "river's going home today!!! 3 weeks ago she came in by helicopter, today she walked out "
    "holding her dad's hand. we love you kiddo 🌊💙",
    [("NAME", "river")],
    note="lower-case name that is an ordinary word; relative time not labelled",
)
n(
    "en",
    "anonymous_story",
    "Last night a 16-year-old walked into our ED with a gunshot wound to the leg, carried by "
    "his friends. Our team had him in the OR in 14 minutes. He is expected to recover. This is "
    "why we teach Stop the Bleed in every high school in Port Ellison. #EndGunViolence",
    "anonymous patient; age under 90; relative time",
)
p(
    "en",
    "pasted_record",
    "copy from EPIC note for the Trauma Survivors Week slide:\n"
    "JAMES, DEMETRIUS L / MRN 4471920 / ENC# 2023-0098814\n"
    "adm 8/14 GSW x2 abd, s/p ex lap, colostomy (reversed 12/1)\n"
    "mom: Kendra James kjames1978@gmail.com\n"
    "ok to use first name only!!",
    [
        ("NAME", "JAMES, DEMETRIUS L"),
        ("MRN", "4471920"),
        ("OTHER_ID", "2023-0098814"),
        ("DATE", "8/14"),
        ("DATE", "12/1"),
        ("NAME", "Kendra James"),
        ("EMAIL", "kjames1978@gmail.com"),
    ],
    note="pasted chart: encounter number is OTHER_ID (value only); mother's email",
)
n(
    "en",
    "event",
    "Join us Saturday, May 18 at 9 AM for the 5th annual Trauma Survivors 5K at Harbor Point "
    "Park! Survivors, families, first responders and staff all welcome. Register: "
    "tidewatergeneral.org/5k #TraumaSurvivorsWeek",
    "event date, venue and hospital URL; no patient",
)
p(
    "es",
    "patient_story",
    "Hoy queremos compartir la historia de Yesenia. 💜\n\n"
    "El 2 de agosto, Yesenia regresaba del trabajo cuando un conductor ebrio chocó su auto en "
    "la avenida Princess Anne. Llegó a nuestro centro de trauma con fracturas en la pelvis y "
    "las dos piernas.\n\n"
    "Después de 5 cirugías y dos meses de rehabilitación, ayer caminó sin andador por primera "
    "vez. Su esposo Hernán dice que es la mujer más fuerte que conoce. ¡Nosotros estamos de "
    "acuerdo!\n\n"
    "#FuerzaYesenia #SobrevivientesDeTrauma",
    [
        ("NAME", "Yesenia", "*"),
        ("DATE", "2 de agosto"),
        ("GEO", "avenida Princess Anne"),
        ("NAME", "Hernán"),
        ("NAME", "#FuerzaYesenia"),
    ],
    note="road named after a historical figure is the crash road (GEO); name hashtag",
)
n(
    "en",
    "recruitment",
    "We're hiring! Level I trauma means every shift matters. Open roles: Trauma ICU RN "
    "(nights), Trauma Program Data Abstractor, Injury Prevention Coordinator. Sign-on bonus up "
    "to $15K for experienced RNs. Apply: tidewatergeneral.org/careers or text TRAUMA to "
    "(757) 555-0163.",
    "recruitment; hospital number and domain",
)
p(
    "en",
    "thank_you",
    "Shared at the family's request: \"The Okonkwo family thanks the Tidewater trauma team for "
    "saving our son's life. We ask the media to respect our privacy while Chidi recovers.\"",
    [("NAME", "Okonkwo"), ("NAME", "Chidi")],
    note="family statement; family surname and the patient's first name",
)
n(
    "en",
    "statistic",
    "In 2023 our trauma team cared for 3,412 injured patients: 41% from car and motorcycle "
    "crashes, 27% from falls, 11% from gun violence. 1 in 5 were under 25. Every one of those "
    "numbers is someone's kid, parent, friend. #TraumaAwarenessMonth",
    "aggregate statistics",
)
p(
    "en",
    "patient_story",
    "Officer Daniels is back on his feet! 👮‍♂️ Four months after he was hit by a car during a "
    "traffic stop, he walked into our Trauma Clinic for his last follow-up and handed every "
    "nurse a PEPD challenge coin. Proud of you, Officer! @PortEllisonPD",
    [("NAME", "Daniels")],
    note="patient introduced by job title; police department handle is not the patient's",
)
n(
    "en",
    "staff_spotlight",
    "Trauma surgeon Dr. Desmond Okafor had a busy weekend: he covered 2 night shifts AND "
    "watched his daughter Amara graduate from nursing school at Harbor State. Welcome to the "
    "profession, Amara — we hear you're applying to our new-grad program 😉",
    "staff member and his own daughter; not patients",
)
p(
    "en",
    "milestone_birthday",
    "Happy 94th birthday to Mr. Wendell Hargrove! 🎂 Wendell fell and broke his hip in March, "
    "and our geriatric trauma team had him up and walking in 2 days. Today he celebrated at "
    "home with his great-grandkids. He says the secret is 'buttermilk and stubbornness.'",
    [
        ("AGE", "94th"),
        ("NAME", "Wendell Hargrove"),
        ("NAME", "Wendell", "*"),
        ("DATE", "March"),
    ],
    note="age over 89 with ordinal suffix; month of the injury is a date element",
)
n(
    "en",
    "crisis_update",
    "Tidewater General is on diversion for trauma patients from 11 PM tonight while we manage "
    "multiple patients from the Lindell Court apartment fire. Patients already en route will be "
    "received. This is not a patient update. Families: (757) 555-0177.",
    "operational update; anonymous patients; hospital family line",
)
p(
    "en",
    "pasted_record",
    "pls fix before posting — pt in TICU rm 7 is HARGIS not HARRIS. family (daughter Renee) "
    "asked us to hold off on any story until after the arraignment. her cell 757.555.3318",
    [
        ("OTHER_ID", "rm 7"),
        ("NAME", "HARGIS"),
        ("NAME", "HARRIS"),
        ("NAME", "Renee"),
        ("PHONE", "757.555.3318"),
    ],
    note="internal correction: both the right and the misspelled surname refer to the patient",
)
n(
    "en",
    "eponymous_condition",
    "Did you know? Many people with Down syndrome have looser ligaments at the top of the neck, "
    "which can make even minor falls riskier. Caregivers: ask about neck screening before "
    "contact sports. #FallPrevention",
    "eponymous condition; population group",
)
p(
    "en",
    "thank_you",
    "@jess_m_walker we remember your dad SO well — tell Gary the whole 6th floor says hi and "
    "that the Phillies are still terrible 😂💙",
    [("OTHER_ID", "@jess_m_walker"), ("NAME", "Gary")],
    note="comment-style reply: daughter's handle is OTHER_ID; the patient's first name",
)
n(
    "en",
    "hospital_contact",
    "Looking for someone brought to us after today's I-64 crash? Call our Family Information "
    "Line at (757) 555-0177 — staffed 24/7. Please bring a photo ID to the Harbor Point "
    "Boulevard main entrance. We cannot release information over social media.",
    "hospital contact line and entrance; no patient identified",
)
p(
    "en",
    "crisis_update",
    "With her family's permission: Maya Lindqvist, 19, the Harbor State student injured in "
    "Friday's shooting at the Ferry Terminal, has been upgraded to fair condition. Her parents "
    "asked us to share their thanks and request privacy.",
    [("NAME", "Maya Lindqvist"), ("GEO", "Ferry Terminal")],
    note="named victim in a crisis update; place of her injury is GEO; age 19 and weekday not labelled",
)
n(
    "en",
    "anonymous_story",
    '"I don\'t remember the crash. I remember a nurse singing to me."\n\n'
    "That's what one of our survivors told us at last week's Trauma Survivors Network meeting. "
    "She asked us not to use her name, but she wanted every ICU nurse to know: the little "
    "things matter. The songs. The warm blankets. Saying good morning even when we can't "
    "answer.\n\n"
    "TSN meets the first Thursday of every month, 6:30 PM, Whitcomb Trauma Pavilion, room 210. "
    "Survivors and families welcome. 💙",
    "anonymous survivor quote; room 210 is a meeting room, not a patient's",
)
p(
    "en",
    "discharge",
    "After 63 days — #RockyStrong is offically a TIGHT END again. Ok, a tight end with a "
    "walker. Give him a week. Rocky, the 4th floor is going to miss your playlist 🏈",
    [("NAME", "#RockyStrong"), ("NAME", "Rocky")],
    note="nickname that is an ordinary word, in a hashtag and alone",
)
n(
    "en",
    "research",
    "New from our trauma research team in the Journal of Trauma and Acute Care Surgery: "
    "whole-blood transfusion in the field was linked to 23% lower 24-hour mortality across "
    "1,108 patients in our region. Congrats to Dr. Priya Venkataraman and the Port Ellison EMS "
    "team!",
    "research news; staff physician",
)
p(
    "es",
    "pasted_record",
    "BORRADOR — no publicar\n"
    "Paciente: MORALES, JOSÉ LUIS  f. nac. 22/03/1979\n"
    "Nº historia 0093-4471 · Cama 22, UCI de trauma\n"
    "Accidente laboral 5/6 (caída de andamio). Esposa: Lucía Morales, tel. 757-555-6620, "
    "lucia.morales79@hotmail.com\n"
    "Quiere agradecer a los bomberos.",
    [
        ("NAME", "MORALES, JOSÉ LUIS"),
        ("DATE", "22/03/1979"),
        ("MRN", "0093-4471"),
        ("OTHER_ID", "Cama 22"),
        ("DATE", "5/6"),
        ("NAME", "Lucía Morales"),
        ("PHONE", "757-555-6620"),
        ("EMAIL", "lucia.morales79@hotmail.com"),
    ],
    note="Spanish pasted record: chart name, DOB day-first, record number, bed, wife's contacts",
)
n(
    "en",
    "public_figure",
    "On this day in 1966 the report 'Accidental Death and Disability: The Neglected Disease of "
    "Modern Society' was published — the spark for modern trauma systems. Thank you to pioneers "
    "like Dr. R Adams Cowley, who gave us the 'golden hour.' #TraumaHistory",
    "historical figure and a historical date",
)
p(
    "en",
    "pasted_record",
    "Note from ED social work for the comms team (DELETE BEFORE POSTING): the John Doe pt from "
    "the hit-and-run is now ID'd — Luis Ferreira, 27. PEPD asking public for info on a silver "
    "Camry, VA plate UWX-2281, seen leaving the scene. Can we share the police ask without his "
    "name? Sister: Ana, (757) 555-4096.",
    [("NAME", "Luis Ferreira"), ("NAME", "Ana"), ("PHONE", "(757) 555-4096")],
    note="the plate belongs to the suspect's car, not the patient; 'John Doe' is a placeholder",
)
n(
    "en",
    "crisis_update",
    "We are aware of posts on social media naming victims of Sunday's Route 58 crash. Tidewater "
    "General has not released and will not release any patient names. Please rely on official "
    "statements from @PortEllisonPD and @TidewaterGen.",
    "media/rumour response; no names; police and hospital handles",
)
p(
    "en",
    "thank_you",
    '"You guys gave me my daughter\'s wedding."\n\n'
    "Two years ago, Earl Whitaker was trapped in his pickup for 40 minutes after a logging truck "
    "crossed the center line on Route 13. He arrived here with a crushed chest and a blood "
    "pressure our trauma surgeons still talk about.\n\n"
    "Last weekend Earl walked his daughter Jasmine down the aisle. This week he came back with "
    "the wedding photos and a cooler full of his famous crab cakes for the TICU.\n\n"
    "Earl, thank you for reminding us why we do this. 🦀💙",
    [
        ("NAME", "Earl Whitaker"),
        ("NAME", "Earl", "*"),
        ("GEO", "Route 13"),
        ("NAME", "Jasmine"),
    ],
    note="survivor returns; wedding photos are not an attached photo of the patient",
)
n(
    "en",
    "staff_spotlight",
    "Biscuit is back! 🐾 Our favorite golden retriever therapy dog and her handler Bernie Katz "
    "are visiting the Trauma ICU waiting room every Tuesday and Thursday afternoon. Biscuit "
    "accepts belly rubs as payment.",
    "therapy dog and volunteer handler",
)
p(
    "en",
    "patient_story",
    'A note from one of our trauma nurses: "Mr. T asked me every single morning if the Orioles '
    'won. Yesterday, he went home to watch them himself." Thank you for letting us share, '
    "Mr. T — go O's!",
    [("NAME", "T", "*")],
    note="initial used as the patient's name, twice",
)
n(
    "en",
    "health_tip",
    "Fireworks tonight? 🎆 Every July 4th our trauma bays see hand and eye injuries from "
    "backyard fireworks. Leave it to the pros. If someone is hurt: call 911, don't rub an "
    "injured eye, cover it with a paper cup, and don't pull out anything stuck in the skin.",
    "safety tip; holiday is not a patient's event",
)
p(
    "en",
    "memorial",
    'The family of Darnell "DJ" Pruitt has asked us to share the following statement:\n\n'
    "\"Our son DJ was 17. He loved his little sisters, his PS5 and his mom's mac and cheese. On "
    "October 3rd he was shot on his way home from basketball practice. The doctors and nurses "
    "at Tidewater General fought for him for four days. We will never forget their "
    "kindness.\n\n"
    "DJ's heart, lungs and kidneys are now giving life to five other people. Please, put the "
    'guns down."\n\n'
    "— Keisha and Marcus Pruitt\n\n"
    "Our deepest condolences to the Pruitt family.",
    [
        ("NAME", 'Darnell "DJ" Pruitt'),
        ("NAME", "DJ", "*"),
        ("DATE", "October 3rd"),
        ("NAME", "Keisha"),
        ("NAME", "Marcus Pruitt"),
        ("NAME", "Pruitt", "*"),
    ],
    note="family statement; parents and family surname; age 17 not labelled",
)
n(
    "en",
    "health_tip",
    "Honor walk, explained: when a patient becomes an organ donor, staff line the hallway in "
    "silence as they pass to the OR. If you see one in our halls, please pause with us. "
    "Register as a donor at your DMV. #DonateLife",
    "explanation of a practice; no patient",
)
p(
    "en",
    "discharge",
    "HE'S HOME!!! 🙌 after 3 weeks in the burn unit, little Jaylen (age 6) went home to Oyster "
    "Point today with a new superhero cape made by our OT team. jaylen you are braver than all "
    "of us",
    [("NAME", "Jaylen"), ("NAME", "jaylen"), ("GEO", "Oyster Point")],
    note="name written both capitalised and lower case; 'little' outside the span; home town",
)
n(
    "en",
    "crisis_update",
    "UPDATE on the Lindell Court apartment fire (as of 10:15 PM):\n\n"
    "• Tidewater General received 9 patients: 2 adults in critical condition, 4 in fair "
    "condition, 3 treated and released.\n"
    "• 2 firefighters were evaluated for heat exhaustion and released.\n"
    "• The American Red Cross is assisting displaced families at Southgate Rec Center.\n\n"
    "We will not release names. Families: (757) 555-0177. Media: (757) 555-0142.\n\n"
    "Thank you to Port Ellison Fire Rescue and our EMS partners. 🙏",
    "anonymous counts, including firefighters; hospital lines",
)
p(
    "en",
    "thank_you",
    "To the wife of our patient in Trauma ICU bed 9: Graciela, thank you for the 200 (!!) "
    "homemade empanadas. The night shift has never been happier. 💛",
    [("OTHER_ID", "bed 9"), ("NAME", "Graciela")],
    note="patient unnamed; his bed number and his wife's name identify him",
)
n(
    "en",
    "sponsor",
    "The new Halvorsen Family Burn Unit opens Monday! 16 private rooms, a hydrotherapy suite "
    "and a family lounge, made possible by Nils and Karin Halvorsen, whose generosity has "
    "touched thousands of families in Hampton Roads. Tours Saturday, 10 AM–2 PM.",
    "donors and a donor-named unit",
)
p(
    "en",
    "patient_story",
    "Look who stopped by! @sunnyd_rides is 1 year out from his motorcycle crash and riding "
    "again (with a LOT more gear). Thanks for visiting the 5th floor, Sunny! 🏍️ "
    "#TraumaSurvivorsWeek",
    [("OTHER_ID", "@sunnyd_rides"), ("NAME", "Sunny")],
    note="patient's own handle (OTHER_ID) and a name that is an ordinary word",
)
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: El Tidewater General recibió 5 pacientes tras el choque múltiple en la I-64 "
    "esta mañana. Uno en estado crítico, cuatro estables. Familias que buscan información: "
    "(757) 555-0177 (hay intérpretes disponibles). No publicaremos nombres.",
    "anonymous counts; hospital line",
)
n(
    "es",
    "health_tip",
    "¿Sabía usted que las caídas son la causa principal de lesiones graves en personas mayores "
    "de 65 años? Retire las alfombras sueltas, ponga luces de noche y barras en el baño. "
    "Nuestra clínica de prevención de caídas: (757) 555-0125. #PrevenciónDeCaídas",
    "tip for a population group; hospital clinic number",
)

# ---------------------------------------------------------------- batch 2

p(
    "en",
    "pasted_record",
    "FYI for the crash-anniversary video: pt's truck (white F-150, plate VA TRK-5520) is the one "
    "in the news footage, so blur the plate. Pt = Curtis Oyelaran, d/c'd 2/9 from 5 West. Wife "
    "Nneka: nneka.oyelaran@yahoo.com",
    [
        ("VEHICLE", "TRK-5520"),
        ("NAME", "Curtis Oyelaran"),
        ("DATE", "2/9"),
        ("NAME", "Nneka"),
        ("EMAIL", "nneka.oyelaran@yahoo.com"),
    ],
    note="the patient's own plate (value only); hospital unit not labelled",
)
n(
    "en",
    "hospital_contact",
    "Members of the media: our PIO is on site at the Harbor Point Boulevard entrance. Please do "
    "not enter the ED or approach families in the waiting areas. Credentialed press can call "
    "(757) 555-0142 or email media@tidewatergeneral.org. Condition updates require the "
    "patient's full name and family consent.",
    "media-inquiry instructions; hospital contacts only",
)
p(
    "en",
    "crisis_update",
    "Condition update, 8:00 AM: Firefighter Dana Whitlock (PEFR Ladder 9) — fair. Firefighter "
    "Marcus Bell (PEFR Engine 2) — treated and released. Both were injured battling last "
    "night's warehouse fire on Tanner's Creek Road. Released with the families' consent.",
    [("NAME", "Dana Whitlock"), ("NAME", "Marcus Bell"), ("GEO", "Tanner's Creek Road")],
    note="firefighters as patients in a media condition report; fire units not labelled",
)
n(
    "en",
    "public_figure",
    "Heroes in blue 💙 Sgt. Luis Ocampo and Officer Brianna Faulk of @PortEllisonPD applied "
    "tourniquets at the scene of Saturday's Ferry Terminal shooting before EMS arrived. Our "
    "trauma surgeons say their quick action saved at least two lives. Thank you both. "
    "#StopTheBleed",
    "police officers as heroes, not patients; victims anonymous",
)
p(
    "en",
    "patient_story",
    "Hope is a fighter. Hope was 8 months pregnant when a drunk driver hit her car on the "
    "Bayview Tunnel approach on November 12. Our trauma and OB teams delivered her son by "
    "emergency C-section right in the trauma bay. Today, mother and baby Elijah went home "
    "together. We hope you'll join us in cheering them on! 💗",
    [
        ("NAME", "Hope", "*"),
        ("GEO", "Bayview Tunnel"),
        ("DATE", "November 12"),
        ("NAME", "Elijah"),
    ],
    note="name that is an ordinary word at the start; the lower-case verb 'hope' is not the name",
)
n(
    "en",
    "anonymous_story",
    "Hope is a powerful medicine. 💛 This week a young father who was told he might never walk "
    "again took 11 steps in our rehab gym. He asked us not to share his name — just the steps. "
    "#TraumaRecovery",
    "'Hope' is a noun here; anonymous patient",
)
p(
    "en",
    "pasted_record",
    "FOR SW — not for social!!\n"
    "PT: OKAFOR-BAILEY, TRINITY  DOB 12/30/2001\n"
    "MRN: 00-559-871   ACCT# 7734-22\n"
    "Ins: Medicaid ID 118844209T\n"
    "Bed 11, TICU\n"
    "Admit 3/2 s/p assault, facial fx. Mother Gloria (757) 555 7192 wants to do a TV interview. "
    "Route to Comms?",
    [
        ("NAME", "OKAFOR-BAILEY, TRINITY"),
        ("DATE", "12/30/2001"),
        ("MRN", "00-559-871"),
        ("ACCOUNT", "7734-22"),
        ("HEALTH_PLAN", "118844209T"),
        ("OTHER_ID", "Bed 11"),
        ("DATE", "3/2"),
        ("NAME", "Gloria"),
        ("PHONE", "(757) 555 7192"),
    ],
    note="pasted chart with account and Medicaid numbers; hyphenated chart surname",
)
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's — if you live with a chronic condition, please keep "
    "a medical ID in your wallet or on your phone. In a trauma, our team may have minutes to make "
    "decisions, and that card can change them. #MedicalID",
    "eponymous conditions; advice",
)
p(
    "en",
    "thank_you",
    "A message from the Kowalczyk family:\n\n"
    '"On April 8 our husband and dad, Officer Stan Kowalczyk, was shot during a domestic call '
    "in Linden Heights. The surgeons at Tidewater General told us to prepare for the worst. "
    "Instead, 33 days later, he is home.\n\n"
    "To the trauma team, the TICU nurses, the respiratory therapists, the chaplain who sat with "
    'us at 3 AM: you gave us our Stan back. We will never be able to thank you enough."\n\n'
    "— Joanne, Emily & Nate\n\n"
    "💙 #BackTheBlue",
    [
        ("NAME", "Stan Kowalczyk"),
        ("NAME", "Kowalczyk", "*"),
        ("NAME", "Stan", "*"),
        ("DATE", "April 8"),
        ("GEO", "Linden Heights"),
        ("NAME", "Joanne"),
        ("NAME", "Emily"),
        ("NAME", "Nate"),
    ],
    note="police officer as the patient; family statement signed by wife and children",
)
n(
    "en",
    "event",
    "Trauma Survivors Day is Wednesday, May 15. We'll ring the bell in the Whitcomb Trauma "
    "Pavilion lobby at noon for every survivor we cared for last year. Survivors and families, "
    "come ring it with us! 🔔",
    "event date; no patient",
)
p(
    "en",
    "discharge",
    "#teamfaith she did it!! 🎓 walked across the stage 4 months after the Route 58 crash. so "
    "proud of you faith",
    [("NAME", "#teamfaith"), ("NAME", "faith"), ("GEO", "Route 58")],
    note="lower-case name that is an ordinary word, in a hashtag and alone; road of her crash",
)
n(
    "en",
    "anonymous_story",
    "Some visits stay with you.\n\n"
    "This afternoon a man knocked on the door of our trauma bay holding a framed picture of "
    "himself in a hospital bed five years ago, intubated and unrecognizable. Next to it, a "
    "picture of him crossing the finish line of a marathon.\n\n"
    "He didn't want his name shared. He just wanted the team to know. 🏃‍♂️💙\n\n"
    "#TraumaSurvivorsWeek",
    "anonymous survivor; the pictures described are not attached",
)
p(
    "en",
    "pasted_record",
    "pasting from the implant registry for the heart-injury survivor feature - REMOVE BEFORE "
    "PUBLISHING\n"
    "Name: Pham, Quynh T.\n"
    "SSN 219-44-8130\n"
    "Implant: ICD, serial PJN604417H, placed 7/19\n"
    "Home: 1127 Belvedere Rd, Apt 3B, Kingsmill\n"
    "She's ok being featured but not with last name.",
    [
        ("NAME", "Pham, Quynh T."),
        ("SSN", "219-44-8130"),
        ("DEVICE", "PJN604417H"),
        ("DATE", "7/19"),
        ("GEO", "1127 Belvedere Rd, Apt 3B"),
        ("GEO", "Kingsmill"),
    ],
    note="SSN, device serial and home address with apartment",
)
n(
    "en",
    "statistic",
    "Since January, Port Ellison EMS crews have brought 212 gunshot victims to our trauma "
    "center. 38 did not survive. The youngest was 4. Violence is a public health crisis, and "
    "hospitals can be part of the solution: tidewatergeneral.org/vip",
    "aggregate counts; age under 90; hospital URL",
)
p(
    "es",
    "memorial",
    "Con profundo dolor compartimos, a petición de su familia, que la señora Carmen Villalobos "
    "falleció el 14 de julio tras el incendio de su casa en Southgate. Doña Carmen tenía 91 años "
    "y era la abuela de todo el barrio. Nuestro más sentido pésame a sus hijos Rubén y Alba. 🕯️",
    [
        ("NAME", "Carmen Villalobos"),
        ("NAME", "Carmen", "*"),
        ("DATE", "14 de julio"),
        ("GEO", "Southgate"),
        ("AGE", "91"),
        ("NAME", "Rubén"),
        ("NAME", "Alba"),
    ],
    note="honorifics outside the span; age over 89 without 'años'; neighbourhood of her home",
)
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos intérpretes médicos de español para nuestro centro de "
    "trauma, turnos de noche y fin de semana. Aplique en tidewatergeneral.org/careers o envíe "
    "TRAUMA al (757) 555-0163.",
    "recruitment; hospital contacts",
)
p(
    "en",
    "thank_you",
    "Hi Deb — we're so glad Frank is doing well! We'd love to have you both at the survivors' "
    "BBQ. DM us your number and Tasha from our TSN team will call you. 🍔",
    [("NAME", "Deb"), ("NAME", "Frank")],
    note="comment-style reply: patient and wife by first name; the staff member is not labelled",
)
n(
    "en",
    "staff_spotlight",
    "Meet Tasha Greer, our Trauma Survivors Network coordinator. Tasha's own brother survived a "
    "motorcycle crash in 2009, and she has spent 10 years making sure no survivor leaves our "
    "doors without a plan, a peer mentor and her cell number. ❤️",
    "staff spotlight; the staff member's own unnamed brother; bare year",
)
p(
    "en",
    "patient_story",
    "One of our own. 💙 Carla Munoz has been a unit secretary on 5 West for 22 years. On Labor "
    "Day she was hit by a car while crossing Colley Avenue — and woke up in the same Trauma ICU "
    "where she's answered phones for two decades.\n\n"
    "Carla, the whole building is pulling for you. Get well soon and get back here, nobody else "
    "knows where the good pens are. #TGHFamily",
    [
        ("NAME", "Carla Munoz"),
        ("NAME", "Carla", "*"),
        ("DATE", "Labor Day"),
        ("GEO", "Colley Avenue"),
    ],
    note="employee who became a patient; holiday on which she was injured is a DATE",
)
n(
    "en",
    "public_figure",
    "Thank you to Mayor Denise Tran and Police Chief Robert Hale for joining our trauma team at "
    "this morning's violence-prevention summit. Together we're expanding hospital-based "
    "intervention to every neighborhood in Port Ellison.",
    "public officials",
)
p(
    "en",
    "crisis_update",
    "The family of the 23-year-old injured in Tuesday's Brickyard shooting has asked us to "
    "release his name so the community can send cards: Malik Sutton. Malik remains in critical "
    "condition. Cards can be mailed c/o Tidewater General, 2200 Harbor Point Boulevard, Port "
    "Ellison, VA 23611.",
    [("NAME", "Malik Sutton"), ("NAME", "Malik", "*"), ("GEO", "Brickyard")],
    note="name released at the family's request; hospital mailing address not labelled",
)
n(
    "en",
    "crisis_update",
    "ALL CLEAR: The lockdown at Tidewater General has been lifted after police confirmed the "
    "report of an armed person near the ED entrance was unfounded. Thank you to @PortEllisonPD "
    "and our security team. Patient care was not interrupted.",
    "security update; no patient",
)
p(
    "en",
    "pasted_record",
    "Rm 612 pt (Dwayne) wants to meet the medic who did CPR on him. ok to post a callout? his "
    "wife's # 804-555-0931",
    [("OTHER_ID", "Rm 612"), ("NAME", "Dwayne"), ("PHONE", "804-555-0931")],
    note="room with keyword, first name, wife's phone in another area code",
)
n(
    "en",
    "health_tip",
    "Going to the beach this weekend? 🌊 If you're caught in a rip current, don't fight it — "
    "swim parallel to shore. And please, no diving into shallow water: spinal cord injuries from "
    "diving peak every July. #SummerSafety",
    "safety tip",
)
p(
    "en",
    "thank_you",
    "Pictured: Grandpa Joe with the TICU night crew, one year after his fall from a ladder. 🪜🎉\n\n"
    "Joe was 88 when he came to us with a brain bleed and 7 broken ribs. His granddaughter "
    'Tamsin wrote to us: "Grandpa told everyone the nurses were the best part of his year. We '
    'have to agree."\n\n'
    "Thank you for coming back to see us, Joe!",
    [("PHOTO", "Pictured"), ("NAME", "Joe", "*"), ("NAME", "Tamsin")],
    note="attached photo shows the patient; age 88 is not labelled; 'Grandpa' outside the span",
)
n(
    "en",
    "campaign_hashtag",
    "#TidewaterStrong isn't just a hashtag. It's 1,400 people who show up every day to care for "
    "our community. Thank you, team. 💙 #NationalHospitalWeek #HospitalHeroes",
    "campaign hashtags",
)
p(
    "en",
    "crisis_update",
    "Update from the family of Addison, 7, injured in Sunday's boat fire at Willoughby Spit: she "
    "is awake, asking for her dog Pickles, and moved out of the PICU today. Her family thanks "
    "everyone for the stuffed animals (please, no more - they have 140 😅).",
    [("NAME", "Addison"), ("GEO", "Willoughby Spit")],
    note="child named by family; the dog's name is not labelled",
)
n(
    "en",
    "research",
    "Tidewater General has been awarded a $2.1 million NIH grant to study early tranexamic acid "
    "for older adults after falls. Enrollment opens this fall at our Level I trauma center and "
    "two partner hospitals. Questions: research@tidewatergeneral.org",
    "research news; hospital email",
)
p(
    "en",
    "memorial",
    "Rest in peace, Sunshine. ☀️ Our Trauma ICU nurses knew Ms. Bernadette Coles by her nickname "
    "and her laugh. She passed peacefully on 8/30 with her sisters at her side. We will miss you.",
    [("NAME", "Sunshine"), ("NAME", "Bernadette Coles"), ("DATE", "8/30")],
    note="nickname that is an ordinary word; date of death",
)
n(
    "en",
    "anonymous_story",
    "A grandmother in her 80s, a teenage driver, a delivery worker, a firefighter. That was last "
    "night in our trauma bays. Every one of them went home or is getting better this morning. "
    "Thank you, night shift. 🌙",
    "anonymous patients described by role and age range",
)
p(
    "en",
    "pasted_record",
    "Comms request — flagged donation page: the Ferreira family set up "
    "https://www.gofundme.com/f/luis-ferreira-recovery and asked us to share it. Submitted via "
    "our web form from IP 73.162.48.19. Need legal review before we share anything.",
    [
        ("NAME", "Ferreira"),
        ("URL", "https://www.gofundme.com/f/luis-ferreira-recovery"),
        ("IP", "73.162.48.19"),
    ],
    note="family surname, the family's fundraiser URL and the IP the family wrote from",
)
n(
    "en",
    "hospital_contact",
    "Need a copy of your records after a trauma stay? Call Health Information Management at "
    "(757) 555-0100, option 4, or stop by 410 Ropewalk Lane, Suite 120, Mon–Fri 8–4:30. Police "
    "and insurance requests go through the same office.",
    "hospital phone and address",
)
p(
    "es",
    "patient_story",
    "¡Mírenlo! 😍 Santiago, el bombero que rescató a tres niños del incendio en Lindell Court y "
    "terminó en nuestra unidad de quemados, salió hoy caminando. ¡Gracias por tu valentía, "
    "Santi! #FuerzaSanti",
    [
        ("NAME", "Santiago"),
        ("GEO", "Lindell Court"),
        ("NAME", "Santi"),
        ("NAME", "#FuerzaSanti"),
    ],
    note="firefighter who is both hero and patient; nickname and name hashtag",
)
n(
    "en",
    "crisis_update",
    "Two Port Ellison police officers were treated here this afternoon after a crash during a "
    "pursuit on Military Highway. Both have been released. We're grateful they're OK. Further "
    "questions: @PortEllisonPD.",
    "anonymous officers; crash location with no identified patient",
)
p(
    "en",
    "milestone_birthday",
    "Our newest centenarian! 🎉 Happy 100th to Mrs. Odessa Freeman, who broke her wrist in a fall "
    "last spring and told our orthopedic surgeon she had 'no time for a cast.' She celebrated "
    "her birthday on 6/12 with 40 relatives in Chesterton.",
    [
        ("AGE", "centenarian"),
        ("AGE", "100th"),
        ("NAME", "Odessa Freeman"),
        ("DATE", "6/12"),
        ("GEO", "Chesterton"),
    ],
    note="'centenarian' and '100th' are both AGE; birthday date",
)
n(
    "en",
    "staff_spotlight",
    "Congratulations to trauma nurse Maria Esposito, who just welcomed her second grandchild! "
    "Baby Leo arrived on May 2 at 7 lb 4 oz. Maria, we know you'll show him off on every "
    "break. 👶",
    "staff member's own family; not a patient story",
)
p(
    "en",
    "thank_you",
    "Sgt. O'Rourke, we heard you're back on patrol! The TICU nurses say hi and want to know if "
    "you're still sneaking Tastykakes 😂 Stay safe out there.",
    [("NAME", "O'Rourke")],
    note="police officer as a former patient, surname only; rank outside the span",
)
n(
    "en",
    "eponymous_condition",
    "After a traumatic brain injury some people develop new tics or seizures. That doesn't mean "
    "they have Tourette syndrome — but it does mean they need follow-up. Our TBI clinic sees "
    "survivors for a year after discharge: (757) 555-0119",
    "eponymous condition; hospital clinic",
)
p(
    "en",
    "pasted_record",
    "draft caption (remove DL info!!): Meet Brian, who survived a 60-mph rollover on Route 460 on "
    "10/5. PEPD returned his wallet to us; DL# T60-118-442 matched. Brian Kessling, 34, of Belle "
    "Haven. Mom: Pat Kessling pat.kessling@verizon.net",
    [
        ("NAME", "Brian Kessling"),
        ("NAME", "Brian", "*"),
        ("GEO", "Route 460"),
        ("DATE", "10/5"),
        ("LICENSE", "T60-118-442"),
        ("GEO", "Belle Haven"),
        ("NAME", "Pat Kessling"),
        ("EMAIL", "pat.kessling@verizon.net"),
    ],
    note="driver's licence number (value only); age 34 not labelled",
)
n(
    "en",
    "event",
    "Car seat check event! 🚗 Saturday, June 8, 10 AM–1 PM, Tidewater General parking garage B, "
    "2200 Harbor Point Boulevard. Certified technicians from our injury prevention team will "
    "check your seat for free. Questions? (757) 555-0125.",
    "event; hospital address and number",
)
p(
    "en",
    "crisis_update",
    "At the request of their families, we can confirm that brothers Jamal and Terrence Odom are "
    "being treated at Tidewater General after Saturday's crash on Indian River Road. Both are in "
    "stable condition.",
    [("NAME", "Jamal"), ("NAME", "Terrence Odom"), ("GEO", "Indian River Road")],
    note="two named victims sharing a surname",
)
n(
    "en",
    "crisis_update",
    "Because of the number of injured patients arriving from the Interstate 64 bus crash, "
    "Tidewater General has activated its mass casualty plan. Non-emergency visitors, please avoid "
    "the main campus tonight. Elective surgeries for tomorrow are postponed; patients will be "
    "called.",
    "operational update",
)
p(
    "en",
    "discharge",
    "Will walked out today. 🚶‍♂️\n\n"
    "That sentence took 97 days to write.\n\n"
    "Will Haddad came to us in February after a fall from scaffolding at a construction site "
    "downtown. Spinal cord injury. Two surgeries. Weeks on a ventilator. His wife Leila never "
    "missed a single day.\n\n"
    "This morning he stood up from his wheelchair and walked, with a walker and a very proud PT "
    "on each side, to the front door. Will you join us in wishing him luck? 💪",
    [("NAME", "Will", 1), ("NAME", "Will Haddad"), ("DATE", "February"), ("NAME", "Leila")],
    note="name that is also a verb: 'Will you join us' is not the name; 97 days is not an age",
    ok=("Will",),
)
n(
    "en",
    "anonymous_story",
    "Faith, family and a lot of physical therapy. That's how one of our spinal cord injury "
    "survivors describes the year since her crash. She'll share her story (anonymously) at our "
    "Trauma Survivors Network meeting next Thursday. All survivors welcome.",
    "'Faith' is a noun here; anonymous survivor",
)
p(
    "en",
    "pasted_record",
    "Wristband scan for trauma-alias reconciliation: TRAUMA, ZULU -> reconciled to NGUYEN, BAO Q, "
    "DOB 2/17/1990, enc 88124-T, wristband 004471823. Brother Vinh Nguyen at bedside, cell +1 757 "
    "555 8834. NOT FOR SOCIAL.",
    [
        ("OTHER_ID", "TRAUMA, ZULU"),
        ("NAME", "NGUYEN, BAO Q"),
        ("DATE", "2/17/1990"),
        ("OTHER_ID", "88124-T"),
        ("OTHER_ID", "004471823"),
        ("NAME", "Vinh Nguyen"),
        ("PHONE", "+1 757 555 8834"),
    ],
    note="trauma alias name is an assigned code (OTHER_ID), the reconciled chart name is NAME",
)
n(
    "en",
    "sponsor",
    "The Whitcomb Trauma Pavilion turns 10 today! 🎉 Named for the late Judge Harold Whitcomb, "
    "whose family's gift built the region's first Level I trauma center, the pavilion has cared "
    "for more than 30,000 injured patients since 2014.",
    "donor family and donor-named building",
)
p(
    "en",
    "thank_you",
    "guess who brought donuts to the trauma bay this morning 🍩 our boy dre, 6 months after the "
    "crash on ocean view ave. he says he's coming back as a nurse. we're holding him to it",
    [("NAME", "dre"), ("GEO", "ocean view ave")],
    note="lower-case name and lower-case street of his crash",
)
n(
    "en",
    "crisis_update",
    "Our hearts are with the families affected by tonight's shooting at Bayside Mall. We have "
    "received 6 patients. Blood donations are needed: book at redcrossblood.org. Please keep the "
    "ambulance bay clear. #PortEllisonStrong",
    "anonymous count; incident location with no identified patient",
)
p(
    "es",
    "thank_you",
    "«Ustedes salvaron a mi papá.» 💙\n\n"
    "Así empezó la carta que nos envió Daniela, la hija de don Efraín Castillo, quien sufrió un "
    "infarto mientras manejaba y chocó en la Ruta 17 el 9 de diciembre.\n\n"
    "Don Efraín pasó 3 semanas con nosotros. Hoy, ya en casa en Chesterton, nos mandó un video "
    "bailando cumbia con su nieta. 💃\n\n"
    "¡Gracias por compartir, familia Castillo!",
    [
        ("NAME", "Daniela"),
        ("NAME", "Efraín Castillo"),
        ("NAME", "Efraín", "*"),
        ("GEO", "Ruta 17"),
        ("DATE", "9 de diciembre"),
        ("GEO", "Chesterton"),
        ("NAME", "Castillo", "*"),
    ],
    note="daughter and father; the video he sent is described, not attached, so no PHOTO",
)
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestra sala de emergencias. 👶 La mamá y el "
    "bebé están sanos. ¡Felicidades a la familia y gracias al guardia de seguridad que corrió por "
    "una silla de ruedas!",
    "anonymous birth; relative time",
)

# ---------------------------------------------------------------- batch 3

p(
    "en",
    "sponsor",
    "Thank you, Gerald and Ruth Ambrose! 💙 Two years ago their grandson Caleb survived a "
    "dirt-bike crash thanks to our pediatric trauma team. This week the Ambrose family gave "
    "$50,000 to fund a child-life specialist for injured kids. Caleb cut the ribbon himself. "
    "#TGHFoundation",
    [
        ("NAME", "Gerald"),
        ("NAME", "Ruth Ambrose"),
        ("NAME", "Ambrose", "*"),
        ("NAME", "Caleb", "*"),
    ],
    note="donors introduced as a patient's grandparents are a patient's relatives, so labelled",
)
n(
    "en",
    "sponsor",
    "A gift that keeps giving: the Pennington Fund for Injury Prevention, established by the "
    "family of the late Dr. Walter Pennington, put 2,000 free bike helmets on Port Ellison kids "
    "this year. 🚲 Thank you!",
    "named fund and its founder's family; not patients",
)
p(
    "en",
    "pasted_record",
    "Hey team — the daughter of the pt in room 4N-22 called the media line AGAIN. Mrs. Aldana "
    "(Rosa), 757.555.2290 ext 4 (work). She wants the picture of her dad at Harbor Fest taken "
    "down. He was admitted the 14th. Can someone call her back today?",
    [
        ("OTHER_ID", "room 4N-22"),
        ("NAME", "Aldana"),
        ("NAME", "Rosa"),
        ("PHONE", "757.555.2290 ext 4"),
        ("DATE", "14th"),
    ],
    note="bare ordinal day of admission ('the' outside the span); phone with extension; daughter only",
)
n(
    "en",
    "eponymous_condition",
    "Living with Crohn's or ulcerative colitis? If you're ever brought to a trauma center, tell "
    "the team about any steroids you take — they change how your body handles surgery and blood "
    "loss. #IBDAwareness",
    "eponymous condition; advice",
)
p(
    "en",
    "crisis_update",
    "Our thoughts are with the Alvarado family. Luz Alvarado and her two children were burned in "
    "the Christmas Eve fire that destroyed their home on Wexford Lane. The children are in our "
    "pediatric burn unit; Luz is in our Trauma ICU. A fund for the family is at Harbor Community "
    "Bank.",
    [
        ("NAME", "Luz Alvarado"),
        ("NAME", "Alvarado", "*"),
        ("NAME", "Luz", "*"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Wexford Lane"),
    ],
    note="named fire victim; holiday on which the fire happened is a DATE; home street",
)
n(
    "en",
    "health_tip",
    "Christmas Eve is one of the busiest nights of the year for home fires. 🎄 Keep the tree "
    "watered and 3 feet from heat, turn off the lights before bed, and test your smoke alarms. "
    "Port Ellison Fire Rescue installs free alarms: call 311.",
    "holiday is not a patient's event; city service line",
)
p(
    "es",
    "discharge",
    "¡Luna ya está en casa! 🌙 Después de 19 días en la UCI pediátrica por el choque del 28 de "
    "septiembre, esta princesa de 5 años se fue con su mamá Fabiola y un oso de peluche gigante. "
    "¡Te queremos, Lunita!",
    [
        ("NAME", "Luna"),
        ("DATE", "28 de septiembre"),
        ("NAME", "Fabiola"),
        ("NAME", "Lunita"),
    ],
    note="name that is an ordinary word ('moon') and its diminutive; age 5 not labelled",
)
n(
    "es",
    "eponymous_condition",
    "El Alzheimer aumenta el riesgo de caídas graves. Si cuida a un ser querido con Alzheimer o "
    "Parkinson, revise la casa: buena iluminación, sin alfombras sueltas, zapatos cerrados. Más "
    "consejos: (757) 555-0125.",
    "eponymous conditions; hospital clinic number",
)
p(
    "en",
    "memorial",
    "We are saddened by the loss of volunteer fire chief Walt Emory, who died here Sunday from "
    "injuries sustained fighting the Marsh Road barn fire. Our deepest sympathy to his wife, Peg, "
    "and to his brothers and sisters in the fire service. 🕯️",
    [("NAME", "Walt Emory"), ("GEO", "Marsh Road"), ("NAME", "Peg")],
    note="firefighter as the patient; 'chief' outside the span; weekday not labelled",
)
n(
    "en",
    "staff_spotlight",
    "Shout-out to Kevin Marsh from Environmental Services! On his way in Tuesday, Kevin stopped "
    "at a crash on Route 17 and kept pressure on a stranger's wound until EMS arrived. Kevin, "
    "you're a hero. 🦸 #TGHFamily",
    "staff member as a hero; the injured stranger is anonymous",
)
p(
    "en",
    "pasted_record",
    "Records request (internal - do NOT share): pt GILLESPIE, NORA J, DOB 09-03-1958, needs op "
    "note from 1/27 faxed to her attorney? NO — to pt's home fax (757) 555-3390 per pt. Daughter "
    "Shannon confirmed by phone. Route to HIM.",
    [
        ("NAME", "GILLESPIE, NORA J"),
        ("DATE", "09-03-1958"),
        ("DATE", "1/27"),
        ("FAX", "(757) 555-3390"),
        ("NAME", "Shannon"),
    ],
    note="patient's home fax number; DOB with dashes",
)
n(
    "en",
    "hospital_contact",
    "Reminder for reporters covering tonight's Route 58 crash: we only confirm whether a person "
    "is a patient, and their one-word condition, if you have the full name AND the family has not "
    "opted out. Call the media line, (757) 555-0142. Please do not call the ED directly.",
    "media-inquiry policy; no names",
)
p(
    "en",
    "thank_you",
    "This card made our whole week. 💌\n\n"
    '"Dear trama docters, thank you for fixing my daddy after the bad guy shot him. He can play '
    'catch again. Love, Aaliyah, age 7"\n\n'
    "Aaliyah's dad, Officer Terrell Brooks, was shot during a traffic stop on Virginia Beach "
    "Boulevard on March 9. Today he's home and on light duty, and apparently back to playing "
    "catch. ⚾\n\n"
    "Thank you, Aaliyah. We needed this.",
    [
        ("NAME", "Aaliyah", "*"),
        ("NAME", "Terrell Brooks"),
        ("GEO", "Virginia Beach Boulevard"),
        ("DATE", "March 9"),
    ],
    note="child's card with typos; her father, a police officer, is the patient",
)
n(
    "en",
    "crisis_update",
    "Tidewater General is at capacity. ED waits are long tonight because of multiple trauma "
    "activations. If your condition is not life-threatening, please consider urgent care or call "
    "your doctor. In an emergency always call 911.",
    "operational update",
)
p(
    "en",
    "discharge",
    "J.R. is going home! 🏠 After 52 days, 4 surgeries and approximately 900 games of Uno with the "
    "night nurses, our favorite fisherman is headed back to the Eastern Shore. Fair winds, J.R.!",
    [("NAME", "J.R.", "*"), ("GEO", "Eastern Shore")],
    note="initials as the name; a region smaller than a state is GEO",
)
n(
    "en",
    "research",
    "Congrats to trauma fellow Dr. Nadia Farouk, whose study of how Hodgkin lymphoma survivors "
    "heal after injury was just published! 🎉 Survivors of childhood cancers may need different "
    "wound care after trauma.",
    "research news; eponymous condition; staff physician",
)
p(
    "en",
    "patient_story",
    "Summer spent her summer with us. ☀️ 71 days in the burn unit after a campfire accident in "
    "Gloucester on the Fourth of July. Today she's back in school, and her mom Tracy says she's "
    "already planning her Halloween costume (a firefighter, obviously). 🚒",
    [
        ("NAME", "Summer"),
        ("GEO", "Gloucester"),
        ("DATE", "Fourth of July"),
        ("NAME", "Tracy"),
    ],
    note="name that is an ordinary word next to the season word; holiday of the accident is DATE, Halloween is not",
)
n(
    "en",
    "event",
    "Fourth of July reminder: our Trauma Center is open 24/7, but we'd rather not see you. 🎆 "
    "Wear a life jacket on the water, don't drink and boat, and leave fireworks to the "
    "professionals. Happy Independence Day from all of us at Tidewater General!",
    "holiday that is not a patient's event",
)
p(
    "en",
    "pasted_record",
    "Interpreter note pasted into the comms doc by mistake — pls delete:\n"
    "'Family of pt Ruiz-Ocasio, Héctor (Bed 4, Burn ICU) requests updates in Spanish. Wife "
    "Migdalia: migdalia.ocasio@gmail.com / 757-555-7418. Prefers text.'",
    [
        ("NAME", "Ruiz-Ocasio, Héctor"),
        ("OTHER_ID", "Bed 4"),
        ("NAME", "Migdalia"),
        ("EMAIL", "migdalia.ocasio@gmail.com"),
        ("PHONE", "757-555-7418"),
    ],
    note="pasted interpreter note with wife's email and phone",
)
n(
    "en",
    "anonymous_story",
    "A 22-year-old college student. A bottle of vodka. A borrowed car. She survived, but her best "
    "friend in the passenger seat didn't. She asked us to share this so one more person will "
    "call a ride. Please. 🙏 #DriveSober",
    "anonymous; age under 90",
)
p(
    "en",
    "crisis_update",
    "Update: Officer Jenna Marquez, injured alongside her K9 partner Rex in this morning's "
    "standoff in Cove Hill, is awake and talking. Rex is being treated at Harbor Animal Hospital. "
    "Officer Marquez's family thanks the community for the outpouring of support. 🐕💙",
    [("NAME", "Jenna Marquez"), ("NAME", "Marquez", "*"), ("GEO", "Cove Hill")],
    note="officer as the patient; the police dog's name is not labelled",
)
n(
    "en",
    "public_figure",
    "Meet K9 Rex, the @PortEllisonPD dog who visited our pediatric unit today with his handler, "
    "Officer Lamont Hayes. 🐾 The kids voted him 'best boy' unanimously.",
    "police dog and its handler visiting; no patient",
)
p(
    "en",
    "pasted_record",
    "PATIENT: WASHINGTON, LATOYA M.   MRN#000458812   CSN 90211847335\n"
    "DOB: 7-Jan-1972\n"
    "LOC: TICU Bed 08\n"
    "HPI: 51 y/o F ped struck 11/3 on Campostella Rd\n"
    "NOK: WASHINGTON, DERRICK (son) 757-555-0896",
    [
        ("NAME", "WASHINGTON, LATOYA M."),
        ("MRN", "000458812"),
        ("OTHER_ID", "90211847335"),
        ("DATE", "7-Jan-1972"),
        ("OTHER_ID", "Bed 08"),
        ("DATE", "11/3"),
        ("GEO", "Campostella Rd"),
        ("NAME", "WASHINGTON, DERRICK"),
        ("PHONE", "757-555-0896"),
    ],
    note="chart header: CSN (encounter) is OTHER_ID; next of kin in chart format",
)
n(
    "en",
    "statistic",
    "Pedestrian deaths in Port Ellison are up 30% since 2019. Most happen after dark on roads "
    "with no sidewalks. Our injury prevention team is working with the city on 14 new crosswalks. "
    "Wear something bright. Drivers: slow down. 🚶",
    "aggregate statistics",
)
p(
    "en",
    "patient_story",
    "Fifteen years ago Marcus Thibodeaux came to our trauma bay as a 19-year-old with a gunshot "
    "wound. Today he came back as Marcus Thibodeaux, RN — our newest Trauma ICU nurse. Welcome "
    "home, Marcus. 💙",
    [("NAME", "Marcus Thibodeaux", "*"), ("NAME", "Marcus", "*")],
    note="a new staff member who IS a former patient: labelled",
)
n(
    "en",
    "staff_spotlight",
    "Welcome to our newest trauma surgeons, Dr. Ifeoma Nwosu and Dr. Graham Tull! 🎉 Dr. Nwosu "
    "joins us from Shock Trauma in Baltimore and Dr. Tull from the Navy, where he served as a "
    "combat surgeon.",
    "new staff",
)
p(
    "en",
    "patient_story",
    "Prayers up for a local legend. 🙏 Coach has been with us since Friday night. His wife and "
    "grandkids say he'd want you to keep showing up to practice. #CoachBoStrong",
    [("NAME", "#CoachBoStrong")],
    note="the patient is named only inside a hashtag; 'Coach' alone is a title",
)
n(
    "en",
    "campaign_hashtag",
    "Guns are now the leading cause of death for American kids and teens. This #WearOrange "
    "weekend our trauma team is wearing orange for every child we couldn't save. 🧡 "
    "#EndGunViolence #TidewaterStrong",
    "awareness hashtags; population statistic",
)
p(
    "es",
    "crisis_update",
    "Por petición de su familia, confirmamos que Rigoberto Fuentes, trabajador de la "
    "construcción herido en el derrumbe de la calle Bute el martes, se encuentra en condición "
    "estable. Su esposa Maribel agradece las oraciones de la comunidad.",
    [("NAME", "Rigoberto Fuentes"), ("GEO", "calle Bute"), ("NAME", "Maribel")],
    note="named victim; weekday not labelled",
)
n(
    "en",
    "crisis_update",
    "UPDATE: All patients from this morning's school bus crash on Route 17 have been evaluated. "
    "11 students were treated for minor injuries and released to their parents. The bus driver "
    "remains with us in good condition. Thank you to Port Ellison Public Schools and EMS.",
    "anonymous counts; the driver is described only by role",
)
p(
    "en",
    "pasted_record",
    "pt is a 92 y/o M, fall at home 2/20 (Seaside Manor, rm 14) — family (grandson Pete Alcott, "
    "petealcott@icloud.com) asked if we'd post about the EMT who saved his life. Pls check w/ "
    "legal.",
    [
        ("AGE", "92"),
        ("DATE", "2/20"),
        ("GEO", "Seaside Manor"),
        ("OTHER_ID", "rm 14"),
        ("NAME", "Pete Alcott"),
        ("EMAIL", "petealcott@icloud.com"),
    ],
    note="age over 89 in 'y/o'; care-home residence treated as the patient's address (GEO)",
)
n(
    "en",
    "health_tip",
    "Falls send more older adults to our trauma center than car crashes do. 3 easy wins this "
    "week: ✔️ nightlights in the hallway ✔️ grab bars in the shower ✔️ ask your doctor to review "
    "meds that make you dizzy. #FallsPrevention",
    "tip for a population group",
)
p(
    "en",
    "milestone_birthday",
    "Birthday wishes to Miss Ida at Seaside Manor, who turns 103 on Saturday! 🎂 Ida spent a week "
    "with us after a fall in January and charmed every single resident physician. The Seaside "
    "Manor staff tell us she's requested strawberry cake.",
    [
        ("NAME", "Ida", "*"),
        ("GEO", "Seaside Manor", "*"),
        ("AGE", "103"),
        ("DATE", "January"),
    ],
    note="care-home resident; her residence is GEO; weekday not labelled",
)
n(
    "en",
    "event",
    "Join our trauma chaplains for a Blue Mass and Service of Remembrance for first responders on "
    "Sunday, Sept. 8 at 11 AM in the Whitcomb Trauma Pavilion chapel. All are welcome to light a "
    "candle for fallen officers and firefighters.",
    "event; fallen responders not named",
)
p(
    "en",
    "thank_you",
    "Hi Mrs. Bennett! We'd love to help you reconnect with the nurses who cared for Tommy. Please "
    "call our Trauma Survivors Network at (757) 555-0119 — and don't post your cell publicly, "
    "we'll call you back 💙",
    [("NAME", "Bennett"), ("NAME", "Tommy")],
    note="comment reply to a patient's mother; hospital number not labelled",
)
n(
    "en",
    "hospital_contact",
    "Our new trauma follow-up clinic is open at 410 Ropewalk Lane! Free parking, on the #12 bus "
    "line, and Spanish interpreters on site. Appointments: (757) 555-0119 or @TidewaterTrauma.",
    "hospital address, number and handle",
)
p(
    "en",
    "pasted_record",
    "for the PIO: PEPD case # 24-018832 is our pt Kiara Dunn (TICU). Detective Morrow will call "
    "the family first, then we can confirm condition. Dad: Reggie Dunn 757 555 6651.",
    [
        ("OTHER_ID", "24-018832"),
        ("NAME", "Kiara Dunn"),
        ("NAME", "Reggie Dunn"),
        ("PHONE", "757 555 6651"),
    ],
    note="police case number tied to the patient is OTHER_ID; the detective is not labelled",
)
n(
    "en",
    "anonymous_story",
    "To the family who left 40 pizzas in the trauma waiting room last night with a note that "
    'just said "for the people who saved our dad": we don\'t know who you are, but we are SO glad '
    "he's okay. 🍕💙\n\n"
    "Thank you. You fed three shifts.",
    "anonymous family",
)
p(
    "en",
    "discharge",
    "SHE'S WALKING!!! 🎉🎉 Nurse Kenzie on 5 West sent us this video of Abuela Rosario taking her "
    "first steps since the bus crash. ¡Vamos, Rosario!",
    [("PHOTO", "video"), ("NAME", "Rosario", "*")],
    note="attached video shows the patient; 'Abuela' outside the span; nurse not labelled",
)
n(
    "en",
    "recruitment",
    "Trauma nurses wanted! Our RN residency starts in August: 12 weeks of precepted orientation, "
    "simulation training and a mentor for your first year. Info session Thursday, 5 PM, Whitcomb "
    "Pavilion room 210. Text TRAUMA to (757) 555-0163.",
    "recruitment; meeting room",
)
p(
    "en",
    "memorial",
    "It's been one year since we lost Ethan Caldwell, 16, after the crash on Valentine's Day. His "
    "mom, Jill, asked us to share that Ethan's Drive Sober pledge has now been signed by 4,000 "
    "students across the region. #EthansPledge",
    [
        ("NAME", "Ethan Caldwell"),
        ("NAME", "Ethan", "*"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Jill"),
        ("NAME", "#EthansPledge"),
    ],
    note="memorial hashtag containing the name; holiday of the fatal crash is DATE",
)
n(
    "en",
    "statistic",
    "Our Level I trauma center by the numbers, 2023: 🚁 612 helicopter arrivals 🩸 9,840 units of "
    "blood 🏥 3,412 trauma admissions ⏱️ 14 minutes median time to the OR for the sickest "
    "patients. Thank you, team. #TidewaterStrong",
    "aggregate statistics",
)
p(
    "en",
    "patient_story",
    "When our own ICU nurse Becky Lawson was hurt in a crash on the way home from a night shift in "
    "October, her coworkers became her caregivers. 💙 Becky is back at work this week, and she "
    "has a message for every driver: put the phone DOWN. #TGHFamily",
    [("NAME", "Becky Lawson"), ("NAME", "Becky", "*"), ("DATE", "October")],
    note="employee who became a patient; month of the crash",
)
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Gloria Pettaway, who started as a trauma tech in 1989 and retires as our "
    "trauma program manager! Gloria's husband, Ron, and their three sons were there to cheer her "
    "on. Enjoy the beach, Gloria. 🏖️",
    "staff member and her own family",
)
p(
    "en",
    "pasted_record",
    "DRAFT v2 (names removed??) — Mr. Harlan Pryce, DOB 1/2/45, Acct 55281907, pedestrian struck "
    "on Bainbridge Blvd near his home. Daughter: Meredith Pryce-Cole, +1 (757) 555-6002.",
    [
        ("NAME", "Harlan Pryce"),
        ("DATE", "1/2/45"),
        ("ACCOUNT", "55281907"),
        ("GEO", "Bainbridge Blvd"),
        ("NAME", "Meredith Pryce-Cole"),
        ("PHONE", "+1 (757) 555-6002"),
    ],
    note="draft that claims names were removed but were not",
)
n(
    "en",
    "crisis_update",
    "A note about media coverage of Friday's Ferry Terminal shooting:\n\n"
    "We know our community wants to know how the injured are doing. So do we — they are our "
    "neighbors. But federal privacy law and basic respect mean we will not release any "
    "information without family permission.\n\n"
    "If you see names on social media, please do not share them. Some families have not yet been "
    "notified.\n\n"
    "Media: (757) 555-0142 | media@tidewatergeneral.org",
    "media statement; no names",
)
p(
    "en",
    "thank_you",
    "Hunter came back to ring our survivors' bell today. 🔔 Three years ago he was pinned under "
    "his tractor on the family farm in Surry County. Now he's a high school senior with a full "
    "ride to Virginia Tech. Go Hokies, Hunter!",
    [("NAME", "Hunter", "*"), ("GEO", "Surry County")],
    note="name that is an ordinary word, alone at the start; county of the injury",
)
n(
    "en",
    "health_tip",
    "Hunting season starts Saturday. Every year our trauma team treats hunters who fell from tree "
    "stands. Use a full-body harness, check your straps, and never climb with a loaded gun. 🦌 "
    "#HuntSafe",
    "'hunters' as a population group",
)
p(
    "es",
    "pasted_record",
    "Nota interna (NO PUBLICAR): Sra. Beatriz Quiñones, 94 años, ingresó el 1 de marzo tras "
    "caerse en su apartamento de la calle Holt 418, apto. 2C. Hijo: Arturo Quiñones, "
    "arturo.q@outlook.com, (757) 555-3127. Pide que publiquemos una foto de su mamá con las "
    "enfermeras.",
    [
        ("NAME", "Beatriz Quiñones"),
        ("AGE", "94"),
        ("DATE", "1 de marzo"),
        ("GEO", "calle Holt 418, apto. 2C"),
        ("NAME", "Arturo Quiñones"),
        ("EMAIL", "arturo.q@outlook.com"),
        ("PHONE", "(757) 555-3127"),
    ],
    note="requested photo is not attached, so no PHOTO; address with apartment",
)
n(
    "es",
    "event",
    "Clase gratuita de «Stop the Bleed» en español: sábado 12 de octubre, 10 a. m., Pabellón de "
    "Trauma Whitcomb, 2200 Harbor Point Boulevard. Aprenda a detener una hemorragia y salvar una "
    "vida. Inscríbase: (757) 555-0125.",
    "event date and hospital address",
)
n(
    "es",
    "crisis_update",
    "Nuestros pensamientos están con las familias afectadas por el incendio de anoche en los "
    "apartamentos Lindell Court. Recibimos 9 pacientes. La Cruz Roja está ayudando a las familias "
    "desplazadas. Línea para familias: (757) 555-0177.",
    "anonymous counts; hospital line",
)

# ---------------------------------------------------------------- batch 4

p(
    "en",
    "thank_you",
    "Journey turned 18 today, and she spent part of her birthday with us. 🎈\n\n"
    "Last August, Journey was riding in the back seat when her family's minivan was rear-ended "
    "by a tractor-trailer on I-664. She arrived by helicopter with a lacerated spleen, a broken "
    "pelvis and a head injury that had our neurosurgeons worried for days.\n\n"
    "Today she came back with her mom, Tanisha, and her little brother Josiah to deliver a "
    'birthday cake — to US. "You gave me another birthday," she said, "so you get the first '
    'slice."\n\n'
    "Happy birthday, Journey. The first slice was delicious. 🎂💙\n\n"
    "#TraumaSurvivor #TidewaterStrong",
    [
        ("NAME", "Journey", "*"),
        ("DATE", "August"),
        ("GEO", "I-664"),
        ("NAME", "Tanisha"),
        ("NAME", "Josiah"),
    ],
    note="name that is an ordinary word, alone at the start; 'today' as birthday is relative, not labelled",
)
n(
    "en",
    "crisis_update",
    "STATEMENT FROM TIDEWATER GENERAL HOSPITAL\n"
    "Saturday, 11:45 PM\n\n"
    "Tonight our Level I trauma center received 8 patients injured in the shooting at the "
    "Juneteenth celebration in Carver Park. Our trauma, surgical and nursing teams responded "
    "within minutes, and additional surgeons were called in from home.\n\n"
    "As of this hour:\n"
    "— 3 patients are in surgery\n"
    "— 2 are in critical condition in our Trauma ICU\n"
    "— 3 have been treated and released\n\n"
    "We are not releasing names, ages or conditions of individual patients at this time. "
    "Families seeking loved ones should call (757) 555-0177 or come to the Family Reunification "
    "Center at the Harbor Point Boulevard entrance.\n\n"
    "Next update at 8 AM. Media: (757) 555-0142.\n\n"
    "Please hold our community, our patients and our staff in your thoughts tonight. 💙",
    "anonymous counts after a mass shooting; holiday and park are the public incident's, not a patient's",
)
p(
    "en",
    "memorial",
    'The family of Captain Miguel "Mikey" Santangelo has asked Tidewater General to share this '
    "statement.\n\n"
    '"Mikey ran into burning buildings for 24 years. On November 19 he went into one more, a '
    "rowhouse on Lee Street, because he heard a child was inside. The child made it out. Mikey "
    "did not come home.\n\n"
    "The doctors and nurses at Tidewater General gave us six more days with him. They let us play "
    "his Springsteen records, they let his crew sleep in the waiting room, and they held our "
    "hands when it was time.\n\n"
    "We ask for privacy as we grieve. Donations can be made to the Port Ellison Firefighters' "
    'Burn Foundation."\n\n'
    "— Angela Santangelo and children Nicky, Sophia and Luca\n\n"
    "The men and women of Tidewater General salute you, Captain. 🚒🕯️",
    [
        ("NAME", 'Miguel "Mikey" Santangelo'),
        ("NAME", "Mikey", "*"),
        ("DATE", "November 19"),
        ("GEO", "Lee Street"),
        ("NAME", "Angela Santangelo"),
        ("NAME", "Nicky"),
        ("NAME", "Sophia"),
        ("NAME", "Luca"),
    ],
    note="firefighter as the patient; family statement signed by wife and children; musician not labelled",
)
n(
    "en",
    "staff_spotlight",
    "Meet Shaun Delacroix, RN, who works nights in our Trauma ICU and spends his days off as a "
    "volunteer firefighter with Station 6. 🚒🏥\n\n"
    "Shaun says the two jobs have a lot in common: \"You show up on somebody's worst day, and you "
    'do your best to make it a little less bad."\n\n'
    "When he's not working, Shaun coaches his son Eli's Little League team and restores old "
    "motorcycles (with a helmet, he wants you to know).\n\n"
    "Thank you for everything you do, Shaun! #NursesWeek #TGHFamily",
    "staff member who is also a firefighter (a hero, not a patient), and his own son",
)
p(
    "en",
    "thank_you",
    "It was the first time we've ever seen an entire trauma team cry at a morning huddle. 😭\n\n"
    "Sergeant Denise Albright walked in at 7 AM, in full uniform, exactly one year after she was "
    "shot twice while responding to a burglary on Pembroke Avenue. She spent 11 days in our "
    "Trauma ICU and months in rehab.\n\n"
    'She came to say one thing: "I\'m here because of you."\n\n'
    "She also brought three dozen Krispy Kremes, because she is a cop and she knows her "
    "audience. 🍩\n\n"
    "Welcome back, Sgt. Albright. We're so proud of you.",
    [("NAME", "Denise Albright"), ("NAME", "Albright", "*"), ("GEO", "Pembroke Avenue")],
    note="police sergeant as the returning patient; rank outside the span; 'one year after' is relative",
)
n(
    "en",
    "public_figure",
    "A huge thank-you to the crew of Port Ellison Fire Rescue Ladder 3, who stopped by today to "
    "check on a patient they carried out of a house fire last week. 🚒\n\n"
    "Firefighters don't usually get to see how the story ends. Today they did: the man they "
    "rescued is awake, breathing on his own, and cracking jokes with his nurses. He asked us not "
    'to share his name, but he wanted the crew to know: "Thank you for not giving up on that '
    'bedroom."\n\n'
    "Captain Ray Osei and his crew, you are heroes. 💙",
    "firefighters as heroes; the patient is anonymous",
)
p(
    "es",
    "thank_you",
    "«Volví a nacer el 6 de enero.» 🙏\n\n"
    "Así lo dice Ernesto Galindo, quien fue atropellado por un camión mientras trabajaba en la "
    "I-264, cerca de la salida de Brambleton. Llegó a nuestro centro de trauma con múltiples "
    "fracturas y una lesión en el hígado.\n\n"
    "Hoy Ernesto regresó con su esposa, Yolanda, y sus tres hijos para darle las gracias al "
    "equipo de trauma, a las enfermeras de la UCI y a los terapeutas que lo ayudaron a caminar "
    "otra vez.\n\n"
    "«Ustedes no solo me salvaron a mí, salvaron a mi familia», nos dijo.\n\n"
    "¡Gracias a ti, Ernesto, por recordarnos por qué hacemos este trabajo! 💙\n\n"
    "#SobrevivientesDeTrauma",
    [
        ("DATE", "6 de enero"),
        ("NAME", "Ernesto Galindo"),
        ("NAME", "Ernesto", "*"),
        ("GEO", "I-264"),
        ("GEO", "Brambleton"),
        ("NAME", "Yolanda"),
    ],
    note="survivor returns; date of injury in a quote; highway and exit of the crash",
)
n(
    "es",
    "health_tip",
    "🚗 Los choques de auto son una de las principales causas de muerte de niños en Estados "
    "Unidos.\n\n"
    "Por eso, nuestro equipo de prevención de lesiones revisa sillas de auto GRATIS todos los "
    "primeros sábados del mes en el estacionamiento B del Tidewater General.\n\n"
    "✅ Traiga la silla y el manual\n"
    "✅ Traiga a su niño si es posible\n"
    "✅ Hablamos español\n\n"
    "Citas: (757) 555-0125 🚼",
    "safety tip; hospital parking and clinic number",
)
p(
    "en",
    "crisis_update",
    "UPDATE — Route 58 crash (Sunday, 4 PM)\n\n"
    "Tidewater General continues to care for 4 patients from Saturday night's multi-vehicle "
    "crash.\n\n"
    "With the permission of his family, we can share that Deacon Lowell Briggs, 67, of "
    "Chesterton, remains in critical condition. His family asks for prayers and for privacy. The "
    "Briggs family has asked that cards be sent to Second Baptist Church of Chesterton.\n\n"
    "The other three patients are in fair or good condition. We are not releasing their "
    "names.\n\n"
    "Media inquiries: (757) 555-0142.",
    [
        ("GEO", "Route 58"),
        ("NAME", "Lowell Briggs"),
        ("NAME", "Briggs", "*"),
        ("GEO", "Chesterton", "*"),
    ],
    note="one named victim among anonymous ones: the crash road and his town become GEO; 'Deacon' outside the span",
)
n(
    "en",
    "eponymous_condition",
    "Today we're celebrating our Trauma ICU team's fundraising walk for ALS, also known as Lou "
    "Gehrig's disease. 💙\n\n"
    "One of our trauma surgeons, Dr. Helen Strand, lost her father to ALS, and every year she "
    "gets our whole department out to the walk at Harbor Point Park. This year 142 Tidewater "
    "General employees raised $31,000!\n\n"
    "Thank you to everyone who walked, donated and cheered. See you next year.",
    "eponymous condition named for a public figure; a staff member's own late father, unnamed",
)
p(
    "en",
    "pasted_record",
    "MEDIA LOG — night shift (internal, do not post)\n\n"
    '22:14 WAVY-TV asked about "the cop from the Berkley shooting" — confirmed nothing.\n'
    "22:40 Family of pt MCCRAY, ANDRE (Bed 6 TICU, enc 61-447-0092) authorized release of "
    "condition: CRITICAL.\n"
    "22:41 Wife Shawna McCray (757-555-2307) asked that we spell his name right: A-N-D-R-E, no "
    "accent.\n"
    "23:05 Daily Press asked for a photo. Declined.\n\n"
    "Next update 06:00.",
    [
        ("GEO", "Berkley"),
        ("NAME", "MCCRAY, ANDRE"),
        ("OTHER_ID", "Bed 6"),
        ("OTHER_ID", "61-447-0092"),
        ("NAME", "Shawna McCray"),
        ("PHONE", "757-555-2307"),
        ("NAME", "A-N-D-R-E"),
    ],
    note="media log: name spelled letter by letter is still NAME; times are not dates",
)
n(
    "en",
    "hospital_contact",
    "📰 For journalists: how patient information works at Tidewater General\n\n"
    "We get a lot of calls after major crashes, fires and shootings. Here's what we can and can't "
    "do:\n\n"
    "• If you have a patient's full name, we can confirm whether they are a patient and give a "
    "one-word condition (good, fair, serious, critical), unless the patient or family has opted "
    "out.\n"
    '• We cannot confirm anything based on a description ("the man from the crash on I-64").\n'
    "• We never release information about patients in police custody without clearance.\n"
    "• Interviews with patients or families are arranged only through our media team.\n\n"
    "On-call media line, 24/7: (757) 555-0142\n"
    "Email: media@tidewatergeneral.org\n\n"
    "Thank you for helping us protect our patients. 🙏",
    "media policy; hypothetical description, no patient",
)
p(
    "en",
    "discharge",
    "Blessing went home today. 🙌\n\n"
    "That's the whole post. We just needed to write that sentence.\n\n"
    "(OK, a little more: Blessing Adeyemi, 26, was shot in the neck while waiting at a bus stop "
    "on Church Street in the spring. She was not expected to survive the night. She has spent 88 "
    "days with us. Today her sister Funmi pushed her wheelchair out the front door while the "
    "whole 5th floor clapped.)\n\n"
    "Go home, Blessing. Be blessed. 💛",
    [
        ("NAME", "Blessing Adeyemi"),
        ("NAME", "Blessing", "*"),
        ("GEO", "Church Street"),
        ("NAME", "Funmi"),
    ],
    note="name that is an ordinary word; 'blessed' is not the name; a season is not a date element",
)
n(
    "en",
    "anonymous_story",
    "At 2:47 AM a nurse on our trauma unit noticed something: the patient in her care, a man in "
    "his 40s who had been in a motorcycle crash, kept reaching for his left wrist. He couldn't "
    "speak because of the breathing tube.\n\n"
    "She found a piece of tape and a marker. He wrote: W A T C H.\n\n"
    "His late father's watch had been cut off in the trauma bay. Security found it in a bag of "
    "belongings within the hour, and she buckled it back on his wrist.\n\n"
    "He cried. She cried. We're crying writing this.\n\n"
    "Small things are never small. 💙 #NursesWeek",
    "anonymous patient; a time of day is not a date",
)
p(
    "en",
    "patient_story",
    "When Tyrell Banks woke up in our Trauma ICU after being shot outside his barbershop on 25th "
    "Street, the first thing he asked for was a pen.\n\n"
    "He wanted to write down the names of everyone who had taken care of him. 📝\n\n"
    "A year later, Tyrell has turned that list into something bigger: his Cuts for Care "
    "fundraiser has raised $18,400 for our Violence Intervention Program, one $20 haircut at a "
    "time. ✂️\n\n"
    "This Saturday, Tyrell's shop on 25th Street is donating every cut. Stop in, get fresh, and "
    "thank him for us. #CutsForCare",
    [("NAME", "Tyrell Banks"), ("NAME", "Tyrell", "*"), ("GEO", "25th Street", "*")],
    note="patient-run fundraiser; his shop's street is where he was shot; fundraiser hashtag has no name",
)
n(
    "en",
    "sponsor",
    "The Port Ellison Harley Owners Group rode 200 strong to our front doors today to present a "
    "$22,000 check for our Trauma Survivors Network! 🏍️💨\n\n"
    "The club has supported our trauma center for 11 years. President Dale Kimbrough said it "
    "best: \"Every one of us knows somebody who's been on the wrong side of a crash. We want "
    'them to have what they need when they get out."\n\n'
    "Thank you, riders! Ride safe, wear your gear, and we hope we only ever see you in the "
    "parking lot. 😉",
    "donor club and its president; 'somebody' is anonymous",
)
p(
    "en",
    "milestone_birthday",
    "🎉 Happy 90th birthday, Mr. Clarence Whitfield! 🎉\n\n"
    "Back in May, Clarence was crossing Lafayette Boulevard to get his morning paper when he was "
    "hit by a car. He broke his leg, his arm and three ribs, and he told every single one of us "
    "that he would be home for his birthday.\n\n"
    "He was right.\n\n"
    "His granddaughter Keandra sent us this photo from his party at Bayview Gardens Assisted "
    "Living yesterday, where he's now the undisputed dominoes champion. 🎲\n\n"
    "We love you, Mr. Whitfield!",
    [
        ("AGE", "90th"),
        ("NAME", "Clarence Whitfield"),
        ("NAME", "Clarence", "*"),
        ("NAME", "Whitfield", "*"),
        ("DATE", "May"),
        ("GEO", "Lafayette Boulevard"),
        ("NAME", "Keandra"),
        ("PHOTO", "photo"),
        ("GEO", "Bayview Gardens Assisted Living"),
    ],
    note="exactly 90 is over 89; the attached photo shows him; assisted-living residence is GEO",
)
n(
    "en",
    "event",
    "🩸 BLOOD DRIVE — Tuesday, January 14, 7 AM to 7 PM, Whitcomb Trauma Pavilion lobby 🩸\n\n"
    "A single car-crash victim can need up to 100 units of blood. After the holidays, our "
    "regional supply is always at its lowest.\n\n"
    "Every donor gets a Tidewater Trauma T-shirt and free parking. Walk-ins welcome, but "
    "appointments get you in faster: tidewatergeneral.org/blood\n\n"
    "See you there! 💉",
    "event date; hypothetical victim",
)
p(
    "en",
    "pasted_record",
    "---------- Forwarded message ---------\n"
    "From: Lisa Thornbury <lthornbury72@gmail.com>\n"
    "Subject: my husband Glenn\n\n"
    "Hi, my husband Glenn Thornbury was in your trauma unit from 9/2 to 9/30 after his "
    "motorcycle accident on Holland Road. He is finally home in Kempsville and doing great. We "
    "would love for you to share his story. Feel free to call me at 757-555-9142.\n\n"
    "Thanks, Lisa\n\n"
    "---\n"
    "[comms note: check HIPAA auth before posting!]",
    [
        ("NAME", "Lisa Thornbury"),
        ("EMAIL", "lthornbury72@gmail.com"),
        ("NAME", "Glenn Thornbury"),
        ("NAME", "Glenn", "*"),
        ("DATE", "9/2"),
        ("DATE", "9/30"),
        ("GEO", "Holland Road"),
        ("GEO", "Kempsville"),
        ("PHONE", "757-555-9142"),
        ("NAME", "Lisa", "*"),
    ],
    note="forwarded family email pasted into a draft: wife's email header, admission and discharge dates",
)
n(
    "en",
    "recruitment",
    "🚁 Now hiring: Flight Nurse, TideFlight 2\n\n"
    "Join the team that brings the most critically injured patients in southeastern Virginia to "
    "our Level I trauma center.\n\n"
    "What you need:\n"
    "• 3+ years of ICU or ED experience\n"
    "• CFRN within 2 years of hire\n"
    "• A strong stomach for turbulence 😅\n\n"
    "What you get: 24-hour shifts, competitive pay, full tuition support, and the best view in "
    "Hampton Roads.\n\n"
    "Apply at tidewatergeneral.org/careers or text FLIGHT to (757) 555-0163.",
    "recruitment; helicopter unit name",
)
p(
    "en",
    "thank_you",
    "To the grandmother who sat in our trauma waiting room for 19 hours straight last weekend, "
    "knitting: Mrs. Ernestine Polk, you have been on our minds all week. 🧶\n\n"
    "You made a scarf for every nurse on shift. You prayed with the family of another patient who "
    "didn't speak English. You asked our chaplain if HE was OK.\n\n"
    "Your grandson is awake and asking for you. And the trauma team is wearing your scarves in "
    "the middle of summer. 💙",
    [("NAME", "Ernestine Polk")],
    note="only the patient's grandmother is named; the patient is identified through her",
)
n(
    "en",
    "staff_spotlight",
    "Meet Pepper, our newest therapy dog! 🐶\n\n"
    "Pepper is a 4-year-old black lab who visits our Trauma ICU family waiting room with her "
    "handler, volunteer Marty Gelb, every Wednesday afternoon.\n\n"
    "This week a teenage girl, waiting for news about her dad after a crash, sat on the floor "
    "with Pepper for two hours. She told Marty it was the first time all day she'd been able to "
    "breathe.\n\n"
    "That's the job. Good girl, Pepper. 💙",
    "therapy dog and volunteer; the teenager and her father are anonymous",
)
p(
    "es",
    "memorial",
    "Con mucho dolor, y con el permiso de su familia, despedimos a Walter Ixcot, de 34 años, "
    "quien falleció el 21 de abril tras el accidente en la obra de la avenida Brambleton.\n\n"
    "Walter llegó de Guatemala hace diez años. Trabajaba seis días a la semana para mandar dinero "
    "a su mamá, doña Rosaura, en Quetzaltenango.\n\n"
    "Su esposa, Marleny, nos pidió compartir que Walter donó sus órganos y que hoy cinco personas "
    "tienen una segunda oportunidad gracias a él.\n\n"
    "Descansa en paz, Walter. 🕊️",
    [
        ("NAME", "Walter Ixcot"),
        ("NAME", "Walter", "*"),
        ("DATE", "21 de abril"),
        ("GEO", "avenida Brambleton"),
        ("NAME", "Rosaura"),
        ("GEO", "Quetzaltenango"),
        ("NAME", "Marleny"),
    ],
    note="foreign city of the patient's mother is GEO, the country is not; age 34 not labelled",
)
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN — Incendio en los apartamentos Lindell Court (domingo, 9:00 a. m.)\n\n"
    "El Tidewater General sigue atendiendo a 4 pacientes del incendio de la noche del viernes. "
    "Dos están en condición crítica en nuestra unidad de quemados y dos en condición estable.\n\n"
    "No daremos nombres sin el permiso de las familias.\n\n"
    "Si usted busca a un familiar, llame a nuestra línea para familias: (757) 555-0177. Tenemos "
    "intérpretes de español las 24 horas.\n\n"
    "Gracias a los bomberos de Port Ellison y a la Cruz Roja. 🙏",
    "anonymous counts; hospital line",
)
p(
    "en",
    "patient_story",
    "Our neighborhood's favorite mail carrier is back on his route! 📬\n\n"
    "If you live in Ghent, you know Mr. Leon. For 31 years he's delivered mail (and dog treats) "
    "to the same 600 houses. In February, Leon was hit by a driver who ran a red light at "
    "Colonial Avenue and 21st Street. He spent 3 weeks in our Trauma ICU and 2 months in "
    "rehab.\n\n"
    "This week the neighbors lined his route with signs: WELCOME BACK LEON. 🪧\n\n"
    "We're not crying, you're crying.",
    [
        ("GEO", "Ghent"),
        ("NAME", "Leon", "*"),
        ("DATE", "February"),
        ("GEO", "Colonial Avenue"),
        ("GEO", "21st Street"),
        ("NAME", "LEON"),
    ],
    note="patient introduced by his job; name also in ALL CAPS on a sign; crash intersection",
)
n(
    "en",
    "research",
    "📊 New research from Tidewater General: hospital-based violence intervention works.\n\n"
    "Over 5 years, young people shot or stabbed in Port Ellison who worked with our violence "
    "intervention specialists were 46% less likely to be reinjured than those who didn't.\n\n"
    "The study, led by Dr. Priya Venkataraman and our community partners at Cure Violence Port "
    "Ellison, followed 1,240 patients ages 14 to 30.\n\n"
    "These are our neighbors. These programs save lives. Read the full study: "
    "tidewatergeneral.org/research",
    "research news; aggregate numbers",
)
p(
    "en",
    "thank_you",
    "Officer Reyes, you promised the TICU nurses you'd come back in uniform. You did. 🥹 One year "
    "since the Pinewood Drive standoff and you look GREAT. @PortEllisonPD",
    [("NAME", "Reyes"), ("GEO", "Pinewood Drive")],
    note="officer as a former patient, surname only",
)
n(
    "en",
    "public_figure",
    "Honored to host Senator Carolyn Beaudry today for a roundtable on firearm injuries as a "
    "public health crisis. Thank you for listening to our trauma surgeons, nurses and survivors. "
    "🙏",
    "public figure; survivors anonymous",
)
p(
    "en",
    "pasted_record",
    "internal: Mr. Ochoa in rm 512? no — he moved to rm 534 this AM. wife (Irma) bringing his "
    "hearing aids. do NOT tag her FB (irma.ochoa.58) in the thank-you post",
    [
        ("NAME", "Ochoa"),
        ("OTHER_ID", "rm 512"),
        ("OTHER_ID", "rm 534"),
        ("NAME", "Irma"),
        ("OTHER_ID", "irma.ochoa.58"),
    ],
    note="two room numbers of the same patient; wife's Facebook user name is OTHER_ID",
)
n(
    "en",
    "health_tip",
    "🏍️ May is Motorcycle Safety Awareness Month.\n\n"
    "Last year our trauma team cared for 211 motorcyclists. Those who wore helmets were 3 times "
    "more likely to go home without a brain injury.\n\n"
    "For riders: wear a DOT-approved helmet, bright gear, and never ride impaired.\n"
    "For drivers: look twice. Motorcycles are closer than they appear.\n\n"
    "#MotorcycleSafetyMonth #LookTwice",
    "awareness month and aggregate statistics",
)
p(
    "en",
    "crisis_update",
    "🙏 From the family of the children injured in Tuesday's Brighton Street house fire:\n\n"
    '"We want to thank the firefighters of Engine 11 who pulled Kaylee and Jace out of the back '
    "bedroom, the paramedics, and every nurse and doctor at Tidewater General. Kaylee is out of "
    "the burn ICU. Jace has a long road, but he is fighting like his daddy.\n\n"
    "We have been overwhelmed by the love from the community. If you would like to help, the "
    'family has a meal train at mealtrain.com/4dk7pq."\n\n'
    "— Brittany and Cody Mullins",
    [
        ("GEO", "Brighton Street"),
        ("NAME", "Kaylee", "*"),
        ("NAME", "Jace", "*"),
        ("URL", "mealtrain.com/4dk7pq"),
        ("NAME", "Brittany"),
        ("NAME", "Cody Mullins"),
    ],
    note="family statement: children and parents named, the family's meal-train URL",
)
n(
    "en",
    "crisis_update",
    "UPDATE (10:30 PM): A Port Ellison police officer was brought to Tidewater General this "
    "evening after being struck by a vehicle during a traffic stop on Interstate 264.\n\n"
    "The officer is in stable condition and is expected to recover. At the request of the "
    "officer's family and the Port Ellison Police Department, we will not release the officer's "
    "name.\n\n"
    "We are grateful to the EMS crew and bystanders who helped at the scene.\n\n"
    "All questions should be directed to @PortEllisonPD. Thank you for keeping this officer in "
    "your thoughts. 💙",
    "officer deliberately left anonymous; incident road with no identified patient",
)
p(
    "en",
    "patient_story",
    "Meet Sarge. 🇺🇸\n\n"
    'That\'s what everyone on our 6th floor called him — Army veteran Harold "Sarge" Jenkins, 97, '
    "who fell down his basement stairs in Larchmont on Veterans Day and spent two weeks with us "
    "with a broken hip.\n\n"
    "Sarge served in Korea, outlived two wives, and beat every one of our physical therapists at "
    "checkers. When his grandson Trevor came to pick him up, Sarge saluted the whole nursing "
    "station.\n\n"
    "We saluted back. Thank you for your service, Sarge.",
    [
        ("NAME", 'Harold "Sarge" Jenkins'),
        ("NAME", "Sarge", "*"),
        ("AGE", "97"),
        ("GEO", "Larchmont"),
        ("DATE", "Veterans Day"),
        ("NAME", "Trevor"),
    ],
    note="nickname that looks like a rank; holiday of the fall; age over 89; a country is not GEO",
)
n(
    "en",
    "campaign_hashtag",
    "It's #TraumaSurvivorsWeek! 💙 Are you a survivor of a crash, fall, fire or shooting? Share "
    "what recovery looks like for you with #SurvivorStrong — we'll be resharing (with permission) "
    "all week.",
    "campaign hashtags",
)
p(
    "en",
    "discharge",
    "can't stop smiling: sgt. pruett from the sheriff's office went home this morning after the "
    "I-64 wreck. 6 weeks. 3 surgeries. 1 very proud wife, carol. 💙",
    [("NAME", "pruett"), ("GEO", "I-64"), ("NAME", "carol")],
    note="all lower case: deputy as patient, wife's name is also a common word",
)
n(
    "en",
    "eponymous_condition",
    'Ever heard of a "Colles fracture"? It\'s a break of the wrist named for the Irish surgeon '
    "Abraham Colles, and it's one of the most common injuries we see after a fall on an "
    "outstretched hand. 🖐️\n\n"
    "We see hundreds every winter when sidewalks ice over. A few tips:\n"
    "• Wear shoes with good tread\n"
    "• Walk like a penguin on ice (seriously — short steps, feet flat)\n"
    "• Keep your hands out of your pockets so you can catch your balance\n\n"
    "Stay upright out there! ❄️",
    "eponymous injury named for a historical surgeon",
)
p(
    "en",
    "pasted_record",
    "Claims/legal asked comms to pull the post about the I-264 crash survivor. Pt: FOSTER, "
    "KENNETH W. Vehicle in the photo: 2018 Silverado, VIN 1GCUYDED4JZ221458, tag VA 8KT-2291. His "
    "ins (Anthem member XKJ881204957) flagged it. Please archive by EOD.",
    [
        ("GEO", "I-264"),
        ("NAME", "FOSTER, KENNETH W."),
        ("VEHICLE", "1GCUYDED4JZ221458"),
        ("VEHICLE", "8KT-2291"),
        ("HEALTH_PLAN", "XKJ881204957"),
    ],
    note="VIN and tag of the patient's truck; the photo shows the truck, not the patient (no PHOTO)",
)
n(
    "en",
    "statistic",
    "Every 9 minutes someone in Hampton Roads is hurt badly enough in a crash to need hospital "
    "care. 🚗\n\n"
    "In 2023, our trauma center treated:\n"
    "• 1,402 people hurt in car crashes\n"
    "• 211 motorcyclists\n"
    "• 184 pedestrians\n"
    "• 61 bicyclists\n\n"
    "The most common factor? Distraction.\n\n"
    "Put the phone in the glovebox. The text can wait. Your life can't. 📵 #JustDrive",
    "aggregate statistics",
)
p(
    "en",
    "thank_you",
    "A message from Makayla's mom 💜\n\n"
    '"Four weeks ago I got the call every parent fears. My baby girl was in a car that hit a tree '
    "on Bells Mill Road. I drove to Tidewater General not knowing if she was alive.\n\n"
    "She was. Because of you.\n\n"
    "Thank you to the flight crew, Dr. Okafor, Dr. Nwosu, the PICU nurses (especially Bri and "
    "Tomasz), and the child life team who brought her a karaoke machine. Makayla is home now, "
    'singing way too loud. I will never complain about it again." — Desiree\n\n'
    "#MakaylaStrong",
    [
        ("NAME", "Makayla", "*"),
        ("GEO", "Bells Mill Road"),
        ("NAME", "Desiree"),
        ("NAME", "#MakaylaStrong"),
    ],
    note="mother's thank-you; staff names are not labelled",
)
n(
    "en",
    "anonymous_story",
    "Yesterday a patient's 8-year-old drew our trauma surgeon as a superhero with a 'scalpel "
    "sword.' It is now framed in the surgeons' lounge. ✏️🦸‍♀️",
    "anonymous child of an anonymous patient",
)
p(
    "en",
    "crisis_update",
    "Condition updates as of 6 AM, released with family consent:\n\n"
    "• Deputy Carl Henning (Port Ellison Sheriff's Office) — serious\n"
    '• Tomasina "Tommie" Reed — fair\n'
    "• Isaiah Reed — good\n\n"
    "The three were injured Monday in the courthouse shooting on Bank Street. Other patients' "
    "families have declined release. Next update 6 PM.\n\n"
    "Media: (757) 555-0142",
    [
        ("NAME", "Carl Henning"),
        ("NAME", 'Tomasina "Tommie" Reed'),
        ("NAME", "Isaiah Reed"),
        ("GEO", "Bank Street"),
    ],
    note="media condition list: a deputy and two civilians named",
)
n(
    "en",
    "hospital_contact",
    "Our Family Information Line for the Bank Street courthouse shooting is now closed. If you "
    "are still looking for a loved one, call our main number, (757) 555-0100, and ask for the "
    "nursing supervisor. 🙏",
    "hospital lines; no patient",
)
p(
    "en",
    "patient_story",
    '"Mrs. K" has been coming to our TICU holiday party for 10 years. 🎄 She was the first patient '
    "our new trauma program ever saved, back in 2014, after a rollover near Smithfield. She "
    "brings fruitcake. Nobody eats the fruitcake. Everybody hugs Mrs. K.",
    [("NAME", "K", "*"), ("GEO", "Smithfield")],
    note="initial as the name; bare year not labelled",
)
n(
    "en",
    "event",
    "🕯️ National Trauma Survivors Day Vigil\n\n"
    "Wednesday, May 15, 7:30 PM\n"
    "Harbor Point Park amphitheater (next to Tidewater General)\n\n"
    "Join survivors, families, first responders and our trauma team as we remember those we've "
    "lost to injury and celebrate those who are still fighting.\n\n"
    "Candles provided. All are welcome. ASL interpretation available.\n\n"
    "Questions: (757) 555-0119",
    "event; hospital number",
)
p(
    "es",
    "discharge",
    "¡Hoy se fue a casa nuestro campeón! 🏆\n\n"
    "Kevin Alexis, de 12 años, llegó en helicóptero el 30 de mayo después de caerse de un techo "
    "en Cradock mientras ayudaba a su papá, Osvaldo, con una reparación.\n\n"
    "Después de una cirugía de columna y seis semanas de terapia, hoy salió caminando (¡y "
    "corriendo un poquito, aunque no debía!).\n\n"
    "Gracias, familia Mejía, por confiar en nosotros. ¡Cuídate mucho, Kevin! 💙",
    [
        ("NAME", "Kevin Alexis"),
        ("NAME", "Kevin", "*"),
        ("DATE", "30 de mayo"),
        ("GEO", "Cradock"),
        ("NAME", "Osvaldo"),
        ("NAME", "Mejía"),
    ],
    note="child with two given names; father and family surname",
)
n(
    "es",
    "campaign_hashtag",
    "Este mes de concientización sobre el trauma, nuestro equipo tiene un solo mensaje: ¡use el "
    "cinturón de seguridad, siempre! 🚗 #TidewaterStrong #MesDelTrauma #AbróchateElCinturón",
    "campaign hashtags",
)
p(
    "en",
    "thank_you",
    "Follow @prayingforparker for updates on Parker's recovery — his parents asked us to share! "
    "Our TICU team is cheering for you, buddy. 💙🏈",
    [("OTHER_ID", "@prayingforparker"), ("NAME", "Parker")],
    note="family's update handle is OTHER_ID; the name inside it is lower case",
)
n(
    "en",
    "staff_spotlight",
    "Shout-out to our trauma registrars! 📋\n\n"
    "You may never meet them, but every patient who comes through our trauma bay is entered into "
    "the national trauma registry by this team of 6. Their work tells us which roads are most "
    "dangerous, which injuries are rising, and where prevention dollars should go.\n\n"
    "Thank you, Cheryl, Imani, Rob, Dev, Yolanda and Stacy! 💙 #TraumaRegistrarDay",
    "staff first names only",
)
p(
    "en",
    "pasted_record",
    "Volunteer sign-in sheet pasted into the draft by mistake: 'Visiting pt id 88124 (Hakimi) — "
    "Family: Youssef Hakimi (brother) 757/555/4812, youssef.h@protonmail.com'. Please remove "
    "before the TSN newsletter goes out.",
    [
        ("OTHER_ID", "88124"),
        ("NAME", "Hakimi"),
        ("NAME", "Youssef Hakimi"),
        ("PHONE", "757/555/4812"),
        ("EMAIL", "youssef.h@protonmail.com"),
    ],
    note="patient id and surname; brother's phone with slashes",
)
n(
    "en",
    "crisis_update",
    "The helicopter landing zone at Tidewater General is temporarily closed for maintenance. "
    "TideFlight patients will be received at the alternate pad. No impact on patient care.",
    "operational notice",
)

# ---------------------------------------------------------------- batch 5

p(
    "en",
    "patient_story",
    "Tank is back in the gym. 🏋️\n\n"
    "If you've been to Harbor Fitness, you know him: 6'4\", arms like tree trunks, the guy who "
    "spots everybody. What you might not know is that in March, Tank — real name Demetrius "
    "Cole — was T-boned by a driver fleeing police at Little Creek Road and Tidewater Drive.\n\n"
    "He came to us with a shattered pelvis and a brain bleed. Our trauma team told his mom, "
    "Loretta, that he might never walk unassisted.\n\n"
    "Six months later he deadlifted 225 pounds. (His PT would like us to note that she did NOT "
    "clear him for that.) 😅\n\n"
    "Tank, you're an inspiration. Now please listen to your PT.",
    [
        ("NAME", "Tank", "*"),
        ("DATE", "March"),
        ("NAME", "Demetrius Cole"),
        ("GEO", "Little Creek Road"),
        ("GEO", "Tidewater Drive"),
        ("NAME", "Loretta"),
    ],
    note="nickname that is an ordinary word, alone at the start; crash intersection; a road sharing the hospital's name",
)
n(
    "en",
    "anonymous_story",
    '"Can you tell the helicopter crew I\'m sorry I threw up on them?"\n\n'
    "That was the first thing a 30-something construction worker said when he woke up after a "
    "40-foot fall last month. Our flight crew laughed so hard they had to sit down.\n\n"
    "He's home now. He wanted us to pass along his apology (and his thanks) — so, TideFlight 1: "
    "consider this your official apology. 🚁😂\n\n"
    "#TraumaSurvivor",
    "anonymous patient; age range only",
)
p(
    "en",
    "crisis_update",
    "UPDATE — Ocean View Avenue house fire\n\n"
    "With the permission of their family, Tidewater General can confirm that Harold and Bernice "
    "Staley, both 91, are being treated in our Halvorsen Family Burn Unit after Thursday night's "
    "fire at their home of 60 years.\n\n"
    "Mr. Staley is in serious condition. Mrs. Staley is in fair condition and has asked, in her "
    'words, "that everyone stop fussing and go check their smoke alarms."\n\n'
    "The couple was carried from the house by Firefighter Jamal Whitaker of Engine 14, who was "
    "not injured. Thank you, Firefighter Whitaker.\n\n"
    "Media: (757) 555-0142.",
    [
        ("GEO", "Ocean View Avenue"),
        ("NAME", "Harold"),
        ("NAME", "Bernice Staley"),
        ("NAME", "Staley", "*"),
        ("AGE", "91"),
    ],
    note="elderly couple named as fire victims; the rescuing firefighter is a hero, not labelled",
)
n(
    "en",
    "sponsor",
    "💙 THANK YOU, Port Ellison Professional Firefighters Local 1482! 💙\n\n"
    "For the fifth year, Local 1482 has funded our Burn Survivor Camp scholarships — this year "
    "with $40,000 raised at their annual boot drive.\n\n"
    "That money sends 30 kids who've survived serious burns to a week of summer camp where no one "
    "stares at their scars.\n\n"
    "Firefighters: you pull people out of fires and then you make sure they get to be kids again. "
    "We're grateful. 🚒",
    "donor union; anonymous children",
)
p(
    "en",
    "memorial",
    'Last night, Port Ellison Police Officer Christopher "Kit" Langford passed away in our Trauma '
    "ICU, four days after he was shot during a traffic stop on Campostella Road.\n\n"
    "Officer Langford was 29. He had been on the force for three years. He leaves behind his "
    "wife, Amanda, and their 10-month-old daughter, Harper.\n\n"
    "This morning, hundreds of officers, firefighters, EMS crews and Tidewater General staff lined "
    "the route from our doors to the medical examiner's vehicle. We will never forget it.\n\n"
    "To the Langford family and the men and women of @PortEllisonPD: we grieve with you. 💙🕯️",
    [
        ("NAME", 'Christopher "Kit" Langford'),
        ("NAME", "Langford", "*"),
        ("GEO", "Campostella Road"),
        ("NAME", "Amanda"),
        ("NAME", "Harper"),
    ],
    note="officer who died as our patient; wife and infant daughter",
)
n(
    "en",
    "public_figure",
    "On May 21, 1881, Clara Barton founded the American Red Cross in Washington, D.C. 🩸\n\n"
    "More than 140 years later, the Red Cross supplies much of the blood our trauma team uses "
    "every single day — including the 40+ units a single crash victim can need.\n\n"
    "Happy birthday to the Red Cross, and thank you to every donor who keeps our blood bank full. "
    "Give this week: redcrossblood.org #GiveBlood",
    "historical figure and a historical date",
)
p(
    "en",
    "discharge",
    "Bear walked out of Tidewater General this afternoon with a new titanium rod in his leg and a "
    "bag full of cards from the 5 West nurses. 🐻\n\n"
    "His real name is Bartholomew Okonjo-Reed, but nobody has called him that since kindergarten. "
    "On June 30, Bear — a deckhand on a harbor tugboat — was crushed between the boat and a pier "
    "at Lambert's Point. His crewmates held pressure until the Coast Guard arrived.\n\n"
    "57 days later, he's headed home to his fiancée Dani and their pit bull, Biscuit (no relation "
    "to our therapy dog). 😄\n\n"
    "Fair winds, Bear!",
    [
        ("NAME", "Bear", "*"),
        ("NAME", "Bartholomew Okonjo-Reed"),
        ("DATE", "June 30"),
        ("GEO", "Lambert's Point"),
        ("NAME", "Dani"),
    ],
    note="nickname that is an ordinary word; fiancée is a household member; the pet is not labelled",
)
n(
    "en",
    "health_tip",
    "🔥 Burn Awareness Week: the kitchen is the #1 place kids get burned.\n\n"
    "Our burn unit cares for dozens of young children every year who were scalded by hot "
    "liquids — coffee, soup, bath water, instant noodles.\n\n"
    "Three habits prevent most of them:\n"
    "1️⃣ Turn pot handles toward the back of the stove\n"
    "2️⃣ Keep hot drinks out of reach (and never hold a baby while drinking one)\n"
    "3️⃣ Set your water heater to 120°F\n\n"
    "If a burn happens: cool running water for 20 minutes, no ice, no butter. Then call your "
    "doctor or 911.\n\n"
    "#BurnAwarenessWeek",
    "safety tip",
)
p(
    "es",
    "patient_story",
    "Les presentamos a Esperanza. 💚\n\n"
    "Sí, así se llama. Y nunca un nombre fue tan perfecto.\n\n"
    "El 15 de septiembre, Esperanza Ruiz, de 41 años, recibió tres disparos mientras cerraba la "
    "tienda donde trabaja en la calle Granby. Llegó a nuestro centro de trauma sin presión "
    "arterial.\n\n"
    "Hoy, tres meses después, celebró la Navidad en casa con sus hijas, Daniela y Sofía.\n\n"
    "«Los médicos me dijeron que no perdiera la esperanza», nos contó riendo. «Yo les dije: ¡si "
    "yo soy la Esperanza!»\n\n"
    "#SobrevivientesDeTrauma",
    [
        ("NAME", "Esperanza Ruiz"),
        ("NAME", "Esperanza", "*"),
        ("DATE", "15 de septiembre"),
        ("GEO", "calle Granby"),
        ("NAME", "Daniela"),
        ("NAME", "Sofía"),
    ],
    note="name that is an ordinary word ('hope'); the lower-case noun is not the name; Christmas at home is not a care event",
)
n(
    "es",
    "statistic",
    "📊 En 2023, nuestro centro de trauma atendió a 3,412 personas heridas.\n\n"
    "• 41% por choques de auto y moto\n"
    "• 27% por caídas\n"
    "• 11% por armas de fuego\n\n"
    "Uno de cada cinco pacientes tenía menos de 25 años.\n\n"
    "Detrás de cada número hay una familia. Maneje con cuidado, guarde sus armas bajo llave y "
    "hable con sus seres queridos mayores sobre cómo prevenir caídas. 💙",
    "aggregate statistics",
)
p(
    "en",
    "pasted_record",
    "Copy/paste from the nursing huddle board (comms: pick ONE story for Nurses Week, first names "
    "only, and get consent!!)\n\n"
    "• Bed 3 — KOVAC, EMIL (78) s/p fall from roof 4/2, wife Dragana visits daily, lovely\n"
    "• Bed 5 — pt from I-64 MVC, unidentified, alias TRAUMA, HOTEL\n"
    "• Bed 7 — GREER-HOLLIS, ADRIENNE (33) GSW, d/c planned 4/19, mom Pam 757-555-8890\n"
    '• Bed 9 — ISLAND, JOSEPH "JOJO" (101!!) hip fx, WWII vet, family wants a birthday post for '
    "4/22",
    [
        ("OTHER_ID", "Bed 3"),
        ("NAME", "KOVAC, EMIL"),
        ("DATE", "4/2"),
        ("NAME", "Dragana"),
        ("OTHER_ID", "Bed 5"),
        ("GEO", "I-64"),
        ("OTHER_ID", "TRAUMA, HOTEL"),
        ("OTHER_ID", "Bed 7"),
        ("NAME", "GREER-HOLLIS, ADRIENNE"),
        ("DATE", "4/19"),
        ("NAME", "Pam"),
        ("PHONE", "757-555-8890"),
        ("OTHER_ID", "Bed 9"),
        ("NAME", 'ISLAND, JOSEPH "JOJO"'),
        ("AGE", "101"),
        ("DATE", "4/22"),
    ],
    note="huddle board: four patients; the unidentified one is known only by bed, alias and crash road; ages 78 and 33 not labelled",
)
n(
    "en",
    "event",
    "🏃‍♀️ The Trauma Survivors 5K is THIS Saturday! 🏃‍♂️\n\n"
    "Race day details:\n"
    "📍 Harbor Point Park, next to Tidewater General (park in Garage B)\n"
    "⏰ Check-in 7:30 AM, race 9:00 AM\n"
    "🎽 Survivors get a blue bib and run (or walk, or roll) first\n\n"
    "This year we have 312 registered runners, including 48 trauma survivors and a team from "
    "every Port Ellison fire station.\n\n"
    "Can't run? Come cheer at the finish line. Bring cowbells. 🔔",
    "event; survivors counted, not named",
)
p(
    "en",
    "patient_story",
    "This one's personal. 💙\n\n"
    "Our own trauma nurse manager, Colleen Mahoney, got the call every parent dreads in October: "
    "her 17-year-old son Liam had been in a crash on Kempsville Road on his way to school.\n\n"
    "For the first time in her 25-year career, Colleen was on the other side of the trauma bay "
    "doors.\n\n"
    "\"I've told a thousand families 'we're doing everything we can,'\" Colleen said. \"Now I know "
    'what it feels like to hear it. And I know it was true."\n\n'
    "Liam is home, back in school, and already asking when he can drive again. (Colleen says: not "
    "yet.) 🚗❌",
    [
        ("NAME", "Colleen Mahoney"),
        ("NAME", "Colleen", "*"),
        ("NAME", "Liam", "*"),
        ("DATE", "October"),
        ("GEO", "Kempsville Road"),
    ],
    note="a staff member is labelled here because she is the patient's mother",
)
n(
    "en",
    "staff_spotlight",
    "Happy Mother's Day to the moms of Tidewater General's trauma team! 💐\n\n"
    "Like Dr. Anjali Rao, trauma surgeon and mom of twins Kiran and Maya, who does homework "
    "FaceTime from the call room. And Tonya Briggs, RN, who has worked every Mother's Day for 12 "
    "years so younger colleagues can be home with their babies. And respiratory therapist "
    "Gabriela Soto, who just came back from maternity leave with baby Mateo's photo taped to her "
    "badge.\n\n"
    "Thank you for caring for our patients like family while you're away from yours. 💙 "
    "#MothersDay",
    "staff members and their own children; the photo is on a badge, not of a patient",
)
p(
    "en",
    "crisis_update",
    "Tidewater General is sharing the following statement on behalf of the family of Jaden "
    "Whitlow, 15, who was injured in Friday's shooting outside Marlow High School.\n\n"
    '"Jaden is a good kid. He was waiting for the bus. He is in surgery again today and we are '
    "asking everyone to pray for our son. We thank the doctors and nurses at Tidewater General and "
    'ask the media to please stop calling our house. — Keith and Monique Whitlow"\n\n'
    "Tidewater General will not be providing further updates on Jaden's condition at the "
    "family's request.",
    [
        ("NAME", "Jaden Whitlow"),
        ("NAME", "Jaden", "*"),
        ("GEO", "Marlow High School"),
        ("NAME", "Keith"),
        ("NAME", "Monique Whitlow"),
    ],
    note="named teen victim; the place where he was shot is GEO; parents sign the statement",
)
n(
    "en",
    "crisis_update",
    "Tidewater General received 3 students from this afternoon's incident at Marlow High School. "
    "All three are in stable condition. Parents have been notified.\n\n"
    "We know this is frightening for our community. Please do not come to the Emergency "
    "Department unless you have been contacted by the school or by us. Parents looking for "
    "information should go to the reunification site at Marlow Community Center.\n\n"
    "Counseling support: call or text 988 any time.\n\n"
    "Media: (757) 555-0142 💙",
    "anonymous students; the school is the public incident's location; national line 988",
)
p(
    "en",
    "patient_story",
    "Field trip! 🚌\n\n"
    "Six residents of Magnolia Court Senior Living came to visit the trauma team that cared for "
    "them after falls this year, including Miss Opal Grayson, who at 98 is the undisputed "
    "ringleader.\n\n"
    'They brought homemade pound cake and a card signed "from your frequent flyers." 😂\n\n'
    "Opal also wanted us to remind everyone: \"Use your walker. I didn't, and look where it got "
    'me."\n\n'
    "Thank you for visiting, Magnolia Court! 💐",
    [
        ("GEO", "Magnolia Court", "*"),
        ("NAME", "Opal Grayson"),
        ("NAME", "Opal", "*"),
        ("AGE", "98"),
    ],
    note="care-home residents: the home where they live is GEO; one resident named, age over 89",
)
n(
    "en",
    "research",
    "🧪 Now enrolling: the TRACE-90 study\n\n"
    "Older adults on blood thinners who hit their head are at high risk of brain bleeding. "
    "Tidewater General is one of 12 trauma centers testing whether a faster reversal protocol in "
    "the ED can keep those bleeds from getting worse.\n\n"
    "Patients 65 and older who come to our ED after a head injury may be asked to take part. "
    "Participation is voluntary and won't change your usual care.\n\n"
    "Questions? research@tidewatergeneral.org",
    "research news; study name contains a number that is not an age",
)
p(
    "en",
    "thank_you",
    "Reply to Donna Pettigrew:\n\n"
    "Donna, thank you for this beautiful message. 💙 We've shared it with the trauma team and the "
    "6th floor nurses who took care of your husband. They remember Big Mike well — especially his "
    "Friday fish fry recipe and his commentary on the Commanders. 🏈\n\n"
    "We're so glad he's home. Please give him a hug from all of us, and tell him Nurse Alicia is "
    "still waiting on that recipe. 😉",
    [("NAME", "Donna Pettigrew"), ("NAME", "Donna", "*"), ("NAME", "Mike")],
    note="reply to a patient's wife; 'Big' treated like 'little' (descriptive, outside the span); nurse not labelled",
)
n(
    "en",
    "hospital_contact",
    "A reminder about privacy 🔒\n\n"
    "We love seeing your comments, prayers and support for our patients. But please don't post a "
    "loved one's room number, diagnosis or medical details in the comments of our page — this is "
    "a public space.\n\n"
    "If you need to reach a patient, call our main line at (757) 555-0100. To send a card, mail "
    "it to the patient's name c/o Tidewater General, 2200 Harbor Point Boulevard, Port Ellison, "
    "VA 23611, or use our e-card service at tidewatergeneral.org/ecards.\n\n"
    "Thank you for helping us protect our patients. 💙",
    "hospital contacts and address; privacy reminder",
)
p(
    "en",
    "pasted_record",
    "FYI from Trauma Registry (NOT for posting — for the TSN outreach list):\n\n"
    "PELLEGRINO, ANTHONY J · DOB 5/5/1961 · MRN 0055-812-3 · adm 12.23 · d/c 1.14\n"
    "Addr: 66 Tanager Ct, Virginia Beach 23456\n"
    "Phone (home): 757 555 3046 · email: tonyp61@aol.com\n"
    "Injury: fall from ladder stringing Christmas lights 🎄\n"
    "Consent to contact: Y",
    [
        ("NAME", "PELLEGRINO, ANTHONY J"),
        ("DATE", "5/5/1961"),
        ("MRN", "0055-812-3"),
        ("DATE", "12.23"),
        ("DATE", "1.14"),
        ("GEO", "66 Tanager Ct"),
        ("GEO", "Virginia Beach"),
        ("GEO", "23456"),
        ("PHONE", "757 555 3046"),
        ("EMAIL", "tonyp61@aol.com"),
    ],
    note="registry line: dates with dots, street, city and ZIP; 'Christmas lights' is not a date",
)
n(
    "en",
    "anonymous_story",
    "Some nights the trauma bay is loud. Tonight it was quiet.\n\n"
    "A young man came in after a crash. He was going to be OK, but he was alone, and scared, and "
    "19. Our ED tech, who has a son the same age, pulled up a chair and just stayed. No charting. "
    "No phone. Just stayed.\n\n"
    "We don't know if the patient will remember her. She'll remember him.\n\n"
    "Thank you to the people who do the small things. 💙",
    "anonymous patient and unnamed staff member",
)
p(
    "en",
    "memorial",
    'We were asked by the family of Jeremiah "Jay-Money" Hollis to share this.\n\n'
    "Jeremiah was 19. He was shot on 12th Street on the night of August 28 and died in our Trauma "
    "ICU on September 1, surrounded by his mother, grandmother and three younger brothers.\n\n"
    "His family is using his story to ask young people to put the guns down. They're sharing his "
    "music and his memory at @justice4jaymoney.\n\n"
    "To Jeremiah's mother, Latrice: we are so sorry. We will remember him. 🕊️",
    [
        ("NAME", 'Jeremiah "Jay-Money" Hollis'),
        ("NAME", "Jeremiah", "*"),
        ("GEO", "12th Street"),
        ("DATE", "August 28"),
        ("DATE", "September 1"),
        ("OTHER_ID", "@justice4jaymoney"),
        ("NAME", "Latrice"),
    ],
    note="dates of injury and death; the family's memorial handle is OTHER_ID",
)
n(
    "en",
    "campaign_hashtag",
    "This week is #NationalEMSWeek! 🚑\n\n"
    "Every trauma patient who reaches us alive got here because of a paramedic, an EMT, a flight "
    "nurse or a first responder who did everything right in the first few minutes.\n\n"
    "To Port Ellison EMS, TideFlight, and every volunteer rescue squad in our region: thank you. "
    "The golden hour starts with you.\n\n"
    "#EMSWeek #TidewaterStrong #EMSStrong",
    "campaign hashtags; EMS as heroes",
)
p(
    "en",
    "discharge",
    "ok we have to tell you about major.\n\n"
    "major (yes that's his real name, his mom is a Navy vet) is 9 and got hit by a car on his "
    "bike on Hampton Blvd in july. helmet cracked in half. his head did NOT. 🚲⛑️\n\n"
    "he's been with us 3 weeks and today he went home and the whole peds floor made him a tunnel "
    "of high-fives on the way out.\n\n"
    "WEAR. YOUR. HELMETS. ok that's the post. bye major we love you 💙",
    [("NAME", "major", "*"), ("GEO", "Hampton Blvd"), ("DATE", "july")],
    note="lower-case name that is an ordinary word (and a rank); lower-case month",
)
n(
    "en",
    "staff_spotlight",
    "Meet Officer Danielle Pryor, our new Port Ellison Police liaison in the Emergency "
    "Department. 👮‍♀️\n\n"
    "Officer Pryor works alongside our trauma team and social workers to connect victims of "
    "violence with support services — and to make sure our ED stays safe for everyone.\n\n"
    "She's a mom of two, a former EMT, and she makes a mean banana pudding. Welcome to the team, "
    "Officer Pryor! 💙",
    "police officer as a colleague, not a patient",
)
p(
    "es",
    "thank_you",
    "Mensaje de la familia Domínguez 💙\n\n"
    "«Queremos dar las gracias a todo el equipo de trauma del Tidewater General por salvar la vida "
    "de nuestro Chuy. El 4 de julio, un conductor borracho chocó su moto en la carretera 17. Los "
    "doctores nos dijeron que no pasaría la noche. Hoy, 40 días después, Chuy ya come tacos otra "
    "vez y se ríe de nosotros.\n\n"
    "Gracias a las enfermeras que le ponían música de Vicente Fernández, a los terapeutas, y a la "
    "señora de la limpieza que rezaba con nosotros cada mañana.»\n\n"
    "— Jesús Domínguez padre, Rosa María y Alexa",
    [
        ("NAME", "Jesús Domínguez"),
        ("NAME", "Domínguez", "*"),
        ("NAME", "Chuy", "*"),
        ("DATE", "4 de julio"),
        ("GEO", "carretera 17"),
        ("NAME", "Rosa María"),
        ("NAME", "Alexa"),
    ],
    note="family statement: nickname of the patient, father's name with 'padre' outside the span; singer not labelled",
)
n(
    "es",
    "hospital_contact",
    "¿Tiene preguntas sobre la factura de su estancia en el hospital después de un accidente? "
    "Nuestros consejeros financieros hablan español. Llame al (757) 555-0100, opción 3, de lunes "
    "a viernes, de 8 a 5, o visítenos en 410 Ropewalk Lane, oficina 104. 💙\n\n"
    "También le ayudamos a solicitar Medicaid y asistencia para víctimas de crímenes.",
    "hospital phone and address",
)
p(
    "en",
    "patient_story",
    "We're sharing this with permission from the family behind @teamtheo757. 💙\n\n"
    "Six weeks ago, a 4-year-old was pulled from a backyard pool in Great Bridge and flown to our "
    "pediatric trauma team. His family started posting updates to keep friends in the loop, and "
    "now thousands of people across Hampton Roads are following along.\n\n"
    'This week he said his first words since the accident: "I want pancakes."\n\n'
    "Pancakes were delivered. 🥞 #TeamTheo #WaterSafety",
    [("OTHER_ID", "@teamtheo757"), ("GEO", "Great Bridge"), ("NAME", "#TeamTheo")],
    note="the child is named only in the family's handle and a hashtag",
)
n(
    "en",
    "health_tip",
    "🏊 Drowning is silent.\n\n"
    "It doesn't look like splashing or yelling. A child who is drowning often slips under the "
    "water in less than 30 seconds without a sound.\n\n"
    "Every summer our pediatric trauma team cares for children pulled from pools, ponds and the "
    "bay. This summer, please:\n"
    '• Assign a "water watcher" who puts the phone away\n'
    "• Fence your pool on all four sides\n"
    "• Learn CPR — our next free class is June 22 at 10 AM (register: tidewatergeneral.org/cpr)\n\n"
    "#WaterSafety",
    "safety tip; class date is an event date",
)
p(
    "en",
    "thank_you",
    "Engine 7's Firefighter Nate Kowalski went back to work today. 🚒\n\n"
    "In January, Nate fell through a burning floor in a vacant house on Dunmore Street and "
    "suffered burns to his hands, arms and face. He spent 5 weeks in our Halvorsen Family Burn "
    "Unit and months in therapy getting his grip strength back.\n\n"
    "His wife, Carly, sent us this photo of him suiting up for his first shift back, with their "
    "son Owen helping with the boots.\n\n"
    '"Tell the burn unit nurses he\'s going to be insufferable now," Carly wrote. "And thank '
    'you." 💙',
    [
        ("NAME", "Nate Kowalski"),
        ("NAME", "Nate", "*"),
        ("DATE", "January"),
        ("GEO", "Dunmore Street"),
        ("NAME", "Carly", "*"),
        ("PHOTO", "photo"),
        ("NAME", "Owen"),
    ],
    note="firefighter as the patient; the attached photo shows him",
)
n(
    "en",
    "crisis_update",
    "⚠️ Hurricane update from Tidewater General ⚠️\n\n"
    "Our Level I trauma center remains fully open and staffed through the storm. Our teams are "
    "sheltering in place so we can keep caring for the injured.\n\n"
    "Please:\n"
    "• Stay off the roads once the wind picks up\n"
    "• Never run a generator indoors or in a garage — carbon monoxide kills\n"
    "• Don't use a chainsaw alone after the storm\n\n"
    "If you have a medical emergency, call 911. For non-emergency questions call "
    "(757) 555-0100.\n\n"
    "Stay safe, Port Ellison. 💙 #HurricaneSafety",
    "operational and safety update",
)
p(
    "en",
    "patient_story",
    "Ms. Gladys has been the crossing guard at Oakwood Avenue and Pine Street for 27 years. 🦺\n\n"
    "In September, she pushed two second-graders out of the way of a car that ran her stop sign — "
    "and took the hit herself. She came to our trauma center with a broken leg and a broken "
    "wrist, and her first question was whether the kids were OK. (They were.)\n\n"
    "This morning Gladys was back at her corner, with a cane and a new neon vest, to a crowd of "
    "kids and parents holding signs. 💛\n\n"
    "You're a hero, Ms. Gladys.",
    [
        ("NAME", "Gladys", "*"),
        ("GEO", "Oakwood Avenue"),
        ("GEO", "Pine Street"),
        ("DATE", "September"),
    ],
    note="patient introduced by her job; she is both hero and patient; the corner where she was hit",
)
n(
    "en",
    "eponymous_condition",
    "🧠 Did you know? Many injuries are named after the doctors who first described them.\n\n"
    "• Battle's sign — bruising behind the ear that can signal a skull fracture (Dr. William "
    "Battle)\n"
    "• Brown-Séquard syndrome — weakness on one side and numbness on the other after a spinal "
    "cord injury\n"
    "• Colles fracture — the classic broken wrist\n"
    "• Glasgow Coma Scale — named for the city, not a person!\n\n"
    "Our trauma team uses all of these every day. Which one surprised you? #TraumaTrivia",
    "eponyms and a scale named for a city; no patient",
)
p(
    "en",
    "pasted_record",
    "Social work note pasted by mistake into the Stories folder:\n\n"
    'Pt: SALAZAR-VEGA, MILAGROS ("Mila"), 19 y/o, MRN 772-04-118\n'
    "Admitted 02/14 after MVC on Brambleton Ave — front seat passenger\n"
    "Health plan: Optima Family Care #OPF-3310-8824\n"
    "Mother: Rocío Vega, speaks Spanish only, (757) 555-7730 / rocio.vega.77@gmail.com\n"
    "Pt consents to a story about seatbelt use once d/c'd. Wants to be called Mila, no last name.",
    [
        ("NAME", "SALAZAR-VEGA, MILAGROS"),
        ("NAME", "Mila", "*"),
        ("MRN", "772-04-118"),
        ("DATE", "02/14"),
        ("GEO", "Brambleton Ave"),
        ("HEALTH_PLAN", "OPF-3310-8824"),
        ("NAME", "Rocío Vega"),
        ("PHONE", "(757) 555-7730"),
        ("EMAIL", "rocio.vega.77@gmail.com"),
    ],
    note="social-work note with health-plan number; quoted nickname; 02/14 written numerically, age 19 not labelled",
)
n(
    "en",
    "sponsor",
    "Construction is officially underway on the Delores and Frank Whitcomb Jr. Trauma "
    "Rehabilitation Center! 🏗️\n\n"
    "Thanks to a $12 million gift from the Whitcomb family, Tidewater General will open a 40-bed "
    "inpatient rehab unit in 2026, so trauma survivors no longer have to travel out of town to "
    "learn to walk, talk and live independently again.\n\n"
    "Thank you, Whitcomb family, for believing in our survivors. 💙",
    "donor family and donor-named building",
)
p(
    "en",
    "crisis_update",
    "Shared on behalf of @PortEllisonPD:\n\n"
    '"Officer Marisa Quintero, who was injured Tuesday night when her patrol car was struck by a '
    "wrong-way driver on I-464, remains at Tidewater General in serious but stable condition. "
    "Officer Quintero is an 8-year veteran of the department assigned to the 2nd Precinct. Her "
    'family thanks the public for their prayers and asks for privacy."\n\n'
    "Our thoughts are with Officer Quintero and her family. 💙",
    [("NAME", "Marisa Quintero"), ("NAME", "Quintero", "*"), ("GEO", "I-464")],
    note="police statement naming an officer-patient; precinct is not GEO",
)
n(
    "en",
    "crisis_update",
    "Update on our systems outage:\n\n"
    "Tidewater General is experiencing a network outage affecting our electronic health record. "
    "Our trauma center and Emergency Department remain open, and all patients are being cared for "
    "using our downtime procedures.\n\n"
    "If you have an appointment at our outpatient trauma clinic at 410 Ropewalk Lane tomorrow, "
    "please keep it unless we call you.\n\n"
    "We'll post updates here and at tidewatergeneral.org. Thank you for your patience. 🙏",
    "operational update; hospital address",
)
p(
    "en",
    "milestone_birthday",
    "One hundred candles. 🕯️ One very stubborn lady.\n\n"
    "Last winter, Mrs. Florence Ambler slipped on ice outside her house on Chesapeake Boulevard "
    "and broke her hip. She was 99. Our geriatric trauma team repaired it the next morning, and "
    "she was up with a walker in 24 hours.\n\n"
    "On Sunday, Florence turned one hundred surrounded by four generations of her family, and her "
    "daughter Harriet says she danced. Carefully. 💃\n\n"
    "Happy birthday, Mrs. Ambler!",
    [
        ("AGE", "One hundred"),
        ("NAME", "Florence Ambler"),
        ("NAME", "Florence", "*"),
        ("NAME", "Ambler", "*"),
        ("GEO", "Chesapeake Boulevard"),
        ("AGE", "99"),
        ("AGE", "one hundred"),
        ("NAME", "Harriet"),
    ],
    note="'One hundred candles' states her age; ages 99 and 100 both labelled; a season is not a date",
)
n(
    "en",
    "event",
    '📣 Join us for "After the Crash," a free community talk on life after serious injury.\n\n'
    "Thursday, October 17, 6 PM\n"
    "Whitcomb Trauma Pavilion auditorium\n\n"
    "Speakers include trauma surgeon Dr. Desmond Okafor, trauma psychologist Dr. Lena Hartwell, "
    "and former NFL linebacker Marcus Greer, who will talk about his own recovery from a spinal "
    "cord injury.\n\n"
    "Light dinner provided. Register: tidewatergeneral.org/afterthecrash",
    "event; a public figure speaking about his own injury, not our patient",
)
p(
    "en",
    "thank_you",
    "\"That's him. That's the guy.\"\n\n"
    "Two years ago, 17-year-old Darius Holloway was shot four times on Wilson Road. Officer Kendra "
    "Mills got there first, packed his wounds and rode with him in the ambulance.\n\n"
    "Yesterday, Darius — now 19, now a community college student — came to our trauma bay to "
    "meet the surgeons who operated on him. Officer Mills came too.\n\n"
    "They hadn't seen each other since that night. There wasn't a dry eye in the room. 💙\n\n"
    "#StopTheBleed #TraumaSurvivor",
    [("NAME", "Darius Holloway"), ("NAME", "Darius", "*"), ("GEO", "Wilson Road")],
    note="survivor named; the police officer is a hero, not labelled",
)
n(
    "en",
    "public_figure",
    "Congratulations to Port Ellison Police Officer Kendra Mills, who received the department's "
    "Medal of Valor today. 🏅\n\n"
    "Our trauma surgeons nominated her. When Officer Mills arrived at a shooting two years ago, "
    "she used the Stop the Bleed training she received here at Tidewater General to pack a "
    "gunshot wound and save a teenager's life.\n\n"
    "That's what 45 minutes of training can do. Sign up for our next free class: "
    "tidewatergeneral.org/stopthebleed",
    "police officer as a hero; the teenager is anonymous here",
)
p(
    "en",
    "discharge",
    "Tucker is going home! 🐾\n\n"
    "No, not a dog (although he's just as lovable). Tucker Benoit, age 11, fell 20 feet from a "
    "tree stand while deer hunting with his grandpa in Isle of Wight County on November 18.\n\n"
    "Two surgeries and 24 days later, he walked out with his grandpa, Roland, on one side and his "
    "mom, Jolie, on the other.\n\n"
    'Tucker asked us to tell everybody: "Wear your harness." 🦌\n\n'
    "Follow his recovery at @tuckertough on Instagram!",
    [
        ("NAME", "Tucker Benoit"),
        ("NAME", "Tucker", "*"),
        ("GEO", "Isle of Wight County"),
        ("DATE", "November 18"),
        ("NAME", "Roland"),
        ("NAME", "Jolie"),
        ("OTHER_ID", "@tuckertough"),
    ],
    note="name that sounds like a pet's; patient's handle is OTHER_ID; age 11 not labelled",
)
n(
    "en",
    "health_tip",
    "🔒 Lock it up.\n\n"
    "More than half of the children our trauma team treats for gunshot wounds were hurt with a gun "
    "found at home — theirs or a friend's.\n\n"
    "The Port Ellison Police Department and Tidewater General are giving away FREE cable gun "
    "locks, no questions asked:\n"
    "📍 Whitcomb Trauma Pavilion lobby, weekdays 8–5\n"
    "📍 Any Port Ellison police precinct\n\n"
    "Store guns unloaded and locked, with ammunition locked separately. #LockItUp #EndGunViolence",
    "safety tip; aggregate statement",
)
p(
    "en",
    "pasted_record",
    "IT ticket pasted into the comms channel (please delete!):\n\n"
    "\"Patient portal lockout — user: jmorrow_1984 (MORROW, JUANITA L, MRN 00-612-994). Pt's "
    "daughter Celeste Morrow called from 757.555.6218 saying she can't access her mom's discharge "
    'summary from 7/7. Login attempts from 68.224.19.201. Reset link sent to celestem@me.com."',
    [
        ("OTHER_ID", "jmorrow_1984"),
        ("NAME", "MORROW, JUANITA L"),
        ("MRN", "00-612-994"),
        ("NAME", "Celeste Morrow"),
        ("PHONE", "757.555.6218"),
        ("DATE", "7/7"),
        ("IP", "68.224.19.201"),
        ("EMAIL", "celestem@me.com"),
    ],
    note="portal user name is OTHER_ID; IP address of the family's login attempts",
)
n(
    "en",
    "anonymous_story",
    "Tonight we want to say thank you.\n\n"
    "To the bus driver who kept 40 kids calm after the crash on Route 17 this morning. To Port "
    "Ellison Fire Rescue Battalion Chief Aaron Stiles, who ran the scene. To the parents who "
    "waited patiently in our family room.\n\n"
    "Eleven children were checked by our pediatric team today. All of them went home. 💛",
    "heroes named; the children are anonymous",
)
p(
    "es",
    "crisis_update",
    "A petición de la familia Arévalo, compartimos esta actualización:\n\n"
    "«Nuestro hijo Mateo, de 8 años, sigue en la unidad de cuidados intensivos pediátricos "
    "después de que un carro lo atropelló frente a nuestra casa en la calle Poplar el domingo. Ya "
    "abrió los ojos y apretó la mano de su mamá. Gracias a todos por sus oraciones. Pedimos "
    "respeto a nuestra privacidad.»\n\n"
    "— Familia Arévalo",
    [("NAME", "Arévalo", "*"), ("NAME", "Mateo"), ("GEO", "calle Poplar")],
    note="family surname and child's first name; home street; weekday not labelled",
)
n(
    "es",
    "anonymous_story",
    "Hoy una abuelita que estuvo con nosotros después de una caída nos mandó una carta escrita a "
    "mano. 💌\n\n"
    "«Gracias por hablarme en español cuando tenía miedo. Gracias por peinarme. Gracias por "
    'llamarme "mi reina".»\n\n'
    "No quiso que publicáramos su nombre. Pero sí quiso que todas las enfermeras supieran que se "
    "acuerda de ellas. 💙",
    "anonymous patient",
)
p(
    "en",
    "patient_story",
    'Our security officer Terrence "TJ" Jamison was working the ED entrance on the night of March '
    "2 when a man with a knife tried to force his way into the trauma bay. TJ stopped him. He was "
    "stabbed twice in the process.\n\n"
    "He was treated by the very team he was protecting.\n\n"
    "This week, TJ came back to work — and the staff gave him a standing ovation at shift change. "
    "His wife, Nia, and their kids were there to see it. 💙\n\n"
    "Thank you, TJ. #TGHFamily #HospitalWorkplaceViolence",
    [
        ("NAME", 'Terrence "TJ" Jamison'),
        ("NAME", "TJ", "*"),
        ("DATE", "March 2"),
        ("NAME", "Nia"),
    ],
    note="employee who became a patient; injured at the hospital's own entrance (not GEO)",
)
n(
    "en",
    "statistic",
    "Health care workers are five times more likely to be injured by violence at work than "
    "workers in other industries.\n\n"
    "At Tidewater General, we've added weapons screening at every entrance, panic buttons in the "
    "trauma bays, and de-escalation training for all 1,400 of our team members.\n\n"
    "Our staff come here to heal people. They deserve to go home safe. 💙 "
    "#HospitalWorkplaceViolence",
    "aggregate statistic",
)

# ---------------------------------------------------------------- batch 6

p(
    "en",
    "crisis_update",
    "Christmas morning should be about presents, not trauma bays.\n\n"
    "At 7:10 AM on Christmas, 34-year-old Andre Lyle was shot while shoveling his neighbor's walk "
    "on Kimball Terrace. His neighbors — a retired Army medic and a nursing student home for the "
    "holidays — kept him alive until the ambulance arrived.\n\n"
    "Andre is recovering in our Trauma ICU. His fiancée, Simone, asked us to share her thanks to "
    '"the two angels on Kimball Terrace."\n\n'
    "Please, Port Ellison: put the guns down. 🎄💙",
    [
        ("DATE", "Christmas", "*"),
        ("NAME", "Andre Lyle"),
        ("NAME", "Andre", "*"),
        ("GEO", "Kimball Terrace", "*"),
        ("NAME", "Simone"),
    ],
    note="the opening 'Christmas morning' is the day he was shot, so both are DATE; neighbours are anonymous heroes",
)
n(
    "en",
    "statistic",
    "Between Christmas Eve and New Year's Day last year, our trauma team cared for:\n\n"
    "🚗 61 people hurt in crashes (22 involved alcohol)\n"
    "🔫 14 people with gunshot wounds\n"
    "🔥 9 people burned in home fires\n"
    "🎆 6 people injured by fireworks\n\n"
    "Please celebrate safely. Designate a driver, keep candles away from trees and curtains, and "
    "if you own a gun, lock it up.\n\n"
    "We'll be here 24/7 — but we'd rather you be home. 💙",
    "aggregate counts over holidays that are not a patient's event",
)
p(
    "en",
    "thank_you",
    "Pastor Lionel Edwards has preached at Mount Carmel Baptist for 31 years. On the morning of "
    "June 4 he collapsed in the pulpit — and tumbled down six marble steps, breaking his neck.\n\n"
    "His congregation called 911. Port Ellison EMS Medic 12 got him to our trauma bay in 11 "
    "minutes.\n\n"
    "Last Sunday, Pastor Edwards invited our trauma team AND the crew of Medic 12 to church as his "
    'guests of honor. The sermon was titled "The Good Samaritans." 🙏\n\n'
    "His wife, First Lady Vernice Edwards, fed all of us afterward. We may never recover. 🍗",
    [
        ("NAME", "Lionel Edwards"),
        ("NAME", "Edwards", "*"),
        ("GEO", "Mount Carmel Baptist"),
        ("DATE", "June 4"),
        ("NAME", "Vernice Edwards"),
    ],
    note="patient introduced by his title 'Pastor'; the church where he was injured; 'First Lady' is a title",
)
n(
    "en",
    "staff_spotlight",
    "Meet Rev. Luis Ortega, one of our trauma chaplains. 🕊️\n\n"
    "When the trauma pager goes off at 3 AM, Luis goes too. He's the one who sits with families "
    "in the consult room, who finds the grandma's rosary in the bag of belongings, who stays when "
    "there's nothing left to do but stay.\n\n"
    "He's been doing it for 18 years, in English and Spanish. Last year he was with more than 900 "
    "families on the worst night of their lives.\n\n"
    "Thank you, Luis. 💙 #ChaplainsWeek",
    "staff chaplain; families anonymous",
)
p(
    "en",
    "pasted_record",
    "PIO — pasting from the PEPD release for context (do not repost):\n\n"
    '"At approx 2305 hrs on 10/12, officers responded to a single-vehicle crash in the 1400 block '
    "of Tidewater Drive. The driver, identified as Roderick Pines, 22, of the 800 block of Maltby "
    "Ave, was transported to Tidewater General. The vehicle, a black 2016 Charger (VA tag "
    'LWP-7730), struck a utility pole."\n\n'
    "Pines is in Bed 12 TICU. His mom (Cheryl Pines) is asking us to post a thank-you to the "
    "bystanders. 757-555-1184.",
    [
        ("DATE", "10/12"),
        ("GEO", "1400 block of Tidewater Drive"),
        ("NAME", "Roderick Pines"),
        ("NAME", "Pines", "*"),
        ("GEO", "800 block of Maltby Ave"),
        ("VEHICLE", "LWP-7730"),
        ("OTHER_ID", "Bed 12"),
        ("NAME", "Cheryl Pines"),
        ("PHONE", "757-555-1184"),
    ],
    note="police release: block addresses of crash and home, the patient's own tag; military time is not a date",
)
n(
    "en",
    "crisis_update",
    "Statement regarding this afternoon's officer-involved shooting on Virginia Beach Boulevard:\n\n"
    "Tidewater General received two patients: a Port Ellison police officer, who was treated and "
    "released, and a second adult male, who is in surgery.\n\n"
    "Tidewater General does not release information about patients involved in active police "
    "investigations. All inquiries should be directed to the Port Ellison Police Department at "
    "@PortEllisonPD.\n\n"
    "We will not be providing further updates. 🙏",
    "two anonymous patients; incident location not tied to an identified patient",
)
p(
    "en",
    "discharge",
    "THIS. IS. WHY. WE. DO. IT. 🙌🙌🙌\n\n"
    'AFTER 118 DAYS — the longest stay in our Trauma ICU this year — DOMINIC "DOM" FERRANTE IS '
    "GOING HOME!!!\n\n"
    "Dom was a passenger in the Route 58 bus crash back in March. He's had 14 surgeries. He "
    "learned to breathe, eat, talk and walk all over again. His wife Teresa slept in the family "
    "lounge for most of those 118 nights.\n\n"
    "Today they walked out together. Teresa says she's never sleeping in a recliner again. 😂\n\n"
    "WE LOVE YOU DOM!!! 💙",
    [
        ("NAME", 'DOMINIC "DOM" FERRANTE'),
        ("NAME", "DOM", "*"),
        ("NAME", "Dom", "*"),
        ("GEO", "Route 58"),
        ("DATE", "March"),
        ("NAME", "Teresa", "*"),
    ],
    note="ALL-CAPS name in running text; 118 days is a length of stay, not an age",
)
n(
    "en",
    "hospital_contact",
    "📱 Where to find us:\n\n"
    "For the latest updates during emergencies, crashes and severe weather, follow @TidewaterGen on "
    "X and Facebook. For survivor stories and trauma education, follow @TidewaterTrauma. For "
    "giving, events and our annual gala, follow @TGHFoundation.\n\n"
    "We never share patient information on social media without written permission. If someone "
    "claiming to be from Tidewater General asks you for personal information by DM, please report "
    "it to (757) 555-0100. 🔒",
    "the hospital's own handles and number",
)
p(
    "en",
    "memorial",
    "The family of Mrs. Ozella Banks, 96, has asked us to share this message.\n\n"
    '"Mama Zell lived on Ludlow Street for 70 years. She raised nine children, 31 grandchildren '
    "and half the neighborhood. She passed on the 9th of January from injuries she suffered in "
    "the fire that took her home.\n\n"
    "We want to thank the firefighters who went in after her and the burn unit nurses who sang her "
    'favorite hymns at the end. She went home to glory knowing she was loved."\n\n'
    "— The Banks Family\n\n"
    "Rest well, Mama Zell. 🕊️",
    [
        ("NAME", "Ozella Banks"),
        ("NAME", "Banks", "*"),
        ("AGE", "96"),
        ("NAME", "Zell", "*"),
        ("GEO", "Ludlow Street"),
        ("DATE", "9th of January"),
    ],
    note="'Mama' is a kinship word outside the nickname span; date of death written 'the 9th of January'",
)
n(
    "en",
    "eponymous_condition",
    "Wandering is one of the most dangerous parts of Alzheimer's disease. 💜\n\n"
    "Every year our trauma team treats older adults with dementia who wandered from home and were "
    "hit by cars or fell outside, often at night.\n\n"
    "If you care for someone with Alzheimer's or another dementia:\n"
    "• Install door chimes or alarms\n"
    "• Consider a GPS tracker or an ID bracelet\n"
    "• Let neighbors know, so they can help\n\n"
    "The Alzheimer's Association helpline is available 24/7: 1-800-272-3900. "
    "#AlzheimersAwareness",
    "eponymous condition; national helpline",
)
p(
    "en",
    "patient_story",
    "Ten-year-old Anika Basu has raised $3,260 for our Trauma ICU family lounge — by selling "
    "friendship bracelets. 💛\n\n"
    "Why? In April, her dad was in a serious crash on I-264, and Anika and her mom spent 16 nights "
    "sleeping in that lounge while he recovered.\n\n"
    '"The chairs were really uncomfortable," Anika told us. "I want the next kid to have a better '
    'one."\n\n'
    "Her dad is home and doing well. The new recliners arrive next week, each with a little "
    "plaque: Anika's Chairs. 🪑",
    [("NAME", "Anika Basu"), ("NAME", "Anika", "*"), ("DATE", "April"), ("GEO", "I-264")],
    note="fundraiser by the patient's daughter: only the relative is named",
)
n(
    "en",
    "sponsor",
    "Eight-year-old Brooklyn Tate of Oyster Point heard on the news that burn survivors sometimes "
    "need special compression garments. So she set up a lemonade stand. 🍋\n\n"
    "Three weekends later, she walked into our Halvorsen Family Burn Unit with $1,140 in a "
    "shoebox.\n\n"
    "Brooklyn isn't a patient and neither is anyone in her family — she just wanted to help. Thank "
    "you, Brooklyn! You're a superstar. ⭐",
    "a child donor who is explicitly not a patient or a patient's relative",
)
p(
    "en",
    "pasted_record",
    "Merge request for comms awareness — duplicate charts created during the I-64 MCI:\n\n"
    'MRN 00-781-225 "UNKNOWN, BRAVO" = MRN 00-781-301 "LEGGETT, SHAWNA R"\n'
    "DOB per sister: the fourth of July, 1988\n"
    "Sister: Tamika Leggett, tleggett@outlook.com, (804) 555 2239\n"
    "Please make sure the story about the bus driver doesn't use the Bravo photo — it's her.",
    [
        ("GEO", "I-64"),
        ("MRN", "00-781-225"),
        ("OTHER_ID", "UNKNOWN, BRAVO"),
        ("MRN", "00-781-301"),
        ("NAME", "LEGGETT, SHAWNA R"),
        ("DATE", "fourth of July, 1988"),
        ("NAME", "Tamika Leggett"),
        ("EMAIL", "tleggett@outlook.com"),
        ("PHONE", "(804) 555 2239"),
        ("OTHER_ID", "Bravo"),
    ],
    note="two MRNs for one patient; trauma alias (OTHER_ID) also used alone; DOB in words; photo not attached",
)
n(
    "en",
    "recruitment",
    "👩‍⚕️ Join our trauma surgery team!\n\n"
    "Tidewater General, the region's only adult Level I trauma center, is recruiting a "
    "board-certified or board-eligible trauma and acute care surgeon.\n\n"
    "• 7 on / 7 off call model\n"
    "• Dedicated trauma research support\n"
    "• Loan repayment and relocation package\n"
    "• Live 15 minutes from the beach 🏖️\n\n"
    "Interested? Contact our physician recruiter at careers@tidewatergeneral.org or "
    "(757) 555-0163.",
    "recruitment; hospital contacts",
)
p(
    "en",
    "thank_you",
    'Remember "Peanut"? 🥜\n\n'
    "Last spring, a pregnant mom was critically hurt in a crash on Battlefield Boulevard, and our "
    "trauma and OB teams delivered her baby girl by emergency C-section at 29 weeks. The NICU "
    "nurses nicknamed her Peanut.\n\n"
    "This weekend Peanut — real name Zoe Marchetti — celebrated her first birthday, and her mom, "
    "Gina, who spent weeks in our Trauma ICU herself, sent us pictures of the smash cake. 🎂\n\n"
    "Happy birthday, Peanut! 💕",
    [
        ("NAME", "Peanut", "*"),
        ("GEO", "Battlefield Boulevard"),
        ("NAME", "Zoe Marchetti"),
        ("NAME", "Gina"),
    ],
    note="quoted nickname; mother and baby both patients; pictures of a cake are not PHOTO",
)
n(
    "en",
    "campaign_hashtag",
    "💙 #TidewaterStrong 💙\n\n"
    "One year ago this week, our trauma center received 23 patients in 40 minutes after the "
    "Bayside Mall shooting. It was the largest mass-casualty event in our hospital's history.\n\n"
    "Today we remember the four people who did not survive. We hold the survivors, who are still "
    "healing, in our hearts. And we thank every nurse, surgeon, tech, transporter, housekeeper and "
    "chaplain who answered the call.\n\n"
    "A moment of silence will be held in the Whitcomb Trauma Pavilion lobby at 2 PM.",
    "anniversary of a mass-casualty event; victims anonymous",
)
p(
    "es",
    "patient_story",
    "¡Miren quién vino a visitarnos! 😍\n\n"
    "Hace un año, Ximena Torres, de 16 años, llegó a nuestro centro de trauma después de que un "
    "conductor que manejaba mientras enviaba mensajes chocó su bicicleta en la avenida Colley.\n\n"
    "Hoy regresó con su papá, don Rafael, para regalarle al equipo de trauma un cuadro que ella "
    "misma pintó: un corazón hecho de vendas y estrellas. ⭐\n\n"
    "«Ustedes me dieron otra oportunidad», nos dijo. Y nosotros le decimos: ¡aprovéchala, Xime! "
    "💙\n\n"
    "#SobrevivientesDeTrauma #NoTextearYManejar",
    [
        ("NAME", "Ximena Torres"),
        ("GEO", "avenida Colley"),
        ("NAME", "Rafael"),
        ("NAME", "Xime"),
    ],
    note="survivor returns with her father; diminutive of her name; 'hace un año' is relative",
)
n(
    "es",
    "staff_spotlight",
    "Les presentamos a Marisol Peña, enfermera de trauma e intérprete certificada. 💙\n\n"
    "Marisol nació en Puerto Rico y lleva 14 años en nuestra UCI de trauma. Cuando llega un "
    "paciente que solo habla español, los compañeros la buscan a ella primero.\n\n"
    "«Cuando una familia escucha su idioma en el peor momento de su vida, respira un poquito», "
    "dice Marisol.\n\n"
    "¡Gracias por todo lo que haces, Marisol! #SemanaDeLaEnfermería",
    "staff spotlight",
)
p(
    "en",
    "crisis_update",
    "UPDATE: Four members of Port Ellison Fire Rescue were brought to Tidewater General after "
    "Engine 9 was struck by a tractor-trailer on I-464 early this morning.\n\n"
    "With their consent, we can share their conditions:\n"
    "• Captain Owen Blackwell — fair\n"
    "• Firefighter/EMT Sasha Mendez — good\n"
    "• Firefighter Luke Pomeroy — good\n"
    "• Engineer Darnell Fitch — treated and released\n\n"
    "The truck driver is also being treated here; we will not release information about him.\n\n"
    "Thank you for your prayers for our first responders. 🚒💙",
    [
        ("GEO", "I-464"),
        ("NAME", "Owen Blackwell"),
        ("NAME", "Sasha Mendez"),
        ("NAME", "Luke Pomeroy"),
        ("NAME", "Darnell Fitch"),
    ],
    note="firefighters as patients with ranks outside the spans; the truck driver stays anonymous",
)
n(
    "en",
    "public_figure",
    "Thank you to Delegate Marcus Whitt and the Port Ellison City Council for approving $1.4 "
    "million for our Hospital-Based Violence Intervention Program! 🙏\n\n"
    "This funding lets us hire four more violence intervention specialists — people from our own "
    "neighborhoods who meet victims of violence at the bedside and walk with them for a year after "
    "they go home.\n\n"
    "More than 300 survivors have been through the program since 2019. 💙",
    "public officials; survivors counted",
)
p(
    "en",
    "thank_you",
    "We got a letter today. Sharing with permission. 💌\n\n"
    '"To the trauma team at Tidewater General,\n\n'
    "On Memorial Day weekend my son Wyatt, who was 20, rolled his Jeep on Route 10 on the way home "
    "from the beach. I got a call at 2 AM that no mother wants to get.\n\n"
    "You saved his life. He's walking. He's back at work at the marina. He still doesn't remember "
    "any of you, but I do. I remember every name.\n\n"
    "With love and gratitude forever,\n"
    "Sharon Delacorte\n"
    'Smithfield, VA"\n\n'
    "Thank you, Sharon. We remember Wyatt too. 💙",
    [
        ("DATE", "Memorial Day"),
        ("NAME", "Wyatt", "*"),
        ("GEO", "Route 10"),
        ("NAME", "Sharon Delacorte"),
        ("NAME", "Sharon", "*"),
        ("GEO", "Smithfield"),
    ],
    note="mother's letter with her signature and town; holiday weekend of the crash is DATE",
)
n(
    "en",
    "eponymous_condition",
    "🦌 Tick season is here!\n\n"
    "Lyme disease — named after Lyme, Connecticut, where it was first identified in the 1970s — "
    "is on the rise in Virginia. Our ED sees more tick bites every spring.\n\n"
    "After hiking or working in the yard:\n"
    "• Check your whole body, including your scalp and behind your knees\n"
    "• Remove ticks with fine-tipped tweezers, pulling straight up\n"
    "• Watch for a bull's-eye rash or fever in the next month\n\n"
    "Questions? Call your primary care doctor. #LymeDiseaseAwareness",
    "condition named for a town; the town is not a patient's GEO",
)
p(
    "en",
    "pasted_record",
    'DRAFT TWEET v1 ❌ (legal said no): "So proud of Cpl. Jason Whitmore, @VSPPIO trooper struck '
    'on I-95 on 2/28, walking out of TGH today! Room 408 is gonna miss you Jason!! 🚔💙"\n\n'
    'v2 ✅: "So proud of a Virginia State Police trooper who walked out of our hospital today! '
    '🚔💙"',
    [
        ("NAME", "Jason Whitmore"),
        ("NAME", "Jason", "*"),
        ("GEO", "I-95"),
        ("DATE", "2/28"),
        ("OTHER_ID", "Room 408"),
    ],
    note="rejected draft kept next to its clean rewrite; the police agency's handle is not the patient's",
)
n(
    "en",
    "crisis_update",
    "📺 MEDIA ADVISORY\n\n"
    "Tidewater General Hospital will hold a press briefing on the Route 58 bus crash at 11 AM today "
    "in the Whitcomb Trauma Pavilion auditorium.\n\n"
    "Speakers: Dr. Priya Venkataraman, Trauma Medical Director, and Karen Liu, Chief Nursing "
    "Officer.\n\n"
    "No patient names or individual conditions will be discussed. Credentialed media only; please "
    "check in with our PIO at the Harbor Point Boulevard entrance by 10:45.\n\n"
    "Questions: (757) 555-0142 | media@tidewatergeneral.org",
    "media advisory; staff speakers",
)
p(
    "en",
    "patient_story",
    "hi friends! 💌 a lot of you have asked how to send cards to our TICU buddy Everett (the "
    "13-year-old who was hurt in the Cove Hill house fire). his mom asked us to share that cards "
    "can go to the family's email at everettcards2024@gmail.com and she'll print them all out "
    "for him.\n\n"
    "he is loving the dinosaur ones 🦖🦕",
    [("NAME", "Everett"), ("GEO", "Cove Hill"), ("EMAIL", "everettcards2024@gmail.com")],
    note="family's card-collection email; age 13 not labelled",
)
n(
    "en",
    "event",
    "🎉 Save the date: Trauma Survivors Reunion Picnic 🎉\n\n"
    "Saturday, September 14, noon–4 PM\n"
    "Harbor Point Park pavilion\n\n"
    "Every year, we invite the patients we cared for (and their families) back to celebrate with "
    "the nurses, surgeons, therapists, EMS crews and firefighters who helped them. Last year, more "
    "than 200 survivors came!\n\n"
    "Free food, lawn games, face painting and a bounce house for the little ones.\n\n"
    "RSVP: (757) 555-0119 or tidewatergeneral.org/reunion 💙",
    "event date; survivors counted",
)
p(
    "en",
    "discharge",
    "Precious cargo, coming through! 🚗\n\n"
    "That's what Precious Mbatha's grandkids wrote on the sign they made for her ride home today. "
    "Precious, 92, was hit by a car while walking to church on Greenwood Drive on September 8. She "
    "broke her pelvis and both arms.\n\n"
    "After 5 weeks at Tidewater General and 6 weeks of rehab, she's headed home to her daughter "
    "Nomsa's house in Western Branch.\n\n"
    "Precious says she'll be back at church next Sunday. We believe her. 🙏",
    [
        ("NAME", "Precious Mbatha"),
        ("NAME", "Precious", "*"),
        ("AGE", "92"),
        ("GEO", "Greenwood Drive"),
        ("DATE", "September 8"),
        ("NAME", "Nomsa"),
        ("GEO", "Western Branch"),
    ],
    note="name that is an ordinary word; the opening pun on the sign refers to her, so it is labelled too",
)
n(
    "en",
    "health_tip",
    "🌙 Daylight saving time ends this weekend — and the first dark evenings are the most dangerous "
    "of the year for people walking.\n\n"
    "Pedestrian injuries treated in our trauma center jump in November, mostly between 5 and 8 "
    "PM.\n\n"
    "Walking? Wear something bright or reflective, use crosswalks, and make eye contact with "
    "drivers.\n"
    "Driving? Slow down, put the phone away, and watch for people at crosswalks and bus stops.\n\n"
    "#SeeAndBeSeen",
    "safety tip; month of a population trend",
)
p(
    "en",
    "crisis_update",
    "Update regarding this morning's accident at the Port Ellison Marine Terminal:\n\n"
    "Three longshoremen were brought to our trauma center. Two have been treated and released.\n\n"
    'With the permission of his family, we can share that the third, Clarence "Red" Boatwright, 58, '
    "remains in critical condition in our Trauma ICU. His union brothers and sisters have been "
    "keeping vigil in our lobby all day. ⚓\n\n"
    "The Boatwright family asks for prayers and privacy. Media: (757) 555-0142.",
    [
        ("GEO", "Port Ellison Marine Terminal"),
        ("NAME", 'Clarence "Red" Boatwright'),
        ("NAME", "Boatwright", "*"),
    ],
    note="one named worker among anonymous ones; the terminal where he was injured is GEO; age 58 not labelled",
)
n(
    "en",
    "crisis_update",
    "Tidewater General has received 5 patients from the chemical leak at the Elizabeth River "
    "Fertilizer plant. All are being evaluated for breathing problems and none are in critical "
    "condition. 🏭\n\n"
    "Residents within one mile should follow shelter-in-place instructions from Port Ellison "
    "Emergency Management.\n\n"
    "We will update as we can. Media: (757) 555-0142.",
    "anonymous counts; incident location not tied to an identified patient",
)
p(
    "en",
    "thank_you",
    "For 14 years, Bernie Katz has brought our therapy dog Biscuit to the Trauma ICU waiting room "
    "every Tuesday and Thursday. 🐾\n\n"
    "Two weeks ago, Bernie was the one in the trauma bay. He fell from a ladder cleaning his "
    "gutters and fractured his spine.\n\n"
    "The nurses he's comforted for years took care of him this time. And yes, Biscuit visited — "
    "on a special pass from our infection prevention team. 🐕\n\n"
    "Bernie went home this morning. Get well soon, Bernie. Biscuit says Tuesdays aren't the same "
    "without you. 💛",
    [("NAME", "Bernie Katz"), ("NAME", "Bernie", "*")],
    note="a volunteer who became a patient is labelled; the therapy dog is not",
)
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: meet the Knitting Circle! 🧶\n\n"
    "Every Wednesday, eight retirees — led by 91-year-old Mildred Haskins — gather in our chapel "
    "to knit blankets, hats and prayer shawls for patients in our Trauma ICU and burn unit. This "
    "year they've made 640 of them.\n\n"
    'Mildred started the group in 2009 after retiring as a school librarian. Her secret? "Never '
    'knit angry. It shows in the stitches." 😄\n\n'
    "Thank you, ladies. 💙",
    "volunteer aged over 89: volunteers' ages are not labelled",
)
p(
    "en",
    "pasted_record",
    "[DRAFT FB POST — pls review, I wasn't sure about the details]\n\n"
    "Happy 21st birthday to Tre'Von Gaines! 🎉 Tre'Von was born November 2, 2003 and almost "
    "didn't make it to 21 after he was stabbed outside the Downtown Transit Center last March. "
    "Follow his recovery @trevon.gaines.3 and show him some love! (his mom Lakeisha's # is "
    "757-555-0451 if anyone wants to send gifts)",
    [
        ("NAME", "Tre'Von Gaines"),
        ("NAME", "Tre'Von", "*"),
        ("DATE", "November 2, 2003"),
        ("GEO", "Downtown Transit Center"),
        ("DATE", "March"),
        ("OTHER_ID", "@trevon.gaines.3"),
        ("NAME", "Lakeisha"),
        ("PHONE", "757-555-0451"),
    ],
    note="name with an apostrophe; full birth date; patient's handle; age 21 not labelled",
)
n(
    "en",
    "research",
    "👵👴 Our oldest trauma patients are our fastest-growing group.\n\n"
    "In 2013, 4% of the injured patients we admitted were over 85. Last year it was 11% — and "
    "more than 120 were over 90.\n\n"
    "That's why Tidewater General opened a dedicated geriatric trauma service this year, with "
    "geriatricians, pharmacists and physical therapists rounding with our trauma surgeons every "
    "day.\n\n"
    "The goal: get older adults home, and keep them independent. 💙",
    "population ages over 90 are not labelled",
)
p(
    "es",
    "discharge",
    "¡Se va a casa nuestro bombero favorito! 🚒💙\n\n"
    "El teniente Julio César Mendoza, de Port Ellison Fire Rescue, sufrió quemaduras graves el 2 de "
    "noviembre combatiendo el incendio de una bodega en la calle Tanner. Hoy, después de 6 semanas "
    "en nuestra unidad de quemados, se fue caminando con su esposa, Lorena, y sus gemelos.\n\n"
    "¡Gracias por cuidarnos, teniente! Ahora nos toca a nosotros cuidarte a ti.",
    [
        ("NAME", "Julio César Mendoza"),
        ("DATE", "2 de noviembre"),
        ("GEO", "calle Tanner"),
        ("NAME", "Lorena"),
    ],
    note="firefighter as the patient; rank 'teniente' outside the span",
)
n(
    "en",
    "crisis_update",
    "🚨 URGENT: Our blood supply is critically low after a weekend of trauma activations.\n\n"
    "Our trauma team used more than 180 units of blood between Friday night and Sunday morning — "
    "more than three times a normal weekend.\n\n"
    "If you are O-negative or O-positive, please donate this week. Walk-ins welcome at the "
    "Whitcomb Trauma Pavilion lobby, 7 AM to 7 PM, through Friday.\n\n"
    "One donation can save up to three lives. 🩸",
    "operational appeal; aggregate numbers",
)
p(
    "en",
    "thank_you",
    "You've seen Paramedic Rosa Delvecchio in our ambulance bay hundreds of times. 🚑\n\n"
    "On August 11, Rosa was the patient. While she was treating a driver on the shoulder of I-264, "
    "her ambulance was struck by a pickup truck. Her partner pulled her out.\n\n"
    'Rosa spent 9 days with us. She says the worst part was "being on the wrong side of the '
    'stretcher." 😅\n\n'
    "She's back on Medic 4 as of this week. Slow down and move over for emergency vehicles — it's "
    "the law, and it's Rosa's life. 💙 #MoveOver",
    [
        ("NAME", "Rosa Delvecchio"),
        ("NAME", "Rosa", "*"),
        ("DATE", "August 11"),
        ("GEO", "I-264"),
    ],
    note="paramedic who became a patient; her ambulance unit is not labelled",
)
n(
    "en",
    "campaign_hashtag",
    "#MoveOver 🚨\n\n"
    "Virginia law requires drivers to move over a lane — or slow down — for any vehicle with "
    "flashing lights on the shoulder: police, fire, EMS, tow trucks, road crews.\n\n"
    "In the last two years, our trauma team has cared for seven first responders hit while working "
    "on the side of the road. Every one of them was doing their job.\n\n"
    "Slow down. Move over. Let them go home. 💙 #MoveOverVA #FirstResponderSafety",
    "campaign hashtags; responders counted, not named",
)
p(
    "en",
    "patient_story",
    "Port Ellison, thank you. 💙\n\n"
    "Since Sunday's crash on Route 58, our lobby has been full of flowers, cards and pizza for the "
    "trauma team caring for the young man everyone's calling #PrayForJB. His family has been "
    "overwhelmed by your love.\n\n"
    "They asked us to share: he's awake, he's off the ventilator, and his first request was a Wawa "
    "hoagie. 🥪\n\n"
    "Keep the prayers coming, and please, wear your seatbelts.",
    [("GEO", "Route 58"), ("NAME", "#PrayForJB")],
    note="patient known only by the initials in a hashtag; his crash road",
)
n(
    "en",
    "anonymous_story",
    "From one of our trauma nurses, who asked us to share this anonymously:\n\n"
    "\"I've been a trauma nurse for 11 years. I've held hands. I've done CPR. I've cried in supply "
    "closets.\n\n"
    "But today, a patient I cared for after a horrible crash two years ago saw me at the grocery "
    "store. She ran across the produce section and hugged me so hard I dropped my basket.\n\n"
    "She's walking. She's working. She has a baby now.\n\n"
    "That's the hug I'll think about on the hard days.\" 💙",
    "anonymous nurse and anonymous former patient",
)
p(
    "en",
    "pasted_record",
    "URGENT — comms pls hold the 'Survivor Sunday' post!!\n"
    "Pt in the photo is NOT Marcus Dell (consented). It's DELL, MARQUISE T (MRN: 00-448-120, DOB "
    "10/30/98), his cousin, who did NOT consent. Same last name, same week, both GSW, both 4 North. "
    "Marquise's mom (Yvette) already called to complain: yvettedell@gmail.com",
    [
        ("NAME", "Marcus Dell"),
        ("NAME", "DELL, MARQUISE T"),
        ("MRN", "00-448-120"),
        ("DATE", "10/30/98"),
        ("NAME", "Marquise"),
        ("NAME", "Yvette"),
        ("EMAIL", "yvettedell@gmail.com"),
    ],
    note="two patients; a consenting patient's name is still PHI; the photo belongs to another draft (not PHOTO); unit not labelled",
)
n(
    "en",
    "sponsor",
    "🚁 Thank you, Harbor Community Bank!\n\n"
    "For the 10th year, Harbor Community Bank is the presenting sponsor of our Wings of Hope Gala, "
    "which raised $640,000 this year for TideFlight, our critical care helicopter program.\n\n"
    "TideFlight flew 612 missions last year, bringing critically injured patients from across "
    "southeastern Virginia and northeastern North Carolina to our trauma bay.\n\n"
    "Thank you to every sponsor, guest and volunteer who made the night possible! 💙 @TGHFoundation",
    "corporate sponsor; 'Hope' in an event name is not a person",
)
p(
    "en",
    "memorial",
    "Today we lost one of our own. 💔\n\n"
    "Dr. Samuel Ikeda, an emergency physician at Tidewater General for 22 years, died this morning "
    "in our Trauma ICU, three days after he was struck by a car while cycling on Shore Drive.\n\n"
    "Sam trained half of the ER doctors in this region. He was the first to volunteer for holiday "
    "shifts and the last to leave after a mass-casualty night. He leaves his wife, Naomi, and their "
    "sons, Kenji and Rafe.\n\n"
    "The colleagues who fought to save him are heartbroken. Please keep the Ikeda family in your "
    "prayers. 🕊️\n\n"
    "#TGHFamily",
    [
        ("NAME", "Samuel Ikeda"),
        ("NAME", "Ikeda", "*"),
        ("NAME", "Sam", "*"),
        ("GEO", "Shore Drive"),
        ("NAME", "Naomi"),
        ("NAME", "Kenji"),
        ("NAME", "Rafe"),
    ],
    note="a staff physician who died as our patient is labelled; 'Dr.' outside the span",
)
n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Ifeoma Nwosu, named one of Hampton Roads Magazine's Top Doctors for "
    "trauma surgery! 🏆\n\n"
    "In her first year with us, Dr. Nwosu has launched a rib-fixation program, mentored 11 medical "
    "students, and operated on more than 300 injured patients.\n\n"
    "When she's not in the OR, you'll find her coaching her daughter's soccer team or competing "
    "(ferociously) in our department's trivia nights. 🧠⚽\n\n"
    "We're lucky to have you, Dr. Nwosu!",
    "staff award",
)
p(
    "en",
    "crisis_update",
    "Several of you have asked how to help the family of Officer Bryce Tolliver, who remains in our "
    "Trauma ICU after Friday's shooting on Princess Anne Road.\n\n"
    "The Port Ellison Fraternal Order of Police has set up the only fund authorized by his family: "
    "https://www.gofundme.com/f/officer-bryce-tolliver. Please beware of scam fundraisers using his "
    "name.\n\n"
    "Bryce's wife, Kelsey, thanks the community for the cards, meals and prayers. 💙",
    [
        ("NAME", "Bryce Tolliver"),
        ("NAME", "Bryce", "*"),
        ("GEO", "Princess Anne Road"),
        ("URL", "https://www.gofundme.com/f/officer-bryce-tolliver"),
        ("NAME", "Kelsey"),
    ],
    note="officer-patient; the authorized fundraiser URL contains his name",
)
n(
    "en",
    "hospital_contact",
    "⚠️ Scam alert ⚠️\n\n"
    "After every major crash, fire or shooting in our community, fake fundraisers pop up on social "
    'media claiming to raise money for "victims at Tidewater General."\n\n'
    "Tidewater General never solicits donations for individual patients. If you want to support "
    "injured patients and their families, give through our official foundation: tghfoundation.org "
    "or (757) 555-0188.\n\n"
    "If you see a suspicious fundraiser, report it to the platform. 🔒",
    "the hospital foundation's domain and number",
)
p(
    "en",
    "thank_you",
    "Twins Bao and An Tran came back to Tidewater General today — 10 years after they were pulled "
    "from their family's burning home on Wexford Lane as toddlers. 🔥➡️🎓\n\n"
    "They're 13 now. Bao wants to be a firefighter. An wants to be a burn nurse. Their grandmother, "
    "Mrs. Lien Tran, who raised them after the fire, brought homemade bánh mì for the whole burn "
    "unit.\n\n"
    '"These nurses are family," Mrs. Tran said. 💙',
    [
        ("NAME", "An Tran"),
        ("NAME", "Lien Tran"),
        ("NAME", "Bao", "*"),
        ("NAME", "An", "*"),
        ("NAME", "Tran", "*"),
        ("GEO", "Wexford Lane"),
    ],
    note="the name 'An' looks like an article; grandmother named; '10 years after' is relative",
)
n(
    "en",
    "anonymous_story",
    "Christmas in the trauma bay. 🎄\n\n"
    "Our trauma team worked through the night on Christmas Eve: two crashes, a fall from a roof "
    "(those lights!), a kitchen fire and a stabbing. Every one of those patients is alive this "
    "morning.\n\n"
    "To the nurses, surgeons, techs, respiratory therapists, pharmacists, housekeepers, security "
    "officers and chaplains who spent the holiday with strangers instead of family: thank you. "
    "Santa saw you. 🎅💙",
    "anonymous patients; the holiday is not tied to an identified patient",
)
p(
    "en",
    "pasted_record",
    "note to self for Mon: call back Tasha re: the Hendricks family (pt Walt Hendricks, rm 3-118) — "
    "son Greg wants to do a thank-you video for the 5K. Greg's cell (612) 555-8834, he lives in "
    "Minneapolis, flying in Thurs.",
    [
        ("NAME", "Walt Hendricks"),
        ("NAME", "Hendricks", "*"),
        ("OTHER_ID", "rm 3-118"),
        ("NAME", "Greg", "*"),
        ("PHONE", "(612) 555-8834"),
        ("GEO", "Minneapolis"),
    ],
    note="son's out-of-state phone and city; the staff member and weekdays are not labelled",
)
n(
    "en",
    "statistic",
    "🏅 Tidewater General has been re-verified as a Level I Trauma Center by the American College "
    "of Surgeons — for the fifth consecutive time.\n\n"
    "Level I means trauma surgeons, neurosurgeons, orthopedic surgeons, anesthesiologists and "
    "operating rooms ready 24 hours a day, 7 days a week, 365 days a year.\n\n"
    "It also means we lead research, train the next generation of trauma surgeons, and run injury "
    "prevention programs for our community.\n\n"
    "Thank you to every member of our trauma team. This is yours. 💙",
    "hospital accreditation news",
)

if __name__ == "__main__":
    S.main("phi_dev9_source")
