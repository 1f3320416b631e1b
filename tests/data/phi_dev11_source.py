"""Blind development set d11 for the PHI scanner: tests/data/phi_dev11.jsonl.

The set is written for Granite Hollow Health (phi_dev11_org.json), a fictional rural
health system in Wescott Falls, New Hampshire: Granite Hollow Community Hospital, the
Maple Terrace Senior Living community, the 3 East rehab unit and outpatient rehab in
Carrow, and the Brookside Behavioral Health Clinic. Its focus: Maple Terrace residents
(resident of the month, centenarians, 90th+ birthdays, wedding anniversaries, veterans),
rehab milestones, employees and volunteers who became patients, staff spotlights that
read like stories, memorials, anonymous mental-health stories, and local figures
(selectmen, fire chiefs, police) either as patients or as guests. Language mix: about
85% English (with Portuguese-surnamed families written in English) and 15% Spanish.
About half the posts are patient-specific. Written blind, by hand, one post at a time,
without looking at the scanner or at any other set.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
- A post is patient-specific iff it carries at least one labelled identifier of a
  patient or of a patient's relative / household member. Anonymous stories, staff,
  doctors, volunteers, staff members' own families, donors, named funds and buildings,
  public or historical figures, pets and therapy dogs, eponymous conditions, campaign
  hashtags and the hospital's own phones, addresses, domains and handles are never
  labelled, unless that person is the patient or a patient's relative.
- Residents of Maple Terrace (the system's own senior-living community) are treated as
  the system's patients; a spouse living with them is a household member.
- NAME: name tokens only, honorifics/titles outside ("Sgt.", "Chief", "doña", "Miss"),
  possessive 's outside, family surnames ("the Furtado family" -> "Furtado"), nicknames
  and lower-case names as written, initials, a name hashtag as one span with its '#'.
- DATE: every date element except a bare year tied to the patient (birth, admission,
  surgery, discharge, death, wedding...), as written with an attached year; a month
  alone tied to the patient; a holiday on which the patient's event happened (and both
  expressions when the same day is named twice). Articles ("the", "el") are left out.
  Weekdays and relative expressions are not labelled, nor are event dates.
- AGE: only ages over 89, the token as written ("93rd", "102-year-old"), plus
  "centenarian" / "nonagenarian" / "centenaria".
- GEO: places smaller than a state tied to the patient or family: home town, street with
  number, ZIP, birthplace, a relative's city (also abroad), the road or place of an
  injury, and the town a patient serves or works in, also inside an organisation name
  ("the Dunmore Fire Department" -> "Dunmore"). Countries, states, regions and the
  hospital's own sites are not GEO.
- PHONE / FAX / EMAIL / URL / IP of the patient or family, as written.
- MRN, SSN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE: the value only.
- OTHER_ID: room / bed / apartment numbers with their keyword ("room 208", "Apt 3C");
  social handles of patients or families (with the '@'), portal user names, other ids.
- PHOTO: the cue word only, when the text says the picture shows the patient.
- Every occurrence of a labelled string is labelled; `ok=` lists deliberate exceptions.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev11.jsonl"), os.path.join(HERE, "phi_dev11_org.json"), "d11")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------------------
# batch 1
# ---------------------------------------------------------------------------

p(
    "en",
    "milestone_birthday",
    "Happy 100th, Dot! 🎂 Our Maple Terrace family threw a party fit for a queen today — "
    "kazoo band, tiara and all. #MapleTerraceFamily"
    '\n\nDot still does a mean Charleston and reads two mysteries a week. 💃 When we asked for her secret, she said, "Butter, gossip and a nap every afternoon."',
    [("NAME", "Dot", "*"), ("AGE", "100th")],
    note="a three-letter nickname that is also an ordinary word; age as an ordinal",
)

n(
    "en",
    "staff_spotlight",
    "Meet Jordan Pelletier, the new charge nurse on 3 East! 👋\n\n"
    "Jordan grew up right here in Carrow, spent eleven years in Boston ICUs, and came home "
    "last spring to be closer to her mom and her two nephews. She still runs the Carrow "
    "Old Home Day 5K every August (and still finishes ahead of most of our PTs).\n\n"
    "Ask her about the time she delivered a calf on her uncle's farm. Welcome home, Jordan! "
    "#GraniteHollowStrong",
    "staff spotlight; the town and the mother belong to a staff member, not a patient",
)

p(
    "en",
    "patient_story",
    "Forty-one days ago, Chief Ray Thibodeau was carried out of a burning barn on Cobble "
    "Hill Road by his own crew.\n\n"
    "This morning he walked the full length of our rehab gym without a walker — then asked "
    "our PT team when he could start climbing ladders again. (Not yet, Chief.)\n\n"
    "Ray, the whole 3 East team is proud of you. The Dunmore Fire Department is lucky to "
    "have you back soon. 🚒 #RehabWins",
    [
        ("NAME", "Ray Thibodeau"),
        ("GEO", "Cobble Hill Road"),
        ("NAME", "Ray", "*"),
        ("GEO", "Dunmore"),
    ],
    note="a town fire chief who is the patient; the road where he was injured and his department's town are GEO",
)

n(
    "en",
    "public_figure",
    "Thank you to Wescott Falls Fire Chief Dana Morrill for co-teaching Saturday's Stop the "
    "Bleed class! 14 neighbors learned to pack a wound and apply a tourniquet. Next class: "
    "10/19, 6 pm, Lyman Room. Sign up: granitehollowhealth.org/classes"
    "\n\nStop the Bleed teaches anyone to control serious bleeding in the minutes before help arrives. Out here, the nearest ambulance can be 20 minutes away, so those minutes matter. 🩹 Free, 90 minutes, ages 12 and up.",
    "the fire chief is a guest instructor; 10/19 is an event date",
)

p(
    "en",
    "memorial",
    'We are heartbroken to share that Evelyn "Evie" Saucier, a resident of Maple Terrace for '
    "eleven years and a gift-shop volunteer for twenty years before that, passed away "
    "peacefully on November 2 at the age of 96.\n\n"
    "Evie knew every housekeeper's name and every grandchild's birthday. She crocheted a "
    "hat for every baby born in our birthing center from 1998 until her hands wouldn't "
    "let her. Hundreds of kids in this valley wore an Evie hat home.\n\n"
    "Rest easy, Evie. 💐",
    [
        ("NAME", 'Evelyn "Evie" Saucier'),
        ("DATE", "November 2"),
        ("AGE", "96"),
        ("NAME", "Evie", "*"),
    ],
    note="resident and former volunteer; the bare year 1998 is not labelled",
)

n(
    "en",
    "anonymous_story",
    "\"I didn't think I'd make it to 40.\"\n\n"
    "One of our Brookside clients said that to us last week, on the day they finished "
    "their intensive outpatient program. They asked us to share it for anyone who is "
    "where they were a year ago.\n\n"
    "Recovery is not a straight line. It is possible. If you are struggling tonight, call "
    "or text 988, or call Brookside at (603) 555-0136. 💚 #BrooksideCares",
    "anonymous client; an age under 90; national and hospital lines",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 90, doña Cuca! 🎉 La residente más bailadora de Maple Terrace "
    "celebró con mariachi, pastel de tres leches y toda su familia. #FamiliaMapleTerrace"
    "\n\nDoña Cuca llegó a Maple Terrace hace tres años y desde entonces no se ha perdido ni una clase de baile. 💃 Dice que el secreto para llegar a los 90 es «bailar aunque duelan las rodillas».",
    [("AGE", "90", "*"), ("NAME", "Cuca", "*")],
    note="nickname after the honorific doña, outside the span",
)

n(
    "es",
    "health_tip",
    "¿Sabía que una de cada cuatro personas mayores de 65 años sufre una caída cada año? 🏠\n\n"
    "Consejos de nuestro equipo de rehabilitación:\n"
    "• Quite las alfombras sueltas\n"
    "• Ponga luces de noche en el pasillo y el baño\n"
    "• Use zapatos cerrados dentro de casa\n"
    "• Pregunte a su médico por sus medicamentos\n\n"
    "Evaluaciones de equilibrio gratis: (603) 555-0122.",
    "population statistic and tips; hospital rehab number",
)

p(
    "en",
    "pasted_record",
    "DRAFT - check w/ family before posting!!\n"
    "pt: MEDEIROS, JOAO P   DOB 04/11/1958   MRN 0031-7742   rm 214\n"
    "wife Fatima cell 603-555-2281 says ok to use first name only\n"
    "---\n"
    "João walked 200 feet today with his quad cane! 🎉 Six weeks ago he couldn't sit up on "
    "his own. Parabéns, João! #RehabWins",
    [
        ("NAME", "MEDEIROS, JOAO P"),
        ("DATE", "04/11/1958"),
        ("MRN", "0031-7742"),
        ("OTHER_ID", "rm 214"),
        ("NAME", "Fatima"),
        ("PHONE", "603-555-2281"),
        ("NAME", "João", "*"),
    ],
    note="Portuguese-surnamed patient; pasted chart line above the draft",
)

n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. 💙 Our outpatient rehab team in Carrow offers "
    "LSVT BIG and LSVT LOUD, two programs built to help people with Parkinson's move and "
    "speak with more confidence. Ask your provider for a referral or call (603) 555-0122."
    "\n\nThe programs run four days a week for four weeks, and yes, there is homework. 💪 Our therapists are certified in both, and we offer evening sessions for people who are still working. Care partners are always welcome to come along.",
    "eponymous condition; hospital number",
)

p(
    "en",
    "discharge",
    "hunter went HOME today!!! 🚜 one rollover, three surgeries, 26 days on 3 East. see you "
    "at the fair in august, bud. #RehabWins",
    [("NAME", "hunter")],
    note="lower-case name that is an ordinary word; the month refers to a future fair",
)

n(
    "en",
    "recruitment",
    "We're hiring LNAs at Maple Terrace! 💼 $3,000 sign-on bonus, tuition help for the LPN "
    "bridge, and every other weekend off. Call Brenda in HR at (603) 555-0169 or apply at "
    "granitehollowhealth.org/careers",
    "recruitment; Brenda is HR staff; hospital phone and domain",
)

p(
    "en",
    "thank_you",
    "A note from the Furtado family, shared with their permission:\n\n"
    '"To every nurse and aide on 2 West who cared for our Vovó in her last days — thank '
    "you. You brushed her hair, played her fado records, and let all fourteen "
    "grandchildren squeeze into room 208 to sing to her one last time. Maria da Conceição "
    "Furtado was the heart of our family, and you treated her like she was the heart of "
    'yours. Obrigado." 💐',
    [
        ("NAME", "Furtado", 1),
        ("OTHER_ID", "room 208"),
        ("NAME", "Maria da Conceição Furtado"),
    ],
    note="Portuguese family; Vovó is a kinship word, not a name",
)

n(
    "en",
    "sponsor",
    "A huge thank-you to the Lachance Family Foundation, whose $250,000 gift built the new "
    "Lachance Therapy Garden at Maple Terrace. 🌷 Raised beds at wheelchair height, a "
    "walking loop with handrails, and benches every 40 feet. Ribbon cutting: May 16 at 2 pm."
    "\n\nThe garden was designed with our residents, who asked for three things: shade, birdsong and a place to grow tomatoes. They got all three. 🍅 The public is welcome to stroll the loop any afternoon.",
    "donor family and the garden named for them; event date",
)

p(
    "en",
    "patient_story",
    "Officer Kyle Brann is back on patrol! 👮 After his cruiser was hit on Route 116 in "
    "February, Kyle spent five weeks with our rehab team relearning how to walk on a "
    "rebuilt pelvis. Today he clocked in at the Wescott Falls PD. Stay safe out there, "
    "Kyle."
    '\n\nKyle asked us to thank the night nurses who "talked me off the ceiling" during his first week, and the PTs who made him practice getting in and out of a cruiser seat about 400 times. 🚓 Worth every rep.',
    [
        ("NAME", "Kyle Brann"),
        ("GEO", "Route 116"),
        ("GEO", "Wescott Falls"),
        ("DATE", "February"),
        ("NAME", "Kyle", "*"),
    ],
    note="patient introduced by his job; road of the crash; his department's town; a month alone tied to the injury",
)

n(
    "en",
    "staff_spotlight",
    "After 32 years at Granite Hollow, Pat Gagnon is hanging up her stethoscope. 🩺\n\n"
    "Pat started as an LNA on the old 2 North, went to nursing school at night while "
    "raising three boys, and has been our rehab nurse manager since 2009. Her husband Ron "
    "says he's already built her a potting shed. Her grandkids say she promised them a "
    "trip to Santa's Village.\n\n"
    "Retirement party: Friday, June 6, 3-5 pm, main cafeteria. Come hug Pat! 💙",
    "retiring staff member and her own family; event date",
)

p(
    "en",
    "milestone_birthday",
    "Three cheers for Sgt. Walt Kimball (Ret.), who turns 98 on the 4th of July — born on "
    "Independence Day, naturally. 🇺🇸 Korea vet, retired mail carrier, and Maple Terrace's "
    "unofficial mayor."
    '\n\nHe served with the 7th Infantry Division, came home to deliver mail in the same three towns for 38 years, and still salutes the flag every morning at 7 sharp. 🎖️ Party in the Commons at 2 — bring your loudest "Happy Birthday."',
    [
        ("NAME", "Walt Kimball"),
        ("AGE", "98"),
        ("DATE", "4th of July"),
        ("DATE", "Independence Day"),
    ],
    note="birthday named twice (date and holiday); rank outside the name",
)

n(
    "en",
    "event",
    "Veterans Day at Maple Terrace 🇺🇸 Monday, Nov. 11, 11 am at the flag garden. The "
    "Wescott Falls VFW Post 4417 color guard will lead the ceremony, and the Carrow "
    "Elementary chorus will sing. Coffee and donuts after in the Commons. All are welcome."
    "\n\nIf you are a veteran or the family of one, please join us: every veteran in attendance will be invited to stand and name their branch of service. 🎖️ In case of rain, we'll move inside to the Commons.",
    "event date and venue; no person named",
)

p(
    "en",
    "memorial",
    "Fly high, Sunny. ☀️ Our Brookside group lost a bright light this week. Sunny "
    "Okafor-Reyes, thank you for every poem you read to us on Thursday nights. Your family "
    "asked us to share: calling hours at Lambert Funeral Home, Saturday 2-4."
    "\n\nIf this loss is bringing up hard feelings for you, our Brookside clinicians are here. Walk-in hours are weekdays 8-4, or call (603) 555-0136 any time. 💛",
    [("NAME", "Sunny", 1), ("NAME", "Sunny Okafor-Reyes")],
    note="a behavioral-health client's memorial; the name is a common word",
)

n(
    "en",
    "anonymous_story",
    "He came to Brookside after his wife of 51 years died. A retired dairy farmer in his "
    "70s, he told his counselor he'd never talked about feelings in his life and didn't "
    "plan to start.\n\n"
    "Eight months later he runs the coffee pot at our Tuesday grief group and drives two "
    "other widowers to it.\n\n"
    "Grief can look like anger, silence, or 'I'm fine.' If someone you love is carrying "
    "it alone, Brookside can help: (603) 555-0136.",
    "anonymous, de-identified client; an age band under 90",
)

p(
    "en",
    "patient_story",
    "Meet Rocky. 💪 Rocky is 81, spent forty years logging the North Country, and came to "
    "3 East after a fall that broke his hip in two places. It was a rocky start — he "
    "fired two of our PTs on day one — but this week Rocky stacked a cord of (pretend) "
    "firewood in our therapy gym. He says it was 'a light workout.'",
    [("NAME", "Rocky", "*")],
    note="name that is also a common adjective (lower-case 'rocky' is not the name); age under 90",
)

n(
    "en",
    "staff_spotlight",
    "Say hi to Biscuit! 🐶 Our newest therapy dog visits Maple Terrace every Tuesday with "
    "his handler, volunteer Gail Ouellette. Biscuit's favorite things: belly rubs, the "
    "memory-care courtyard, and anyone holding a cheese stick."
    "\n\nBiscuit is a seven-year-old beagle mix adopted from the Carrow animal shelter, and he passed his therapy-dog test on the first try. 🐾 Want to volunteer with your own dog? Call (603) 555-0158 to learn how.",
    "therapy dog and volunteer",
)

p(
    "es",
    "patient_story",
    "Don Efraín Quiñones llegó a nuestra unidad de rehabilitación el 3 de enero sin poder "
    "levantarse de la cama. Hoy, a sus 91 años, subió las escaleras del gimnasio "
    "sosteniéndose solo del pasamanos. 👏 ¡Qué orgullo, don Efraín!"
    "\n\nSu fisioterapeuta dice que nunca faltó a una sesión, ni siquiera el día de la tormenta. Ahora su meta es bailar en la boda de su nieta. 🙏 ¡Vamos, don Efraín!",
    [
        ("NAME", "Efraín Quiñones"),
        ("DATE", "3 de enero"),
        ("AGE", "91"),
        ("NAME", "Efraín", "*"),
    ],
    note="honorific don outside the name; admission date",
)

n(
    "es",
    "anonymous_story",
    "«Pedir ayuda no fue debilidad. Fue lo más valiente que he hecho.»\n\n"
    "Una madre de nuestra comunidad nos escribió estas palabras después de terminar su "
    "tratamiento en Brookside. Si usted o alguien que quiere está pasando por un momento "
    "difícil, llame o envíe un mensaje al 988. Hablamos español. 💚",
    "anonymous quotation; national line",
)

p(
    "en",
    "pasted_record",
    '[internal — do not post as-is] Resident of the Month nominee: Harold "Hal" '
    "Desrosiers, Apt 3C, DOB 12/7/1931, Medicare # 1EG4-TE5-MK73. Daughter Lise (cell "
    "802-555-0447) ok'd the post.\n\n"
    "Draft: Our December Resident of the Month flew B-52s, taught shop class for 30 years, "
    "and still fixes every walker wheel on the second floor. Congratulations, Hal! 🏅",
    [
        ("NAME", 'Harold "Hal" Desrosiers'),
        ("OTHER_ID", "Apt 3C"),
        ("DATE", "12/7/1931"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("NAME", "Lise"),
        ("PHONE", "802-555-0447"),
        ("NAME", "Hal", "*"),
    ],
    note="pasted details: full DOB, Medicare number, apartment, daughter's cell",
)

n(
    "en",
    "statistic",
    "2024 by the numbers at Granite Hollow Health 📊\n"
    "🍼 412 babies born\n"
    "🚑 38,900 ED visits\n"
    "💪 1,150 rehab discharges\n"
    "🧠 9,800 Brookside visits, 31% by telehealth\n"
    "🎂 22 Maple Terrace residents age 95 or older (!)\n"
    "Thank you for trusting us with your care.",
    "aggregate statistics; a population age group is not an individual's age",
)

p(
    "en",
    "discharge",
    "@ritabenoit_nh we're so glad your dad is settling in back home, Rita! Tell Armand the "
    "whole 3 East crew says hi and to keep doing those ankle pumps 💙",
    [("OTHER_ID", "@ritabenoit_nh"), ("NAME", "Rita"), ("NAME", "Armand")],
    note="comment reply; the daughter's handle and name identify the patient's family",
)

n(
    "en",
    "crisis_update",
    "ICE STORM UPDATE 🧊 All Brookside Behavioral Health appointments are moving to "
    "telehealth today; your clinician will call you. Maple Terrace residents are safe and "
    "warm, generators running. Questions: (603) 555-0136 or (603) 555-0111."
    "\n\nPlease stay off the roads if you can. If you need a prescription refill or are in crisis, call us — we are open. The ED is open 24/7 as always, and our crews have sanded every walkway. ⚠️",
    "operational update; hospital numbers",
)

p(
    "en",
    "memorial",
    "Some people you never forget. 💙\n\n"
    "Bea Lemieux joined our volunteer corps in 2009 and never left. She pushed the book "
    "cart, rocked NICU babies, and knew the cafeteria soup schedule better than the cooks. "
    "In March, Bea came to us as a patient, and our nurses got to take care of her for a "
    "change. She passed away on the 14th, surrounded by her family and more than a few of "
    "us.\n\n"
    "The volunteer lounge will be named Bea's Place. We'll miss you, friend.",
    [("NAME", "Bea Lemieux"), ("DATE", "March"), ("DATE", "14th"), ("NAME", "Bea", "*")],
    note="volunteer who became a patient; month alone and a bare day of month are DATE",
)

n(
    "en",
    "research",
    "Granite Hollow is one of 12 rural sites in a new Dartmouth-led study of home-based "
    "cardiac rehab. 🫀 Adults 50+ who have had a heart attack or stent in the past 3 months "
    "may be eligible. Call our research office: (603) 555-0100, ext 4."
    "\n\nWhy it matters: fewer than 1 in 4 eligible people in rural New England finish cardiac rehab, mostly because of the drive. This study will test whether a coach, a blood-pressure cuff and a tablet at home can close that gap. 🫀",
    "research recruitment; hospital number",
)

p(
    "en",
    "patient_story",
    "Big day for Faith: her first steps on the parallel bars since her stroke 🙌 She told "
    "her PT, 'I've got more faith than fear.' #RehabWins",
    [("NAME", "Faith")],
    note="name that is a common noun; the lower-case 'faith' is not the name",
)

n(
    "en",
    "staff_spotlight",
    "Meet Deb Cyr, night unit clerk on 2 West for 27 years. ☕\n\n"
    "Deb has answered an estimated 300,000 call lights, knows every regular's coffee order, "
    "and keeps a drawer of reading glasses for anyone who forgot theirs. Her secret? "
    '"Treat every room like your grandmother is in it."\n\n'
    "Thank you, Deb. The night shift runs on you.",
    "staff spotlight; 'your grandmother' is generic",
)

p(
    "es",
    "memorial",
    "Con profundo cariño despedimos a la señora Alba Rosa Figueroa, residente de Maple "
    "Terrace, quien falleció el 22 de febrero. 🕊️\n\n"
    "Su hija Marilú nos pidió compartir que su mamá fue muy feliz aquí, cantando boleros "
    "en la sala común cada viernes. Gracias a todo el personal que la cuidó con tanto "
    "amor.",
    [("NAME", "Alba Rosa Figueroa"), ("DATE", "22 de febrero"), ("NAME", "Marilú")],
    note="resident memorial; daughter named; date of death without the article",
)

n(
    "es",
    "event",
    "Feria de salud gratuita 🩺 Sábado 12 de octubre, de 9 a 1, en el estacionamiento del "
    "hospital, 400 Lyman Road. Vacunas contra la gripe, presión arterial y glucosa. "
    "¡Traiga a toda la familia!"
    "\n\nHabrá intérpretes de español y portugués, actividades para niños y café gratis. No necesita seguro médico ni cita. 🩺 Preguntas: (603) 555-0100.",
    "event date and the hospital's own address",
)

p(
    "en",
    "milestone_birthday",
    "70 years! 💍 Maple Terrace residents Gene and Lorraine Bouchard were married on June 19, "
    "1954, at St. Anne's Church in Berlin. Gene still brings Lorraine coffee in bed every "
    "morning — two sugars, no cream. Happy anniversary from all of us! 🥂"
    '\n\nTheir secret, according to Lorraine: "Separate blankets and the same bedtime." Their secret, according to Gene: "Say yes, dear." 😂 They have five children, 13 grandchildren and four great-grandchildren, most of whom showed up with cake.',
    [
        ("NAME", "Gene", "*"),
        ("NAME", "Lorraine Bouchard"),
        ("DATE", "June 19, 1954"),
        ("GEO", "Berlin"),
        ("NAME", "Lorraine", "*"),
    ],
    note="wedding anniversary: both spouses, wedding date with year, town of the wedding",
)

n(
    "en",
    "hospital_contact",
    "Need to reach a Maple Terrace resident? 📞 Front desk: (603) 555-0111, 8a-8p. After "
    "hours: 603.555.0100. Email frontdesk@mapleterraceliving.org. Mail: 12 Maple Terrace "
    "Drive, Wescott Falls, NH 03589."
    "\n\nResidents can also receive mail, packages and flowers at the front desk, and our staff will deliver them the same day. 📬 Please label everything with the resident's name and apartment.",
    "the community's own phones, email and address",
)

p(
    "en",
    "patient_story",
    "You know Gus. Everyone knows Gus. ☕ He's handed out coffee at our main entrance every "
    "Tuesday since 2011.\n\n"
    "Last month Gus found himself on the other side of the counter: a quadruple bypass, "
    "four days in our ICU, and a lot of very nosy visitors in volunteer vests.\n\n"
    "He's home now, walking a mile a day, and he says he'll be back at the coffee cart "
    "by Labor Day. We'll save your apron, Gus. #GusStrong",
    [("NAME", "Gus", "*"), ("NAME", "#GusStrong")],
    note="volunteer who became a patient; name hashtag; Labor Day is a future hope, not his event",
)

n(
    "en",
    "eponymous_condition",
    "Alzheimer's caregiver support group 💜 Second Thursday of every month, 6:30 pm, Maple "
    "Terrace chapel. Led by social worker Anne-Marie Roy, LICSW. No registration needed. "
    "Respite care available during the meeting: call (603) 555-0111."
    "\n\nCaring for someone with dementia can be the loneliest job in the world. This group is a place to vent, laugh, cry and trade tips with people who get it. 💜 Coffee and homemade cookies from the Maple Terrace kitchen.",
    "eponymous condition; staff facilitator; hospital number",
)

p(
    "en",
    "pasted_record",
    "pls post the thank-you for the Amaral family today — Tomas's mom emailed from "
    "amaral.cristina@gmail.com and says we can use the pic of Tomas with the PT team from "
    "8/3. she wants it tagged #TomasTough",
    [
        ("NAME", "Amaral"),
        ("NAME", "Tomas", "*"),
        ("EMAIL", "amaral.cristina@gmail.com"),
        ("PHOTO", "pic"),
        ("DATE", "8/3"),
        ("NAME", "#TomasTough"),
    ],
    note="internal note: family email, photo of the patient, therapy date, name hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "Every face in this photo belongs to a Granite Hollow nurse. 💙 From the ED to Maple "
    "Terrace to Brookside, you are the reason this valley gets to stay close to home for "
    "care. Happy Nurses Week! #GraniteHollowStrong #NursesWeek",
    "photo of staff, not of a patient; campaign hashtags",
)

p(
    "en",
    "discharge",
    "After 112 days — the longest stay our rehab unit has ever had — Tiny is going home "
    "to his farm in North Alder. 🐄\n\n"
    'For the record, "Tiny" is six-foot-five and 290 pounds, and he\'ll be the first to '
    "tell you the nickname is a joke. What's not a joke: the work he put in. Two hours of "
    "therapy a day, every day, including the day of the blizzard when half our staff slept "
    "here.\n\n"
    "Go home, Tiny. Your cows missed you.",
    [("NAME", "Tiny", "*"), ("GEO", "North Alder")],
    note="name at the start of a clause is an adjective-like nickname; home town",
)

n(
    "en",
    "anonymous_story",
    "Last night a man walked into our ED and said, \"I don't want to die, but I don't know "
    'how to keep living."\n\n'
    "Our crisis clinician sat with him for three hours. This morning he walked across the "
    "parking lot to Brookside for his first appointment.\n\n"
    "Saying it out loud is the hardest part. You can say it to us. 988 | (603) 555-0136",
    "anonymous ED visitor; relative time only",
)

p(
    "es",
    "thank_you",
    "¡Gracias a la familia Pires por las 200 mantas tejidas a mano para Maple Terrace! 🧶 "
    "Las tejieron en memoria de su mamá, Graça, quien pasó sus últimos meses con nosotros "
    "en rehabilitación y siempre tenía frío."
    "\n\nLas mantas ya están en las camas del tercer piso, y nuestros pacientes dicen que son las más calientitas del hospital. 🧶 ¡Obrigado y gracias de todo corazón, familia!",
    [("NAME", "Pires"), ("NAME", "Graça")],
    note="donors who are relatives of a patient are labelled",
)

n(
    "en",
    "sponsor",
    "The Morin Wing turns 50! 🎉 Named for Dr. Albert Morin, Wescott Falls' country doctor "
    "for 44 years, who delivered — by his own count — 3,112 babies. His granddaughter Claire "
    "Morin will cut the cake on Thursday at noon in the Morin Wing lobby."
    "\n\nThe wing opened in 1975 with 30 beds and an X-ray machine the size of a pickup truck. Today it houses our ED, our imaging center and the 3 East rehab unit. 🏥 Come see the photo wall of 50 years of Granite Hollow staff!",
    "building named for a historical doctor; his granddaughter is a guest",
)

p(
    "en",
    "patient_story",
    'Selectman Bob Tardif says thanks: "Your ED team caught my heart attack before I knew '
    "I was having one.\" ❤️ Bob's back at Town Hall this week. Know the signs: "
    "granitehollowhealth.org/heart"
    "\n\nBob's symptoms weren't the movie kind. He felt tired, a little sick to his stomach, and \"off.\" His wife made him come in. 🫀 If something feels wrong, don't wait — call 911.",
    [("NAME", "Bob Tardif"), ("NAME", "Bob", "*")],
    note="local official who is the patient",
)

n(
    "en",
    "public_figure",
    "Carrow Selectboard chair Linda Sevigny toured our new behavioral health crisis beds "
    "this week and heard from our staff about what rural families need. Thank you for "
    "showing up, Linda. 🤝"
    "\n\nThe new crisis beds mean that a person in a mental health emergency in our valley no longer has to wait days in an ED hallway for a bed two hours away. That's a big deal for rural families. 💚",
    "local official as a guest",
)

p(
    "en",
    "milestone_birthday",
    "happy 93rd to miss june at maple terrace!! 🃏 she beat the whole table at cribbage "
    "again. nobody is surprised.",
    [("AGE", "93rd"), ("NAME", "june")],
    note="lower-case name that is also a month; honorific 'miss' outside",
)

n(
    "en",
    "health_tip",
    "Heat + older adults = risk. 🌡️ Check on neighbors over 75, keep water within reach, "
    "and know the signs of heat stroke: confusion, hot dry skin, fast pulse. Questions? "
    "Our 24-hour nurse line: (603) 555-0100."
    "\n\nFans alone aren't enough when it's over 90°F indoors. The town library and the Maple Terrace Commons are open as cooling centers this week from 10 am to 8 pm. 🌡️",
    "population ages and a hospital number",
)

p(
    "en",
    "birth_announcement",
    "Welcome to the world, River! 🌊 Born 3/14 at 3:14 am — a Pi Day baby, of course — to "
    "the Costa family of Dunmore. 7 lb 2 oz of pure irrational joy. 🥧"
    "\n\nMom and baby are doing great. Dad has already bought a onesie with the first 40 digits of pi on it. 🥧 Congratulations from everyone in our birthing center!",
    [
        ("NAME", "River"),
        ("DATE", "3/14"),
        ("DATE", "Pi Day"),
        ("NAME", "Costa"),
        ("GEO", "Dunmore"),
    ],
    note="birth date named twice (3/14 and Pi Day); family surname; home town",
)

n(
    "en",
    "event",
    "Join us Sunday, March 9, for the Maple Terrace Spring Fling Tea! 🌸 Live harp, scones "
    "and a hat contest. Residents' families welcome. RSVP to Celeste at (603) 555-0111, "
    "ext. 211."
    "\n\nThis is our 25th Spring Fling, and the hat contest has gotten very competitive. 👒 Last year's winner wore a working bird feeder. Dress code: whatever makes you smile.",
    "event date; staff contact at the community's number",
)

n(
    "es",
    "recruitment",
    "¿Habla español y portugués? 🗣️ Buscamos intérpretes médicos para el hospital y "
    "Brookside. Tiempo completo, beneficios y capacitación pagada. Llame a Recursos "
    "Humanos al (603) 555-0169.",
    "recruitment; hospital number",
)

p(
    "en",
    "pasted_record",
    "ED handoff (REMOVE before posting!!) Pt MONIZ, Antonio  MRN 00-771-3305  bed 6  "
    "acct# 4418-09  ins Harvard Pilgrim ID HPH88120457  son Paul 603-555-9012\n\n"
    "Post: Shout-out to our ED team for a great save this weekend. ❤️",
    [
        ("NAME", "MONIZ, Antonio"),
        ("MRN", "00-771-3305"),
        ("OTHER_ID", "bed 6"),
        ("ACCOUNT", "4418-09"),
        ("HEALTH_PLAN", "HPH88120457"),
        ("NAME", "Paul"),
        ("PHONE", "603-555-9012"),
    ],
    note="a generic post with a pasted handoff line above it",
)

n(
    "en",
    "staff_spotlight",
    "Our environmental services team cleaned 61,000 rooms last year. 🧹 Today we celebrate "
    "them — and especially Manny Soares, who has never once missed a shift in 19 years, "
    "including the day his daughter Ana graduated from UNH. (He came in after the ceremony. We "
    "sent him home.)",
    "staff member and his own daughter, not a patient",
)

# ---------------------------------------------------------------------------
# batch 2
# ---------------------------------------------------------------------------

p(
    "en",
    "patient_story",
    "Will is walking! 🦿 Three months after losing his left leg below the knee, Will took 40 "
    "steps on his new prosthesis today. Will you help us cheer him on? Drop a 💪 below.",
    [("NAME", "Will", 1), ("NAME", "Will", 2)],
    note="name that is also a verb; the third 'Will' (a question) is not the name",
    ok=("Will",),
)

n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 — rock your mismatched socks! 🧦 Our pediatric "
    "therapy team in Carrow works with kids with Down syndrome from birth through high "
    "school. Referrals: (603) 555-0122."
    "\n\nOur therapists work on everything from first steps to handwriting to riding a bike, and they're pretty good at sock fashion too. 🧦 Post a picture of your mismatched socks and tag us!",
    "eponymous condition; awareness day date; hospital number",
)

p(
    "en",
    "milestone_birthday",
    "Senhora Rosa Cabral turned 101 on Saturday, and she'd like you to know she still "
    "makes her own kale soup. 🥣 Born in Fall River to a fishing family from the Azores, "
    "Rosa has lived at Maple Terrace since she was 94. Parabéns, Rosa!"
    '\n\nHer secret to a long life? "Work hard, eat soup, and never let a man tell you how to season it." 🥣 One of her great-great-grandsons flew in from Portugal for the party.',
    [
        ("NAME", "Rosa Cabral"),
        ("AGE", "101"),
        ("GEO", "Fall River"),
        ("NAME", "Rosa", "*"),
        ("AGE", "94"),
    ],
    note="Portuguese honorific outside the name; birthplace city; an earlier age over 89 is AGE too",
)

n(
    "en",
    "staff_spotlight",
    "Meet Hope Tremblay, Brookside's new peer recovery specialist. 💚 Hope has been in "
    "recovery for 12 years, and she uses every one of them to sit beside people on their "
    'hardest days. "I\'m living proof," she says. "Recovery happens here." Welcome, '
    "Hope!"
    "\n\nPeer recovery specialists are people with lived experience of addiction or mental illness who are trained to support others. Hope will be at Brookside Monday through Thursday and runs our new Wednesday evening recovery group.",
    "staff member whose name is a common word; her own history is not a patient record",
)

p(
    "en",
    "pasted_record",
    "copied from intake for the Resident of the Month write-up (DELETE THIS PART):\n"
    "Name: Lapointe, Gerald R.   SSN 031-44-8827   DOB 9-30-40   Apt 1B\n"
    "Emergency contact: Denise Lapointe (dtr) 603 555 7719\n\n"
    "Gerald spent 38 years at the paper mill and can still name every machine on the "
    "floor. Come say hi at Friday's cribbage tournament!",
    [
        ("NAME", "Lapointe, Gerald R."),
        ("SSN", "031-44-8827"),
        ("DATE", "9-30-40"),
        ("OTHER_ID", "Apt 1B"),
        ("NAME", "Denise Lapointe"),
        ("PHONE", "603 555 7719"),
        ("NAME", "Gerald", "*"),
    ],
    note="pasted intake line with SSN, two-digit-year DOB and a daughter's phone",
)

n(
    "en",
    "health_tip",
    "Up here the sun sets at 4:10 in December. 🌒 If the dark months leave you flat, "
    "seasonal affective disorder may be why — and it's treatable. Light therapy, movement "
    "and talk therapy all help. Brookside: (603) 555-0136."
    "\n\nSimple things help: a 20-minute walk at midday, a light box in the morning, and plans with friends on the calendar even when you don't feel like it. 🌒 If it's more than the winter blues, please reach out.",
    "health tip; a month that is not tied to anyone",
)

p(
    "en",
    "thank_you",
    "Dear 3 East,\n\n"
    "When Papa came to you on Thanksgiving, he didn't know our names. Yesterday he beat "
    "us at Scrabble with the word QUIXOTIC and refused to explain how.\n\n"
    "Thank you to the nurses who let us bring him pie, to the speech therapist who "
    "taught him words again, and to the aide who played Sinatra every night at 9.\n\n"
    "With love and gratitude,\n"
    "Carla, Jess and Mike Vieira",
    [
        ("DATE", "Thanksgiving"),
        ("NAME", "Carla"),
        ("NAME", "Jess"),
        ("NAME", "Mike Vieira"),
    ],
    note="patient unnamed ('Papa'); the children who sign are relatives; admission on a holiday",
)

n(
    "en",
    "sponsor",
    "The Wescott Falls Rotary Club just delivered 40 weighted blankets to Brookside "
    "Behavioral Health. 💙 Thank you, Rotarians, for helping our clients feel a little "
    "calmer. #BrooksideCares"
    "\n\nWeighted blankets can help with anxiety and sleep, and our clients have been asking for them for a while. The Rotary heard about it at a lunch meeting and had them ordered by dinner. 💙 That's a small town for you.",
    "sponsor; campaign hashtag",
)

p(
    "en",
    "discharge",
    "Summer's going home! ☀️ After 19 days on 3 East, Summer Nadeau heads back to Sallow "
    "Hill just in time for, well, summer. #RehabWins",
    [("NAME", "Summer Nadeau"), ("NAME", "Summer", "*"), ("GEO", "Sallow Hill")],
    note="name that is also a season; the lower-case season is not the name",
)

n(
    "en",
    "crisis_update",
    "UPDATE 6:40 am: power is restored at Maple Terrace. ⚡ Thank you to the line crews and "
    "to Carrow Fire Chief Tom Bisson's team, who knocked on every apartment door overnight "
    "to check on residents. Everyone is safe."
    "\n\nA special thank-you to our maintenance team, who kept the generators fueled all night, and to the kitchen staff who served hot soup by flashlight. ⚡ Families: there's no need to come in, but you're always welcome.",
    "operational update; a fire chief as a helper, not a patient",
)

p(
    "es",
    "pasted_record",
    "BORRADOR — no publicar así\n"
    "Paciente: Rivera Colón, Luz M. / Fecha de nac.: 15/08/1962 / Expediente: 004-55-218 / "
    "Habitación 312\n"
    "Contacto: su esposo Ángel, tel. (603) 555-3380\n\n"
    "Texto: ¡Luz ya camina sin andador! 🎉 Tres semanas de terapia y mucha fe. ¡Felicidades!",
    [
        ("NAME", "Rivera Colón, Luz M."),
        ("DATE", "15/08/1962"),
        ("MRN", "004-55-218"),
        ("OTHER_ID", "Habitación 312"),
        ("NAME", "Ángel"),
        ("PHONE", "(603) 555-3380"),
        ("NAME", "Luz", "*"),
    ],
    note="Spanish draft with pasted chart details; 'Expediente' is the record number",
)

n(
    "es",
    "eponymous_condition",
    "Vivir con la enfermedad de Crohn puede ser agotador. 💜 Nuestro grupo de apoyo se reúne "
    "el primer lunes de cada mes a las 6 pm en la sala Lyman. Con la nutricionista Paula "
    "Reis. Información: (603) 555-0100."
    "\n\nHablaremos de alimentación, medicamentos, trabajo y cómo explicar la enfermedad a la familia. Puede venir solo o acompañado. 💜 El grupo es gratis y no necesita ser paciente de Granite Hollow.",
    "eponymous condition; staff facilitator; hospital number",
)

p(
    "en",
    "patient_story",
    "For 14 years, Teresa Mello has been the first voice you hear when you call Granite "
    "Hollow. ☎️\n\n"
    "In October, Teresa was the one calling 911 — from her own kitchen floor, in the middle "
    "of a stroke. She knew the signs because she'd transferred thousands of those calls.\n\n"
    "After six weeks with our rehab team, Teresa is back at the switchboard this week, "
    'headset on, same warm "Granite Hollow, how can I help you?" Welcome back, T. 💙',
    [
        ("NAME", "Teresa Mello"),
        ("DATE", "October"),
        ("NAME", "Teresa", "*"),
        ("NAME", "T"),
    ],
    note="employee who became a patient; month of the stroke; an initial as a nickname",
)

n(
    "en",
    "staff_spotlight",
    "When respiratory therapist Kevin Ayotte isn't at work, he's coaching the Carrow "
    "Cougars 12U hockey team. 🏒 This weekend his team — including his twin sons Owen and "
    "Eli — won the state title. Congratulations, Coach Kev!"
    '\n\nKevin has been a respiratory therapist here for 14 years, and he says coaching and RT have a lot in common: "Breathe, stay calm, and don\'t panic when things get loud." 🏆',
    "staff member and his own children",
)

p(
    "en",
    "milestone_birthday",
    "Happy birthday to our oldest resident! 🎂 105 candles (we switched to a sheet cake "
    "after 90). #Eleanor105 #MapleTerraceFamily",
    [("AGE", "105"), ("NAME", "#Eleanor105")],
    note="the name only appears inside a hashtag; '90' here is a candle count, not an age",
)

n(
    "en",
    "event",
    "Granite Hollow Community Hospital turns 90! 🎉 We opened on May 1, 1935, with 12 beds, "
    "two doctors and a wood stove. Join us for cake and a history walk on Thursday, "
    "May 1, at 1 pm in the main lobby."
    "\n\nOur first patient, according to the old ledger, was a logger with a broken leg who paid his bill in firewood. 🪵 Ninety years later we have a rehab unit, a senior-living community, a behavioral health clinic and 900 employees — and we still take care of loggers.",
    "the hospital's own age and founding date; event date",
)

p(
    "en",
    "memorial",
    "The Dunmore Fire Department and all of us at Granite Hollow mourn retired Chief Leo "
    "Gauthier, who died at home on December 23 under the care of our hospice team, his "
    "wife Pauline at his side. 🚒\n\n"
    "Chief Gauthier served Dunmore for 41 years. He pulled more people out of the "
    "Saco Brook than anyone can count, and he taught half the town CPR in our own "
    "classrooms.\n\n"
    'Pauline asked us to thank the hospice nurses "who made the last weeks gentle." '
    "Rest easy, Chief.",
    [
        ("NAME", "Leo Gauthier"),
        ("DATE", "December 23"),
        ("NAME", "Pauline", "*"),
        ("NAME", "Gauthier", "*"),
        ("GEO", "Dunmore", "*"),
    ],
    note="retired fire chief who was a hospice patient; wife named; 'Chief' alone is a title",
)

n(
    "en",
    "anonymous_story",
    'A Maple Terrace resident told us her secret to a long life: "Never skip dessert, '
    "and never go to bed angry.\" 🍰 We think she's onto something.",
    "anonymous resident; no age, name or date",
)

p(
    "en",
    "patient_story",
    "So proud of @journey.to.jackson 💙 Jackson's mom has posted his rehab progress every "
    "single day since the accident. Today: his first solo transfer into his wheelchair!",
    [("OTHER_ID", "@journey.to.jackson"), ("NAME", "Jackson")],
    note="family's social handle plus the child's first name",
)

n(
    "en",
    "hospital_contact",
    "Our new outpatient rehab clinic is OPEN at 88 Depot Street, Carrow! 🎉 PT, OT and "
    "speech, with evening hours Tue/Thu. Call (603) 555-0122 or follow @GHHRehab.",
    "the system's own clinic address, phone and handle",
)

p(
    "en",
    "pasted_record",
    "for the family newsletter — pls strip the chart stuff before it goes out: Mr. "
    "Arsenault (Apt 2F) got his new pacemaker 11/18, device serial PJN604512H, f/u with "
    "cardiology 12/2. He wants everyone to know he's 'ticking again.'",
    [
        ("NAME", "Arsenault"),
        ("OTHER_ID", "Apt 2F"),
        ("DATE", "11/18"),
        ("DEVICE", "PJN604512H"),
        ("DATE", "12/2"),
    ],
    note="device serial number and procedure / follow-up dates",
)

n(
    "en",
    "event",
    "Memory Café at Maple Terrace ☕ First Wednesday of every month, 10-11:30 am. A relaxed "
    "morning of music, coffee and conversation for people living with dementia and the "
    "people who love them. Free. Questions: (603) 555-0111."
    "\n\nThere's no program to sit through and nothing to remember. Just a room full of people who understand. ☕ Our music therapist brings her guitar, and the Maple Terrace bakers make something different every month.",
    "recurring event; hospital number",
)

p(
    "en",
    "patient_story",
    "Every day at 2 pm, the patient in room 306 gets the same visitor: his wife Marisol, "
    "who drives 40 minutes each way with a thermos of café con leche and the crossword. "
    "They've been doing the crossword together for 52 years. Our nurses time their rounds "
    "around it. 💕",
    [("OTHER_ID", "room 306"), ("NAME", "Marisol")],
    note="patient unnamed; room number and his wife's first name identify him",
)

n(
    "en",
    "recruitment",
    "Calling all retirees! 🙋 Maple Terrace needs volunteers to read aloud, run bingo and "
    "push the library cart. Two hours a week makes a real difference. Call Volunteer "
    "Services at (603) 555-0158."
    "\n\nYou don't need any medical experience, just patience and a good ear. 🙋 Our volunteers range from high-school students to great-grandparents, and many say it's the best two hours of their week. Training is free and schedules are flexible.",
    "volunteer recruitment",
)

p(
    "es",
    "milestone_birthday",
    "¡Don Chuy cumple 100 años! 🎂 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, "
    "en un rancho de Jalisco, y llegó a New Hampshire a los 70 para estar cerca de sus "
    "nietos. Hoy le cantamos Las Mañanitas en Maple Terrace. 🎶"
    "\n\nDon Chuy tiene 11 nietos, 23 bisnietos y una memoria increíble: todavía recita los poemas que aprendió en la escuela. 📜 ¡Que cumpla muchos más!",
    [
        ("NAME", "Chuy", "*"),
        ("AGE", "100"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
    ],
    note="birthday named twice; a Mexican state and a US state are not GEO",
)

n(
    "es",
    "statistic",
    "En 2024, Brookside atendió a más de 1.200 personas en español o portugués. 🗣️ La salud "
    "mental es para todos, en su idioma. Citas: (603) 555-0136.",
    "aggregate statistic; hospital number",
)

p(
    "en",
    "patient_story",
    "Carrow High cross-country is running this Sunday's Covered Bridge 5K to raise money "
    "for their coach's dad, who has been on our rehab unit since his stroke. Go Cougars! "
    "🏃 #MilesForMoe"
    "\n\nThe team has raised more than $3,000 so far, and every dollar goes to our rehab patient comfort fund. 💙 The race starts at 9 at the covered bridge; cheering is free.",
    [("NAME", "#MilesForMoe"), ("GEO", "Carrow")],
    note="the patient's name only appears inside a fundraiser hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "#HollowHeroes nominations are open! 🦸 Know a Granite Hollow employee who went above "
    "and beyond? Tell us at granitehollowhealth.org/heroes by Nov. 30.",
    "campaign hashtag; deadline date",
)

p(
    "en",
    "thank_you",
    "To the Oliveira family: thank you for the six dozen malasadas you dropped off for the "
    "night shift! 🍩 We hope Manuel is enjoying being home in Pike's Crossing."
    '\n\nManuel spent three weeks with us after his knee replacement and taught half the unit to say "obrigado." 🇵🇹 The malasadas lasted about eleven minutes.',
    [("NAME", "Oliveira"), ("NAME", "Manuel", "*"), ("GEO", "Pike's Crossing")],
    note="Portuguese-surnamed family; patient's first name and town",
)

n(
    "en",
    "research",
    "New from our rehab team: hip-fracture patients who got up and walked within 24 hours "
    "of surgery went home 1.8 days sooner on average (n=214, 2022-2024). Poster at the "
    "NH Hospital Association meeting this week! 📈"
    "\n\nWhy does early walking help? It keeps muscles working, lungs clear and spirits up. Our nurses and PTs now plan a first walk for every hip-fracture patient before they even leave the recovery room. 🚶",
    "aggregate research result",
)

p(
    "en",
    "memorial",
    "Celebrating a life: Florence 'Flo' Drouin, 102. 🌹 Flo was born in a farmhouse in "
    "East Tilden on Christmas Day, taught three generations of Tilden kids to read, and "
    "spent her last eight years at Maple Terrace teaching the rest of us to play canasta "
    "properly. She passed peacefully on the 9th. We will miss you, Flo.",
    [
        ("NAME", "Florence 'Flo' Drouin"),
        ("AGE", "102"),
        ("GEO", "East Tilden"),
        ("DATE", "Christmas Day"),
        ("DATE", "9th"),
        ("GEO", "Tilden", 2),
        ("NAME", "Flo", "*"),
    ],
    note="birthplace and birthday holiday; the short town name 'Tilden' later is GEO too",
)

n(
    "en",
    "eponymous_condition",
    "January is Thyroid Awareness Month. 🦋 Graves' disease and Hashimoto's thyroiditis "
    "can cause fatigue, weight changes and anxiety. Ask your primary care provider about a "
    "simple blood test."
    '\n\nThyroid problems are especially common in women over 60 and are often mistaken for "just getting older." 🦋 If something feels off, trust yourself and get checked.',
    "eponymous conditions",
)

p(
    "en",
    "patient_story",
    "Mr. C. has lived in our memory-care neighborhood for three years. He doesn't always "
    "remember our names, but every morning at 7 he salutes the flag in the courtyard, and "
    "every morning one of our aides salutes back. 🇺🇸"
    "\n\nHe served in the Navy, and on the days when words are hard, the salute still comes easily. Dementia takes a lot, but it doesn't take everything. 💙",
    [("NAME", "C")],
    note="an initial after an honorific is the patient's name",
)

n(
    "en",
    "public_figure",
    "State Rep. Carol Dufresne stopped by Maple Terrace to hear residents' concerns about "
    "rural transportation and the cost of prescriptions. Thank you for listening, Rep. "
    "Dufresne! 🏛️"
    "\n\nResidents told her about 40-mile trips to the nearest specialist and about choosing between heating oil and medications. She promised to bring those stories to Concord. We'll be following up. 📝",
    "public official as a guest; residents unnamed",
)

p(
    "en",
    "milestone_birthday",
    "Resident of the Month: Wilfred 'Bud' Pinette! 🏅\n\n"
    "Bud just turned 99. He landed at Normandy with the 29th Infantry, came home to run his "
    "father's hardware store for 50 years, and still fixes the Maple Terrace birdhouses "
    "with his own tools.\n\n"
    "Ask Bud for a story. You'll get three. 🇺🇸",
    [("NAME", "Wilfred 'Bud' Pinette"), ("AGE", "99"), ("NAME", "Bud", "*")],
    note="veteran resident; 29th is a unit number, not a date",
)

n(
    "en",
    "crisis_update",
    "Flu update: to protect our residents, Maple Terrace memory care is limiting visits to "
    "two visitors at a time, masks required, starting today. Thank you for helping keep "
    "everyone healthy. Questions: (603) 555-0111."
    "\n\nWe know how hard it is to visit less often. Our activities team is setting up video calls every afternoon — call the front desk to book a time. 📱 And please, if you feel even a little sick, stay home and send a card instead.",
    "visitor policy; no individual",
)

p(
    "en",
    "pasted_record",
    "Security log pasted in by mistake — visitor for rm 118 (pt Kowalczyk): son Dennis "
    "Kowalczyk, NH DL 21KWZ04417, gray Silverado plate 4471 LKR, parked in the fire lane "
    "twice. Anyway: reminder that the fire lane is NOT visitor parking! 🚒",
    [
        ("OTHER_ID", "rm 118"),
        ("NAME", "Kowalczyk", 1),
        ("NAME", "Dennis Kowalczyk"),
        ("LICENSE", "21KWZ04417"),
        ("VEHICLE", "4471 LKR"),
    ],
    note="a patient's son's licence and plate pasted into a parking reminder",
)

n(
    "en",
    "staff_spotlight",
    "Our Maple Terrace activities director, Summer Bilodeau, got engaged this week — at the "
    "Spring Fling, in front of 60 cheering residents. 💍 Her fiancé Matt says the residents "
    "helped plan it. Congratulations, Summer!"
    "\n\nApparently the residents kept the secret for three weeks, which our nurses say is a Maple Terrace record. 🤫 The wedding is next fall, and yes, they're all invited.",
    "staff member named Summer and her fiancé; residents unnamed",
)

p(
    "en",
    "discharge",
    "Twenty-two days, three surgeries and one very stubborn 16-year-old: Journey Lavoie "
    "heads home to Carrow today! 🥎 Her softball team lined the hallway to cheer her out."
    "\n\nShe came to us after a four-wheeler crash with a broken pelvis and a lot of questions about whether she'd ever play again. Her surgeon says next spring is realistic. 🥎 Her coach says the team is saving her spot at shortstop.",
    [("NAME", "Journey Lavoie"), ("GEO", "Carrow")],
    note="name that is a common noun; the patient's home town (also a clinic town)",
)

p(
    "es",
    "discharge",
    "¡Se va a casa! 🏡 Después de cinco semanas en rehabilitación, Rocío vuelve con su "
    "familia en Dunmore. Su nieto Mateo le hizo un letrero gigante que dice «BIENVENIDA "
    "ABUELITA». 💕"
    "\n\nGracias a nuestras terapeutas, que trabajaron con ella cada día para que pudiera volver a subir las escaleras de su casa. 🏡 ¡La vamos a extrañar, doña Rocío!",
    [("NAME", "Rocío", "*"), ("GEO", "Dunmore"), ("NAME", "Mateo")],
    note="patient's first name, town and grandson",
)

n(
    "es",
    "event",
    "Clase de cocina saludable para personas con diabetes 🥗 Martes 4 de marzo, 5:30 pm, "
    "cafetería del hospital. Gratis. Inscríbase al (603) 555-0100."
    "\n\nNuestra nutricionista preparará recetas tradicionales con menos azúcar y sal, y todos se llevan a casa un recetario en español. 🥗 ¡Traiga a un familiar!",
    "event date; hospital number",
)

p(
    "en",
    "patient_story",
    "Town Moderator Phil Cote ran Tuesday's town meeting from a wheelchair, two weeks after "
    "hip surgery here. He says our PTs told him to keep it short. It ran four hours. 😄 "
    "Get well, Phil!"
    '\n\nPhil has moderated town meeting for 22 years and says he wasn\'t about to miss this one over "a little titanium." Our outpatient PT team will keep him moving. 🗳️',
    [("NAME", "Phil Cote"), ("NAME", "Phil", "*")],
    note="local official who is the patient; weekday not labelled",
)

n(
    "en",
    "statistic",
    "Falls are the #1 reason people 65+ end up in our ED. In 2024: 611 fall-related ED "
    "visits, 142 hip fractures, and 1 in 3 patients over 80 went to rehab afterward. "
    "Free balance screenings: (603) 555-0122."
    "\n\nThe good news: many falls are preventable. Strength and balance exercises, a medication review, good lighting and an eye exam cut the risk dramatically. 💪 Our Tai Chi for Balance class starts again in April.",
    "aggregate statistics; population ages",
)

p(
    "en",
    "memorial",
    "Thank you for sharing this, Nancy. Your mom Dolores was one of a kind, and Room 12 "
    "won't be the same without her laugh. 💐",
    [("NAME", "Nancy"), ("NAME", "Dolores"), ("OTHER_ID", "Room 12")],
    note="comment reply to a daughter; the resident's first name and room",
)

n(
    "en",
    "anonymous_story",
    "She was 15 and hadn't left her bedroom in two months. 🌱\n\n"
    "Her first visit to Brookside, she kept her hood up the whole hour. Her fifth, she "
    "brought a drawing. Last week she told her therapist she'd signed up for the school "
    "play.\n\n"
    "Teen anxiety and depression are treatable. Parents, if you're worried, call us: "
    "(603) 555-0136.",
    "anonymous teen client; age under 90",
)

p(
    "en",
    "pasted_record",
    "From the web team: the family's fundraiser for Darlene Fortin is at "
    "gofundme.com/f/darlene-fortin-recovery — can we share it on our page? Darlene's "
    "husband Rick (rick.fortin58@yahoo.com) asked if we would.",
    [
        ("NAME", "Darlene Fortin"),
        ("URL", "gofundme.com/f/darlene-fortin-recovery"),
        ("NAME", "Darlene", "*"),
        ("NAME", "Rick"),
        ("EMAIL", "rick.fortin58@yahoo.com"),
    ],
    note="fundraiser URL with the patient's name; husband's email",
)

n(
    "en",
    "hospital_contact",
    "Media inquiries: Community Relations, (603) 555-0174 or news@granitehollowhealth.org. "
    "For patient condition updates, please have the patient's name ready.",
    "hospital media contacts",
)

p(
    "en",
    "patient_story",
    "Nine-year-old Lily Sousa ran a lemonade stand all summer to thank the rehab team that "
    "helped her dad walk again after his logging accident — and raised $1,216 for our "
    "patient comfort fund! 🍋💛"
    "\n\nThe fund buys things insurance doesn't cover: warm socks, phone chargers, puzzle books, and gas cards for families driving in from far away. Lily, you made a lot of people's days better. Thank you! 🍋",
    [("NAME", "Lily Sousa"), ("NAME", "Lily", "*")],
    note="the patient is unnamed; his daughter is a patient's relative and is labelled",
)

n(
    "en",
    "sponsor",
    "Thanks to the Raymond and Thérèse Boucher Fund, 30 Maple Terrace residents got new "
    "hearing aids this year. 👂 Applications for next year open in January: (603) 555-0145."
    '\n\nThe Bouchers started the fund in 2015 because, as Thérèse puts it, "nobody should miss their grandchildren\'s voices because of a price tag." 👂 Their family still reads every application.',
    "a named fund; residents unnamed",
)

p(
    "es",
    "patient_story",
    "Todas las mañanas, doña Marta le lleva café de olla a su esposo, nuestro paciente de "
    "la habitación 220. ☕ Dice que el café del hospital «no sabe a nada». No le vamos a "
    "discutir."
    "\n\nLlevan 47 años de casados y, según las enfermeras, todavía se toman de la mano mientras ven la novela de la tarde. ☕💕",
    [("NAME", "Marta"), ("OTHER_ID", "habitación 220")],
    note="patient unnamed; his wife's name and his room",
)

n(
    "es",
    "campaign_hashtag",
    "La salud mental también es salud. 💚 Si usted o alguien que quiere necesita hablar, "
    "Brookside tiene consejeros que hablan español. #BrooksideCares #SaludMental",
    "campaign hashtags",
)

# ---------------------------------------------------------------------------
# batch 3
# ---------------------------------------------------------------------------

p(
    "en",
    "milestone_birthday",
    "SHE DID IT!!! 🎉🎉 MARGUERITE HEBERT IS 100 YEARS YOUNG TODAY! Born 2/29, so "
    "technically this is only her 25th birthday party. 😂 #MapleTerraceFamily",
    [("NAME", "MARGUERITE HEBERT"), ("AGE", "100"), ("DATE", "2/29")],
    note="all-caps name; leap-day birth date; '25th' counts birthdays, not an age",
)

n(
    "en",
    "anonymous_story",
    "One of our residents served as a WAC in World War II. She asked us not to share her "
    "name, but she did want us to share her advice for young women going into nursing: "
    '"Wear good shoes and never let a doctor rush you." 👟🇺🇸'
    "\n\nShe served as a clerk at an Army hospital in England and came home to work 40 years as a nurse in this valley. 💙 Thank you for your service, ma'am — and for the advice.",
    "anonymous resident; no name, age or date",
)

p(
    "en",
    "pasted_record",
    "Records: pls fax the discharge summary for BERUBE, Norman to his daughter's office fax "
    "207-555-8813, attn Claire Berube. NOT to our own HIM fax (603) 555-0190!!",
    [
        ("NAME", "BERUBE, Norman"),
        ("FAX", "207-555-8813"),
        ("NAME", "Claire Berube"),
    ],
    note="family fax number is FAX; the hospital's own fax is not labelled",
)

n(
    "en",
    "hospital_contact",
    "Requesting medical records? Fax your signed request to (603) 555-0190 or use the "
    "patient portal at granitehollowhealth.org/portal. Questions: (603) 555-0100.",
    "hospital fax, phone and domain",
)

p(
    "en",
    "pasted_record",
    "IT ticket pasted into the wrong doc: patient portal user dfontaine44 locked out, last "
    "login from 73.149.22.108, pt Dorothy Fontaine DOB 3/3/1951, pls reset & call her "
    "at home.",
    [
        ("OTHER_ID", "dfontaine44"),
        ("IP", "73.149.22.108"),
        ("NAME", "Dorothy Fontaine"),
        ("DATE", "3/3/1951"),
    ],
    note="portal user name, IP address and DOB",
)

n(
    "en",
    "staff_spotlight",
    "Please welcome Dr. Anika Rao, our new geriatrician! 👩‍⚕️ She grew up in Pune, trained "
    'at Dartmouth, and chose Granite Hollow because "in a small place, you get to know '
    "people's whole lives.\" She'll see patients at Maple Terrace and the Lyman Road clinic.",
    "physician spotlight; her home city is not a patient's",
)

p(
    "en",
    "thank_you",
    "thank u for the kind words abt my gram 💕 the nurses on 2 west were amazng with her. "
    "she'd want everyone to know the jello was terrible tho 😂 - kayla (Irene Gosselin's "
    "granddaughter)",
    [("NAME", "kayla"), ("NAME", "Irene Gosselin")],
    note="comment-style reply in lower case with typos; granddaughter and patient named",
)

n(
    "en",
    "health_tip",
    "Untreated hearing loss is linked to a higher risk of dementia. 👂 If you're 60+ and "
    "keep asking people to repeat themselves, ask your provider for a hearing screen. "
    "It's quick and it's covered by most plans."
    "\n\nOur audiologist sees patients at the Lyman Road clinic on Tuesdays and at Maple Terrace once a month. 👂 Hearing well keeps you connected — to conversations, to music, and to the people you love.",
    "health tip; population age",
)

p(
    "en",
    "patient_story",
    "Pearl is back at her piano. 🎹 Three weeks after wrist surgery, she played "
    '"Moonlight Serenade" for the whole Maple Terrace dining room at lunch. Not a dry eye '
    "in the house."
    '\n\nShe broke her wrist in a fall last winter and told her surgeon that the only outcome she\'d accept was "playing Glenn Miller by spring." 🎶 Our hand therapists took that very seriously.',
    [("NAME", "Pearl")],
    note="a name that is also an ordinary noun, alone at the start",
)

n(
    "en",
    "event",
    "Sat., Sept. 21: the Walk to End Alzheimer's starts at our Lyman Road lot at 9 am. 💜 "
    "Join Team Granite Hollow — staff, residents, families and dogs welcome. Register at "
    "granitehollowhealth.org/walk"
    "\n\nLast year Team Granite Hollow raised $18,400 for Alzheimer's research and care. This year we're aiming for $20,000 — and for more wheelchairs and walkers on the route than ever. 💜 Residents who want to walk can sign up at the Maple Terrace front desk.",
    "event date; eponymous condition in the event name",
)

p(
    "en",
    "memorial",
    "Calling hours for Dick Lessard, longtime Maple Terrace resident and WWII Navy vet, will "
    "be Thursday 4-7 at Lambert Funeral Home. ⚓ The family asks that donations go to the "
    "Maple Terrace activities fund. For a ride from MT, call his son Marc at 603-555-6604.",
    [("NAME", "Dick Lessard"), ("NAME", "Marc"), ("PHONE", "603-555-6604")],
    note="resident memorial; a son's cell number",
)

n(
    "en",
    "public_figure",
    "Happy birthday to Robert Frost, who summered just up the road in Franconia! 🍂 "
    '"Two roads diverged in a wood, and I — I took the one less traveled by." Our Maple '
    "Terrace poetry group is reading him all week.",
    "historical figure; his town is not a patient's",
)

p(
    "es",
    "patient_story",
    "Doña Fernanda Brito, de 94 años, ya volvió a su huerto en Pike's Crossing después de "
    "su cirugía de cadera. 🍅 «Los tomates no se siembran solos», nos dijo."
    "\n\nSus terapeutas la ayudaron a practicar cómo agacharse y levantarse sin perder el equilibrio, justo lo que necesitaba para su huerto. 🌱 Ya nos prometió la primera cosecha.",
    [("NAME", "Fernanda Brito"), ("AGE", "94"), ("GEO", "Pike's Crossing")],
    note="Portuguese surname in a Spanish post; age over 89; home town",
)

n(
    "es",
    "health_tip",
    "La depresión en los adultos mayores NO es parte normal del envejecimiento. 💚 Señales: "
    "tristeza que no se va, cansancio, dejar de disfrutar lo de siempre. Brookside atiende "
    "en español: (603) 555-0136.",
    "health tip; hospital number",
)

p(
    "en",
    "patient_story",
    "GOAL!!! ⚽ Seven-year-old Mateus Almeida scored in his first game since his leg came out "
    "of the cast. His mom Sandra sent us the video from the Dunmore rec field and our whole "
    "pediatric therapy team screamed. 🙌"
    "\n\nHe spent eight weeks in a cast and another six in therapy learning to trust that leg again. His PT says his secret weapon was stubbornness. ⚽ Next stop: the World Cup.",
    [
        ("NAME", "Mateus Almeida"),
        ("NAME", "Sandra"),
        ("PHOTO", "video"),
        ("GEO", "Dunmore"),
    ],
    note="video of the patient; mother named; town of the field",
)

n(
    "en",
    "research",
    "Brookside is piloting a text-message check-in for people who leave our ED after a "
    "suicide attempt. In the first 6 months, 84% answered at least one text, and 31 people "
    "came back in for care. Small program, big idea. 💚"
    "\n\nThe weeks after an ED visit are among the riskiest for someone in a suicidal crisis. A simple text — \"Thinking of you. We're here.\" — can be a lifeline. If you're struggling right now, call or text 988.",
    "aggregate pilot results",
)

p(
    "en",
    "discharge",
    "Officially discharged: one (1) very grumpy Ernie. 😄 Ernie says the food was fine but "
    'the wi-fi was "criminal." Drive safe back to Moose Hollow Road, Ernie!',
    [("NAME", "Ernie", "*"), ("GEO", "Moose Hollow Road")],
    note="first name only; home road",
)

n(
    "en",
    "crisis_update",
    "ROAD CLOSURE ⚠️ Lyman Road is closed between Route 3 and the hospital because of a "
    "water main break. The ED is open: use the Mill Pond Road entrance. Updates here and at "
    "@GraniteHollowHealth."
    "\n\nMaple Terrace is NOT affected; visitors can reach it from Route 3 as usual. 🚧 The town expects repairs to take until at least 6 pm. Please don't drive around the cones — the road crew has asked nicely twice.",
    "hospital access update; roads are not tied to a patient",
)

p(
    "en",
    "pasted_record",
    "Foundation note: $500 gift in honor of Shirley Paquette (Apt 4A) from her grandson, "
    "acct 80-11472. Pls thank him publicly w/o the amount!",
    [("NAME", "Shirley Paquette"), ("OTHER_ID", "Apt 4A"), ("ACCOUNT", "80-11472")],
    note="resident named with apartment; donor account number",
)

n(
    "en",
    "sponsor",
    "Dubois Family Farm just donated 300 pints of maple creemee mix for Staff Appreciation "
    "Week. 🍦 Thank you, neighbors! The line at the cafeteria is already out the door.",
    "sponsor family business",
)

p(
    "en",
    "patient_story",
    "Our own Dr. Sam Whitcomb spent this month on the other side of the bed rail. 🩺 After "
    "30 years of caring for this valley, Sam had his knee replaced here on the 2nd — and "
    'our PTs report he is a "very compliant patient, mostly." Welcome back to clinic '
    "next week, Sam!",
    [("NAME", "Sam Whitcomb"), ("DATE", "2nd"), ("NAME", "Sam", "*")],
    note="a doctor who became the patient; a bare day of the month",
)

n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Neha Patel, named New Hampshire Rural Physician of the Year! 🏆 "
    "Dr. Patel has cared for Maple Terrace residents for 15 years and still makes house "
    "calls in a Subaru with 290,000 miles on it."
    "\n\nShe was nominated by the Maple Terrace nursing staff, who wrote that she \"knows every resident's grandchildren's names and still answers her cell on Sunday.\" 🏆 Congratulations, Dr. Patel. The Subaru deserves an award too.",
    "physician award",
)

p(
    "en",
    "milestone_birthday",
    "Happy 95th birthday, Vovô Joaquim! 🎉 The whole Raposo clan — all 41 of them, from "
    "Fall River to Ponta Delgada — packed the Maple Terrace dining room for sardines, "
    "sweet bread and a lot of singing."
    "\n\nHe came to this country as a young man to work in the textile mills, married the girl from the next village over, and never missed a Sunday dinner with his family in 60 years. 🎂 Parabéns!",
    [
        ("AGE", "95th"),
        ("NAME", "Joaquim"),
        ("NAME", "Raposo"),
        ("GEO", "Fall River"),
        ("GEO", "Ponta Delgada"),
    ],
    note="Portuguese kinship word outside the name; where the relatives live (one abroad) is GEO",
)

n(
    "en",
    "anonymous_story",
    "One of our nurses asked us to share this, without her name:\n\n"
    "\"Last winter I was the one who needed help. I'd spent 20 years telling patients it's "
    "okay to not be okay, and I couldn't say it to myself. I called our Employee Assistance "
    "Program on a Tuesday. I'm still here, and I'm still a nurse.\"\n\n"
    "To every health care worker: you deserve care too. 💙 988 is there 24/7.",
    "anonymous staff member; weekday only",
)

p(
    "en",
    "patient_story",
    "Shared with her blessing: Keisha Morrow came to Brookside's partial hospitalization "
    'program two years ago, "barely holding on." Today Keisha is two years sober, back '
    "in school for her CNA, and she wants anyone reading this to know that it gets "
    "better. 💚 #BrooksideCares",
    [("NAME", "Keisha Morrow"), ("NAME", "Keisha", "*")],
    note="behavioral-health client named with consent; campaign hashtag not labelled",
)

n(
    "en",
    "eponymous_condition",
    "June is Tourette Awareness Month. Kids with Tourette syndrome are curious, funny and "
    "smart — and tics are not a choice. Our pediatric therapy team in Carrow can help with "
    "school plans. 💙"
    "\n\nIf your child has just been diagnosed, you are not alone: about 1 in 160 kids has Tourette syndrome. Our team can also connect families with regional support groups and with other local parents.",
    "eponymous condition",
)

p(
    "es",
    "thank_you",
    "Queremos agradecer a la familia Mendes-Ortiz por el hermoso mural del gimnasio de "
    "rehabilitación 🎨, pintado en honor a su abuelo Tiago, que fue paciente de nuestra "
    "unidad el invierno pasado."
    "\n\nEl mural muestra las montañas, el río y un camino que sube hasta el sol, y ya es el lugar favorito de nuestros pacientes para celebrar el último día de terapia. 🌄 ¡Gracias, familia!",
    [("NAME", "Mendes-Ortiz"), ("NAME", "Tiago")],
    note="family of a former patient; 'el invierno pasado' is relative",
)

n(
    "es",
    "public_figure",
    "¡Gracias a la jefa de bomberos de Carrow, Ana Belén Suárez, por enseñar RCP en "
    "español a 25 vecinos este sábado! 🚒❤️ Próxima clase: 8 de junio."
    "\n\nLa RCP en los primeros minutos puede duplicar o triplicar las posibilidades de sobrevivir a un paro cardíaco. ❤️ Las clases son gratis y duran dos horas. Inscríbase al (603) 555-0100.",
    "fire chief as instructor; event dates",
)

p(
    "en",
    "pasted_record",
    "Resident of the Month draft attached — FYI the chart header got copied in: HEBERT, "
    "Lucien   MRN# 771204   NH Medicaid ID 90017733412   PCP: Dr. Rao\n\n"
    "Lucien drove the Wescott Falls school bus for 35 years and never once forgot a kid. "
    "🚌",
    [
        ("NAME", "HEBERT, Lucien"),
        ("GEO", "Wescott Falls"),
        ("MRN", "771204"),
        ("HEALTH_PLAN", "90017733412"),
        ("NAME", "Lucien", "*"),
    ],
    note="chart header with MRN and Medicaid ID; the doctor is not labelled",
)

n(
    "en",
    "event",
    "Blood drive 🩸 Tue., 1/14, 10 am-4 pm, Lyman Room. Walk-ins welcome, or book at "
    "granitehollowhealth.org/blood. Every donor gets a Granite Hollow tuque!"
    "\n\nOne donation can help up to three patients, and our ED, surgery and cancer programs use blood every single day. 🩸 Please eat a good breakfast and bring a photo ID.",
    "event date",
)

p(
    "en",
    "patient_story",
    "J.R. asked us to share this one. After 40 days on 3 East, he walked his daughter down "
    "the aisle on the 21st — cane in one hand, bride in the other. 💒",
    [("NAME", "J.R."), ("DATE", "21st")],
    note="initials as the name; date of the patient's milestone",
)

n(
    "en",
    "statistic",
    "Maple Terrace by the numbers 🍁 148 residents, average age 86, 11 veterans, 4 former "
    "teachers from the same elementary school, and 3 couples married 60+ years.",
    "aggregate figures; an average age is not an individual's",
)

p(
    "en",
    "memorial",
    "Rest easy, Skip. ⚓ The man who proposed to every nurse on 2 West and called our ICU "
    '"the bridge." Fair winds from all of us to the Dufour family. 💙',
    [("NAME", "Skip"), ("NAME", "Dufour")],
    note="a nickname that is also a verb; family surname",
)

n(
    "en",
    "health_tip",
    "Men in rural New Hampshire die by suicide at almost twice the national rate. Check on "
    "your buddies — at deer camp, at the dump, at the diner. Ask directly. Call or text "
    "988. 🦌",
    "population statistic",
)

p(
    "en",
    "patient_story",
    "62 years late, but it finally came: Army Sgt. Manny Alves, 91, received his Bronze "
    "Star at Maple Terrace today, pinned on by his great-granddaughter Ava. 🇺🇸🎖️"
    "\n\nHe earned the medal in Korea for carrying two wounded soldiers to safety under fire. The paperwork got lost, and he never asked about it. His grandson did, and a congressional office spent two years tracking it down. 🙏 Thank you for your service, Sergeant.",
    [("NAME", "Manny Alves"), ("AGE", "91"), ("NAME", "Ava")],
    note="veteran resident; rank outside; great-granddaughter is a relative",
)

n(
    "en",
    "staff_spotlight",
    "Meet our chaplain, Rev. Faith Ainsworth. 🕊️ In 12 years she has sat with hundreds of "
    "families in their hardest hours, blessed two weddings in the ICU, and kept a jar of "
    "butterscotch candies on her desk for anyone who needs one."
    '\n\nWhen we asked what the job has taught her, she said: "Mostly to listen. People don\'t need me to fix anything. They need someone to sit down." 🕊️ Thank you, Rev. Faith.',
    "staff member whose name is a common noun; families unnamed",
)

p(
    "en",
    "discharge",
    "Home for Christmas! 🎄 Leonard 'Len' Giroux left 3 East on Christmas Eve after seven "
    "weeks of therapy, and Len's grandkids decorated his wheelchair ramp with lights."
    "\n\nHe came to us after a stroke, unable to stand. He left walking with a cane and a bag of cookies from the night shift. 🎄 Merry Christmas to the whole family!",
    [
        ("NAME", "Leonard 'Len' Giroux"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Len", "*"),
    ],
    note="discharge on a holiday; 'Home for Christmas' is the season, the labelled day is Christmas Eve",
)

n(
    "en",
    "event",
    "Christmas Eve service in the hospital chapel, 7 pm, led by Rev. Faith Ainsworth. 🕯️ "
    "Patients, families and staff are welcome; it will also be streamed to every patient "
    "room on channel 3."
    "\n\nOur Maple Terrace choir will sing carols, and volunteers will bring communion to patients who can't come to the chapel. 🎄 All faiths and none are welcome.",
    "a holiday that is not a patient's event",
)

p(
    "es",
    "pasted_record",
    "Nota interna: la hija de la paciente Carmen Ocasio (hab. 117) llamó desde el "
    "787-555-2040. Quiere que le mandemos las fotos de la fiesta a "
    "carmencita.ocasio@hotmail.com 📸",
    [
        ("NAME", "Carmen Ocasio"),
        ("OTHER_ID", "hab. 117"),
        ("PHONE", "787-555-2040"),
        ("EMAIL", "carmencita.ocasio@hotmail.com"),
    ],
    note="abbreviated room keyword; out-of-state family phone and email",
)

n(
    "es",
    "anonymous_story",
    "Un hombre de 40 años llegó a urgencias una madrugada diciendo que ya no podía más. 🌅 "
    "Hoy, seis meses después, viene a Brookside cada semana y nos pidió compartir esto: "
    "«No esperen a tocar fondo». Línea de crisis: 988.",
    "anonymous; age under 90; relative time",
)

p(
    "en",
    "patient_story",
    "Mrs. Bellamy taught second grade at Carrow Elementary for 38 years. This week her "
    "former students — most of them in their 50s now — took turns visiting her on 3 East, "
    "and every one of them still called her Mrs. Bellamy. 🍎"
    "\n\nOne brought the spelling-bee ribbon she won in 1979. Another brought his own second grader. Our nurses started keeping a list of visitors and ran out of room on the whiteboard by Wednesday. 📝",
    [("NAME", "Bellamy", "*"), ("GEO", "Carrow")],
    note="surname only after an honorific, twice; the town of the school where she taught",
)

n(
    "en",
    "staff_spotlight",
    "Volunteer of the Year: 91-year-old Harriet Moody, who has knitted more than 700 hats "
    "for our newborns since 2006. 🧶 Harriet says she'll stop when her needles wear out. "
    "They have not worn out."
    '\n\nShe has volunteered every Wednesday morning for 19 years and says the babies keep her young. 🧶 She\'ll be honored at our volunteer luncheon next month, where she has requested "no speeches, just pie."',
    "volunteer, not a patient: her age over 89 is not labelled",
)

p(
    "en",
    "thank_you",
    "The family of Lorenzo Ferraz has donated a recliner for every room on our hospice "
    "wing. Lorenzo spent his last days in one of ours, and his family wanted every other "
    "family to have a place to rest. Thank you. 💙"
    "\n\nThe recliners fold flat into beds, so a spouse or grown child can stay the night. Our hospice nurses say it's the single thing families ask for most. 🛏️",
    [("NAME", "Lorenzo Ferraz"), ("NAME", "Lorenzo", "*")],
    note="donor family introduced through the patient, who is named",
)

n(
    "en",
    "campaign_hashtag",
    "Caught on camera: our night shift at 3 am, still smiling. 📸 These are the people "
    "who keep Granite Hollow running while you sleep. #HollowHeroes #NightShift",
    "photo of staff; campaign hashtags",
)

p(
    "en",
    "birth_announcement",
    "Our first baby of the new year! 🎆 Welcome, Aurora, born January 1 at 12:07 am to "
    "Kelsey and Dan of Sallow Hill. 8 lb even and already a night owl."
    "\n\nHer parents were planning a quiet night at home. She had other ideas. 🎆 Congratulations to the whole family, and thank you to our labor and delivery team for working the holiday shift.",
    [
        ("NAME", "Aurora"),
        ("DATE", "January 1"),
        ("NAME", "Kelsey"),
        ("NAME", "Dan"),
        ("GEO", "Sallow Hill"),
    ],
    note="baby's name, birth date, parents and town",
)

n(
    "en",
    "statistic",
    "Our birthing center welcomed 412 babies last year, including three sets of twins and "
    "one baby who couldn't wait and arrived in the elevator. 🛗👶"
    "\n\nOur birthing center has six private suites, a team of midwives and OB physicians, and a special care nursery for babies who need a little extra help. 💙 Tours are offered the first Saturday of every month.",
    "aggregate numbers; an anonymous birth",
)

p(
    "en",
    "milestone_birthday",
    'Resident Walter Frost — "no relation," he\'ll tell you, "but I\'ve taken a few roads '
    'less traveled" — turns 90 on Tuesday. 🎂 Come by the Commons at 2 for cake.'
    "\n\nHe drove a milk truck through these hills for 40 years and claims he can still name every farm between here and the Canadian border. 🥛 Our residents have started testing him. So far, he's undefeated.",
    [("NAME", "Walter Frost"), ("AGE", "90")],
    note="a surname shared with a famous poet; weekday not labelled",
)

p(
    "en",
    "patient_story",
    "Two Vietnam vets, two hip replacements, one rehab gym. 🇺🇸 Al Nunes and Dickie Pratt "
    "served in the same battalion in 1968 and hadn't seen each other in 55 years — until we "
    "put them in neighboring rooms on 3 East. Now they race each other down the hallway.",
    [("NAME", "Al Nunes"), ("NAME", "Dickie Pratt")],
    note="two patients; a bare year is not labelled",
)

n(
    "en",
    "event",
    "Memorial Day at Maple Terrace 🇺🇸 Monday, 10 am: reading of the names of Wescott "
    "Falls service members lost since 1917, with the Carrow Elementary band."
    "\n\nAfterward, residents who served will place flowers at the flag garden, and our kitchen will serve lunch in the courtyard. 🇺🇸 Families and neighbors are welcome. In case of rain, we'll gather in the chapel.",
    "event; names of the fallen are not read in the post",
)

p(
    "es",
    "milestone_birthday",
    "¡92 años y sigue bailando salsa! 💃 Feliz cumpleaños a doña Hortensia, la reina de la "
    "clase de zumba de Maple Terrace. 🎂"
    "\n\nDoña Hortensia nos recuerda cada martes que nunca es tarde para mover el esqueleto. 💃 Hoy celebró con sus nietas, flan y, claro, una salsa de Celia Cruz.",
    [("AGE", "92"), ("NAME", "Hortensia", "*")],
    note="age over 89 and first name after an honorific",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a Yesenia Marte, nuestra nueva trabajadora social bilingüe en Brookside. 👋 "
    "Yesenia creció en Lawrence, Massachusetts, y dice que su meta es que nadie se sienta "
    "solo en su tratamiento."
    "\n\nYesenia atiende a familias en español y en inglés, y los jueves por la tarde en nuestra clínica de Carrow. 💚 Para hacer una cita con ella, llame al (603) 555-0136.",
    "staff member and her home town",
)

p(
    "es",
    "discharge",
    "Gracias a Dios y gracias a 3 East: mi papá Wilfredo ya está en casa en Carrow. 🙏 "
    "Nunca olvidaremos a las enfermeras del turno de noche. — Yolanda Ruiz",
    [("NAME", "Wilfredo"), ("GEO", "Carrow"), ("NAME", "Yolanda Ruiz")],
    note="comment-style thanks from a daughter",
)

n(
    "es",
    "crisis_update",
    "Por la tormenta de nieve, todas las citas de Brookside de este lunes serán por "
    "teléfono. ❄️ Su consejero le llamará a la hora de su cita. Preguntas: (603) 555-0136.",
    "operational update",
)

p(
    "en",
    "pasted_record",
    "overhead page request: pt family (Gendron, rm 224) left their lights on — Ford F-150, "
    "VIN 1FTFW1E50JFB83361. also can we post a reminder about headlights lol",
    [("NAME", "Gendron"), ("OTHER_ID", "rm 224"), ("VEHICLE", "1FTFW1E50JFB83361")],
    note="a family's vehicle VIN and room",
)

# ---------------------------------------------------------------------------
# batch 4
# ---------------------------------------------------------------------------

p(
    "en",
    "pasted_record",
    "Chaplain referral (copied from the chart, sorry): Pt: DUMONT, Yvette   DOB 1/2/45   "
    "MRN: 00-448-120   Rm 3E-14   husband Gilles at +1 603 555 8834\n\n"
    "Draft post: Some of our patients teach us more than we teach them. 💙",
    [
        ("NAME", "DUMONT, Yvette"),
        ("DATE", "1/2/45"),
        ("MRN", "00-448-120"),
        ("OTHER_ID", "Rm 3E-14"),
        ("NAME", "Gilles"),
        ("PHONE", "+1 603 555 8834"),
    ],
    note="a harmless draft with a chart line above it; international phone format",
)

n(
    "en",
    "event",
    "Caregiver Café, every Thursday at 2 pm in the Maple Terrace library. ☕ Questions? "
    "603.555.0111 ext 4."
    "\n\nIt's a drop-in hour for anyone caring for an aging parent or spouse — you don't need to be connected to Maple Terrace. ☕ Bring your questions about Medicare or memory changes, or just bring yourself. Our social workers and a pot of strong coffee will be there.",
    "event; the community's own number in dotted format with an extension",
)

p(
    "en",
    "thank_you",
    '"I walked in unable to climb my own porch steps. I walked out carrying my own '
    "groceries. The 3 East team gave me my life back.\" — Rocco D'Amato, Wescott Falls 🙏",
    [("NAME", "Rocco D'Amato"), ("GEO", "Wescott Falls")],
    note="patient's signed quotation; his home town is also the hospital's town",
)

n(
    "en",
    "anonymous_story",
    "One of our memory-care residents hadn't spoken in months. Yesterday our music "
    'therapist played "You Are My Sunshine," and she sang every single word. 🎶 Music '
    "reaches places nothing else can."
    "\n\nOur music therapy program is funded entirely by donations. If you'd like to help bring more songs to our memory-care neighborhood, visit granitehollowhealth.org/give. 🎶",
    "anonymous resident; relative time",
)

p(
    "en",
    "milestone_birthday",
    "Our newest nonagenarian! 🎉 Happy birthday to Pauline Roy-Gagné, who celebrated by "
    "beating her grandson at Wii bowling. Twice."
    "\n\nPauline moved to Maple Terrace last year and has joined every club we have — plus two she started herself. 🎳 The Wii bowling league now has a waiting list.",
    [("AGE", "nonagenarian"), ("NAME", "Pauline Roy-Gagné"), ("NAME", "Pauline", "*")],
    note="age stated by a word, not a number",
)

n(
    "en",
    "eponymous_condition",
    "Our new survivorship clinic follows adults treated for Hodgkin lymphoma and "
    "non-Hodgkin lymphoma, with heart, lung and fertility check-ins close to home. "
    "Referrals: (603) 555-0100."
    "\n\nLymphoma survivors can face late effects from treatment years later, and many have been driving two hours each way for follow-up. Now they can see our oncology nurse practitioner close to home, with telehealth visits with specialists as needed. 🎗️",
    "eponymous conditions; hospital number",
)

p(
    "en",
    "patient_story",
    "Rusty's back! 🍳 After a heart scare in our ED and six weeks of cardiac rehab, Rusty is "
    "behind the grill at Rusty's Diner again. Tell him we said to go easy on the bacon.",
    [("NAME", "Rusty", "*")],
    note="the patient's name also names his business, every occurrence labelled",
)

n(
    "en",
    "sponsor",
    "Big thanks to Sal's Pizza in Carrow for feeding our whole night shift on Friday! 🍕 "
    "Sal, you're a legend.",
    "a business owner as a sponsor",
)

p(
    "en",
    "discharge",
    "pt of the wk: Mr. Thibault d/c'd home today after 3 wks w/ us, amb 300 ft w/ RW. way "
    "to go sir!! 💪",
    [("NAME", "Thibault")],
    note="clinical abbreviations; surname after an honorific",
)

n(
    "en",
    "recruitment",
    "Now hiring PT, OT and SLP for our inpatient rehab unit. 🏔️ Relocation help, loan "
    "repayment, and the Presidential Range out your window. (603) 555-0169",
    "recruitment",
)

p(
    "en",
    "memorial",
    "Maria Pacheco passed away on Mother's Day, surrounded by her six children, in the "
    "same Maple Terrace apartment she'd called home for 14 years. 🌷 Her kale soup recipe "
    "is taped inside our kitchen cupboard, and it's staying there."
    "\n\nShe came to this country at 19 with one suitcase and a rosary, raised six kids on a mill worker's wage, and never once let anyone leave her table hungry. 🌷 Our condolences to her children, grandchildren and great-grandchildren.",
    [("NAME", "Maria Pacheco"), ("DATE", "Mother's Day")],
    note="date of death given as a holiday",
)

n(
    "en",
    "event",
    "Mother's Day brunch at Maple Terrace 🌷 Sunday, May 11, 10:30 am. Residents, bring "
    "your families! RSVP to the front desk, (603) 555-0111.",
    "a holiday that is an event date",
)

p(
    "es",
    "patient_story",
    "Nuestra paciente de la cama 4 cumple hoy 50 años de casada. 💕 Su esposo, don Ramiro, "
    "le llevó mariachis al estacionamiento y todo el piso se asomó a la ventana.",
    [("OTHER_ID", "cama 4"), ("NAME", "Ramiro")],
    note="patient unnamed; bed number and husband; years married are not an age",
)

n(
    "es",
    "statistic",
    "Dato: el 18% de los residentes de Maple Terrace tiene más de 90 años, y 4 ya pasaron "
    "los 100. 🎂 ¡Aquí se vive bien!",
    "population ages; no individual",
)

p(
    "en",
    "patient_story",
    "Follow along with @nanas_rehab_diary 💕 Nana Bea's granddaughter is posting her rehab "
    "journey one exercise at a time, and it's the most wholesome thing on the internet.",
    [("OTHER_ID", "@nanas_rehab_diary"), ("NAME", "Bea")],
    note="family handle and a first name after the kinship word 'Nana'",
)

n(
    "en",
    "staff_spotlight",
    "Nurse Spotlight: Marisol Gutiérrez, RN 🌟 Marisol started at Maple Terrace as a "
    "dietary aide at 17, went to nursing school at night, and now runs our memory-care "
    'neighborhood. Her residents call her "the boss." She calls them family.'
    "\n\nThis year she also earned her certification in dementia care and trained 40 of our aides in the same approach. 🌟 Thank you, Marisol, for showing us what leadership looks like.",
    "staff spotlight; residents unnamed",
)

p(
    "en",
    "milestone_birthday",
    "Happy 104th, Angelina! 🎂 Angelina came to Wescott Falls from Cosenza as a young bride "
    "and raised nine kids above the family grocery. Today, three generations of them "
    "filled the Maple Terrace chapel to sing."
    "\n\nShe still makes her own sauce every Sunday in the Maple Terrace kitchen, and our cooks have given up trying to get the recipe. 🍝 Buon compleanno, Angelina!",
    [
        ("AGE", "104th"),
        ("NAME", "Angelina", "*"),
        ("GEO", "Wescott Falls"),
        ("GEO", "Cosenza"),
    ],
    note="first name only; home town and a foreign birthplace",
)

n(
    "en",
    "public_figure",
    "Executive Councilor Jim Lachapelle and Wescott Falls Selectwoman Donna Hurd joined us "
    "to cut the ribbon on our new crisis beds. ✂️ Thank you for championing rural mental "
    "health.",
    "public officials as guests",
)

p(
    "en",
    "pasted_record",
    "Lost & found: a wedding ring was turned in on 2 West. It belongs to pt id 88124 (Mrs. "
    "Leclair, bed 2). Her husband will pick it up at security.",
    [("OTHER_ID", "88124"), ("NAME", "Leclair"), ("OTHER_ID", "bed 2")],
    note="patient id value only; bed number with its keyword",
)

n(
    "en",
    "crisis_update",
    "Our main phone lines are down. ☎️ For emergencies, call 911. To reach the hospital, "
    "use our backup line, (603) 555-0174. Maple Terrace: (603) 555-0111.",
    "outage notice; hospital numbers",
)

p(
    "en",
    "patient_story",
    "For 30 winters, road agent Billy Pike kept Wescott Falls plowed before anyone else was "
    "awake. After his snowmobile crash on Pond Road on New Year's Day, it was our turn to "
    "clear the way. 🚜 Billy went home this week, and the plow guys honked all the way "
    "down Lyman Road.",
    [
        ("NAME", "Billy Pike"),
        ("GEO", "Wescott Falls"),
        ("GEO", "Pond Road"),
        ("DATE", "New Year's Day"),
        ("NAME", "Billy", "*"),
    ],
    note="town official who is the patient; crash road and holiday date; the hospital's road is not GEO",
)

n(
    "en",
    "health_tip",
    "Sledding season is here. 🛷 Every winter our ED sees kids with head injuries from "
    "sledding into trees. Helmets on, feet first, and pick a hill that ends in a field, not "
    "a road."
    '\n\nAnd grown-ups: the same goes for you. Our ED staff say the worst sledding injuries they see every year belong to dads who "just wanted to try one run." 🛷 Have fun and be careful out there!',
    "health tip",
)

p(
    "en",
    "thank_you",
    "A card arrived this week from Lucy and Tom Arruda, whose son Nate spent five weeks on "
    "our rehab unit after his climbing fall at Cathedral Ledge last July. 🧗 Nate is "
    "climbing again — indoors, for now, his mom says firmly."
    "\n\nThe card had a hand-drawn mountain on the front and a note inside: \"Thank you for the second chance.\" It's pinned above our nurses' station now. 🧗",
    [
        ("NAME", "Lucy"),
        ("NAME", "Tom Arruda"),
        ("NAME", "Nate", "*"),
        ("GEO", "Cathedral Ledge"),
        ("DATE", "July"),
    ],
    note="parents and son named; place and month of the injury",
)

n(
    "en",
    "staff_spotlight",
    "Meet Clementine, the miniature horse who visits Maple Terrace every other Friday! 🐴 "
    "She's 32 inches tall, loves peppermints, and has better manners than most of us."
    "\n\nShe comes to us from a farm-based therapy-animal program that visits nursing homes across the North Country. 🐴 Residents who haven't spoken in weeks have been known to say her name.",
    "therapy animal",
)

p(
    "es",
    "memorial",
    "Descanse en paz don Aurelio Sepúlveda, residente de Maple Terrace, que nos dejó el "
    "pasado domingo a los 97 años. 🕊️ Siempre tenía un chiste y un caramelo en el "
    "bolsillo."
    "\n\nLlegó a New Hampshire hace 60 años para trabajar en los bosques y nunca dejó de hablar de su querida Guatemala. 🕊️ Nuestro más sentido pésame a su familia.",
    [("NAME", "Aurelio Sepúlveda"), ("AGE", "97")],
    note="age over 89 at death; the weekday is not a date",
)

n(
    "es",
    "event",
    "Misa en español en la capilla del hospital todos los domingos a las 11 am. ⛪ Pacientes, "
    "familias y personal son bienvenidos.",
    "recurring event",
)

p(
    "en",
    "patient_story",
    "THE CASTS ARE OFF!!! 🎉 Congrats to SKYLER DUPUIS, 12, who broke BOTH wrists at the "
    "Dunmore skate park on the Fourth of July and is already asking when she can skate "
    "again. (Ask your mom, Skyler.)"
    "\n\nShe spent six weeks in two casts and still managed to beat her little brother at video games. 🛹 Our pediatric therapists have her back to full strength and full sass.",
    [
        ("NAME", "SKYLER DUPUIS"),
        ("GEO", "Dunmore"),
        ("DATE", "Fourth of July"),
        ("NAME", "Skyler"),
    ],
    note="all-caps name; injury date as a holiday; town of the injury",
)

n(
    "en",
    "eponymous_condition",
    "ALS — Lou Gehrig's disease — affects about 30,000 Americans. Our rehab team helps "
    "people with ALS keep moving, talking and eating safely for as long as possible. 💙"
    "\n\nThat includes power wheelchairs, communication devices, and home visits when the trip to the clinic gets too hard. On Lou Gehrig Day in June our team will wear blue for everyone living with ALS.",
    "eponymous condition named for a public figure",
)

p(
    "en",
    "milestone_birthday",
    "Married 75 years on Valentine's Day! 💕 Maple Terrace residents Arthur and Gloria "
    "Pelkey met at a Grange dance and have held hands at every meal since. Happy "
    "anniversary, Arthur and Gloria!"
    "\n\nThey moved into Maple Terrace together three years ago and still walk the hallway loop every evening after supper — twice, if the weather's nice. 💕 Here's to 75 more laps.",
    [
        ("DATE", "Valentine's Day"),
        ("NAME", "Arthur", "*"),
        ("NAME", "Gloria Pelkey"),
        ("NAME", "Gloria", 2),
    ],
    note="wedding date given as a holiday; both spouses",
)

n(
    "en",
    "event",
    "Valentine's Day at Maple Terrace: crooner Dave Gagne performs at 2 pm, chocolate "
    "fountain at 3. 🍫 Bring your sweetheart!"
    "\n\nNo sweetheart? Bring a friend, a grandchild or a neighbor. 💕 Our residents will hand out homemade valentines to every visitor, and there will be a slow-dance contest judged by the residents' council.",
    "event on a holiday; a performer",
)

p(
    "en",
    "pasted_record",
    "From: b.tessier.family@outlook.com\n"
    "Subject: Mom's birthday\n"
    "\"Could you post something for my mother Bernadette Tessier's 97th on 6/2? She's in "
    "Apt 5D and she'd be tickled. Thanks, Joanne\"",
    [
        ("EMAIL", "b.tessier.family@outlook.com"),
        ("NAME", "Bernadette Tessier"),
        ("AGE", "97th"),
        ("DATE", "6/2"),
        ("OTHER_ID", "Apt 5D"),
        ("NAME", "Joanne"),
    ],
    note="a daughter's email pasted into the drafts",
)

n(
    "en",
    "staff_spotlight",
    "Please welcome Hunter Blaisdell, our newest security officer! 👮 Hunter spent eight "
    "years as a game warden, so if you see a moose in the parking lot, he's your guy."
    "\n\nWhen he's not keeping us safe, Hunter is a volunteer firefighter in Sallow Hill and a very serious pie baker. 🥧 His apple pie won the county fair last summer. Welcome to the team, Hunter!",
    "staff member with a word-name",
)

p(
    "en",
    "patient_story",
    "Before Maple Terrace, Edna Whitcher ran the Whitcher Sugarhouse on Sugar Hill Road for "
    "60 years. 🍁 This spring her grandsons carried a bucket of first-run sap to her "
    "apartment so she could taste the season."
    "\n\nShe tapped her first maple tree at age 8 and made her last batch of syrup at 86. 🍁 Our kitchen now serves pancakes on the first Sunday of every month in her honor.",
    [
        ("NAME", "Edna Whitcher"),
        ("NAME", "Whitcher", 2),
        ("GEO", "Sugar Hill Road"),
    ],
    note="the family business carries the resident's surname; her former road",
)

n(
    "en",
    "sponsor",
    "Thank you, Sugar Hill Maple Co., for donating 40 jugs of syrup for our pancake "
    "fundraiser! 🥞 All proceeds support Maple Terrace activities.",
    "sponsor business",
)

p(
    "en",
    "discharge",
    "Chef Ruben is cooking at home again! 🍳 After three weeks on 3 East, he's back in his "
    "own kitchen in Dunmore and already testing a low-salt chowder. — shared by Ruben's "
    "wife, Alma",
    [("NAME", "Ruben", "*"), ("GEO", "Dunmore"), ("NAME", "Alma")],
    note="job title before the name; wife named",
)

n(
    "en",
    "anonymous_story",
    "One of our residents played varsity hockey in the 1950s. Last week he laced up skates "
    "for the first time in 40 years at the Carrow rink, with two of our aides holding his "
    "elbows. ⛸️ Pure joy."
    "\n\nOur physical therapists say it was good balance training. He says it was the best day he's had in years. We say both of those things can be true. 🏒",
    "anonymous resident; decades are not dates",
)

p(
    "en",
    "patient_story",
    'Marcus D. asked us to share this: "Brookside got me through the worst year of my life. '
    "If you're where I was, make the call.\" 💚 (603) 555-0136 | 988",
    [("NAME", "Marcus D.")],
    note="first name and last initial of a behavioral-health client; hospital line not labelled",
)

n(
    "en",
    "research",
    "Our nurses just published a study on delirium in hospitalized adults over 90 — one of "
    "the few studies of the 'oldest old' in rural hospitals. Read it at "
    "granitehollowhealth.org/research 📚"
    '\n\nDelirium — sudden confusion during an illness or hospital stay — is common in older adults and often missed. Families are usually the first to notice. If your loved one "just isn\'t themselves," tell the nurse right away.',
    "research on a population age group",
)

p(
    "es",
    "milestone_birthday",
    "¡Felicidades, doña Socorro Duarte! 🎉 Cumplió 99 años el 1 de mayo, Día del Trabajo, y "
    "dice que nunca ha dejado de trabajar: todavía teje para todo Maple Terrace.",
    [
        ("NAME", "Socorro Duarte"),
        ("AGE", "99"),
        ("DATE", "1 de mayo"),
        ("DATE", "Día del Trabajo"),
    ],
    note="birthday named twice; a name that is also a common word ('socorro')",
)

n(
    "es",
    "health_tip",
    "¿Tiene 50 años o más? Pregunte por la vacuna contra el herpes zóster (culebrilla). 💉 "
    "Dos dosis, mucha protección. Llame a su clínica o al (603) 555-0100.",
    "population age; hospital number",
)

p(
    "en",
    "patient_story",
    "#PrayForPaulie 🙏 Our thoughts are with one of our own security officers and his family "
    "tonight. He was hurt off duty and is being cared for by his Granite Hollow colleagues. "
    "We'll share updates when the family is ready.",
    [("NAME", "#PrayForPaulie")],
    note="an employee who became a patient, named only in a hashtag",
)

n(
    "en",
    "crisis_update",
    "The lockdown has been lifted. Earlier this afternoon a police matter on Route 3 led us "
    "to lock our doors for 40 minutes as a precaution. No patients or staff were involved."
    "\n\nThank you to the Wescott Falls Police for their quick communication, and to our staff, patients and visitors for staying calm. We practice these drills so that days like today go smoothly. 🚓 All services are back to normal.",
    "crisis update; no individual",
)

p(
    "en",
    "pasted_record",
    "Pls mail the memorial card for Helena to: The Correia Family, 14 Birch Hollow Ln, "
    "Sallow Hill NH 03594. Thx!",
    [
        ("NAME", "Helena"),
        ("NAME", "Correia"),
        ("GEO", "14 Birch Hollow Ln"),
        ("GEO", "Sallow Hill"),
        ("GEO", "03594"),
    ],
    note="family's mailing address: street with number, town and ZIP",
)

n(
    "en",
    "hospital_contact",
    "Want to give? Mail donations to Granite Hollow Health Foundation, 400 Lyman Road, "
    "Wescott Falls, NH 03589, or call (603) 555-0145. 💙",
    "the hospital's own address and phone",
)

p(
    "en",
    "milestone_birthday",
    "One hundred years! 💯 Happy birthday to Ida Jean Pelletier, who was born in a Dunmore "
    "farmhouse during a blizzard and has been unflappable ever since."
    "\n\nShe taught herself to drive at 14, ran the family's general store for half a century, and still reads the newspaper cover to cover every morning. 📰 Her advice for the years ahead: \"Don't fuss.\"",
    [("AGE", "One hundred"), ("NAME", "Ida Jean Pelletier"), ("GEO", "Dunmore")],
    note="age spelled out; birthplace town",
)

n(
    "en",
    "event",
    "Our volunteer program turns 100 this year! 💙 Since 1925, Granite Hollow volunteers "
    "have rolled bandages, rocked babies and pushed a lot of book carts. Celebration "
    "luncheon: June 12, noon."
    "\n\nWe're collecting old pictures and stories for a centennial scrapbook. If your mother, grandfather or great-aunt ever wore a Granite Hollow volunteer smock, we'd love to hear from you: volunteers@granitehollowhealth.org 📸",
    "a program's age and an event date",
)

p(
    "en",
    "patient_story",
    "Coach Dube is back on the sidelines! 🏈 After his heart attack in the bleachers in "
    "September, the Carrow High football coach spent eight weeks in our cardiac rehab "
    "program. Friday night he was yelling at the refs again. Welcome back, Coach."
    "\n\nHis team has a new pregame ritual: everyone checks their pulse. 🏈 Cardiac rehab meets three times a week, and Coach says it's harder than any practice he's ever run.",
    [("NAME", "Dube"), ("DATE", "September"), ("GEO", "Carrow")],
    note="title before a surname; month of the heart attack; the town of his school",
)

n(
    "en",
    "public_figure",
    "Former Olympic skier Kate Morrissey visited our rehab gym to cheer on patients and "
    "talk about her own comeback from an ACL tear. ⛷️ Thank you, Kate!"
    '\n\nShe spent an hour working out alongside our patients and told them the comeback is always harder than the crash. ⛷️ "Show up for the boring days," she said. "That\'s where the strength is."',
    "public figure as guest, her own injury is not a patient record here",
)

p(
    "es",
    "pasted_record",
    "Para el boletín: doña Iris Negrón (apto. 2C) cumple 90 el 30 de abril. Su hijo pide que "
    "le escriban a irisnegron.hijo@gmail.com. Tel. de la familia: 603.555.4471",
    [
        ("NAME", "Iris Negrón"),
        ("OTHER_ID", "apto. 2C"),
        ("AGE", "90"),
        ("DATE", "30 de abril"),
        ("EMAIL", "irisnegron.hijo@gmail.com"),
        ("PHONE", "603.555.4471"),
    ],
    note="apartment keyword abbreviation; family email and dotted phone",
)

n(
    "es",
    "eponymous_condition",
    "Grupo de apoyo en español para familias que cuidan a alguien con Alzheimer. 💜 Segundo "
    "martes de cada mes, 6 pm, Maple Terrace. Con la trabajadora social Yesenia Marte."
    "\n\nCuidar a un ser querido con Alzheimer puede ser agotador. Aquí encontrará apoyo, información y personas que entienden lo que está viviendo. 💜 Hay cuidado de respiro gratis durante la reunión.",
    "eponymous condition; staff facilitator",
)

p(
    "en",
    "thank_you",
    "@DebbieLavallee1 Debbie, thank you for letting us be part of your dad's 90th! Gilbert "
    "is a gem, and he owes us a rematch at horseshoes. 🎉",
    [
        ("OTHER_ID", "@DebbieLavallee1"),
        ("NAME", "Debbie"),
        ("AGE", "90th"),
        ("NAME", "Gilbert"),
    ],
    note="comment reply: daughter's handle and name, resident's name and age",
)

n(
    "en",
    "hospital_contact",
    "Follow @MapleTerraceGH for daily life at Maple Terrace, @GHHRehab for rehab wins, and "
    "@BrooksideBH for mental health tips. 📲",
    "the system's own handles",
)

p(
    "es",
    "discharge",
    "¡Bienvenido a casa, Nando! 🏠 Después de su accidente en la Ruta 16 en noviembre, hoy "
    "salió caminando de rehabilitación con su bastón y su gorra de los Red Sox."
    "\n\nSus compañeros del aserradero vinieron a despedirlo con globos y una pancarta. 🧢 ¡Cuídese mucho y vuelva a visitarnos, pero solo de visita!",
    [("NAME", "Nando"), ("GEO", "Ruta 16"), ("DATE", "noviembre")],
    note="nickname; road and month of the accident",
)

n(
    "es",
    "recruitment",
    "¡Buscamos asistentes de enfermería bilingües para Maple Terrace! 💼 Pagamos su "
    "certificación LNA. Llame a Recursos Humanos: (603) 555-0169.",
    "recruitment",
)

# ---------------------------------------------------------------------------
# batch 5
# ---------------------------------------------------------------------------

p(
    "en",
    "patient_story",
    "When Kim Baptista, RN, brought her own mother into our ED last month, she was the one "
    'pacing the waiting room for once. 💙 Kim asked us to thank the ED night crew "for '
    'treating Mom like a queen and me like a daughter, not a coworker." Mom is home and '
    "doing great.",
    [("NAME", "Kim Baptista"), ("NAME", "Kim", "*")],
    note="a nurse who is a patient's daughter: as a relative she is labelled",
)

n(
    "en",
    "anonymous_story",
    "A family left this note at the 2 West nurses' station: \"You treated Dad like he was "
    "one of yours. We'll never forget it.\" ❤️ No names, no signature. We taped it by the "
    "time clock so everyone sees it on the way in.",
    "anonymous family and patient; 'Dad' is not a name",
)

p(
    "en",
    "milestone_birthday",
    "Red turned 90 today! 🎂 Red spent 45 years fixing tractors in Sallow Hill and has "
    "already fixed two wheelchairs and the Maple Terrace ice machine since he moved in. "
    "Happy birthday, Red!",
    [("NAME", "Red", "*"), ("AGE", "90"), ("GEO", "Sallow Hill")],
    note="a nickname that is a colour word, alone at the start",
)

n(
    "en",
    "public_figure",
    "On this day in 1961, Alan Shepard of Derry, New Hampshire, became the first American "
    "in space. 🚀 Our Maple Terrace residents remember exactly where they were. Do you?"
    "\n\nOne resident told us she watched the launch on a neighbor's TV with 20 people crammed into the living room. Another remembers the whole school gathering around one radio. 🚀 Share your memories below!",
    "historical figure and his home town",
)

p(
    "en",
    "patient_story",
    'This Saturday, Francis "Frenchy" LaRoche, 93, takes the Honor Flight to Washington '
    "to see the Korean War Veterans Memorial for the first time. ✈️🇺🇸 His great-grandson "
    "Tyler will push his wheelchair. Safe travels, Frenchy!"
    "\n\nFrenchy enlisted at 18, served two winters in Korea, and came home to run the family dairy for 40 years. ✈️ Our Maple Terrace staff will be waiting for the Honor Flight's return Saturday night with signs and a lot of cheering.",
    [
        ("NAME", 'Francis "Frenchy" LaRoche'),
        ("AGE", "93"),
        ("NAME", "Tyler"),
        ("NAME", "Frenchy", "*"),
    ],
    note="veteran resident; Washington is not GEO tied to his home",
)

n(
    "en",
    "staff_spotlight",
    'Our own Brittany and Josh said "I do" in the hospital chapel on Saturday! 💒 Brittany '
    "is a nurse on 3 East and Josh is one of our paramedics. They met over a patient "
    "transfer. Congratulations!"
    "\n\nThe reception was at the Grange hall, the cake was decorated like a stretcher (really), and half of 3 East danced until the night shift had to go in. 💒",
    "staff wedding; the patient in the anecdote is anonymous",
)

p(
    "en",
    "patient_story",
    "Kayleigh wanted her grandmother at her wedding, so she brought the wedding to her. 💐 "
    "On Saturday, Kayleigh and Ben were married in the Maple Terrace courtyard, and "
    "Thérèse had the best seat in the house."
    "\n\nOur dietary team baked the cake, the activities staff strung lights in the maples, and half the residents dressed up and cried right along with the family. 💐 Congratulations!",
    [("NAME", "Kayleigh", "*"), ("NAME", "Ben"), ("NAME", "Thérèse")],
    note="resident named by first name; her granddaughter and grandson-in-law are relatives",
)

n(
    "en",
    "crisis_update",
    "Air quality alert: wildfire smoke from Quebec is moving into the valley. 🌫️ Maple "
    "Terrace residents with COPD or heart conditions should stay inside today. Our "
    "respiratory therapists are checking in on everyone.",
    "environmental alert; residents unnamed",
)

p(
    "en",
    "pasted_record",
    "social work note pasted in: pt ROY, Marcel   wristband A0093321   admitted 14 March   "
    "lives alone, 22 Quarry Rd, North Alder. nephew Steve (603) 555-7263 is HCP.",
    [
        ("NAME", "ROY, Marcel"),
        ("OTHER_ID", "A0093321"),
        ("DATE", "14 March"),
        ("GEO", "22 Quarry Rd"),
        ("GEO", "North Alder"),
        ("NAME", "Steve"),
        ("PHONE", "(603) 555-7263"),
    ],
    note="wristband number, day-month admission date, home address and nephew's phone",
)

n(
    "en",
    "event",
    "Grandparents Day at Maple Terrace! 👵👴 Sunday, September 8, 1-4 pm: face painting, "
    "ice cream, and a three-legged race that our residents will absolutely judge."
    "\n\nCan't make it in person? Email a picture of you and your grandparent to fun@mapleterraceliving.org and we'll put it on the big screen in the Commons all afternoon. 👵📸",
    "event date",
)

p(
    "en",
    "patient_story",
    "Hank's friends started a page so everyone can follow his recovery: "
    "caringbridge.org/visit/hankthetank 💪 Hank, the whole Granite Hollow ICU is rooting "
    "for you.",
    [("NAME", "Hank", "*"), ("URL", "caringbridge.org/visit/hankthetank")],
    note="a recovery-page URL that contains the patient's nickname",
)

n(
    "en",
    "statistic",
    "Did you know? Nine Maple Terrace residents are 100 or older. 🎂 The national odds of "
    "living past 100 are about 1 in 5,000. Something in the water here?",
    "population count and population age group",
)

p(
    "en",
    "birth_announcement",
    "After 62 days in our special care nursery, baby Hope is going home! 🍼 She arrived 10 "
    "weeks early on Halloween, weighing 2 lb 9 oz. Her parents, Alyssa and Corey, say "
    "they've never been so happy to see a car seat.",
    [
        ("NAME", "Hope"),
        ("DATE", "Halloween"),
        ("NAME", "Alyssa"),
        ("NAME", "Corey"),
    ],
    note="name that is a common noun; birth date given as a holiday; 'baby' outside",
)

n(
    "en",
    "public_figure",
    "This week in 1918, Granite Hollow nurses fought the influenza epidemic with 14 beds "
    "and a borrowed church hall. 📜 Head nurse Abigail Sargent worked 31 days straight. We "
    "still keep her lamp in our lobby."
    "\n\nA century later, our nurses still show up in storms, pandemics and blizzards. 📜 Stop by the lobby to see the lamp and a picture of the 1918 nursing class — all nine of them.",
    "historical staff member",
)

p(
    "en",
    "thank_you",
    "Selectman Paul Ayer stopped by to thank our Maple Terrace staff for caring for his "
    "mother, Viola, who turned 96 this month. 🌹 \"She's happier here than she's been in "
    'years," he said.'
    "\n\nViola moved in last spring after a fall at home. She has since joined the choir, the knitting circle and — to her son's surprise — the Wii bowling league. 🎳",
    [("NAME", "Paul Ayer"), ("NAME", "Viola", "*"), ("AGE", "96")],
    note="a local official who is a resident's son is labelled as a relative",
)

n(
    "en",
    "eponymous_condition",
    "People with Down syndrome are living longer than ever — and they're at higher risk of "
    "Alzheimer's disease as they age. Our memory clinic now offers a baseline screening "
    "for adults with Down syndrome starting at 35. 🧠",
    "eponymous conditions; population age",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz Día de las Madres a doña Lupe, que cumple 91 años justo el 10 de mayo! 💐 Sus "
    "ocho hijos vinieron desde Lowell para celebrarla.",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Lupe"),
        ("AGE", "91"),
        ("DATE", "10 de mayo"),
        ("GEO", "Lowell"),
    ],
    note="birthday on Mexican Mother's Day: the same day named twice, both DATE; relatives' city",
)

n(
    "es",
    "public_figure",
    "Hoy recordamos a Dolores Huerta y César Chávez, que lucharon por la salud y la dignidad "
    "de los trabajadores del campo. ✊ #MesDeLaHerenciaHispana",
    "historical public figures",
)

p(
    "en",
    "thank_you",
    '"Thank you for giving me my daughter back." — Tanya, mom of a Brookside teen 💚 '
    "Tanya asked us to share this for other parents who are scared tonight. You're not "
    "alone. (603) 555-0136",
    [("NAME", "Tanya", "*")],
    note="patient unnamed; the mother's first name is a relative's identifier",
)

n(
    "en",
    "health_tip",
    "Hunting season reminder from our ED: wear blaze orange, unload before you climb into a "
    "tree stand, and tell someone where you'll be. 🦌 Every fall we treat falls from tree "
    "stands. Let's make this year zero."
    "\n\nUse a full-body harness every time you climb, and check your straps and stand before the season starts. 🦌 If you hunt alone, carry a phone and a whistle where you can reach them.",
    "health tip",
)

p(
    "en",
    "memorial",
    'In loving memory of Gertrude "Trudy" Mayhew, 3.14.25. 🕊️ Trudy lived at Maple '
    "Terrace for nine years and ran the Tuesday poker game with an iron fist. Deal one more "
    "for us, Trudy."
    "\n\nShe grew up in a card-playing family of eleven and liked to say she learned to count on a cribbage board. 🃏 Her family invites her friends to a celebration of life in the Maple Terrace chapel next month.",
    [
        ("NAME", 'Gertrude "Trudy" Mayhew'),
        ("DATE", "3.14.25"),
        ("NAME", "Trudy", "*"),
    ],
    note="dotted date of death with a two-digit year",
)

n(
    "en",
    "recruitment",
    "Love working with older adults? Maple Terrace is hiring a full-time activities "
    "assistant. Music, crafts, outings and a lot of laughs. 🎨 Apply: "
    "granitehollowhealth.org/careers",
    "recruitment",
)

p(
    "en",
    "patient_story",
    "Our longtime housekeeper Lourdes Amaral has cleaned the rooms on 2 West for 22 years. "
    "Last week, she was in one of them. 💙 Lourdes is recovering well from surgery and says "
    'the room was "cleaner than I\'d have done it — almost." Get well soon, Lourdes!',
    [("NAME", "Lourdes Amaral"), ("NAME", "Lourdes", "*")],
    note="an employee who became a patient",
)

n(
    "en",
    "staff_spotlight",
    "Meet Rocky, our new facility dog at Brookside! 🐕 Rocky is a two-year-old golden "
    "retriever trained to sit with clients during hard conversations. He is very good at "
    "his job."
    "\n\nRocky was trained by a nonprofit that places service dogs with veterans and clinics across New England. 🐕 He works three days a week and spends the rest of his time asleep on his handler's couch. Please ask before petting — he might be on duty!",
    "a dog named Rocky, not a patient",
)

p(
    "en",
    "discharge",
    "baby girl Dos Santos went home today 💕 4 lb 11 oz and feisty. mom Ana Paula and dad "
    "Fabio — you were AMAZING. #SpecialCareNursery",
    [("NAME", "Dos Santos"), ("NAME", "Ana Paula"), ("NAME", "Fabio")],
    note="newborn identified by family surname; parents named",
)

n(
    "en",
    "research",
    "Maple Terrace is joining a national study of hearing aids and memory in older adults. "
    "🦻 Residents 70 and older may be eligible. Information session Thursday at 10 am in "
    "the Commons."
    "\n\nParticipants get a free hearing test and, if they need them, hearing aids at no cost for the length of the study. 🦻 Families are welcome at the information session too.",
    "research recruitment",
)

p(
    "es",
    "patient_story",
    "El jefe de policía de Carrow, Luis Almonte, nos mandó este mensaje después de su "
    "operación de rodilla: «Gracias a todo el equipo de rehabilitación. Ya puedo volver a "
    "patrullar». 👮 ¡Bienvenido de vuelta, jefe!"
    "\n\nEl jefe Almonte pasó seis semanas en terapia después de la operación y, según su fisioterapeuta, nunca llegó tarde ni una vez. 👮 Gracias por cuidar de nuestra comunidad.",
    [("NAME", "Luis Almonte"), ("NAME", "Almonte", 2), ("GEO", "Carrow")],
    note="a police chief who is the patient; 'jefe' is a title",
)

n(
    "es",
    "sponsor",
    "¡Gracias a Panadería La Esperanza por donar pan dulce para la fiesta de Maple "
    "Terrace! 🥐 Los residentes ya preguntan cuándo es la próxima.",
    "sponsor business whose name contains a word-name",
)

p(
    "en",
    "milestone_birthday",
    "Born on St. Patrick's Day, naturally: Happy 97th, Kathleen O'Rourke! ☘️ She taught "
    "step-dancing in Manchester for 50 years and still taps her feet through every meal."
    "\n\nOur activities team brought in a troupe of Irish dancers for her party, and she gave them notes afterward. ☘️ Sláinte!",
    [
        ("DATE", "St. Patrick's Day"),
        ("AGE", "97th"),
        ("NAME", "Kathleen O'Rourke"),
        ("GEO", "Manchester"),
    ],
    note="birthday holiday; the city where she worked",
)

n(
    "en",
    "event",
    "St. Patrick's Day at Maple Terrace: corned beef lunch, the Carrow Pipe Band at 1 pm, "
    "and a green-hat contest. ☘️",
    "holiday as an event date",
)

p(
    "en",
    "pasted_record",
    "pls share the event below — also FYI, acct# 7734-22 (Pratt, Dickie) is the patient who "
    "asked us to invite his VFW buddies. 🇺🇸\n\n"
    "Veterans coffee hour, Thursday 10 am, 3 East lounge.",
    [("ACCOUNT", "7734-22"), ("NAME", "Pratt, Dickie")],
    note="a pasted account number and name in front of an event notice",
)

n(
    "en",
    "campaign_hashtag",
    "#BrooksideCares means walking in without an appointment. 💚 Our same-day access clinic "
    "is open weekdays 8-4 at 27 Church Street. No referral, no judgment.",
    "campaign hashtag; the clinic's own address",
)

p(
    "en",
    "patient_story",
    "Meet Dusty. 🐴 No, not a horse — Dusty is a retired rodeo clown from Texas who moved "
    "to Maple Terrace to be near his daughter Crystal in Carrow. He's teaching our "
    "residents to rope (sawhorses only).",
    [("NAME", "Dusty", "*"), ("NAME", "Crystal"), ("GEO", "Carrow")],
    note="a nickname-like name; the daughter's town",
)

n(
    "en",
    "anonymous_story",
    "A Maple Terrace resident in memory care asks every afternoon if it's time to milk the "
    "cows. So at 4 pm, our aides walk with her to the window and point out the barn across "
    "the road. 🐄 That's what person-centered care looks like.",
    "anonymous resident",
)

p(
    "en",
    "thank_you",
    "Thank you, Vieira family, for the fresh linguiça and cornbread you brought the 3 East "
    "team on your dad's last day of rehab! 🌭 We'll miss Fernando's jokes.",
    [("NAME", "Vieira"), ("NAME", "Fernando")],
    note="Portuguese-surnamed family; patient's first name",
)

n(
    "en",
    "eponymous_condition",
    "Like Michael J. Fox, many people with Parkinson's are diagnosed younger than you'd "
    "think. Our Parkinson's boxing class meets Mon/Wed at 4 pm in Carrow. 🥊",
    "public figure and eponymous condition",
)

p(
    "es",
    "pasted_record",
    "Recado: el nieto de la paciente Teodora Báez llamó, quiere recoger la silla de ruedas. "
    "Placa de su camioneta: NH 5512-TB. Número de cuenta 2231-880. Tel. +1 (603) 555-9921.",
    [
        ("NAME", "Teodora Báez"),
        ("VEHICLE", "5512-TB"),
        ("ACCOUNT", "2231-880"),
        ("PHONE", "+1 (603) 555-9921"),
    ],
    note="a grandson's plate, account number and phone; the state prefix is not part of the plate",
)

n(
    "es",
    "anonymous_story",
    "Una joven de 19 años nos escribió después de su primera cita en Brookside: «Pensé que "
    "nadie me iba a entender. Me equivoqué». 💚 Pedir ayuda es valiente.",
    "anonymous client; age under 90",
)

p(
    "en",
    "patient_story",
    "Remember the runaway tractor on Mill Pond Road on the 3rd? The driver, Eddie "
    'Lajoie, is now two weeks into rehab on 3 East and wants everyone to know "the tractor '
    'is fine." 🚜',
    [("DATE", "3rd"), ("NAME", "Eddie Lajoie"), ("GEO", "Mill Pond Road")],
    note="accident road and day of the month; the road also leads to the ED entrance",
)

n(
    "en",
    "statistic",
    "This year our rehab unit helped 312 people get back home. 🏡 Average stay: 13 days. "
    'Oldest patient: "a lady never tells." Most laps around the unit in a single day: 44.'
    "\n\nEvery one of those homecomings took a team: nurses, therapists, doctors, case managers, dietitians, aides and a lot of families. 🏡 Thank you for trusting us with the hard part.",
    "aggregate statistics",
)

p(
    "en",
    "memorial",
    "The Wescott Falls Fire Department lowered the flag at Station 1 today for retired "
    'firefighter Armand "Dutch" Vachon, who died Tuesday at Maple Terrace. 🚒 Dutch '
    "answered his first call in 1958. His wife, Rita, asks that donations go to the FD "
    "auxiliary.",
    [
        ("NAME", 'Armand "Dutch" Vachon'),
        ("GEO", "Wescott Falls"),
        ("NAME", "Dutch", "*"),
        ("NAME", "Rita"),
    ],
    note="a firefighter who was a resident; weekday and bare year are not labelled",
)

n(
    "en",
    "hospital_contact",
    "Questions about Maple Terrace? Visit mapleterraceliving.org, email "
    "tours@mapleterraceliving.org, or stop by 12 Maple Terrace Drive for a tour. 🍁",
    "the community's own domain, email and address",
)

p(
    "en",
    "birth_announcement",
    "Little Faustino was born on Easter Sunday — his parents say he's their resurrection "
    "baby after three losses. 🐣💙 Welcome to the world, Faustino!"
    '\n\nHis mom asked us to share this for every family who has lost a pregnancy: "Don\'t give up hope. He was worth every tear." 💙 Our perinatal loss support group meets monthly; call (603) 555-0136.',
    [("NAME", "Faustino", "*"), ("DATE", "Easter Sunday")],
    note="birth on a holiday; 'Little' is a descriptive word outside the name",
)

n(
    "en",
    "event",
    "Easter egg hunt on the Maple Terrace lawn, Saturday at 10 am. 🐣 Residents' "
    "grandkids, great-grandkids and honorary grandkids welcome!",
    "holiday event",
)

p(
    "es",
    "thank_you",
    "Queremos dar las gracias a Marisela, la hija de uno de nuestros pacientes de "
    "rehabilitación, por traer tamales para todo el turno de noche. 🫔 ¡Su papá tiene la "
    "mejor hija del mundo!",
    [("NAME", "Marisela")],
    note="patient unnamed; his daughter's first name",
)

n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete para su cita? Es gratis. 🗣️ Llame al (603) 555-0100 y pida "
    "intérprete en español o portugués. También en granitehollowhealth.org/idiomas"
    "\n\nUsted tiene derecho a un intérprete profesional. No tiene que traer a sus hijos ni a otro familiar para interpretar. 🗣️ Tenemos intérpretes en persona, por video y por teléfono las 24 horas.",
    "hospital number and domain",
)

# ---------------------------------------------------------------------------
# batch 6
# ---------------------------------------------------------------------------

p(
    "en",
    "milestone_birthday",
    "Resident of the Month — March 🍀\n\n"
    "Mrs. Constance Whitfield celebrated her 90th birthday on March 3 with a trip to the "
    "Carrow library, where she worked as head librarian for 31 years. The staff there "
    'still keep her card catalog in the basement "just in case."\n\n'
    "Constance reads two books a week and runs our Maple Terrace book club with a firm "
    "hand and a red pen. Congratulations, Constance! 📚",
    [
        ("NAME", "Constance Whitfield"),
        ("GEO", "Carrow"),
        ("AGE", "90th"),
        ("DATE", "March 3"),
        ("NAME", "Constance", "*"),
    ],
    note="'March' in the heading is the award month; the birthday is labelled",
)

n(
    "en",
    "staff_spotlight",
    "Employee of the Month: Luis Ferreira, Maple Terrace cook! 🍳 Luis learned to cook in "
    "his grandmother's kitchen on São Miguel, and residents say his Friday fish chowder is "
    "the best in the county."
    '\n\nHe also started "Ask the Chef" Tuesdays, when residents request a dish from their childhood and he does his best to recreate it. 🍲 So far: tourtière, pierogi, feijoada and one very ambitious baked Alaska.',
    "staff member with a Portuguese surname; his grandmother is not a patient",
)

p(
    "en",
    "patient_story",
    "GRACIE WALKED!!! 👣 Eleven weeks after the crash, Gracie took six steps between the "
    "parallel bars and then demanded a milkshake. Gracie, we are SO proud. 💜",
    [("NAME", "GRACIE"), ("NAME", "Gracie", "*")],
    note="the same name in capitals and in title case",
)

n(
    "en",
    "anonymous_story",
    "A Korean War veteran at Maple Terrace asked for one thing on Veterans Day: to hear "
    "taps played properly. A Carrow High trumpeter came over after school and played it "
    "in the courtyard. 🎺 He saluted the whole time.",
    "anonymous resident; Veterans Day is not his personal event",
)

p(
    "en",
    "pasted_record",
    "copied the census by accident, sorry!!\n"
    "bed 3E-07  HOWE, Beverly  91F  adm 4/28  fall\n"
    "bed 3E-09  NUNES, Alvaro  78M  adm 4/30  CVA\n"
    "anyway — welcome to our new rehab aides starting Monday! 🎉",
    [
        ("OTHER_ID", "bed 3E-07"),
        ("NAME", "HOWE, Beverly"),
        ("AGE", "91F"),
        ("DATE", "4/28"),
        ("OTHER_ID", "bed 3E-09"),
        ("NAME", "NUNES, Alvaro"),
        ("DATE", "4/30"),
    ],
    note="census lines: an age token with a sex suffix (91F) is AGE; 78M is under 90",
)

n(
    "en",
    "health_tip",
    "Stroke? BE FAST. 🧠 Balance lost, Eyes blurry, Face drooping, Arm weak, Speech "
    "slurred, Time to call 911. In our rural county, every minute of the drive counts.",
    "health tip",
)

p(
    "en",
    "thank_you",
    'A thank-you from resident Ozzie Bergeron to our dining team: "You remembered I like '
    "my eggs runny and my coffee strong. At my age, that's love.\" 🍳☕"
    "\n\nOzzie spent 30 years as a short-order cook, so he knows a good egg when he sees one. 🍳 Our dining team framed his note and hung it by the grill.",
    [("NAME", "Ozzie Bergeron"), ("NAME", "Ozzie", "*")],
    note="resident quoted by name",
)

n(
    "en",
    "event",
    "Town Meeting Day: the Wescott Falls town clerk will bring a ballot box to Maple "
    "Terrace from 9 to 11 am so residents can vote without braving the ice. 🗳️"
    "\n\nResidents registered in other towns can request an absentee ballot at the front desk — our activities team will help with the paperwork and the stamps. 📬",
    "event; residents unnamed; the town is not tied to a patient",
)

p(
    "en",
    "patient_story",
    "Jessie from Dunmore asked us to share her story. 💚 A year ago she couldn't get out of "
    "bed. She started at Brookside, then joined our walking group, and last month she "
    'finished her first half marathon. "I ran for everyone still in bed," she said.'
    "\n\nIf you're in a dark place right now, please know that help is close to home. 💚 Brookside: (603) 555-0136 | Crisis line: 988",
    [("NAME", "Jessie"), ("GEO", "Dunmore")],
    note="behavioral-health client's first name and town",
)

n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke: sudden weakness on one side of the face. Always "
    "get checked right away — it's not something to sleep on. Our ED is open 24/7 at "
    "400 Lyman Road.",
    "eponymous condition; the hospital's own address",
)

p(
    "en",
    "memorial",
    "RIP Moose 💔 Moose Levesque, Carrow's favorite crossing guard for 28 years, died "
    "peacefully at Maple Terrace on the 30th. Every kid in town knew his whistle."
    "\n\nHe stood at that crosswalk through sleet, snow and mud season, and he knew every child's name and most of their dogs' names too. 💔 The elementary school will hold a moment of silence at morning assembly.",
    [
        ("NAME", "Moose", 1),
        ("NAME", "Moose Levesque"),
        ("GEO", "Carrow"),
        ("DATE", "30th"),
    ],
    note="nickname that is an animal; the town where he worked",
)

n(
    "en",
    "sponsor",
    "Thanks to a gift from Ruth and Ed Paradis, the new Paradis Reading Room at Maple "
    "Terrace has large-print books, audiobooks and the comfiest chairs in the building. 📖"
    "\n\nRuth was a school librarian for 35 years and Ed taught English at Carrow High, so this one was personal. 📚 The reading room is open to residents and their families every day from 8 to 8.",
    "donors and the room named for them",
)

p(
    "en",
    "patient_story",
    "The #TeamJoJo shirts have arrived on 3 East! 💜 Jo's grandkids designed them, and the "
    "PT team wears them every Thursday until she goes home.",
    [("NAME", "#TeamJoJo"), ("NAME", "Jo")],
    note="name hashtag and the short first name",
)

n(
    "en",
    "crisis_update",
    "MEASLES EXPOSURE NOTICE: anyone in our ED waiting room on March 3 between 2 and 5 pm "
    "may have been exposed. If you were here and are not vaccinated, call (603) 555-0100.",
    "public exposure notice; no patient identified",
)

p(
    "en",
    "pasted_record",
    "billing Q pasted in by mistake: verify SSN last 4: 2291 and ins member ID "
    "ZGP448201937 for pt Rosemary Tuttle before we mail the thank-you letter!",
    [
        ("SSN", "2291"),
        ("HEALTH_PLAN", "ZGP448201937"),
        ("NAME", "Rosemary Tuttle"),
    ],
    note="partial SSN (last four digits) is still labelled SSN",
)

n(
    "en",
    "recruitment",
    "Brookside is hiring licensed clinicians (LICSW, LCMHC, LADC). 💼 Four-day work weeks, "
    "loan repayment, and a team that actually eats lunch together. Apply at "
    "granitehollowhealth.org/careers",
    "recruitment",
)

p(
    "es",
    "milestone_birthday",
    "¡65 años de casados! 💍 Don Beto y doña Chela se casaron el 24 de diciembre, en "
    "Nochebuena, en una iglesita de Ponce. Hoy celebraron en Maple Terrace con arroz con "
    "gandules y mucha música."
    "\n\nTienen cuatro hijos, nueve nietos y dos bisnietos, y todos vinieron a bailar con ellos. 💃 El secreto, según doña Chela: «Nunca acostarse enojados». El secreto, según don Beto: «Darle la razón».",
    [
        ("NAME", "Beto", "*"),
        ("NAME", "Chela", "*"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("GEO", "Ponce"),
    ],
    note="wedding date named twice; the town of the wedding",
)

n(
    "es",
    "event",
    "Día de Muertos en Maple Terrace 🕯️ Del 31 de octubre al 2 de noviembre habrá un "
    "altar comunitario en la capilla. Traiga una foto de sus seres queridos."
    "\n\nEl 2 de noviembre a las 4 pm tendremos pan de muerto, chocolate caliente y música, y nuestro capellán dirá unas palabras por todos los que ya no están. 🌼 Todos son bienvenidos.",
    "event dates; photos of the public's relatives, not patients",
)

p(
    "en",
    "patient_story",
    "Paramedic Tony Medeiros has brought hundreds of people through our ambulance bay. On "
    "the 9th, he came through it on a stretcher. 🚑 After a cardiac arrest at the station, "
    "Tony is home — and already lecturing his crew about CPR.",
    [("NAME", "Tony Medeiros"), ("DATE", "9th"), ("NAME", "Tony", "*")],
    note="a paramedic who became the patient",
)

n(
    "en",
    "staff_spotlight",
    "Congratulations to paramedic Jenn Ouimet, named NH EMS Provider of the Year! 🚑 Jenn "
    "has run calls out of Carrow for 18 years and teaches our community CPR classes."
    '\n\nShe was nominated by the Carrow Fire Department, whose chief wrote that Jenn "is the calmest person in any room, especially the loud ones." 🚑 Congratulations, Jenn!',
    "EMS award",
)

p(
    "en",
    "thank_you",
    'A message from Denise, whose son spent 30 days in our adolescent program: "You '
    "didn't just help him. You helped our whole family learn how to talk again.\" 💚",
    [("NAME", "Denise")],
    note="patient unnamed; his mother's first name",
)

n(
    "en",
    "anonymous_story",
    "More grandparents in our county are raising their grandkids than ever. 👵👦 One of them "
    'told us, "I thought I was done with homework in 1985." Brookside runs a free '
    "support group for kinship caregivers. Call (603) 555-0136.",
    "anonymous quotation; a bare year",
)

p(
    "en",
    "thank_you",
    "ty @the_pereira_fam for the sunflowers 🌻 your mom was a joy to care for.",
    [("OTHER_ID", "@the_pereira_fam")],
    note="the family's handle is the only identifier",
)

n(
    "en",
    "campaign_hashtag",
    "148 residents. 212 staff. 1 big family. 🍁 #MapleTerraceFamily #GraniteHollowStrong",
    "campaign hashtags and counts",
)

p(
    "en",
    "milestone_birthday",
    "Our 102-year-old pen pal champion, Winifred Colby, has written a letter every month "
    "for six years to the fourth graders at the elementary school down the road. ✉️ This week "
    "they wrote "
    "back — 24 birthday cards."
    '\n\nShe writes about growing up on a farm without electricity, her first airplane ride, and what school was like "when the teacher was also the janitor." ✉️ The kids write back about video games, which she reports are "very confusing."',
    [("AGE", "102-year-old"), ("NAME", "Winifred Colby")],
    note="hyphenated age token",
)

n(
    "en",
    "public_figure",
    "After 36 years, Carrow Fire Chief Tom Bisson is retiring. 🚒 He taught CPR in our "
    "classrooms, ran our disaster drills and never once missed our Stop the Bleed class. "
    "Thank you, Chief."
    "\n\nChief Bisson's retirement party is open to the public: Friday, 5-8 pm at the Carrow fire station. 🚒 Bring a story — he has a few about us too.",
    "public figure retiring; not a patient",
)

p(
    "en",
    "discharge",
    "Buck's headed back to his camp on Loon Lake 🎣 after 24 days on 3 East. He promised "
    "our PTs a trout each. We're holding him to it, Buck!",
    [("NAME", "Buck", "*"), ("GEO", "Loon Lake")],
    note="a nickname that is a common word; where he lives",
)

n(
    "en",
    "research",
    "Loneliness is as harmful as smoking 15 cigarettes a day. Our Maple Terrace team is "
    "studying whether weekly phone calls from high-school volunteers help. Early results "
    "this spring! ☎️"
    "\n\nSo far 40 students and 40 residents are paired up, and several calls have run well past the scheduled 15 minutes. 📞 One student told us she now calls her own grandmother more often, too.",
    "research; no individual",
)

p(
    "es",
    "patient_story",
    "Conozcan a Milagros, de 8 años. 💜 Llegó a terapia sin poder sostener un lápiz después "
    "de su accidente, y hoy nos escribió una carta de tres páginas. Milagros hace honor a "
    "su nombre: es puro milagro.",
    [("NAME", "Milagros", "*")],
    note="a name that is also a common noun; the lower-case noun is not the name",
)

n(
    "es",
    "health_tip",
    "Ola de calor ☀️ Tome agua aunque no tenga sed, evite salir entre 11 y 4, y visite a sus "
    "vecinos mayores. Si alguien está confundido o muy caliente, llame al 911.",
    "health tip",
)

p(
    "en",
    "pasted_record",
    "Photo release for Vernon Ames attached — signed 5/5 by his POA, daughter Linda "
    "Ames-Kerr (lindaak@comcast.net). Ok to post the fishing derby story!",
    [
        ("NAME", "Vernon Ames"),
        ("DATE", "5/5"),
        ("NAME", "Linda Ames-Kerr"),
        ("EMAIL", "lindaak@comcast.net"),
    ],
    note="release-signing date; 'Photo release' is a form, not a picture of the patient",
)

p(
    "en",
    "patient_story",
    "Twins Joey and Jamie Silva, 9, had their tonsils out on the same morning — in bed 5 "
    "and bed 6, of course. 🍦 Their mom reports a household ice cream shortage."
    "\n\nThe twins compared popsicle flavors all afternoon and, according to our nurses, argued about who was braver. 🍦 (Both. Definitely both.) Get well soon, you two!",
    [
        ("NAME", "Joey"),
        ("NAME", "Jamie Silva"),
        ("OTHER_ID", "bed 5"),
        ("OTHER_ID", "bed 6"),
    ],
    note="two patients with bed numbers",
)

n(
    "en",
    "staff_spotlight",
    "Shout-out to Tonya in environmental services, who found a resident's lost wedding "
    "ring in a laundry cart after a four-hour search. 💍 That's above and beyond."
    '\n\nTonya has been on our environmental services team for 11 years and says she just "couldn\'t stand the thought of someone losing something that important." 💍 Thank you, Tonya.',
    "staff member; resident anonymous",
)

p(
    "en",
    "thank_you",
    "Thank you to the family of Roger Blais, who asked that memorial gifts go to our rehab "
    "unit. 💙 We've received $4,280 in Roger's name, enough for a new standing frame."
    "\n\nRoger spent two months with us after his stroke, and his family says the standing frame was the first time he felt tall again. 💙 Now another patient will get that same moment.",
    [("NAME", "Roger Blais"), ("NAME", "Roger", "*")],
    note="memorial gifts in a patient's name",
)

n(
    "en",
    "sponsor",
    "An anonymous donor has matched every gift to the Maple Terrace activities fund this "
    "month, up to $10,000. 🎉 Give at granitehollowhealth.org/give"
    "\n\nThe fund pays for everything from art supplies and bus trips to the ocean to a new piano for the Commons. 🎹 Every dollar you give this month becomes two.",
    "anonymous donor",
)

p(
    "en",
    "milestone_birthday",
    "Senhor Avelino Furtado turns 90 this week! 🎉 He fished out of New Bedford for 40 "
    'years, and he swears our Friday cod is "almost as good as my wife\'s." Parabéns!',
    [("NAME", "Avelino Furtado"), ("AGE", "90"), ("GEO", "New Bedford")],
    note="Portuguese honorific outside the name; city where he worked",
)

n(
    "en",
    "hospital_contact",
    "Lost something during your stay? 🧤 Call our Security office at (603) 555-0100, "
    "ext. 2, or stop by the main lobby at 400 Lyman Road.",
    "hospital phone and address",
)

p(
    "en",
    "memorial",
    'Wescott Falls has lost a pillar. 💐 Former Selectwoman Margaret "Peg" Hurd died '
    "Sunday in our hospice unit, her daughter Donna at her side. Peg served on the "
    "Selectboard for 24 years and never missed a town meeting.",
    [
        ("NAME", 'Margaret "Peg" Hurd'),
        ("GEO", "Wescott Falls"),
        ("NAME", "Donna"),
        ("NAME", "Peg", "*"),
    ],
    note="a former official who was a hospice patient; her daughter named",
)

n(
    "en",
    "public_figure",
    "Town Clerk Rachel Boisvert came to Maple Terrace to register 12 new voters. 🗳️ "
    "Democracy doesn't retire!"
    "\n\nThe newest voters ranged from a retired trucker who'd never bothered before to a former selectman who had simply moved. 🇺🇸 Polls at Maple Terrace open at 9 on Town Meeting Day.",
    "town official as guest; residents unnamed",
)

p(
    "es",
    "discharge",
    "Sofi salió hoy de la sala de cuidados especiales después de 40 días. 🍼 Su mamá, "
    "Yaritza, dice que lo primero que van a hacer en casa es dormir. ¡Felicidades, familia!"
    "\n\nNació con apenas 3 libras y hoy sale a casa con más de 5, comiendo muy bien y con unos pulmones muy fuertes, según las enfermeras. 🍼 ¡Gracias al equipo de la sala de cuidados especiales!",
    [("NAME", "Sofi"), ("NAME", "Yaritza")],
    note="baby's nickname and mother's name",
)

n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Lucía Andrade cumple 25 años en Granite Hollow. 🎉 Empezó en el turno "
    "de noche y hoy dirige la unidad de rehabilitación. ¡Gracias, Lucía!"
    "\n\nSus compañeras dicen que Lucía nunca pierde la calma y que siempre tiene una palabra amable para los pacientes nuevos. 💙 ¡Felicidades por estos 25 años!",
    "staff anniversary",
)

p(
    "en",
    "patient_story",
    "Pictured: Norma Jean Leduc, 98, with the quilt she finished on 3 East while recovering "
    "from a broken wrist — one-handed for the first two weeks. 🧵 It's going to her newest "
    "great-grandbaby.",
    [("PHOTO", "Pictured"), ("NAME", "Norma Jean Leduc"), ("AGE", "98")],
    note="the caption says the photo shows the patient",
)

if __name__ == "__main__":
    S.main("phi_dev11_source")
