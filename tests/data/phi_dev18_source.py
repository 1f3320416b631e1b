"""Blind development set d18 for the PHI scanner: tests/data/phi_dev18.jsonl.

Organisation: the fictional Big Sky Regional Health (phi_dev18_org.json), a
critical-access hospital in Miles City, Montana, with the Sagebrush Manor
long-term-care wing on its campus, clinics in Forsyth, Glendive, Baker, Broadus
and Jordan, and outreach to the Northern Cheyenne and Crow reservations.

Focus: small-town eastern-Montana posts where everyone knows everyone - ranch,
rodeo, branding, hunting and snowmobile injuries, wildfire smoke and blizzard
updates, air-ambulance flights to Billings, 4-H and county fairs, nursing-home
residents over 90, one-room-school kids, traveling nurses, Cheyenne and Crow
families and tribal events, nicknames (Slim, Dusty, Tex, Bud, Sis, Goose,
Tuffy) and first names that are words, places or brands (Wyatt, Cody, Laramie,
Sheridan, Dakota, Harley, Colt, Montana, Cheyenne, Hunter, Sunny, Storm).
Chatty Facebook posts, short X posts, lower-case and ALL-CAPS writing, and
internal notes pasted by mistake. About 10% of the posts are in Spanish, for
the families of seasonal ranch and farm workers.

Labelling decisions this set takes where the rules leave room:
- Location of the patient's injury is GEO like "the road of the patient's
  crash" (highway, hunting area, badlands outside a town, trail, ranch), but
  rodeo arenas, fairs, jackpots and other event venues are NOT GEO even when
  the injury happened there (the rules exclude event venues).
- A named ranch that is the patient's family home or workplace ("Lazy T Bar
  Ranch", "rancho Sawtooth", "Sand Creek Ranch") is GEO; the span includes the
  word Ranch/rancho, as "Elm Street" / "calle Elm" include Street/calle. A ranch
  that is only a sponsor, with no patient tie, is not labelled.
- A family's registered livestock brand ("Rafter B Bar brand") tied to a
  patient is a unique identifying mark and is labelled OTHER_ID.
- The city of a receiving facility (flights or transfers to Billings, Denver,
  Salt Lake) and towns named only as clinic, school, team or event locations are
  not GEO; only the patient's or family's home, birthplace, injury location or
  mailing address is.
- Schools (the Kircher one-room school, Lame Deer High) are not labelled.
- An Indian reservation or community named as a patient's home is GEO at the
  level written (town names such as Lame Deer, Busby, Crow Agency, Pryor).
- A tribal enrollment number in a pasted record is OTHER_ID; an IHS chart
  number is MRN.
- An age over 89 of a single identifiable patient is labelled even with no
  name ("our oldest resident turned 104", "a 100-year-old came through our flu
  clinic"), so those posts are patient-specific. An age over 89 that the
  patient is about to reach ("he turns 90 next month", "que cumpla los 100") is
  labelled too. "One hundred years ago, X was born" states her age: AGE.
  Ages of volunteers/staff (a 90th birthday of a board member) are not.
- In an age+sex token from a chart ("90M") the whole token is the AGE span,
  because "90" alone is not a whole word there.
- Dates of a pasted record that fall inside the patient's stay or care (track
  board date, handoff date, security-log date during a delivery, specimen date,
  appointment date, payment-plan date) are DATE. Seasons ("this spring",
  "last fall") are not dates; a month is. Named multi-day local events
  (Bucking Horse Sale, Crow Fair, Eastern Montana Fair) are not dates.
  "the Ides of March" as a birth date is DATE.
- A staff member who is the patient, or whose daughter and granddaughter are
  the patients, is labelled (patient / patient's relative). Staff news about
  their own families with no patient in it is not.
- A public figure who is the patient (a legislator, an NFR cowboy) is labelled;
  his workplace (Helena, for session) is not GEO.
- Generic words that look like names are not labelled: "WELCOME HOME SIS" on a
  sign, "you were the bravest 9 yr old i ever met bud", "Slim chance",
  "Dusty trails", "his Harley", "Hunter safety", "23 Wyatts". Pets, horses,
  steers, toys, storms (Winter Storm Harley, Winter Storm Dakota), fires and
  buildings named like people are not labelled.
- A family's or relative's payment or social handle (@ladybuckaroo_406,
  Venmo @Kristi-Nordby) and a portal user name are OTHER_ID; an IT ticket number
  about a patient's account is OTHER_ID; a rural route box (HC 32 Box 1180,
  PO Box 212) is GEO.
- Room, bed and bay numbers include their keyword ("Rm 6", "bed 2",
  "habitacion 214", "triage 2"); an empty room in a room list is not labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev18.jsonl"), os.path.join(HERE, "phi_dev18_org.json"), "d18")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

p(
    "en",
    "patient_story",
    "Y'all, if you were at the Broadus rodeo Saturday you saw Wyatt Brannigan's saddle bronc ride go sideways. "
    "Wyatt spent the weekend with us getting his collarbone pinned and he wants everybody to know he is FINE and "
    "already asking when he can get back on. Thanks to Powder River EMS for the quick haul and to our OR crew for "
    "coming in on a weekend. Heal up, cowboy! \U0001f920",
    [("NAME", "Wyatt Brannigan"), ("NAME", "Wyatt", "*")],
    note="rodeo town is an event venue, not GEO; Saturday is a weekday",
)

n(
    "en",
    "health_tip",
    "Calving season is here. Every year we see ranchers with kicks to the chest, shoulder strains from pulling "
    "calves, and frostbitten fingers from 3 a.m. heifer checks. Wear gloves, tell somebody where you're headed, "
    "and keep your phone charged. Our ER is open 24/7: (406) 555-0141.",
    "seasonal safety tip; hospital ER number",
)

p(
    "en",
    "memorial",
    'The Big Sky family lost a legend this week. Harold "Slim" Vogel, 94, longtime brand inspector from Terry '
    "and a regular in our Sagebrush Manor coffee circle, passed away peacefully on January 9th with his daughters "
    "at his side. Slim could tell you every brand between the Yellowstone and the Missouri. Ride easy, Slim.",
    [
        ("NAME", 'Harold "Slim" Vogel'),
        ("NAME", "Slim", "*"),
        ("AGE", "94"),
        ("GEO", "Terry"),
        ("DATE", "January 9th"),
    ],
    note="nickname inside full name and alone; age over 89; hometown",
)

n(
    "en",
    "crisis_update",
    "Winter Storm Harley is dumping snow on Custer & Fallon counties. Roads to Baker are closed and our Baker "
    "clinic is closed today; the ER in Miles City is open. Stay home if you can. #MTwx",
    "storm named like a person; clinic closure",
)

p(
    "en",
    "birth_announcement",
    "First baby of 2025 at Big Sky Regional! Welcome to the world, Laramie Jo Pretty On Top, born January 1 at "
    "4:12 a.m., 7 lb 3 oz. Mom Tasha and dad Cordell drove in from Lodge Grass through the fog. Congratulations!",
    [
        ("NAME", "Laramie Jo Pretty On Top"),
        ("DATE", "January 1"),
        ("NAME", "Tasha"),
        ("NAME", "Cordell"),
        ("GEO", "Lodge Grass"),
    ],
    note="Crow multi-word surname; place-name first name; bare year not labelled",
)

n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Meet Dakota, our newest respiratory therapist! Dakota grew up on a wheat farm near Circle, "
    "rode bulls in high school (don't tell his mom) and came home after RT school in Great Falls. When he's not at "
    "work you'll find him ice fishing on Fort Peck. Welcome home, Dakota!",
    "staff member with a place-name first name and hometown; not a patient",
)

p(
    "en",
    "pasted_record",
    "ED TRACKBOARD 2/14 0600: Rm 6 - SPOTTED ELK, TERRANCE M, DOB 03/22/1987, MRN 40018832, c/o L ankle inj after "
    "thrown from horse. IHS referral pending. Rm 7 - empty",
    [
        ("DATE", "2/14"),
        ("OTHER_ID", "Rm 6"),
        ("NAME", "SPOTTED ELK, TERRANCE M"),
        ("DATE", "03/22/1987"),
        ("MRN", "40018832"),
    ],
    note="trackboard date is the visit date; empty room not labelled",
)

n(
    "en",
    "event",
    "The Eastern Montana Fair is Aug 14-17 and our nurses will be in the 4-H barn doing free blood pressure checks "
    "and handing out sunscreen. Stop by and say hi to Colt, our therapy horse mascot!",
    "event dates; a horse named Colt",
)

p(
    "en",
    "thank_you",
    "A big thank you from the Haugen family to everyone at Big Sky who took care of Dad after his tractor rollover "
    "in March. Ray says the food was better than Mom's but don't tell her. We will never forget what you did. "
    "- Connie, Dale & the whole Haugen crew, Ismay MT",
    [
        ("NAME", "Haugen", "*"),
        ("DATE", "March"),
        ("NAME", "Ray"),
        ("NAME", "Connie"),
        ("NAME", "Dale"),
        ("GEO", "Ismay"),
    ],
    note="family signature; month alone of the injury; town in sign-off",
)

n(
    "en",
    "recruitment",
    "Traveling nurses: 13-week ICU & ER contracts in Miles City. Big sky, short commutes, and the best "
    "chicken-fried steak in Montana. Apply at bigskyregional.org/careers or call 406-555-0161.",
    "recruitment; hospital domain and HR number",
)

p(
    "en",
    "patient_story",
    "Prayers for Bud Kessler tonight. Rolled his sled out by Fort Peck, flown to Billings. #BudStrong",
    [("NAME", "Bud Kessler"), ("GEO", "Fort Peck"), ("NAME", "#BudStrong")],
    note="short X post; crash location GEO, receiving city not",
)

n(
    "en",
    "anonymous_story",
    "Last week a rancher in his 70s came into our Jordan clinic with chest pain he'd been 'walking off' for two "
    "days. Our PA got him an EKG, a helicopter, and a cath lab in Billings within 90 minutes. He's home now and back "
    "feeding cows. Don't walk it off. Call 911.",
    "anonymous patient; age under 90; clinic location is the hospital's",
)

p(
    "es",
    "patient_story",
    "¡Gracias a Dios! Don Efraín Solís ya está en casa después de la cornada que le dio un toro en el rancho "
    "Quarter Circle U cerca de Birney. Su esposa, doña Lupe, nos pidió dar las gracias a todo el equipo de "
    "urgencias. ¡Fuerza, don Efraín! #FuerzaEfrain",
    [
        ("NAME", "Efraín Solís"),
        ("NAME", "Efraín", "*"),
        ("GEO", "rancho Quarter Circle U"),
        ("GEO", "Birney"),
        ("NAME", "Lupe"),
        ("NAME", "#FuerzaEfrain"),
    ],
    note="ranch where the worker was gored is GEO; don/doña excluded",
)

n(
    "en",
    "public_figure",
    "PRCA bullfighter Dusty Rhoads stopped by the pediatric floor today to sign hats and teach the kids how to "
    "'read a bull.' Thanks for making their day, Dusty!",
    "visiting public figure with a nickname-like name; not a patient",
)

p(
    "en",
    "milestone_birthday",
    "Sagebrush Manor is throwing a party! Ethel Marchington turns 101 on Sunday, and she'd love cards. Ethel taught "
    "one-room school for 31 years and still corrects our grammar. Mail cards to Ethel c/o Sagebrush Manor, 2610 "
    "Wilson Street, Miles City, MT 59301.",
    [("NAME", "Ethel Marchington"), ("NAME", "Ethel", "*"), ("AGE", "101")],
    note="age over 89; hospital's own address not GEO; 31 years not an age",
)

n(
    "en",
    "crisis_update",
    "SMOKE UPDATE 8/3: Air quality in Miles City is in the UNHEALTHY range from the Rosebud Creek Fire. If you have "
    "asthma or COPD, stay indoors, run a HEPA filter, and call our nurse line at 406-555-0160 with questions.",
    "date of a hospital update; fire name",
)

p(
    "en",
    "discharge",
    "guess who finally got to go home today!! our sweet sheridan (age 6) beat RSV and 9 days on high flow. her big "
    "brother colt made her a sign that said WELCOME HOME SIS. we will miss you kiddo \U0001f495",
    [("NAME", "sheridan"), ("NAME", "colt")],
    note="lower-case names that are a place and a word; SIS on the sign is generic",
)

n(
    "en",
    "eponymous_condition",
    "Our Parkinson's support group meets the 2nd Tuesday at the Glendive clinic. Caregivers welcome. Led by our own "
    "Dr. Addison, who also runs the Alzheimer's caregiver coffee.",
    "eponymous conditions and a staff doctor named like a disease",
)

p(
    "en",
    "patient_story",
    "When the Ferris family's pickup hit black ice on Highway 212 east of Broadus on Christmas Eve, 16-year-old "
    "Dakota Ferris held pressure on his little sister's leg for 40 minutes until the Powder River ambulance got there. "
    "Harper, 9, is home now with a cast up to her hip and a whole lot of stuffed animals. Dakota, you are a hero. "
    "Thank you to the Broadus volunteer fire dept, Powder River EMS, and the flight crew who brought Harper to us. "
    "\u2764\ufe0f",
    [
        ("NAME", "Dakota Ferris"),
        ("NAME", "Ferris", "*"),
        ("GEO", "Highway 212"),
        ("GEO", "Broadus"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Harper", "*"),
        ("NAME", "Dakota", "*"),
    ],
    note="crash road and town; the fire department's Broadus is an organisation name",
    ok=("Broadus",),
)

n(
    "en",
    "statistic",
    "By the numbers, 2024: 412 babies born, 1,108 air & ground transfers, 96 rodeo-related injuries, 3 residents "
    "over 100 years old at Sagebrush Manor, and 1 very tired ER coffee pot. Thank you, eastern Montana.",
    "aggregate counts; population age",
)

p(
    "en",
    "campaign_hashtag",
    "Jordan's own Sis Nyquist needs us! Bake sale Sat at the Garfield County Bank for Sis's medical bills. "
    "#SisNyquistStrong #GarfieldCountyProud",
    [
        ("GEO", "Jordan"),
        ("NAME", "Sis Nyquist"),
        ("NAME", "Sis", "*"),
        ("NAME", "#SisNyquistStrong"),
    ],
    note="hometown; nickname; name hashtag vs county pride hashtag",
)

n(
    "en",
    "hospital_contact",
    "Reminder: our Forsyth clinic has moved! New address: 180 N 9th Ave, Forsyth. Same phone, (406) 555-0150. "
    "Walk-ins M-F 8-5.",
    "clinic's own address and number",
)

p(
    "en",
    "pasted_record",
    "Billing note - acct 7730-112984 / Medicaid ID 1004873221 - pt Dusty Alderson, 2nd claim for air transport "
    "11/04 denied, resubmit w/ flight log. Mom (Kayla) says call her cell 406-555-0179 not home phone.",
    [
        ("ACCOUNT", "7730-112984"),
        ("HEALTH_PLAN", "1004873221"),
        ("NAME", "Dusty Alderson"),
        ("DATE", "11/04"),
        ("NAME", "Kayla"),
        ("PHONE", "406-555-0179"),
    ],
)

n(
    "en",
    "staff_spotlight",
    "Happy retirement to Bud! After 38 years keeping our boilers running through -40 winters, Bud is trading his "
    "wrench for a fishing pole. Come have cake in the cafeteria Friday 2-4.",
    "retiring staff member with a nickname",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Guadalupe Ramírez Ortega! Nació el 12 de abril en nuestro centro de partos, pesando "
    "3.2 kg. Felicidades a sus papás, Marisol y Joaquín, que trabajan en un rancho cerca de Ashland. \U0001f389",
    [
        ("NAME", "Guadalupe Ramírez Ortega"),
        ("DATE", "12 de abril"),
        ("NAME", "Marisol"),
        ("NAME", "Joaquín"),
        ("GEO", "Ashland"),
    ],
)

n(
    "es",
    "health_tip",
    "Temporada de heno: cuidado con las empacadoras. Cada verano atendemos lesiones graves de manos y brazos. "
    "Apague la máquina antes de destaparla. Si tiene una emergencia llame al 911. Línea de enfermería en español: "
    "(406) 555-0160.",
    "consejo de seguridad; línea de la clínica",
)

p(
    "en",
    "memorial",
    "With the family's permission: our hearts are with the Two Moons family of Lame Deer. Elder Josephine Two Moons, "
    "who many of us knew as Grandma Jo, began her journey on October 2 at age 92. She was a fluent Cheyenne speaker, "
    "a beadworker, and a fixture at every Fourth of July powwow. An honour song will be sung for her at the Lame Deer "
    "powwow grounds. Néá'eše, Grandma Jo.",
    [
        ("NAME", "Josephine Two Moons"),
        ("NAME", "Two Moons", "*"),
        ("GEO", "Lame Deer"),
        ("NAME", "Jo", "*"),
        ("DATE", "October 2"),
        ("AGE", "92"),
    ],
    note="Cheyenne family name; powwow grounds are an event venue; the holiday is not her event",
    ok=("Lame Deer",),
)

n(
    "en",
    "event",
    "Northern Cheyenne outreach: our mobile clinic will be at the Busby community center Tuesday 10-3 and in Lame Deer "
    "Wednesday for diabetes screening, well-child checks and flu shots. No appointment needed.",
    "outreach event locations",
)

p(
    "en",
    "public_figure",
    "Get well soon to two-time NFR qualifier Colt Hardesty, who was treated in our ER after getting hung up in his "
    "rigging at the Bucking Horse Sale Saturday. Colt asked us to say thanks to the Miles City crowd and that he'll "
    "'be back next May.'",
    [("NAME", "Colt Hardesty"), ("NAME", "Colt", "*")],
    note="public figure who is the patient; event name and 'next May' are not his dates",
)

n(
    "en",
    "public_figure",
    "MSU Bobcats legend Tex Ramsey spent the afternoon at Sagebrush Manor and then visited the kids at the Kircher "
    "one-room school to talk about staying active. Thanks for giving back to eastern Montana, Tex!",
    "visiting athlete; not a patient",
)

p(
    "en",
    "thank_you",
    "Shoutout to Laramie & Cheyenne Whitehorse for the 200 cookies they baked for the ER after their dad's stay in "
    "ICU last month. You girls are the best! \U0001f36a",
    [("NAME", "Laramie"), ("NAME", "Cheyenne Whitehorse")],
    note="patient's daughters named, patient not; place and tribe names as first names",
)

n(
    "en",
    "anonymous_story",
    "One of our 4-H kids (you know who you are!) came in with a sprained wrist from her steer dragging her across the "
    "show ring, and STILL came back to win reserve champion. Eastern Montana grit.",
    "anonymous patient",
)

p(
    "en",
    "pasted_record",
    "4th flr census 0700: Rm 401 - PETERSON, obs / Rm 402 - WHITEMAN, M (fall, 91 y) / Rm 403 - empty / "
    'Rm 404 - "Tex" Ballard, d/c today. Pls update whiteboard.',
    [
        ("OTHER_ID", "Rm 401"),
        ("NAME", "PETERSON"),
        ("OTHER_ID", "Rm 402"),
        ("NAME", "WHITEMAN, M"),
        ("AGE", "91"),
        ("OTHER_ID", "Rm 404"),
        ("NAME", "Tex"),
        ("NAME", "Ballard"),
    ],
    note="room list; empty room and the floor are not labelled",
)

n(
    "en",
    "recruitment",
    "Now hiring: CNA at our Baker clinic. $2,000 sign-on bonus. Housing help available for rural hires. Questions? "
    "Call Shelby in HR at (406) 555-0161.",
    "recruitment; staff first name",
)

p(
    "en",
    "crisis_update",
    "Blizzard update: roads are closed north of Jordan. If you or someone you know needs dialysis transport, call "
    "us. Special thanks to the Garfield County road crew who plowed 40 miles so Mr. Leland Pfister could make his "
    "treatment in Glendive on time.",
    [("NAME", "Leland Pfister")],
    note="named patient inside a crisis update; treatment site is a facility location",
)

n(
    "en",
    "crisis_update",
    "\u26a0\ufe0f BLIZZARD WARNING through Thursday. Our Jordan and Broadus clinics will close at noon. Dialysis "
    "patients: our team will call you about rescheduled times. Do not travel on MT-200 unless it's an emergency.",
    "closures; highway with no patient",
)

p(
    "es",
    "thank_you",
    "Queremos agradecer a la familia Villalobos por los tamales que trajeron al piso de maternidad. La pequeña "
    "Xóchitl nació aquí el 24 de diciembre, ¡Nochebuena!, y su mamá Yesenia dice que volverán cada año. \U0001fad4",
    [
        ("NAME", "Villalobos"),
        ("NAME", "Xóchitl"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Yesenia"),
    ],
    note="same birth day named twice; 'la pequeña' excluded",
)

n(
    "es",
    "event",
    "Clínica de vacunas gratis para familias de trabajadores del campo: sábado 14 de septiembre, de 9 a 1, en los "
    "terrenos de la feria de Miles City. Habrá intérprete. Más información: (406) 555-0140.",
    "fecha de un evento del hospital",
)

p(
    "en",
    "milestone_birthday",
    "Our oldest resident at Sagebrush Manor turned 104 today and celebrated with a strawberry milkshake and a rerun of "
    "Gunsmoke. She says the secret is 'hard work and minding your own business.' \U0001f382",
    [("AGE", "104")],
    note="no name, but the age over 89 of one identifiable resident is an identifier",
)

n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Big Sky Regional's founding board member and volunteer Marv Ostby! Marv still drives the "
    "courtesy van on Tuesdays.",
    "volunteer's age over 89 is not a patient's",
)

n(
    "en",
    "research",
    "Big Sky Regional is one of 12 rural sites in a new MSU study on farm-related injuries. Participants will be "
    "anonymous and no names will be shared. Want to learn more? Email research@bigskyregional.org.",
    "research news; hospital email",
)

p(
    "en",
    "eponymous_condition",
    "Meet Tate. Tate is 11, lives on a cattle ranch outside Ekalaka, and has Type 1 diabetes and Addison's disease. "
    "This summer he showed his first steer at the Carter County fair with an insulin pump clipped to his belt. Proud "
    "of you, Tate! #T1DLooksLikeMe",
    [("NAME", "Tate", "*"), ("GEO", "Ekalaka")],
    note="eponymous condition not labelled; fair is a venue",
)

n(
    "en",
    "eponymous_condition",
    "Ever heard of Osgood-Schlatter? It's knee pain in growing kids, and we see a LOT of it in young basketball "
    "players and rodeo athletes every winter. Rest, ice, and stretching usually do the trick. Our sports medicine "
    "clinic in Glendive can help.",
    "eponymous condition, no patient",
)

p(
    "en",
    "staff_spotlight",
    "Some of you know our night charge nurse Kendra Larsen was on the other side of the ER doors last month after a "
    "horse went over backwards on her. Kendra is back at work this week (on light duty, per orders!) and wanted to "
    "thank the coworkers who cared for her. We love you, K!",
    [("NAME", "Kendra Larsen"), ("NAME", "Kendra", "*"), ("NAME", "K")],
    note="staff member who was the patient; initial",
)

n(
    "en",
    "staff_spotlight",
    "Nurses Week shoutout to our travelers! Sheridan from Tennessee, Austin from Texas, and Harley from Oregon have "
    "all signed on for another 13 weeks. Eastern Montana must be growing on them \U0001f609",
    "traveling nurses with place-name first names",
)

p(
    "en",
    "pasted_record",
    "FW: fall report - resident 'Grandpa Bud' Halvorsen, Sagebrush Manor rm 12B, found on floor 0310 on 1/27, no LOC, "
    "daughter Darla notified @ 406-555-0123.",
    [
        ("NAME", "Bud"),
        ("NAME", "Halvorsen"),
        ("OTHER_ID", "rm 12B"),
        ("DATE", "1/27"),
        ("NAME", "Darla"),
        ("PHONE", "406-555-0123"),
    ],
)

n(
    "en",
    "sponsor",
    "Thank you to the Miles City Kiwanis and the Hagen Family Foundation for funding our new NICU transport isolette! "
    "The Hagen family has supported Big Sky for three generations.",
    "donor family naming a foundation",
)

p(
    "en",
    "sponsor",
    "The new family waiting room on 3rd floor is named for Wyatt McCready, who was cared for here as a preemie in 1998 "
    "and passed away last year in a hunting accident. His parents, Dean and Luanne McCready, raised the funds through "
    "the Wyatt Walk. Thank you, Dean and Luanne.",
    [
        ("NAME", "Wyatt McCready"),
        ("NAME", "Wyatt", "*"),
        ("NAME", "McCready", "*"),
        ("NAME", "Dean", "*"),
        ("NAME", "Luanne", "*"),
    ],
    note="room named for a former patient; donors are his parents",
)

n(
    "en",
    "sponsor",
    "The Sheridan Wing is officially open! Named for the late Dr. Margaret Sheridan, Miles City's first woman "
    "physician, the wing houses our new infusion center. Thank you to all the donors who made it happen.",
    "building named for a historical physician",
)

p(
    "en",
    "patient_story",
    "UPDATE ON GRANDPA TEX!!! THE DOCS AT BIG SKY SAY HIS HIP SURGERY WENT PERFECT AND HE'LL BE BACK ON HIS HORSE BY "
    "BRANDING TIME. HE TURNS 90 NEXT MONTH SO PRAY HE LISTENS TO PT FOR ONCE \U0001f602 - THE WHEELER FAMILY, BAKER MT",
    [("NAME", "TEX"), ("AGE", "90"), ("NAME", "WHEELER"), ("GEO", "BAKER")],
    note="ALL CAPS family post; upcoming age of 90",
)

n(
    "en",
    "health_tip",
    "Hunters: before you head out for opening day, tell someone your route, pack a tourniquet, and unload before "
    "crossing fences. Last season our ER treated 14 hunting-related injuries. Let's make it zero this year.",
    "safety tip with counts",
)

p(
    "en",
    "discharge",
    "After 23 days, three surgeries and more Jell-O than any human should eat, Cody Bird In Ground walked out of Big "
    "Sky Regional today. Cody was hurt in a hay-baler accident on his family's place near Pryor on August 6th. Welcome "
    "home, Cody - the Plenty Coups Warriors are waiting for you!",
    [
        ("NAME", "Cody Bird In Ground"),
        ("NAME", "Cody", "*"),
        ("GEO", "Pryor"),
        ("DATE", "August 6th"),
    ],
    note="Crow multi-word surname; school named for a historical chief not labelled",
)

n(
    "en",
    "hospital_contact",
    "Looking for the lab? We're at 2600 Wilson Street, south entrance. Lab hours 6:30 am-5 pm. Results questions: "
    "(406) 555-0140 ext 3.",
    "hospital address and number",
)

p(
    "es",
    "pasted_record",
    "Nota de enfermería (NO PUBLICAR): Paciente Rosa Elena Quintero, FN 07/15/1979, habitación 214, dolor abdominal, "
    "esposo Tomás pide intérprete, tel. 406-555-0134.",
    [
        ("NAME", "Rosa Elena Quintero"),
        ("DATE", "07/15/1979"),
        ("OTHER_ID", "habitación 214"),
        ("NAME", "Tomás"),
        ("PHONE", "406-555-0134"),
    ],
)

n(
    "es",
    "anonymous_story",
    "Esta semana una mamá de un rancho cercano llegó con su bebé con fiebre muy alta. Gracias a que vino a tiempo, el "
    "bebé ya está bien. Recuerden: la fiebre en un bebé menor de 3 meses es una emergencia.",
    "historia anónima",
)

p(
    "en",
    "milestone_birthday",
    "happy 100th birthday to the one & only Opal Frisbee at Sagebrush Manor \U0001f388\U0001f4af",
    [("AGE", "100th"), ("NAME", "Opal Frisbee")],
)

n(
    "en",
    "event",
    "Powwow season! Our diabetes prevention team will have a booth at Crow Fair Aug 15-19 with free glucose checks, "
    "water, and sunscreen. Find us near the rodeo grounds in Crow Agency. #CrowFair",
    "tribal event dates and venue",
)

p(
    "en",
    "birth_announcement",
    "Please help us congratulate our own lab tech Jessa on the arrival of baby Ryder Colt Lindqvist, born here at Big "
    "Sky on May 30 at 7 lb 14 oz! Jessa and husband Nils say he already has a cowboy's grip. \U0001f499",
    [
        ("NAME", "Jessa", "*"),
        ("NAME", "Ryder Colt Lindqvist"),
        ("DATE", "May 30"),
        ("NAME", "Nils"),
    ],
    note="staff member who gave birth here is the patient",
)

n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Hal Brenner, whose granddaughter Sage just won the state spelling bee in Bozeman! Grandpa "
    "Hal has already ordered her a trophy case.",
    "staff member's family news with no patient",
)

p(
    "en",
    "patient_story",
    "Every year at branding, Lorraine 'Sis' Haskins ropes calves alongside her grandsons. This year, she did it 11 "
    "weeks after a double knee replacement at Big Sky Regional. 'Doc said no horses till summer,' Sis laughs. 'It "
    "was June 1st. That's summer.' Thank you, Sis, for sharing your story - and for the invitation to the Haskins "
    "branding near Mildred!",
    [
        ("NAME", "Lorraine 'Sis' Haskins"),
        ("NAME", "Sis", "*"),
        ("NAME", "Haskins", "*"),
        ("DATE", "June 1st"),
        ("GEO", "Mildred"),
    ],
    note="nickname; town that is also a first name",
)

p(
    "en",
    "anonymous_story",
    "A Jordan rancher (who asked us not to use his name) wanted us to share this: he ignored a tick bite for three "
    "weeks and ended up with Rocky Mountain spotted fever. He's doing well now. Check yourselves after a day in the "
    "brush.",
    [("GEO", "Jordan")],
    note="no name, but the patient's town is GEO; Jordan is also a first name",
)

n(
    "en",
    "anonymous_story",
    "This weekend our ER saw three ATV rollovers, two of them kids under 12. Helmets. Every ride. Every time. "
    "#RideSafeMT",
    "anonymous counts",
)

p(
    "en",
    "memorial",
    "Rest easy, Dusty. Our ICU team was honored to care for you these last weeks. Your rodeo buckle is still hanging at "
    "the nurses' station where you left it. \U0001f54a\ufe0f",
    [("NAME", "Dusty")],
)

n(
    "en",
    "memorial",
    "Big Sky mourns Dr. Walter Brekke, who delivered more than 3,000 babies in Miles City between 1962 and 1999. "
    "Services Saturday at First Lutheran. Doc, you were one of a kind.",
    "memorial for a former staff physician, not a patient",
)

p(
    "en",
    "pasted_record",
    "Security log 12/23 22:40 - pt family vehicle (gray Dodge Ram, MT plate 17-4482B) blocking ambulance bay. Owner = "
    "husband of pt in L&D rm 3, Marcus Tallbull. Moved by 22:55.",
    [
        ("DATE", "12/23"),
        ("VEHICLE", "17-4482B"),
        ("OTHER_ID", "rm 3"),
        ("NAME", "Marcus Tallbull"),
    ],
    note="patient's husband and his plate; log date during the delivery",
)

n(
    "en",
    "crisis_update",
    "Air ambulance update: due to high winds, our fixed-wing partner is grounded until 6 pm. Ground transport to "
    "Billings is running. Patients needing transfer will not be delayed - our ER doc will coordinate.",
    "operations update",
)

p(
    "en",
    "thank_you",
    "To the nurse who sat with my mom on 2 South on her last night: you held her hand and sang 'Red River Valley' "
    "with her. She passed on Thanksgiving morning. Thank you. - Judy Kittelmann, Terry",
    [("DATE", "Thanksgiving"), ("NAME", "Judy Kittelmann"), ("GEO", "Terry")],
    note="relative signs; the death is on the holiday",
)

n(
    "en",
    "statistic",
    "Fun fact: the drive from Ekalaka to our ER is 98 miles. That's why our Baker clinic now has telehealth with our "
    "ER physicians 24/7. Rural care that goes the distance.",
    "distance, not an age",
)

p(
    "en",
    "discharge",
    "Congrats Harley Killsnight on your discharge from rehab!! You worked SO hard. See you at the Memorial Day powwow "
    "\U0001f483",
    [("NAME", "Harley Killsnight")],
    note="Cheyenne surname; the powwow is not her event date",
)

n(
    "en",
    "campaign_hashtag",
    "This #GivingTuesday, help us buy a second warming blanket system for our rural ambulances. Every $50 keeps a "
    "trauma patient warm on a 90-mile ride. #BigSkyStrong #RuralHealthMatters",
    "campaign hashtags; 90 is miles",
)

p(
    "en",
    "campaign_hashtag",
    "Thank you to everyone who wore purple for #PurpleForPaisley at Friday's Custer County High game! The Cowgirls "
    "raised $4,200 for Paisley Roundstone's treatment in Denver.",
    [("NAME", "#PurpleForPaisley"), ("NAME", "Paisley Roundstone")],
    note="name hashtag; treatment city not GEO",
)

n(
    "en",
    "recruitment",
    "We're hiring a Crow-speaking patient navigator for our Hardin-area outreach. Knowledge of Apsáalooke language and "
    "culture preferred. Apply at bigskyregional.org/careers.",
    "recruitment",
)

p(
    "en",
    "pasted_record",
    "@BigSkyRegional pls disregard prior tweet - pt MRN 20049917 was not meant for this acct",
    [("MRN", "20049917")],
    note="bare MRN; the handle is the hospital's",
)

n(
    "en",
    "hospital_contact",
    "Our new main number is (406) 555-0140. Fax for records requests: (406) 555-0149. Email "
    "medicalrecords@bigskyregional.org. We are at 2600 Wilson Street, Miles City, MT 59301.",
    "hospital contact details",
)

p(
    "en",
    "health_tip",
    "Snowmobile safety from someone who learned the hard way: Garrett 'Goose' Lindahl of Circle wants you to know he "
    "was wearing his helmet when he hit a drift at 50 mph on January 18. He broke his femur, three ribs, and his sled. "
    "He did not break his head. Goose is home now and already pestering his mom about next winter. Wear the helmet.",
    [
        ("NAME", "Garrett 'Goose' Lindahl"),
        ("NAME", "Goose", "*"),
        ("GEO", "Circle"),
        ("DATE", "January 18"),
    ],
    note="tip told through a named patient; town that is a word",
)

n(
    "en",
    "health_tip",
    "Smoke from fires in Idaho and Oregon is drifting into eastern Montana. Kids, adults over 65, and anyone with lung "
    "disease should limit time outside. N95 masks help; cloth masks don't. Check the AQI at airnow.gov.",
    "population ages",
)

p(
    "es",
    "discharge",
    "¡Hoy se fue a casa Santiago! Tiene 4 años y pasó una semana con nosotros por una neumonía. Sus papás, Ana y Rubén "
    "Castañeda, trabajan en la temporada de esquila en un rancho cerca de Forsyth. ¡Te vamos a extrañar, Santi! "
    "\U0001f411",
    [
        ("NAME", "Santiago"),
        ("NAME", "Ana"),
        ("NAME", "Rubén Castañeda"),
        ("GEO", "Forsyth"),
        ("NAME", "Santi"),
    ],
    note="family's ranch town; nickname",
)

n(
    "es",
    "recruitment",
    "¿Busca trabajo? Big Sky Regional contrata personal de limpieza y cocina en Miles City. Se ofrece capacitación y "
    "ayuda con vivienda. Llame al (406) 555-0161 o visite bigskyregional.org/empleos.",
    "reclutamiento",
)

p(
    "en",
    "milestone_birthday",
    "Our Baker clinic family is celebrating a nonagenarian! Vernon 'Dutch' Ostrowski, a patient of ours since the "
    "clinic opened, came in for his checkup on his birthday and the staff surprised him with a pie. Happy birthday, "
    "Dutch!",
    [("AGE", "nonagenarian"), ("NAME", "Vernon 'Dutch' Ostrowski"), ("NAME", "Dutch", "*")],
)

n(
    "en",
    "public_figure",
    "Northern Cheyenne tribal council members and IHS leaders joined us in Lame Deer today to sign a new telehealth "
    "partnership. Thank you for your trust.",
    "officials, no patient",
)

p(
    "en",
    "patient_story",
    "That moment when the kid you flew to Billings in August walks into the ER with a plate of brownies. Thanks for "
    "stopping by, Maverick! \U0001f681\U0001f36b",
    [("DATE", "August"), ("NAME", "Maverick")],
    note="month of the patient's flight",
)

n(
    "en",
    "anonymous_story",
    "Last night our flight crew landed in a hay field by headlights to reach a patient. That's rural medicine. Proud of "
    "this team. \U0001f681",
    "anonymous patient",
)

p(
    "en",
    "pasted_record",
    "Referral fax cover - To: IHS Crow Service Unit / Re: OLD ELK, ELAINE / DOB 9-14-1962 / Tribal enr # 0021-884 / "
    "Chart 55102 / Fax back to (406) 555-0149",
    [
        ("NAME", "OLD ELK, ELAINE"),
        ("DATE", "9-14-1962"),
        ("OTHER_ID", "0021-884"),
        ("MRN", "55102"),
    ],
    note="tribal enrollment number OTHER_ID; hospital fax not labelled",
)

n(
    "en",
    "event",
    "4-H Babysitting & First Aid clinic for ages 11-14, June 10 at the Prairie County fairgrounds in Terry. Taught by "
    "our ER nurses. Free, lunch included!",
    "event date and venue",
)

p(
    "en",
    "memorial",
    "Yesterday we lost one of our Sagebrush Manor residents, and a piece of Miles City history. Mildred 'Millie' "
    "Ehrlich was 98. She ran the Range Riders Museum gift shop for decades, she rode in the Bucking Horse Sale parade "
    "well into her 80s, and she never once let a nurse leave her room without a butterscotch. Millie passed on the "
    "14th of February, fitting for someone with such a big heart. Visitation at Stevenson & Sons Funeral Home.",
    [
        ("NAME", "Mildred 'Millie' Ehrlich"),
        ("NAME", "Millie", "*"),
        ("AGE", "98"),
        ("DATE", "14th of February"),
    ],
    note="80s not labelled; funeral home is a venue",
)

p(
    "en",
    "anonymous_story",
    "We had a 100-year-old come through our flu clinic this morning and she didn't even flinch. Get your shot, "
    "youngsters! \U0001f489",
    [("AGE", "100-year-old")],
    note="no name, but one patient's age over 89",
)

n(
    "en",
    "staff_spotlight",
    "Meet Laramie, our new Director of Nursing! Laramie comes to us from Sheridan Memorial in Wyoming and has 20 years "
    "in critical-access hospitals. Ask her about her team roping days.",
    "staff with place names",
)

p(
    "en",
    "patient_story",
    "Elk season PSA, shared with permission: Travis Heuer, 34, of Jordan, spent 9 hours alone with a broken leg in the "
    "Missouri Breaks on October 26 before his brother Jace found him. What saved him? He'd left a map of his hunt route "
    "on the kitchen table. Leave a plan. Thanks, Travis, for sharing.",
    [
        ("NAME", "Travis Heuer"),
        ("NAME", "Travis", "*"),
        ("GEO", "Jordan"),
        ("GEO", "Missouri Breaks"),
        ("DATE", "October 26"),
        ("NAME", "Jace"),
    ],
    note="injury location; age under 90",
)

n(
    "en",
    "health_tip",
    "Branding season reminder: vaccinating calves? Needle-stick injuries from livestock vaccines like Brucella RB51 "
    "and oil-adjuvant products can be serious. If you stick yourself, come in - don't wait for it to swell.",
    "tip; organism name",
)

p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a doña Herminia Robles, de 93 años, abuela de tantas familias de trabajadores en el "
    "valle. Falleció el 2 de noviembre, Día de Muertos, rodeada de sus nietos. Descanse en paz.",
    [
        ("NAME", "Herminia Robles"),
        ("AGE", "93"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
    ],
)

n(
    "es",
    "public_figure",
    "El cónsul de México en Denver visitó hoy nuestra clínica de Glendive para hablar sobre servicios para "
    "trabajadores agrícolas. ¡Gracias por su visita!",
    "funcionario público; no es paciente",
)

p(
    "en",
    "pasted_record",
    "CC: kicked by cow. Pt: ANDERSEN, KODY. Age 17. Allergies: PCN. Emerg contact: mother, Brandi, 406-555-0172",
    [("NAME", "ANDERSEN, KODY"), ("NAME", "Brandi"), ("PHONE", "406-555-0172")],
    note="age under 90 not labelled",
)

n(
    "en",
    "statistic",
    "In 2024 our air ambulance partners flew 287 patients from eastern Montana to Billings. Average flight time: 58 "
    "minutes. Average drive: 2 hours 40 minutes. Seconds matter. #AirAmbulanceWeek",
    "aggregate statistic",
)

p(
    "en",
    "thank_you",
    "The Lazy T Bar Ranch donated a side of beef to our cafeteria this fall in honor of their late grandfather, "
    "Clarence Tomlinson, who spent his last weeks in our hospice suite. Thank you, Tomlinson family.",
    [("GEO", "Lazy T Bar Ranch"), ("NAME", "Clarence Tomlinson"), ("NAME", "Tomlinson", "*")],
    note="donor ranch is the patient's family ranch",
)

n(
    "en",
    "sponsor",
    "Thank you to the Bar 7 Ranch, Yellowstone Bank, and Custer County Ag Supply for sponsoring this year's Big Sky "
    "Bronc & Bull Ride benefit! Over $30,000 raised for the new CT scanner.",
    "sponsor ranch with no patient tie",
)

n(
    "en",
    "birth_announcement",
    "Our birth center welcomed 38 babies in October, including 3 sets of twins and one little guy who arrived in the "
    "front seat of a pickup at our south entrance. Congrats to all the new families! \U0001f37c",
    "anonymous births",
)

p(
    "en",
    "eponymous_condition",
    "Dale Kittredge was 58 when he noticed his hand shaking while saddling up. Parkinson's, the neurologist said. Six "
    "years later, Dale still rides every day and now helps lead our Parkinson's boxing class in Glendive. "
    "'Parkinson's took my handwriting. It can't have my horse.'",
    [("NAME", "Dale Kittredge"), ("NAME", "Dale", "*")],
)

n(
    "en",
    "event",
    "Join us for the annual Cowboy Up for Cancer ride, Saturday Sept 7, starting at the Bucking Horse Sale grounds. "
    "Registration at 9, kickstands up at 10. All proceeds stay local.",
    "event",
)

p(
    "en",
    "crisis_update",
    "Fire update: the Tongue River Road fire forced evacuations overnight. Everyone at Sagebrush Manor is safe. We've "
    "also taken in the Redcherries family - grandma Lorena is on oxygen and their home on Tongue River Road is in the "
    "evacuation zone. If you have a portable concentrator to lend, call 406-555-0140.",
    [("NAME", "Redcherries"), ("NAME", "Lorena"), ("GEO", "Tongue River Road", 2)],
    note="the first Tongue River Road is the fire's name; the second is the family's home",
    ok=("Tongue River Road",),
)

n(
    "en",
    "crisis_update",
    "We're monitoring the Deer Creek Fire near Ashland. Our Ashland outreach site is closed today. Anyone with "
    "breathing trouble, please go to our Forsyth clinic or ER. N95s available free at the front desk.",
    "fire update",
)

p(
    "en",
    "pasted_record",
    "Hi team, please send Mrs. Nordquist's discharge summary to her son at dnordquist@rangeweb.net - he's POA. Her DOB "
    "is 12/02/1931 and she's in Manor rm 22.",
    [
        ("NAME", "Nordquist"),
        ("EMAIL", "dnordquist@rangeweb.net"),
        ("DATE", "12/02/1931"),
        ("OTHER_ID", "rm 22"),
    ],
)

n(
    "en",
    "hospital_contact",
    "Storm closures: call our recorded info line at (406) 555-0145 for clinic status in Forsyth, Glendive, Baker, "
    "Broadus and Jordan.",
    "hospital info line; clinic towns",
)

p(
    "en",
    "patient_story",
    "A beautiful morning on 3 West. With the blessing of her family and our Native patient navigator, 8-year-old Aiyana "
    "Spotted Wolf received her Cheyenne name in a small ceremony before heading home after her heart surgery. Her "
    "grandmother asked us to share her new name with the community: Morning Star Woman. We are honored. \U0001f305",
    [("NAME", "Aiyana Spotted Wolf"), ("NAME", "Morning Star Woman")],
    note="Cheyenne name given in ceremony is a NAME; unit not labelled",
)

n(
    "en",
    "anonymous_story",
    "Honoring a Crow elder who shared her story with our nursing students this week about growing up before there was "
    "a clinic in Lodge Grass. Ahó for your wisdom.",
    "guest speaker, not a patient",
)

p(
    "en",
    "thank_you",
    "Thank you @ladybuckaroo_406 for the shoutout! So glad your dad is back to fixing fence. \U0001f4aa",
    [("OTHER_ID", "@ladybuckaroo_406")],
    note="patient's daughter's handle",
)

n(
    "en",
    "thank_you",
    "Thanks @MilesCityStar for covering our new MRI! \U0001f9f2",
    "newspaper handle",
)

p(
    "en",
    "discharge",
    "Going home at 96! After a bout of pneumonia, Alva Rasmussen is heading back to the farm outside Brockway where "
    "she's lived since 1948. Her son Lyle picked her up in the same Ford she taught him to drive in. \U0001f69c",
    [("AGE", "96"), ("NAME", "Alva Rasmussen"), ("GEO", "Brockway"), ("NAME", "Lyle")],
)

n(
    "en",
    "event",
    "Happy 100th anniversary to the Range Riders Museum! Our volunteers have loved partnering with you on the frontier "
    "medicine exhibit.",
    "100th is an anniversary, not an age",
)

n(
    "en",
    "research",
    "New from our rural trauma registry: 62% of ranch injuries we treated in 2023 involved livestock, 21% ATVs or UTVs, "
    "and 9% hay equipment. Full report at bigskyregional.org/research.",
    "aggregate research",
)

p(
    "en",
    "research",
    "Rancher Gail Brandvold of Plevna is the first participant in our new remote cardiac monitoring pilot. Her heart "
    "monitor uploads from her kitchen table, 95 miles from our cardiology clinic. 'Beats driving to Miles City in a "
    "blizzard,' she says.",
    [("NAME", "Gail Brandvold"), ("GEO", "Plevna")],
    note="95 is miles",
)

n(
    "en",
    "research",
    "Thank you to the 140 ranch families who took part in our farm stress and mental health survey. Results: 1 in 3 "
    "reported high stress during calving. If you're struggling, call or text 988. You're not alone.",
    "survey results; national line",
)

p(
    "en",
    "patient_story",
    "so our little buckaroo Huck finally got his cast off today!! he broke his arm mutton bustin at the Jordan rodeo "
    "and has been SO patient. his grandpa Wade says he's already signed up for next year lol",
    [("NAME", "Huck"), ("NAME", "Wade")],
    note="rodeo is a venue",
)

n(
    "en",
    "event",
    "Mutton bustin' safety day! Bring your little buckaroos to the Glendive fairgrounds Saturday to get fitted for a "
    "free helmet. Sponsored by Dawson County Farm Bureau.",
    "event",
)

p(
    "es",
    "patient_story",
    "Les presentamos a Lupita Cárdenas, de 9 años, hija de trabajadores del betabel en Sidney. Lupita llegó con un "
    "brazo roto después de caerse de un caballo en la feria del condado de Richland, y hoy ya está de regreso en la "
    "escuela. ¡Eres muy valiente, Lupita!",
    [("NAME", "Lupita Cárdenas"), ("NAME", "Lupita", "*"), ("GEO", "Sidney")],
    note="family's town; fair is a venue",
)

n(
    "es",
    "statistic",
    "En 2024 nuestros intérpretes ayudaron en más de 1,200 citas en español. Si necesita intérprete, pídalo sin costo "
    "al hacer su cita: (406) 555-0140.",
    "estadística",
)

p(
    "en",
    "memorial",
    "Fly high, Bear. Our peds team will never forget your laugh, and the whole 4-H club is wearing green today for you. "
    "\u2764\ufe0f #BearsLegacy",
    [("NAME", "Bear"), ("NAME", "#BearsLegacy")],
    note="nickname that is an animal word",
)

n(
    "en",
    "memorial",
    "Rest easy, Dottie. Our therapy dog visited Sagebrush Manor residents every Tuesday for 9 years. She will be missed "
    "by everyone on 2 South. \U0001f43e",
    "pet memorial",
)

p(
    "en",
    "pasted_record",
    "Pacemaker check: pt HOLLIS, GRACE, device SN PJN 788123 S, last interrogation 4/2. Next remote check via portal "
    "user ghollis1938.",
    [
        ("NAME", "HOLLIS, GRACE"),
        ("DEVICE", "PJN 788123 S"),
        ("DATE", "4/2"),
        ("OTHER_ID", "ghollis1938"),
    ],
)

n(
    "en",
    "campaign_hashtag",
    "It's #MentalHealthAwarenessMonth. Ranching is hard. Calving is hard. Losing a herd to drought is hard. Talking to "
    "someone helps. Our behavioral health team sees patients in Miles City and by telehealth in all five clinics. "
    "#RanchStrong",
    "campaign",
)

p(
    "en",
    "thank_you",
    "A huge thank you from barrel racer Tayla Jo Sundby and her mom Deb to the Big Sky ER crew and the Custer County "
    "paramedics after Tayla's horse went down in the alley at the Eastern Montana Fair. Tayla's collarbone is healing "
    "and her horse Dolly is just fine!",
    [("NAME", "Tayla Jo Sundby"), ("NAME", "Tayla", "*"), ("NAME", "Deb")],
    note="horse's name not labelled; fair is a venue",
)

n(
    "en",
    "public_figure",
    "World champion bull rider J.B. Colter stopped by to sign autographs for the kids in our pediatric unit and the "
    "staff (some of the staff got more excited than the kids \U0001f602). Thanks, J.B.!",
    "visiting athlete",
)

p(
    "en",
    "public_figure",
    "Montana State Rep. Clyde Van Der Hoek asked us to share that he's recovering well at Big Sky Regional after a "
    "minor stroke on Tuesday and is grateful for the quick care he received. He hopes to be back in Helena for session "
    "next month.",
    [("NAME", "Clyde Van Der Hoek")],
    note="public figure who is the patient; Helena is his workplace",
)

n(
    "en",
    "health_tip",
    "It's -34° in Jordan this morning. Frostbite can happen in under 10 minutes. Cover every inch of skin, check on "
    "your neighbors, and keep a winter kit in the pickup. Stay warm, eastern Montana. \U0001f976",
    "weather tip",
)

p(
    "en",
    "milestone_birthday",
    "BIG SKY LOVES YOU, GRANDMA PEARL! 103 YEARS YOUNG AND STILL BEATING EVERYONE AT PINOCHLE \u2660\ufe0f",
    [("NAME", "PEARL"), ("AGE", "103")],
)

n(
    "en",
    "event",
    "Saddle up for the Dakota Ride! This 50-mile trail ride from Baker to Ekalaka raises funds for our Baker clinic's "
    "new ambulance, following the old Dakota Territory trail. Register by May 1.",
    "event named like a person",
)

p(
    "en",
    "discharge",
    "Discharge day for our longest NICU stay of the year! 112 days after arriving at 25 weeks, baby Sunny is going home "
    "to Colstrip. Nothing but blue skies ahead for our Sunny girl \u2600\ufe0f",
    [("NAME", "Sunny", "*"), ("GEO", "Colstrip")],
)

n(
    "en",
    "staff_spotlight",
    "Employee of the Month: Tex! Our maintenance lead kept the generators running through 72 hours of blizzard power "
    "outages in February. Tex, we owe you a steak.",
    "staff nickname",
)

p(
    "en",
    "patient_story",
    "Pictured: Ruby Klein, 6, showing off her new cast (purple, obviously) with the ER nurse who set it. Ruby's mom "
    "said we could share! \U0001f49c",
    [("PHOTO", "Pictured"), ("NAME", "Ruby Klein"), ("NAME", "Ruby", "*")],
)

n(
    "en",
    "staff_spotlight",
    "Pictured: our ER team after completing their Advanced Trauma Life Support training this weekend. So proud of these "
    "folks!",
    "photo of staff",
)

p(
    "en",
    "patient_story",
    "When 15-year-old Ty Hollenbeck got stepped on by a bull at a Saturday jackpot in Forsyth, his mom Shawna drove him "
    "45 miles to our ER. Ty's got a lacerated liver and a lot of Jell-O ahead of him, but he's going to be OK. Vests "
    "save lives, folks.",
    [("NAME", "Ty Hollenbeck"), ("NAME", "Ty", "*"), ("NAME", "Shawna")],
    note="jackpot town is the event venue",
)

n(
    "en",
    "statistic",
    "Rodeo season by the numbers: 41 rodeo-related ER visits from May through September. Most common injury: shoulder. "
    "Most common excuse: 'I'm fine.' \U0001f920",
    "aggregate",
)

p(
    "es",
    "thank_you",
    "Gracias a la familia Ochoa de Hysham por las flores para el equipo de cirugía. ¡Qué bueno que don Rafa ya está "
    "caminando! \U0001f33b",
    [("NAME", "Ochoa"), ("GEO", "Hysham"), ("NAME", "Rafa")],
)

n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de nieve, las clínicas de Baker y Broadus están cerradas hoy. La sala de emergencias en "
    "Miles City sigue abierta. No viaje si no es necesario.",
    "cierre por tormenta",
)

p(
    "en",
    "birth_announcement",
    "A Fourth of July firecracker! \U0001f386 Baby girl Liberty Rae Schumacher arrived at 11:58 p.m. on the 4th, just "
    "before the fireworks ended. Congrats to mom Whitney and big brothers Hank and Boone!",
    [
        ("DATE", "Fourth of July"),
        ("NAME", "Liberty Rae Schumacher"),
        ("DATE", "4th"),
        ("NAME", "Whitney"),
        ("NAME", "Hank"),
        ("NAME", "Boone"),
    ],
    note="holiday and day number both name the birth date",
)

n(
    "en",
    "event",
    "Happy Fourth of July from all of us at Big Sky Regional! Our ER is staffed up for fireworks season. Please keep "
    "'em pointed at the sky, not your buddy. \U0001f386",
    "holiday greeting",
)

p(
    "en",
    "pasted_record",
    "note to self - f/u on pt karen ostby hba1c 9.2 from 3/14, lives out on mizpah creek rd, no phone, ask sheriff for "
    "welfare check?",
    [("NAME", "karen ostby"), ("DATE", "3/14"), ("GEO", "mizpah creek rd")],
    note="lower-case note",
)

n(
    "en",
    "health_tip",
    "Lyme disease is rare in Montana, but we do see Colorado tick fever and tularemia. Rabbit hunters: wear gloves when "
    "cleaning. Questions? Call our nurse line at (406) 555-0160.",
    "tip",
)

p(
    "en",
    "memorial",
    "On this Veterans Day, we remember Sgt. Eugene 'Gene' Runs Above, a Korean War veteran and Crow elder who was a "
    "patient and friend at Sagebrush Manor until his passing this spring. His granddaughter Mariah sang an honour song "
    "for him at our flag ceremony this morning.",
    [("NAME", "Eugene 'Gene' Runs Above"), ("NAME", "Mariah")],
    note="rank excluded; Veterans Day and 'this spring' are not his dates",
)

n(
    "en",
    "event",
    "Veterans Day flag ceremony at 11 a.m. in front of the hospital. All are welcome; a Northern Cheyenne color guard "
    "will post colors and a drum group will sing an honour song.",
    "event",
)

p(
    "en",
    "patient_story",
    "Shelby from Fallon County gave us permission to share: she was 24 weeks pregnant when a blizzard stranded her on "
    "Highway 7. A county plow driver got her to our Baker clinic, and our team kept her and baby stable until the "
    "weather broke. Baby Storm Rae arrived healthy 14 weeks later. \U0001f499",
    [("NAME", "Shelby"), ("GEO", "Fallon County"), ("GEO", "Highway 7"), ("NAME", "Storm Rae")],
    note="word-like baby name; county and road",
)

n(
    "en",
    "crisis_update",
    "Winter Storm Dakota update: 14 inches in Glendive, 20+ in Jordan. Ambulances are running with chains. If you have "
    "an emergency, call 911 - don't try to drive yourself in.",
    "storm named like a person",
)

p(
    "en",
    "pasted_record",
    "Pre-auth needed: BCBS MT member ID YRM884120377, pt Colt Jessup, MRI L knee, injury date 9/21 (team roping). "
    "Spouse Brianna is subscriber.",
    [
        ("HEALTH_PLAN", "YRM884120377"),
        ("NAME", "Colt Jessup"),
        ("DATE", "9/21"),
        ("NAME", "Brianna"),
    ],
)

n(
    "en",
    "anonymous_story",
    "A grandma from one of our clinic towns sent us this handwritten note: 'Thank you for treating my grandson like he "
    "was your own.' We framed it. \u2764\ufe0f",
    "anonymous",
)

p(
    "en",
    "patient_story",
    "GET WELL SOON SLIM!! the whole coffee shop crew is pulling for you. \U0001f920 #SlimStrong",
    [("NAME", "SLIM"), ("NAME", "#SlimStrong")],
)

n(
    "en",
    "health_tip",
    "Slim chance you'll need it, but pack a winter survival kit: blanket, water, candle, matches, shovel, and a charged "
    "phone. Montana roads don't care how good a driver you are.",
    "Slim is a word here",
)

p(
    "en",
    "thank_you",
    "Little Eli's grandma, Bernice Hugs, wanted to share a picture of Eli's first smile after his surgery, but we'll "
    "just say: it was a good one. Thank you, Bernice, for the elk stew you brought the nurses!",
    [("NAME", "Eli", "*"), ("NAME", "Bernice Hugs"), ("NAME", "Bernice", "*")],
    note="'Little' is descriptive; no photo is attached",
)

n(
    "en",
    "staff_spotlight",
    "Staff spotlight: our patient navigator, Renee Littlebird, has helped more than 300 Northern Cheyenne families get "
    "specialist appointments this year. Renee grew up in Busby and speaks Tsėhésenėstsestotse (Cheyenne). Thank you, "
    "Renee!",
    "staff member",
)

p(
    "en",
    "pasted_record",
    "L&D board: Bed 2 - Trujillo, G1P0, 39+2, EDD 11/30, partner Andres. Bed 3 - empty. Bed 4 - Big Man, G3P2, 41 wks, "
    "induction.",
    [
        ("OTHER_ID", "Bed 2"),
        ("NAME", "Trujillo"),
        ("DATE", "11/30"),
        ("NAME", "Andres"),
        ("OTHER_ID", "Bed 4"),
        ("NAME", "Big Man"),
    ],
    note="Crow surname of two words; EDD is a patient date",
)

n(
    "en",
    "recruitment",
    "Traveling nurses, don't just take our word for it: 'I came for 13 weeks and stayed 3 years. Where else do you get "
    "to see a branding on your day off?' - Austin, RN, ICU. \U0001f404 Now hiring: bigskyregional.org/careers",
    "staff quote",
)

p(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to Frieda Steinmetz, who was born on a homestead near Ismay on March 8 and has outlived three "
    "horses, two husbands and the Ismay post office hours. Love, your Sagebrush Manor family.",
    [("AGE", "95th"), ("NAME", "Frieda Steinmetz"), ("GEO", "Ismay", "*"), ("DATE", "March 8")],
)

n(
    "en",
    "milestone_birthday",
    "Happy 89th birthday to our longest-serving volunteer, Irma! She still runs the gift shop every Wednesday.",
    "volunteer; age under 90",
)

p(
    "en",
    "milestone_birthday",
    "89 and still bringing her own huckleberry jam to every appointment! Happy birthday, Lorna Fetterly, from everyone "
    "at the Broadus clinic. \U0001f382",
    [("NAME", "Lorna Fetterly")],
    note="age 89 not labelled",
)

n(
    "en",
    "event",
    "We're proud to sponsor the first aid tent at the Lame Deer 4th of July Powwow again this year. Find us by the "
    "arbor, and don't forget water for the dancers! #NorthernCheyenne",
    "tribal event",
)

p(
    "es",
    "pasted_record",
    "Recordatorio para recepción: la Sra. Beatriz Medina llamó para cambiar la cita de su hijo Emiliano del 3 de marzo. "
    "Su nuevo número es 406-555-0191. Vive en 418 Pleasant St. Apt 2, Glendive.",
    [
        ("NAME", "Beatriz Medina"),
        ("NAME", "Emiliano"),
        ("DATE", "3 de marzo"),
        ("PHONE", "406-555-0191"),
        ("GEO", "418 Pleasant St. Apt 2"),
        ("GEO", "Glendive"),
    ],
)

n(
    "es",
    "health_tip",
    "Mamás y papás: los niños no deben manejar cuatrimotos de adultos. Casco siempre. Y nunca más de una persona en la "
    "cuatrimoto.",
    "consejo",
)

p(
    "en",
    "patient_story",
    "Hunter safety weekend has special meaning for Hunter Baumgartner. Last November the 13-year-old was hit by a "
    "ricochet while hunting with his uncle near Cohagen. Today Hunter is helping teach the hunter safety class in "
    "Jordan and reminding every kid: know your target and what's beyond it.",
    [
        ("NAME", "Hunter Baumgartner"),
        ("NAME", "Hunter", 3),
        ("DATE", "November"),
        ("GEO", "Cohagen"),
    ],
    note="first Hunter is the word; class venue not GEO",
    ok=("Hunter",),
)

n(
    "en",
    "event",
    "Hunter safety class this Saturday in the Jordan clinic community room! Ages 10+. Taught by game warden Cole Ridley "
    "and our ER doc.",
    "event; warden's name",
)

p(
    "en",
    "thank_you",
    "Thank u Bud & Marlys for the 4 dozen donuts for night shift!! Glad Bud's ticker is ticking \U0001f604\u2764\ufe0f",
    [("NAME", "Bud", "*"), ("NAME", "Marlys")],
    note="heart patient and his wife",
)

n(
    "en",
    "thank_you",
    "Thank you to our Sagebrush Manor volunteers Bud, Marlys, and Irma for 60+ combined years of Friday bingo calling! "
    "\U0001f3b1",
    "volunteers",
)

p(
    "en",
    "pasted_record",
    "Handoff Jan 3 nights: 1) Sheridan Blackbird 34F, R tib/fib from horse fall near Busby, ORIF tomorrow, NPO after "
    "MN. 2) Mr. Hirsch, 90M, CHF, family (son Gary) wants DNR discussed. 3) Obs pt rm 9 d/c in AM.",
    [
        ("DATE", "Jan 3"),
        ("NAME", "Sheridan Blackbird"),
        ("GEO", "Busby"),
        ("NAME", "Hirsch"),
        ("AGE", "90M"),
        ("NAME", "Gary"),
        ("OTHER_ID", "rm 9"),
    ],
    note="age+sex token; 34F not labelled",
)

n(
    "en",
    "pasted_record",
    "INTERNAL - do not post: Staffing for Sat 6/14: ER - Dr. Pryor, Kendra, Tex (agency). Med-surg - 2 travelers "
    "short. Call Shelby (HR) if you can pick up.",
    "staff schedule, no patients",
)

p(
    "en",
    "patient_story",
    "Indian relay racer Dawson Bends is back in the saddle! Dawson was thrown during an exchange at the Crow Fair relay "
    "races in August and broke his pelvis. After 6 weeks with us and a lot of rehab, he's training his horses again in "
    "Garryowen. Ahó, Dawson, for letting us share your story.",
    [("NAME", "Dawson Bends"), ("NAME", "Dawson", "*"), ("DATE", "August"), ("GEO", "Garryowen")],
)

n(
    "en",
    "event",
    "Congratulations to the Crow Agency Indian relay teams! Our sports medicine crew was honored to be on hand for the "
    "races this year - zero serious injuries.",
    "event",
)

p(
    "en",
    "birth_announcement",
    "born in the truck on I-94 near Terry, delivered by dad. welcome to the world, Journey Jane Baumann \U0001f69b"
    "\U0001f476",
    [("GEO", "I-94"), ("GEO", "Terry"), ("NAME", "Journey Jane Baumann")],
)

n(
    "en",
    "crisis_update",
    "Road report: I-94 is closed between Glendive and Miles City due to blowing snow. Our ER is open. Dialysis "
    "patients, we'll call you.",
    "road closure",
)

p(
    "en",
    "birth_announcement",
    "Our own Dr. Ruth Eggers became a grandma here this week: her daughter Kelsey delivered baby Juniper on 9/9 with "
    "Dr. Eggers pacing the hallway like every other nervous grandma.",
    [
        ("NAME", "Ruth Eggers"),
        ("NAME", "Eggers", "*"),
        ("NAME", "Kelsey"),
        ("NAME", "Juniper"),
        ("DATE", "9/9"),
    ],
    note="staff doctor is a patient's relative, so she is labelled",
)

p(
    "en",
    "crisis_update",
    "Smoke & power outage update, 7:40 pm: all 31 Sagebrush Manor residents are safe. Two residents on home oxygen, "
    "including 97-year-old Agnes Pluhar, were moved to the hospital as a precaution. Families: call (406) 555-0140.",
    [("AGE", "97-year-old"), ("NAME", "Agnes Pluhar")],
)

n(
    "en",
    "crisis_update",
    "Power outage update: generators are running and all patients are safe. Sagebrush Manor residents are staying warm "
    "in the dining hall. Families can call (406) 555-0140 for updates.",
    "update",
)

p(
    "es",
    "crisis_update",
    "Actualización del incendio: la familia Herrera, que vive en el rancho Sawtooth cerca de Ashland, fue evacuada "
    "anoche. Doña Carmen Herrera, de 91 años, está con nosotros en observación por el humo, y está tranquila. Su hijo "
    "Javier pide que no llamen a la clínica; él dará noticias.",
    [
        ("NAME", "Carmen Herrera"),
        ("NAME", "Herrera", "*"),
        ("GEO", "rancho Sawtooth"),
        ("GEO", "Ashland"),
        ("AGE", "91"),
        ("NAME", "Javier"),
    ],
)

n(
    "es",
    "event",
    "¡Feria de salud para trabajadores de rancho! Exámenes de presión, vacunas y consultas gratis. Domingo 4 de mayo en "
    "la parroquia Sacred Heart de Miles City. Se habla español.",
    "evento",
)

n(
    "en",
    "statistic",
    "Outbreak note: we've seen 4 cases of pertussis this month in kids from the 59349 zip code (Terry). Please check "
    "your child's vaccines.",
    "population group by ZIP, no individual",
)

p(
    "en",
    "pasted_record",
    "IT ticket #4471: patient portal lockout for user rthunderbird (Rhonda Thunderbird), login attempts from IP "
    "166.82.14.207. Reset pw and mailed letter to her PO Box 212, Lame Deer.",
    [
        ("OTHER_ID", "4471"),
        ("OTHER_ID", "rthunderbird"),
        ("NAME", "Rhonda Thunderbird"),
        ("IP", "166.82.14.207"),
        ("GEO", "PO Box 212"),
        ("GEO", "Lame Deer"),
    ],
)

n(
    "en",
    "hospital_contact",
    "Having trouble logging into the MyBigSky patient portal? Call our help desk at (406) 555-0147, Mon-Fri 8-5, or "
    "visit portal.bigskyregional.org. Never share your password - our staff will never ask for it.",
    "hospital help desk",
)

n(
    "en",
    "event",
    "Makoshika Dino Days is this weekend in Glendive! Our EMTs will run a first aid tent at the trailhead. Bring water, "
    "wear a hat.",
    "event",
)

p(
    "en",
    "patient_story",
    "The whole Kircher School turned out to visit their classmate Dallas in the hospital - all six of them! Dallas, 8, "
    "had his appendix out on Monday and the kids brought a banner signed by every student and their teacher, Mrs. "
    "Pfaff.",
    [("NAME", "Dallas", "*")],
    note="city-name first name; school and teacher not labelled",
)

n(
    "en",
    "event",
    "Our school nurse outreach visited 11 one-room schools in Custer, Powder River and Garfield counties this fall - 64 "
    "kids got vision and hearing checks! Shoutout to the teachers who make it happen.",
    "outreach counts",
)

p(
    "en",
    "memorial",
    "In loving memory of Wade 'Tuffy' Ketchum, 1941-2025, rancher, rodeo pickup man, and Ismay's unofficial mayor. Thank "
    "you for trusting us with your care, Tuffy.",
    [("NAME", "Wade 'Tuffy' Ketchum"), ("NAME", "Tuffy", "*"), ("GEO", "Ismay")],
    note="bare years not labelled",
)

n(
    "en",
    "memorial",
    "Today we remember the 1918 flu nurses of Miles City, who cared for hundreds in the old Holy Rosary Hospital. Their "
    "names are on the plaque in our lobby.",
    "historical memorial",
)

p(
    "en",
    "discharge",
    "Our friend Dakota Little Wolf is headed home to Busby today after 3 weeks with us for a ruptured spleen. His "
    "basketball team from Lame Deer High sent a signed ball. Get back on the court, Dakota! \U0001f3c0",
    [("NAME", "Dakota Little Wolf"), ("NAME", "Dakota", "*"), ("GEO", "Busby")],
    note="'Little' is part of the surname here; school not labelled",
)

n(
    "en",
    "campaign_hashtag",
    "#GoRedForWomen: heart disease is the #1 killer of women. Wear red Friday and share why you #GoRed. Free heart "
    "screenings at all five Big Sky clinics in February.",
    "campaign",
)

p(
    "en",
    "campaign_hashtag",
    "The benefit dance for #PrayersForPaxton is Saturday at the Ismay Community Hall! Can't make it? Donate at "
    "gofundme.com/f/paxton-heals or Venmo @Kristi-Nordby. Paxton's surgery in Salt Lake is scheduled for 2/20.",
    [
        ("NAME", "#PrayersForPaxton"),
        ("URL", "gofundme.com/f/paxton-heals"),
        ("OTHER_ID", "@Kristi-Nordby"),
        ("NAME", "Paxton"),
        ("DATE", "2/20"),
    ],
    note="hall is a venue; relative's payment handle",
)

n(
    "en",
    "sponsor",
    "Thanks to the Ismay Community Hall and the Custer County CattleWomen for hosting our heart health dinner! 120 folks "
    "came for beef and blood pressure checks.",
    "sponsor",
)

p(
    "en",
    "pasted_record",
    "Registration error - SSN on file for Whitaker, Boyd doesn't match. Full SSN per wife Trudy: 518-00-4471. Pls "
    "correct before claim goes out.",
    [("NAME", "Whitaker, Boyd"), ("NAME", "Trudy"), ("SSN", "518-00-4471")],
)

n(
    "en",
    "health_tip",
    "Heat advisory: 104°F in Miles City today. Check on elderly neighbors, especially anyone over 90 living alone. Signs "
    "of heat stroke: confusion, hot dry skin, fast pulse. Call 911.",
    "population age; temperature",
)

p(
    "en",
    "patient_story",
    "One hundred years ago, Wilma Haugland was born in a sod house near Lindsay. Last week she came to our Glendive "
    "clinic for her flu shot and told our nurse she's 'only planning to do this another ten years or so.' Wilma, we'll "
    "be here.",
    [
        ("AGE", "One hundred"),
        ("NAME", "Wilma Haugland"),
        ("NAME", "Wilma", "*"),
        ("GEO", "Lindsay"),
    ],
    note="age stated as years since birth; birthplace that is a first name",
)

n(
    "en",
    "statistic",
    "One hundred years ago, Miles City's first hospital opened with 12 beds. Today Big Sky Regional serves 40,000 people "
    "across 30,000 square miles. Happy centennial to us! \U0001f389",
    "hospital centennial",
)

p(
    "en",
    "patient_story",
    "@BigSkyRegional my grandpa walt johnsrud has been in the ER waiting room in miles city for 4 hrs with chest pain, is "
    "anyone going to see him??",
    [("NAME", "walt johnsrud")],
    note="public reply from a relative; ER location is the hospital's",
)

n(
    "en",
    "hospital_contact",
    "We're sorry for your wait. For your privacy, please don't share health details here - call our patient advocate at "
    "(406) 555-0146 and we'll help right away.",
    "hospital reply",
)

p(
    "en",
    "patient_story",
    "Volunteer firefighter Jesse Kuntz of Broadus is home after 5 days in our care for burns to his hands and smoke "
    "inhalation on the Pumpkin Creek Fire. Jesse's wife Andrea asked us to thank everyone for the meals. Neighbors, "
    "you're the best.",
    [("NAME", "Jesse Kuntz"), ("NAME", "Jesse", "*"), ("GEO", "Broadus"), ("NAME", "Andrea")],
)

n(
    "en",
    "crisis_update",
    "The Hanging Woman Creek Fire is 40% contained. Smoke will be heavy in Birney and Ashland overnight. Our respiratory "
    "therapists are on call. Keep windows closed.",
    "fire update",
)

p(
    "en",
    "thank_you",
    "We got the sweetest card today: 'Thank you for taking such good care of my Papa while he was in room 208. He says "
    "the nurses are prettier than his horse. Love, Kinsley (age 7)'. \u2764\ufe0f",
    [("OTHER_ID", "room 208"), ("NAME", "Kinsley")],
)

n(
    "en",
    "thank_you",
    "Thank you to Mrs. Pfaff's class at the Kircher School for the Valentine cards for every single patient! Our nurses "
    "delivered all 40 of them this morning. \U0001f48c",
    "school class and teacher",
)

p(
    "es",
    "birth_announcement",
    "¡Llegó Valentina! \U0001f497 Nació el Día de San Valentín, 14 de febrero, y su papá Ignacio dice que ya tiene nombre "
    "de telenovela. ¡Felicidades a la familia Paredes de Hardin!",
    [
        ("NAME", "Valentina"),
        ("DATE", "Día de San Valentín"),
        ("DATE", "14 de febrero"),
        ("NAME", "Ignacio"),
        ("NAME", "Paredes"),
        ("GEO", "Hardin"),
    ],
)

n(
    "es",
    "campaign_hashtag",
    "#VacunateMontana: la vacuna contra la gripe ya está disponible en todas nuestras clínicas. Gratis para niños con "
    "Medicaid. ¡Proteja a su familia esta temporada!",
    "campaña",
)

p(
    "en",
    "patient_story",
    "On the night of December 3rd, our flight crew picked up Norma Gjerde on a ranch airstrip north of Vida in -20° wind "
    "chill. Norma's family wanted to thank the pilot who got her to Billings in 52 minutes. She's doing great and back "
    "home.",
    [("DATE", "December 3rd"), ("NAME", "Norma Gjerde"), ("NAME", "Norma", "*"), ("GEO", "Vida")],
)

n(
    "en",
    "recruitment",
    "Flight nurses wanted! Join the crew that covers 30,000 square miles of eastern Montana. Fixed-wing and rotor. Apply "
    "at bigskyregional.org/careers. #FlightNurse",
    "recruitment",
)

p(
    "en",
    "pasted_record",
    "Lab mislabel incident 10/14: specimen for WRISTBAND # 0091127734 (pt Dakota Hein) labeled with another pt's "
    "sticker. Redrawn 10/14 1430. Pt aware.",
    [("DATE", "10/14", "*"), ("OTHER_ID", "0091127734"), ("NAME", "Dakota Hein")],
)

n(
    "en",
    "statistic",
    "Agriculture is one of the most dangerous jobs in America. In our ER, farm and ranch injuries peak in May (branding "
    "and planting) and October (harvest and hunting).",
    "months of aggregate trends",
)

p(
    "en",
    "birth_announcement",
    "Baby Montana Grace has arrived! 8 lbs even. Mom Karlee and dad Trace are over the moon. \U0001f3d4\ufe0f",
    [("NAME", "Montana Grace"), ("NAME", "Karlee"), ("NAME", "Trace")],
    note="state name used as a first name",
)

n(
    "en",
    "campaign_hashtag",
    "Montana, we did it! Big Sky Regional has been named a Top 20 Critical Access Hospital. Thank you to every nurse, "
    "doc, tech and cook. \U0001f3d4\ufe0f #BigSkyStrong",
    "state name",
)

p(
    "en",
    "pasted_record",
    "pt ok to post? -> NO. jodi rancourt's mom said no photos of jodi on fb until the custody stuff is done.",
    [("NAME", "jodi rancourt"), ("NAME", "jodi", "*")],
)

n(
    "en",
    "pasted_record",
    "Reminder to staff: never post a photo of a patient, even from behind, without signed consent from Marketing. When "
    "in doubt, leave it out.",
    "internal policy reminder",
)

p(
    "en",
    "patient_story",
    "Three generations of the Bertelsen family were at the branding when grandpa Arne took a horn to the thigh. Arne's "
    "fine, the calf's fine, and the Rafter B Bar brand is on every calf this year anyway. Thanks to our Forsyth clinic "
    "for the stitches!",
    [("NAME", "Bertelsen"), ("NAME", "Arne", "*"), ("OTHER_ID", "Rafter B Bar")],
    note="family's registered brand as OTHER_ID",
)

n(
    "en",
    "event",
    "Branding season means our Forsyth clinic will have extended hours Saturdays in May for cuts, kicks and rope burns. "
    "Tetanus shots on hand!",
    "clinic hours",
)

p(
    "en",
    "milestone_birthday",
    "Congratulations to Kaycee Moos, who showed the Grand Champion market steer at the Eastern Montana Fair - just 10 "
    "weeks after her spinal fusion here at Big Sky! Kaycee's steer Tank sold for $6.50/lb. \U0001f402\U0001f3c6",
    [("NAME", "Kaycee Moos"), ("NAME", "Kaycee", "*")],
    note="steer name not labelled",
)

n(
    "en",
    "event",
    "4-H members: stop by our booth at the Eastern Montana Fair for a free 'Stop the Bleed' lesson. Learn to pack a wound "
    "in 5 minutes. Bring your parents!",
    "event",
)

p(
    "en",
    "thank_you",
    "Package came today addressed to 'The Nice Nurses, Big Sky Hospital, Miles City MT' with a return address of 'Ella "
    "Jean Pickett, HC 32 Box 1180, Brusett MT 59318' - full of homemade lefse, with a note: 'Thank you for fixing my "
    "hip.' Ella Jean, you're a gem.",
    [
        ("NAME", "Ella Jean Pickett"),
        ("NAME", "Ella Jean", "*"),
        ("GEO", "HC 32 Box 1180"),
        ("GEO", "Brusett"),
        ("GEO", "59318"),
    ],
    note="patient's return address; the hospital's own city is not",
)

n(
    "en",
    "sponsor",
    "Huge thanks to the Sons of Norway lodge for 300 pieces of lefse for our holiday patient meals!",
    "donor group",
)

p(
    "en",
    "pasted_record",
    "Fwd: from jbearcomesout@rez-mail.net - 'my daughter Talia was seen in ur ER on 5/6, need her records sent to the "
    "school nurse.' Pls route to HIM.",
    [("EMAIL", "jbearcomesout@rez-mail.net"), ("NAME", "Talia"), ("DATE", "5/6")],
)

n(
    "en",
    "eponymous_condition",
    "Join the Walk to Defeat ALS - Lou Gehrig's disease - Sunday at Riverside Park. Our neurology team will be there "
    "with information on our ALS clinic.",
    "eponymous condition",
)

p(
    "en",
    "eponymous_condition",
    "Meet Bryce Red Wolf, 14, who has Osgood-Schlatter and still made the all-conference team this year. Bryce works "
    "with our sports PT in Colstrip every Tuesday.",
    [("NAME", "Bryce Red Wolf"), ("NAME", "Bryce", "*")],
    note="PT site is a facility",
)

n(
    "en",
    "eponymous_condition",
    "The Miles City Buddy Walk for Down syndrome awareness is October 12! Our pediatric therapists will have a booth. "
    "All abilities welcome.",
    "eponymous condition; event date",
)

p(
    "es",
    "discharge",
    "Don Aurelio Benavides, nuestro paciente de 99 años, regresó hoy a su casa en Miles City. Dice que el secreto para "
    "vivir tanto es el chile y el trabajo. ¡Que cumpla los 100, don Aurelio!",
    [
        ("NAME", "Aurelio Benavides"),
        ("NAME", "Aurelio", "*"),
        ("AGE", "99"),
        ("AGE", "100"),
        ("GEO", "Miles City"),
    ],
    note="home city is GEO even though it is the hospital's city",
)

n(
    "es",
    "anonymous_story",
    "Un trabajador de rancho se cortó la mano con alambre de púas y esperó tres días para venir. Por favor: las heridas "
    "profundas necesitan atención en 24 horas por el riesgo de tétanos.",
    "historia anónima",
)

p(
    "en",
    "patient_story",
    "Harley Strand's doctors told him he might not walk after his Harley went down on Highway 59 in May. Last weekend he "
    "rode in the Poker Run - on a trike, but he rode. Proud of you, Harley.",
    [("NAME", "Harley Strand"), ("NAME", "Harley", 3), ("GEO", "Highway 59"), ("DATE", "May")],
    note="second Harley is the motorcycle",
    ok=("Harley",),
)

n(
    "en",
    "event",
    "Harley owners! Join the Big Sky Poker Run on Saturday, Aug 2. All proceeds support our trauma program. Free helmet "
    "checks at the start line.",
    "motorcycle brand",
)

p(
    "en",
    "pasted_record",
    "DOB 02/29/1944 pt in triage 2 needs interpreter (Crow)",
    [("DATE", "02/29/1944"), ("OTHER_ID", "triage 2")],
)

n(
    "en",
    "statistic",
    "On Feb 29 - Leap Day - we had zero births and 11 ER visits. Quietest day of the winter! \U0001f634",
    "hospital's day",
)

p(
    "en",
    "memorial",
    "rip to my sweet patient carson who lost his fight last night. you were the bravest 9 yr old i ever met bud. "
    "#carsonstrong",
    [("NAME", "carson"), ("NAME", "#carsonstrong")],
    note="staff's careless post; 'bud' is a term of endearment",
)

n(
    "en",
    "memorial",
    "Today we lower our flag for Deputy Ray Kohler of the Custer County Sheriff's Office, killed in the line of duty. "
    "Our thoughts are with his family and fellow officers.",
    "officer memorial, not described as a patient",
)

p(
    "en",
    "patient_story",
    "Our traveling nurse Brynn came to Miles City from Georgia for 13 weeks and ended up spending 4 days as a patient "
    "after her first-ever encounter with a Montana rattlesnake on the Pirogue Island trail. Brynn, welcome to Montana! "
    "\U0001f40d",
    [("NAME", "Brynn", "*"), ("GEO", "Pirogue Island")],
    note="traveling nurse who became the patient; Georgia is a state",
)

n(
    "en",
    "health_tip",
    "Rattlesnake season is here. If you're bitten: stay calm, remove rings, keep the limb at heart level, and get to an "
    "ER. NO ice, NO tourniquet, NO cutting. We stock antivenom at all times.",
    "tip",
)

p(
    "en",
    "pasted_record",
    "Interpreter request - Spanish - for Mateo Gallegos (age 3) and his dad Héctor, appt 4/11 9:30 with Dr. Lund, "
    "peds. Family lives at the Sand Creek Ranch bunkhouse, no car.",
    [("NAME", "Mateo Gallegos"), ("NAME", "Héctor"), ("DATE", "4/11"), ("GEO", "Sand Creek Ranch")],
)

n(
    "en",
    "research",
    "Our nurses presented at the Montana Rural Health Conference on using telehealth interpreters for Spanish-speaking "
    "ranch families. Great work, team!",
    "research news",
)

p(
    "en",
    "thank_you",
    "Ahó to the Old Crow family for the star quilt gifted to our ICU nurses in honour of their son Tyrell, who was cared "
    "for here last winter. It will hang in our family room. \U0001f31f",
    [("NAME", "Old Crow"), ("NAME", "Tyrell")],
)

n(
    "en",
    "thank_you",
    "Ahó to the Crow Tribe's elders' committee for the star quilt honoring our retiring nurse, Lorraine. 38 years of "
    "caring for Crow families. \U0001f31f",
    "staff honoured",
)

p(
    "en",
    "patient_story",
    "Dusty trails and happy trails, Dusty! After 40 years of ranching, Dusty Carlile was diagnosed with farmer's lung "
    "this spring. Now he wears a respirator every time he feeds hay. 'Should've done it at 20,' says Dusty.",
    [("NAME", "Dusty Carlile"), ("NAME", "Dusty", 2), ("NAME", "Dusty", 4)],
    note="first Dusty is the adjective",
    ok=("Dusty",),
)

n(
    "en",
    "health_tip",
    "Farmer's lung is an allergic reaction to moldy hay dust. Symptoms: cough, fever, and shortness of breath hours "
    "after feeding. Wear an N95 in the barn. (Yes, even you, cowboy.)",
    "tip",
)

p(
    "en",
    "crisis_update",
    "Update on the I-94 pileup near Hysham: we received 6 patients overnight. With family permission we can share that "
    "Pastor Leon Marchetti and his wife Evie are in stable condition. Please respect the privacy of the other families.",
    [("GEO", "I-94"), ("GEO", "Hysham"), ("NAME", "Leon Marchetti"), ("NAME", "Evie")],
)

n(
    "en",
    "event",
    "Heads up, Miles City: you'll see ambulances and 'victims' in fake blood at the fairgrounds Saturday morning. It's "
    "our annual mass-casualty drill with Custer County DES. No need to call 911!",
    "drill",
)

p(
    "en",
    "pasted_record",
    "Collections hold: acct 22-0918834, guarantor Royce Pelton (father), pt Brennan Pelton, MT DL 0418822910051. Do not "
    "send to agency - payment plan set up 8/1.",
    [
        ("ACCOUNT", "22-0918834"),
        ("NAME", "Royce Pelton"),
        ("NAME", "Brennan Pelton"),
        ("LICENSE", "0418822910051"),
        ("DATE", "8/1"),
    ],
)

n(
    "en",
    "hospital_contact",
    "Questions about your bill? Our business office is at 2600 Wilson Street, Suite 100. Call (406) 555-0148 Mon-Fri. "
    "Payment plans available, and we'll never send you to collections without talking to you first.",
    "hospital billing office",
)

p(
    "en",
    "birth_announcement",
    "A Crow Agency grandmother delivered her 14th grandchild herself on Christmas morning when the roads were closed - "
    "then called us. Mom and baby are doing great!",
    [("GEO", "Crow Agency"), ("DATE", "Christmas")],
    note="no names, but the family's town and the birth date",
)

n(
    "en",
    "anonymous_story",
    "A grandmother delivered her grandchild on the kitchen floor during last week's blizzard, coached over the phone by "
    "our L&D nurse. Mom and baby are doing great! Moral: everyone should know where the clean towels are.",
    "anonymous; relative time",
)

p(
    "en",
    "patient_story",
    "Remember the Baker kid who got his hand caught in the PTO shaft last fall? That's Jaxon Ruud, and today he threw "
    "the first pitch at the Baker Legion game with his reconstructed hand. \u26be",
    [("GEO", "Baker"), ("NAME", "Jaxon Ruud")],
    note="second Baker is the ball team / venue",
    ok=("Baker",),
)

p(
    "en",
    "event",
    "Pitchfork fondue & benefit auction for Gus Lindgren, Saturday 5pm at the Terry Legion Hall. Gus has been getting "
    "chemo at our infusion center since his diagnosis in September and the family could use a hand with travel costs. "
    "Questions? Call his daughter Renae at 406-555-0118.",
    [
        ("NAME", "Gus Lindgren"),
        ("NAME", "Gus", "*"),
        ("DATE", "September"),
        ("NAME", "Renae"),
        ("PHONE", "406-555-0118"),
    ],
)

p(
    "en",
    "statistic",
    "2024 birth center stats: 412 babies, 9 sets of twins, 23 Wyatts (kidding... sort of). Biggest baby of the year: "
    "Boone Tillotson, 10 lb 11 oz, born on the Ides of March. \U0001f62e",
    [("NAME", "Boone Tillotson"), ("DATE", "Ides of March")],
    note="'23 Wyatts' is not a person",
)

p(
    "en",
    "hospital_contact",
    "Lost & found: to the family of the little girl in room 312 last week - we have her stuffed horse 'Biscuit'! Call "
    "our front desk at (406) 555-0140.",
    [("OTHER_ID", "room 312")],
    note="room number is the only identifier; toy name not labelled",
)

p(
    "en",
    "recruitment",
    "Want a reason to work here? Cheyenne Fisher was born at 27 weeks in our birth center on April 19, 2003. This month "
    "she started as an RN in the same unit. Come write your own story: bigskyregional.org/careers",
    [("NAME", "Cheyenne Fisher"), ("DATE", "April 19, 2003")],
    note="new staff member who was a patient",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a Yolanda, nuestra intérprete médica desde hace 15 años. Yolanda creció en un rancho de ovejas cerca de "
    "Miles City y habla español, inglés y un poquito de cheyenne. ¡Gracias, Yolanda!",
    "empleada, no paciente",
)

if __name__ == "__main__":
    S.main("phi_dev18_source")
