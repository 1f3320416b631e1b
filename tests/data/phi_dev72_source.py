"""Blind development set d72 for the PHI scanner: tests/data/phi_dev72.jsonl.

Organisation: Laurel Branch Regional Medical Center (phi_dev72_org.json), a fictional
rural hospital in Harlow Gap, KY (main campus 1200 Hospital Hill Road; New Day Recovery
Center at 9 Depot Street) with the Pineridge Family Clinic and Black Lung Clinic across
the Tug in Pineridge, WV. It serves coal-mining, farming and church families of eastern
Kentucky and southern West Virginia, and a Guatemalan and Mexican community that works at
the Cumberland Poultry plant. Its own phones (555-0100 ... 555-0179), addresses, ZIPs,
domains and handles are never labelled.
Focus: central Appalachia: black lung, opioid recovery, flood crisis updates, memorials
and milestone birthdays of very old mountain people; doubled and old-fashioned names
(Bobby Ray, Ollie Mae, Sue Ellen), nicknames (Bub, Sissy, Tater, Spud), surnames that are
words (Justice, Church, Hurt, Stamper), names that are places or months (Virgie, Shelby,
Harlan, Floyd, Arizona, June, August, April May, Easter); lower-case, misspelled and
ALL-CAPS posts from a small-town page; Spanish posts from the poultry-plant community
with Mayan surnames and Guatemalan home towns.
Hard cases: loose person-tied dates ("the 3rd of May", "5-3", "2-14-66", "the 8th",
Old Christmas, Decoration Day, Groundhog Day, leap day, Día de Reyes, Día de la Cruz,
Nochebuena, "first Sunday in June"), the same day named twice, ages in words and glued
tokens ("Ninety-six", "94yo", "93F", "104TH", "centenarian"), hollows and creeks as home
places, employers as NAME, kinship titles around names, pasted bed lists, track boards,
portal messages, billing and security logs (MRN, SSN, health plan, account, licence,
plate, device serial, claim number), family e-mails, phones, handles and fundraiser URLs.
Hard negatives: staff, volunteers and retirees with the same kind of names and nicknames
(some over 89), donors and sponsors with patient-like surnames, public and historical
figures (Loretta Lynn, Devil Anse Hatfield, Mother Jones, Jean Ritchie, Dwight Yoakam),
historical disasters with dates, eponymous conditions, event and awareness dates
(Old Christmas potluck, Decoration Day service, "9-3" hours), population ages ("over 90",
89), anonymous stories, campaign hashtags, the hospital's own phones, streets, ZIPs,
domains and handles, community place names in crisis updates.
Language mix: 240 posts, 190 English and 50 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Kinship and church titles (Mamaw, Mommaw, Papaw, Pawpaw, Pap, Granny, Aunt, Cousin,
  great-mamaw, Brother, Sister) are treated like honorifics: never inside a NAME span and
  never labelled alone ("my pap Herschel" -> "Herschel"). A nickname given in quotes
  inside a person's name ('Earl "Pap" Justice') is part of that NAME span, and later
  uses of it as that person's name are NAME. Personal call-names (Bub, Sissy, Tater,
  Spud, Dusty, Chepe, Güero) are NAME. A Spanish article before a nickname ("el Güero")
  is left out, like "el" before a date; "Jr." is part of the NAME span.
- Named days (Old Christmas, Decoration Day, Groundhog Day, Mothers Day, Veterans Day,
  leap day, Día de Reyes, Día de la Cruz, Nochebuena, "first day of summer", "first
  Sunday in June") are DATE when the patient's event fell on them; the whole expression
  is the span; a leading "the" is left out ("the 3rd of May" -> "3rd of May"). Holiday
  greetings and hospital events on those days are not labelled ("Happy Easter", the Old
  Christmas potluck); a town named like a holiday (Todos Santos Cuchumatán) is GEO.
  Hours written like dates ("9-3") are not dates.
- Person-tied dates also include appointment dates, a wedding date, a recovery ("clean")
  date and a deceased patient's funeral date; a DOB keeps its year in the span.
- Hollows, creeks, forks, coal camps and communities where the patient or family lives,
  was born or was hurt are GEO, name only ("Greasy Creek"; the word "holler" is not
  included). A church's community is GEO only when the post calls it the patient's home
  church; church, school and funeral-home names are not identifiers. The town of the
  nursing home a patient lives in is GEO ("Hindman" in "Hindman Nursing & Rehab").
- The hospital's own towns (Harlow Gap, Pineridge) are GEO when they are given as where a
  patient or family lives or was hurt; hospital streets, ZIPs, campus and clinic names never.
- Employers of a patient or relative (Pond Creek Energy, Cumberland Poultry) are NAME;
  the same company in community, sponsor and event posts is not labelled.
- AGE spans are the token as written, with glued letters ("94yo", "93F", "104TH") and in
  words ("Ninety-nine", "Noventa y cinco"); "101 Kentucky winters" -> "101". A would-be
  age is avoided; population ages ("over 90") and staff or volunteer ages are not AGE.
- Bed lists and track boards: the room/bed keyword is always in the OTHER_ID span ("Rm
  401", "RM 1", "BED 3", "cama 22", "cuarto 318"); a row with no patient is unlabelled.
- Black lung (Department of Labor) claim numbers and patient-portal user names and family
  handles (including a Venmo handle) are OTHER_ID; the last four of an SSN are SSN;
  Medicaid, Medicare, UMWA Funds and Humana member numbers are HEALTH_PLAN; a family's
  fundraiser or journey page is URL; a commenter's handle that belongs to nobody in a
  patient's story is not labelled.
- Names that are places, months or words are NAME where they name the patient or a
  relative; the same string as the patient's town or date is GEO/DATE; a word-sense use
  of the same string is declared with ok= ("this Easter" in a post about Easter Slone).
- Donors introduced as a patient's relatives are labelled, and so is a room named after
  the patient; a photo of a whiteboard is not PHOTO (the board is not the patient).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev72.jsonl"), os.path.join(HERE, "phi_dev72_org.json"), "d72")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Bobby Ray Mullins of Greasy Creek! 38 years underground at Pond Creek Energy left him with black lung, but after his double lung transplant on the 3rd of May he walked the halls of 4 West with his wife Sue Ellen by his side. Welcome home, Bobby Ray! #BobbyRayBreathes",
    [
        ("NAME", "Bobby Ray Mullins"),
        ("GEO", "Greasy Creek"),
        ("NAME", "Pond Creek Energy"),
        ("DATE", "3rd of May"),
        ("NAME", "Sue Ellen"),
        ("NAME", "Bobby Ray", 2),
        ("NAME", "#BobbyRayBreathes"),
    ],
    note="patient, wife, home creek, employer (NAME), transplant date without 'the'; 4 West is a unit",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Respiratory therapist Sissy Blankenship has run our Black Lung Clinic spirometry lab for 22 years. Born and raised up Lick Branch, she says the best part of the job is 'hearing a retired miner laugh without coughing.' Thank you, Sissy!",
    "staff member's nickname, surname and home hollow are not PHI",
)

# 3
p(
    "en",
    "milestone_birthday",
    "happy 97th birthday to Mamaw Ollie Mae Stamper!! 🎂 she was born on Old Christmas and says that's why she's so stubborn lol. 3 West loves you Ollie Mae",
    [
        ("AGE", "97th"),
        ("NAME", "Ollie Mae Stamper"),
        ("DATE", "Old Christmas"),
        ("NAME", "Ollie Mae", 2),
    ],
    note="Mamaw is a kinship title outside the span; Old Christmas is her birthday",
)

# 4
n(
    "en",
    "health_tip",
    "Miners: free black lung screenings every 2nd Tuesday at our Pineridge Family Clinic, 40 Railroad Avenue, Pineridge, WV 24870. Chest X-ray + breathing test, no cost. Call (304) 555-0158. #BreatheEasyAppalachia",
    "hospital clinic address, ZIP and phone; recurring schedule",
)

# 5
p(
    "en",
    "pasted_record",
    "Pls pray for our 3rd floor tonight 🙏\nRm 312-A  SLONE, VIRGIE L  DOB 06/02/1931  MRN 00418826  COPD exac, 2L NC",
    [
        ("OTHER_ID", "Rm 312-A"),
        ("NAME", "SLONE, VIRGIE L"),
        ("DATE", "06/02/1931"),
        ("MRN", "00418826"),
    ],
    note="census line pasted by mistake; DOB keeps its year",
)

# 6
n(
    "es",
    "health_tip",
    "Trabajadores de la planta avícola: el calor en las líneas de proceso puede causar agotamiento. Tome agua cada 15 minutos, descanse a la sombra y pida ayuda si siente mareo. Línea en español: (606) 555-0163.",
    "general heat advice; hospital Spanish line",
)

# 7
p(
    "en",
    "memorial",
    'Our hearts are heavy. Earl "Pap" Justice, a proud UMWA man who loaded coal for 41 years, passed peacefully in our ICU on Decoration Day surrounded by his girls, Wanda and Sherry. Visitation is at Hall Funeral Home on the 28th. Rest easy, Mr. Justice.',
    [
        ("NAME", 'Earl "Pap" Justice'),
        ("DATE", "Decoration Day"),
        ("NAME", "Wanda"),
        ("NAME", "Sherry"),
        ("DATE", "28th"),
        ("NAME", "Justice", 2),
    ],
    note="quoted nickname inside the name; death on Decoration Day; funeral day of month; daughters",
)

# 8
n(
    "en",
    "public_figure",
    "On this day in 1932, Loretta Lynn was born in Butcher Holler, just over the mountain in Johnson County. A coal miner's daughter who never forgot where she came from. 🎶 #CoalMinersDaughter",
    "public figure's birth and birthplace",
)

# 9
p(
    "en",
    "thank_you",
    "@LaurelBranchRMC y'all took such good care of my papaw Clyde Hatfield in room 214 last week. the nurses even learned his coon dog's name lol. thank u",
    [("NAME", "Clyde Hatfield"), ("OTHER_ID", "room 214")],
    note="papaw is a kinship title; the hospital handle is not labelled",
)

# 10
n(
    "en",
    "statistic",
    "By the numbers: in 2024 our Black Lung Clinic saw 1,486 current and former miners, ages 31 to 89, average 67. Nearly 1 in 5 had progressive massive fibrosis, the most severe form.",
    "aggregate statistics; population ages up to 89",
)

# 11
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Ixchel Yaxon Matal! Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 4:10 de la mañana. Sus papás, Lwin y Xhuana, trabajan en Cumberland Poultry y viven en Harlow Gap. ¡Felicidades! 💕",
    [
        ("NAME", "Ixchel Yaxon Matal"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Lwin"),
        ("NAME", "Xhuana"),
        ("NAME", "Cumberland Poultry"),
        ("GEO", "Harlow Gap"),
    ],
    note="same birth day named twice; parents' employer is NAME; hospital town is the family's home",
)

# 12
n(
    "en",
    "event",
    "Decoration Day is Sunday, May 25. Our chaplains will lead a short remembrance service in the Laurel Branch chapel at 2 pm for families of patients we lost this year. All are welcome; flowers provided.",
    "hospital event on Decoration Day; no patient named",
)

# 13
p(
    "en",
    "patient_story",
    "update on bub stamper from the family: he come thru surgery ok on 5-3 and is in rm 6 at laurel branch. his mommaw Dessie says thank u for all the prayers, keep em coming. #prayforbub",
    [
        ("NAME", "bub stamper"),
        ("DATE", "5-3"),
        ("OTHER_ID", "rm 6"),
        ("NAME", "Dessie"),
        ("NAME", "#prayforbub"),
    ],
    note="lower-case nickname and surname; surgery date 5-3; mommaw is a kinship title",
)

# 14
n(
    "en",
    "eponymous_condition",
    "Caplan syndrome, named for Welsh physician Anthony Caplan, is a rare lung condition seen in miners who have both coal dust exposure and rheumatoid arthritis. If you have joint pain and shortness of breath, ask about it at our Black Lung Clinic.",
    "eponym and the physician it is named for",
)

# 15
p(
    "en",
    "discharge",
    "After 61 days, Dakota Church is going HOME! 🏠 Dakota was airlifted to us on the 14th of February after the Route 23 wreck near Prestonsburg. Today his mama Renee and baby sister Shelby walked him out. Go get 'em, Dakota! #DakotaChurchStrong",
    [
        ("NAME", "Dakota Church"),
        ("NAME", "#DakotaChurchStrong"),
        ("NAME", "Dakota", "*"),
        ("DATE", "14th of February"),
        ("GEO", "Route 23"),
        ("GEO", "Prestonsburg"),
        ("NAME", "Renee"),
        ("NAME", "Shelby"),
    ],
    note="surname that is a word; road and town of the crash; sister named like a place",
)

# 16
n(
    "en",
    "recruitment",
    "We're hiring! CNAs and RNs for our Harlow Gap campus, sign-on bonus up to $10,000. Apply at laurelbranchhealth.org/careers or stop by 1200 Hospital Hill Road. Come home to the mountains. ⛰️",
    "recruitment; hospital domain and street",
)

# 17
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles (well, 9 — fire code 😅) for Mr. Arvel Blankenship on 2 North today! Born Feb 9 in a coal camp at Wheelwright, he still sings every verse of Amazing Grace.",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Arvel Blankenship"),
        ("DATE", "Feb 9"),
        ("GEO", "Wheelwright"),
    ],
    note="age in words; birthplace coal camp",
)

# 18
n(
    "en",
    "anonymous_story",
    "A retired miner in his 80s told our nurse this week that he'd waited ten years to get his breathing checked because he 'didn't want to know.' He's glad he came. If that sounds like your dad or papaw, bring him in. Early care matters.",
    "anonymous patient, age range under 90, no identifier",
)

# 19
p(
    "es",
    "pasted_record",
    "Favor de confirmar intérprete mam para mañana:\nPaciente: PASCUAL PEDRO, Tomasa\nF. nac.: 07/03/1988\nExpediente: 00917734\nCama 14, 2 Norte\nTel. fam.: 606-555-0188 (esposo, Mateo)",
    [
        ("NAME", "PASCUAL PEDRO, Tomasa"),
        ("DATE", "07/03/1988"),
        ("MRN", "00917734"),
        ("OTHER_ID", "Cama 14"),
        ("PHONE", "606-555-0188"),
        ("NAME", "Mateo"),
    ],
    note="expediente is the MRN; family phone in the 555-01xx range but not the hospital's",
)

# 20
n(
    "en",
    "sponsor",
    "Huge thanks to the Hatfield & Mullins Insurance Agency of Pikeville for sponsoring this year's Breathe Easy 5K! Every dollar goes to free spirometry for miners. #BreatheEasyAppalachia",
    "sponsor named with family surnames; not patients",
)

# 21
p(
    "en",
    "crisis_update",
    "FLOOD UPDATE 7:40am: we have received 14 patients from the Troublesome Creek area overnight. Families looking for loved ones call (606) 555-0100. We can confirm Granny Sudie Combs, 91, of Hindman is here, warm and dry, and asking for her grandson Tanner. Tanner, call us!",
    [("NAME", "Sudie Combs"), ("AGE", "91"), ("GEO", "Hindman"), ("NAME", "Tanner", "*")],
    note="the area of 14 unnamed patients is not GEO; the named patient's town is",
)

# 22
n(
    "en",
    "hospital_contact",
    "Reminder: for questions about a bill, call Patient Financial Services at (606) 555-0100, option 4, or email billing@laurelbranchhealth.org. We can never discuss a patient's care in the comments. 💙",
    "hospital phone and e-mail",
)

# 23
p(
    "en",
    "thank_you",
    "To the 4th floor nurses: thank you for loving our Sissy like your own. Sissy (Loretta Jo Mullins to the state of Kentucky 😂) was with you from Thanksgiving to New Year's Eve, and you never once let her feel alone. — The Mullins family of Dwale",
    [
        ("NAME", "Sissy", "*"),
        ("NAME", "Loretta Jo Mullins"),
        ("DATE", "Thanksgiving"),
        ("DATE", "New Year's Eve"),
        ("NAME", "Mullins", 2),
        ("GEO", "Dwale"),
    ],
    note="nickname as name; admission and discharge on holidays; family surname and home town",
)

# 24
n(
    "en",
    "campaign_hashtag",
    "Share your #MinersBreathe photo this month and tag @LaurelBranchRMC. For every share, our foundation gives $1 to free lung screenings. #MinersBreathe #LaurelBranchStrong",
    "campaign hashtags and the hospital handle",
)

# 25
p(
    "en",
    "birth_announcement",
    "first baby born in the new wing!! 👶 little June Carter Slone arrived 6/1 at 7 lbs 2 oz. mama Kayla & daddy Trace from Paintsville are over the moon 🌙 @LBRMC_Babies",
    [
        ("NAME", "June Carter Slone"),
        ("DATE", "6/1"),
        ("NAME", "Kayla"),
        ("NAME", "Trace"),
        ("GEO", "Paintsville"),
    ],
    note="baby named after a public figure is still the patient; month-name first name",
)

# 26
n(
    "en",
    "public_figure",
    "Devil Anse Hatfield and Randolph McCoy would not recognize the Tug Valley today: on Saturday, descendants of both families will hold a joint blood drive at our Pineridge Family Clinic. Walk-ins welcome 9-3.",
    "historical figures, donors; 9-3 are hours",
)

# 27
p(
    "en",
    "pasted_record",
    "oops wrong page — pls delete\nER board 0300: bed 4 - J. STAMPER 94yo F fall, hip; bed 7 - Gurney, Rowdy 42M OD narcan x2; bed 9 - hold",
    [
        ("OTHER_ID", "bed 4"),
        ("NAME", "J. STAMPER"),
        ("AGE", "94yo"),
        ("OTHER_ID", "bed 7"),
        ("NAME", "Gurney, Rowdy"),
    ],
    note="ER board; bed 9 has no patient; 42 is under 90",
)

# 28
n(
    "es",
    "event",
    "Clínica móvil de vacunas en la planta de Cumberland Poultry este sábado de 6 a 10 de la mañana, entre turnos. Vacunas contra la gripe y el COVID, gratis y sin preguntas sobre papeles. Información: (606) 555-0163.",
    "the plant is an event venue here, not a patient's employer",
)

# 29
p(
    "en",
    "memorial",
    "We lost a legend. Ms. Hazel Dean Justice, 103, taught half of Floyd County to read in a one-room school at Tram and spent her last days with us telling the nurses which of their mamaws she'd paddled. She went home to Jesus on April 30. #HazelsKids",
    [
        ("NAME", "Hazel Dean Justice"),
        ("AGE", "103"),
        ("GEO", "Floyd County"),
        ("GEO", "Tram"),
        ("DATE", "April 30"),
        ("NAME", "#HazelsKids"),
    ],
)

# 30
n(
    "en",
    "memorial",
    "Our Laurel Branch family is grieving the loss of Dr. Virgil Caudill, who delivered more than 6,000 babies in these hills over 44 years. Dr. Caudill passed on May 11 at 92. Visitation at the hospital chapel Thursday. We will miss you, Doc.",
    "staff physician's death date and age are not labelled",
)

# 31
p(
    "en",
    "hospital_contact",
    "Hi Darlene — we're so sorry, but we can't share any information about your dad Junior Slone here. Please call our patient line at (606) 555-0100 and have his MRN (0039-2281) handy. 💙",
    [("NAME", "Darlene"), ("NAME", "Junior Slone"), ("MRN", "0039-2281")],
    note="reply that leaks the patient's name and MRN; hospital phone not labelled",
)

# 32
n(
    "en",
    "research",
    "New from our pulmonary team with NIOSH: among 2,100 long-tenure coal miners screened in eastern Kentucky and southern West Virginia from 2019 to 2023, progressive massive fibrosis was found in about 1 in 10 — highest in men who worked thin seams. Full paper at lbrmc.org/research.",
    "research statistics; hospital domain",
)

# 33
p(
    "es",
    "patient_story",
    "Don Chepe (José Aparicio Ramírez) tiene 92 años y vino desde San Mateo Ixtatán a visitar a sus nietos en Harlow Gap. Se cayó el día 8 y hoy ya camina con andadera. ¡Gracias, don Chepe, por enseñarnos a decir 'gracias' en chuj!",
    [
        ("NAME", "Chepe", "*"),
        ("NAME", "José Aparicio Ramírez"),
        ("AGE", "92"),
        ("GEO", "San Mateo Ixtatán"),
        ("GEO", "Harlow Gap"),
        ("DATE", "día 8"),
    ],
    note="don is an honorific; foreign home town; grandchildren's town; day of month alone",
)

# 34
n(
    "en",
    "health_tip",
    "naloxone saves lives. free narcan kits at the New Day Recovery Center, 9 Depot Street, no questions asked. nobody has to die alone in a holler. #NewDayNewLife",
    "hospital address and campaign hashtag",
)

# 35
p(
    "en",
    "discharge",
    "hey y'all Tater's going home!! 🎉 pic is Tater (aka Tyler Wade Hall, age 9) who had his appendix out on the 22nd. thanks 3 Peds for the popsicles",
    [("NAME", "Tater", "*"), ("PHOTO", "pic"), ("NAME", "Tyler Wade Hall"), ("DATE", "22nd")],
    note="nickname; the pic shows the patient; surgery day of month; age 9 not labelled",
)

# 36
n(
    "en",
    "staff_spotlight",
    "Meet June Stapleton, RN, our new nurse manager on 3 West. June grew up in Virgie, went to nursing school in Hazard, and came home to Laurel Branch after 12 years in Lexington. Welcome home, June!",
    "staff member named like a month, with her home town",
)

# 37
p(
    "en",
    "patient_story",
    '"I took my first pill at 15 behind the Dollar General in Shelbiana." Today Cody Blevins celebrates three years in recovery. His clean date? Old Christmas — January 6, 2022 — the day his mamaw drove him to our New Day Recovery Center. "Mamaw Pearl saved my life," Cody says. #RecoveryIsPossible',
    [
        ("GEO", "Shelbiana"),
        ("NAME", "Cody Blevins"),
        ("DATE", "Old Christmas"),
        ("DATE", "January 6, 2022"),
        ("NAME", "Pearl"),
        ("NAME", "Cody", 2),
    ],
    note="clean date named twice; grandmother's name after the kinship title",
)

# 38
n(
    "en",
    "event",
    "Old Christmas is January 6, and our New Day Recovery Center is hosting a potluck and testimony night at 6 pm. Bring a covered dish and someone who needs to hear that recovery is possible. 9 Depot Street.",
    "hospital event on Old Christmas",
)

# 39
p(
    "en",
    "pasted_record",
    "Black lung clinic f/u list Tue (DO NOT POST):\n- Hobert Sizemore  MRN 0771203  DOL claim # 1138-55-07\n- Vernon 'Boots' Ratliff  MRN 0682119  last 4 SSN 4471\n- E. Tackett  MRN 0590348",
    [
        ("NAME", "Hobert Sizemore"),
        ("MRN", "0771203"),
        ("OTHER_ID", "1138-55-07"),
        ("NAME", "Vernon 'Boots' Ratliff"),
        ("MRN", "0682119"),
        ("SSN", "4471"),
        ("NAME", "E. Tackett"),
        ("MRN", "0590348"),
    ],
    note="benefit claim number is OTHER_ID; last four of the SSN is SSN",
)

# 40
n(
    "en",
    "crisis_update",
    "FLOOD UPDATE: KY 15 is closed between Jackson and Hazard and KY 80 is underwater at Garrett. Our Harlow Gap ER is open and fully staffed. If you need dialysis and can't get to your usual center, call (606) 555-0111. Shelter at Harlow Gap Elementary.",
    "road closures and towns not tied to any patient",
)

# 41
p(
    "es",
    "thank_you",
    "Gracias a las enfermeras del piso 3 por cuidar a mi mamá, doña Rosalba Tzul, cuando llegó el 2 de noviembre con la pierna quebrada. Ese Día de Muertos fue el más largo de nuestras vidas. Con cariño, su hija Marleny y toda la familia de Pikeville.",
    [
        ("NAME", "Rosalba Tzul"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("NAME", "Marleny"),
        ("GEO", "Pikeville"),
    ],
    note="admission day written twice",
)

# 42
n(
    "en",
    "campaign_hashtag",
    "We're #AppalachianStrong. When the water came up in Perry, Knott and Breathitt counties, our nurses waded in. Thank you to every employee who slept at the hospital this week. #LaurelBranchStrong #KYFloodRelief",
    "counties of a disaster, not of a patient",
)

# 43
p(
    "en",
    "milestone_birthday",
    "Happy 100th to our own centenarian, Mrs. Ethel Mae 'Sis' Prater! Born June 2nd on a farm on Beefhide Creek, Ethel Mae raised 9 kids, buried 2 husbands and still makes the best stack cake in Pike County. Her son Darrell brought cake for the whole unit! 🎂",
    [
        ("AGE", "100th"),
        ("AGE", "centenarian"),
        ("NAME", "Ethel Mae 'Sis' Prater"),
        ("DATE", "June 2nd"),
        ("GEO", "Beefhide Creek"),
        ("NAME", "Ethel Mae", 2),
        ("GEO", "Pike County"),
        ("NAME", "Darrell"),
    ],
)

# 44
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Miss Opal Hatfield, turned 95 this week! Opal has pushed the book cart on 2 North every Wednesday since 1979. Happy birthday from all of us, Opal! 🎈",
    "volunteer's name and age over 89 are not PHI",
)

# 45
p(
    "en",
    "patient_story",
    "PRAYERS NEEDED FOR JIMMY DALE HOWARD he was hurt underground yesterday, flown to laurel branch, in ICU bed 11. his wife TAMMY is asking for prayers #JIMMYDALESTRONG",
    [
        ("NAME", "JIMMY DALE HOWARD"),
        ("OTHER_ID", "bed 11"),
        ("NAME", "TAMMY"),
        ("NAME", "#JIMMYDALESTRONG"),
    ],
    note="ALL-CAPS names; ICU is a unit, the bed is labelled",
)

# 46
n(
    "en",
    "eponymous_condition",
    "Parkinson's, Alzheimer's and Lou Gehrig's disease are all more common in some rural counties than doctors once thought. Our neurology clinic in Pineridge now sees patients every Thursday, no referral needed.",
    "eponymous conditions",
)

# 47
p(
    "en",
    "discharge",
    "After 112 days in our NICU, Knox Everett Caudill is finally headed home to Hyden! Knox was born at 24 weeks on Halloween weighing 1 lb 6 oz. Mom Brandi and dad Cash say the first thing they'll do is take him to see his Papaw Dwight's cattle. 🐄",
    [
        ("NAME", "Knox Everett Caudill"),
        ("GEO", "Hyden"),
        ("NAME", "Knox", 2),
        ("DATE", "Halloween"),
        ("NAME", "Brandi"),
        ("NAME", "Cash"),
        ("NAME", "Dwight"),
    ],
    note="born on Halloween; parents and grandfather",
)

# 48
n(
    "en",
    "anonymous_story",
    "Last night a mom from one of our mountain counties delivered her baby in the front seat of a pickup at the ER entrance. Both are doing great. Shout out to our security officer who grabbed the blankets! 🚙👶",
    "anonymous birth, relative time only",
)

# 49
p(
    "en",
    "crisis_update",
    "Flood evacuees: the following patients from Hindman Nursing & Rehab are now with us and safe — Mrs. Goldie Slone (room 221), Mr. Ancil Combs (room 223), Mrs. Pauline Mosley (room 225). Families may call (606) 555-0111.",
    [
        ("GEO", "Hindman"),
        ("NAME", "Goldie Slone"),
        ("OTHER_ID", "room 221"),
        ("NAME", "Ancil Combs"),
        ("OTHER_ID", "room 223"),
        ("NAME", "Pauline Mosley"),
        ("OTHER_ID", "room 225"),
    ],
    note="the nursing home's town is where these patients live",
)

# 50
n(
    "en",
    "thank_you",
    "Thank you to the ladies of Little Zion Old Regular Baptist Church on Caney Fork for the 200 hand-sewn quilts for our flood patients. Sister Geneva Slone and her quilting circle worked 3 weeks straight. 🧵",
    "donors and their church community",
)

# 51
p(
    "en",
    "thank_you",
    "shoutout to the 2nd floor nurses for takin care of my pap Herschel when he fell at the feed store on 4/12. he's home on Lower Pigeon now n back to cussin the tv 😂",
    [("NAME", "Herschel"), ("DATE", "4/12"), ("GEO", "Lower Pigeon")],
    note="pap is a kinship title here",
)

# 52
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN INUNDACIÓN: el hospital Laurel Branch está abierto. Si no puede llegar a su cita de diálisis, llame al (606) 555-0111. Refugio en la Escuela Primaria de Harlow Gap. Habrá intérpretes de español, q'anjob'al y mam.",
    "crisis update; shelter venue",
)

# 53
p(
    "en",
    "milestone_birthday",
    "91 today and still drivin her own truck to church 🙌 happy birthday Ms. Virgie Stamper from all of us on 3 Med! (we did tell her doctor about the truck)",
    [("AGE", "91"), ("NAME", "Virgie Stamper")],
)

# 54
n(
    "en",
    "statistic",
    "Opioid overdose deaths in our six-county service area fell 21% from 2022 to 2024. Behind every number is someone's brother, daughter, or papaw. Naloxone is free at all Laurel Branch locations. #NewDayNewLife",
    "aggregate statistic",
)

# 55
p(
    "en",
    "patient_story",
    "Remember the little girl who sang \"Coal Miner's Daughter\" to every nurse on Peds last winter? That was Sadie Rose Hatfield of Matewan, and she's back — this time just for her 6-month cancer-free check. Sadie turns 8 on the Fourth of July! 🎆",
    [
        ("NAME", "Sadie Rose Hatfield"),
        ("GEO", "Matewan"),
        ("NAME", "Sadie", 2),
        ("DATE", "Fourth of July"),
    ],
    note="birthday on a holiday; 'last winter' is a season",
)

# 56
n(
    "en",
    "public_figure",
    "Did you know? Grammy winner Chris Stapleton grew up in Staffordsville, and his dad worked in the coal mines. Our music therapy program plays his songs more than anybody's. 🎸",
    "public figure and his home town",
)

# 57
p(
    "en",
    "pasted_record",
    "From: Charge RN 3W\nPt: Lonnie Ray Mullins, 92 y/o M\nAdm: 11/19 via ED\nPCP: Dr. Barbara Hall\nFamily contact: dtr Crystal, crystal.mullins74@gmail.com, 304-555-2291\nRoom 318",
    [
        ("NAME", "Lonnie Ray Mullins"),
        ("AGE", "92"),
        ("DATE", "11/19"),
        ("NAME", "Crystal"),
        ("EMAIL", "crystal.mullins74@gmail.com"),
        ("PHONE", "304-555-2291"),
        ("OTHER_ID", "Room 318"),
    ],
    note="the PCP is staff",
)

# 58
n(
    "en",
    "hospital_contact",
    "Visiting hours on all floors are 8 am-8 pm. Questions? Call (606) 555-0100 or message us @LaurelBranchRMC. For the New Day Recovery Center call (606) 555-0127.",
    "hours, hospital phones and handle",
)

# 59
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a Feliciana Matal Pascual, de 90 años, abuela de muchos en la comunidad de la planta. Falleció la madrugada del Día de Reyes, 6 de enero, en nuestro hospital. Su nieto Elmer pide oraciones. Descanse en paz, doña Chana.",
    [
        ("NAME", "Feliciana Matal Pascual"),
        ("AGE", "90"),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Elmer"),
        ("NAME", "Chana"),
    ],
    note="death day named twice; Chana is her nickname",
)

# 60
n(
    "en",
    "health_tip",
    "Heat advisory for the poultry plant night shift and everyone working outside: drink water before you're thirsty, take breaks in the shade, and know the signs of heat stroke. Confusion or no sweating = call 911.",
    "general advice; 911 is a national line",
)

# 61
p(
    "en",
    "event",
    'BENEFIT SUPPER for Wayne "Bub" Blankenship this Saturday at the Elkhorn City fire hall, beans & cornbread $10. Bub got hurt in the mine on the 9th and is still in ICU at Laurel Branch. Can\'t come? Send a card or call his wife Rhonda at 606-555-3147. #BubStrong',
    [
        ("NAME", 'Wayne "Bub" Blankenship'),
        ("NAME", "Bub", "*"),
        ("DATE", "9th"),
        ("NAME", "Rhonda"),
        ("PHONE", "606-555-3147"),
        ("NAME", "#BubStrong"),
    ],
    note="benefit for a named patient; the fire hall is the event venue; injury day of month",
)

# 62
n(
    "en",
    "staff_spotlight",
    "CONGRATULATIONS to Bobby Joe Slone, our maintenance supervisor, who retires Friday after 38 years. Bobby Joe kept the boilers running through the '77 flood, the blizzard of '93 and the 2022 flood. Enjoy that bass boat, BJ!",
    "staff member, his initials and historic years",
)

# 63
p(
    "es",
    "discharge",
    "¡Ya se va a casa Kevin Yovani! 🎉 En la foto, con las enfermeras del 4 Oeste. Estuvo con nosotros desde el 28 de agosto por una quemadura en la planta. Su mamá, doña Candelaria, nos trajo tamales de chipilín para todo el piso. Gracias, familia Domingo.",
    [
        ("NAME", "Kevin Yovani"),
        ("PHOTO", "En la foto"),
        ("DATE", "28 de agosto"),
        ("NAME", "Candelaria"),
        ("NAME", "Domingo"),
    ],
    note="family surname that is also a weekday word; photo shows the patient",
)

# 64
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke: one side of the face droops. Never guess. If a face droops, an arm is weak or speech is slurred, call 911 right away. BE FAST saves lives.",
    "eponymous condition",
)

# 65
p(
    "en",
    "pasted_record",
    "Tonight's census for 4W: Rm 401 Coleman, Aileen 93F; Rm 402 empty; Rm 403 Hurt, Delmer 88M; Rm 404 Napier, Ova 90F. any1 want to trade wknd?",
    [
        ("OTHER_ID", "Rm 401"),
        ("NAME", "Coleman, Aileen"),
        ("AGE", "93F"),
        ("OTHER_ID", "Rm 403"),
        ("NAME", "Hurt, Delmer"),
        ("OTHER_ID", "Rm 404"),
        ("NAME", "Napier, Ova"),
        ("AGE", "90F"),
    ],
    note="census pasted by mistake; the empty room and the 88-year-old's age are not labelled",
)

# 66
n(
    "en",
    "event",
    "Join us for the 3rd annual Miners' Memorial Walk on May 3 at 10 am, starting at the Pineridge Family Clinic, 40 Railroad Avenue. We'll read the names of the miners lost in our counties since 1900. Wear your stripes. ⛏️",
    "event date and hospital address",
)

# 67
p(
    "en",
    "patient_story",
    'When the creek came up on Lost Creek, 94-year-old Arizona "Zonie" Noble refused to leave without her Bible and her cat. Her great-grandson Colt carried both — and her — down the hill. She\'s with us now on 2 North, mad about the food and doing fine. ❤️',
    [
        ("GEO", "Lost Creek"),
        ("AGE", "94-year-old"),
        ("NAME", 'Arizona "Zonie" Noble'),
        ("NAME", "Colt"),
    ],
    note="first name that is a state; home community",
)

# 68
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1.312 pacientes que prefieren hablar español, q'anjob'al o mam. El 64% trabaja en la industria avícola. Tenemos intérpretes las 24 horas: (606) 555-0163.",
    "aggregate statistic; hospital line",
)

# 69
p(
    "en",
    "thank_you",
    "Replying to @sueellen_hatfield: Sue Ellen, thank you for the kind words about your husband's stay! We've passed your note to the 5 West team. Give Roscoe our best.",
    [("OTHER_ID", "@sueellen_hatfield"), ("NAME", "Sue Ellen"), ("NAME", "Roscoe")],
    note="patient's wife's handle and name",
)

# 70
n(
    "en",
    "health_tip",
    "if u work a long wall or roof bolter and u get winded on the stairs, thats not just gettin old. get ur lungs checked. free for miners at our black lung clinic (606) 555-0134",
    "general advice; hospital phone",
)

# 71
p(
    "en",
    "memorial",
    "rip Dewey Hurley 😢 fought black lung til the end. he passed at laurel branch on the 17th of march, 3 weeks after his 93rd birthday. service at the funeral home sunday. we love u pawpaw",
    [("NAME", "Dewey Hurley"), ("DATE", "17th of march"), ("AGE", "93rd")],
    note="lower-case month; pawpaw is a kinship title",
)

# 72
n(
    "en",
    "sponsor",
    "Thank you, Appalachian Regional Coal Heritage Fund, for the $250,000 gift that built our new pulmonary rehab gym! A special thanks to board chair Dallas Blankenship, whose father and grandfather both worked at the Wheelwright mines.",
    "donor and donor's family; not patients",
)

# 73
p(
    "en",
    "pasted_record",
    "Anybody know whose label this is?? found in the cafeteria:\nHATFIELD, JUSTICE R\nDOB: 03/22/1961\nMRN: 01187450\nAcct: 7760041982\nLBRMC Rm 3W-307",
    [
        ("NAME", "HATFIELD, JUSTICE R"),
        ("DATE", "03/22/1961"),
        ("MRN", "01187450"),
        ("ACCOUNT", "7760041982"),
        ("OTHER_ID", "Rm 3W-307"),
    ],
    note="patient label; first name that is a word",
)

# 74
n(
    "en",
    "campaign_hashtag",
    "#JusticeForMiners isn't just a hashtag. It's a promise that every miner with black lung gets checked. Free screenings, no appointment: (606) 555-0134.",
    "campaign hashtag with a word that is also a surname",
)

# 75
p(
    "es",
    "birth_announcement",
    "Primer bebé nacido en Navidad en Laurel Branch 🎄👶 Se llama Emmanuel Tiburcio Ajanel, pesó 8 libras y nació a las 3:12 de la madrugada. Sus papás Rigoberto y Eulalia son de Totonicapán y viven en Pineridge.",
    [
        ("DATE", "Navidad"),
        ("NAME", "Emmanuel Tiburcio Ajanel"),
        ("NAME", "Rigoberto"),
        ("NAME", "Eulalia"),
        ("GEO", "Totonicapán"),
        ("GEO", "Pineridge"),
    ],
    note="born on Christmas; parents' foreign home town and current town",
)

# 76
n(
    "en",
    "anonymous_story",
    "One of our New Day Recovery graduates told us she'd tried to quit 11 times before. The 12th time stuck. She's two years clean, back with her kids and starting nursing school this fall. Never give up on anybody.",
    "anonymous; 'the 12th time' is not a date",
)

# 77
p(
    "en",
    "milestone_birthday",
    "What do you get a man who's seen 101 Kentucky winters? A cake shaped like a coal car! Happy birthday to Mr. Shade Church, born the 2nd of November on Rockhouse Creek, and still the best checker player on 2 North. His grandkids Bo and Lacey sent balloons. 🎈",
    [
        ("AGE", "101"),
        ("NAME", "Shade Church"),
        ("DATE", "2nd of November"),
        ("GEO", "Rockhouse Creek"),
        ("NAME", "Bo"),
        ("NAME", "Lacey"),
    ],
)

# 78
n(
    "en",
    "research",
    "Laurel Branch is enrolling adults with opioid use disorder in a study of long-acting buprenorphine shots vs. daily films. Participants get care at no cost. Questions: research@laurelbranchhealth.org or (606) 555-0127.",
    "research recruitment; hospital e-mail and phone",
)

# 79
p(
    "en",
    "discharge",
    "Marcus is home!! 6 wks after the wreck on Rt 80 🙏🏻 cards can still go to the family at prayersformarcus.combs@gmail.com. thank u laurel branch 5 west",
    [("NAME", "Marcus"), ("GEO", "Rt 80"), ("EMAIL", "prayersformarcus.combs@gmail.com")],
    note="road of the crash; family e-mail",
)

# 80
n(
    "en",
    "crisis_update",
    "Boil water advisory for Harlow Gap and Pineridge water districts until further notice. Our hospital has its own water supply and all services remain open. Updates at laurelbranchhealth.org/flood.",
    "towns in a public notice",
)

# 81
p(
    "en",
    "patient_story",
    "my nephew dustin ratliff has been in the new day program since the 4th of july and he is doing so good. he turned his life around. if anybody from caney fork wants to send him a letter msg me. so proud of you dusty",
    [("NAME", "dustin ratliff"), ("DATE", "4th of july"), ("GEO", "caney fork"), ("NAME", "dusty")],
    note="lower-case names and place; admission date",
)

# 82
n(
    "es",
    "staff_spotlight",
    "Conozcan a Rosa Ixcoy, nuestra intérprete de q'anjob'al. Rosa llegó a Harlow Gap en 2009 para trabajar en la planta y hoy ayuda a cientos de familias a hablar con sus médicos. ¡Gracias, Rosa!",
    "staff interpreter",
)

# 83
p(
    "en",
    "pasted_record",
    "Pt called, pls call back re: results — Mrs. Loretta Sturgill, DOB 9/14/1948, cell 606.555.8820, MRN 004418776, prefers email: lsturgill48@windstream.net",
    [
        ("NAME", "Loretta Sturgill"),
        ("DATE", "9/14/1948"),
        ("PHONE", "606.555.8820"),
        ("MRN", "004418776"),
        ("EMAIL", "lsturgill48@windstream.net"),
    ],
)

# 84
n(
    "en",
    "public_figure",
    "Mother Jones told West Virginia miners to 'pray for the dead and fight like hell for the living.' This Labor Day, we honor every miner who fought for safer mines and the black lung benefits so many of our patients rely on.",
    "historical figure; holiday",
)

# 85
p(
    "en",
    "crisis_update",
    "UPDATE 3:15 pm: Ambulance 12 just brought in the Mullins twins, Gracie and Gunner, age 6, rescued from the roof of their home on Quicksand Road. Both are stable. Their mom Brittany is being treated at another hospital. Please keep praying. 🙏",
    [
        ("NAME", "Mullins"),
        ("NAME", "Gracie"),
        ("NAME", "Gunner"),
        ("GEO", "Quicksand Road"),
        ("NAME", "Brittany"),
    ],
    note="ambulance unit not labelled; home road",
)

# 86
n(
    "en",
    "event",
    "Stack cake & apple butter sale this Friday in the main lobby, 1200 Hospital Hill Road! All proceeds go to the Laurel Branch Flood Relief Fund. Recipes from our own dietary staff's mamaws. 🍎",
    "hospital event and street",
)

# 87
p(
    "es",
    "patient_story",
    "Estamos buscando a la familia de Santos Lucas Mateo, de 48 años, que trabaja en el turno de noche de Cumberland Poultry. Llegó a emergencias el 3 de mayo, Día de la Cruz. Si lo conoce, llame a su primo Baltazar al 606-555-2078.",
    [
        ("NAME", "Santos Lucas Mateo"),
        ("NAME", "Cumberland Poultry"),
        ("DATE", "3 de mayo"),
        ("DATE", "Día de la Cruz"),
        ("NAME", "Baltazar"),
        ("PHONE", "606-555-2078"),
    ],
    note="employer is NAME; admission day named twice; age 48 not labelled",
)

# 88
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers, with survival over 85%. Our cancer center in Harlow Gap offers chemo close to home, so you don't have to drive to Lexington every week.",
    "eponymous condition",
)

# 89
p(
    "en",
    "thank_you",
    'Dear Laurel Branch ICU,\nOn the 1st of December our daddy, Raymond Earl "Hoot" Stacy, was flown to you from the Blackey mine with a crushed chest. You gave us 19 more days with him. He got to hear his first great-grandbaby, Oaklynn, cry. We\'ll never forget you.\n— Kim, Angie & Raymond Jr.',
    [
        ("DATE", "1st of December"),
        ("NAME", 'Raymond Earl "Hoot" Stacy'),
        ("GEO", "Blackey"),
        ("NAME", "Oaklynn"),
        ("NAME", "Kim"),
        ("NAME", "Angie"),
        ("NAME", "Raymond Jr."),
    ],
    note="injury place is GEO; Jr. is part of the son's name",
)

# 90
n(
    "en",
    "hospital_contact",
    "Our Spanish line (606) 555-0163 is staffed 24/7. For labor & delivery questions call (606) 555-0142. Follow our baby news @LBRMC_Babies! 👶",
    "hospital phones and handle",
)

# 91
p(
    "en",
    "birth_announcement",
    "Welcome baby Hatfield!! 💙 Colter James arrived 11-11 (Veterans Day!) to Army vet dad Logan & mom Skyler of Delbarton. 8 lb even. #ColterJames",
    [
        ("NAME", "Hatfield"),
        ("NAME", "Colter James"),
        ("DATE", "11-11"),
        ("DATE", "Veterans Day"),
        ("NAME", "Logan"),
        ("NAME", "Skyler"),
        ("GEO", "Delbarton"),
        ("NAME", "#ColterJames"),
    ],
    note="birth day named twice; father's first name is also a county",
)

# 92
n(
    "en",
    "birth_announcement",
    "The stork was busy! 14 babies were born at Laurel Branch this week, including two sets of twins. Congratulations to all our new mamas and daddies. 💕 @LBRMC_Babies",
    "aggregate births",
)

# 93
p(
    "en",
    "patient_story",
    "Patient spotlight (shared with permission from her family): J.W., 96, a retired schoolteacher from Jenkins, learned to FaceTime her grandson in Germany from her bed on 3 West. Her advice to the nurses: 'Marry a man who can fix a tractor.'",
    [("NAME", "J.W."), ("AGE", "96"), ("GEO", "Jenkins")],
    note="initials are NAME; country not GEO",
)

# 94
n(
    "en",
    "statistic",
    "Of the 612 miners screened at our clinic in 2024, the youngest with signs of black lung was just 33. Black lung is not an old man's disease anymore. Get checked early.",
    "nameless patient with an age under 90 only",
)

# 95
p(
    "en",
    "memorial",
    "Sue Ellen Slone Blankenship, 91, went home to glory this week. Mamaw Sue fed every nurse on our floor biscuits during her last stay, from Valentine's Day till she passed on March 2. She'll be laid to rest in the family cemetery on Marrowbone. Her daughter Tina asked us to thank her nurses. 🕊️",
    [
        ("NAME", "Sue Ellen Slone Blankenship"),
        ("AGE", "91"),
        ("NAME", "Sue", 2),
        ("DATE", "Valentine's Day"),
        ("DATE", "March 2"),
        ("GEO", "Marrowbone"),
        ("NAME", "Tina"),
    ],
)

# 96
n(
    "es",
    "recruitment",
    "¡Estamos contratando intérpretes médicos de español, q'anjob'al, mam y k'iche'! Tiempo completo, beneficios y capacitación pagada. Solicite en laurelbranchhealth.org/empleos o llame al (606) 555-0163.",
    "recruitment; hospital domain and line",
)

# 97
p(
    "en",
    "milestone_birthday",
    "90 yrs young 🎉 happy bday to Papaw Hobart Sexton, who was born on Groundhog Day & has predicted 6 more weeks of winter every year since. love u from 4 West & your granddaughter Kenzie",
    [("AGE", "90"), ("NAME", "Hobart Sexton"), ("DATE", "Groundhog Day"), ("NAME", "Kenzie")],
)

# 98
n(
    "en",
    "thank_you",
    "Thank you, Pike County Rescue Squad, Knott County EMS and the Kentucky National Guard, for bringing more than 40 flood patients safely to our doors this week. You are heroes.",
    "rescue agencies; counties not tied to a patient",
)

# 99
p(
    "en",
    "hospital_contact",
    "@tammyjo_howard Tammy Jo, we're so sorry for the delay. A nurse from 3 West will call you at 606-555-4410 about your mom Ruby within the hour.",
    [
        ("OTHER_ID", "@tammyjo_howard"),
        ("NAME", "Tammy Jo"),
        ("PHONE", "606-555-4410"),
        ("NAME", "Ruby"),
    ],
    note="daughter's handle, name and phone; patient's first name",
)

# 100
n(
    "en",
    "anonymous_story",
    "A woman in her 70s walked into our ER last week carrying her husband's old mine lamp. She said he'd told her 'if you ever can't breathe, go to Laurel Branch.' She had pneumonia. She's home now, lamp and all.",
    "anonymous story",
)

# 101
p(
    "en",
    "patient_story",
    "prayer request for my cousin Shelby Jean Tackett shes in laurel branch rm 227 after her overdoes on the 19th, she is fightin. her mom Darla is stayin with her. please dont judge just pray",
    [("NAME", "Shelby Jean Tackett"), ("OTHER_ID", "rm 227"), ("DATE", "19th"), ("NAME", "Darla")],
)

# 102
n(
    "en",
    "health_tip",
    "Flood cleanup safety: wear boots and gloves, don't run generators indoors, and throw out any food that touched floodwater. Get a tetanus shot if you get cut. Free shots at 40 Railroad Avenue, Pineridge, Mon–Fri.",
    "general advice; hospital address",
)

# 103
p(
    "es",
    "thank_you",
    "gracias laurel branch x cuidar a mi hijo brayan cuando se cortó la mano en la planta el 15 de septiembre 🇬🇹 justo el día de la independencia jaja. ya está bien",
    [("NAME", "brayan"), ("DATE", "15 de septiembre"), ("DATE", "día de la independencia")],
    note="lower-case name; injury day named twice",
)

# 104
n(
    "es",
    "health_tip",
    "¿Trabaja con pollos o gallinas? La gripe aviar (H5N1) puede pasar a personas. Si tiene ojos rojos, fiebre o tos después de trabajar en la planta, llame al (606) 555-0163 antes de venir. Use lentes y mascarilla.",
    "general advice",
)

# 105
p(
    "en",
    "pasted_record",
    'Discharge summary excerpt (posted by mistake, removed):\nPatient: Arbutus "Birdie" Gayheart\nAge: 98\nAdmit 10/02 — Discharge 10/09\nDx: CAP, CHF\nHome: Kingdom Come Road, Cumberland\nF/U Pineridge Family Clinic, (304) 555-0158',
    [
        ("NAME", 'Arbutus "Birdie" Gayheart'),
        ("AGE", "98"),
        ("DATE", "10/02"),
        ("DATE", "10/09"),
        ("GEO", "Kingdom Come Road"),
        ("GEO", "Cumberland"),
    ],
    note="follow-up clinic phone is the hospital's",
)

# 106
n(
    "en",
    "event",
    "Hillbilly Days is back in Pikeville April 25-27! Find our health tent on Main Street for free blood pressure checks and black lung info. Y'all come see us.",
    "festival dates and venue",
)

# 107
p(
    "en",
    "patient_story",
    "Day 40 of #PrayForPaisley 💗 The doctors say her lungs are getting stronger every day. Thank you Laurel Branch PICU for loving our girl. #PaisleysFight",
    [("NAME", "#PrayForPaisley"), ("NAME", "#PaisleysFight")],
    note="the patient is named only in hashtags",
)

# 108
n(
    "en",
    "campaign_hashtag",
    "#PrayForEasternKentucky 🙏 Our thoughts are with every family in Breathitt, Knott, Letcher and Perry counties tonight. Laurel Branch is open, staffed, and ready. #KYFloodRelief #LaurelBranchStrong",
    "campaign hashtags with a region, not a person",
)

# 109
p(
    "en",
    "discharge",
    "Home for Easter! 🐣 Wanda Faye Caudill (99!) was discharged from 2 North this morning after a bout of pneumonia. Her son Dwayne drove her back to Hardburly in his '78 Ford, same as he brought her in on the 2nd. Happy Easter, Miss Wanda!",
    [
        ("NAME", "Wanda Faye Caudill"),
        ("AGE", "99"),
        ("NAME", "Dwayne"),
        ("GEO", "Hardburly"),
        ("DATE", "2nd"),
        ("NAME", "Wanda", 2),
    ],
    note="Easter is a greeting, not her event; admission day of month",
)

# 110
n(
    "en",
    "staff_spotlight",
    "Nurse Kentucky Slone (yes, that's her real name!) just finished her 10,000th shift hour in our ER. Kentucky came to us straight out of Hazard Community College in 2016. We're lucky to have you, KY!",
    "staff member named like a state",
)

# 111
p(
    "en",
    "patient_story",
    "Our son Eli Branham was born with a heart defect on the 29th of February — a leap day baby! He's having his third surgery at Laurel Branch next week. Follow his journey at facebook.com/EliBranhamsHeart or donate at gofundme.com/f/eli-branham-heart. ❤️",
    [
        ("NAME", "Eli Branham"),
        ("DATE", "29th of February"),
        ("DATE", "leap day"),
        ("URL", "facebook.com/EliBranhamsHeart"),
        ("URL", "gofundme.com/f/eli-branham-heart"),
    ],
    note="birth day named twice; family URLs",
)

# 112
n(
    "en",
    "research",
    "Does living near surface mining raise asthma rates in kids? Our pediatric team is surveying 800 families in Mingo, Logan and Pike counties this summer. Results will be shared at a community meeting in Williamson.",
    "study area and meeting venue",
)

# 113
p(
    "en",
    "pasted_record",
    "lol who posted the whiteboard pic 😬 it says:\nBED 3 — MCCOY, RANDALL — NPO after MN\nBED 5 — Justice, Pearlie Mae — 95 — fall risk\nBED 8 — Hensley, B. — 1:1 sitter\ntake it down pls",
    [
        ("OTHER_ID", "BED 3"),
        ("NAME", "MCCOY, RANDALL"),
        ("OTHER_ID", "BED 5"),
        ("NAME", "Justice, Pearlie Mae"),
        ("AGE", "95"),
        ("OTHER_ID", "BED 8"),
        ("NAME", "Hensley, B."),
    ],
    note="the pic shows a whiteboard, not a patient: no PHOTO",
)

# 114
n(
    "en",
    "public_figure",
    "Jean Ritchie, the 'Mother of Folk' from Viper, Kentucky, sang about the mines and the people who worked them. Our music therapists will play her songs at Friday's Memory Café for patients with dementia.",
    "public figure and her home town",
)

# 115
p(
    "es",
    "pasted_record",
    "Mensaje reenviado por error:\n'Buenas, soy Olga Sontay, hija de la paciente Juana Tzoc Sontay, cama 22. Mi mamá nació el 24 de junio. Mi correo es olgasontay.hgky@gmail.com y mi cel 859-555-6617.'",
    [
        ("NAME", "Olga Sontay"),
        ("NAME", "Juana Tzoc Sontay"),
        ("OTHER_ID", "cama 22"),
        ("DATE", "24 de junio"),
        ("EMAIL", "olgasontay.hgky@gmail.com"),
        ("PHONE", "859-555-6617"),
    ],
)

# 116
n(
    "es",
    "event",
    "Feria de salud en la iglesia católica San José de Harlow Gap el domingo 12 de octubre: presión, azúcar, vacunas y consultas con intérprete. ¡Traiga a toda la familia! Más info: (606) 555-0163.",
    "event date and venue",
)

# 117
p(
    "en",
    "milestone_birthday",
    'Not many folks can say they remember the Buffalo Creek flood AND the 2022 flood. Mr. Elbert "Pete" Stollings can — and on the 26th of this month he\'ll turn 92! Pete spent 30 years driving a school bus and still knows every curve in the road. Happy early birthday from 3 West! 🎂',
    [("NAME", 'Elbert "Pete" Stollings'), ("NAME", "Pete", "*"), ("DATE", "26th"), ("AGE", "92")],
    note="historical flood is not his event; birthday as day of month",
)

# 118
n(
    "en",
    "memorial",
    "Today we remember the 29 miners lost at Upper Big Branch on April 5, 2010, and every family still grieving them. Our chaplains are available all day in the chapel. 🕯️",
    "public disaster date",
)

# 119
p(
    "en",
    "thank_you",
    "big thank u to nurse Amber on 5W for takin care of my mamaw Goldie Fields 92yo, she said Amber is the only one who fixes her hair right 💇‍♀️",
    [("NAME", "Goldie Fields"), ("AGE", "92yo")],
    note="the nurse is staff",
)

# 120
n(
    "en",
    "hospital_contact",
    "Looking for a loved one after the flood? Do NOT post their info here. Call our family line (606) 555-0111 or email familyhelp@laurelbranchhealth.org and we will help you privately.",
    "hospital phone and e-mail",
)

# 121
p(
    "en",
    "pasted_record",
    "Fwd: black lung referral\nPt: Sherman Lee Bentley\nDOB: 12/25/1957 (Christmas baby he says)\nMRN: 0448120\nKY Medicaid ID: 8003317725\nAddr: 4416 Right Fork Rd, Phelps, KY 41553\nPh: 606-555-9034",
    [
        ("NAME", "Sherman Lee Bentley"),
        ("DATE", "12/25/1957"),
        ("DATE", "Christmas"),
        ("MRN", "0448120"),
        ("HEALTH_PLAN", "8003317725"),
        ("GEO", "4416 Right Fork Rd"),
        ("GEO", "Phelps"),
        ("GEO", "41553"),
        ("PHONE", "606-555-9034"),
    ],
    note="DOB written twice (date and holiday); Medicaid ID is HEALTH_PLAN",
)

# 122
n(
    "en",
    "health_tip",
    "Black lung benefits: if you worked 15+ years underground and have breathing problems, you may qualify. Our benefits counselor helps miners file for free. Call (606) 555-0134 or visit laurelbranchhealth.org/blacklung.",
    "general advice; hospital phone and domain",
)

# 123
p(
    "en",
    "discharge",
    "From ICU to the front porch 🏡 Marlon Kidd went home to Dice today, 23 days after his ATV flipped on the Hatfield-McCoy Trails on the 9th of September. His buddies from the strip job had the driveway lined with trucks honking. Welcome home, Marlon!",
    [
        ("NAME", "Marlon Kidd"),
        ("GEO", "Dice"),
        ("GEO", "Hatfield-McCoy Trails"),
        ("DATE", "9th of September"),
        ("NAME", "Marlon", 2),
    ],
    note="town that is a word; trail of the crash named after historical families is GEO",
)

# 124
n(
    "en",
    "eponymous_condition",
    "Graves' disease and Hashimoto's are both thyroid conditions, and both are more common in women. Tired, shaky, or gaining weight for no reason? Ask your provider at the Pineridge Family Clinic for a simple blood test.",
    "eponymous conditions",
)

# 125
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 90 a doña Magdalena Quiñónez! Nació un primero de noviembre en Todos Santos Cuchumatán y hoy lo celebra en el 3 Oeste con sus bisnietos. 🎂🎉",
    [
        ("AGE", "90"),
        ("NAME", "Magdalena Quiñónez"),
        ("DATE", "primero de noviembre"),
        ("GEO", "Todos Santos Cuchumatán"),
    ],
    note="birthplace named like a holiday is GEO",
)

# 126
n(
    "en",
    "event",
    "Memorial Day weekend clinic hours: Pineridge Family Clinic closed Monday, May 26. The ER at 1200 Hospital Hill Road is always open. Happy Decoration Day to all the families tending graves this weekend. 🌸",
    "holiday hours and greeting",
)

# 127
p(
    "en",
    "patient_story",
    "The Stamper family has spent 3 Christmases in a row on our Peds floor with their son, and this year they brought US gifts. Thank you, Stampers. Little Harlan (yes, named after the county!) is finally in remission. 💚",
    [("NAME", "Stamper"), ("NAME", "Stampers"), ("NAME", "Harlan")],
    note="family surname alone and plural; patient named like a county",
)

# 128
n(
    "en",
    "staff_spotlight",
    "Two of our ER docs, Dr. Church and Dr. Justice, are running the Hatfield-McCoy Marathon on June 14 to raise money for our Flood Relief Fund. Cheer them on in Williamson! 🏃",
    "staff with word surnames; event date",
)

# 129
p(
    "en",
    "pasted_record",
    "why is this on our page?? 'RE: Cline, Bertie F (MRN 003318842) – daughter Melinda Cline requests callback at 304-555-7013 re: nursing home placement. Pt 96.'",
    [
        ("NAME", "Cline, Bertie F"),
        ("MRN", "003318842"),
        ("NAME", "Melinda Cline"),
        ("PHONE", "304-555-7013"),
        ("AGE", "96"),
    ],
)

# 130
n(
    "es",
    "anonymous_story",
    "Una joven madre que trabaja en la línea de deshuese nos contó que tenía miedo de venir al hospital por no tener papeles. Vino, dio a luz a una niña sana y se fue tranquila. Aquí atendemos a todos.",
    "anonymous story",
)

# 131
p(
    "en",
    "memorial",
    "fly high Kenny 'Spud' Mullins 🕊️ lost to an overdose on Mothers Day, 2 days after he left laurel branch. he was 29 and he was loved. if you're struggling call 988. #LongLiveSpud",
    [("NAME", "Kenny 'Spud' Mullins"), ("DATE", "Mothers Day"), ("NAME", "#LongLiveSpud")],
    note="death on a named holiday; 988 is a national line",
)

# 132
n(
    "en",
    "statistic",
    "83 of our Black Lung Clinic patients are over 90 and still coming in for checkups. Ninety! That's the power of good care close to home.",
    "population age, not one patient's age",
)

# 133
p(
    "en",
    "thank_you",
    "We want to thank everyone who sent cards to Ollie Mae and Bobby Gene Justice after the fire took their home on Shelby Road last month. They are both out of the burn unit. More cards can go to their granddaughter at justicefamilyfire@outlook.com. God bless.",
    [
        ("NAME", "Ollie Mae"),
        ("NAME", "Bobby Gene Justice"),
        ("GEO", "Shelby Road"),
        ("EMAIL", "justicefamilyfire@outlook.com"),
    ],
)

# 134
n(
    "en",
    "recruitment",
    "Calling all retired miners: we're looking for peer navigators for our Black Lung Clinic! You know the work, you know the lingo, and you know how hard it is to ask for help. Part-time, paid. Email jobs@laurelbranchhealth.org.",
    "recruitment; hospital e-mail",
)

# 135
p(
    "es",
    "pasted_record",
    "Lista de citas de mañana (clínica de Pineridge):\n8:00 – Tojín, Aura Marina – exp. 00621170 – tel 304-555-2688\n8:20 – Gómez Bámaca, Wilson – exp. 00633405\n8:40 – Ixtabalán, Dominga – exp. 00640918 – 91 años",
    [
        ("NAME", "Tojín, Aura Marina"),
        ("MRN", "00621170"),
        ("PHONE", "304-555-2688"),
        ("NAME", "Gómez Bámaca, Wilson"),
        ("MRN", "00633405"),
        ("NAME", "Ixtabalán, Dominga"),
        ("MRN", "00640918"),
        ("AGE", "91"),
    ],
    note="appointment times are not dates",
)

# 136
n(
    "en",
    "crisis_update",
    "Road update: Hospital Hill Road reopened at 6 am. If you're coming from Caney Fork or Lick Branch, use KY 7 — the low-water bridge is still out. Our ER never closed.",
    "community names in a road update",
)

# 137
p(
    "en",
    "milestone_birthday",
    "HAPPY 104TH BIRTHDAY TO MAMAW DELPHIA COLLINS!!! BORN MAY 1 UP ON BULL CREEK 🎂 LOVE, YOUR NURSES ON 2N",
    [("AGE", "104TH"), ("NAME", "DELPHIA COLLINS"), ("DATE", "MAY 1"), ("GEO", "BULL CREEK")],
    note="ALL CAPS; MAMAW is a kinship title",
)

# 138
n(
    "en",
    "public_figure",
    "On this day in 1972, the Buffalo Creek dam failed in Logan County, killing 125 people. Our hospital's first flood-response plan was written by nurses who worked that day. We remember.",
    "historical disaster",
)

# 139
p(
    "en",
    "patient_story",
    "Easter Slone got her name because she was born on Easter Sunday, April 16 — and this Easter she'll celebrate 6 months cancer-free. Our oncology team loves you, Easter! 🐰",
    [
        ("NAME", "Easter Slone"),
        ("DATE", "Easter Sunday"),
        ("DATE", "April 16"),
        ("NAME", "Easter", 4),
    ],
    note="name that is a holiday; 'this Easter' is the holiday, not her event",
    ok=("Easter",),
)

# 140
n(
    "en",
    "sponsor",
    "Thank you to Mountain Valley Bank and the Slone & Stamper Law Office for sponsoring free car seats for every baby born at Laurel Branch this year! 🚗👶",
    "sponsors with local surnames",
)

# 141
p(
    "en",
    "pasted_record",
    "[Patient portal] From: brendaprater1966 — 'My dad Alvis Prater (MRN 02284113) has an appt at the black lung clinic on 7/22 but he can't drive since his stroke on the 4th of June. Can somebody call me at (606) 555-0191?'",
    [
        ("OTHER_ID", "brendaprater1966"),
        ("NAME", "Alvis Prater"),
        ("MRN", "02284113"),
        ("DATE", "7/22"),
        ("DATE", "4th of June"),
        ("PHONE", "(606) 555-0191"),
    ],
    note="portal user name; appointment date; daughter's number looks like the hospital's range but is not in it",
)

# 142
n(
    "en",
    "anonymous_story",
    "A grandfather drove three hours from a holler with no cell service because his grandson's fever wouldn't break. The boy is fine. The papaw is now our hero. Rural medicine is love. 💙",
    "anonymous story",
)

# 143
p(
    "en",
    "crisis_update",
    "MISSING: Delbert Ray Hensley, 91, walked away from our Harlow Gap campus around 4 pm wearing a blue Carhartt coat. He may be trying to get home to Cutshin. If seen, call 911 or his daughter Paula at 606-555-3362.",
    [
        ("NAME", "Delbert Ray Hensley"),
        ("AGE", "91"),
        ("GEO", "Cutshin"),
        ("NAME", "Paula"),
        ("PHONE", "606-555-3362"),
    ],
    note="the hospital campus is not GEO; his home is",
)

# 144
n(
    "en",
    "event",
    "Recovery Rally Saturday, September 20 on the courthouse lawn in Harlow Gap! Music, testimonies, free Narcan training. Speakers include our own peer coaches Misty Sexton and Bub Caudill. #NewDayNewLife",
    "staff nickname; event date and venue",
)

# 145
p(
    "es",
    "crisis_update",
    "AVISO: la familia de Juan Diego Sic Tziquin, de 34 años, que vive en la calle Mill en Pineridge, está en nuestro hospital después de la inundación. Todos están estables. Su esposa Reyna pide que llamen al 304-555-4120.",
    [
        ("NAME", "Juan Diego Sic Tziquin"),
        ("GEO", "calle Mill"),
        ("GEO", "Pineridge"),
        ("NAME", "Reyna"),
        ("PHONE", "304-555-4120"),
    ],
)

# 146
n(
    "es",
    "event",
    "Este 12 de diciembre celebraremos a la Virgen de Guadalupe con una misa en la capilla del hospital a las 7 pm. Pacientes, familias y personal son bienvenidos. 🌹",
    "event on a holiday",
)

# 147
p(
    "en",
    "patient_story",
    "when jaxon got bit by a copperhead down at the swimmin hole on big creek last saturday we thought we'd lose his hand. laurel branch saved it. jaxon's 7 and wants to be a snake doctor now lol. thank u dr patel",
    [("NAME", "jaxon", "*"), ("GEO", "big creek")],
    note="lower-case name and injury place; weekday not labelled; doctor is staff",
)

# 148
n(
    "en",
    "health_tip",
    "copperheads are out!! if u get bit: stay calm, keep the limb still, take off rings, and get to an ER. no ice, no cutting, no suckin. our ER is open 24/7 at 1200 Hospital Hill Road",
    "general advice; hospital street",
)

# 149
p(
    "en",
    "birth_announcement",
    "Twins!! 💙💗 Ryder and Raelynn Sizemore were born on the 3rd of March at 1:02 and 1:09 am to Amanda and Josh of Grethel. Amanda's mom says send your well-wishes to sizemoretwins2025@gmail.com — she's making a scrapbook!",
    [
        ("NAME", "Ryder"),
        ("NAME", "Raelynn Sizemore"),
        ("DATE", "3rd of March"),
        ("NAME", "Amanda", "*"),
        ("NAME", "Josh"),
        ("GEO", "Grethel"),
        ("EMAIL", "sizemoretwins2025@gmail.com"),
    ],
)

# 150
n(
    "en",
    "hospital_contact",
    "Reply to @GrannyGoose: Hi! Our gift shop is on the first floor by the main entrance and is open 9-5 weekdays. You can also order flowers for a patient by calling (606) 555-0100. 🌷",
    "commenter's handle tied to no patient; hours",
)

# 151
p(
    "en",
    "pasted_record",
    "Records request — PLEASE DO NOT POST\nName: Tackett, Oval J.\nDOB: 1/1/1950\nSSN: 401-72-5583\nMRN: 00551902\nInsurance: UMWA Health & Retirement Funds #UMW0339127\nReturn to oval.tackett@frontier.com",
    [
        ("NAME", "Tackett, Oval J."),
        ("DATE", "1/1/1950"),
        ("SSN", "401-72-5583"),
        ("MRN", "00551902"),
        ("HEALTH_PLAN", "UMW0339127"),
        ("EMAIL", "oval.tackett@frontier.com"),
    ],
    note="member number without its '#'",
)

# 152
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare, but it can follow a stomach bug or the flu. Tingling that starts in the feet and climbs up? Come to the ER. Our neurologists see it every year.",
    "eponymous condition",
)

# 153
p(
    "en",
    "thank_you",
    "to whoever the night nurse was on 4W wed, u made my sister T.J. laugh for the first time since the accident on 6/30. that matters. #TJStrong",
    [("NAME", "T.J."), ("DATE", "6/30"), ("NAME", "#TJStrong")],
    note="initials and initials hashtag; 'wed' is a weekday",
)

# 154
n(
    "en",
    "statistic",
    "In 2024, Laurel Branch delivered 1,107 babies, performed 3,940 surgeries and answered 58,211 calls on our main line, (606) 555-0100. Thank you for trusting us.",
    "aggregate statistics; hospital phone",
)

# 155
p(
    "es",
    "discharge",
    "¡De alta después de 3 semanas! 🙌 Don Fermín Ordóñez, de 93 años, vuelve a casa con su hija Dora en Harlow Gap. Si quieren mandarle saludos escriban a dora.ordonez.hg@gmail.com. ¡Cuídese mucho, don Fermín!",
    [
        ("NAME", "Fermín Ordóñez"),
        ("AGE", "93"),
        ("NAME", "Dora"),
        ("GEO", "Harlow Gap"),
        ("EMAIL", "dora.ordonez.hg@gmail.com"),
        ("NAME", "Fermín", 2),
    ],
)

# 156
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la enfermera Marisol Hatfield, hija de madre guatemalteca y padre minero, que acaba de terminar su maestría! Marisol creció en Pineridge y ahora dirige nuestra clínica de diabetes en español.",
    "staff member and her home town",
)

# 157
p(
    "en",
    "memorial",
    "Forever in our hearts: AUGUST RAY COMBS, who fought cancer for 3 years with a grin and a fishing pole. August passed at Laurel Branch in the early hours of August 8, the same day he was born 61 years ago. His wife Darlene and his boys Cody and Travis thank the 5th floor for everything.",
    [
        ("NAME", "AUGUST RAY COMBS"),
        ("NAME", "August", 1),
        ("DATE", "August 8"),
        ("NAME", "Darlene"),
        ("NAME", "Cody"),
        ("NAME", "Travis"),
    ],
    note="month-name first name; 'the same day he was born' only points back",
)

# 158
n(
    "en",
    "campaign_hashtag",
    "#MotherJonesWasRight: safe work saves lives. This Workers' Memorial Day, April 28, we honor every miner and poultry worker hurt on the job. #LaurelBranchStrong",
    "hashtag with a historical figure; awareness day",
)

# 159
p(
    "en",
    "patient_story",
    'Patient of the week 🏆 Mr. R.L. "Pap" Gibson in room 409 is 95 and walked 400 feet with PT today!! He says he\'s training for the Hillbilly Days parade. Keep it up, Pap!',
    [("NAME", 'R.L. "Pap" Gibson'), ("NAME", "Pap", "*"), ("OTHER_ID", "room 409"), ("AGE", "95")],
    note="Pap is his quoted nickname here, so NAME",
)

# 160
n(
    "en",
    "thank_you",
    "To the Pentecostal Holiness church ladies from Dema who brought 60 pots of soup beans to our flood shelter: thank you! Sister Ruby Hall says there's more cornbread coming Tuesday. 🙏",
    "donors and their community",
)

# 161
p(
    "en",
    "discharge",
    "Scout is goin home!!! 🐾 (not the dog lol, our 15yo Scout Lindsey Blevins) after a month on 3 peds w/ DKA. admitted 9-17, out 10-16. love u kid",
    [("NAME", "Scout", 1), ("NAME", "Scout Lindsey Blevins"), ("DATE", "9-17"), ("DATE", "10-16")],
    note="name that is a word; age 15 not labelled",
)

# 162
n(
    "en",
    "health_tip",
    "Fentanyl test strips are free at our New Day Recovery Center. Pick them up at 9 Depot Street or ask any ER nurse. No judgment, just care. (606) 555-0127",
    "hospital address and phone",
)

# 163
p(
    "en",
    "pasted_record",
    "Pacemaker check log (why is this on FB??):\nPt: Blankenship, Verna L., 90 y/o\nMRN 01722059\nDevice: Medtronic Azure XT, serial RNF204417S\nImplanted 05/03/2019\nNext check 11/3",
    [
        ("NAME", "Blankenship, Verna L."),
        ("AGE", "90"),
        ("MRN", "01722059"),
        ("DEVICE", "RNF204417S"),
        ("DATE", "05/03/2019"),
        ("DATE", "11/3"),
    ],
    note="device serial; implant and appointment dates",
)

# 164
n(
    "en",
    "research",
    "Our nurses published a study on postpartum depression in rural Appalachian moms: 1 in 4 of the 312 mothers surveyed had symptoms, but fewer than half told anyone. Read it at lbrmc.org/research. If this is you, call (606) 555-0142.",
    "research; hospital domain and phone",
)

# 165
p(
    "es",
    "patient_story",
    "oren x mi tía chonita, la atropellaron el domingo en la ruta 23 cerca de la planta, está en laurel branch cuarto 318 😢 su hijo elvin está con ella",
    [("NAME", "chonita"), ("GEO", "ruta 23"), ("OTHER_ID", "cuarto 318"), ("NAME", "elvin")],
    note="lower-case nickname; road of the accident; weekday not labelled",
)

# 166
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Es gratis. Llame al (606) 555-0163 o escriba a interpretes@laurelbranchhealth.org. También puede pedirlo en la recepción, 1200 Hospital Hill Road.",
    "hospital phone, e-mail and street",
)

# 167
p(
    "en",
    "milestone_birthday",
    "Our resident nonagenarian on 2 North, Miss Leafy Ison, is celebrating 93 today — and 70 years since she married Clarence on the 4th of July. Leafy still remembers every hymn in the Old Regular Baptist songbook. Happy birthday!",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Leafy Ison"),
        ("AGE", "93"),
        ("NAME", "Clarence"),
        ("DATE", "4th of July"),
        ("NAME", "Leafy", 2),
    ],
    note="wedding date is person-tied",
)

# 168
n(
    "en",
    "memorial",
    "A year ago this week, the waters rose across eastern Kentucky and 45 of our neighbors were lost. Tonight at 7 we'll light 45 candles on the front lawn. Join us.",
    "public disaster",
)

# 169
p(
    "en",
    "sponsor",
    "Thank you to Harold and Bonnie Justice for donating $50,000 to our NICU in memory of their granddaughter Kinsley, who spent her whole short life with us in the spring of 2019. The Kinsley Justice Family Room opens Monday.",
    [
        ("NAME", "Harold"),
        ("NAME", "Bonnie Justice"),
        ("NAME", "Kinsley", 1),
        ("NAME", "Kinsley Justice"),
    ],
    note="donors introduced as a patient's grandparents; room named after the patient",
)

# 170
n(
    "en",
    "sponsor",
    "Big thanks to Cumberland Poultry for donating 2,000 lbs of chicken to our flood shelter and giving their workers paid time to volunteer. ¡Gracias!",
    "company as sponsor, not a patient's employer",
)

# 171
p(
    "en",
    "pasted_record",
    "ED TRACK BOARD 2214\nRM 1  FIELDS, NOVELLA  91F  CP\nRM 2  STACY, TRUMAN  67M  SOB\nRM 3  (empty)\nRM 4  SLONE, BABY BOY  0D  — MOM SLONE, KAYLEE RM 5",
    [
        ("OTHER_ID", "RM 1"),
        ("NAME", "FIELDS, NOVELLA"),
        ("AGE", "91F"),
        ("OTHER_ID", "RM 2"),
        ("NAME", "STACY, TRUMAN"),
        ("OTHER_ID", "RM 4"),
        ("NAME", "SLONE", 1),
        ("NAME", "SLONE, KAYLEE"),
        ("OTHER_ID", "RM 5"),
    ],
    note="track board; BABY BOY is descriptive; empty room unlabelled",
)

# 172
n(
    "en",
    "anonymous_story",
    "Last week a 19-year-old came to our ER after overdosing in a gas station bathroom. Our peer coach sat with him for four hours. Yesterday he started treatment. This is why we do this. #NewDayNewLife",
    "anonymous story",
)

# 173
p(
    "en",
    "patient_story",
    "Virgie Lynn Hall of Virgie, KY had her tonsils out on the 8th, and at 9 years old she has OPINIONS: the Peds popsicles are the best in Pike County. Feel better, Virgie Lynn! 🍭",
    [
        ("NAME", "Virgie Lynn Hall"),
        ("GEO", "Virgie", 2),
        ("DATE", "8th"),
        ("GEO", "Pike County"),
        ("NAME", "Virgie Lynn", 2),
    ],
    note="first name equal to her home town",
)

# 174
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Homer Slone, 91, who still volunteers every Monday in our Black Lung Clinic reading chest X-rays. He started practicing in Harlow Gap in 1961. Doc says the secret is 'sweet tea and stubbornness.'",
    "staff physician over 89: not labelled",
)

# 175
p(
    "es",
    "birth_announcement",
    "ya nació la bebé de Yesenia y Hermelindo!! 💗 se llama Luz Ixmucané, nació el 2/11 día de los muertos jaja a las 5am. bienvenida a Harlow Gap chiquita",
    [
        ("NAME", "Yesenia"),
        ("NAME", "Hermelindo"),
        ("NAME", "Luz Ixmucané"),
        ("DATE", "2/11"),
        ("DATE", "día de los muertos"),
        ("GEO", "Harlow Gap"),
    ],
    note="day/month order; same day named twice",
)

# 176
n(
    "es",
    "campaign_hashtag",
    "#SaludSinMiedo 💪 En Laurel Branch nadie le va a preguntar por sus papeles. Comparta este mensaje con sus compañeros de la planta. #LaurelBranchStrong",
    "campaign hashtags",
)

# 177
p(
    "en",
    "pasted_record",
    "Forwarded to the wrong group, sorry!! >> 'Hi, this is Sherry Justice, Earl Justice's daughter. Dad's MRN is 00392281 and his Humana member ID is H48291033. Please send his records to sherryj.1971@yahoo.com or fax (606) 555-6602. He passed on 5/26.'",
    [
        ("NAME", "Sherry Justice"),
        ("NAME", "Earl Justice"),
        ("MRN", "00392281"),
        ("HEALTH_PLAN", "H48291033"),
        ("EMAIL", "sherryj.1971@yahoo.com"),
        ("FAX", "(606) 555-6602"),
        ("DATE", "5/26"),
    ],
)

# 178
n(
    "en",
    "crisis_update",
    "Our Harlow Gap campus is on generator power after last night's storm. All patients are safe. Please avoid non-emergency visits until lines are restored. Updates: @LaurelBranchRMC",
    "hospital status",
)

# 179
p(
    "en",
    "patient_story",
    "My mamaw Imogene 'Jeanie' Hurley, 94, lost everything in the flood on Troublesome Creek and got pneumonia from the mud. She's recovering at Laurel Branch. Venmo @Jeanie-Hurley-Flood or gofundme.com/f/mamaw-jeanie-flood. Every $5 helps 🙏",
    [
        ("NAME", "Imogene 'Jeanie' Hurley"),
        ("AGE", "94"),
        ("GEO", "Troublesome Creek"),
        ("OTHER_ID", "@Jeanie-Hurley-Flood"),
        ("URL", "gofundme.com/f/mamaw-jeanie-flood"),
    ],
    note="Venmo handle is OTHER_ID; fundraiser URL",
)

# 180
n(
    "en",
    "thank_you",
    "Thank you to our EVS team, who scrubbed mud out of the first floor for 3 straight days after the flood. Special shout out to Pap Mullins, who is 73 and outworked everybody half his age. 💪",
    "staff member's nickname",
)

# 181
p(
    "es",
    "pasted_record",
    "Hoja de admisión (publicada por error):\nNombre: Cux Lux, Sebastiana\nFecha de nacimiento: 3 de febrero de 1979\nExpediente: 00704481\nTeléfono: 606-555-7734\nCorreo: sebastianacux79@gmail.com\nEmpleador: Cumberland Poultry",
    [
        ("NAME", "Cux Lux, Sebastiana"),
        ("DATE", "3 de febrero de 1979"),
        ("MRN", "00704481"),
        ("PHONE", "606-555-7734"),
        ("EMAIL", "sebastianacux79@gmail.com"),
        ("NAME", "Cumberland Poultry"),
    ],
    note="admission sheet; employer is NAME",
)

# 182
n(
    "en",
    "health_tip",
    "Mamaw's old remedies are sweet, but a poultice won't fix a deep cut from a chain saw. Stitches are needed within 6-8 hours. Our Pineridge Family Clinic does walk-in stitches Mon-Sat.",
    "general advice; kinship word used generically",
)

# 183
p(
    "en",
    "patient_story",
    "anybody from Wolf Pen know how to reach Donnie Slone's family? he's at laurel branch after a wreck last nite and they only have his old number 606-555-8190. pls share",
    [("GEO", "Wolf Pen"), ("NAME", "Donnie Slone"), ("PHONE", "606-555-8190")],
)

# 184
n(
    "es",
    "health_tip",
    "¿Embarazada y trabajando en la planta? Usted tiene derecho a pedir descansos y a no cargar cosas pesadas. Venga a su control prenatal gratis en la Clínica Familiar de Pineridge. Citas: (304) 555-0158.",
    "general advice; hospital clinic phone",
)

# 185
p(
    "en",
    "memorial",
    "The Hatfield family asked us to share: Delphia 'Dee' Hatfield, 97, passed peacefully on the 2nd of June with her family singing 'I'll Fly Away' around her bed on 2 North. Cards and memories can be sent to remembering.dee.hatfield@gmail.com. Rest easy, Dee.",
    [
        ("NAME", "Hatfield", 1),
        ("NAME", "Delphia 'Dee' Hatfield"),
        ("AGE", "97"),
        ("DATE", "2nd of June"),
        ("EMAIL", "remembering.dee.hatfield@gmail.com"),
        ("NAME", "Dee", "*"),
    ],
)

# 186
n(
    "en",
    "event",
    "Health fair at the Floyd County Fairgrounds on Saturday, August 9: free cholesterol and A1c checks, black lung screenings and kids' bike helmets while supplies last. 🚲",
    "event date and venue",
)

# 187
p(
    "en",
    "discharge",
    "HE'S HOME!!! Cousin Boone Mullins walked outta Laurel Branch today, 2 wks after they took out that tumor on the 1st. Boone says the hospital food beats Aunt Goldie's cookin but dont tell her",
    [("NAME", "Boone Mullins"), ("DATE", "1st"), ("NAME", "Boone", 2), ("NAME", "Goldie")],
    note="Cousin and Aunt are kinship titles",
)

# 188
n(
    "en",
    "public_figure",
    "Daniel Boone came through the Cumberland Gap in 1775. Today the Gap is a national park — and a great place for your family to get outside. Walking 30 minutes a day lowers your risk of heart disease. 🥾",
    "historical figure and place",
)

# 189
p(
    "es",
    "thank_you",
    "Muchas gracias al doctor y las enfermeras de partos. Mi esposa Ana Belén Chávez dio a luz a nuestro hijo Santiago el 9 de julio. Si alguien de la iglesia quiere visitarnos, mi número es 606-555-2940 y mi correo es familia.chavez.hg@hotmail.com. — Rudy",
    [
        ("NAME", "Ana Belén Chávez"),
        ("NAME", "Santiago"),
        ("DATE", "9 de julio"),
        ("PHONE", "606-555-2940"),
        ("EMAIL", "familia.chavez.hg@hotmail.com"),
        ("NAME", "Rudy"),
    ],
)

# 190
n(
    "es",
    "sponsor",
    "Gracias a la Iglesia Cristiana Monte Sión y a la tienda La Chapina de Harlow Gap por donar 300 cobijas para el refugio de la inundación. ¡Dios les bendiga!",
    "donors",
)

# 191
p(
    "en",
    "pasted_record",
    "lol my charge nurse is gonna kill me this was supposed to be a text: 'pls recheck bp on hobert fields rm 12 at 0400, his dtr said call her at 304 555 6185 if any change'",
    [("NAME", "hobert fields"), ("OTHER_ID", "rm 12"), ("PHONE", "304 555 6185")],
)

# 192
n(
    "en",
    "staff_spotlight",
    'Congrats to our NICU nurse Bethany "Sissy" Prater on earning her neonatal certification! Sissy has cuddled more than 400 preemies since she joined us in 2015. 💗',
    "staff member's nickname",
)

# 193
p(
    "en",
    "milestone_birthday",
    "Ninety-six years ago on the first day of summer, June Sexton was born in a log house on Trace Fork. Today Miss June celebrates with us on 3 West, where she's been teaching the nurses to piece quilts. Happy birthday, June!",
    [
        ("AGE", "Ninety-six"),
        ("DATE", "first day of summer"),
        ("NAME", "June Sexton"),
        ("NAME", "June", "*"),
        ("GEO", "Trace Fork"),
    ],
    note="'first day of summer' pins her birthday; month-name first name",
)

# 194
n(
    "en",
    "research",
    "Laurel Branch and the University of Kentucky are testing a new low-dose CT program to catch lung cancer early in current and former miners aged 50 to 80. Ask about it at your next Black Lung Clinic visit.",
    "research; population ages",
)

# 195
p(
    "en",
    "thank_you",
    "Whoever left the card at the 4 West desk for 'the nurse who held Mama's hand the night she died' — from Patsy, Glenna and the rest of Minnie Hurt's young'uns — she got it, and she cried. 💜",
    [("NAME", "Patsy"), ("NAME", "Glenna"), ("NAME", "Minnie Hurt")],
    note="surname that is a word; daughters named",
)

# 196
n(
    "es",
    "crisis_update",
    "Los equipos de rescate siguen trabajando esta noche en el North Fork del río Kentucky. Para reportar a una persona desaparecida, llame al 911. Para saber si alguien está internado aquí, llame al (606) 555-0111.",
    "crisis update; national and hospital lines",
)

# 197
p(
    "es",
    "patient_story",
    "URGENTE: BUSCAMOS DONANTES DE SANGRE TIPO O+ PARA NUESTRO COMPAÑERO 'EL GÜERO' FRANCISCO TOL, QUE SE ACCIDENTÓ EN LA PLANTA EL 21 DE MARZO. ESTÁ EN LAUREL BRANCH, CUARTO 412. INFO CON SU ESPOSA DELMY AL 606-555-9925.",
    [
        ("NAME", "GÜERO"),
        ("NAME", "FRANCISCO TOL"),
        ("DATE", "21 DE MARZO"),
        ("OTHER_ID", "CUARTO 412"),
        ("NAME", "DELMY"),
        ("PHONE", "606-555-9925"),
    ],
    note="ALL CAPS; the article EL is not part of the nickname",
)

# 198
n(
    "es",
    "anonymous_story",
    "Un señor de 89 años llegó caminando desde la planta con dolor de pecho. Era un infarto. Gracias a que vino rápido, hoy está en casa. Si le duele el pecho, no espere: llame al 911.",
    "anonymous patient aged 89: not an identifier",
)

# 199
p(
    "en",
    "pasted_record",
    "Billing note pasted in group chat: 'Acct 22-0087713 for Ratliff, Corbin D., MRN 0093015, Medicare 1EG4-TE5-MK73, DOS 08/14-08/19, family wants itemized bill mailed to 118 Mudlick Rd, Shelbiana.'",
    [
        ("ACCOUNT", "22-0087713"),
        ("NAME", "Ratliff, Corbin D."),
        ("MRN", "0093015"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("DATE", "08/14"),
        ("DATE", "08/19"),
        ("GEO", "118 Mudlick Rd"),
        ("GEO", "Shelbiana"),
    ],
    note="dates of service are two dates",
)

# 200
n(
    "en",
    "campaign_hashtag",
    "Wear your orange for #RecoveryMonth this September and post a selfie with #NewDayNewLife! Every post gets a free Narcan kit delivered somewhere it's needed. 🧡",
    "campaign hashtags; month of an awareness campaign",
)

# 201
p(
    "en",
    "birth_announcement",
    "Our first Old Christmas baby! 👶 Noelle Grace Bartley was born January 6 at 11:58 pm — two minutes to spare! Proud parents Cheyenne and Dalton Bartley of Hi Hat say she's named for her great-mamaw Noel. 💚 @LBRMC_Babies",
    [
        ("DATE", "Old Christmas"),
        ("NAME", "Noelle Grace Bartley"),
        ("DATE", "January 6"),
        ("NAME", "Cheyenne"),
        ("NAME", "Dalton Bartley"),
        ("GEO", "Hi Hat"),
        ("NAME", "Noel"),
    ],
)

# 202
n(
    "en",
    "hospital_contact",
    "New patient portal! Sign up at my.laurelbranchhealth.org with your email. Need help? Call (606) 555-0100 or stop by Registration on the first floor. Your info stays private.",
    "hospital domain and phone",
)

# 203
p(
    "en",
    "patient_story",
    "prayers for little Patience Hurt 🙏 she had her heart surgery on the 10th & is in the PICU bed 6. her mamaw Reva is askin everybody at Mt. Zion to pray. we have patience, God has a plan",
    [("NAME", "Patience Hurt"), ("DATE", "10th"), ("OTHER_ID", "bed 6"), ("NAME", "Reva")],
    note="name that is a word; lower-case 'patience' is the word",
)

# 204
n(
    "en",
    "eponymous_condition",
    "Raynaud's makes fingers turn white or blue in the cold — and it's common in folks who ran jackleg drills or chain saws for years (that's called vibration white finger). Keep hands warm and ask us about it.",
    "eponymous condition",
)

# 205
p(
    "es",
    "milestone_birthday",
    "¡Noventa y cinco años cumple hoy doña Petrona Calel! 🎉 Nació en Nebaj un 25 de julio, día de Santiago, y lleva 20 años en Kentucky con su hijo Andrés. ¡Felicidades desde el segundo piso!",
    [
        ("AGE", "Noventa y cinco"),
        ("NAME", "Petrona Calel"),
        ("GEO", "Nebaj"),
        ("DATE", "25 de julio"),
        ("DATE", "día de Santiago"),
        ("NAME", "Andrés"),
    ],
)

# 206
n(
    "en",
    "statistic",
    "Since we opened the Black Lung Clinic in 1998, our counselors have helped 4,206 miners and widows file for federal black lung benefits. Over $71 million has come back to families in our hills.",
    "aggregate statistic",
)

# 207
p(
    "en",
    "hospital_contact",
    "@bigcreekboy606 Jesse, we're glad your Papaw Floyd is feeling better! We can't give updates here, but his nurse will call you back at 606-555-1873 like you asked.",
    [
        ("OTHER_ID", "@bigcreekboy606"),
        ("NAME", "Jesse"),
        ("NAME", "Floyd"),
        ("PHONE", "606-555-1873"),
    ],
    note="grandson's handle and phone; grandfather named like a county",
)

# 208
n(
    "en",
    "event",
    "Old Regular Baptist lined-out hymn singing in our lobby on Sunday, June 1 at 3 pm, led by the chaplaincy team and the Sexton family singers. Patients can listen from their rooms on channel 8.",
    "event date; performers",
)

# 209
p(
    "en",
    "pasted_record",
    "Can someone delete this? 'Pt Gayle Hensley MRN 00817720 wants her x-rays sent to her new chiropractor, email gaylehensley.paintsville@gmail.com, DOB 2-14-66.'",
    [
        ("NAME", "Gayle Hensley"),
        ("MRN", "00817720"),
        ("EMAIL", "gaylehensley.paintsville@gmail.com"),
        ("DATE", "2-14-66"),
    ],
)

# 210
n(
    "es",
    "statistic",
    "Este año nacieron en Laurel Branch 214 bebés de familias que hablan español, q'anjob'al, mam o k'iche'. ¡Bienvenidos todos! 👶",
    "aggregate statistic",
)

# 211
p(
    "en",
    "crisis_update",
    "GOOD NEWS: the Blankenship family from Ary — Roscoe, Dreama and their boys Tucker and Tate — are all here at Laurel Branch and accounted for. Tate had a broken arm set last night. Thank you for sharing!",
    [
        ("NAME", "Blankenship"),
        ("GEO", "Ary"),
        ("NAME", "Roscoe"),
        ("NAME", "Dreama"),
        ("NAME", "Tucker"),
        ("NAME", "Tate", "*"),
    ],
)

# 212
n(
    "en",
    "recruitment",
    "Respiratory therapists wanted! Our Pineridge Black Lung Clinic is adding two RTs. Loan repayment for rural service available. Apply at laurelbranchhealth.org/careers or call HR at (606) 555-0100.",
    "recruitment",
)

# 213
p(
    "es",
    "discharge",
    "Hoy se fue a casa Marvin Ajú, de 17 años, que se quebró la pierna jugando fútbol el 2 de agosto en el parque de Pineridge. ¡Vamos Marvin, a recuperarse para la liga! ⚽",
    [("NAME", "Marvin Ajú"), ("DATE", "2 de agosto"), ("GEO", "Pineridge"), ("NAME", "Marvin", 2)],
    note="injury place in the hospital's town; age 17 not labelled",
)

# 214
n(
    "es",
    "crisis_update",
    "Tornado: alerta para los condados de Pike y Letcher hasta las 10 pm. Si trabaja en la planta, siga el plan de refugio de su supervisor. Nuestra sala de emergencias está abierta.",
    "weather alert",
)

# 215
p(
    "en",
    "discharge",
    "Bed 14 lady (Mrs. Orpha Slone, 90) finally going home to Paintsville today!! ty everyone on 3W 🙌",
    [("OTHER_ID", "Bed 14"), ("NAME", "Orpha Slone"), ("AGE", "90"), ("GEO", "Paintsville")],
)

# 216
n(
    "en",
    "health_tip",
    "Sissy, Bub, Mamaw, Pap: whoever's in your family, make sure somebody knows where the Narcan is. It takes 2 minutes to learn. Free training every Thursday at 9 Depot Street.",
    "generic family nicknames, no person",
)

# 217
p(
    "en",
    "memorial",
    "10 years ago today, on the 3rd of May, our little brother Cash Hensley died in this hospital after a wreck on Route 460. He was 16. Laurel Branch nurses, you were kind to our mommy Loretta when nobody else could be. We still think of you. — the Hensleys of Ivel",
    [
        ("DATE", "3rd of May"),
        ("NAME", "Cash Hensley"),
        ("GEO", "Route 460"),
        ("NAME", "Loretta"),
        ("NAME", "Hensleys"),
        ("GEO", "Ivel"),
    ],
)

# 218
n(
    "en",
    "public_figure",
    "Dwight Yoakam was born in Pikeville in 1956 and never let anybody forget it. Our music therapy patients voted 'Guitars, Cadillacs' their favorite song this month! 🎸",
    "public figure and birthplace",
)

# 219
p(
    "es",
    "pasted_record",
    "Recordatorio de cita mal publicado:\n'Sra. Vásquez Ixcot, su cita con el Dr. Hall es el 18/9 a las 10:00. Su número de expediente es 00761130. Si no puede venir, llame al 606-555-0163.'",
    [("NAME", "Vásquez Ixcot"), ("DATE", "18/9"), ("MRN", "00761130")],
    note="appointment date; the phone is the hospital's Spanish line",
)

# 220
n(
    "es",
    "thank_you",
    "Gracias a todos los voluntarios de la comunidad guatemalteca que tradujeron avisos durante la inundación. En especial a doña Irma Lux y a los jóvenes de la iglesia San José. ¡Son un ejemplo!",
    "volunteer named",
)

# 221
p(
    "en",
    "patient_story",
    "Brother Orville Stamper preached at his home church on Sugar Camp the first Sunday in June, got short of breath halfway through, and spent the next 2 weeks on our 3 West. He's home now and says next sermon's gonna be about nurses. Amen! 🙏",
    [("NAME", "Orville Stamper"), ("GEO", "Sugar Camp"), ("DATE", "first Sunday in June")],
    note="Brother is a church title; home church community; loose date",
)

# 222
n(
    "en",
    "anonymous_story",
    "Our youngest patient this year was born at 23 weeks and went home after 131 days in the NICU. Her mama brought the whole NICU team a thank-you cake shaped like a tiny diaper. We love our NICU grads! 🍼",
    "nameless story with durations only",
)

# 223
p(
    "en",
    "thank_you",
    "To Ms. Carla on 5 West and everybody else: thank you for taking care of Mamaw April May Collins while she got over the COVID. She turned 90 in your care on the 12th! The Collins family of Garrett won't forget it.",
    [
        ("NAME", "April May Collins"),
        ("AGE", "90"),
        ("DATE", "12th"),
        ("NAME", "Collins", 2),
        ("GEO", "Garrett"),
    ],
    note="first names that are months; nurse is staff",
)

# 224
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Paramedic Daryl 'Doodle' Justice after 31 years with Laurel Branch EMS! Doodle ran calls through two floods, the ice storm of 2009 and more snake bites than he can count. Cake in the ER breakroom Friday at 2.",
    "staff member and nickname",
)

# 225
p(
    "es",
    "patient_story",
    "Nuestro hijo Josué, de 3 años, tiene leucemia y empezó quimioterapia el 14 de febrero en Laurel Branch. Somos de Harlow Gap. Si quiere ayudar con gasolina para ir a Lexington, escríbanos a oracionesporjosue@gmail.com. 💛 —Mirna y Abelardo",
    [
        ("NAME", "Josué"),
        ("DATE", "14 de febrero"),
        ("GEO", "Harlow Gap"),
        ("EMAIL", "oracionesporjosue@gmail.com"),
        ("NAME", "Mirna"),
        ("NAME", "Abelardo"),
    ],
)

# 226
n(
    "es",
    "recruitment",
    "¿Habla español y quiere ser enfermera? Nuestro programa de becas paga su licencia de enfermería práctica (LPN) si trabaja 2 años con nosotros. Información: empleos@laurelbranchhealth.org.",
    "recruitment",
)

# 227
p(
    "en",
    "milestone_birthday",
    "bday girl!! 🎂 our sweet Icy Mae Gibson is 100 today on 5-3 and she asked for a Mountain Dew and a pack of Juicy Fruit. her grandson Wade says she earned it. 2N loves u Icy!!",
    [
        ("NAME", "Icy Mae Gibson"),
        ("AGE", "100"),
        ("DATE", "5-3"),
        ("NAME", "Wade"),
        ("NAME", "Icy", 2),
    ],
)

# 228
n(
    "en",
    "campaign_hashtag",
    "#MountainMamas: our birthing center team is running a diaper drive through Mother's Day, May 11. Drop off at the main lobby or order from our wishlist at givelaurelbranch.org. 💐",
    "campaign; holiday as deadline",
)

# 229
p(
    "en",
    "pasted_record",
    "Security log (posted by accident): 0212 — pt Tackett, Royce (Rm 5-210) wife Glenda Tackett asked to move her truck, KY plate 4NJ 882. Her DL # T41-112-339.",
    [
        ("NAME", "Tackett, Royce"),
        ("OTHER_ID", "Rm 5-210"),
        ("NAME", "Glenda Tackett"),
        ("VEHICLE", "4NJ 882"),
        ("LICENSE", "T41-112-339"),
    ],
    note="relative's plate and driver's licence",
)

# 230
n(
    "en",
    "research",
    "Our Appalachian Flood Health Study is following 500 flood survivors for 5 years to track asthma, mold illness and PTSD. If you lived through the 2022 flood and want to join, email floodstudy@laurelbranchhealth.org.",
    "research recruitment",
)

# 231
p(
    "es",
    "birth_announcement",
    "¡Llegaron los cuates! 💙💙 Mateo y Marcos Pérez Us nacieron el 30 de abril, Día del Niño, en Laurel Branch. Su papá Elías dice que ahora sí necesita más horas en la planta 😂. Para regalos llamar a la abuela Rosario: 606-555-6249.",
    [
        ("NAME", "Mateo"),
        ("NAME", "Marcos Pérez Us"),
        ("DATE", "30 de abril"),
        ("DATE", "Día del Niño"),
        ("NAME", "Elías"),
        ("NAME", "Rosario"),
        ("PHONE", "606-555-6249"),
    ],
)

# 232
n(
    "es",
    "event",
    "¡Fiesta de salud del Cinco de Mayo! Acompáñenos en el parque municipal de Harlow Gap el 5 de mayo, de 4 a 7 pm: prueba de azúcar gratis, tacos de La Chapina y música. ¡Todos bienvenidos!",
    "event date and venue",
)

# 233
p(
    "en",
    "patient_story",
    "Eighteen months ago, on the Fourth of July, Zeke Varney lost three fingers to a firework. This spring he finished hand therapy with our OT team, and last week he played banjo on his front porch in Pilgrim for his sister Destiny's wedding. 🪕",
    [("DATE", "Fourth of July"), ("NAME", "Zeke Varney"), ("GEO", "Pilgrim"), ("NAME", "Destiny")],
    note="injury date on a holiday; season not labelled",
)

# 234
n(
    "es",
    "event",
    "Clase gratis de parto y lactancia en español todos los martes de marzo, 6 pm, en el salón 2 del hospital. Inscríbase al (606) 555-0142 (pida intérprete). ¡Traiga a su pareja!",
    "class schedule; hospital phone",
)

# 235
p(
    "en",
    "memorial",
    "Daddy, Fred Lee Bowling, was born on the 1st of April and always said that's why he married a preacher's daughter. Black lung took him on 11/9 at Laurel Branch, with Mommy (Ada) holding his hand. He was 84. We'll bury him beside Pap on the hill above Leatherwood.",
    [
        ("NAME", "Fred Lee Bowling"),
        ("DATE", "1st of April"),
        ("DATE", "11/9"),
        ("NAME", "Ada"),
        ("GEO", "Leatherwood"),
    ],
    note="Pap alone is a kinship word; age 84 not labelled",
)

# 236
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down, el Parkinson y el Alzheimer no son culpa de nadie. En nuestra clínica de Pineridge tenemos trabajadoras sociales que hablan español para ayudar a las familias.",
    "eponymous conditions",
)

# 237
p(
    "en",
    "hospital_contact",
    "Hi Misty, we're glad your brother Travis is doing better on 4 West! For privacy, we can't post updates here — his nurse can talk with you at (606) 555-0100. 💙",
    [("NAME", "Misty"), ("NAME", "Travis")],
    note="reply confirming a named patient and his sister",
)

# 238
n(
    "en",
    "hospital_contact",
    "Yes, we take UMWA Funds cards, Kentucky and West Virginia Medicaid, and most Marketplace plans! Questions: (606) 555-0100 or billing@laurelbranchhealth.org. Follow @NewDayRecoveryLB for recovery news.",
    "insurance plan names, hospital contacts",
)

# 239
p(
    "es",
    "memorial",
    "Hoy despedimos a Bartolo Ramos Xiloj, de 52 años, trabajador de Cumberland Poultry, que falleció la Nochebuena en nuestro hospital. Su cuerpo será repatriado a Momostenango. Su esposa Juana y sus hijos agradecen sus oraciones.",
    [
        ("NAME", "Bartolo Ramos Xiloj"),
        ("NAME", "Cumberland Poultry"),
        ("DATE", "Nochebuena"),
        ("GEO", "Momostenango"),
        ("NAME", "Juana"),
    ],
)

# 240
n(
    "es",
    "campaign_hashtag",
    "#JuntosSomosFuertes 💪 A un año de la inundación, la comunidad latina de Harlow Gap y Pineridge sigue ayudando. Gracias por cada comida, cada traducción y cada oración. #LaurelBranchStrong",
    "campaign hashtags",
)

if __name__ == "__main__":
    S.main("phi_dev72_source")
