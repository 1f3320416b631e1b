"""Blind development set d55 for the PHI scanner: tests/data/phi_dev55.jsonl.

Organisation: Savannah Lowcountry Medical Center (phi_dev55_org.json): Savannah main
campus (4700 Waters Avenue), Beaufort campus (1100 Ribaut Road), downtown historic-
district urgent care (22 East Bay Street), Pooler outpatient campus (815 Pooler
Parkway); phones (555) 555-0100/0142/0111/0123/0156/0168/0175/0189 and HIM fax
(555) 555-0101; domains savannahlowcountry.org and slmchealth.org; handles
@SavLowcountryMC, @SLMCBeaufort, @SLMCKids, @SLMCSalud, @SLMCFoundation.
Focus: Gullah Geechee families of the Sea Islands, shrimpers and crabbers, port and
dock workers, Parris Island Marine recruits and military families, the St. Patrick's
Day parade, historic-district tourists, Mexican and Guatemalan (Maya) families.
Hard cases: names that are ordinary words or places (Hope, Queen Esther, Georgia,
Gray, Rich, Green, Marina, Destiny, Liberty, Bell, Sic), lower-case and chart-style
names ("GARCIA, M", "rm 622 nowicki", "hab. 309 - sr. ramirez"), nicknames inside
names, names only in hashtags, relatives and donors who are a patient's relatives,
staff / volunteers / public figures who are patients; dates as numerals, ordinals,
a day of the month alone, Spanish dates and holidays that are the patient's day
(St. Patrick's Day, Dia de la Virgen de Guadalupe, Dia de Muertos, Mother's Day,
Halloween) next to parade, awareness-day and event dates; ages over 89 as digits,
words, ordinals, "99yo", "nonagenarian", "centenarian", Spanish words; family
phones, emails, fax, handles and fund URLs next to the hospital's own; MRNs, TWIC,
Medicare MBI, Medicaid, hull numbers, device serials, claim and study ids. Hard
negatives: staff spotlights, volunteers aged over 89, donors, sponsors, public and
historical figures, eponymous conditions, awareness days, event dates, statistics,
campaign hashtags (#TeamTybee), anonymous stories ("in her 90s", "grandpa, 89").
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A patient's employer or workplace is not labelled (as the brief requires), and a
  town name that is only part of an employer's or a workplace's name ("Port Royal
  PD", the port terminal) is not GEO. Union locals and boat names are not labelled.
- Kinship words used as titles (Aunt, Pop, Papa, granny, abuelita, tia, don, dona,
  Deacon, Capt., Rep., Sgt., Pvt.) are not part of a NAME span; a kinship word
  alone ("Grandma") is not a name. A quoted nickname inside a full name stays in
  the one NAME span ('Nathaniel "Nat" Polite', "Jesus 'Chuy' Maldonado").
- A plural family surname ("the Middletons", "The Baums") is NAME as written.
- A staff member, volunteer, donor or public figure who is (or was) a patient, or
  who is introduced as a patient's relative, is labelled like any patient or
  relative (a nurse who gave birth here, a new-grad RN whose granny was a patient).
- Parris Island is GEO when it is where a named recruit patient lives and trains;
  generic mentions of Parris Island / MCRD (statistics, recruiting, events) are not.
  Platoon, battalion and hospital unit numbers are not labelled.
- The named place of one patient's injury (a street, square, bridge, island the boat
  capsized off) is GEO, like the road of a crash; the location of a public
  multi-patient incident with no patient identified is not, and event venues
  (squares on the parade route, a fire station hosting a benefit) are not GEO.
- A recruit's own graduation date and a patient's follow-up appointment date are
  person-tied dates (DATE). A day of the month alone is DATE without its article
  ("the 2nd" -> "2nd").
- A vessel hull / registration number is VEHICLE; a TWIC card number and a driver's
  licence number are LICENSE; a Medicare MBI and a Medicaid number are HEALTH_PLAN;
  workers' compensation claim numbers and research-study participant ids are
  OTHER_ID; a family's social handle is OTHER_ID, a club's or business's handle is not.
- A partial SSN is SSN as written ("XXX-XX-4471").
- "in her 90s", population ages ("patients age 90 and older", "mayores de 90"),
  "centenarians" as a population, and ages of 89 and under are not AGE.
- A placeholder patient on a template or training wristband ("DOE, JANE") is not a
  patient: nothing labelled.
- A month alone, a holiday or a day of the month is DATE only when it is the
  patient's own event; "first day of", seasons and "shrimp season" are not dates.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev55.jsonl"), os.path.join(HERE, "phi_dev55_org.json"), "d55")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- patient_story

# 1
p(
    "en",
    "patient_story",
    'Meet Mr. Ezekiel "Zeke" Manigault \U0001f990 61 years shrimping out of St. Helena Island and not one day off til August 9, when a winch cable caught his arm. Three surgeries later our hand team says he\'ll be mending nets by Blessing of the Fleet. #ZekeStrong #LowcountryTough',
    [
        ("NAME", 'Ezekiel "Zeke" Manigault'),
        ("GEO", "St. Helena Island"),
        ("DATE", "August 9"),
        ("NAME", "#ZekeStrong"),
    ],
    note="Patient's full name with quoted nickname, home island, injury date, name hashtag. Blessing of the Fleet is a public event; #LowcountryTough is a campaign tag.",
)

# 2
p(
    "en",
    "patient_story",
    "so this is hope. hope grayson, 7, from pin point, who asked every nurse on 3 West to sign her cast in purple marker. she goes home tmrw and we are NOT ok about it \U0001f62d\U0001f49c",
    [
        ("NAME", "hope", 1),
        ("NAME", "hope grayson"),
        ("GEO", "pin point"),
    ],
    note="Lower-case patient name that is an ordinary word, lower-case home community (Pin Point). Age 7 and unit 3 West are not identifiers.",
)

# 3
p(
    "en",
    "patient_story",
    "A visitor from Dayton went down hard on the cobblestones of River Street last Thursday: broken hip, 94 years young, and her first question in the ER was whether she'd still make her ghost tour. Mrs. Loretta Banks, you are our hero. (Ghost tour rescheduled. We called.)",
    [
        ("GEO", "Dayton"),
        ("GEO", "River Street"),
        ("AGE", "94"),
        ("NAME", "Loretta Banks"),
    ],
    note="Tourist patient: home town, street of her fall (place of injury), age over 89, name. 'last Thursday' is relative.",
)

# 4
p(
    "en",
    "patient_story",
    "Darnell Hamilton has worked the cranes at the port for 22 years. When his chest tightened mid-shift on 11/14, his crew lead called 911 and our cath lab had his artery open in 38 minutes. His wife Tonya wants every dockworker in Port Wentworth to know: don't walk it off. \u2764\ufe0f #HeartMonth",
    [
        ("NAME", "Darnell Hamilton"),
        ("DATE", "11/14"),
        ("NAME", "Tonya"),
        ("GEO", "Port Wentworth"),
    ],
    note="Dock worker patient, date of his heart attack, wife's name, the family's town. The port (employer) is not labelled; #HeartMonth is a campaign.",
)

# 5
p(
    "en",
    "patient_story",
    "Pvt. Alvarez collapsed on the Crucible at Parris Island in 98\u00b0 heat. Core temp 107.4. Our Beaufort ICU team cooled him, and 9 days later recruit Mateo Alvarez walked out to rejoin Platoon 2047. Semper Fi, Mateo. \U0001f1fa\U0001f1f8",
    [
        ("NAME", "Mateo Alvarez"),
        ("NAME", "Alvarez", "*"),
        ("NAME", "Mateo", "*"),
        ("GEO", "Parris Island"),
    ],
    note="Recruit patient named three ways; Parris Island is where he lives and trains (set decision). Platoon number, temperature and unit are not labelled.",
)

# 6
p(
    "en",
    "patient_story",
    "Miss Queen Esther Wigfall has been sewing sweetgrass baskets at her stand on Highway 17 since before most of us were born. She was admitted with pneumonia on Thanksgiving and spent her stay teaching our night nurses to coil. She left us a basket. We're framing it. \U0001f9fa",
    [
        ("NAME", "Queen Esther Wigfall"),
        ("GEO", "Highway 17"),
        ("DATE", "Thanksgiving"),
    ],
    note="Name starting with an ordinary word (Queen), the road where she can be found, admission on a holiday (the patient's day).",
)

# 7
p(
    "en",
    "patient_story",
    "Aurelio Xicar\u00e1 came from Huehuetenango twenty years ago and lives in Ridgeland with his three daughters. On July 3 a packing-shed machine caught his right hand. Two surgeries later he waved goodbye to us with it. Gracias, don Aurelio! \U0001f64c",
    [
        ("NAME", "Aurelio Xicar\u00e1"),
        ("NAME", "Aurelio", 2),
        ("GEO", "Huehuetenango"),
        ("GEO", "Ridgeland"),
        ("DATE", "July 3"),
    ],
    note="Guatemalan patient: name (again after 'don'), foreign home town, current town, injury date.",
)

# 8
p(
    "en",
    "patient_story",
    "WE HAVE A FIGHTER ON 5 NORTH!!! BUBBA SINGLETON, 91, CRAB POT KING OF DAUFUSKIE, BEAT COVID AND THEN BEAT HIS NURSE AT SPADES. \U0001f0cf GO BUBBA GO",
    [
        ("NAME", "BUBBA SINGLETON"),
        ("NAME", "BUBBA", "*"),
        ("AGE", "91"),
        ("GEO", "DAUFUSKIE"),
    ],
    note="ALL CAPS nickname + surname, age over 89, home island. 5 NORTH is a unit.",
)

# 9
p(
    "en",
    "patient_story",
    "Georgia Chisolm is 6, lives on Lady's Island, and has decided she is going to be a pediatric surgeon 'like Dr. Osei.' After her appendix surgery on the 2nd she performed a full operation on her teddy bear in the playroom. Georgia, the OR is waiting for you. \U0001f9f8",
    [
        ("NAME", "Georgia Chisolm"),
        ("NAME", "Georgia", "*"),
        ("GEO", "Lady's Island"),
        ("DATE", "2nd"),
    ],
    note="Patient named like a state; home island; surgery on a day of the month alone. Dr. Osei is staff.",
)

# 10
p(
    "en",
    "patient_story",
    "Some patients leave a mark. T.J. came to us at 14 after a jet ski crash near Tybee and spent 71 days learning to walk again. Friday he walked across the stage at Jenkins High. We were in the back row, crying. #TJWalks",
    [
        ("NAME", "T.J."),
        ("GEO", "Tybee"),
        ("NAME", "#TJWalks"),
    ],
    note="Initials as name, place of his crash, name hashtag. School name is not an identifier (dev rule); Friday and 71 days are not dates.",
)

# 11
p(
    "en",
    "patient_story",
    "Update from the Nguyen-Ram\u00edrez family (shared with permission): 'Baby Leo's heart repair on Feb 3 went perfectly. Grandpa Hung drove down from Hinesville every single day.' We love this crew. \U0001f499",
    [
        ("NAME", "Nguyen-Ram\u00edrez"),
        ("NAME", "Leo"),
        ("DATE", "Feb 3"),
        ("NAME", "Hung"),
        ("GEO", "Hinesville"),
    ],
    note="Hyphenated family surname, baby's name, surgery date, grandfather's name and town.",
)

# 12
p(
    "es",
    "patient_story",
    "mi abuela do\u00f1a chela (Graciela Tzoc) cumpli\u00f3 3 semanas en la unidad y hoy por fin respira sola. gracias a las enfermeras del piso 4 que le cantaban rancheras. la familia tzoc les debe todo \U0001f64f",
    [
        ("NAME", "chela"),
        ("NAME", "Graciela Tzoc"),
        ("NAME", "tzoc"),
    ],
    note="Family comment shared: nickname in lower case, full name, lower-case family surname. 'piso 4' is a unit.",
)

# 13
n(
    "en",
    "patient_story",
    "Every Tuesday a retired shrimper in his 80s shows up at our Beaufort cafeteria with a cooler of fresh whites for the night shift. He was our patient once. He won't tell us his name. We've stopped asking. \U0001f990",
    "Anonymous former patient: an age decade under 90, a weekday, the hospital's own campus.",
)

# 14
n(
    "en",
    "patient_story",
    "She came in speaking only Q'anjob'al. By the end of her stay our interpreter services had found one of the few Q'anjob'al medical interpreters on the East Coast, and she had taught our charge nurse to say thank you. Language access saves lives. #LanguageAccess",
    "Unnamed patient; a language is not an identifier; campaign hashtag.",
)

# 15
n(
    "en",
    "patient_story",
    "A longshoreman, 89, walked into our ER last spring holding the stent card from his first heart attack in 1998. 'Figured y'all would want the model number,' he said. Best historian we've ever had.",
    "Age 89 is not over 89; season and bare year are not dates; no name or number given.",
)

# ---------------------------------------------------------------- birth_announcement

# 16
p(
    "en",
    "birth_announcement",
    "She couldn't wait for the parade! \U0001f340 Baby Siobhan Kehoe arrived at 10:52 a.m. on St. Patrick's Day, 7 lb 2 oz, while the bagpipes went past our downtown urgent care. Congrats to mom Erin and dad Patrick!",
    [
        ("NAME", "Siobhan Kehoe"),
        ("DATE", "St. Patrick's Day"),
        ("NAME", "Erin"),
        ("NAME", "Patrick", 2),
    ],
    note="Baby born on the holiday (the patient's day); parents' first names. 'Patrick' inside St. Patrick's Day is covered by the DATE span.",
)

# 17
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Marina Frazier \U0001f30a born 6/21 at 3:14 a.m. in our Beaufort birth center, 8 lb even, first grandbaby for the Frazier crew of Burton. Grandpa already bought her a life jacket for the Marina Day boat parade.",
    [
        ("NAME", "Marina Frazier"),
        ("NAME", "Frazier", 2),
        ("DATE", "6/21"),
        ("GEO", "Burton"),
    ],
    note="Baby's name, family surname again, numeric birth date, family's town. 'Marina Day' is an event name, not the baby.",
)

# 18
p(
    "es",
    "birth_announcement",
    "\u00a1Bienvenida, Guadalupe! \U0001f339 Naci\u00f3 el 12 de diciembre, D\u00eda de la Virgen de Guadalupe, a las 6:40 de la ma\u00f1ana. Sus pap\u00e1s, Rosa y Efra\u00edn P\u00e9rez de Garden City, no dudaron ni un segundo con el nombre.",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "D\u00eda de la Virgen de Guadalupe"),
        ("NAME", "Rosa"),
        ("NAME", "Efra\u00edn P\u00e9rez"),
        ("GEO", "Garden City"),
    ],
    note="Baby's name, birth date written twice (date and feast day), parents' names, family's town.",
)

# 19
p(
    "en",
    "birth_announcement",
    "Double trouble on L&D \U0001f37c\U0001f37c twin boys born Sunday to a Port Royal shrimping family. Big sister already calls them Shrimp and Grits. #WelcomeAmosAndAbel",
    [
        ("GEO", "Port Royal"),
        ("NAME", "Shrimp"),
        ("NAME", "Grits"),
        ("NAME", "#WelcomeAmosAndAbel"),
    ],
    note="Family's town, nicknames that are food words, the twins' names only in a hashtag. Sunday is a weekday.",
)

# 20
p(
    "en",
    "birth_announcement",
    "Sgt. and Mrs. Okafor welcomed baby Chidi on 9.30, and thanks to a 2 a.m. video call Dad watched it all from Okinawa. \U0001f1fa\U0001f1f8 Welcome to the Corps family, little man.",
    [
        ("NAME", "Okafor"),
        ("NAME", "Chidi"),
        ("DATE", "9.30"),
        ("GEO", "Okinawa"),
    ],
    note="Parents' surname, baby's name, dotted birth date, father's current location abroad.",
)

# 21
p(
    "en",
    "birth_announcement",
    "first baby of the year at SLMC Pooler!! \U0001f389 born 12:04 a.m. jan 1 to Yesenia + Marco L\u00f3pez of Rincon. name TBD \U0001f440",
    [
        ("DATE", "jan 1"),
        ("NAME", "Yesenia"),
        ("NAME", "Marco L\u00f3pez"),
        ("GEO", "Rincon"),
    ],
    note="Lower-case birth date, parents' names, town. SLMC Pooler is the hospital's campus.",
)

# 22
p(
    "es",
    "birth_announcement",
    "naci\u00f3 valentina el 14 de febrero \U0001f498 \u00a1d\u00eda del amor y la amistad! mam\u00e1 karla dice que fue el mejor regalo. bienvenida, vale \U0001f338",
    [
        ("NAME", "valentina"),
        ("DATE", "14 de febrero"),
        ("DATE", "d\u00eda del amor y la amistad"),
        ("NAME", "karla"),
        ("NAME", "vale"),
    ],
    note="Lower case: baby's name and nickname, birth date and the same day named as a holiday, mother's name.",
)

# 23
p(
    "en",
    "birth_announcement",
    "Born on Veterans Day to a Marine family: welcome, Liberty Ann Kowalczyk! 11/11 at 11:11 p.m. (yes, really). Dad is a drill instructor on the island; Mom says Liberty already has the command voice.",
    [
        ("DATE", "Veterans Day"),
        ("NAME", "Liberty Ann Kowalczyk"),
        ("DATE", "11/11"),
        ("NAME", "Liberty", 2),
    ],
    note="Birth on a holiday and the same day numerically; baby's name is an ordinary word. Father's job is not labelled.",
)

# 24
n(
    "en",
    "birth_announcement",
    "142 babies were born at our Beaufort birth center in March, including 3 sets of twins and one very impatient arrival in the elevator. \U0001f37c Want a tour? Call (555) 555-0142.",
    "Monthly count; March is not tied to a patient; hospital number.",
)

# 25
n(
    "en",
    "birth_announcement",
    "Expecting? We now offer birth center tours in Spanish, Mam and K'iche' on the first Saturday of every month. Call our L\u00ednea en espa\u00f1ol, (555) 555-0156, to sign up.",
    "Service announcement; the hospital's Spanish line.",
)

# 26
p(
    "en",
    "birth_announcement",
    "A baby was born in our parking deck at 4:10 this morning, caught by security officer Dwayne Rhett, who says his Army medic training kicked right in. Mom and baby Nova are doing great. Welcome to the world, Nova! \U0001f697\U0001f476",
    [
        ("NAME", "Nova", "*"),
    ],
    note="Baby's name (twice). The officer who delivered her is staff and not labelled.",
)

# ---------------------------------------------------------------- discharge

# 27
p(
    "en",
    "discharge",
    "Bell-ringing time on 4 Tower! \U0001f514 Mr. Clarence Gadsden (room 418, bless the nurses who put up with his harmonica) went home to Yamacraw Village today after 47 days. Clarence, play us one more song.",
    [
        ("NAME", "Clarence Gadsden"),
        ("NAME", "Clarence", "*"),
        ("OTHER_ID", "room 418"),
        ("GEO", "Yamacraw Village"),
    ],
    note="Name, room number, home neighbourhood. 4 Tower is a unit; 47 days is a duration.",
)

# 28
p(
    "en",
    "discharge",
    "Recruit Haley Brandt is headed back to 4th Recruit Training Battalion after stress-fracture repair on 2/8. She says she'll outrun all of us by graduation day, 4/18. Oorah. \U0001f3c3\u200d\u2640\ufe0f",
    [
        ("NAME", "Haley Brandt"),
        ("DATE", "2/8"),
        ("DATE", "4/18"),
    ],
    note="Recruit's name, surgery date and her own graduation date (set decision). The battalion is a unit, not labelled.",
)

# 29
p(
    "es",
    "discharge",
    "\u00a1Se fue a casa! \U0001f3e0 Despu\u00e9s de 19 d\u00edas en cuidados intensivos, el se\u00f1or Baltazar Ixcoy regres\u00f3 con su familia a Hilton Head. Su hija Marisol nos trajo tamales de despedida. \u00a1C\u00eddese mucho, don Balta!",
    [
        ("NAME", "Baltazar Ixcoy"),
        ("GEO", "Hilton Head"),
        ("NAME", "Marisol"),
        ("NAME", "Balta"),
    ],
    note="Patient's name and short form, home town, daughter's name.",
)

# 30
p(
    "en",
    "discharge",
    "discharged today: rm 622 nowicki. the man ate a full plate of red rice at breakfast and told us it needed more bacon. godspeed sir \U0001fae1",
    [
        ("OTHER_ID", "rm 622"),
        ("NAME", "nowicki"),
    ],
    note="Chart-style lower-case room and surname.",
)

# 31
p(
    "en",
    "discharge",
    "After 112 days in our NICU, Journee went home on Mother's Day. \U0001f979 Her mom Keisha says it was the only gift she wanted. Journee, we'll miss those cheeks!",
    [
        ("NAME", "Journee", "*"),
        ("DATE", "Mother's Day"),
        ("NAME", "Keisha"),
    ],
    note="Baby's name, discharge on a holiday (her day), mother's name.",
)

# 32
p(
    "en",
    "discharge",
    "HE'S HOME!!! Pop Legare (Wilbur Legare Sr. to y'all) left the Beaufort campus at 2pm with a police escort from the Port Royal PD, because of course he did: he was their chief for 30 years. \U0001f693",
    [
        ("NAME", "Wilbur Legare"),
        ("NAME", "Legare", "*"),
    ],
    note="Patient named by nickname title and full name; 'Pop' and 'Sr.' excluded. Former employer (Port Royal PD) is not labelled.",
)

# 33
p(
    "en",
    "discharge",
    "\u2705 Discharge checklist for Ms. Pearl Mitchell: cardiology follow-up 10/3, daughter Denise will drive. Call her at 843-555-0119 if the ride falls through. Questions? Nurse line (555) 555-0111.",
    [
        ("NAME", "Pearl Mitchell"),
        ("DATE", "10/3"),
        ("NAME", "Denise"),
        ("PHONE", "843-555-0119"),
    ],
    note="Patient's name, her appointment date, daughter's name and phone. Nurse line is the hospital's.",
)

# 34
p(
    "es",
    "discharge",
    "Hoy dimos de alta a la peque\u00f1a Itzel, de 4 a\u00f1os, que lleg\u00f3 el 28 de agosto despu\u00e9s de caerse de un columpio en Pooler. \u00a1Eres valiente, Itzel! \U0001f4aa #FuerzaItzel",
    [
        ("NAME", "Itzel", "*"),
        ("DATE", "28 de agosto"),
        ("GEO", "Pooler"),
        ("NAME", "#FuerzaItzel"),
    ],
    note="Child's name, admission date, town of her fall, name hashtag. Pooler is also a hospital campus town, but here it is the place of injury.",
)

# 35
p(
    "en",
    "discharge",
    "Bed 9 in our Burn Unit is empty tonight and that's the best news. J.R., the deckhand who got caught in the galley fire, is heading home to Darien. Stay off the stove, J.R. \U0001f525\U0001f6ab",
    [
        ("OTHER_ID", "Bed 9"),
        ("NAME", "J.R.", "*"),
        ("GEO", "Darien"),
    ],
    note="Bed number of the patient, initials as name, home town.",
)

# 36
p(
    "en",
    "discharge",
    "Discharge tip from Mrs. Alma Sheftall, who went home from 6 South on 2/14 after three weeks with us: 'Ask for your med list in writing, and read it before you leave.' Smart lady. \U0001f4cb",
    [
        ("NAME", "Alma Sheftall"),
        ("DATE", "2/14"),
    ],
    note="Patient's name and discharge date.",
)

# 37
n(
    "en",
    "discharge",
    "Today our Beaufort campus discharged its 1,000th COVID patient. We don't know who 1,001 will be, and we hope it's nobody. \U0001f637",
    "Ordinal count, not an age; no identifier.",
)

# 38
n(
    "es",
    "discharge",
    "Un paciente de 87 a\u00f1os se fue a casa hoy caminando con su bast\u00f3n, despu\u00e9s de una cirug\u00eda de cadera. Nos dijo que el secreto es el caf\u00e9 de olla. \u2615",
    "Unnamed patient aged 87 (under 90); 'hoy' is relative.",
)

# ---------------------------------------------------------------- thank_you

# 39
p(
    "en",
    "thank_you",
    "Thank you to the Rich family of Thunderbolt for the 40 lbs of boiled peanuts dropped off at the ER after their son Gray's stay in September. We've eaten roughly 39 lbs. \U0001f95c",
    [
        ("NAME", "Rich"),
        ("GEO", "Thunderbolt"),
        ("NAME", "Gray"),
        ("DATE", "September"),
    ],
    note="Family surname and son's name that are ordinary words, family's town, month of the stay.",
)

# 40
p(
    "en",
    "thank_you",
    "Huge shoutout to @bertie.sews.sweetgrass for the basket she made our L&D nurses after her granddaughter Amara's delivery \U0001f9fa\U0001f49b Follow her, her work is in the Smithsonian!",
    [
        ("OTHER_ID", "@bertie.sews.sweetgrass"),
        ("NAME", "Amara"),
    ],
    note="Grandmother's (relative's) social handle, patient's name.",
)

# 41
p(
    "es",
    "thank_you",
    "Gracias, familia Ch\u00e1vez Mendoza, por la carta tan bonita que dejaron en recepci\u00f3n. Don Rigoberto ya est\u00e1 en casa en Bluffton y nos dicen que volvi\u00f3 a cantar en el coro de su iglesia. \U0001f3b6",
    [
        ("NAME", "Ch\u00e1vez Mendoza"),
        ("NAME", "Rigoberto"),
        ("GEO", "Bluffton"),
    ],
    note="Double family surname, patient's first name, home town.",
)

# 42
p(
    "en",
    "thank_you",
    "Our Tuesday lobby pianist, volunteer Harold Tisdale, spent last week on the other side of the bed rail, as a patient on 6 South after a fall. Harold, thank you for 14 years of Gershwin. The lobby is too quiet without you. Get well soon. \U0001f3b9",
    [
        ("NAME", "Harold Tisdale"),
        ("NAME", "Harold", "*"),
    ],
    note="A volunteer who is now a patient is labelled. Gershwin is a public figure.",
)

# 43
p(
    "en",
    "thank_you",
    "To whoever left the thank-you card signed 'the Middletons, Coosaw Island' on the 7th floor: the nurses read it out loud at huddle and there wasn't a dry eye. Miss Lottie would be proud. \U0001f490",
    [
        ("NAME", "Middletons"),
        ("GEO", "Coosaw Island"),
        ("NAME", "Lottie"),
    ],
    note="Patient's family (plural surname) and their island, patient's first name. 7th floor is a unit.",
)

# 44
p(
    "en",
    "thank_you",
    "THANK YOU DEACON MOULTRIE!!! \U0001f64c AFTER YOUR BYPASS YOU PROMISED TO BRING THE WHOLE SUNDAY CHOIR FROM SAPELO TO SING IN OUR CHAPEL AND YOU DID. Best afternoon of the year.",
    [
        ("NAME", "MOULTRIE"),
        ("GEO", "SAPELO"),
    ],
    note="ALL CAPS surname after a title, patient's home island.",
)

# 45
p(
    "es",
    "thank_you",
    "\u00a1Mil gracias a la familia de Lesly por los chuchitos! Si quieren escribirle a su mam\u00e1 para darle las gracias, ella nos dej\u00f3 su correo: reyna.lesly.mama@gmail.com \U0001f48c",
    [
        ("NAME", "Lesly"),
        ("EMAIL", "reyna.lesly.mama@gmail.com"),
    ],
    note="Patient's first name, mother's personal email.",
)

# 46
p(
    "en",
    "thank_you",
    "The shrimp boat crews of the Beaufort River gave $18,000 to our cancer center this year, led by Capt. Earl Toomer, whose wife Betty finished chemo with us on July 22. \U0001f990\U0001f497 Thank you, all of you.",
    [
        ("NAME", "Earl Toomer"),
        ("NAME", "Betty"),
        ("DATE", "July 22"),
    ],
    note="Donor introduced as a patient's husband is labelled; patient's name and treatment date. The river is not tied to a patient.",
)

# 47
n(
    "en",
    "thank_you",
    "Thank you to the Savannah Bananas for visiting our pediatric floor today! \U0001f34c Ten players, one dance-off, zero losers.",
    "Visiting team (public figures); no patient.",
)

# 48
n(
    "en",
    "thank_you",
    "Thank you, Chatham County Sheriff's Office, for the 300 teddy bears. Each one will ride with a scared kid in one of our ambulances.",
    "Donor organisation; the county is part of its name.",
)

# 49
n(
    "en",
    "thank_you",
    "Thank you to the volunteers of St. Juan Diego parish in Bluffton for 500 handmade Christmas cards, in English, Spanish and Mam, for every patient on our Savannah campus. \U0001f384",
    "Volunteers and a saint's name; Christmas is not a patient's event.",
)

# 50
n(
    "en",
    "thank_you",
    "Thank you to Dr. Adaeze Nwosu and the entire 3 West team: 1,000 days without a central line infection. Yes, we counted.",
    "Staff; a count of days.",
)

# ---------------------------------------------------------------- memorial

# 51
p(
    "en",
    "memorial",
    'Rest easy, Captain. \U0001f54a\ufe0f Nathaniel "Nat" Polite, 96, born and raised in Frogmore and for years a member of our Beaufort patient advisory council, passed peacefully in our hospice unit on 1/19. He told every nurse the same joke. We\'ll keep telling it.',
    [
        ("NAME", 'Nathaniel "Nat" Polite'),
        ("AGE", "96"),
        ("GEO", "Frogmore"),
        ("DATE", "1/19"),
    ],
    note="Name with nickname, age over 89, home community, date of death.",
)

# 52
p(
    "en",
    "memorial",
    "Our hearts are broken. Environmental services tech Marisela Ortega, who kept 5 North spotless for 19 years, died on the 23rd in our own ICU, surrounded by the coworkers she called familia. Marisela, your floors never shone like they do tonight. \U0001f56f\ufe0f",
    [
        ("NAME", "Marisela Ortega"),
        ("NAME", "Marisela", "*"),
        ("DATE", "23rd"),
    ],
    note="A staff member who died as our patient is labelled; day of month alone.",
)

# 53
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a do\u00f1a Florinda Ac Tiul, de 93 a\u00f1os, quien falleci\u00f3 el pasado 2 de noviembre, D\u00eda de Muertos. Su nieto Brayan dice que ella escogi\u00f3 su d\u00eda. Descanse en paz. \U0001f56f\ufe0f\U0001f33c",
    [
        ("NAME", "Florinda Ac Tiul"),
        ("AGE", "93"),
        ("DATE", "2 de noviembre"),
        ("DATE", "D\u00eda de Muertos"),
        ("NAME", "Brayan"),
    ],
    note="Name, age over 89, date of death written twice, grandson's name.",
)

# 54
p(
    "en",
    "memorial",
    "Tonight the bell by the chapel rings 10 times, once for every year he fought. Fly high, buddy. \U0001f499\U0001f988 #DontStopDevin",
    [
        ("NAME", "#DontStopDevin"),
    ],
    note="Patient's name only in a hashtag.",
)

# 55
p(
    "en",
    "memorial",
    "Our Beaufort family lost one of its own: dock foreman Rufus Ellis of Seabrook passed in our CCU Saturday. His grandkids set up a fund for the homegoing: gofundme.com/f/rufus-ellis-homegoing. Service details at the link.",
    [
        ("NAME", "Rufus Ellis"),
        ("GEO", "Seabrook"),
        ("URL", "gofundme.com/f/rufus-ellis-homegoing"),
    ],
    note="Name, home community, family's fundraising URL.",
)

# 56
p(
    "en",
    "memorial",
    "it's been one year since mr. ike washington left us on the 4th of july, right as the fireworks went off over the river. his daughter still brings us pralines every 4th. we still miss you, mr. ike. \U0001f386",
    [
        ("NAME", "ike washington"),
        ("NAME", "ike", "*"),
        ("DATE", "4th of july"),
        ("DATE", "4th", "*"),
    ],
    note="Lower-case name, date of death and the same day again as 'every 4th'.",
)

# 57
p(
    "en",
    "memorial",
    "The Lowcountry lost a legend. Blues singer Miss Mahalia 'Big Mama' Jeffers, 101, sang her last song to her nurses in our hospice suite Sunday. Her family asked us to share: she went out humming. \U0001f3b7",
    [
        ("NAME", "Mahalia 'Big Mama' Jeffers"),
        ("AGE", "101"),
    ],
    note="A public figure who died as our patient: name and age over 89.",
)

# 58
p(
    "en",
    "memorial",
    "The Grant family asked us to thank our Hospice House team for caring for their mother, Odessa Grant, who died on Easter morning. Odessa raised 11 children on Wilmington Island and, as her son Lucius put it, 'fed half of Chatham County.'",
    [
        ("NAME", "Odessa Grant"),
        ("NAME", "Grant", "*"),
        ("NAME", "Odessa", "*"),
        ("DATE", "Easter"),
        ("GEO", "Wilmington Island"),
        ("NAME", "Lucius"),
    ],
    note="Family surname, patient's name, death on a holiday, home island, son's name. The county in the quote is a figure of speech.",
)

# 59
n(
    "en",
    "memorial",
    "We lowered our flags today in memory of Dr. Harriet Boone, founder of our Gullah health outreach program, who died at 94. Her clinic on St. Helena saw more than 30,000 patients.",
    "Staff member (not our patient); her age and clinic location are not labelled.",
)

# 60
n(
    "en",
    "memorial",
    "On this day in 1918, Savannah's hospitals filled with influenza patients and nurses worked until they dropped. Today we remember them.",
    "Historical; bare year and relative expression.",
)

# 61
n(
    "es",
    "memorial",
    "Hoy recordamos a todos los pacientes que perdimos este a\u00f1o. Misa en la capilla del campus de Savannah el viernes 1 de noviembre a las 5 p. m. Todas las familias son bienvenidas.",
    "Event date of a memorial Mass; no patient.",
)

# 62
n(
    "en",
    "memorial",
    "Rest in peace, Rosie, our first facility dog. 12 years of Golden Retriever hugs on the peds floor. \U0001f43e",
    "A pet's name is not labelled.",
)

# ---------------------------------------------------------------- milestone_birthday

# 63
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mr. Josiah Bellinger of St. Helena! \U0001f382 Born April 3 and still casting his own net, Mr. Josiah celebrated on 4 East with red velvet cake and a harmonica from his great-great-grandson. #LowcountryLegend",
    [
        ("AGE", "100th"),
        ("NAME", "Josiah Bellinger"),
        ("NAME", "Josiah", "*"),
        ("GEO", "St. Helena"),
        ("DATE", "April 3"),
    ],
    note="Ordinal age over 89, name, home island, birth date.",
)

# 64
p(
    "en",
    "milestone_birthday",
    "Ninety-seven candles is a fire hazard, so Miss Cora got one big one. \U0001f56f\ufe0f Happy birthday to our favorite dialysis patient, Cora Mae Heyward, who has never once missed her Tuesday chair.",
    [
        ("AGE", "Ninety-seven"),
        ("NAME", "Cora Mae Heyward"),
        ("NAME", "Cora", "*"),
    ],
    note="Age in words, name.",
)

# 65
p(
    "es",
    "milestone_birthday",
    "\u00a1Feliz cumplea\u00f1os n\u00famero 102, abuelita Chonita! \U0001f389 Do\u00f1a Concepci\u00f3n P\u00e9rez Lux, originaria de Quetzaltenango, festej\u00f3 con mariachi en la sala de rehabilitaci\u00f3n. Dice que el secreto es el atol y no preocuparse.",
    [
        ("AGE", "102"),
        ("NAME", "Chonita"),
        ("NAME", "Concepci\u00f3n P\u00e9rez Lux"),
        ("GEO", "Quetzaltenango"),
    ],
    note="Age over 89, nickname (kinship word excluded), full name, foreign home town.",
)

# 66
p(
    "en",
    "milestone_birthday",
    "bday on the unit today \U0001f388 bed 14 is officially 99yo and demanding a second slice. nurses, you know who you are.",
    [
        ("OTHER_ID", "bed 14"),
        ("AGE", "99yo"),
    ],
    note="Unnamed patient with a bed number and chart-shorthand age over 89.",
)

# 67
p(
    "en",
    "milestone_birthday",
    "Our newest nonagenarian! \U0001f389 Happy 90th to retired longshoreman Walter 'Hook' Sams, born on Christmas Eve and still the loudest man in any room. His ILA Local 1414 brothers filled the whole waiting room.",
    [
        ("AGE", "nonagenarian"),
        ("AGE", "90th"),
        ("NAME", "Walter 'Hook' Sams"),
        ("DATE", "Christmas Eve"),
    ],
    note="Age as 'nonagenarian' and ordinal, name with nickname, birth on a holiday. The union local is not labelled.",
)

# 68
p(
    "en",
    "milestone_birthday",
    "One hundred years of Lowcountry living \U0001f33e Happy birthday, centenarian extraordinaire! Her grandkids made the hashtag and we're using it: #HundredYearsOfHattie",
    [
        ("AGE", "One hundred"),
        ("AGE", "centenarian"),
        ("NAME", "#HundredYearsOfHattie"),
    ],
    note="Age in words and as 'centenarian'; name only in a hashtag.",
)

# 69
p(
    "en",
    "milestone_birthday",
    "Mrs. Ruth Ann Deveaux turns 95 on the 29th and wants exactly one thing: to be home in Burton for it. PT says if she keeps crushing the stairs, she will be. \U0001f4aa",
    [
        ("NAME", "Ruth Ann Deveaux"),
        ("AGE", "95"),
        ("DATE", "29th"),
        ("GEO", "Burton"),
    ],
    note="Name, age over 89, birthday as a day of the month, home town.",
)

# 70
p(
    "en",
    "milestone_birthday",
    "Happy 19th birthday to recruit Kayla Dominguez, who is spending it on our ortho floor instead of Parris Island. Her DI sent a card. It just said 'HEAL FASTER.' \U0001f382",
    [
        ("NAME", "Kayla Dominguez"),
        ("GEO", "Parris Island"),
    ],
    note="Recruit's name and where she lives and trains; age 19 is not labelled.",
)

# 71
p(
    "es",
    "milestone_birthday",
    "\u00a1Noventa y un a\u00f1os y sigue bailando cumbia! \U0001f483 Feliz cumplea\u00f1os a do\u00f1a Tr\u00e1nsito, paciente de nuestra cl\u00ednica de Pooler desde que abrimos.",
    [
        ("AGE", "Noventa y un"),
        ("NAME", "Tr\u00e1nsito"),
    ],
    note="Age over 89 in Spanish words; first name that is also a common noun. The Pooler clinic is the hospital's.",
)

# 72
n(
    "en",
    "milestone_birthday",
    "Happy 75th birthday to our Savannah campus! \U0001f382 Since 1950, 4700 Waters Avenue has seen 400,000 births, three hurricanes and one very lost alligator.",
    "The hospital's anniversary and address.",
)

# 73
n(
    "en",
    "milestone_birthday",
    "Our oldest volunteer, Mrs. Dorothea Lance, turned 98 this week and still pushes the library cart every Thursday. Happy birthday, Miss Dot! \U0001f4da",
    "A volunteer (not a patient): her name and age are not labelled.",
)

# 74
n(
    "es",
    "milestone_birthday",
    "Este mes celebramos a todos los pacientes mayores de 90 a\u00f1os de nuestro programa de visitas a domicilio. \u00a1Son 214! \U0001f382",
    "Population age and a count.",
)

# ---------------------------------------------------------------- pasted_record

# 75
p(
    "en",
    "pasted_record",
    "Pt: GARCIA, M   DOB 03/14/1958   MRN 00-447-192   Rm 512B\nCC: SOB x3 days. Lives w/ son in Hinesville. Son's cell 912-555-0187.\n(sorry wrong window, pls delete \U0001f648)",
    [
        ("NAME", "GARCIA, M"),
        ("DATE", "03/14/1958"),
        ("MRN", "00-447-192"),
        ("OTHER_ID", "Rm 512B"),
        ("GEO", "Hinesville"),
        ("PHONE", "912-555-0187"),
    ],
    note="Pasted chart header: name, DOB, MRN, room, town, son's phone.",
)

# 76
p(
    "en",
    "pasted_record",
    "shift handoff lol: 'okonkwo (slm0048812) - 4n bed 7 - npo after mn - wife ngozi at bedside'",
    [
        ("NAME", "okonkwo"),
        ("MRN", "slm0048812"),
        ("OTHER_ID", "bed 7"),
        ("NAME", "ngozi"),
    ],
    note="Lower-case handoff: surname, MRN, bed, wife's name. 4n is a unit.",
)

# 77
p(
    "en",
    "pasted_record",
    "Reg desk scan, do not post: HEYWARD, CORNELIUS T | 1417 Wheaton St Apt 3, Savannah GA 31415 | MBI 1EG4-TE5-MK73 | Emergency contact: Lorraine Heyward (dtr) (912) 555-0163",
    [
        ("NAME", "HEYWARD, CORNELIUS T"),
        ("GEO", "1417 Wheaton St Apt 3"),
        ("GEO", "Savannah"),
        ("GEO", "31415"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("NAME", "Lorraine Heyward"),
        ("PHONE", "(912) 555-0163"),
    ],
    note="Registration line: name, street address, city, ZIP, Medicare MBI, daughter's name and phone.",
)

# 78
p(
    "es",
    "pasted_record",
    "Nota de admisi\u00f3n (borrador): Paciente Juana Cux Vel\u00e1squez, F, 34 a\u00f1os. Fecha de nacimiento: 15/09/1990. Expediente: SLM-77-2041. Medicaid n.\u00ba 884201937. Contacto: esposo Andr\u00e9s, cel. (843) 555-0132.",
    [
        ("NAME", "Juana Cux Vel\u00e1squez"),
        ("DATE", "15/09/1990"),
        ("MRN", "SLM-77-2041"),
        ("HEALTH_PLAN", "884201937"),
        ("NAME", "Andr\u00e9s"),
        ("PHONE", "(843) 555-0132"),
    ],
    note="Spanish admission note: name, DOB, record number, Medicaid number, husband's name and phone.",
)

# 79
p(
    "en",
    "pasted_record",
    "From the trauma board (draft caption, DO NOT POST): unk male ~40s, shrimper, brought in by USCG off vessel GA 4471 BK. Wallet: GA DL 052-118-934. Insulin pump SN PMP-2231-88K.",
    [
        ("VEHICLE", "GA 4471 BK"),
        ("LICENSE", "052-118-934"),
        ("DEVICE", "PMP-2231-88K"),
    ],
    note="Unnamed patient with the hull number of his boat, driver's licence and pump serial.",
)

# 80
p(
    "en",
    "pasted_record",
    "Incident note pasted for the safety committee: longshoreman Dale Kittles, TWIC 7781 4420 0917 3356, crush injury L foot on 05/02. Claim #WC-24-11873.",
    [
        ("NAME", "Dale Kittles"),
        ("LICENSE", "7781 4420 0917 3356"),
        ("DATE", "05/02"),
        ("OTHER_ID", "WC-24-11873"),
    ],
    note="Name, TWIC credential number, injury date, workers' comp claim number.",
)

# 81
p(
    "en",
    "pasted_record",
    "Billing escalation (internal): acct 4410-028-77, guarantor Tomasina Brisbane, mychart user tbrisbane57, last login from 73.142.18.207. Pls call her back from the billing line, not her cell.",
    [
        ("ACCOUNT", "4410-028-77"),
        ("NAME", "Tomasina Brisbane"),
        ("OTHER_ID", "tbrisbane57"),
        ("IP", "73.142.18.207"),
    ],
    note="Account number, name, portal user name, IP address.",
)

# 82
p(
    "en",
    "pasted_record",
    "can someone merge these in Epic: pt SIMMONS, ALFRED J, DOB 7/4/1951, ssn XXX-XX-4471, registered twice (MRN 6620017 and 6620071). thx",
    [
        ("NAME", "SIMMONS, ALFRED J"),
        ("DATE", "7/4/1951"),
        ("SSN", "XXX-XX-4471"),
        ("MRN", "6620017"),
        ("MRN", "6620071"),
    ],
    note="Chart name, DOB, partial SSN, two MRNs.",
)

# 83
p(
    "en",
    "pasted_record",
    "Records request: please send pt's imaging to her home fax (843) 555-0194, attn: Beatrice Fripp. Our HIM fax is (555) 555-0101 if they need to send anything back.",
    [
        ("FAX", "(843) 555-0194"),
        ("NAME", "Beatrice Fripp"),
    ],
    note="Patient's home fax and name; the HIM fax is the hospital's.",
)

# 84
p(
    "es",
    "pasted_record",
    "para la foto de la unidad \U0001f4f8 ojo que se ve la pizarra: 'hab. 309 - sr. ram\u00edrez - alergia a penicilina'. b\u00f3rrenla antes de publicar",
    [
        ("OTHER_ID", "hab. 309"),
        ("NAME", "ram\u00edrez"),
    ],
    note="Room and lower-case surname on a whiteboard in a photo; the photo is of the unit, not the patient (no PHOTO).",
)

# 85
n(
    "en",
    "pasted_record",
    "New discharge summary template, feedback to informatics by 6/30:\nPt name: ______  DOB: __/__/____  MRN: ________  Room: ___\nFollow-up: ________  Pharmacy: ________",
    "Empty template; the deadline is not a patient's date.",
)

# 86
n(
    "en",
    "pasted_record",
    "Sample wristband for the training video: DOE, JANE  MRN 000000000  DOB 01/01/1900. Fake patient, obviously. Real wristbands never leave the unit. \U0001f3a5",
    "Placeholder patient on a training prop (set decision): nothing labelled.",
)

# ---------------------------------------------------------------- staff_spotlight

# 87
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight \u2b50 Meet Marcus Gadsden, RN, charge nurse on 5 North and a 4th-generation Gullah Geechee son of St. Helena Island. He teaches every new grad how to say 'hunnuh' properly. \U0001f602",
    "Staff member and his home island: never labelled.",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Dr. Ximena Ruiz-Tagle joined our trauma team from Guadalajara this month. Fun fact: she has rowed the Savannah River from Augusta to Tybee. Welcome, Dr. Ruiz-Tagle!",
    "New physician; places are hers, not a patient's.",
)

# 89
n(
    "en",
    "staff_spotlight",
    "Celebrating 40 years: respiratory therapist Bernice 'Bee' Holloway started here in 1985 as a 19-year-old with a clipboard and a beehive hairdo. She has trained every RT in this building. \U0001f41d",
    "Staff member with nickname; bare year, age under 90.",
)

# 90
n(
    "es",
    "staff_spotlight",
    "Conozca a nuestra int\u00e9rprete Mar\u00eda Fernanda Coj, originaria de Totonicapán, que habla espa\u00f1ol, k'iche' y un poquito de gullah. \u00a1Gracias por tu trabajo, Mafer! \U0001f5e3\ufe0f",
    "Staff interpreter and her home town: not labelled.",
)

# 91
n(
    "en",
    "staff_spotlight",
    "Nurse practitioner Dwight Faircloth served 24 years in the Navy, including a tour at the Parris Island branch clinic, before joining our Beaufort urgent care. Thank you for your service, Dwight. \u2693",
    "Staff; Parris Island here is his former duty station, not a patient's.",
)

# 92
n(
    "en",
    "staff_spotlight",
    "After 51 years our night unit secretary Lillie Mae Brown is retiring at 72. She has answered 5 North's phone through 4 hurricanes and 9 CEOs. Enjoy the porch, Miss Lillie! \U0001f33a",
    "Staff member's name and age; no patient.",
)

# 93
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Cedric Whitfield: orthopedic surgeon, former Georgia Southern linebacker, and the reason half the runners at the Savannah Marathon still have knees.",
    "Staff physician; a university and an event.",
)

# 94
n(
    "en",
    "staff_spotlight",
    "SHOUT OUT TO SECURITY OFFICER TERRENCE 'T-BONE' JAMES FOR 25 YEARS OF KEEPING NIGHT SHIFT SAFE \U0001f4aa WE LOVE YOU T-BONE",
    "ALL CAPS staff name and nickname.",
)

# 95
p(
    "en",
    "staff_spotlight",
    "Staff spotlight with a twist: our own EVS lead Luther Mack spent time on 7 Tower this spring as a patient after a heart attack on the job. He's back, 40 lbs lighter, and wants everyone to get their blood pressure checked. Welcome back, Luther! \u2764\ufe0f",
    [
        ("NAME", "Luther Mack"),
        ("NAME", "Luther", "*"),
    ],
    note="A staff member who was our patient is labelled. 'this spring' is a season.",
)

# 96
p(
    "en",
    "staff_spotlight",
    "Nurse Tamika Hughes has delivered 3,000 babies at our Beaufort birth center. On 8/12 she delivered her own, and yes, she coached the whole thing. Welcome, baby Zion! \U0001f476",
    [
        ("NAME", "Tamika Hughes"),
        ("DATE", "8/12"),
        ("NAME", "Zion"),
    ],
    note="A nurse who gave birth here (patient and mother of a patient): name, birth date, baby's name.",
)

# 97
p(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Yolanda Tun tambi\u00e9n fue paciente este a\u00f1o: le gan\u00f3 al c\u00e1ncer de mama. Hoy, 10 de octubre, toca la campana. \u00a1Felicidades, Yoli! \U0001f514\U0001f497",
    [
        ("NAME", "Yolanda Tun"),
        ("DATE", "10 de octubre"),
        ("NAME", "Yoli"),
    ],
    note="Nurse who is a patient: name, date of her bell-ringing, nickname.",
)

# 98
p(
    "en",
    "staff_spotlight",
    "Meet Dr. Samuel Kinsey, our chief of cardiology and, as of last week, our cardiac rehab patient. Yes, the cardiologist had a cardiac event. He asked us to share this to remind you: nobody is immune.",
    [
        ("NAME", "Samuel Kinsey"),
    ],
    note="A physician who is our patient is labelled.",
)

# ---------------------------------------------------------------- health_tip

# 99
n(
    "en",
    "health_tip",
    "\U0001f321\ufe0f Heat index hitting 105 on the docks this week. Longshoremen and shrimpers: drink before you're thirsty, take shade breaks, and know the signs of heat stroke. #LowcountryHeat",
    "Heat index, not an age; general advice.",
)

# 100
n(
    "es",
    "health_tip",
    "Trabajadores del campo: el calor mata. Tomen agua cada 15 minutos aunque no tengan sed. Si un compa\u00f1ero se confunde o deja de sudar, llamen al 911 y m\u00e9tanlo a la sombra.",
    "General advice; national emergency number.",
)

# 101
n(
    "en",
    "health_tip",
    "St. Patrick's Day tip \U0001f340 green beer is not a hydration strategy. Our downtown urgent care at 22 East Bay Street opens at 8 a.m. on March 17 and stays open until midnight.",
    "Parade date and the hospital's own address.",
)

# 102
n(
    "en",
    "health_tip",
    "Jellyfish sting at Tybee? Skip the urine (please). Rinse with vinegar or salt water, then soak in hot water. Call Poison Control at 1-800-222-1222 if symptoms get worse.",
    "General advice; national Poison Control line.",
)

# 103
n(
    "en",
    "health_tip",
    "Shellfish allergy is the #1 food allergy we see in adults in the Lowcountry. Know where your EpiPen is, and never 'just try one' at the oyster roast.",
    "General advice; a trademark, no person.",
)

# 104
n(
    "en",
    "health_tip",
    "Recruit families: blisters and stress fractures are the top reasons recruits see sick call. Send letters and encouragement, NOT boxes of candy. \U0001f602 #ParrisIslandFamilies",
    "General advice; a campaign-style hashtag with a place name, no patient.",
)

# 105
n(
    "en",
    "health_tip",
    "Did you know diabetes is nearly twice as common in Latino families in Georgia? Free healthy cooking classes in Spanish, Thursdays at 6 pm at our Pooler campus. \U0001f957",
    "Population statistic and a class schedule.",
)

# 106
n(
    "en",
    "health_tip",
    "Gullah Geechee families carry some of the highest rates of lupus and sickle cell disease in the country. Ask your doctor about screening. #HealthEquity",
    "Population group; campaign hashtag.",
)

# 107
p(
    "en",
    "health_tip",
    "Hurricane prep from a pro: Mr. Ellis Jenkins has done dialysis with us through 6 hurricanes. His kit: 3 days of renal-diet meals, a printed med list, and his backup unit's number taped to the fridge. Questions? (555) 555-0111.",
    [
        ("NAME", "Ellis Jenkins"),
    ],
    note="A named dialysis patient; the nurse line is the hospital's.",
)

# 108
n(
    "en",
    "health_tip",
    "Cobblestones + flip-flops + a praline in each hand = our #1 tourist injury. Wear real shoes on River Street, y'all. \U0001f45f",
    "General advice; River Street is not tied to a patient here.",
)

# 109
p(
    "en",
    "health_tip",
    "Tip from a patient: when Mr. Amos Green of Port Wentworth was diagnosed with diabetes, his granddaughter set alarms on his flip phone for every dose. Simple works. What's your family's trick? \U0001f4ac",
    [
        ("NAME", "Amos Green"),
        ("GEO", "Port Wentworth"),
    ],
    note="Patient's name (surname is a colour word) and home town.",
)

# 110
p(
    "es",
    "health_tip",
    "Consejo de la semana, de la se\u00f1ora Olga Batz (\u00a1gracias por dejarnos compartirlo!): lleve su lista de medicinas en el celular. Ella lo aprendi\u00f3 despu\u00e9s de su cirug\u00eda del 9 de mayo. \U0001f4f1",
    [
        ("NAME", "Olga Batz"),
        ("DATE", "9 de mayo"),
    ],
    note="Patient's name and surgery date.",
)

# ---------------------------------------------------------------- event

# 111
p(
    "en",
    "event",
    "Our NICU grad reunion had a surprise guest: Cyrus, born at 24 weeks in October, now a 2-year-old who would not stop pressing the elevator buttons. \U0001f6d7",
    [
        ("NAME", "Cyrus"),
        ("DATE", "October"),
    ],
    note="Child's name and birth month.",
)

# 112
n(
    "en",
    "event",
    "\U0001f340 Parade day! Our first aid tents will be in Madison Square and Lafayette Square from 7 a.m., look for the green cross. The St. Patrick's Day parade steps off at 10:15 on March 17.",
    "Event date and venues; squares named for historical figures.",
)

# 113
n(
    "en",
    "event",
    "Join us Saturday, Oct. 12, for the Gullah Geechee Health Fair at Penn Center on St. Helena Island: free A1c, blood pressure and vision screenings, plus a sweetgrass demo by master weaver Vera Manigault.",
    "Event date and venue; the weaver is a demonstrator, not a patient.",
)

# 114
n(
    "es",
    "event",
    "Feria de salud para familias guatemaltecas y mexicanas: domingo 15 de septiembre, despu\u00e9s de la misa en San Benedicto, Savannah. Vacunas, presi\u00f3n arterial y \u00a1marimba! \U0001f3b6",
    "Event date (Independence Day) and venue.",
)

# 115
n(
    "en",
    "event",
    "Blessing of the Fleet is back in Darien on April 27! Our mobile health van will offer free skin checks for shrimpers from 10 to 2. \U0001f990\u2600\ufe0f",
    "Public event date and town.",
)

# 116
n(
    "en",
    "event",
    "Marine Corps Birthday Run \U0001f1fa\U0001f1f8 Nov. 10: staff from our Beaufort campus will run 5 miles alongside the depot band. Come cheer at the Ribaut Road entrance.",
    "Event date; the hospital's own road entrance.",
)

# 117
n(
    "en",
    "event",
    "Our Celebration of Life 5K honors every organ donor family. Sat 4/12, Forsyth Park, 8 a.m. Register at savannahlowcountry.org/5k \U0001f49a",
    "Event date and venue; hospital domain.",
)

# 118
n(
    "en",
    "event",
    "Juneteenth at the Beaufort campus: historian Dr. Kenneth Riley on the Port Royal Experiment and the Lowcountry's first Black-run hospitals. June 19, 6 pm, Smalls Auditorium.",
    "Holiday and event date; a speaker; a building named for a historical figure.",
)

# 119
n(
    "en",
    "event",
    "Come meet our therapy dogs at the Tybee Pirate Fest on Sept. 28! Biscuit, Gumbo and Admiral Nelson will be in the kids' tent. \U0001f3f4\u200d\u2620\ufe0f\U0001f436",
    "Event date; pets named after food and a historical figure.",
)

# 120
p(
    "en",
    "event",
    "Walk for Winnie \U0001f49c This Saturday, 300 people will walk 3 miles from Ellis Square in honor of Winnie Baptiste, the Savannah State freshman who has been in our ICU since her crash on Abercorn on 9/9. Wear purple.",
    [
        ("NAME", "Winnie Baptiste"),
        ("NAME", "Winnie", "*"),
        ("GEO", "Abercorn"),
        ("DATE", "9/9"),
    ],
    note="Patient's name (also in the event name), street of her crash, crash date. Ellis Square is the venue; the university is not an identifier.",
)

# 121
p(
    "es",
    "event",
    "Carrera 5K 'Corre por Chuy' \U0001f3c3 el domingo en Pooler, a beneficio de la familia de Jes\u00fas 'Chuy' Maldonado, trabajador de la construcci\u00f3n que se cay\u00f3 de un andamio el 17 de enero. \u00a1Inscr\u00edbete!",
    [
        ("NAME", "Jes\u00fas 'Chuy' Maldonado"),
        ("NAME", "Chuy", "*"),
        ("DATE", "17 de enero"),
    ],
    note="Patient's name (also in the race name) and injury date. Pooler is the race venue.",
)

# 122
p(
    "en",
    "event",
    "Benefit fish fry for the Wiggins family tonight at the Frogmore fire station, 5-8. All proceeds go toward little Jaylen's bone marrow transplant. \U0001f41f #JaylenJourney",
    [
        ("NAME", "Wiggins"),
        ("NAME", "Jaylen"),
        ("NAME", "#JaylenJourney"),
    ],
    note="Family surname, child's name and name hashtag. The fire station is the venue (set decision).",
)

# ---------------------------------------------------------------- statistic

# 123
n(
    "en",
    "statistic",
    "Over St. Patrick's weekend our ERs treated 1,412 patients. Top 3 reasons: dehydration, alcohol, and 'fell off a trolley.' \U0001f340",
    "Aggregate count around a public holiday.",
)

# 124
n(
    "en",
    "statistic",
    "Heat-related ER visits from the Port of Savannah rose 38% this summer. 91% of them were preventable with water, shade and rest.",
    "Percentages (91 is not an age); a season.",
)

# 125
n(
    "en",
    "statistic",
    "Our Beaufort campus treated 2,150 Parris Island recruits last year, 62% of them for stress fractures.",
    "Aggregate; Parris Island is not tied to one patient.",
)

# 126
n(
    "es",
    "statistic",
    "El 38% de los pacientes de nuestra cl\u00ednica de Pooler prefiere atenci\u00f3n en espa\u00f1ol. Tenemos 14 int\u00e9rpretes de planta y acceso a 240 idiomas por video.",
    "Percentages and counts.",
)

# 127
n(
    "en",
    "statistic",
    "Last year we cared for 412 patients age 90 and older across both campuses. Longevity runs deep in the Lowcountry. \U0001f33e",
    "Population age over 90, not a patient's age.",
)

# 128
n(
    "en",
    "statistic",
    "By the numbers: 3,287 babies, 41 sets of twins, 2 sets of triplets, and 1 baby born on the Talmadge Bridge (in an ambulance). 2024 was a year.",
    "Counts and a bare year; the bridge birth names no one.",
)

# 129
n(
    "en",
    "statistic",
    "Shrimp season opened 6/1, and in the first two weeks our hand surgeons saw 23 winch and net injuries. Please check your gear.",
    "Season opening date, not a patient's; a count.",
)

# 130
n(
    "en",
    "statistic",
    "In the Sea Island communities, 1 in 3 adults over 65 has diabetes (SC DHEC, 2023).",
    "Population statistic.",
)

# 131
n(
    "en",
    "statistic",
    "Our mobile clinic saw 612 farmworkers last year. 71% had never had a checkup. 100% got one.",
    "Percentages; '100%' is not an age.",
)

# 132
p(
    "en",
    "statistic",
    "Milestone stat: 10,000 babies born at our Beaufort birth center since it opened, and No. 10,000, Amina Diallo, arrived 4/2 at 7 lb 7 oz. \U0001f389",
    [
        ("NAME", "Amina Diallo"),
        ("DATE", "4/2"),
    ],
    note="The 10,000th baby's name and birth date.",
)

# 133
p(
    "en",
    "statistic",
    "Stat of the week: 7. That's how many grandkids packed into room 304 to watch Papa Leon ring the cancer bell. New record! \U0001f514",
    [
        ("OTHER_ID", "room 304"),
        ("NAME", "Leon"),
    ],
    note="Room number and patient's first name ('Papa' is a kinship title).",
)

# ---------------------------------------------------------------- recruitment

# 134
n(
    "en",
    "recruitment",
    "Now hiring: bilingual (English/Spanish) patient access reps at our Pooler campus, 815 Pooler Parkway. $2/hr language differential. Apply at savannahlowcountry.org/careers",
    "Job ad; the hospital's own address and domain.",
)

# 135
n(
    "en",
    "recruitment",
    "Nurses of the Lowcountry: our Beaufort ICU is hiring. $15,000 sign-on bonus, and yes, you can see the marsh from the break room. \U0001f33e",
    "Job ad.",
)

# 136
n(
    "es",
    "recruitment",
    "\u00a1Buscamos int\u00e9rpretes de k'iche', mam y q'anjob'al! Env\u00edanos tu CV a empleos@slmchealth.org o m\u00e1ndanos mensaje a @SLMCSalud.",
    "Job ad; the hospital's email and handle.",
)

# 137
n(
    "en",
    "recruitment",
    "Military spouses: we know PCS life. Our PRN positions transfer with you when Parris Island or Hunter Army Airfield sends you packing. DM @SavLowcountryMC \U0001f1fa\U0001f1f8",
    "Job ad; bases are not tied to a patient.",
)

# 138
p(
    "en",
    "recruitment",
    "Otis Washington was born and raised in Thunderbolt, spent 30 years on shrimp boats, and spent 6 weeks as our rehab patient after a fall from the rigging. Now he works patient transport for us. Strong back? Big laugh? Be like Otis. Apply today.",
    [
        ("NAME", "Otis Washington"),
        ("NAME", "Otis", "*"),
        ("GEO", "Thunderbolt"),
    ],
    note="Employee who was our patient: name and home town.",
)

# 139
n(
    "en",
    "recruitment",
    "WE'RE HIRING SURGICAL TECHS \U0001f52a NIGHT SHIFT. BEAUFORT. CALL RECRUITER SHANICE AT (555) 555-0100 EXT 4412.",
    "ALL CAPS job ad; recruiter is staff; hospital number.",
)

# 140
n(
    "en",
    "recruitment",
    "Meet our 2025 nurse residency class: 48 new grads from Georgia Southern, Savannah State, USC Beaufort and Armstrong. \U0001f393",
    "Schools; no patient.",
)

# 141
n(
    "en",
    "recruitment",
    "Our CNA apprenticeship is free and pays while you learn. Info sessions 3/4 and 3/18 in the Savannah campus cafeteria.",
    "Event dates.",
)

# 142
n(
    "en",
    "recruitment",
    "Housekeeping and dietary jobs with flexible hours. Applications in English and Spanish at 4700 Waters Avenue, Monday to Friday, or call (555) 555-0100.",
    "Job ad; the hospital's own address and phone.",
)

# 143
p(
    "en",
    "recruitment",
    "Why I became a nurse, by new grad RN Destiny Gaillard: 'When I was 8, my granny Ruthie was in this hospital for months after her stroke. Her nurses let me do my homework at her bedside.' Now Destiny works on that same floor. Join us.",
    [
        ("NAME", "Destiny Gaillard"),
        ("NAME", "Destiny", "*"),
        ("NAME", "Ruthie"),
    ],
    note="A nurse introduced as a patient's granddaughter is a patient's relative (set decision); the grandmother's name.",
)

# 144
p(
    "en",
    "recruitment",
    "Our newest respiratory therapist was once our patient! Welcome aboard, Jonah Pinckney, born at 26 weeks in our NICU on Halloween, now 22 and running ventilators himself. \U0001f383",
    [
        ("NAME", "Jonah Pinckney"),
        ("DATE", "Halloween"),
    ],
    note="Former NICU patient now staff: name and birth on a holiday; age 22 not labelled.",
)

# ---------------------------------------------------------------- crisis_update

# 145
n(
    "en",
    "crisis_update",
    "\u26a0\ufe0f Hurricane update: the Beaufort campus is on generator power. The ER remains open. Non-urgent appointments for Thursday are cancelled. Updates all day at @SLMCBeaufort",
    "Operational update; hospital handle.",
)

# 146
n(
    "en",
    "crisis_update",
    "The boil-water advisory for Tybee and Wilmington Island does not affect our hospitals. All of our campuses have normal water service.",
    "Places not tied to a patient.",
)

# 147
n(
    "es",
    "crisis_update",
    "AVISO: por la tormenta, la cl\u00ednica de Pooler cierra hoy a las 2 p. m. Para emergencias llame al 911. L\u00ednea en espa\u00f1ol: (555) 555-0156.",
    "Closure notice; hospital line.",
)

# 148
n(
    "en",
    "crisis_update",
    "Mass casualty update: we received 9 patients from the I-95 bus crash near Hardeeville. 6 are stable, 3 are in surgery. Families, please call (555) 555-0123 rather than coming to the ER.",
    "Public multi-patient incident; no patient identified (set decision on incident locations).",
)

# 149
n(
    "en",
    "crisis_update",
    "Update on the container ship fire: our burn unit is caring for several dockworkers. Out of respect for them and their families we will not share names or conditions. Media: (555) 555-0189.",
    "No identifiers; media line.",
)

# 150
n(
    "en",
    "crisis_update",
    "CYBER INCIDENT: our patient portal is down. Do NOT email us your MRN or date of birth. Call (555) 555-0100 for help.",
    "Mentions identifier types but contains none.",
)

# 151
n(
    "en",
    "crisis_update",
    "Parade day traffic: the Bay Street entrance of our downtown urgent care is closed 6 a.m. to 4 p.m. on March 17. Use the Abercorn side.",
    "Event date and the hospital's entrances.",
)

# 152
p(
    "en",
    "crisis_update",
    "UPDATE on the shrimp boat that capsized off Hunting Island: Capt. Roland Chaplin, 58, of Coosaw Island is in fair condition. His deckhand remains critical; his family asks for prayers and privacy.",
    [
        ("GEO", "Hunting Island"),
        ("NAME", "Roland Chaplin"),
        ("GEO", "Coosaw Island"),
    ],
    note="Place of the accident, captain's name and home island; age 58 not labelled.",
)

# 153
p(
    "en",
    "crisis_update",
    "Statement on the River Street balcony collapse: at the family's request we can confirm that Ohio visitors Gary and Linda Baum are in stable condition. The Baums thank the bartenders who pulled them out.",
    [
        ("GEO", "River Street"),
        ("NAME", "Gary"),
        ("NAME", "Linda Baum"),
        ("NAME", "Baums"),
    ],
    note="Street of their injury, names and plural surname. Ohio is a state.",
)

# 154
p(
    "es",
    "crisis_update",
    "Actualizaci\u00f3n: el joven Kevin Yac, de 17 a\u00f1os, herido en el incendio de la calle Montgomery, sigue estable. Su mam\u00e1 pide que no se compartan fotos. Para donar: (912) 555-0145 (t\u00eda Brenda).",
    [
        ("NAME", "Kevin Yac"),
        ("GEO", "calle Montgomery"),
        ("PHONE", "(912) 555-0145"),
        ("NAME", "Brenda"),
    ],
    note="Name, street of the house fire, aunt's phone and name; age 17 not labelled.",
)

# 155
p(
    "en",
    "crisis_update",
    "Power outage update, 11 pm: all patients are safe. Special thanks to the family of Mr. Lamont Hicks (bed 22, CCU), who kept his oxygen concentrator charged off their truck battery. \U0001f50b",
    [
        ("NAME", "Lamont Hicks"),
        ("OTHER_ID", "bed 22"),
    ],
    note="Name and bed number.",
)

# 156
p(
    "en",
    "crisis_update",
    "Can you help? An older man was brought to our Savannah ER after a crash on the Talmadge Bridge at 6 a.m. The only contact on him is a tag reading 'If found call Ramsey 843-555-0172.' No answer yet. If you know this family, call Patient Relations at (555) 555-0123.",
    [
        ("GEO", "Talmadge Bridge"),
        ("NAME", "Ramsey"),
        ("PHONE", "843-555-0172"),
    ],
    note="Road of his crash, family name and family phone; the hospital number is not labelled.",
)

# ---------------------------------------------------------------- research

# 157
n(
    "en",
    "research",
    "New from our Gullah Geechee Health Initiative: sweetgrass basket weavers in our study had 30% less hand arthritis than their neighbors. Published this month in the Journal of Rural Health.",
    "Study finding; population group.",
)

# 158
n(
    "en",
    "research",
    "We're enrolling Marines and recruits in a study of heat-illness biomarkers. Interested? Email research@slmchealth.org.",
    "Recruitment for a study; the hospital's email.",
)

# 159
n(
    "es",
    "research",
    "Estudio sobre asma en hijos de trabajadores agr\u00edcolas: buscamos familias en los condados de Beaufort y Jasper. Compensaci\u00f3n de $50. Llame al (555) 555-0156.",
    "Study recruitment; counties not tied to a patient.",
)

# 160
n(
    "en",
    "research",
    "Dr. Priya Ramanathan's lab just received a $2.4M NIH grant to study sickle cell pain in the Sea Islands. \U0001f52c",
    "Researcher and grant.",
)

# 161
n(
    "en",
    "research",
    "Our trial of a new Vibrio vaccine for shrimpers and oyster workers enrolled its 200th participant this month. Thank you to every one of them.",
    "Ordinal count; no identifier.",
)

# 162
n(
    "en",
    "research",
    "Fun research fact: the Lowcountry has one of the highest concentrations of centenarians in the Southeast. Our Longevity Project wants to know why. \U0001f9ec",
    "'centenarians' as a population, not one patient's age.",
)

# 163
n(
    "en",
    "research",
    "Research Day: posters on heat stroke in recruits, Chagas screening in Guatemalan immigrants and Vibrio at oyster roasts. April 9, Savannah campus auditorium.",
    "Event date; eponymous disease.",
)

# 164
n(
    "en",
    "research",
    "Henrietta Lacks' cells are growing in half the labs in this building. This week our bioethics lecture honors her and her family's fight for consent.",
    "Historical figure.",
)

# 165
n(
    "es",
    "research",
    "Nuestro estudio 'Ra\u00edces' sobre la salud de mujeres mayas en Georgia presenta sus resultados el 20 de marzo en el campus de Savannah.",
    "Event date.",
)

# 166
p(
    "en",
    "research",
    "Meet our 1st Longevity Project participant: Mrs. Ida Mae Coaxum, 104, of Hilton Head, who credits okra, church, and never once owning a car. \U0001f331",
    [
        ("NAME", "Ida Mae Coaxum"),
        ("AGE", "104"),
        ("GEO", "Hilton Head"),
    ],
    note="Name, age over 89, home town.",
)

# 167
p(
    "en",
    "research",
    "Research volunteer spotlight: when trial participant Reginald 'Reggie' Fludd (ID# LT-0442) heard his sickle cell study was ending, he asked how to join the next one. Thank you, Reggie. \U0001f52c",
    [
        ("NAME", "Reginald 'Reggie' Fludd"),
        ("NAME", "Reggie", "*"),
        ("OTHER_ID", "LT-0442"),
    ],
    note="Study participant's name and study id.",
)

# 168
p(
    "es",
    "research",
    "Gracias a la se\u00f1ora Rosalba Chen C\u00fa, participante n\u00famero 300 de nuestro estudio 'Ra\u00edces', que cumpli\u00f3 91 a\u00f1os el d\u00eda que se inscribi\u00f3. \u00a1Es nuestra inspiraci\u00f3n!",
    [
        ("NAME", "Rosalba Chen C\u00fa"),
        ("AGE", "91"),
    ],
    note="Participant's name and age over 89.",
)

# ---------------------------------------------------------------- public_figure

# 169
n(
    "en",
    "public_figure",
    "Thanks to Savannah Mayor Van Johnson for reading 'Gullah Gullah Island' stories to the kids on our peds floor this morning! \U0001f4da",
    "Public official.",
)

# 170
n(
    "en",
    "public_figure",
    "Robert Smalls was born enslaved in Beaufort in 1839 and went on to serve in Congress and fight for public schools and health. Our Smalls Wing carries his name with pride.",
    "Historical figure; building named for him.",
)

# 171
n(
    "en",
    "public_figure",
    "Olympic sprinter (and Savannah native) Jaylon Pettiford stopped by to cheer on our pediatric cancer patients before the Rock 'n' Roll Marathon. \U0001f3c5",
    "Visiting athlete; his home town is not a patient's.",
)

# 172
n(
    "en",
    "public_figure",
    "Juliette Gordon Low founded the Girl Scouts right here in Savannah. This Saturday local troops deliver 600 boxes of cookies to our night shift. \U0001f36a",
    "Historical figure; event.",
)

# 173
n(
    "es",
    "public_figure",
    "\u00a1Gracias al c\u00f3nsul de Guatemala en Atlanta, licenciado H\u00e9ctor Aj, por visitar nuestra cl\u00ednica m\u00f3vil en Ridgeland!",
    "Visiting official.",
)

# 174
n(
    "en",
    "public_figure",
    "Visiting today: Coach Brandon Tate and the Georgia Southern Eagles, who brought 40 footballs and one very large mascot to our peds unit. \U0001f985",
    "Visiting coach and team.",
)

# 175
n(
    "en",
    "public_figure",
    "Before he was a Hall of Famer, 'Bulldog' Reese was a kid from Yamacraw Village who grew up three blocks from our old ER. Today he came back to cut the ribbon on our new pediatric ED. \u2702\ufe0f",
    "Public figure, not a patient; his neighbourhood is not labelled.",
)

# 176
p(
    "en",
    "public_figure",
    "With his permission: country star Wade Colquitt is recovering at our Savannah campus after emergency gallbladder surgery on 3/2. He wants fans to know he'll be back onstage for the Savannah Music Festival. \U0001f3b8",
    [
        ("NAME", "Wade Colquitt"),
        ("DATE", "3/2"),
    ],
    note="A public figure who is our patient: name and surgery date.",
)

# 177
p(
    "en",
    "public_figure",
    "State Rep. Lucille Gantt, 92, thanked our Beaufort nurses from her hospital bed today and, being Lucille, also asked them about their pay. \U0001f602",
    [
        ("NAME", "Lucille Gantt"),
        ("NAME", "Lucille", "*"),
        ("AGE", "92"),
    ],
    note="A politician who is our patient: name and age over 89.",
)

# 178
p(
    "es",
    "public_figure",
    "El famoso marimbista guatemalteco Efra\u00edn 'El Maestro' Coyoy, hospitalizado desde el 5 de marzo en nuestro campus de Savannah, agradece todos sus mensajes. \u00a1Pronto a tocar de nuevo, maestro! \U0001f3b6",
    [
        ("NAME", "Efra\u00edn 'El Maestro' Coyoy"),
        ("DATE", "5 de marzo"),
    ],
    note="Famous musician who is our patient: name with nickname, admission date.",
)

# 179
p(
    "en",
    "public_figure",
    "Retired Savannah Bananas first baseman Tyrese 'Big T' Holloway is our patient of the week \U0001f34c new hip, same dance moves. Big T, we'll see you at Grayson Stadium.",
    [
        ("NAME", "Tyrese 'Big T' Holloway"),
        ("NAME", "Big T", "*"),
    ],
    note="Former athlete who is our patient: name and nickname. The stadium is a venue.",
)

# 180
p(
    "en",
    "public_figure",
    "Shrimper turned reality-TV star Captain Dink Aiken (yes, from 'Lowcountry Trawlers') is resting after a heart cath here on Monday. His wife Lou asks fans to send cards, not shrimp. \U0001f990",
    [
        ("NAME", "Dink Aiken"),
        ("NAME", "Lou"),
    ],
    note="TV personality who is our patient; wife's name. The show is not labelled.",
)

# ---------------------------------------------------------------- eponymous_condition

# 181
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our movement disorders clinic now offers Rock Steady Boxing at the Pooler campus. \U0001f94a",
    "Eponymous condition and awareness month.",
)

# 182
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves' disease, or just tired? Our endocrinologists explain thyroid testing on Facebook Live, Thursday at noon.",
    "Eponymous conditions; a weekday.",
)

# 183
n(
    "en",
    "eponymous_condition",
    "Our Lou Gehrig's disease (ALS) support group meets the 2nd Tuesday of each month at the Beaufort campus. Caregivers welcome.",
    "Eponym of a public figure; a recurring meeting day.",
)

# 184
n(
    "es",
    "eponymous_condition",
    "D\u00eda Mundial del S\u00edndrome de Down \U0001f499\U0001f49b 21 de marzo. Celebramos a todas las familias de nuestra cl\u00ednica pedi\u00e1trica.",
    "Awareness day date; eponymous condition.",
)

# 185
n(
    "en",
    "eponymous_condition",
    "Chagas disease, named for Brazilian doctor Carlos Chagas, is under-diagnosed in Central American immigrants. We now offer screening to all patients born in Guatemala, El Salvador and Honduras.",
    "Eponym and its namesake; countries.",
)

# 186
n(
    "en",
    "eponymous_condition",
    "Crohn's or colitis? Our IBD nurse navigator, Ren\u00e9e Blackshear, can help you plan your care. Call (555) 555-0100 and ask for GI.",
    "Eponymous condition; staff name; hospital number.",
)

# 187
n(
    "en",
    "eponymous_condition",
    "Tourette syndrome, Bell's palsy and Guillain-Barr\u00e9 syndrome have one thing in common: they're named after 19th-century doctors. #MedicalHistory",
    "Eponyms only.",
)

# 188
p(
    "en",
    "eponymous_condition",
    "Meet Marcus 'Moose' Legare, 11, from St. Helena: Duchenne muscular dystrophy, a wicked jump shot from his chair, and a brand-new accessible hoop thanks to the Beaufort Rotary. #MooseOnTheLoose",
    [
        ("NAME", "Marcus 'Moose' Legare"),
        ("GEO", "St. Helena"),
        ("NAME", "#MooseOnTheLoose"),
    ],
    note="Patient's name with nickname, home island, nickname hashtag; the eponym and donor club are not labelled.",
)

# 189
p(
    "en",
    "eponymous_condition",
    "Down syndrome didn't slow Bethany Parrish down one bit: on 10/21 she became the first Special Olympian to ring our cancer bell AND do a cartwheel afterward. \U0001f938\u200d\u2640\ufe0f",
    [
        ("NAME", "Bethany Parrish"),
        ("DATE", "10/21"),
    ],
    note="Patient's name (sounds like Parris Island) and date of her last treatment.",
)

# 190
p(
    "es",
    "eponymous_condition",
    "Despu\u00e9s de su diagn\u00f3stico de Guillain-Barr\u00e9 en enero, don Fidencio Mux volvi\u00f3 a caminar. Su hija Lupita nos mand\u00f3 este video de \u00e9l caminando frente a su casa en Bluffton. \U0001f3a5",
    [
        ("DATE", "enero"),
        ("NAME", "Fidencio Mux"),
        ("NAME", "Lupita"),
        ("PHOTO", "video"),
        ("GEO", "Bluffton"),
    ],
    note="Diagnosis month, name, daughter's name, video showing him, home town.",
)

# 191
p(
    "en",
    "eponymous_condition",
    "Bell's palsy hit Mr. Rodney Bell on his 50th birthday, 8/8. Yes, Bell's palsy on a Bell. He laughs about it now. Smile's back, Rodney! \U0001f601",
    [
        ("NAME", "Rodney Bell"),
        ("DATE", "8/8"),
        ("NAME", "Bell", 4),
        ("NAME", "Rodney", 2),
    ],
    note="Patient's surname equals the eponym: the two 'Bell's palsy' mentions are not labelled (declared), his name is. Birthday date; 50th is not over 89.",
    ok=("Bell",),
)

# 192
p(
    "en",
    "eponymous_condition",
    "Happy Kawasaki-versary to Amelia Tran! One year ago on Labor Day her parents brought her in with a fever that wouldn't quit. Today: healthy heart, big grin. \U0001f497",
    [
        ("NAME", "Amelia Tran"),
        ("DATE", "Labor Day"),
    ],
    note="Patient's name and admission on a holiday; Kawasaki disease is an eponym.",
)

# ---------------------------------------------------------------- sponsor

# 193
n(
    "en",
    "sponsor",
    "Thank you to Gulfstream Aerospace for sponsoring this year's NICU reunion! \U0001f499\u2708\ufe0f",
    "Corporate sponsor.",
)

# 194
n(
    "en",
    "sponsor",
    "Our new pediatric wing is made possible by the Mercer-Hollis Family Foundation. Ribbon-cutting 5/15 at 10 a.m., all are welcome.",
    "Family foundation naming a building; event date.",
)

# 195
n(
    "en",
    "sponsor",
    "Huge thanks to Byrd's Cookies and the Savannah Bee Company for stocking our staff lounges all through Nurses Week. \U0001f41d\U0001f36a",
    "Business sponsors.",
)

# 196
n(
    "en",
    "sponsor",
    "Thank you to Taquer\u00eda El Tapat\u00edo of Hinesville for sponsoring our Latino health fair. The tacos were gone in 20 minutes. \U0001f32e",
    "Business sponsor; its town is not a patient's.",
)

# 197
n(
    "en",
    "sponsor",
    "The Lowcountry Shrimpers' Association donated a boat so our mobile clinic can reach Daufuskie Island. Handing over the keys: association president Capt. Wally Stokes. \u2693",
    "Donor organisation and its president.",
)

# 198
n(
    "en",
    "sponsor",
    "Our Sweetgrass Ball raised $412,000 for cancer care! Title sponsor: Georgia Ports Authority. Emcee: WTOC's Dawn Baker. Thank you, Savannah! \U0001f389",
    "Sponsor and a media personality.",
)

# 199
n(
    "en",
    "sponsor",
    "Every Chick-fil-A in Chatham County sent dinner to our ER staff tonight. \U0001f414 Sponsors like these keep us going. Want to help? @SLMCFoundation or (555) 555-0168.",
    "Business sponsor; the foundation's handle and number.",
)

# 200
n(
    "en",
    "sponsor",
    "The Derst family has baked bread in Savannah since 1867, and this year Derst Baking Co. sponsors our new teaching kitchen for heart patients. \U0001f35e",
    "Donor family and their business.",
)

# 201
p(
    "en",
    "sponsor",
    "This year's Run for the Marsh 5K is sponsored by Hilda and Raymond Capers, whose grandson Elijah spent 3 months in our NICU. Their gift: 200 new isolette covers. \U0001f49a",
    [
        ("NAME", "Hilda"),
        ("NAME", "Raymond Capers"),
        ("NAME", "Elijah"),
    ],
    note="Sponsors introduced as a patient's grandparents are labelled; the patient's name.",
)

# 202
p(
    "en",
    "sponsor",
    "Sponsor spotlight: Kiawah Crab Co. owner Eddie Fripp funded our new hand-therapy gym after his own hand was crushed by a trap winch on 6/6. His therapists here got him back on the boat. \U0001f980",
    [
        ("NAME", "Eddie Fripp"),
        ("DATE", "6/6"),
    ],
    note="Sponsor who was our patient: name and injury date. His company is not labelled.",
)

# 203
p(
    "es",
    "sponsor",
    "Gracias a la panader\u00eda La Espiga de Oro, cuyos due\u00f1os, la familia Sic, donaron 500 panes en honor de su hijo Mateo, paciente de nuestra unidad de oncolog\u00eda. \U0001f35e",
    [
        ("NAME", "Sic"),
        ("NAME", "Mateo"),
    ],
    note="Donor family introduced as a patient's parents (surname that is also a Latin word) and the patient's name.",
)

# 204
p(
    "en",
    "sponsor",
    "Sponsored by @LowcoTideRunners: the club raised $8,000 for the ICU that saved its founder, Jada Freeman, after her heat stroke at mile 11 of the Savannah Bridge Run on 12/7. \U0001f3c3\u200d\u2640\ufe0f",
    [
        ("NAME", "Jada Freeman"),
        ("DATE", "12/7"),
    ],
    note="Patient's name and date of her heat stroke. The club's handle is not a family handle.",
)

# ---------------------------------------------------------------- hospital_contact

# 205
n(
    "en",
    "hospital_contact",
    "\U0001f4de Main: (555) 555-0100 | Beaufort: (555) 555-0142 | 24/7 Nurse Line: (555) 555-0111 | slmchealth.org",
    "The hospital's own numbers and domain.",
)

# 206
n(
    "es",
    "hospital_contact",
    "\u00bfNecesita ayuda en espa\u00f1ol? Llame a nuestra L\u00ednea en espa\u00f1ol (555) 555-0156 o escr\u00edbanos a @SLMCSalud. Estamos en 4700 Waters Avenue, Savannah, GA 31404.",
    "The hospital's own line, handle and address.",
)

# 207
n(
    "en",
    "hospital_contact",
    "Media inquiries about the ship fire go to (555) 555-0189 only. Please don't call the ICU; our nurses are busy caring for patients.",
    "Media line.",
)

# 208
n(
    "en",
    "hospital_contact",
    "Our downtown urgent care at 22 East Bay Street, Savannah, GA 31401 is open on parade day, but expect a wait. \U0001f340",
    "The hospital's own address.",
)

# 209
n(
    "en",
    "hospital_contact",
    "GPS users: the Beaufort campus address is 1100 Ribaut Road, Beaufort, SC 29902. The old Boundary Street entrance is closed for construction.",
    "The hospital's own address and entrance.",
)

# 210
n(
    "en",
    "hospital_contact",
    "Billing questions? (555) 555-0175, Mon-Fri 8-5. We will NEVER text you asking for your SSN, card number or MyChart password.",
    "Billing line; identifier types without values.",
)

# 211
n(
    "en",
    "hospital_contact",
    "Find us at 815 Pooler Pkwy, across from the outlet mall. Follow @SLMCKids for pediatric updates and fax records to (555) 555-0101.",
    "The hospital's address (abbreviated), handle and fax.",
)

# 212
p(
    "en",
    "hospital_contact",
    "If you are the family of patient Georgina Roberts, Patient Relations is trying to reach you about her belongings. Call (555) 555-0123; we have also left messages at the number on file, 912-555-0108.",
    [
        ("NAME", "Georgina Roberts"),
        ("PHONE", "912-555-0108"),
    ],
    note="Patient's name and family number on file; the Patient Relations line is the hospital's.",
)

# 213
p(
    "en",
    "hospital_contact",
    "Lost & found \U0001f9e5 A wallet left in the ER by patient J. Alvarado of 3 Fahm St was turned in to security. Claim it at the Savannah campus security desk with ID.",
    [
        ("NAME", "J. Alvarado"),
        ("GEO", "3 Fahm St"),
    ],
    note="Initial and surname, street address.",
)

# 214
p(
    "es",
    "hospital_contact",
    "Familia de la paciente Ana Luc\u00eda Toj\u00edn: por favor comun\u00edquense con Trabajo Social al (555) 555-0156. El n\u00famero que nos dejaron, (912) 555-0128, no funciona.",
    [
        ("NAME", "Ana Luc\u00eda Toj\u00edn"),
        ("PHONE", "(912) 555-0128"),
    ],
    note="Patient's name and the family's number; the Spanish line is the hospital's.",
)

# 215
p(
    "en",
    "hospital_contact",
    "To the family from Dayton who messaged us: your mom is in room 207, and visiting hours on our Savannah campus end at 9 pm. Main desk: (555) 555-0100.",
    [
        ("GEO", "Dayton"),
        ("OTHER_ID", "room 207"),
    ],
    note="Family's home town and the patient's room.",
)

# 216
p(
    "en",
    "hospital_contact",
    "@gullahgal_1955 we got your message about your father, Mr. Cyril Jenkins. Please DM us his date of birth so Patient Relations can look into it; don't post it here \U0001f64f",
    [
        ("OTHER_ID", "@gullahgal_1955"),
        ("NAME", "Cyril Jenkins"),
    ],
    note="Daughter's social handle and patient's name.",
)

# ---------------------------------------------------------------- campaign_hashtag

# 217
n(
    "en",
    "campaign_hashtag",
    "#LowcountryStrong #SLMCProud \U0001f499 Thank you to everyone who wore red for Heart Month!",
    "Campaign hashtags only.",
)

# 218
n(
    "en",
    "campaign_hashtag",
    "Join the #GeecheeGoodHealth challenge: 10,000 steps a day all February, and tag us @SavLowcountryMC! \U0001f45f",
    "Campaign hashtag; hospital handle.",
)

# 219
n(
    "en",
    "campaign_hashtag",
    "#SemperFit: our Beaufort PT team will run with recruit families on graduation weekend. Bring water!",
    "Campaign hashtag; no patient.",
)

# 220
n(
    "es",
    "campaign_hashtag",
    "#SaludParaTodos #FamiliasLatinas \U0001f49a Vacunas gratis contra la influenza en todas las paradas de nuestra cl\u00ednica m\u00f3vil este mes. No necesita seguro m\u00e9dico.",
    "Campaign hashtags; no person.",
)

# 221
n(
    "en",
    "campaign_hashtag",
    "#ShrimpersCare #WearYourLifeJacket \U0001f9ba Every shrimper who wore one this season came home. Let's keep it that way.",
    "Campaign hashtags; a season.",
)

# 222
n(
    "en",
    "campaign_hashtag",
    "#TeamTybee is back! Our lifeguards-and-nurses relay team takes on the Tybee Island Marathon on Feb. 8. \U0001f3c3",
    "A team hashtag with a place name, not a patient; event date.",
)

# 223
p(
    "en",
    "campaign_hashtag",
    "The whole 5th floor is wearing green for our favorite patient today \U0001f340 #KeepKickingKieran #SLMCProud",
    [
        ("NAME", "#KeepKickingKieran"),
    ],
    note="Patient's name only in a hashtag, next to a campaign hashtag.",
)

# 224
p(
    "en",
    "campaign_hashtag",
    "#PrayForPeaches \U0001f351 Our favorite 4-year-old has a long road ahead after last night's surgery. Thank you for every card, Lowcountry.",
    [
        ("NAME", "#PrayForPeaches"),
    ],
    note="Patient's nickname in a hashtag.",
)

# 225
p(
    "es",
    "campaign_hashtag",
    "\u00a1Ya casi! \U0001f4aa #FuerzaDayana lleva 3 semanas en rehabilitaci\u00f3n. Su pap\u00e1 Wilmer dice que ya camina hasta la ventana. #SaludParaTodos",
    [
        ("NAME", "#FuerzaDayana"),
        ("NAME", "Wilmer"),
    ],
    note="Patient's name in a hashtag, father's name; #SaludParaTodos is a campaign.",
)

# 226
p(
    "en",
    "campaign_hashtag",
    "#marshmallowstrong is trending and we know why: our Marshall 'Marshmallow' Gibbs, 6, finished his last round of chemo this morning! \U0001f514",
    [
        ("NAME", "#marshmallowstrong"),
        ("NAME", "Marshall 'Marshmallow' Gibbs"),
    ],
    note="Lower-case nickname hashtag and full name with nickname.",
)

# 227
p(
    "en",
    "campaign_hashtag",
    "Use #CaptainCharlieSails all week! Charlie Heyward, 93, rowed his own bateau across the river one year after his stroke. \U0001f6f6",
    [
        ("NAME", "#CaptainCharlieSails"),
        ("NAME", "Charlie Heyward"),
        ("AGE", "93"),
    ],
    note="Name hashtag, name, age over 89.",
)

# 228
p(
    "en",
    "campaign_hashtag",
    "#RachelsRun raised $31K for our trauma fund in memory of Rachel Okoye, the jogger we lost on 10/5. \U0001f49b",
    [
        ("NAME", "#RachelsRun"),
        ("NAME", "Rachel Okoye"),
        ("DATE", "10/5"),
    ],
    note="Memorial hashtag with the patient's name, name, date of death.",
)

# ---------------------------------------------------------------- anonymous_story

# 229
n(
    "en",
    "anonymous_story",
    "A patient in her 90s asked our chaplain for one thing before surgery: a spoonful of her church's red rice. The kitchen made it happen. \U0001f35a",
    "An age decade ('in her 90s') of an unnamed patient is not labelled.",
)

# 230
n(
    "en",
    "anonymous_story",
    "One of our NICU grads, now in kindergarten, sent her nurses a drawing of a shrimp boat with all of them on it. \U0001f3a8",
    "Unnamed former patient.",
)

# 231
p(
    "en",
    "anonymous_story",
    "A recruit passed out on the rifle range on 7/15. By the time he got to us his drill instructor had already packed him in ice: textbook. That DI saved his life.",
    [
        ("DATE", "7/15"),
    ],
    note="Unnamed patient, but a person-tied date makes the post patient-specific (dev rule).",
)

# 232
n(
    "es",
    "anonymous_story",
    "Una se\u00f1ora mayor de Guatemala lleg\u00f3 sola, sin hablar ingl\u00e9s. Nuestra int\u00e9rprete de mam la acompa\u00f1\u00f3 toda la noche. Eso es cuidar. \U0001f49c",
    "Unnamed patient; a country is not GEO.",
)

# 233
p(
    "en",
    "anonymous_story",
    "A tourist from Toledo fainted in Chippewa Square during the heat wave. A carriage driver, a nurse on vacation and a Marine in dress blues got her to us in 8 minutes. Savannah, you're the best.",
    [
        ("GEO", "Toledo"),
        ("GEO", "Chippewa Square"),
    ],
    note="Unnamed patient's home town and the square where she collapsed (place of injury).",
)

# 234
n(
    "en",
    "anonymous_story",
    "Last night a dockworker's wife called our nurse line at 3 a.m. because something 'just felt wrong.' It was a stroke. She was right. Trust your gut.",
    "Unnamed; relative time expressions.",
)

# 235
n(
    "en",
    "anonymous_story",
    "Somebody's grandpa, 89, still runs his shrimp boat every morning and still shows up to every cardiac rehab session on time. Goals. \U0001f990",
    "Age 89 is not over 89; unnamed.",
)

# 236
n(
    "en",
    "anonymous_story",
    "A Gullah elder left a hand-stitched quilt on the chapel pew with a note: 'For the nurses who sat with my husband.' No name. Just thanks.",
    "Anonymous family.",
)

# 237
n(
    "es",
    "anonymous_story",
    "Un ni\u00f1o de 5 a\u00f1os nos pregunt\u00f3 si los camarones tambi\u00e9n van al hospital. Le dijimos que no, pero que los camaroneros s\u00ed. \U0001f990",
    "Unnamed child; age under 90.",
)

# 238
p(
    "en",
    "anonymous_story",
    "A patient turned 103 on our unit this morning and asked for a Coke, a cigar, and the Braves game. We managed 2 out of 3. \U0001f382",
    [
        ("AGE", "103"),
    ],
    note="Age over 89 of an unnamed patient.",
)

# 239
p(
    "es",
    "anonymous_story",
    "Una paciente de noventa y ocho a\u00f1os nos dijo hoy: 'Yo vine de Juchit\u00e1n caminando, esto no es nada.' \u00a1Qu\u00e9 ejemplo! \u2764\ufe0f",
    [
        ("AGE", "noventa y ocho"),
        ("GEO", "Juchit\u00e1n"),
    ],
    note="Age over 89 in words and the patient's home town abroad.",
)

# 240
p(
    "en",
    "anonymous_story",
    "Anonymous, but not really: whoever's grandma is in bed 4 of the Beaufort ER, she has told every one of us she is 101 and wants a milkshake. We believe her. \U0001f964",
    [
        ("OTHER_ID", "bed 4"),
        ("AGE", "101"),
    ],
    note="Bed number and age over 89 of an unnamed patient.",
)

if __name__ == "__main__":
    S.main("phi_dev55_source")
