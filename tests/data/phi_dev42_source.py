"""Blind development set d42 for the PHI scanner: tests/data/phi_dev42.jsonl.

Organisation: Big Sky Regional Health, Billings and Crow Agency, Montana (phi_dev42_org.json):
main campus at 2800 Tenth Avenue North (Billings), clinics at 1 Bighorn Loop (Crow Agency) and
150 Dull Knife Drive (Lame Deer), West End Urgent Care on Shiloh Crossing Parkway; nine
(406) 555-01xx numbers (switchboard, ER, both clinics, patient relations, urgent care, careers,
records fax, foundation); domains bigskyregional.org, bsrh.org, bigskyfoundation.org; handles
@BigSkyRegional, @BigSkyRegionalHealth, @BSRH_CrowAgency, @BigSkyNICU.
Focus: Crow (Apsaalooke) and Northern Cheyenne families (multi-word surnames made of ordinary
words: Falls Down, Shoulder Blade, Takes The Gun, Sees The Ground; Crow names given in
ceremony), Hutterite colonies (Wipf, Hofer, Waldner, Walter, Gross; colony names as homes),
ranchers, oil-field workers, rodeo and hunting injuries, blizzards (patients called Gale,
Winter, Stormy, Frost, Sunny), Mexican and Peruvian ranch hands, elders over 90. Hard cases:
names that are words, months or towns (June, Hope, Laurel, Pryor, Sheridan, Geraldine,
Shepherd), hashtags, chart lines, bed boards, forwarded emails, family numbers beside the
hospital's own (555-0112 next to 555-0111), staff, officials and celebrities who are patients
next to ones who are not, ages over 89 in every form next to 89 and under.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A staff member, volunteer, official or celebrity is labelled when the post makes them a
  patient; one who is only working, visiting or speaking is not. A person who is staff or a
  public figure AND a patient's relative is labelled as the relative.
- A patient's home town is GEO even when it is also a site town (Billings, Crow Agency, Lame
  Deer); the same town naming our clinic, a venue or an event is not, and a post using both
  declares the town in unlabelled_ok.
- Reservation districts, Hutterite colonies and ranches that are a patient's or family's home
  are GEO; "Colony" / "Ranch" stay in the span when part of the proper name. A colony that is
  a patient's home is GEO even when it appears as a sponsor. Tribal nation, clan, "Hutterite"
  and other community membership is never GEO.
- The place where the patient's injury or crash happened (road, interstate, creek, reservoir,
  mountain range, town) is GEO, place name only; named public events (NILE, Crow Fair) and
  venues (MetraPark, powwow grounds) are not. A PO box is GEO. An employer's name is not
  labelled; the employer's town tied to the patient is.
- A Crow or Cheyenne name given to a patient in ceremony is NAME, like any other name.
- A building, lounge or chapel named for a patient or a patient's family carries labelled
  NAME tokens; donors introduced as a patient's relatives are labelled.
- Ages: chart shorthand is labelled as the whole token ("94F"); "the big 9-0" -> "9-0";
  "Cien" (años) -> "Cien"; number words without the unit word. Decades and bands ("in her
  90s", "over 90", "mas de 90") are the Safe Harbor 90-or-older bucket and are not labelled.
  A specific age over 89 of a patient is labelled even in an otherwise anonymous story or a
  statistic, which makes the post patient-specific. A patient's relative's age over 89 is
  labelled.
- Dates: a weekday in front of a date is left out ("Thursday, June 5" -> "June 5"); a day
  pinned by a holiday ("Wednesday before Thanksgiving") is labelled whole. Dates of events
  the patient attends or is honoured at are not labelled; the blizzard date on which the
  patient was hurt is.
- Beds, rooms, trauma rooms, treatment bays and dialysis chairs tied to a patient are
  OTHER_ID with the keyword ("Rm 501", "Bay 4", "trauma 2", "chair 9").
- An IHS health record number (HRN) is MRN; a tribal enrollment number and a workers'
  compensation claim number are OTHER_ID; a masked SSN is SSN as written ("xxx-xx-4417").
- A patient who shares a name with an eponymous condition (Addison's, Graves') is labelled;
  the condition is not, and the name is declared in unlabelled_ok.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev42.jsonl"), os.path.join(HERE, "phi_dev42_org.json"), "d42")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Three days after the ground blizzard east of Hardin, Gale Brekke is sitting up and teasing "
    "his nurses. He spent 19 hours in his stalled pickup on Sarpy Creek Road before his daughter "
    "Kirsten found him, and the Brekke ranch crew kept the cattle fed. #PrayersForGale just "
    "became #ThanksForGale.",
    [
        ("GEO", "Hardin"),
        ("NAME", "Gale Brekke"),
        ("GEO", "Sarpy Creek Road"),
        ("NAME", "Kirsten"),
        ("NAME", "Brekke", 2),
        ("NAME", "#PrayersForGale"),
        ("NAME", "#ThanksForGale"),
    ],
    note="Gale is the patient (a name that is also a weather word in a blizzard story); Hardin "
    "and Sarpy Creek Road are where he was stranded; Kirsten is his daughter; both hashtags "
    "carry his name.",
)

# 2
p(
    "en",
    "patient_story",
    "When 8-year-old Elias Wurz from Sage Hill Colony came in by Life Flight with his hand "
    "caught in a feed auger, half the colony filled our waiting room. Today Elias showed "
    "Dr. Hofer he can make a fist again. Danke to Sage Hill's cooks for the buns!",
    [
        ("NAME", "Elias Wurz"),
        ("GEO", "Sage Hill Colony"),
        ("NAME", "Elias", 2),
        ("GEO", "Sage Hill", 2),
    ],
    note="Elias is the patient; his home colony is GEO both times; Dr. Hofer is staff; age 8 "
    "is not labelled.",
)

# 3
p(
    "en",
    "patient_story",
    "Rig hand Travis \u201cDupe\u201d Dupree was 40 feet up a derrick outside Sidney when the "
    "weather turned. After a fall, six surgeries and a long stretch on 5 West, he walked out to "
    "his wife Mandi's truck this morning. Keep going, Dupe!",
    [
        ("NAME", "Travis \u201cDupe\u201d Dupree"),
        ("GEO", "Sidney"),
        ("NAME", "Mandi"),
        ("NAME", "Dupe", 2),
    ],
    note="patient with a quoted nickname; Sidney is where he fell; Mandi is his wife; 5 West "
    "is a hospital unit.",
)

# 4
p(
    "en",
    "patient_story",
    "Fifteen-year-old barrel racer Laramie Teague from Absarokee took a hard spill at the rodeo "
    "in Livingston on the Fourth of July. Twelve weeks later she's back in the saddle on her "
    "horse, Biscuit. We see you, Laramie!",
    [
        ("NAME", "Laramie Teague"),
        ("GEO", "Absarokee"),
        ("GEO", "Livingston"),
        ("DATE", "Fourth of July"),
        ("NAME", "Laramie", 2),
    ],
    note="Laramie (also a Wyoming city) is the patient; home town and the town of her injury "
    "are GEO; the holiday is her injury date; Biscuit is a horse.",
)

# 5
p(
    "en",
    "patient_story",
    "Elk opener, 5 a.m., Pryor Mountains: Harlan Bull Shield's rifle sling snapped on a scree "
    "slope. His nephew Dwayne packed him out two miles. Harlan says the elk can wait till next "
    "year \u2014 his hip can't. Ahóo to the volunteer EMS crew!",
    [
        ("GEO", "Pryor Mountains"),
        ("NAME", "Harlan Bull Shield"),
        ("NAME", "Dwayne"),
        ("NAME", "Harlan", 2),
    ],
    note="Harlan is the patient; the mountain range is where he was hurt; Dwayne is his "
    "nephew; 'elk opener' is a season, not a date.",
)

# 6
p(
    "en",
    "patient_story",
    "Marla Shoulder Blade of Busby has been through a lot since her car slid off Highway 212 on "
    "January 9. Yesterday the 34-year-old mother of three took her first steps on her new "
    "prosthetic leg. Her mom Verna says Marla never missed a powwow, even in a wheelchair.",
    [
        ("NAME", "Marla Shoulder Blade"),
        ("GEO", "Busby"),
        ("GEO", "Highway 212"),
        ("DATE", "January 9"),
        ("NAME", "Verna"),
        ("NAME", "Marla", 2),
    ],
    note="surname made of body-part words; home town and crash road are GEO; crash date; "
    "Verna is her mother; age 34 is not labelled.",
)

# 7
p(
    "en",
    "patient_story",
    "Ranch hand Rigoberto Anaya was feeding cattle north of Roundup in the December 14 storm "
    "when his tractor rolled. His cousin Efraín called 911 from the ranch and Life Flight got "
    "there first. Rigo is home in Musselshell County now, already asking about calving season.",
    [
        ("NAME", "Rigoberto Anaya"),
        ("GEO", "Roundup"),
        ("DATE", "December 14"),
        ("NAME", "Efraín"),
        ("NAME", "Rigo"),
        ("GEO", "Musselshell County"),
    ],
    note="Roundup (an ordinary word) is where he was hurt; the storm date is his injury date; "
    "Efraín is a relative; Rigo is his nickname; county of residence is GEO.",
)

# 8
p(
    "en",
    "patient_story",
    "Meet Sunny Dale Whiteman, age 6, of Ashland. Sunny came to us in August with a rattlesnake "
    "bite on her ankle. Today's forecast for the Whiteman house: sunny, with a chance of "
    "cartwheels.",
    [
        ("NAME", "Sunny Dale Whiteman"),
        ("GEO", "Ashland"),
        ("NAME", "Sunny", 2),
        ("DATE", "August"),
        ("NAME", "Whiteman", 2),
    ],
    note="name that is a weather word (lower-case 'sunny' is the weather and is not labelled); "
    "the month alone is her admission; family surname labelled.",
)

# 9
n(
    "en",
    "patient_story",
    "This spring a ranch family drove four hours through whiteout conditions because their "
    "newborn wasn't breathing right. Our NICU team stabilized her and she went home healthy. "
    "Stories like theirs are why we keep the lights on in every storm. #BigSkyStrong",
    "anonymous family, a season rather than a date, no place; campaign hashtag.",
)

# 10
n(
    "en",
    "patient_story",
    "Rodeo season is here. Last year our trauma team cared for 212 rodeo and ranch-horse "
    "injuries, most of them in June and July. Helmets and vests save lives \u2014 just ask "
    "Dr. Ruiz, who still team ropes on weekends.",
    "counts and months not tied to any patient; Dr. Ruiz is staff.",
)

# 11
p(
    "es",
    "patient_story",
    "Jesús «Chuy» Saldívar, vaquero de Jerez, Zacatecas, llegó a urgencias el 2 de febrero con "
    "los dedos congelados después de buscar becerros en la tormenta. Hoy Chuy ya maneja su "
    "troca otra vez y su esposa Maricela nos trajo gorditas. ¡Gracias, don Chuy!",
    [
        ("NAME", "Jesús «Chuy» Saldívar"),
        ("GEO", "Jerez"),
        ("DATE", "2 de febrero"),
        ("NAME", "Chuy", "*"),
        ("NAME", "Maricela"),
    ],
    note="patient with nickname (don is not part of the span); Jerez is his home city, "
    "Zacatecas is a state; admission date; Maricela is his wife.",
)

# 12
n(
    "es",
    "patient_story",
    "Este invierno atendimos a varios trabajadores del campo con congelación en manos y pies. "
    "Si trabaja con ganado durante una tormenta, use guantes dobles y avise a alguien de su "
    "ruta. Línea de enfermería 24 horas: (406) 555-0100.",
    "no individual patient; the number is the hospital's own line.",
)

# 13
p(
    "en",
    "birth_announcement",
    "Born during the blizzard! Baby Winter Rose Stoltz arrived at 3:12 a.m. on February 3 at "
    "our Billings Birth Center, 7 lb 4 oz. Her parents, Dusty and Kayla Stoltz of Molt, made it "
    "in with 20 minutes to spare. Pictured: Winter with big brother Colt.",
    [
        ("NAME", "Winter Rose Stoltz"),
        ("DATE", "February 3"),
        ("NAME", "Dusty"),
        ("NAME", "Kayla Stoltz"),
        ("GEO", "Molt"),
        ("PHOTO", "Pictured"),
        ("NAME", "Winter", 2),
        ("NAME", "Colt"),
    ],
    note="baby named for a season; birth date; parents and brother are relatives; Molt is "
    "home; the caption says the picture shows her; Billings Birth Center is our unit.",
)

# 14
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Kimber Lee Goes Together! Born 11/22 at our Crow Agency clinic while "
    "the roads were closed \u2014 only the third baby ever delivered there. Grandma Rosalie has "
    "already given her a Crow name: Sings In The Morning.",
    [
        ("NAME", "Kimber Lee Goes Together"),
        ("DATE", "11/22"),
        ("NAME", "Rosalie"),
        ("NAME", "Sings In The Morning"),
    ],
    note="baby, her birth date, her grandmother, and the Crow name given to her; the clinic is "
    "our site.",
)

# 15
p(
    "en",
    "birth_announcement",
    "Twins at Rimrock Colony! Sarah and Andreas Walter welcomed Judith and Johannes on "
    "St. Patrick's Day. Congratulations from the whole Labor & Delivery team!",
    [
        ("GEO", "Rimrock Colony"),
        ("NAME", "Sarah"),
        ("NAME", "Andreas Walter"),
        ("NAME", "Judith"),
        ("NAME", "Johannes"),
        ("DATE", "St. Patrick's Day"),
    ],
    note="Hutterite family: home colony is GEO; surname Walter looks like a first name; the "
    "holiday is the birth date.",
)

# 16
p(
    "en",
    "birth_announcement",
    "Our first baby of the year arrived at 12:07 a.m. on January 1! Elijah Two Moons Fisher was "
    "born to Charity and Isaac Fisher of Lame Deer. Mom says he already has his grandpa "
    "Leonard's ears.",
    [
        ("DATE", "January 1"),
        ("NAME", "Elijah Two Moons Fisher"),
        ("NAME", "Charity"),
        ("NAME", "Isaac Fisher"),
        ("GEO", "Lame Deer"),
        ("NAME", "Leonard"),
    ],
    note="birth date; Lame Deer is the family's home town (also one of our sites, not named as "
    "the site here); Charity is a word name.",
)

# 17
p(
    "en",
    "birth_announcement",
    "congrats to autumn and brody on baby june!! born june 8, 8 lb even, in the middle of the "
    "hailstorm lol. tell nana we said hi \u2014 draft reply for FB comments",
    [
        ("NAME", "autumn"),
        ("NAME", "brody"),
        ("NAME", "june", 1),
        ("DATE", "june 8"),
    ],
    note="lower-case names; the baby is called june and was born june 8 (name and month in the "
    "same post); 'nana' is a kinship word.",
)

# 18
p(
    "en",
    "birth_announcement",
    "Last night a baby girl was born in the front seat of a Ram 2500 in our ER parking lot. Dad "
    "Tucker Hollister caught her himself. Welcome to the world, Dixie Mae!",
    [("NAME", "Tucker Hollister"), ("NAME", "Dixie Mae")],
    note="'last night' and our parking lot are not labelled, but the father and baby are named.",
)

# 19
p(
    "en",
    "birth_announcement",
    "Four generations in one photo! Great-great-grandma Theodora Lindqvist, 98, drove in from "
    "Big Timber to meet baby Hayes, born Sunday in our Family Birth Center. Hayes is her 41st "
    "great-great-grandchild.",
    [
        ("PHOTO", "photo"),
        ("NAME", "Theodora Lindqvist"),
        ("AGE", "98"),
        ("GEO", "Big Timber"),
        ("NAME", "Hayes", "*"),
    ],
    note="the baby is the patient; his relative's name, age over 89 and home town are "
    "labelled; the photo shows him; 'Sunday' and '41st' are not labelled.",
)

# 20
n(
    "en",
    "birth_announcement",
    "Our year at the Family Birth Center: 1,842 babies, 31 sets of twins, 2 sets of triplets and "
    "one baby born during a power outage. Thank you to every family who trusted us. "
    "#BigSkyBabies",
    "aggregate counts only.",
)

# 21
n(
    "en",
    "birth_announcement",
    "A mom from one of our reservation communities delivered her baby in the back of a tribal "
    "police car on the way to Crow Agency during last week's storm. Both are doing great, and "
    "she asked us to thank Officer Tyrell Big Lake.",
    "anonymous mother; Crow Agency is where our clinic is, not her home; the officer is not a "
    "patient.",
)

# 22
n(
    "en",
    "birth_announcement",
    "Did you know? Families who deliver at our Crow Agency clinic can ask for a traditional "
    "Apsáalooke blessing for their newborn. Call (406) 555-0123 to arrange one with our "
    "cultural liaison.",
    "service information; hospital number.",
)

# 23
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe Itzel! Nació el 12 de diciembre, Día de la Virgen de Guadalupe, hija "
    "de Abundio Reyes y Rosario Meza, trabajadores de un rancho cerca de Big Timber. "
    "¡Felicidades a la familia Reyes!",
    [
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Abundio Reyes"),
        ("NAME", "Rosario Meza"),
        ("GEO", "Big Timber"),
        ("NAME", "Reyes", 2),
    ],
    note="the birth date is named twice (date and feast day) and both are labelled; the "
    "parents are relatives; they live near Big Timber.",
)

# 24
p(
    "es",
    "birth_announcement",
    "Nacido en Nochebuena: Mateo Loera pesó 3.4 kg. Su papá, Eusebio Loera, ordeña vacas en "
    "Park City y llegó al hospital con la ropa de trabajo. ¡Feliz Navidad, familia Loera!",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Mateo Loera"),
        ("NAME", "Eusebio Loera"),
        ("GEO", "Park City"),
        ("NAME", "Loera", 3),
    ],
    note="Nochebuena is the birth date ('Feliz Navidad' is a greeting); father is a relative; "
    "Park City is the family's town.",
)

# 25
p(
    "en",
    "discharge",
    "Going home! Ninety-three-year-old Clara Pretty Weasel spent 11 days with us after the cold "
    "snap knocked out her propane. Her granddaughter Shawna is driving her back to Lodge Grass "
    "today \u2014 to a new furnace, courtesy of the tribe's energy assistance office.",
    [
        ("AGE", "Ninety-three-year-old"),
        ("NAME", "Clara Pretty Weasel"),
        ("NAME", "Shawna"),
        ("GEO", "Lodge Grass"),
    ],
    note="age over 89 in words as one hyphenated token; granddaughter; home district.",
)

# 26
p(
    "en",
    "discharge",
    "Discharged 3/2: HOFER, REBECCA S, rm 214, to Pleasant Butte Colony via colony van. F/u "
    "ortho 2 wks. Pls do not post \u2014 wrong window",
    [
        ("DATE", "3/2"),
        ("NAME", "HOFER, REBECCA S"),
        ("OTHER_ID", "rm 214"),
        ("GEO", "Pleasant Butte Colony"),
    ],
    note="chart-style line pasted into a post: discharge date, 'Surname, Given' name, room, "
    "home colony.",
)

# 27
p(
    "en",
    "discharge",
    "Kyle \u201cTank\u201d Bodine is headed back to Williston after 3 weeks in our burn unit. "
    "The Bakken crew he works with sent a card signed by 63 roughnecks. Tank, your nurses on "
    "6 North will miss the energy-drink runs.",
    [
        ("NAME", "Kyle \u201cTank\u201d Bodine"),
        ("GEO", "Williston"),
        ("NAME", "Tank", 2),
    ],
    note="oil-field patient with nickname; Williston (North Dakota) is his home city; 6 North "
    "is a unit.",
)

# 28
p(
    "en",
    "discharge",
    "Wade Sheridan, 19, of Hardin got hung up on a bull named Widowmaker at the NILE on "
    "October 17. After spleen surgery and a week in room 512, Wade is going home. Widowmaker is "
    "fine, too.",
    [
        ("NAME", "Wade Sheridan"),
        ("GEO", "Hardin"),
        ("DATE", "October 17"),
        ("OTHER_ID", "room 512"),
        ("NAME", "Wade", 2),
    ],
    note="surname is also a town; injury date; room; the bull's name and the NILE event are "
    "not labelled.",
)

# 29
p(
    "en",
    "discharge",
    "Bow hunter Jesse Oakes \u2014 the guy who drove himself 60 miles to our ER with an arrow in "
    "his calf \u2014 goes home today. Jesse, please let your wife Brandy drive next time.",
    [("NAME", "Jesse Oakes"), ("NAME", "Jesse", 2), ("NAME", "Brandy")],
    note="patient and his wife (a name that is also a drink).",
)

# 30
p(
    "en",
    "discharge",
    "NICU graduation day for #TeamTeeTee! Tiana \u201cTeeTee\u201d Little Owl, born at 26 weeks "
    "on Halloween, is headed home to Pryor after 97 days with us.",
    [
        ("NAME", "#TeamTeeTee"),
        ("NAME", "Tiana \u201cTeeTee\u201d Little Owl"),
        ("DATE", "Halloween"),
        ("GEO", "Pryor"),
    ],
    note="name hashtag; birth on a holiday; home district; '97 days' is a length of stay.",
)

# 31
p(
    "en",
    "discharge",
    "After 5 weeks, Otto Wipf, 92, is leaving our rehab unit at 2800 Tenth Avenue North for his "
    "own bed at Cottonwood Bend Colony. His wife Anna says the colony is planning a welcome-home "
    "supper with 40 pies.",
    [
        ("NAME", "Otto Wipf"),
        ("AGE", "92"),
        ("GEO", "Cottonwood Bend Colony"),
        ("NAME", "Anna"),
    ],
    note="age over 89; home colony; wife; the street address is the hospital's own.",
)

# 32
p(
    "en",
    "discharge",
    "BUCK IS GOING HOME!!! After a round bale fell on him on 9/14, rancher Buck Harlowe of "
    "Columbus spent 16 days in our ICU. Thank you for all the prayers for the Harlowe family.",
    [
        ("NAME", "BUCK"),
        ("DATE", "9/14"),
        ("NAME", "Buck Harlowe"),
        ("GEO", "Columbus"),
        ("NAME", "Harlowe", 2),
    ],
    note="ALL-CAPS name; injury date; Columbus (a Montana town that is also a person's name) is "
    "home.",
)

# 33
n(
    "en",
    "discharge",
    "Picking up a loved one from our Billings campus? Use the Tenth Avenue North pickup loop and "
    "call (406) 555-0145 when you arrive. We'll bring them down to you.",
    "hospital street and patient relations number; no patient.",
)

# 34
n(
    "en",
    "discharge",
    "Our discharge team sent 47 patients home ahead of Tuesday's blizzard so no one got "
    "stranded, and our social workers lined up rides for every one of them.",
    "a count, no individual.",
)

# 35
p(
    "es",
    "discharge",
    "Don Margarito Chavira, pastor de ovejas de Huancayo, Perú, regresa hoy a su campamento "
    "cerca de Harlowton después de 9 días en la habitación 308. ¡Cuídese mucho, don Margarito!",
    [
        ("NAME", "Margarito Chavira"),
        ("GEO", "Huancayo"),
        ("GEO", "Harlowton"),
        ("OTHER_ID", "habitación 308"),
        ("NAME", "Margarito", 2),
    ],
    note="Peruvian sheepherder: foreign home city and the camp town are GEO; room with keyword.",
)

# 36
n(
    "es",
    "discharge",
    "Antes de irse a casa, pida a su enfermera la lista de medicamentos en español. Si tiene "
    "dudas después del alta, llame al 406-555-0145, de lunes a viernes.",
    "general advice; hospital number.",
)

# 37
p(
    "en",
    "thank_you",
    "A huge Ahóo to the Plenty Hawk family of Wyola, who brought 30 dozen frybread to our ER "
    "staff to say thanks for caring for their dad, Clifford, after his stroke in May.",
    [
        ("NAME", "Plenty Hawk"),
        ("GEO", "Wyola"),
        ("NAME", "Clifford"),
        ("DATE", "May"),
    ],
    note="family surname of ordinary words; home district; month of the stroke.",
)

# 38
p(
    "en",
    "thank_you",
    "Card taped up in room 4117: \u201cThank you nurses for taking care of my Grandpa Ray when "
    "he got hurt at the branding. Love, Kaylee, age 8.\u201d",
    [("OTHER_ID", "room 4117"), ("NAME", "Ray"), ("NAME", "Kaylee")],
    note="patient's room, patient and his granddaughter.",
)

# 39
p(
    "en",
    "thank_you",
    "Our own respiratory therapist Jolene Bird Above spent Christmas as a patient in our ICU with "
    "pneumonia. Jolene is back at work this week and wants to thank her coworkers on 3 South for "
    "the tamales and the prayers.",
    [("NAME", "Jolene Bird Above"), ("DATE", "Christmas"), ("NAME", "Jolene", 2)],
    note="a staff member who was herself a patient; the holiday is her admission.",
)

# 40
p(
    "en",
    "thank_you",
    "The Kleinsasser family thanks the Big Sky team who cared for Jakob after the grain bin "
    "accident. To send cards, call Jakob's sister Susanna at 406-555-0191 \u2014 or reach our "
    "patient relations line at (406) 555-0145.",
    [
        ("NAME", "Kleinsasser"),
        ("NAME", "Jakob", "*"),
        ("NAME", "Susanna"),
        ("PHONE", "406-555-0191"),
    ],
    note="family's number next to the hospital's; sister is a relative.",
)

# 41
p(
    "en",
    "thank_you",
    "Thank you, Ernestine Falls Down, for 25 years of volunteering in our gift shop! Ernestine "
    "was our patient, too, after her knee replacement on April 8 \u2014 and was back behind the "
    "counter in six weeks.",
    [("NAME", "Ernestine Falls Down"), ("NAME", "Ernestine", 2), ("DATE", "April 8")],
    note="volunteer who was a patient; surname of ordinary words; surgery date.",
)

# 42
p(
    "en",
    "thank_you",
    "To the man who stopped on I-94 near Custer on the night of Jan. 22 and wrapped our patient "
    "Mavis Frost in his own coat: Mavis's family wants to thank you. Please email her son Dale "
    "at dale.frost.ranch@gmail.com.",
    [
        ("GEO", "I-94"),
        ("GEO", "Custer"),
        ("DATE", "Jan. 22"),
        ("NAME", "Mavis Frost"),
        ("NAME", "Mavis", 2),
        ("NAME", "Dale"),
        ("EMAIL", "dale.frost.ranch@gmail.com"),
    ],
    note="crash road and town; injury date; weather-word surname; son and his email.",
)

# 43
p(
    "en",
    "thank_you",
    "Pictured: Doris Hugs The Ground with the Crow Agency clinic nurses who have dressed her "
    "wounds twice a week since September. Doris made each of them a beaded lanyard. Aho!",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Doris Hugs The Ground"),
        ("DATE", "September"),
        ("NAME", "Doris", 2),
    ],
    note="photo of the patient; month her care began; the clinic is ours.",
)

# 44
n(
    "en",
    "thank_you",
    "Thank you to the Yellowstone County Sheriff's Office and Crow Tribal Fish & Game for "
    "hauling our nurses through the drifts this week so every shift was covered.",
    "agencies and staff, no patient.",
)

# 45
n(
    "en",
    "thank_you",
    "Shout-out to Dean Wolfe, husband of our ICU nurse Paula Wolfe, who plowed the staff lot at "
    "4 a.m. three mornings in a row. You're a legend, Dean.",
    "a staff member's own family, not a patient.",
)

# 46
n(
    "en",
    "thank_you",
    "\u201cYou treated my father like he was your own.\u201d \u2014 from a card left at our "
    "hospice this fall. We share it with the family's permission and without their names.",
    "anonymous family, a season only.",
)

# 47
p(
    "es",
    "thank_you",
    "¡Gracias, familia Ornelas! Lupita Ornelas, de 7 años, trajo dibujos para todas las "
    "enfermeras de pediatría después de su cirugía de apéndice el 30 de abril. Su mamá, doña "
    "Guadalupe, dice que Lupita ya quiere ser doctora.",
    [
        ("NAME", "Ornelas", 1),
        ("NAME", "Lupita Ornelas"),
        ("DATE", "30 de abril"),
        ("NAME", "Guadalupe"),
        ("NAME", "Lupita", 2),
    ],
    note="child patient, surgery date, mother (doña is not part of the span); age 7 not labelled.",
)

# 48
n(
    "es",
    "thank_you",
    "Gracias a los voluntarios de la parroquia de St. Joseph en Hardin por traducir nuestras "
    "hojas de alta al español. ¡Su ayuda llega a cientos de familias!",
    "volunteers and a parish, no patient.",
)

# 49
p(
    "en",
    "memorial",
    "Our hearts are with the Stands Over Bull family. Eli Stands Over Bull of Crow Agency, who "
    "celebrated his 101st birthday in our Crow Agency clinic lobby, passed away peacefully on "
    "March 11. A veteran and a Sun Dance elder. Aho, Grandpa Eli.",
    [
        ("NAME", "Stands Over Bull", 1),
        ("NAME", "Eli Stands Over Bull"),
        ("GEO", "Crow Agency", 1),
        ("AGE", "101st"),
        ("DATE", "March 11"),
        ("NAME", "Eli", 2),
    ],
    note="home town labelled; the same town naming our clinic is not (declared); ordinal age "
    "over 89; date of death.",
    ok=("Crow Agency",),
)

# 50
p(
    "en",
    "memorial",
    "Rest easy, Loretta \u201cMa\u201d Kittleson. The Shepherd rancher, who taught half our L&D "
    "nurses to ride, died at home on the Wednesday before Thanksgiving at ninety-six. Services "
    "are Saturday in Shepherd.",
    [
        ("NAME", "Loretta \u201cMa\u201d Kittleson"),
        ("GEO", "Shepherd", "*"),
        ("DATE", "Wednesday before Thanksgiving"),
        ("AGE", "ninety-six"),
    ],
    note="town that is also an ordinary word; date of death pinned by a holiday; age in words.",
)

# 51
p(
    "en",
    "memorial",
    "With his family's permission, we honor Isaiah Spotted Wolf, 17, of Muddy Cluster, who we "
    "lost on 8/19 after a crash on the Tongue River Road. Isaiah played guard for the Morning "
    "Stars. His mother, Raylene, asks you to hug your kids tonight. #IsaiahsWay",
    [
        ("NAME", "Isaiah Spotted Wolf"),
        ("GEO", "Muddy Cluster"),
        ("DATE", "8/19"),
        ("GEO", "Tongue River Road"),
        ("NAME", "Isaiah", 2),
        ("NAME", "Raylene"),
        ("NAME", "#IsaiahsWay"),
    ],
    note="home community, date of death, crash road, mother, name hashtag; age 17 not labelled.",
)

# 52
p(
    "en",
    "memorial",
    "Our ER family lost one of its own. Paramedic Ty Crowley died in our ICU on November 2, "
    "surrounded by his crew, after a crash on an icy Highway 3. Ty ran more than 4,000 calls for "
    "us. Rest easy, brother.",
    [
        ("NAME", "Ty Crowley"),
        ("DATE", "November 2"),
        ("GEO", "Highway 3"),
        ("NAME", "Ty", 2),
    ],
    note="a staff member who died as our patient: name, date of death, crash road.",
)

# 53
p(
    "en",
    "memorial",
    "rip gma lucy she was 99 and still beading every day. thank u to the nurses at big sky for "
    "being so good to her those last days in rm 6 \u2014 posted by a family member; comms: do "
    "NOT reshare, ask family first",
    [("NAME", "lucy"), ("AGE", "99"), ("OTHER_ID", "rm 6")],
    note="lower-case name, age over 89, room.",
)

# 54
p(
    "en",
    "memorial",
    "The Haugen Family Chapel, given in memory of Ole Haugen, who died in our care on Christmas "
    "Eve, was dedicated Tuesday. His widow, Marit, says Ole would have loved the view of the "
    "Beartooths.",
    [
        ("NAME", "Haugen", 1),
        ("NAME", "Ole Haugen"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Marit"),
        ("NAME", "Ole", 2),
    ],
    note="a chapel named for a patient's family carries his surname; widow is a donor and a "
    "relative; holiday is the date of death.",
)

# 55
p(
    "en",
    "memorial",
    "We mourn Felipe \u201cGüero\u201d Castañeda, who lived and cooked on the Lazy JB Ranch for "
    "30 years and died here on Día de los Muertos, of all days. His family will carry him home "
    "to Tepatitlán.",
    [
        ("NAME", "Felipe \u201cGüero\u201d Castañeda"),
        ("GEO", "Lazy JB Ranch"),
        ("DATE", "Día de los Muertos"),
        ("GEO", "Tepatitlán"),
    ],
    note="ranch home is GEO; a holiday is his date of death; foreign home town.",
)

# 56
p(
    "en",
    "memorial",
    "In loving memory of R.T.B., our longest-serving dialysis patient \u2014 14 years in chair "
    "9 \u2014 who passed in October. His family asked that we use only his initials.",
    [("NAME", "R.T.B."), ("OTHER_ID", "chair 9"), ("DATE", "October")],
    note="initials are a name; his dialysis chair; month of death.",
)

# 57
n(
    "en",
    "memorial",
    "We are heartbroken to share that Dr. Winston Hale, our chief of surgery for 27 years, died "
    "last week at his home in Red Lodge at 91. The OR lounge will be renamed in his honor.",
    "a former staff member who was not our patient; his age and town are not labelled.",
)

# 58
n(
    "en",
    "memorial",
    "On May 5, the National Day of Awareness for Missing and Murdered Indigenous Women, our Crow "
    "Agency and Lame Deer clinics will pause at noon. Wear red. #MMIW #MMIP",
    "an awareness day and campaign hashtags.",
)

# 59
p(
    "es",
    "memorial",
    "Con tristeza despedimos a doña Cleofas Ibarra, de 94 años, abuela de doce nietos. Falleció "
    "el 1° de enero en la habitación 210, rodeada de su familia. Descanse en paz, doña Cleo.",
    [
        ("NAME", "Cleofas Ibarra"),
        ("AGE", "94"),
        ("DATE", "1° de enero"),
        ("OTHER_ID", "habitación 210"),
        ("NAME", "Cleo"),
    ],
    note="age over 89 without 'años'; date of death in Spanish form; room; short name.",
)

# 60
n(
    "es",
    "memorial",
    "El 2 de noviembre, Día de Muertos, la capilla del hospital tendrá un altar abierto para que "
    "las familias recuerden a sus seres queridos. Traiga una foto o una flor.",
    "a holiday event for everyone, not a patient's date.",
)

# 61
p(
    "en",
    "milestone_birthday",
    "Somebody on 4 West just hit the big 9-0! Happy birthday to Hazel Oberlander, who spent the "
    "day with a new hip and a slice of huckleberry pie. Hazel, you don't look a day over 89.",
    [("AGE", "9-0"), ("NAME", "Hazel Oberlander"), ("NAME", "Hazel", 2)],
    note="'the big 9-0' is an age over 89; the joke age 89 is not labelled; Hazel is also a "
    "colour word.",
)

# 62
p(
    "en",
    "milestone_birthday",
    "Our Lame Deer clinic threw a party for its first centenarian patient! Grandma Agnes Bear "
    "Claw turned one hundred on August 30 and says the secret is chokecherry pudding and never "
    "missing a powwow.",
    [
        ("AGE", "centenarian"),
        ("NAME", "Agnes Bear Claw"),
        ("AGE", "one hundred"),
        ("DATE", "August 30"),
    ],
    note="'centenarian' and 'one hundred' both state her age; birthday is a date element; the "
    "clinic is ours.",
)

# 63
p(
    "en",
    "milestone_birthday",
    "HAPPY 102ND BIRTHDAY, GRANDPA WENDELL! Wendell \u201cBub\u201d Takes The Gun has been coming "
    "to our Crow Agency clinic since the day it opened. Bub, thanks for all the stories.",
    [
        ("AGE", "102ND"),
        ("NAME", "WENDELL"),
        ("NAME", "Wendell \u201cBub\u201d Takes The Gun"),
        ("NAME", "Bub", 2),
    ],
    note="ALL-CAPS ordinal age and name; surname of ordinary words; nickname.",
)

# 64
p(
    "en",
    "milestone_birthday",
    "Ninety-five candles and one very surprised Rosemary Hofer! Our dialysis nurses threw "
    "Rosemary a party in chair 4 for her 95th. Her daughter Lydia brought kuchen from the "
    "colony.",
    [
        ("AGE", "Ninety-five"),
        ("NAME", "Rosemary Hofer"),
        ("NAME", "Rosemary", 2),
        ("OTHER_ID", "chair 4"),
        ("AGE", "95th"),
        ("NAME", "Lydia"),
    ],
    note="age in words (as a candle count) and as an ordinal; dialysis chair; daughter.",
)

# 65
p(
    "en",
    "milestone_birthday",
    "Happy birthday to the Gross twins, Ada and Ida, who turn 91 today \u2014 and to their "
    "'baby' brother Emil, a mere 89, who drove them to their pre-op visit.",
    [
        ("NAME", "Gross"),
        ("NAME", "Ada"),
        ("NAME", "Ida"),
        ("AGE", "91"),
        ("NAME", "Emil"),
    ],
    note="Hutterite surname that is an ordinary word; the twins are patients aged over 89; "
    "their brother is a relative whose age 89 is not labelled.",
)

# 66
p(
    "en",
    "milestone_birthday",
    "Wishing a happy ninety-seventh birthday to Josephine \u201cJosie\u201d Old Bull, born "
    "Thursday, June 5 in a tipi along the Little Bighorn. Josie is recovering from pneumonia in "
    "our ICU and asked for 'no fuss.' Sorry, Josie.",
    [
        ("AGE", "ninety-seventh"),
        ("NAME", "Josephine \u201cJosie\u201d Old Bull"),
        ("DATE", "June 5"),
        ("GEO", "Little Bighorn"),
        ("NAME", "Josie", "*"),
    ],
    note="ordinal age in words; birth date with the weekday left out; birthplace on the river.",
)

# 67
p(
    "en",
    "milestone_birthday",
    "Sign on the door of room 619: \u201cShh \u2014 104 today!\u201d Happy birthday, Mrs. "
    "Solveig Brekke. (Yes, she's Gale's great-aunt. Montana is one small town.)",
    [
        ("OTHER_ID", "room 619"),
        ("AGE", "104"),
        ("NAME", "Solveig Brekke"),
        ("NAME", "Gale"),
    ],
    note="room, age over 89, patient; Gale is her relative (and an earlier patient); Montana "
    "is a state.",
)

# 68
p(
    "en",
    "milestone_birthday",
    "Our cardiac rehab class has a new nonagenarian! Harold \u201cHal\u201d Jeffers marked his "
    "90th on the treadmill Monday, three months after his bypass on Valentine's Day.",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Harold \u201cHal\u201d Jeffers"),
        ("AGE", "90th"),
        ("DATE", "Valentine's Day"),
    ],
    note="'nonagenarian' and '90th' state his age; the holiday is his surgery date; Monday is a "
    "weekday.",
)

# 69
n(
    "en",
    "milestone_birthday",
    "Happy 92nd birthday to Margaret Ames, our oldest volunteer! Margaret has greeted visitors "
    "at the Billings main entrance every Tuesday since 1991.",
    "a volunteer, not a patient: her age is not labelled.",
)

# 70
n(
    "en",
    "milestone_birthday",
    "Turning 90 this year? Our Healthy Aging clinic offers free balance screenings for adults "
    "90 and over all through January. Call (406) 555-0100 to book.",
    "population ages and an event month; hospital number.",
)

# 71
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100, don Anselmo Zapata! Llegó a Montana como bracero hace "
    "muchos años y hoy lo festejamos en la habitación 402 con mariachi y pastel de tres leches. "
    "¡Cien años, don Anselmo!",
    [
        ("AGE", "100"),
        ("NAME", "Anselmo Zapata"),
        ("OTHER_ID", "habitación 402"),
        ("AGE", "Cien"),
        ("NAME", "Anselmo", 2),
    ],
    note="age over 89 in digits and in a word; room; don is not part of the name.",
)

# 72
p(
    "es",
    "milestone_birthday",
    "Doña Josefina Quiñones cumple noventa y un años este 15 de mayo y lo celebrará con sus "
    "bisnietos en Laurel, donde vive desde que llegó de Delicias, Chihuahua. ¡Felicidades de "
    "parte de su equipo de rehabilitación!",
    [
        ("NAME", "Josefina Quiñones"),
        ("AGE", "noventa y un"),
        ("DATE", "15 de mayo"),
        ("GEO", "Laurel"),
        ("GEO", "Delicias"),
    ],
    note="age in Spanish words; birthday; home town and foreign birth town (Chihuahua is a state).",
)

# 73
p(
    "en",
    "pasted_record",
    "BED BOARD 06:00 5W | Rm 501 SEES THE GROUND, DELPHINE 94F CHF | Rm 502 WALDNER, MIKE 61M "
    "COPD exac | Rm 504 blocked | do not post",
    [
        ("OTHER_ID", "Rm 501"),
        ("NAME", "SEES THE GROUND, DELPHINE"),
        ("AGE", "94F"),
        ("OTHER_ID", "Rm 502"),
        ("NAME", "WALDNER, MIKE"),
    ],
    note="bed board: rooms tied to patients, chart names; '94F' is an age over 89 in chart "
    "shorthand, '61M' is not labelled; the blocked room has no patient.",
)

# 74
p(
    "en",
    "pasted_record",
    "ED track 02/11 23:48 | Bay 4 | pt: two moons, jerome (DOB 07/30/2008) | CC frostbite bilat "
    "feet, found in car Hwy 39 near Busby | MRN 00873321",
    [
        ("DATE", "02/11"),
        ("OTHER_ID", "Bay 4"),
        ("NAME", "two moons, jerome"),
        ("DATE", "07/30/2008"),
        ("GEO", "Hwy 39"),
        ("GEO", "Busby"),
        ("MRN", "00873321"),
    ],
    note="arrival date, treatment bay, lower-case chart name, birth date, where he was found, MRN.",
)

# 75
p(
    "en",
    "pasted_record",
    "Fwd from Terri Goes Ahead <tgoesahead@bsrh.org>: \u201cCan we post this? Family OK'd it: "
    "pt Arlo Knows His Horse, DOB 4/2/1961, HRN 40219, Crow Agency clinic, thrown from his "
    "horse 6/1 at his place outside St. Xavier. Wife's cell 406-555-0173.\u201d",
    [
        ("NAME", "Arlo Knows His Horse"),
        ("DATE", "4/2/1961"),
        ("MRN", "40219"),
        ("DATE", "6/1"),
        ("GEO", "St. Xavier"),
        ("PHONE", "406-555-0173"),
    ],
    note="forwarded staff email (the sender and our domain are not labelled): patient name made "
    "of ordinary words, birth date, IHS record number, injury date, home, wife's cell.",
)

# 76
p(
    "en",
    "pasted_record",
    "Pt: Bodine, Kyle R | DOB 03/09/1990 | SSN xxx-xx-4417 | Ins: BCBSMT ID YRX882014553 | "
    "Employer: Redline Oilfield Services, Sidney MT | WC claim 24-88130",
    [
        ("NAME", "Bodine, Kyle R"),
        ("DATE", "03/09/1990"),
        ("SSN", "xxx-xx-4417"),
        ("HEALTH_PLAN", "YRX882014553"),
        ("GEO", "Sidney"),
        ("OTHER_ID", "24-88130"),
    ],
    note="registration line: masked SSN, health plan ID, employer town (employer name not "
    "labelled), workers' comp claim number.",
)

# 77
p(
    "en",
    "pasted_record",
    "IT ticket 55120: user cannot open chart for WIPF, OTTO (MRN 00611872, rm 3204). Portal "
    "login otto.wipf92 locked after 5 tries from IP 66.211.87.140.",
    [
        ("NAME", "WIPF, OTTO"),
        ("MRN", "00611872"),
        ("OTHER_ID", "rm 3204"),
        ("OTHER_ID", "otto.wipf92"),
        ("IP", "66.211.87.140"),
    ],
    note="pasted help-desk ticket: the ticket number is ours; patient name, MRN, room, portal "
    "user name and IP address are his.",
)

# 78
p(
    "en",
    "pasted_record",
    "TRANSFER via Life Flight N417BS: Sophie Wolf Tooth, ~16 y/o F, GSW L thigh, hunting "
    "accident at Rosebud Creek 11/9. Dad (Curtis) en route, cell (406) 555-0158. Tribal ID "
    "44-1187.",
    [
        ("NAME", "Sophie Wolf Tooth"),
        ("GEO", "Rosebud Creek"),
        ("DATE", "11/9"),
        ("NAME", "Curtis"),
        ("PHONE", "(406) 555-0158"),
        ("OTHER_ID", "44-1187"),
    ],
    note="our aircraft tail number is not labelled; injury place and date, father and his cell, "
    "tribal enrollment number; age 16 not labelled.",
)

# 79
p(
    "en",
    "pasted_record",
    "EMS run sheet: MVC, 2019 Ram 2500, MT plate 9-2147B, VIN 3C6UR5DL1KG512208, rollover on "
    "Old Hardin Rd. Driver LaVonne Rides Proud, 52, belted; pacemaker (SN PJN608121H) "
    "interrogated on arrival.",
    [
        ("VEHICLE", "9-2147B"),
        ("VEHICLE", "3C6UR5DL1KG512208"),
        ("GEO", "Old Hardin Rd"),
        ("NAME", "LaVonne Rides Proud"),
        ("DEVICE", "PJN608121H"),
    ],
    note="plate and VIN, crash road, patient, pacemaker serial; make, model year and age 52 "
    "are not labelled.",
)

# 80
p(
    "en",
    "pasted_record",
    "Please shred \u2014 ID copied at registration: Montana DL 0305194812345, FREDERICKSON, "
    "ARLETTE M, 1419 Clark Ave, Billings MT 59102, DOB 03/05/1948.",
    [
        ("LICENSE", "0305194812345"),
        ("NAME", "FREDERICKSON, ARLETTE M"),
        ("GEO", "1419 Clark Ave"),
        ("GEO", "Billings"),
        ("GEO", "59102"),
        ("DATE", "03/05/1948"),
    ],
    note="driver's licence, chart name, home street, city (also our city) and ZIP, birth date.",
)

# 81
p(
    "en",
    "pasted_record",
    "fyi census for huddle: sonny big lake (acct 7781-20-443) still in trauma 2, sister wants "
    "updates faxed to the ranch at 406-555-0129",
    [
        ("NAME", "sonny big lake"),
        ("ACCOUNT", "7781-20-443"),
        ("OTHER_ID", "trauma 2"),
        ("FAX", "406-555-0129"),
    ],
    note="lower-case name, billing account, trauma room, family ranch fax.",
)

# 82
n(
    "en",
    "pasted_record",
    "De-identified case for Grand Rounds: 30s M oil-field worker, H2S exposure at a Bakken site, "
    "treated with hyperbaric O2. All identifiers removed per policy. Questions: gr@bsrh.org",
    "de-identified case: an age band, no place below state level, hospital email.",
)

# 83
p(
    "es",
    "pasted_record",
    "Hoja de ingreso: SALDÍVAR LOERA, JESÚS; F. nac. 24/06/1979; Medicaid 8840213376; "
    "domicilio: 410 Main St., Joliet MT; contacto: esposa Maricela, tel. 406-555-0164.",
    [
        ("NAME", "SALDÍVAR LOERA, JESÚS"),
        ("DATE", "24/06/1979"),
        ("HEALTH_PLAN", "8840213376"),
        ("GEO", "410 Main St."),
        ("GEO", "Joliet"),
        ("NAME", "Maricela"),
        ("PHONE", "406-555-0164"),
    ],
    note="admission sheet: chart name, day-first birth date, Medicaid number, street and town, "
    "wife and her phone.",
)

# 84
p(
    "es",
    "pasted_record",
    "Nota de enfermería, cama 12: la Sra. Dolores Villegas refiere dolores en el pecho desde el "
    "3 de marzo; su hija Ximena (ximena.villegas.mt@gmail.com) pide que le avisen por correo.",
    [
        ("OTHER_ID", "cama 12"),
        ("NAME", "Dolores Villegas"),
        ("DATE", "3 de marzo"),
        ("NAME", "Ximena"),
        ("EMAIL", "ximena.villegas.mt@gmail.com"),
    ],
    note="bed, patient named Dolores next to 'dolores' (pains), onset date, daughter and email.",
)

# 85
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Meet Dr. Lorraine Not Afraid, our first Apsáalooke OB-GYN. She grew up in "
    "Lodge Grass and has delivered more than 900 babies at our Crow Agency clinic.",
    "a staff member; her home town is not labelled.",
)

# 86
n(
    "en",
    "staff_spotlight",
    "Spotlight: Tamsin Hofer, RN, left Sage Hill Colony at 19 to become a nurse. Today she runs "
    "our outreach visits to 14 Hutterite colonies and talks Hutterisch with her patients.",
    "a staff member and her own colony; patients only as a group.",
)

# 87
p(
    "en",
    "staff_spotlight",
    "Spotlight on flight paramedic Shay Lundgren, who joined our team after we flew her own "
    "dad, Roger, out of the Beartooths after his snowmobile crash on Presidents' Day. \u201cI "
    "wanted to be the one who came for him,\u201d she says.",
    [
        ("NAME", "Shay Lundgren"),
        ("NAME", "Roger"),
        ("GEO", "Beartooths"),
        ("DATE", "Presidents' Day"),
    ],
    note="Roger was a patient; his daughter is staff and his relative, so she is labelled; "
    "crash place and holiday date.",
)

# 88
p(
    "en",
    "staff_spotlight",
    "Nurse manager Della Walks Nice is back on 4 East after beating breast cancer \u2014 she "
    "finished her last chemo at our Billings cancer center on June 30. Welcome back, Della! "
    "#PinkInTheBigSky",
    [("NAME", "Della Walks Nice"), ("DATE", "June 30"), ("NAME", "Della", 2)],
    note="a staff member who was our patient; treatment date; the hashtag is a campaign.",
)

# 89
p(
    "en",
    "staff_spotlight",
    "Staff Spotlight: security officer Marcus Lonebear gave a kidney to his cousin Delia. Both "
    "had surgery here on 2/26 and both are back at work. Marcus says the cafeteria Jell-O was "
    "the hardest part.",
    [
        ("NAME", "Marcus Lonebear"),
        ("NAME", "Delia"),
        ("DATE", "2/26"),
        ("NAME", "Marcus", 2),
    ],
    note="donor and recipient were both patients; surgery date.",
)

# 90
p(
    "en",
    "staff_spotlight",
    "Spotlight: ER tech Cody Vance has worked 900 night shifts. His favorite memory? \u201cLittle "
    "Hope Kittleson, who named her cast Sparkles and made me sign it.\u201d",
    [("NAME", "Hope Kittleson")],
    note="the staff member (Cody, also a town) is not labelled; the child he remembers is a "
    "patient with a word name; the cast's name is not a person.",
)

# 91
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Ignacio Barrón, our new hand surgeon from Guadalajara, who trained in Salt Lake "
    "City and spends his days off fly-fishing the Bighorn River.",
    "a staff member's origin and hobby.",
)

# 92
n(
    "en",
    "staff_spotlight",
    "Spotlight: Chaplain Dale Rides Alone has sat with more than 2,000 families in our ICU. He's "
    "a Sun Dancer, a Vietnam veteran, and at 74 still rides in the Crow Fair parade.",
    "a staff member; his age is not labelled.",
)

# 93
n(
    "en",
    "staff_spotlight",
    "Our Lame Deer clinic team \u2014 11 nurses, 3 providers and a very busy front desk \u2014 "
    "was named Montana Rural Clinic of the Year. Congratulations to manager Gloria Two Bulls "
    "and everyone at 150 Dull Knife Drive!",
    "staff and the clinic's own address.",
)

# 94
n(
    "en",
    "staff_spotlight",
    "Spotlight: interpreter Rafael Sandoval speaks Spanish, Quechua and \u201ca little "
    "Crow.\u201d Need an interpreter? Ask at any desk or call (406) 555-0100, ext. 4.",
    "a staff member; hospital number.",
)

# 95
p(
    "es",
    "staff_spotlight",
    "Conozca a Verónica Ruelas, técnica de laboratorio, que vino a trabajar con nosotros después "
    "de que atendimos a su hijo Emiliano en la UCI neonatal hace cinco años. «Aquí salvaron a "
    "mi niño», dice.",
    [("NAME", "Verónica Ruelas"), ("NAME", "Emiliano")],
    note="her son was a patient, so she is labelled as his relative although she is staff.",
)

# 96
n(
    "es",
    "staff_spotlight",
    "Nuestro enfermero del mes es Óscar Benavides, de Fresnillo, Zacatecas, quien trabaja en el "
    "turno de noche de urgencias desde hace 12 años. ¡Gracias, Óscar!",
    "a staff member and his home town.",
)

# 97
n(
    "en",
    "health_tip",
    "Blizzard warning tonight. If you get stranded: stay with your vehicle, run the engine 10 "
    "minutes an hour, crack a window and keep the tailpipe clear of snow. #MTWinter",
    "general advice.",
)

# 98
n(
    "en",
    "health_tip",
    "Rodeo moms and dads: a helmet for every ride, every time. Youth rodeo concussions are up "
    "30% in ten years, and a vest costs less than one ambulance ride.",
    "general advice with a statistic.",
)

# 99
n(
    "en",
    "health_tip",
    "Hunting season tip: wear blaze orange, tell someone where you'll be and carry a "
    "tourniquet. Our trauma surgeons cared for 14 tree-stand falls last fall.",
    "general advice; a count.",
)

# 100
n(
    "en",
    "health_tip",
    "Working in the oil patch? H2S is heavier than air and kills your sense of smell. If a "
    "coworker goes down, do not rush in \u2014 mask up and call for help.",
    "general advice.",
)

# 101
n(
    "en",
    "health_tip",
    "Frostbite or frostnip? Warm (not hot) water, don't rub, don't walk on frozen feet. Our "
    "nurse line is (406) 555-0100; in an emergency call 911.",
    "general advice; hospital and national numbers.",
)

# 102
n(
    "en",
    "health_tip",
    "Elders over 90 face the highest risk of hypothermia indoors. Check on your grandparents "
    "when the power goes out. Our Crow Agency clinic (406-555-0123) has warming kits.",
    "a population age band; hospital number.",
)

# 103
n(
    "en",
    "health_tip",
    "Rocky Mountain spotted fever and Lyme disease both come from ticks. After every ride or "
    "hike, check your hairline, armpits and boots.",
    "conditions named after places; no patient.",
)

# 104
n(
    "en",
    "health_tip",
    "Hantavirus tip: before you sweep out the calving barn or the line shack, soak mouse "
    "droppings with a bleach solution and wear a mask.",
    "general advice.",
)

# 105
p(
    "en",
    "health_tip",
    "Tip from our burn unit: never use gasoline to start a slash pile. Ask Ron Delaney of "
    "Broadview, who spent Easter with us and says he's done with shortcuts.",
    [("NAME", "Ron Delaney"), ("GEO", "Broadview"), ("DATE", "Easter")],
    note="a tip that names a patient, his town and the holiday of his admission.",
)

# 106
p(
    "en",
    "health_tip",
    "CO poisoning is silent. Last week the Entz family \u2014 mom Miriam, dad Peter and five "
    "kids \u2014 were saved by a $20 detector in their farmhouse outside Geraldine. Get one. "
    "#BigSkyStrong",
    [
        ("NAME", "Entz"),
        ("NAME", "Miriam"),
        ("NAME", "Peter"),
        ("GEO", "Geraldine"),
    ],
    note="a family of patients; Geraldine is their town (and a first name); campaign hashtag.",
)

# 107
p(
    "es",
    "health_tip",
    "Consejo: no caliente la casa con la estufa de gas. El señor Timoteo Barraza, de Hardin, "
    "pasó el Día de Reyes en nuestra cámara hiperbárica por monóxido de carbono. ¡Compre un "
    "detector!",
    [("NAME", "Timoteo Barraza"), ("GEO", "Hardin"), ("DATE", "Día de Reyes")],
    note="patient, his town, and the feast day of his admission.",
)

# 108
n(
    "es",
    "health_tip",
    "Si trabaja al aire libre bajo cero, cúbrase la cara, las orejas y los dedos. Los primeros "
    "síntomas de congelación son entumecimiento y piel blanca o grisácea.",
    "general advice.",
)

# 109
n(
    "en",
    "event",
    "Join us Saturday, March 8 for the Big Sky Frostbite 5K at Riverfront Park! Proceeds support "
    "our burn unit. Register at bigskyregional.org/5k.",
    "date and venue of a hospital event; our domain.",
)

# 110
n(
    "en",
    "event",
    "Crow Fair is August 13\u201318! Find our first-aid tent and free blood-pressure checks near "
    "the arbor. Ahóo to all our volunteers.",
    "a public event's dates.",
)

# 111
n(
    "en",
    "event",
    "Car seat check at our Lame Deer clinic, 150 Dull Knife Drive, Friday, May 16, 10 a.m. to "
    "2 p.m. Questions? (406) 555-0134.",
    "hospital event, address and number.",
)

# 112
p(
    "en",
    "event",
    "This year's Frostbite 5K is dedicated to 11-year-old Koda Medicine Bull, who lost three "
    "toes after the January 12 blizzard and will fire the starting gun. Wear your #KodaStrong "
    "shirts!",
    [
        ("NAME", "Koda Medicine Bull"),
        ("DATE", "January 12"),
        ("NAME", "#KodaStrong"),
    ],
    note="patient honoured at an event; the blizzard date is his injury date; name hashtag.",
)

# 113
p(
    "en",
    "event",
    "Rodeo Night at the NILE benefits our pediatric floor. Bareback rider Jace Tolliver, who "
    "spent 6 weeks with us after a wreck two years ago, will carry the flag in the grand entry "
    "on October 18.",
    [("NAME", "Jace Tolliver")],
    note="former patient named; October 18 is the event's date, not his, so it is not labelled.",
)

# 114
p(
    "en",
    "event",
    "A memorial round dance for Isaiah Spotted Wolf, hosted by his family, is Saturday at the "
    "powwow grounds. Our Lame Deer clinic will staff a first-aid table.",
    [("NAME", "Isaiah Spotted Wolf")],
    note="deceased patient named; the venue and our clinic are not labelled.",
)

# 115
n(
    "en",
    "event",
    "Health fair at Plenty Coups High School in Pryor, April 26: free sports physicals for "
    "rodeo athletes and free flu shots for everyone.",
    "event date and venue; the school is named for a historical chief.",
)

# 116
n(
    "en",
    "event",
    "Colony outreach: our mobile mammography van visits Rimrock, Sage Hill and Pleasant Butte "
    "colonies the week of June 2.",
    "colonies as event stops, not as a patient's home.",
)

# 117
n(
    "en",
    "event",
    "Save the date: the 12th annual Elders' Honoring Dinner, Thursday, November 20, at the Crow "
    "Agency community hall. Every elder 90 and older gets a Pendleton blanket.",
    "event date and venue; a population age band.",
)

# 118
n(
    "en",
    "event",
    "Stop the Bleed class for oil-field crews at the Sidney Job Service, Wed. 2/12, 6 p.m. Free "
    "tourniquets for every crew truck.",
    "event date and venue.",
)

# 119
p(
    "es",
    "event",
    "Este 16 de septiembre celebraremos las fiestas patrias con la familia de don Rigoberto "
    "Anaya, quien pasó 40 días con nosotros después de su accidente en el tractor. ¡Viva "
    "México, don Rigo!",
    [("NAME", "Rigoberto Anaya"), ("NAME", "Rigo")],
    note="patient named; 16 de septiembre is the event's date (a national holiday), not his.",
)

# 120
n(
    "es",
    "event",
    "Feria de salud para trabajadores agrícolas: domingo 27 de abril, de 1 a 5 p.m., en la "
    "iglesia de St. Pius X en Billings. Vacunas y consultas gratis.",
    "event date and venue.",
)

# 121
n(
    "en",
    "statistic",
    "Last winter our ER treated 1,103 cold-related injuries, up 40% from the year before. Two "
    "out of three were ranch or oil-field workers. Dress in layers. #MTWinter",
    "aggregate statistics.",
)

# 122
n(
    "en",
    "statistic",
    "Life expectancy in Big Horn and Rosebud counties is nearly 20 years shorter for Native "
    "residents than the state average. Closing that gap is why our reservation clinics exist.",
    "counties describe a population, not a patient.",
)

# 123
p(
    "en",
    "statistic",
    "Our year in numbers: 41,000 ER visits, 1,842 births, 846 Life Flight missions. Our oldest "
    "patient was 104; our youngest weighed 1 lb 3 oz.",
    [("AGE", "104")],
    note="one patient's specific age over 89 makes an otherwise statistical post "
    "patient-specific; the birth weight is not an identifier.",
)

# 124
n(
    "en",
    "statistic",
    "Patients 90 and older made up 3.1% of our admissions last year \u2014 double the share of "
    "a decade ago.",
    "population age band.",
)

# 125
n(
    "en",
    "statistic",
    "Rodeo by the numbers: 212 injuries treated, 38 helmets donated, and zero skull fractures "
    "among riders who wore one.",
    "aggregate counts.",
)

# 126
n(
    "en",
    "statistic",
    "Hunting season recap: 27 tree-stand falls, 9 accidental gunshot wounds, 3 grizzly "
    "encounters. Every patient survived.",
    "aggregate counts.",
)

# 127
n(
    "en",
    "statistic",
    "Life Flight flew 846 missions last year \u2014 212 of them to the Crow and Northern "
    "Cheyenne reservations.",
    "reservations as destinations in aggregate.",
)

# 128
n(
    "en",
    "statistic",
    "Hutterite colonies in our service area: 34. Colony members vaccinated at on-site clinics "
    "this fall: 2,116.",
    "aggregate counts.",
)

# 129
n(
    "en",
    "statistic",
    "Average drive from Lame Deer to our Billings ER: 1 hour 50 minutes. In a blizzard, much "
    "longer. That's why we opened 150 Dull Knife Drive.",
    "travel times and the clinic's own address.",
)

# 130
n(
    "en",
    "statistic",
    "In March we saw 61 calving-season injuries (kicks, crushes, a few bad ropes), mostly "
    "ranchers over 50.",
    "a month tied to a count, not to a patient.",
)

# 131
n(
    "es",
    "statistic",
    "El año pasado atendimos a 312 trabajadores agrícolas hispanos; uno de cada cuatro llegó por "
    "lesiones con ganado.",
    "aggregate counts.",
)

# 132
n(
    "es",
    "statistic",
    "Las personas mayores de 90 años son el 3% de nuestros ingresos, pero el 20% de los casos de "
    "hipotermia.",
    "population age band.",
)

# 133
n(
    "en",
    "recruitment",
    "Now hiring RNs for our Crow Agency clinic. $15,000 sign-on bonus and housing available. "
    "Apply at bigskyregional.org/careers or call (406) 555-0167.",
    "job ad; hospital domain and number.",
)

# 134
n(
    "en",
    "recruitment",
    "Flight nurses wanted! Based in Billings, flying to five reservations and dozens of "
    "colonies. If you can handle crosswinds, we want you.",
    "job ad.",
)

# 135
n(
    "en",
    "recruitment",
    "We're hiring Crow- and Cheyenne-speaking patient navigators for our Crow Agency and Lame "
    "Deer clinics. Elders deserve care in their own language.",
    "job ad.",
)

# 136
n(
    "en",
    "recruitment",
    "Travel nurses: spend a winter in Montana. We'll teach you to drive on ice and to tell a "
    "ground blizzard from a regular one.",
    "job ad.",
)

# 137
n(
    "en",
    "recruitment",
    "Interpreters wanted: Spanish, Hutterisch and Quechua. Full and part time, Billings campus.",
    "job ad.",
)

# 138
n(
    "en",
    "recruitment",
    "Our Lame Deer clinic needs a dental hygienist. Four-day weeks, loan repayment, and the best "
    "frybread on the reservation.",
    "job ad.",
)

# 139
n(
    "en",
    "recruitment",
    "\u201cI came for a 13-week contract and never left.\u201d \u2014 Beth Ostrander, RN, ICU. "
    "Come see why at bigskyregional.org/careers.",
    "a staff testimonial.",
)

# 140
n(
    "en",
    "recruitment",
    "Hiring paramedics for our new Sidney station. Bakken experience a plus; CDL not required.",
    "job ad.",
)

# 141
p(
    "en",
    "recruitment",
    "Why I'm becoming a respiratory therapist: \u201cWhen I was 12, your team kept my brother "
    "Nate alive after he fell through the ice on Cooney Reservoir.\u201d \u2014 Ashlyn Pauly, "
    "RT student. Now hiring RTs!",
    [("NAME", "Nate"), ("GEO", "Cooney Reservoir"), ("NAME", "Ashlyn Pauly")],
    note="the brother is a patient; the reservoir is where he was hurt; the student is his sister.",
)

# 142
p(
    "en",
    "recruitment",
    "Our nursing home in Hardin is hiring CNAs. Ask resident Beverly Huntley, 96, what makes a "
    "great aide: \u201cSomebody who laughs at my jokes.\u201d",
    [("NAME", "Beverly Huntley"), ("AGE", "96")],
    note="a resident is a patient; age over 89; our own facility's town is not labelled.",
)

# 143
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos intérpretes médicos de español en Billings y Crow Agency. "
    "Más información: empleos@bsrh.org o (406) 555-0167.",
    "job ad; hospital email and number.",
)

# 144
n(
    "es",
    "recruitment",
    "Buscamos asistentes de enfermería bilingües para el turno de noche. No se requiere "
    "experiencia; nosotros le capacitamos.",
    "job ad.",
)

# 145
n(
    "en",
    "crisis_update",
    "BLIZZARD UPDATE 6 a.m.: our Crow Agency and Lame Deer clinics are CLOSED today. The Billings "
    "ER is open. Call (406) 555-0111 before you drive in.",
    "closures; hospital number.",
)

# 146
n(
    "en",
    "crisis_update",
    "I-90 pileup near Hardin: we have received 9 patients, 2 in critical condition. Families "
    "looking for loved ones, call (406) 555-0145. We will not release names on social media.",
    "incident location and counts, no individual.",
)

# 147
p(
    "en",
    "crisis_update",
    "UPDATE: the Pfeiffer family from Friday's I-90 pileup are all going to be OK. Stormy "
    "Pfeiffer, 62, was discharged this morning; her husband Lyle is in fair condition in room "
    "408. Thank you for the prayers.",
    [
        ("NAME", "Pfeiffer", 1),
        ("GEO", "I-90"),
        ("NAME", "Stormy Pfeiffer"),
        ("NAME", "Lyle"),
        ("OTHER_ID", "room 408"),
    ],
    note="family named; the interstate is the road of their crash; a weather-word first name; "
    "room; age 62 not labelled.",
)

# 148
n(
    "en",
    "crisis_update",
    "Power is out at our Crow Agency clinic. Generators are running: dialysis patients, your "
    "chairs are warm and your nurses are here.",
    "patients only as a group.",
)

# 149
p(
    "en",
    "crisis_update",
    "Wildfire update: the wildland firefighter we flew in Tuesday night, Jonah Stahl of "
    "Sweetgrass Bend Colony, is in serious but stable condition. The colony asks for prayers, "
    "not visitors. #PrayForJonah",
    [
        ("NAME", "Jonah Stahl"),
        ("GEO", "Sweetgrass Bend Colony"),
        ("NAME", "#PrayForJonah"),
    ],
    note="patient, home colony, name hashtag.",
)

# 150
n(
    "en",
    "crisis_update",
    "Flood warning on the Little Bighorn: if you live in Crow Agency and need dialysis "
    "tomorrow, we'll send a van. Call 406-555-0123.",
    "a community, not a patient; hospital number.",
)

# 151
p(
    "en",
    "crisis_update",
    "Well-site explosion near Culbertson: we are treating three workers. With their families' "
    "permission, crew chief Daryl Mott and roustabout Luis Cárdenas are in our burn unit; the "
    "third worker has asked for privacy.",
    [("GEO", "Culbertson"), ("NAME", "Daryl Mott"), ("NAME", "Luis Cárdenas")],
    note="named patients, and the town where they were hurt.",
)

# 152
p(
    "en",
    "crisis_update",
    "School bus slide-off on Highway 47 this morning: all 14 kids are fine. The driver, Ferris "
    "Lund, 66, is being checked in our ER for a bumped head and wants parents to know he's OK.",
    [("GEO", "Highway 47"), ("NAME", "Ferris Lund")],
    note="the driver is a patient; crash road; age 66 not labelled; the children are a group.",
)

# 153
n(
    "en",
    "crisis_update",
    "Road report: US-212 is closed from Lame Deer to Broadus. Our Lame Deer clinic is open for "
    "walk-ins until 8 p.m.",
    "road closure and our clinic.",
)

# 154
n(
    "en",
    "crisis_update",
    "A post naming a patient from last night's crash is circulating. We will never confirm who "
    "is in our care. Please respect every family's privacy.",
    "no name given.",
)

# 155
p(
    "es",
    "crisis_update",
    "Actualización: los tres trabajadores lesionados en la estampida de ganado cerca de Ryegate "
    "siguen con nosotros. Con permiso de sus familias: Néstor Galindo está estable y Heriberto "
    "Lugo ya salió de cirugía.",
    [("GEO", "Ryegate"), ("NAME", "Néstor Galindo"), ("NAME", "Heriberto Lugo")],
    note="named patients and the place they were hurt.",
)

# 156
n(
    "es",
    "crisis_update",
    "AVISO: por la tormenta de nieve, la clínica de Crow Agency está cerrada hoy. Urgencias en "
    "Billings sigue abierta. Si necesita ayuda, llame al (406) 555-0111.",
    "closure; hospital number.",
)

# 157
n(
    "en",
    "research",
    "Our research team is enrolling ranchers 50 and older in a study of noise-related hearing "
    "loss. Call (406) 555-0100, ext. 7, to learn more.",
    "recruitment for a study; a population age band.",
)

# 158
n(
    "en",
    "research",
    "New partnership with the Northern Cheyenne Tribe: a diabetes prevention study built on "
    "traditional foods, led by tribal elders and our endocrinology team.",
    "a tribe as a partner.",
)

# 159
n(
    "en",
    "research",
    "Published: our review of 412 rodeo head injuries found that helmets cut skull fractures by "
    "more than half.",
    "aggregate findings.",
)

# 160
p(
    "en",
    "research",
    "Our first participant in the frostbite iloprost trial, Colter Raines of Two Dot, still has "
    "all ten fingers. \u201cSign me up for anything that saves a roper's hands,\u201d he says.",
    [("NAME", "Colter Raines"), ("GEO", "Two Dot")],
    note="a named trial participant and his town (a name made of ordinary words).",
)

# 161
p(
    "en",
    "research",
    "Research spotlight: 91-year-old Imogene Whitford is the oldest person ever enrolled in our "
    "balance study. Imogene walks a mile a day on her Ballantine farm.",
    [
        ("AGE", "91-year-old"),
        ("NAME", "Imogene Whitford"),
        ("NAME", "Imogene", 2),
        ("GEO", "Ballantine"),
    ],
    note="age over 89 with suffix; participant; her town.",
)

# 162
n(
    "en",
    "research",
    "Genetic research and tribal sovereignty: we will never store DNA from Crow or Cheyenne "
    "participants without tribal approval.",
    "a policy statement.",
)

# 163
n(
    "en",
    "research",
    "Our hyperbaric team is studying carbon monoxide poisoning in ice-fishing shacks: 27 cases "
    "over five winters, all anonymous in the data.",
    "aggregate data.",
)

# 164
n(
    "en",
    "research",
    "Research grant: $2.1 million from the NIH to study tele-dialysis at our Lame Deer clinic.",
    "grant news.",
)

# 165
p(
    "en",
    "research",
    "Case report accepted! Dr. Barrón's team described a rare hand injury: a 92-year-old "
    "Pompeys Pillar rancher whose wedding ring was crushed in a calf chute. He wants you to know "
    "he kept the ring.",
    [("AGE", "92-year-old"), ("GEO", "Pompeys Pillar")],
    note="no name, but a specific age over 89 and the patient's town.",
)

# 166
n(
    "en",
    "research",
    "Alzheimer's research: we are looking for family caregivers of people with dementia to join "
    "a support study. Sessions by phone or at our Billings campus.",
    "eponymous condition; no patient.",
)

# 167
p(
    "es",
    "research",
    "Gracias a Eusebio Loera, primer participante hispano en nuestro estudio de audición en "
    "lecherías. «Lo hago por mis compañeros», dijo Eusebio.",
    [("NAME", "Eusebio Loera"), ("NAME", "Eusebio", 2)],
    note="a named participant.",
)

# 168
n(
    "es",
    "research",
    "Estudio nuevo: buscamos trabajadores de lecherías mayores de 18 años para un estudio sobre "
    "el ruido y la audición. Llame al (406) 555-0100.",
    "recruitment; hospital number.",
)

# 169
n(
    "en",
    "public_figure",
    "Thanks to four-time world champion bareback rider Cash Merritt for visiting our pediatric "
    "floor and signing 60 cowboy hats!",
    "a celebrity visiting, not a patient.",
)

# 170
n(
    "en",
    "public_figure",
    "Crow Tribal Chairman Vernon Lodge Pole cut the ribbon on our new dialysis unit at 1 Bighorn "
    "Loop today.",
    "an official at our event; our address.",
)

# 171
p(
    "en",
    "public_figure",
    "State Sen. Karen Ostby is recovering in our care after a snowmobile crash near Cooke City "
    "on Jan. 4. With her permission: she is \u201csore, grumpy and grateful.\u201d",
    [("NAME", "Karen Ostby"), ("GEO", "Cooke City"), ("DATE", "Jan. 4")],
    note="an official who is a patient: name, crash place and date.",
)

# 172
p(
    "en",
    "public_figure",
    "Country singer Shelby Laine canceled her MetraPark show after breaking her wrist backstage. "
    "Shelby was treated in our ER and promises to be back in Billings in June.",
    [("NAME", "Shelby Laine"), ("NAME", "Shelby", 2)],
    note="a celebrity treated here; June is her rescheduled show, Billings its venue.",
)

# 173
n(
    "en",
    "public_figure",
    "Former Griz quarterback and Billings native Brock Tessman will emcee our Heart Ball on "
    "Feb. 14.",
    "a public figure at an event.",
)

# 174
p(
    "en",
    "public_figure",
    "Rodeo Hall of Famer Alvin \u201cDoc\u201d Pryor, 94, was admitted to our cardiac unit over "
    "the weekend. His family asks for cards, not calls: PO Box 88, Pryor, MT.",
    [
        ("NAME", "Alvin \u201cDoc\u201d Pryor"),
        ("AGE", "94"),
        ("GEO", "PO Box 88"),
        ("GEO", "Pryor", 2),
    ],
    note="a celebrity patient whose surname is also his town; age over 89; PO box.",
)

# 175
p(
    "en",
    "public_figure",
    "Northern Cheyenne Tribal President Harvey Whitecrane thanks our Lame Deer clinic team "
    "after his emergency gallbladder surgery on 9/3. \u201cBack at work Monday,\u201d he says.",
    [("NAME", "Harvey Whitecrane"), ("DATE", "9/3")],
    note="an official who is a patient; surgery date.",
)

# 176
p(
    "en",
    "public_figure",
    "NFL lineman Trey Maddox visited his grandmother, Ruth Maddox, in our rehab unit Tuesday and "
    "stayed to sign footballs for the whole floor.",
    [("NAME", "Trey Maddox"), ("NAME", "Ruth Maddox")],
    note="the grandmother is a patient; the celebrity is her relative, so he is labelled.",
)

# 177
p(
    "en",
    "public_figure",
    "Beadwork artist Winona Big Hair, whose regalia hangs in the Smithsonian, is recovering from "
    "hip surgery in room 316. She asked us to share: \u201cStill beading.\u201d",
    [("NAME", "Winona Big Hair"), ("OTHER_ID", "room 316")],
    note="a public figure who is a patient; room.",
)

# 178
n(
    "en",
    "public_figure",
    "U.S. Senator Dan Arneson toured our Crow Agency clinic Friday and heard from elders about "
    "long waits for specialist referrals.",
    "an official visiting.",
)

# 179
p(
    "es",
    "public_figure",
    "El cantante Ramón «El Potro» Villarreal fue atendido en urgencias tras caerse del "
    "escenario en el MetraPark. Con su permiso, compartimos que ya descansa en su casa en "
    "Delicias.",
    [("NAME", "Ramón «El Potro» Villarreal"), ("GEO", "Delicias")],
    note="a celebrity patient and his home town; the venue is not labelled.",
)

# 180
n(
    "es",
    "public_figure",
    "El campeón de charrería Leonel Arriaga visitó a los niños de pediatría y les enseñó a "
    "lazar. ¡Gracias, Leonel!",
    "a celebrity visiting.",
)

# 181
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our Parkinson's support group meets the second "
    "Tuesday of every month at the Billings campus.",
    "eponymous condition; event.",
)

# 182
n(
    "en",
    "eponymous_condition",
    "Knee pain in your young roper? Osgood-Schlatter disease is common in growing rodeo "
    "athletes and usually settles with rest.",
    "eponymous condition.",
)

# 183
n(
    "en",
    "eponymous_condition",
    "Raynaud's phenomenon can make winter ranch work miserable. Layered gloves and hand warmers "
    "help; ask your provider about other options.",
    "eponymous condition.",
)

# 184
n(
    "en",
    "eponymous_condition",
    "Our developmental pediatrics clinic sees kids with Down syndrome, Tourette syndrome and "
    "Asperger's from across eastern Montana.",
    "eponymous conditions.",
)

# 185
n(
    "en",
    "eponymous_condition",
    "What is Tommy John surgery? Our sports medicine team repairs elbow ligament tears in "
    "ropers and pitchers alike.",
    "a procedure named after a public figure.",
)

# 186
p(
    "en",
    "eponymous_condition",
    "Addison Reed, 10, of Laurel was diagnosed with Addison's disease in November. Now she "
    "teaches her 4-H club how to use her emergency shot. Go, Addison!",
    [
        ("NAME", "Addison Reed"),
        ("GEO", "Laurel"),
        ("DATE", "November"),
        ("NAME", "Addison", 3),
    ],
    note="the patient shares a name with her condition: 'Addison's disease' is not labelled "
    "(declared); home town; diagnosis month.",
    ok=("Addison",),
)

# 187
p(
    "en",
    "eponymous_condition",
    "Kelli Graves of Roundup laughs about it now: a woman named Graves diagnosed with Graves' "
    "disease. After radioactive iodine on 7/15, she's back to team roping.",
    [
        ("NAME", "Kelli Graves"),
        ("GEO", "Roundup"),
        ("NAME", "Graves", 2),
        ("DATE", "7/15"),
    ],
    note="the surname is labelled, the condition 'Graves'' is not (declared); treatment date.",
    ok=("Graves",),
)

# 188
p(
    "en",
    "eponymous_condition",
    "Our neurology team is caring for rancher Hank Dorsey, diagnosed with Lou Gehrig's disease "
    "last summer. Hank asked us to share his fundraiser: gofundme.com/f/hank-dorsey-als",
    [
        ("NAME", "Hank Dorsey"),
        ("NAME", "Hank", 2),
        ("URL", "gofundme.com/f/hank-dorsey-als"),
    ],
    note="patient and his fundraiser URL; Lou Gehrig is a historical figure in a condition name.",
)

# 189
p(
    "en",
    "eponymous_condition",
    "After 41 days on a ventilator with Guillain-Barré syndrome, Wilbur Three Irons of Lodge "
    "Grass is breathing on his own. His daughter Tamara says he's already asking for coffee.",
    [("NAME", "Wilbur Three Irons"), ("GEO", "Lodge Grass"), ("NAME", "Tamara")],
    note="patient, home district, daughter.",
)

# 190
p(
    "en",
    "eponymous_condition",
    "Happy 90th, Arthur Lindgren! Arthur has lived with Parkinson's for 22 years and still feeds "
    "his cattle every morning.",
    [("AGE", "90th"), ("NAME", "Arthur Lindgren"), ("NAME", "Arthur", 2)],
    note="ordinal age over 89; the condition is not a name.",
)

# 191
p(
    "es",
    "eponymous_condition",
    "Doña Ofelia Barraza, de Shepherd, vive con la enfermedad de Alzheimer desde hace seis años. "
    "Su hija Nayeli la acompaña cada martes a nuestra clínica de memoria.",
    [("NAME", "Ofelia Barraza"), ("GEO", "Shepherd"), ("NAME", "Nayeli")],
    note="patient, her town, her daughter; Alzheimer is a condition.",
)

# 192
n(
    "es",
    "eponymous_condition",
    "¿Qué es el síndrome de Guillain-Barré? Es una enfermedad rara en la que el sistema inmune "
    "ataca los nervios. La mayoría de los pacientes se recupera.",
    "eponymous condition; no patient.",
)

# 193
n(
    "en",
    "sponsor",
    "Thank you, Yellowstone Valley Co-op, for sponsoring our car-seat program for the third "
    "year running!",
    "a sponsor.",
)

# 194
n(
    "en",
    "sponsor",
    "The Amundsen Family Foundation has given $250,000 toward the new Amundsen NICU wing. Thank "
    "you for investing in Montana's tiniest patients.",
    "a family that names a building, not a patient's relatives.",
)

# 195
n(
    "en",
    "sponsor",
    "Thanks to Bakken Energy Partners for 400 winter survival kits for oil-field crews.",
    "a sponsor.",
)

# 196
n(
    "en",
    "sponsor",
    "Tri-County Stockgrowers is sponsoring our helmet giveaway at every junior rodeo this "
    "summer. #RideSafeMT",
    "a sponsor; campaign hashtag.",
)

# 197
n(
    "en",
    "sponsor",
    "Apsáalooke Enterprises is funding a free dialysis shuttle between Lodge Grass, Pryor and "
    "our Crow Agency clinic. Ahóo!",
    "a sponsor and service route.",
)

# 198
n(
    "en",
    "sponsor",
    "Huckleberry Hollow Creamery will donate 10% of February sales to our Heart Center.",
    "a sponsor.",
)

# 199
p(
    "en",
    "sponsor",
    "The new family lounge in our burn unit was donated by Curt and Pam Stiles in honor of their "
    "son Brady, who spent 62 days here after a grain-dryer fire near Hysham. The Brady Stiles "
    "Family Lounge opens Monday.",
    [
        ("NAME", "Curt"),
        ("NAME", "Pam Stiles"),
        ("NAME", "Brady", 1),
        ("GEO", "Hysham"),
        ("NAME", "Brady Stiles"),
    ],
    note="donors introduced as a patient's parents; the lounge is named for the patient; the "
    "town near his injury.",
)

# 200
p(
    "en",
    "sponsor",
    "Cottonwood Bend Colony sponsored this year's Nurses Week breakfast \u2014 200 dozen eggs "
    "and 80 pies \u2014 to thank the rehab team who cared for Otto Wipf.",
    [("GEO", "Cottonwood Bend Colony"), ("NAME", "Otto Wipf")],
    note="the sponsor colony is the patient's home (GEO); patient named.",
)

# 201
p(
    "en",
    "sponsor",
    "Thank you to Linda Pease, whose late husband Gordon spent his last weeks in our hospice, "
    "for funding the new hospice garden.",
    [("NAME", "Linda Pease"), ("NAME", "Gordon")],
    note="the donor is a patient's widow.",
)

# 202
p(
    "en",
    "sponsor",
    "Every car seat at today's giveaway was paid for by 9-year-old Tripp Vogel, who raised "
    "$3,400 selling lemonade in Huntley after our NICU saved his baby sister, Wren.",
    [("NAME", "Tripp Vogel"), ("GEO", "Huntley"), ("NAME", "Wren")],
    note="the sponsor is a patient's brother; the family's town; the baby is the patient.",
)

# 203
p(
    "es",
    "sponsor",
    "Gracias a la familia Galindo, que donó 50 cobijas a urgencias en agradecimiento por el "
    "cuidado de su papá, don Néstor, después de la estampida.",
    [("NAME", "Galindo"), ("NAME", "Néstor")],
    note="donors are a patient's family.",
)

# 204
n(
    "es",
    "sponsor",
    "Gracias a la Carnicería La Michoacana de Billings por patrocinar nuestra feria de salud.",
    "a sponsor.",
)

# 205
n(
    "en",
    "hospital_contact",
    "Main switchboard (406) 555-0100 | ER 406-555-0111 | Crow Agency clinic 406.555.0123 | "
    "Lame Deer clinic (406) 555-0134 | Medical records fax (406) 555-0178",
    "hospital numbers only.",
)

# 206
n(
    "en",
    "hospital_contact",
    "Find us: 2800 Tenth Avenue North, Billings, MT 59101 \u00b7 1 Bighorn Loop, Crow Agency, "
    "MT 59022 \u00b7 150 Dull Knife Drive, Lame Deer, MT 59043 \u00b7 bigskyregional.org",
    "hospital addresses and domain.",
)

# 207
n(
    "en",
    "hospital_contact",
    "Questions for our media team? Email media@bsrh.org or DM @BigSkyRegional. Please don't "
    "share patient details in the comments.",
    "hospital email and handle.",
)

# 208
n(
    "en",
    "hospital_contact",
    "Our West End Urgent Care at 1190 Shiloh Crossing Pkwy is open 7 a.m. to 9 p.m. every day. "
    "Call +1 406 555 0156 to check wait times.",
    "hospital address and number.",
)

# 209
n(
    "en",
    "hospital_contact",
    "Calling about a loved one in the ICU? For privacy we'll ask for the family code the patient "
    "chose. Patient & Family Relations: (406) 555-0145.",
    "hospital number.",
)

# 210
p(
    "en",
    "hospital_contact",
    "Reply draft: Hi Charlene \u2014 we're so sorry about your dad. Please call Patient "
    "Relations at (406) 555-0145, not the ER line. I've passed your number (406-555-0112) to "
    "Leon Takes Enemy's nurse on 5 West.",
    [
        ("NAME", "Charlene"),
        ("PHONE", "406-555-0112"),
        ("NAME", "Leon Takes Enemy"),
    ],
    note="the daughter's number sits next to the hospital's; patient named.",
)

# 211
p(
    "en",
    "hospital_contact",
    "To the family of Merle Sandvik: your dad's hearing aids were found in the ICU family room. "
    "Call security at (406) 555-0100, ext. 2, to claim them.",
    [("NAME", "Merle Sandvik")],
    note="patient named; the number is ours.",
)

# 212
p(
    "en",
    "hospital_contact",
    "Lost and found: a beaded medicine pouch belonging to Bernadine Goes Together, room 221, "
    "was turned in at the Crow Agency clinic front desk. Call 406-555-0123.",
    [("NAME", "Bernadine Goes Together"), ("OTHER_ID", "room 221")],
    note="patient and room; clinic and number are ours.",
)

# 213
p(
    "en",
    "hospital_contact",
    "Voicemail transcript (do not post): \u201cHi, this is Norma Pretty On Top, my husband "
    "Vincent is in your ICU, please call me back at 406 555 0195 or email normapot@yahoo.com, "
    "thanks.\u201d",
    [
        ("NAME", "Norma Pretty On Top"),
        ("NAME", "Vincent"),
        ("PHONE", "406 555 0195"),
        ("EMAIL", "normapot@yahoo.com"),
    ],
    note="the patient's wife, her number and email.",
)

# 214
p(
    "en",
    "hospital_contact",
    "Records request from the family of Agnes Bear Claw: fax the release to (406) 555-0178, or "
    "have her grandson Dion mail it to 27 Sweet Medicine Lane, Lame Deer.",
    [
        ("NAME", "Agnes Bear Claw"),
        ("NAME", "Dion"),
        ("GEO", "27 Sweet Medicine Lane"),
        ("GEO", "Lame Deer"),
    ],
    note="our fax is not labelled; the family's street and town are.",
)

# 215
p(
    "es",
    "hospital_contact",
    "Borrador de respuesta: Sra. Ornelas, sentimos mucho lo de Lupita. Por favor llame a "
    "Relaciones con Pacientes al (406) 555-0145; ya le dimos su número, 406-555-0176, a la "
    "enfermera de la habitación 305.",
    [
        ("NAME", "Ornelas"),
        ("NAME", "Lupita"),
        ("PHONE", "406-555-0176"),
        ("OTHER_ID", "habitación 305"),
    ],
    note="the mother's number next to the hospital's; patient; room.",
)

# 216
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Llame al (406) 555-0100 y diga «español». Servicio gratis las 24 "
    "horas en Billings, Crow Agency y Lame Deer.",
    "hospital number and sites.",
)

# 217
n(
    "en",
    "campaign_hashtag",
    "#BigSkyStrong means neighbors checking on neighbors. Tell us how you're helping during the "
    "cold snap.",
    "campaign hashtag.",
)

# 218
n(
    "en",
    "campaign_hashtag",
    "This Giving Tuesday, #WarmTheRez: donate coats and propane vouchers for elders on the Crow "
    "and Northern Cheyenne reservations.",
    "campaign hashtag.",
)

# 219
n(
    "en",
    "campaign_hashtag",
    "#RideSafeMT: our helmet campaign reached 1,200 young riders this year. Thank you, "
    "Tri-County Stockgrowers!",
    "campaign hashtag and sponsor.",
)

# 220
n(
    "en",
    "campaign_hashtag",
    "#NoMoreStolenSisters #MMIW: our Crow Agency clinic is a safe place. If you need help, call "
    "406-555-0123 any time.",
    "campaign hashtags; hospital number.",
)

# 221
p(
    "en",
    "campaign_hashtag",
    "Thank you for 1,400 shares of #RideForRylee! Rylee Hanson, 14, is out of our ICU after her "
    "bronc went over on her in Miles City on May 17.",
    [
        ("NAME", "#RideForRylee"),
        ("NAME", "Rylee Hanson"),
        ("GEO", "Miles City"),
        ("DATE", "May 17"),
    ],
    note="name hashtag, patient, injury town and date.",
)

# 222
p(
    "en",
    "campaign_hashtag",
    "#BigSkyStrong meets #StrongLikeSage: Sage Yellow Robe, 3, rang our chemo bell Friday!",
    [("NAME", "#StrongLikeSage"), ("NAME", "Sage Yellow Robe")],
    note="a campaign hashtag beside a name hashtag; Sage is also a plant.",
)

# 223
p(
    "en",
    "campaign_hashtag",
    "Our #WarmTheRez coat drive started with 8-year-old Kimi Spotted Elk, who got frostbite "
    "waiting for the school bus in Birney on December 9.",
    [("NAME", "Kimi Spotted Elk"), ("GEO", "Birney"), ("DATE", "December 9")],
    note="campaign hashtag not labelled; patient, place and date of injury.",
)

# 224
p(
    "en",
    "campaign_hashtag",
    "so proud of our lil fighter!! #teamjojo #bigskystrong \u2014 Jojo Medicine Bull went home "
    "today after 30 days in the PICU",
    [("NAME", "#teamjojo"), ("NAME", "Jojo Medicine Bull")],
    note="lower-case name hashtag next to a lower-case campaign hashtag.",
)

# 225
p(
    "en",
    "campaign_hashtag",
    "The #SamsMiracle shirts are here! Proceeds help Sam Waldner's family while he recovers from "
    "his combine accident. Order through his wife Elsie at elsie.waldner@gmail.com.",
    [
        ("NAME", "#SamsMiracle"),
        ("NAME", "Sam Waldner"),
        ("NAME", "Elsie"),
        ("EMAIL", "elsie.waldner@gmail.com"),
    ],
    note="name hashtag, patient, wife and her email.",
)

# 226
n(
    "en",
    "campaign_hashtag",
    "#NationalNursesWeek: thank you to all 1,900 nurses of Big Sky Regional Health. #BigSkyNurses",
    "campaign hashtags.",
)

# 227
p(
    "es",
    "campaign_hashtag",
    "#FuerzaRigo Don Rigoberto Anaya ya camina con andadera. Su esposa, doña Elvira, nos pidió "
    "compartir este video de sus primeros pasos.",
    [
        ("NAME", "#FuerzaRigo"),
        ("NAME", "Rigoberto Anaya"),
        ("NAME", "Elvira"),
        ("PHOTO", "video"),
    ],
    note="name hashtag, patient, wife, and a video of the patient.",
)

# 228
n(
    "es",
    "campaign_hashtag",
    "#JuntosEnElFrío: repartimos 500 cobijas a familias trabajadoras del campo este invierno. "
    "¡Gracias a todos los donantes!",
    "campaign hashtag.",
)

# 229
n(
    "en",
    "anonymous_story",
    "A rancher in his 70s lay in a snowbank for six hours last week after his horse threw him. "
    "His dog Blue stayed on top of him the whole time. He's going to be fine, and so is Blue.",
    "anonymous patient; the dog's name is not labelled.",
)

# 230
n(
    "en",
    "anonymous_story",
    "One of our NICU grads just started kindergarten! Her mom sent us a picture of her first "
    "day, which we're keeping to ourselves. Privacy matters.",
    "anonymous; no photo is attached.",
)

# 231
n(
    "en",
    "anonymous_story",
    "A Hutterite grandmother knitted 30 caps for our NICU while she was here for her own "
    "surgery. She asked us not to use her name or her colony's.",
    "anonymous patient; community membership only.",
)

# 232
n(
    "en",
    "anonymous_story",
    "An oil-field trucker from North Dakota drove himself to our ER with chest pain. Twenty "
    "minutes later he was in the cath lab. Don't ignore the signs.",
    "anonymous; a state only.",
)

# 233
n(
    "en",
    "anonymous_story",
    "A young Northern Cheyenne father sang an honor song for our night nurses before he went "
    "home. We're still thinking about it.",
    "anonymous; tribal membership only.",
)

# 234
n(
    "en",
    "anonymous_story",
    "Last night a baby was born in a pickup at a gas station east of town. Dad delivered, the "
    "clerk called 911, and our Life Flight crew did the rest.",
    "anonymous birth; no place or date element.",
)

# 235
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our chaplain she had lived through the blizzards of '49 and '78 "
    "and wasn't about to let this one beat her. She didn't.",
    "the 90-or-older band is not an age identifier; years only.",
)

# 236
n(
    "en",
    "anonymous_story",
    "Someone's grandpa left his cowboy hat in the ER waiting room on Tuesday. Black felt, size "
    "7 3/8. Claim it at the security desk.",
    "no identifier; a weekday.",
)

# 237
n(
    "en",
    "anonymous_story",
    "A Crow elder told us that when she was a girl, the nearest doctor was a day's ride away. "
    "Today she gets dialysis ten minutes from home.",
    "anonymous elder.",
)

# 238
p(
    "en",
    "anonymous_story",
    "She asked us not to use her name, but she wants you to know: at 97, she just finished her "
    "last round of radiation and is going home to her cats.",
    [("AGE", "97")],
    note="an anonymous story that still states a patient's specific age over 89.",
)

# 239
n(
    "es",
    "anonymous_story",
    "Un vaquero de cuarenta y tantos años llegó con el brazo roto y no se quiso quitar el "
    "sombrero. Las enfermeras lo convencieron con café. Ya está en casa.",
    "anonymous patient; age under 90.",
)

# 240
n(
    "es",
    "anonymous_story",
    "Una abuelita de más de 90 años nos enseñó a hacer tamales en la sala de espera durante la "
    "tormenta.",
    "anonymous; the 90-or-older band is not labelled.",
)

if __name__ == "__main__":
    S.main("phi_dev42_source")
