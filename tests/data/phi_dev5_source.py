"""PHI dev set 5: 320 hand-written social-media posts (X and Facebook) for a rural
regional hospital, labelled for the PHI detector and written blind (without looking at
the detector, the benchmarks or the other sets).

Hospital: Willow Bend Regional Hospital (WBRH), Willow Bend, Iowa -- a rural regional
hospital with a long-term-care wing (Meadowlark Manor), a hospice programme (Cottonwood
Hospice), a small Birthing Center and an outlying Corwin Clinic; its own phones,
addresses, domain and handles are in phi_dev5_org.json and are never labelled.
Focus: centenarians, veterans (Honor Flight, Korean War / Vietnam), memorials and
obituaries the hospital shares, long-serving employees who became patients, farm
accidents, people everyone knows by a nickname, multi-section newsletter posts, and
drafts into which staff pasted internal details. About 80% English, 20% Spanish; about
half patient-specific. Written by hand, one post at a time, by an assistant for this
project.

Labelling conventions (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)):
* A post is patient_specific iff it carries at least one identifier of a patient or of a
  patient's relative, household member or employer. Anonymous stories are not.
* Staff, doctors, nurses, volunteers, donors, board members, public and historical
  figures, pets and therapy animals, the hospital's own contacts and campaign hashtags are
  never labelled. An employee/volunteer/local figure who IS the patient is labelled.
* Spans cover the identifier value only, not its label word or honorific: "MRN
  WB-0048812" -> "WB-0048812"; "rm 214B" / "bed 3" -> "214B" / "3"; "cell 712-555-2291"
  -> the number; "DOB 04/12/1931" -> the date; "Mrs.", "Grandpa", "Doña", "mom",
  "abuelita" stay outside NAME.
* NAME: first/last/full names, initials, nicknames ("Big Jim", "Rooster", "Doc") when
  used as a patient's/relative's name; a quoted nickname inside a full name is inside the
  span; suffixes (Jr., III) are inside. Family names in "the Okafor family" are NAME.
  A hashtag carrying the name ("#TeamWade") is labelled whole as NAME. Every occurrence
  is labelled; where the same word also occurs as an ordinary word or as a staff
  member's name it is listed in unlabelled_ok. Eponymous conditions are not names.
* DATE: any date or time tied to the patient (birth, admission, surgery, accident,
  discharge, death, visit, and also personal dates such as a birthday, wedding or the
  patient's Honor Flight day): "March 9, 1925", "04/12/1931", "7/14", "12 Apr", "the
  14th" -> "14th", weekdays ("Saturday", "Tuesday night" -- an attached part of day is
  inside the span), months, holidays ("Christmas Eve"), clock times ("3:12 am"), and
  "yesterday" / "last night" / "ayer" / "anoche" when tied to the patient's event.
  Not labelled: publication-relative words (today, this morning, tonight, tomorrow, this
  week, last week, hoy, esta mañana, "nine months ago"), seasons, durations ("19 days"),
  hospital event dates, and a year alone unless it reveals an age over 89 ("born in
  1924" -> "1924").
* AGE: every age of a patient or relative, in any form, with its unit but without lead
  words: "104-year-old", "94", "ninety-eight", "98 yo", "98yo", "92 y/o", "8 años",
  "age 4" -> "4", "turns 100" -> "100", birthday ordinals ("100th"), decades ("in her
  nineties" -> "nineties"). Rule for age words: "nonagenarian" / "centenarian" used of a
  specific patient are labelled AGE (each reveals an age over 89 more narrowly than
  Safe Harbor's "90 or older"); "supercentenarian" trivia about the general public is
  not. Gestational ages ("born at 31 weeks"), durations ("67 years married", "30 años
  ordeñando") and population ages ("adults over 65") are not ages.
* PHONE, EMAIL, MRN (any medical-record / chart / patient-id number, including
  "expediente"), HEALTH_PLAN (member / Medicare ids), ACCOUNT, SSN, URL (a patient's
  GoFundMe or personal page), GEO (street address line with its town as one span; a
  town/city smaller than a state tied to the patient -- home town, farm location, place
  of work; ZIP codes as their own span; states and countries not labelled), OTHER_ID
  (room/bed numbers, the patient's school or employer, the patient's social handle).
* PHOTO is not used: the posts are text only and "pictured" references are covered by
  the name spans.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev5.jsonl"), os.path.join(HERE, "phi_dev5_org.json"), "d5")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why


# ---------------------------------------------------------------------------
# posts
# ---------------------------------------------------------------------------

p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Mrs. Evangeline "Vangie" Thorsrud! 🎂🎉 Vangie has lived at Meadowlark Manor since 2019 and still beats everyone at cribbage. She was born March 9, 1925 on a farm outside Ostrander and says her secret is "black coffee and minding your own business." #MeadowlarkMoments',
    [
        ("NAME", 'Evangeline "Vangie" Thorsrud'),
        ("NAME", "Vangie", "*"),
        ("AGE", "100th"),
        ("DATE", "March 9, 1925"),
        ("GEO", "Ostrander"),
    ],
)

n(
    "en",
    "staff_spotlight",
    "Meet Theresa Lindahl, RN, our Birthing Center nurse manager! 👶 Tess has helped bring more than 1,100 babies into the world in her 22 years here. When she's not at work she's coaching 8U softball in Corwin. Thank you, Tess! #NursesWeek #WBRHProud",
    "staff spotlight: nurse manager by name, title, years of service and home town; no patient",
)

p(
    "en",
    "discharge",
    "After 19 days with us, Big Jim Hadley is HOME! 🚜 Jim got caught in a PTO shaft on Oct. 3rd and the whole county has been praying. His wife Darlene says he's already asking when he can get back in the combine. Go easy, Jim!! #FarmSafety",
    [("NAME", "Big Jim Hadley"), ("NAME", "Jim", "*"), ("DATE", "Oct. 3rd"), ("NAME", "Darlene")],
)

n(
    "en",
    "health_tip",
    "🌾 Harvest season means long days and tired bodies. Adults over 65 are at higher risk for heat illness and for falls from equipment. Take breaks, drink water, and NEVER step over a running PTO shaft. #FarmSafety #HarvestSafety",
    "general farm-safety tip; 'adults over 65' is a population, not a patient",
)

p(
    "en",
    "pasted_record",
    "Draft for FB — Honor Flight send-off 🇺🇸 Please help us cheer on one of our Meadowlark Manor residents as he flies to Washington this Saturday to see the Korean War Veterans Memorial! [internal: Eugene Varga, DOB 04/12/1931, rm 214B, MRN WB-0048812, daughter Carol cell 712-555-2291, carol.m@outlook.com — confirm consent before posting]",
    [
        ("DATE", "Saturday"),
        ("NAME", "Eugene Varga"),
        ("DATE", "04/12/1931"),
        ("OTHER_ID", "214B"),
        ("MRN", "WB-0048812"),
        ("NAME", "Carol"),
        ("PHONE", "712-555-2291"),
        ("EMAIL", "carol.m@outlook.com"),
    ],
)

n(
    "en",
    "memorial",
    "It is with heavy hearts that we share the passing of Loretta Haugland, who served as a nurse at Willow Bend for 38 years before retiring in 2011. Loretta trained half the nurses in this building and never once raised her voice (that we know of). Visitation is Thursday, 4–7 pm, at Feldman Funeral Home. Rest easy, Loretta. 💙",
    "memorial for a retired staff nurse; she is not described as our patient",
)

p(
    "en",
    "birth_announcement",
    "Welcome to the world, Summer Rose Anaya! ☀️🌹 Born 7/14 at 3:12 am, 7 lb 9 oz, and the very first baby delivered in our newly remodeled Birthing Center. Congratulations to mom Kayla and dad Rubén! (shared with the family's permission)",
    [
        ("NAME", "Summer Rose Anaya"),
        ("DATE", "7/14"),
        ("DATE", "3:12 am"),
        ("NAME", "Kayla"),
        ("NAME", "Rubén"),
    ],
)

n(
    "en",
    "statistic",
    "2024 by the numbers at WBRH:\n🍼 212 babies born in our Birthing Center\n🚑 6,480 ER visits\n🏡 41 residents called Meadowlark Manor home\n🕊️ 118 families served by Cottonwood Hospice\nThank you for trusting us, Willow Bend County. 💚",
    "annual statistics, no individual",
)

p(
    "en",
    "memorial",
    "Our Cottonwood Hospice team was honored to care for Harold 'Hap' Lindqvist in his final days. Hap passed peacefully the evening of Jan. 28 with Ingrid, his wife of 67 years, holding his hand. He was 94. The Lindqvist family asked us to share this: \"Thank you for letting Dad die at home, in his own bed, looking out at his fields.\" 🕊️",
    [
        ("NAME", "Harold 'Hap' Lindqvist"),
        ("NAME", "Hap", "*"),
        ("DATE", "Jan. 28"),
        ("NAME", "Ingrid"),
        ("AGE", "94"),
        ("NAME", "Lindqvist", "*"),
    ],
)

n(
    "en",
    "public_figure",
    "What an afternoon! 🌪️🏈 A few Iowa State Cyclones football players stopped by Meadowlark Manor to call bingo with our residents. Some of our residents may now be bigger Clones fans than Hawkeye fans... maybe. #CyclONEnation #MeadowlarkMoments",
    "visiting college athletes as a team; residents not identified",
)

p(
    "en",
    "patient_story",
    "We don't usually do this but we HAVE to. 💪 Nine months ago Duke Amundsen couldn't lift his arm after his stroke. Yesterday he walked out of our outpatient rehab gym carrying his own bag and a pan of scotcheroos for the therapists. Duke, you're a legend. #RehabWorks",
    [("NAME", "Duke Amundsen"), ("NAME", "Duke", "*"), ("DATE", "Yesterday")],
)

n(
    "en",
    "event",
    "🩸 Blood drive! Tuesday, March 11, 10 am–4 pm in the WBRH Community Room. Walk-ins welcome or sign up at willowbendregional.org/give. Every donor gets a cookie and our eternal gratitude. Questions: (712) 555-0140.",
    "hospital event with date and time, hospital URL and main line",
)

p(
    "en",
    "thank_you",
    "A heartfelt thank you to the Okafor family, who dropped off three dozen homemade meat pies for our ICU nurses after their dad's stay. Chidi, Ngozi and Emeka — you made our whole night shift! 🥧❤️",
    [("NAME", "Okafor"), ("NAME", "Chidi"), ("NAME", "Ngozi"), ("NAME", "Emeka")],
    "relatives of a patient named (family name and children's first names); patient himself unnamed",
)

n(
    "en",
    "recruitment",
    "NOW HIRING 📣 Night shift CNA, Meadowlark Manor (our long-term care wing). $2,500 sign-on bonus, shift differential, and the best residents in Iowa. Apply at willowbendregional.org/careers or call HR at (712) 555-0140 ext. 4. #RuralHealthJobs",
    "job posting with hospital contacts",
)

p(
    "en",
    "patient_story",
    "shoutout to kenny in bed 3 who told our ER crew we make 'the best red jello in the county' 😂 feel better bud, and maybe let someone else rope the calves for a while 🐄 #smalltownER",
    [("NAME", "kenny"), ("OTHER_ID", "3")],
)

n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our Parkinson's support group meets the 2nd Monday of every month at 1 pm in the Prairie Room, led by Marcus Delgado, NP. Caregivers welcome. ☕ #ParkinsonsAwareness",
    "eponymous condition; recurring hospital event; staff NP",
)

p(
    "en",
    "staff_spotlight",
    "You may know Marlys Engebretson from the 41 years she spent in our lab drawing your blood (gently!). This fall Marlys was on the other side of the needle as a patient on our med-surg floor, and she tells us the coffee has not improved since 1983. ☕ Welcome back to work, Marlys — we missed you!",
    [("NAME", "Marlys Engebretson"), ("NAME", "Marlys", "*")],
    "long-serving employee who was our patient: NAME",
)

n(
    "en",
    "anonymous_story",
    "A mom stopped one of our nurses in the parking lot just to say her son — born in our Birthing Center eighteen years ago — graduated high school this spring. She still remembered his nurse's name. 💛 This is why we do what we do.",
    "anonymous mother and son, no identifier",
)

p(
    "en",
    "patient_story",
    "Faith has been coming to our infusion clinic for two years, and today she rang the bell! 🔔 Faith Odegaard, 23, says she'll be back — but only to bring donuts. 🍩 Keep the faith, everyone.",
    [("NAME", "Faith Odegaard"), ("NAME", "Faith", "*"), ("AGE", "23")],
    "name that is also a word (the lower-case 'faith' is the word)",
)

n(
    "en",
    "campaign_hashtag",
    "Wear red on Friday, Feb. 7! ❤️ Snap a pic of your crew in red and tag us @WillowBendRH with #GoRedForWomen. Heart disease is still the #1 killer of women in Iowa.",
    "campaign hashtag, hospital handle, campaign date",
)

p(
    "en",
    "milestone_birthday",
    "Our 104-year-old patient on 3 West wanted ONE thing for her birthday: a strawberry malt from the Dairy Sweet. Mission accomplished. 🍓🥤",
    [("AGE", "104-year-old")],
    "age only (over 89)",
)

n(
    "en",
    "hospital_contact",
    "Reminder: our Corwin Clinic at 305 W 2nd St, Corwin, IA 51439 is now open Saturdays 8–noon for walk-in care. Call 712-555-0163 or just stop in. 🩺",
    "hospital's own clinic address and phone",
)

p(
    "en",
    "thank_you",
    "To the family of Pearl Duchene: thank you for the beautiful quilt you donated in her memory. It now hangs in our Cottonwood Hospice family room, right where Pearl used to sit and watch the birds. 🐦",
    [("NAME", "Pearl Duchene"), ("NAME", "Pearl", "*")],
)

n(
    "en",
    "sponsor",
    "THANK YOU to the Willow Bend Lions Club and to Arlen and Judy Mathiesen for donating two new recliners to our Birthing Center! 🛋️ New dads everywhere thank you too. @WBRHFoundation",
    "donors by name",
)

n(
    "en",
    "crisis_update",
    "UPDATE 6:40 pm: We received 5 patients from the school bus rollover on County Road K-42. Two have been flown to Sioux City; three are in stable condition. Families, please come to the main entrance at 1400 Prairie View Drive — staff will meet you there. We will not release names.",
    "crisis update with counts and the hospital's address",
)

p(
    "en",
    "discharge",
    "Rooster Pedersen is going home!! 🐓 Most of you know him as the voice of the Friday cattle auction in Elk Ridge. After bypass surgery on the 14th, Rooster walked every lap our cardiac nurses asked for and then some. Home sweet home, buddy.",
    [
        ("NAME", "Rooster Pedersen"),
        ("NAME", "Rooster", "*"),
        ("GEO", "Elk Ridge"),
        ("DATE", "14th"),
    ],
    "nickname; place of work; surgery date",
)

p(
    "en",
    "pasted_record",
    "Can someone post a pic of the new Honor Flight quilt on the main page? Also FYI pt MRN#4471029 (Mr. Delacroix) is ready for the veterans feature, he said yes to the photo 👍",
    [("MRN", "4471029"), ("NAME", "Delacroix")],
)

n(
    "en",
    "research",
    "We're proud to be one of 12 rural Iowa hospitals in a University of Iowa study on telehealth for postpartum blood pressure. Moms who deliver in our Birthing Center may be invited to join. Learn more at willowbendregional.org/research.",
    "research announcement",
)

p(
    "en",
    "patient_story",
    "Sky Whitehorse, 9, spent a whole week in room 112 with a broken femur after a four-wheeler crash — and turned our pediatric corner into an art gallery. 🎨 Thanks for the masterpieces, Sky!",
    [("NAME", "Sky Whitehorse"), ("NAME", "Sky", "*"), ("AGE", "9"), ("OTHER_ID", "112")],
)

n(
    "en",
    "event",
    "🕯️ Each year Cottonwood Hospice invites the families we have served to a candlelight service of remembrance. Sunday, Nov. 9 at 2:00 pm, First Lutheran Church, Willow Bend. All are welcome.",
    "hospital memorial event with date",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Esperanza Villalobos Cruz! 💕 Nació el 2 de febrero a las 6:40 de la mañana, pesando 3.2 kg. Felicidades a sus papás, Yesenia y Octavio. Gracias por confiar en nuestro Centro de Partos. 👶",
    [
        ("NAME", "Esperanza Villalobos Cruz"),
        ("DATE", "2 de febrero"),
        ("DATE", "6:40 de la mañana"),
        ("NAME", "Yesenia"),
        ("NAME", "Octavio"),
    ],
)

n(
    "es",
    "health_tip",
    "¿Sabía que los adultos mayores de 65 años deben vacunarse contra la neumonía? 💉 Pregunte a su médico en su próxima cita. Clínica de vacunas: todos los miércoles de 8 a 11 am. Información: (712) 555-0140.",
    "consejo de salud general; edad de población; teléfono del hospital",
)

p(
    "es",
    "patient_story",
    "Don Chuy Ramírez lleva 30 años ordeñando vacas en la lechería de los Kessler, y el martes pasado una vaca le pisó el pie. 🐄 Nos dijo que lo peor no fue la fractura sino perderse el partido del Club América. ¡Recupérese pronto, Don Chuy!",
    [
        ("NAME", "Chuy Ramírez"),
        ("NAME", "Chuy", "*"),
        ("OTHER_ID", "lechería de los Kessler"),
        ("DATE", "martes"),
    ],
    "apodo y apellido, empleador, fecha del accidente; '30 años' es duración, no edad",
)

n(
    "es",
    "event",
    "📣 Feria de salud GRATIS este sábado 12 de abril, de 9 a 1, en el gimnasio de la escuela de Corwin. Presión arterial, glucosa, vacunas y actividades para niños. ¡Los esperamos! #SaludRural",
    "evento del hospital con fecha",
)

p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a la señora Amparo Sifuentes, quien vivió sus últimos meses en Meadowlark Manor. Doña Amparo cumplió 97 años en diciembre y nos enseñó a todas a hacer tamales de verdad. Nuestro más sentido pésame a su hija Rocío y a toda la familia. 🕊️",
    [
        ("NAME", "Amparo Sifuentes"),
        ("NAME", "Amparo", "*"),
        ("AGE", "97 años"),
        ("DATE", "diciembre"),
        ("NAME", "Rocío"),
    ],
)

n(
    "es",
    "staff_spotlight",
    "Les presentamos a la Dra. Marisol Echeverría, nuestra nueva médica de familia. 🩺 Creció en un rancho en Durango y después en Sioux City, y habla español, inglés y 'un poquito de alemán'. Ya está aceptando pacientes nuevos en la Clínica de Corwin.",
    "presentación de una doctora del personal",
)

p(
    "es",
    "thank_you",
    "Gracias a la familia Tzul por los tamales y el atole que trajeron al piso de maternidad. 🫔 Y a la abuelita Chonita, que no soltó a su nieta ni un minuto. ¡Que Dios los bendiga!",
    [("NAME", "Tzul"), ("NAME", "Chonita")],
    "familiares de una paciente (apellido de la familia, apodo de la abuela)",
)

n(
    "es",
    "anonymous_story",
    'Una paciente nos escribió: "Llegué asustada y sin hablar inglés, y la enfermera me tomó la mano y me habló en español toda la noche." 💙 Gracias a nuestros intérpretes y enfermeras bilingües por hacer la diferencia.',
    "historia anónima",
)

p(
    "en",
    "patient_story",
    '🇺🇸 Korean War veteran Walter "Walt" Brzezinski finally got his Honor Flight! Walt, 93, flew out of Des Moines on May 17 with his granddaughter Brianna as his guardian. He came home to a gym full of people waving flags and said it beat V-J Day. Welcome home, Walt. #HonorFlight',
    [
        ("NAME", 'Walter "Walt" Brzezinski'),
        ("NAME", "Walt", "*"),
        ("AGE", "93"),
        ("DATE", "May 17"),
        ("NAME", "Brianna"),
    ],
)

n(
    "en",
    "public_figure",
    "On this #VeteransDay we remember Iowa's own Sullivan brothers of Waterloo — five brothers lost together aboard the USS Juneau in 1942. 🇺🇸 And thank you to every veteran who walks through our doors, including the 14 veterans on our own staff.",
    "historical figures and a staff count",
)

p(
    "en",
    "pasted_record",
    "Pls add to the Sunday newsletter under 'Good News': Mr. Isaiah King (Meadowlark, rm 108) celebrated 60 yrs married to Bernice on 6/21. Family wants a copy of the photo sent to bernice.king1942@gmail.com. thx! —Lupe",
    [
        ("NAME", "Isaiah King"),
        ("OTHER_ID", "108"),
        ("NAME", "Bernice"),
        ("DATE", "6/21"),
        ("EMAIL", "bernice.king1942@gmail.com"),
    ],
    "pasted internal request: resident name (surname that is a word), room, wife's name, anniversary date, family email; 'Lupe' is staff",
)

n(
    "en",
    "event",
    "Honor Flight Info Night 🇺🇸 Veterans of the Korean and Vietnam eras and their families: learn how to apply for the fall Honor Flight. Thursday, Aug. 21, 6:30 pm, WBRH Community Room. Light supper by American Legion Post 212.",
    "event announcement with date and time",
)

p(
    "en",
    "memorial",
    'We are sad to share that Doc passed away at Cottonwood Hospice last night. For 40 years Dr. Ray "Doc" Gustafson was the only large-animal vet for three counties, and half of you have a story about him pulling a calf at 2 am in a blizzard. He was our patient these last weeks and kept asking about our nurses\' dogs. 🐾 Services are Saturday at St. Olaf.',
    [
        ("NAME", 'Ray "Doc" Gustafson'),
        ("NAME", "Doc", "*"),
        ("DATE", "last night"),
        ("DATE", "Saturday"),
    ],
    "a local figure ('Doc', a veterinarian) who was our hospice patient; death and funeral dates",
)

n(
    "en",
    "staff_spotlight",
    '35 years! 🎉 Please help us congratulate Dolores "Dee" Whitcomb, our Med-Surg unit clerk, who started here in 1990 when charts were paper and the phones had cords. Dee, you ARE this hospital. Cake in the cafeteria at 2!',
    "staff anniversary with nickname and start year",
)

p(
    "en",
    "patient_story",
    "Grain bin entrapment is every farm family's nightmare. On Sept. 30 it happened to Tyler Brandvold, 17, on his family's place near Hartwick. Because his dad and the Hartwick volunteer fire department knew exactly what to do, Tyler is home and already back in the Hartwick-Pruitt FFA barn. 🙏 Please sign up for our free grain bin safety class! #GrainBinSafety",
    [
        ("DATE", "Sept. 30"),
        ("NAME", "Tyler Brandvold"),
        ("NAME", "Tyler", "*"),
        ("AGE", "17"),
        ("GEO", "Hartwick", 1),
        ("GEO", "Hartwick", 2),
        ("OTHER_ID", "Hartwick-Pruitt FFA"),
    ],
    "farm accident: date, name, age, home town, the patient's school chapter",
)

n(
    "en",
    "event",
    "Grain bin safety class 🌽 Free and hands-on, taught by our ER team and the Willow Bend Fire Department. Saturday, Oct. 18, 9 am at the county fairgrounds. Teens 14 and up welcome. Register at (712) 555-0140.",
    "hospital event; teens 14 and up is a population",
)

p(
    "en",
    "milestone_birthday",
    "She's 101 today and she'd like you all to know she still does her own hair. 💇‍♀️ Happy birthday, Gracie Mae Huebner! Love, all your friends at Meadowlark Manor. #MeadowlarkMoments",
    [("AGE", "101"), ("NAME", "Gracie Mae Huebner")],
)

n(
    "en",
    "eponymous_condition",
    "Did you know Alzheimer's disease is named for Dr. Alois Alzheimer, who first described it in 1906? 🧠 More than 6 million Americans live with Alzheimer's today. Our memory care team at Meadowlark Manor hosts a caregiver coffee the first Tuesday of each month. #EndAlz",
    "eponymous condition, historical physician",
)

p(
    "en",
    "pasted_record",
    "@ Jenna — for the NICU transport story, mom is ok with first names only. Baby girl Willow, born here at Willow Bend on 11/2 at 31 wks, went to Blank Children's on 11/3. Mom's cell is (515) 555-0872 if you need a quote. DO NOT post the cell lol",
    [("NAME", "Willow", 1), ("DATE", "11/2"), ("DATE", "11/3"), ("PHONE", "(515) 555-0872")],
    "baby's name is also the hospital's town name (left unlabelled there); dates; mother's cell; 31 wks is gestational",
    ok=("Willow",),
)

n(
    "en",
    "statistic",
    "Flu shot update 💉 Our clinics gave 2,847 flu shots this season — 612 of them to folks 65 and older. Thank you for protecting each other, Willow Bend!",
    "aggregate counts",
)

p(
    "en",
    "thank_you",
    'Sharing with permission from the Schroeder grandkids: "thank u to everyone who sent cards to grandma pearl and grandpa earl while they were both on 2 East 💕 the nurses put them in rooms across the hall and let them visit every night. 60 years and still sweethearts"',
    [("NAME", "Schroeder"), ("NAME", "pearl"), ("NAME", "earl")],
    "lower-case names that are words; family surname",
)

n(
    "en",
    "anonymous_story",
    "One of our Meadowlark Manor residents has written a letter to her late husband every morning for 11 years. This week our activities team helped her bind them into a book for her great-grandkids. 📖💕",
    "anonymous resident; durations only",
)

p(
    "en",
    "discharge",
    "Home for Christmas! 🎄 Wade Yellowcloud was flown to Omaha after a rollover on Nov. 26, came back to us for rehab on Dec. 4, and walked out our front doors on Christmas Eve with his fiancée Autumn by his side. #TeamWade",
    [
        ("DATE", "Christmas", 1),
        ("NAME", "Wade Yellowcloud"),
        ("DATE", "Nov. 26"),
        ("DATE", "Dec. 4"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Autumn"),
        ("NAME", "#TeamWade"),
    ],
)

n(
    "en",
    "campaign_hashtag",
    "It's #NationalRuralHealthDay! 🌽 Shout out to the 287 people who keep Willow Bend Regional running 24/7/365 — from housekeeping to the OR. #PowerOfRural #WBRHProud",
    "campaign hashtags and a staff count",
)

p(
    "en",
    "patient_story",
    "Update from the family: surgery went great and she's already asking for her phone back 📱 Thank you for all the prayers, cards and casseroles. Keep them coming! #PrayersForPaisley #PaisleyStrong",
    [("NAME", "#PrayersForPaisley"), ("NAME", "#PaisleyStrong")],
    "patient named only in hashtags",
)

n(
    "en",
    "recruitment",
    "Love babies? 👶 Our Birthing Center is hiring an RN (0.6 FTE, rotating weekends). Two years of L&D experience preferred; new grads welcome to apply. You'd join Theresa Lindahl, RN, nurse manager, and Dr. Hector Villanueva, OB. willowbendregional.org/careers",
    "job posting naming staff",
)

p(
    "en",
    "milestone_birthday",
    "Our resident centenarian, Opal Fairweather, is hosting a tea party in the Meadowlark sunroom this afternoon to celebrate 'only' her 103rd. 🫖 Opal taught country school in Svea Township for 41 years and yes, she will correct your grammar.",
    [
        ("AGE", "centenarian"),
        ("NAME", "Opal Fairweather"),
        ("NAME", "Opal", "*"),
        ("AGE", "103rd"),
        ("GEO", "Svea Township"),
    ],
    "'centenarian' of a named resident is an age; birthday ordinal; place she worked",
)

n(
    "en",
    "public_figure",
    "Thank you to Gov. Kim Reynolds for touring our new Birthing Center and for sitting down with our board to talk about rural obstetrics. 🌽 Pictured with CEO Gary Haugen and nurse manager Theresa Lindahl, RN.",
    "public figure and staff",
)

p(
    "en",
    "staff_spotlight",
    'Dewey is back!! 🛠️ Our maintenance chief Duane "Dewey" Schultz spent Thanksgiving in our ICU after a heart attack in the boiler room (of course). He\'s back on light duty and has already fixed the squeaky door on 2 East. Welcome back, Dewey — and please take the stairs SLOWLY.',
    [("NAME", 'Duane "Dewey" Schultz'), ("NAME", "Dewey", "*"), ("DATE", "Thanksgiving")],
    "employee who was our patient; holiday tied to admission",
)

n(
    "en",
    "memorial",
    "Remembering Dr. Everett Lund (1931–2024), who delivered more than 3,000 babies in Willow Bend County between 1962 and 1996 — plenty of them on kitchen tables during blizzards. ❄️ Our Birthing Center waiting room has carried his name since 1997. Thank you, Dr. Lund.",
    "memorial for a former physician (staff), not a patient",
)

p(
    "en",
    "pasted_record",
    "[DRAFT – do not publish] Story idea: 98yo resident who still drives her scooter to the beauty shop by herself. Name: Leona Birkholz, DOB 2/8/27, Meadowlark rm 121A, Medicare ID 7TQ4-EK2-XM31. Son Dale: 712-555-3318 / farmer.dale@netins.net",
    [
        ("AGE", "98yo"),
        ("NAME", "Leona Birkholz"),
        ("DATE", "2/8/27"),
        ("OTHER_ID", "121A"),
        ("HEALTH_PLAN", "7TQ4-EK2-XM31"),
        ("NAME", "Dale"),
        ("PHONE", "712-555-3318"),
        ("EMAIL", "farmer.dale@netins.net"),
    ],
)

n(
    "en",
    "hospital_contact",
    "Looking for Meadowlark Manor visiting hours? 🏡 Every day, 9 am–8 pm. Call the front desk at 712-555-0199 or email meadowlark@willowbendregional.org. Please sign in at the desk and use the hand sanitizer!",
    "hospital's own phone and email",
)

p(
    "en",
    "birth_announcement",
    "First baby of 2025!! 🎆 Baby boy Major Thomas Bishop arrived Jan. 1 at 12:47 am to parents Joy and Anthony Bishop of Pruitt. Mom says the name was decided years ago. Welcome, Major! 🍼",
    [
        ("NAME", "Major Thomas Bishop"),
        ("NAME", "Major", "*"),
        ("DATE", "Jan. 1"),
        ("DATE", "12:47 am"),
        ("NAME", "Joy"),
        ("NAME", "Anthony Bishop"),
        ("GEO", "Pruitt"),
    ],
    "names that are words (Major, Bishop, Joy); birth date and time; home town",
)

n(
    "en",
    "sponsor",
    "Big thanks to Kessler Grain Co-op for sponsoring this year's Farm Safety Day Camp! 🚜 140 kids learned about PTO shafts, grain bins, and why you never ride on the fender.",
    "sponsor",
)

p(
    "en",
    "patient_story",
    "will started walking again this week and his physical therapists are grinning ear to ear 😁 will — we will miss your terrible jokes when you go home! #RehabWorks",
    [("NAME", "will", 1), ("NAME", "will", 2)],
    "lower-case name that is also a word; the third 'will' is the verb",
    ok=("will",),
)

n(
    "en",
    "event",
    "📰 WBRH WEEKLY\n\n🩺 NEW IN CLINIC: Dr. Marisol Echeverría now sees patients in Corwin on Tuesdays and Thursdays.\n\n🥧 PIE SALE: The Auxiliary pie sale is Friday, 7 am–2 pm, in the lobby. Rhubarb goes fast!\n\n🚧 PARKING: The east lot closes Monday for paving. Use the north entrance.\n\n💙 KUDOS: To Environmental Services, who scrubbed every inch of the OR suite after the water main break.",
    "newsletter: staff, hospital events and dates",
)

p(
    "en",
    "milestone_birthday",
    "📰 MEADOWLARK MANOR MONTHLY — June\n\n🎂 BIRTHDAYS: Clarence Vogt turns 96 on the 9th, and Ruby Nakamura-Ellis turns 90 on the 23rd! Cake in the sunroom.\n\n🎣 OUTINGS: Eight residents went fishing at Lake Odessa — Clarence caught the biggest bluegill (he'll tell you).\n\n🙏 FAREWELLS: We said goodbye to our dear friend Mabel Orr, who passed May 29.\n\n🎶 COMING UP: Polka with the Jolly Dutchmen, June 20 at 2 pm.",
    [
        ("NAME", "Clarence Vogt"),
        ("NAME", "Clarence", "*"),
        ("AGE", "96"),
        ("DATE", "9th"),
        ("NAME", "Ruby Nakamura-Ellis"),
        ("AGE", "90"),
        ("DATE", "23rd"),
        ("NAME", "Mabel Orr"),
        ("DATE", "May 29"),
    ],
    "newsletter: residents' birthdays and ages, a death date; the polka date is a hospital event",
)

n(
    "en",
    "crisis_update",
    "⚠️ Power outage update, 9:15 pm: We are on generator power and all patient care is continuing normally. Meadowlark Manor residents are safe and warm. Please don't come to the ER to charge phones — the public library on Main St is open until 11 pm.",
    "crisis update, no individual",
)

p(
    "en",
    "thank_you",
    "To Ruth's daughters — Linda, Janet and Sue — thank you for the cinnamon rolls and for letting us be part of your mom's last weeks. She talked about the three of you constantly. 💕 —your Cottonwood Hospice nurses",
    [("NAME", "Ruth"), ("NAME", "Linda"), ("NAME", "Janet"), ("NAME", "Sue")],
)

n(
    "en",
    "thank_you",
    "Volunteer of the Year 🏆 Congrats to Bud Thoreson, who has driven Meadowlark residents to their appointments for 14 years and more than 60,000 miles in the hospital van. Bud says he's 'only getting started.' Thank you, Bud!",
    "volunteer by name and nickname",
)

p(
    "en",
    "patient_story",
    "Nobody at our wound clinic can keep up with the ninety-eight-year-old who walks a mile every morning before her appointment. 🚶‍♀️ Goals!",
    [("AGE", "ninety-eight-year-old")],
    "age only, spelled out",
)

n(
    "en",
    "research",
    "Our hospice team presented our 'No One Dies Alone' volunteer program at the Iowa Hospice Conference in Ames. Since 2021, our volunteers have sat with 73 patients in their final hours. 🕯️",
    "program statistics",
)

p(
    "es",
    "milestone_birthday",
    '🎂 ¡Feliz cumpleaños número 92 a Don Refugio "Cuco" Maldonado! Don Cuco llegó a Iowa en 1967 para trabajar en los campos de betabel y hoy vive con nosotros en Meadowlark Manor. Su nieta Marisela le trajo mariachi... ¡y todos bailamos! 🎺',
    [
        ("AGE", "92"),
        ("NAME", 'Refugio "Cuco" Maldonado'),
        ("NAME", "Cuco", "*"),
        ("NAME", "Marisela"),
    ],
)

n(
    "es",
    "health_tip",
    "🌡️ Ola de calor: si trabaja en el campo, tome agua cada 15 minutos, descanse en la sombra y conozca los síntomas del golpe de calor. Los niños menores de 4 años y los adultos mayores corren más riesgo. #SaludRural",
    "consejo general; edades de población",
)

p(
    "es",
    "pasted_record",
    "Borrador para Facebook (NO publicar todavía): historia de la bebé prematura. Mamá: Guadalupe Herrera Soto, tel. 712 555 4471, correo lupita.hs@gmail.com. Bebé nacida el 14/03/2025 a las 32 semanas, expediente WB-2025-00317. Confirmar permiso con la mamá.",
    [
        ("NAME", "Guadalupe Herrera Soto"),
        ("PHONE", "712 555 4471"),
        ("EMAIL", "lupita.hs@gmail.com"),
        ("DATE", "14/03/2025"),
        ("MRN", "WB-2025-00317"),
    ],
    "borrador con datos internos; '32 semanas' es edad gestacional",
)

n(
    "es",
    "hospital_contact",
    "Les recordamos que nuestra Clínica de Corwin tiene intérprete de español todos los días. 📞 712-555-0163. Dirección: 305 W 2nd St, Corwin, IA 51439.",
    "contacto del hospital",
)

p(
    "es",
    "discharge",
    'Gracias, Dios mío 🙏 Después de 23 días en terapia intensiva, nuestro vecino Aurelio Campos regresa a su casa en Pruitt. Sufrió un accidente con el tractor el 9 de agosto. Su esposa Socorro nos dijo: "Ustedes fueron nuestra familia."',
    [("NAME", "Aurelio Campos"), ("GEO", "Pruitt"), ("DATE", "9 de agosto"), ("NAME", "Socorro")],
)

n(
    "es",
    "staff_spotlight",
    "Hoy celebramos a nuestras enfermeras 💙 Gracias a Isabel Ochoa, RN, a Brenda Juárez, LPN, y a todo el equipo de noche. ¡Feliz Semana de la Enfermería! #NursesWeek",
    "personal del hospital",
)

p(
    "es",
    "birth_announcement",
    "¡Alerta de ternura! 🥹 Los gemelos Ángel y Santiago nacieron ayer a las 4:15 y 4:22 de la tarde. Mamá Dulce dice que ya se pelean por la leche. 🍼🍼",
    [
        ("NAME", "Ángel"),
        ("NAME", "Santiago"),
        ("DATE", "ayer"),
        ("DATE", "4:15"),
        ("DATE", "4:22 de la tarde"),
        ("NAME", "Dulce"),
    ],
)

n(
    "es",
    "eponymous_condition",
    "¿Sabía que el síndrome de Down se llama así por el médico inglés John Langdon Down? 💙💛 Este 21 de marzo, Día Mundial del Síndrome de Down, ¡use calcetines disparejos! #DíaMundialDelSíndromeDeDown",
    "condición epónima; figura histórica",
)

p(
    "en",
    "pasted_record",
    "note for whoever has the page this weekend: call Itzel's mom back at 319-555-2018 re: the NICU grad photo — she wants it cropped before we post 📸",
    [("NAME", "Itzel"), ("PHONE", "319-555-2018")],
    "harmless-looking staff note with a patient's name and her mother's phone",
)

n(
    "en",
    "staff_spotlight",
    "Say hello to Jolene Pruitt, PA-C! 👋 Jolene grew up on a hog farm near Svea, graduated from Des Moines University, and now sees patients at our Corwin Clinic Monday–Thursday. Fun fact: she raised 4-H champion rabbits.",
    "staff spotlight, PA-C with home town",
)

p(
    "en",
    "thank_you",
    "Loved having the Fenwick-Osei crew stop in for little Hazel's 1st birthday to visit the NICU nurses who cared for her!! 🎈 Grandma asked for the full-res pic — can someone email it to granny.bea.fenwick@yahoo.com? thx!",
    [
        ("NAME", "Fenwick-Osei"),
        ("NAME", "Hazel"),
        ("AGE", "1st"),
        ("EMAIL", "granny.bea.fenwick@yahoo.com"),
    ],
)

n(
    "en",
    "health_tip",
    "🚗 Car seat check! Kids under 2 should ride rear-facing, and most kids need a booster until about age 8 or 4'9\". Our certified techs do FREE car seat checks at the Birthing Center every 3rd Wednesday, 1–4 pm.",
    "general health tip with population ages; hospital event",
)

p(
    "en",
    "thank_you",
    'Sweet note from the family of our patient in 2 East bed 6 (MRN 00482913): "You treated Mom like she was your own." ❤️ Thank you to every nurse and aide on that hall.',
    [("OTHER_ID", "6"), ("MRN", "00482913")],
    "bed and record number pasted into a thank-you",
)

n(
    "en",
    "event",
    "Welcome Home rally for Honor Flight #42! ✈️🇺🇸 The buses arrive at the WBRH parking lot Saturday around 9:30 pm. Bring flags, signs and your loudest cheers for the 87 veterans from Northwest Iowa.",
    "community event with date and time; veterans anonymous",
)

p(
    "en",
    "patient_story",
    "Vietnam veteran Lonnie Two Bulls received his Quilt of Valor at his bedside in our ICU yesterday, surrounded by his Legion brothers and his sister Marlene. 🇺🇸 Lonnie served two tours with the 1st Cavalry. Thank you for your service, sir.",
    [
        ("NAME", "Lonnie Two Bulls"),
        ("NAME", "Lonnie", "*"),
        ("DATE", "yesterday"),
        ("NAME", "Marlene"),
    ],
)

n(
    "en",
    "statistic",
    "Birthing Center 2024 recap 👶 212 babies • 3 sets of twins • biggest baby 10 lb 14 oz • busiest month: September (23 births) • 96% of our moms breastfed at discharge. Thank you, families!",
    "aggregate statistics",
)

p(
    "en",
    "milestone_birthday",
    "Born in 1924, the year Calvin Coolidge was president, Bessie Klinefelter still reads the Des Moines Register cover to cover every morning at Meadowlark. Happy birthday, Bessie! 📰",
    [("DATE", "1924"), ("NAME", "Bessie Klinefelter"), ("NAME", "Bessie", "*")],
    "birth year reveals an age over 89; surname that is also an eponym; Coolidge is a historical figure",
)

n(
    "en",
    "public_figure",
    "In 1954, children in Willow Bend County were among the 'Polio Pioneers' in Dr. Jonas Salk's vaccine field trial. 💉 Seventy years later, vaccines are still saving lives. #VaccinesWork",
    "historical figure and anonymous children",
)

p(
    "en",
    "patient_story",
    "Auger accidents happen FAST. Just ask Cody Ruhl of Kessler, who lost two fingers on August 8th and now wants every farm kid to hear his story. Cody, 19, will speak at our Farm Safety Day Camp. 💪",
    [
        ("NAME", "Cody Ruhl"),
        ("NAME", "Cody", "*"),
        ("GEO", "Kessler"),
        ("DATE", "August 8th"),
        ("AGE", "19"),
    ],
)

n(
    "en",
    "memorial",
    "Rest in peace to our dear coworker Francine 'Frannie' Abernathy, LPN, who worked nights at Meadowlark Manor for 29 years. 💔 Her coworkers are collecting cards at the front desk for her family.",
    "memorial for a staff member, not a patient",
)

p(
    "en",
    "patient_story",
    "When our hospice nurses talk about why they do this work, they never talk about charts or drugs or drive time. They talk about moments.\n\nA moment is a farmer asking to be wheeled out to see his soybeans one last time. A moment is a granddaughter painting her grandma's nails the exact shade of red she wore to her wedding. A moment is a retired teacher correcting the chaplain's grammar, with a wink.\n\nThis fall, one of those moments was our nurse holding up a phone so a daughter in Germany could sing to her father, Gunther, one more time. He couldn't talk anymore. He tapped his fingers along to the song.\n\nIf you or someone you love is facing a serious illness, please know: hospice is not giving up. It is choosing what matters. Call Cottonwood Hospice any time at (712) 555-0140. 💜",
    [("NAME", "Gunther")],
    "long post where the patient is named once; the other moments are anonymous; hospital phone",
)

n(
    "en",
    "recruitment",
    "We're hiring a Hospice Aide for Cottonwood Hospice 🚗 Must be 18 or older with a valid driver's license and a big heart. Mileage reimbursed. Apply: willowbendregional.org/careers #HospiceCareers",
    "job posting; 18 or older is a requirement, not an age of a patient",
)

p(
    "en",
    "staff_spotlight",
    "Our longtime ER nurse Jerome Baptiste, RN, had his knee replaced right here on March 3rd by Dr. Okonkwo-Reyes, and six weeks later he's back in scrubs. 🦵 He says the hardest part was being the patient. Welcome back, Jerome!",
    [("NAME", "Jerome Baptiste"), ("NAME", "Jerome", "*"), ("DATE", "March 3rd")],
    "staff nurse who became a patient; the surgeon is staff",
)

n(
    "en",
    "crisis_update",
    "We are currently treating 12 patients from this afternoon's multi-vehicle pileup on I-29 in heavy fog. 🌫️ Additional staff have been called in. Please avoid the ER entrance unless you have an emergency. We'll update this post as we can.",
    "crisis update with counts",
)

p(
    "en",
    "patient_story",
    "A nonagenarian from our Meadowlark wing just finished her very first 5K — walker, tennis shoes and all! 🏅 Her therapy team cried. So did we.",
    [("AGE", "nonagenarian")],
    "age word only, of a specific resident",
)

n(
    "en",
    "eponymous_condition",
    "June is ALS Awareness Month. Lou Gehrig's disease affects about 30,000 Americans at any time. Our neurology outreach clinic with Dr. Samuel Okonkwo-Reyes runs monthly in Corwin. 💙 #ALSAwareness",
    "eponymous condition; staff physician",
)

p(
    "en",
    "thank_you",
    "A big hug to Grandpa Joe and Grandma Noreen, who drove 400 miles through a snowstorm to meet their new granddaughter in our Birthing Center! ❄️👶 That's love.",
    [("NAME", "Joe"), ("NAME", "Noreen")],
    "relatives only",
)

n(
    "en",
    "sponsor",
    "THANK YOU to the Olander Family Foundation for a $50,000 gift toward a new ultrasound machine for our Birthing Center! 💙 Donors like you keep rural care close to home. @WBRHFoundation",
    "donors",
)

p(
    "en",
    "pasted_record",
    "FWD from registration — pls strip before posting: 'Pt: Hollis Grange Jr., DOB 1/30/1938, SSN 482-61-0937, acct 55029913, ph 712-555-6604.' Story copy: Hollis is celebrating 20 years cancer-free this month! 🎗️",
    [
        ("NAME", "Hollis Grange Jr."),
        ("NAME", "Hollis", "*"),
        ("DATE", "1/30/1938"),
        ("SSN", "482-61-0937"),
        ("ACCOUNT", "55029913"),
        ("PHONE", "712-555-6604"),
    ],
)

n(
    "en",
    "hospital_contact",
    "Our phone lines are back up! ☎️ Main line (712) 555-0140 • Foundation 712.555.0177 • Meadowlark Manor 712-555-0199 • Corwin Clinic 712-555-0163. Thanks for your patience.",
    "hospital's own phone numbers",
)

p(
    "en",
    "patient_story",
    "Prayers for the Vander Ploeg family tonight 🙏 Nick is in good hands with our ICU team.",
    [("NAME", "Vander Ploeg"), ("NAME", "Nick")],
)

n(
    "en",
    "research",
    "Congrats to Dr. Priya Raman, our ER medical director, whose study of ATV injuries in Iowa children under 16 was just published in the Journal of Rural Health! 📚 Bottom line: helmets, and no passengers.",
    "staff research; population ages",
)

p(
    "en",
    "discharge",
    "98 yo Marvin Osterhaus is headed home to his farm outside Gilchrist after three weeks with us for pneumonia. His border collie Tip was waiting at the door. 🐕",
    [("AGE", "98 yo"), ("NAME", "Marvin Osterhaus"), ("GEO", "Gilchrist")],
    "age, name, home town; the dog's name is not labelled",
)

n(
    "en",
    "event",
    "🦋 Cottonwood Hospice Butterfly Release — Sunday, Aug. 24, 3 pm at Willow Bend City Park. Families may dedicate a butterfly in memory of a loved one; forms at willowbendregional.org/butterfly.",
    "hospital event",
)

p(
    "en",
    "memorial",
    "OBITUARY (shared with the family's permission)\nRosemary Theresa (Kowalski) Dunn, 88, of Willow Bend, died Tuesday, Feb. 11, 2025, at Cottonwood Hospice. She was born Aug. 3, 1936, in Hartwick to Stanley and Helen Kowalski. She married Raymond Dunn on June 9, 1956; he preceded her in death. Survived by sons Mark (Cindy) and Paul. Our hospice team was blessed to know her. 🕊️",
    [
        ("NAME", "Rosemary Theresa (Kowalski) Dunn"),
        ("AGE", "88"),
        ("GEO", "Willow Bend"),
        ("DATE", "Tuesday, Feb. 11, 2025"),
        ("DATE", "Aug. 3, 1936"),
        ("GEO", "Hartwick"),
        ("NAME", "Stanley"),
        ("NAME", "Helen Kowalski"),
        ("NAME", "Raymond Dunn"),
        ("DATE", "June 9, 1956"),
        ("NAME", "Mark"),
        ("NAME", "Cindy"),
        ("NAME", "Paul"),
    ],
)

n(
    "en",
    "anonymous_story",
    "A dad told us this week that his daughter, who spent her first month in a warming bed down the hall, now wants to be a nurse. 🥹 She's in fourth grade. We'll save her a locker.",
    "anonymous father and daughter",
)

p(
    "en",
    "pasted_record",
    "From the inbox: \"Hi, this is Summer Jankowski's aunt, can you please send me the pics from her NICU graduation?? my email is auntiejo.j@hotmail.com thank you!!\" — Team, please reply privately, don't comment publicly.",
    [("NAME", "Summer Jankowski"), ("EMAIL", "auntiejo.j@hotmail.com")],
)

n(
    "en",
    "campaign_hashtag",
    "Clean hands save lives 🧼 It's #HandHygieneDay and our infection prevention team is handing out hand cream at every entrance. #CleanHandsCountForSafeHealthcare",
    "campaign hashtags",
)

p(
    "en",
    "patient_story",
    "Tell me you're a farm kid without telling me you're a farm kid: Boone Hackett, age 6, asked our ER doc if his stitches would be done before chores. 🐖😂 Boone, you're tougher than all of us.",
    [("NAME", "Boone Hackett"), ("NAME", "Boone", "*"), ("AGE", "6")],
)

n(
    "en",
    "staff_spotlight",
    "Farmer by day, nurse by night 🚜🩺 Meet Kyle Brandt, RRT, who runs 600 acres of corn and beans with his brother and then works nights as our respiratory therapist. When does he sleep? Nobody knows.",
    "staff spotlight",
)

p(
    "es",
    "birth_announcement",
    "Nuestra bebé más reciente 💕 Milagros Paz Quintanilla nació el domingo a las 11:58 de la noche, ¡justo antes de la medianoche! Su papá Efraín trabaja en la planta de Kessler Pork y le trajo pan dulce a todo el turno.",
    [
        ("NAME", "Milagros Paz Quintanilla"),
        ("DATE", "domingo"),
        ("DATE", "11:58 de la noche"),
        ("NAME", "Efraín"),
        ("OTHER_ID", "Kessler Pork"),
    ],
    "nombre que es palabra (Milagros, Paz); fecha y hora; empleador del padre",
)

n(
    "es",
    "event",
    "Vacunas contra la gripe GRATIS para trabajadores agrícolas 🌽 Sábado 4 de octubre, de 8 am a 12 pm, en la Iglesia San José de Corwin. Traiga a toda la familia. #SaludRural",
    "evento del hospital",
)

p(
    "es",
    "pasted_record",
    "Nota para el equipo de redes: la señora Consuelo Bautista (cuarto 204, expediente 7781-22) quiere que su foto con el coro de la iglesia salga en la página. Su hijo Ramiro dice que lo llamen al 712-555-8120.",
    [
        ("NAME", "Consuelo Bautista"),
        ("OTHER_ID", "204"),
        ("MRN", "7781-22"),
        ("NAME", "Ramiro"),
        ("PHONE", "712-555-8120"),
    ],
)

n(
    "es",
    "statistic",
    "El año pasado atendimos a 1,204 pacientes que prefieren hablar en español, y nuestros intérpretes hicieron más de 5,000 llamadas. Gracias por confiar en nosotros. 💙",
    "estadística",
)

p(
    "es",
    "memorial",
    'Hoy le decimos adiós a Don Lencho 🕊️ Lorenzo "Lencho" Gaytán, de 84 años, falleció el 3 de enero rodeado de sus nietos en Cottonwood Hospice. Trabajó 40 años en los campos de Iowa y nunca faltó a misa. Descanse en paz, Don Lencho.',
    [
        ("NAME", 'Lorenzo "Lencho" Gaytán'),
        ("NAME", "Lencho", "*"),
        ("AGE", "84 años"),
        ("DATE", "3 de enero"),
    ],
)

n(
    "es",
    "health_tip",
    "¿Tiene más de 45 años? Es hora de su prueba de cáncer de colon. 📞 Llame al (712) 555-0140 para hacer su cita. ¡Una prueba puede salvarle la vida!",
    "consejo general; teléfono del hospital",
)

p(
    "es",
    "patient_story",
    '¡Felicidades a Luz María Ortega, que terminó su última quimioterapia! 🔔 Luz, de 41 años, es maestra en la escuela primaria de Corwin y sus alumnos le hicieron un cartel gigante que dice "¡SÍ SE PUDO, MAESTRA!"',
    [
        ("NAME", "Luz María Ortega"),
        ("NAME", "Luz", "*"),
        ("AGE", "41 años"),
        ("OTHER_ID", "escuela primaria de Corwin"),
    ],
)

n(
    "es",
    "staff_spotlight",
    "Conozca a Lupe Sandoval, directora de actividades de Meadowlark Manor desde 2008. 🎉 Lupe organiza la lotería de los jueves, el baile de polka y la ofrenda del Día de Muertos. ¡Gracias, Lupe!",
    "personal del hospital",
)

p(
    "en",
    "pasted_record",
    "So proud of our PT team!! 💪 pt Ellsworth (MR# 0093381) went from wheelchair to walker in 10 days. #RehabWorks",
    [("NAME", "Ellsworth"), ("MRN", "0093381")],
)

n(
    "en",
    "staff_spotlight",
    "Bev Strand, RN, our Director of Nursing, is retiring after 44 years! 🎉 Bev started here as a nurse's aide at 16 and never left. Open house Friday, 2–4 pm in the Prairie Room — come give her a hug.",
    "staff retirement; her age at hire is not a patient's age",
)

p(
    "en",
    "pasted_record",
    "Can we get a release signed for the farm accident feature? Chart 66120-B, Dusty Kleinschmidt, admitted 4/27 after the skid loader rollover. Wife is Tammy, 712.555.9034.",
    [
        ("MRN", "66120-B"),
        ("NAME", "Dusty Kleinschmidt"),
        ("DATE", "4/27"),
        ("NAME", "Tammy"),
        ("PHONE", "712.555.9034"),
    ],
)

n(
    "en",
    "event",
    "💉 Flu clinic: Monday, Oct. 6, 7 am–7 pm in the WBRH lobby. Ages 6 months and up. No appointment needed — bring your insurance card.",
    "hospital event",
)

p(
    "en",
    "patient_story",
    "So glad your grandpa is feeling better, Jasmine! 💕 We'd love for you to have the birthday video our Meadowlark staff made for him — we'll send it to jaz.okoro22@gmail.com like you asked.",
    [("NAME", "Jasmine"), ("EMAIL", "jaz.okoro22@gmail.com")],
    "public reply naming a resident's granddaughter and her email",
)

n(
    "en",
    "statistic",
    "Meadowlark Manor fun facts 🏡 Our residents' average age is 87, and together they have 412 grandchildren and great-grandchildren. They also go through 30 pounds of coffee a week. ☕",
    "aggregate facts; an average age is not a patient's age",
)

p(
    "en",
    "milestone_birthday",
    "Happy 105th, Sister Mary Agnes Kroeger! 🙏 Sister taught at St. Boniface School for 52 years and has prayed for every one of our nurses by name. She lives with us at Meadowlark now and still beats the chaplain at Scrabble.",
    [("AGE", "105th"), ("NAME", "Mary Agnes Kroeger"), ("OTHER_ID", "St. Boniface School")],
    "title 'Sister' outside the span; the resident's former employer",
)

n(
    "en",
    "public_figure",
    "Florence Nightingale was born on May 12, 1820 — that's why #NursesWeek ends on her birthday. 🪔 Thank you to the 96 nurses of Willow Bend Regional who carry her lamp every day.",
    "historical figure's birth date; staff count",
)

p(
    "en",
    "memorial",
    "Taps played softly in our hospice garden Thursday afternoon as we said goodbye to WWII Navy veteran Chester A. Wojcik, 99. Chester was one of the last living survivors of the USS Franklin. Fair winds and following seas, sailor. ⚓",
    [
        ("DATE", "Thursday afternoon"),
        ("NAME", "Chester A. Wojcik"),
        ("NAME", "Chester", "*"),
        ("AGE", "99"),
    ],
)

n(
    "en",
    "eponymous_condition",
    "January is Thyroid Awareness Month 🦋 Graves' disease and Hashimoto's thyroiditis are the most common causes of an overactive and underactive thyroid. Ask your provider about a simple blood test.",
    "eponymous conditions",
)

p(
    "en",
    "patient_story",
    "Meet the Meadowlark walking club's fastest member: Vernon, age 97, who logs two miles a day in our hallways. 🥾 Try to keep up!",
    [("NAME", "Vernon"), ("AGE", "97")],
)

n(
    "en",
    "crisis_update",
    "🌪️ Tornado warning: Meadowlark Manor residents have been moved to interior hallways. All 38 residents and staff are safe. Families, please do not drive in this storm — we will call you when the warning is lifted.",
    "crisis update with counts",
)

p(
    "en",
    "patient_story",
    "The family of Jace Pettibone, the 14-year-old injured in Saturday's tractor rollover near Corwin, has set up a fundraiser: gofundme.com/f/jace-pettibone-recovery 💙 Jace is in stable condition at Sanford in Sioux Falls. Please keep him in your prayers.",
    [
        ("NAME", "Jace Pettibone"),
        ("NAME", "Jace", "*"),
        ("AGE", "14-year-old"),
        ("DATE", "Saturday"),
        ("GEO", "Corwin"),
        ("URL", "gofundme.com/f/jace-pettibone-recovery"),
    ],
)

n(
    "en",
    "anonymous_story",
    "One of our longtime Meadowlark residents asked for just one thing this Christmas: to hear 'Silent Night' sung in German one more time. Our staff learned it in a week. 🎄🕯️",
    "anonymous resident; holiday not tied to an identified patient",
)

p(
    "en",
    "staff_spotlight",
    'After 33 years of answering "Willow Bend Regional, how may I direct your call?", our switchboard legend Bonnie Kasprzak got to be on the other end this month — five days on 2 East with pneumonia. 📞 She\'s home resting and says the hold music is "still terrible." Get well soon, Bonnie!',
    [("NAME", "Bonnie Kasprzak"), ("NAME", "Bonnie", "*")],
    "employee who became a patient",
)

n(
    "en",
    "recruitment",
    "💰 $10,000 sign-on bonus for experienced OR nurses! Join a small, close-knit surgical team (and a 12-minute commute from anywhere in town). Questions? Email careers@willowbendregional.org.",
    "job posting; hospital email",
)

p(
    "en",
    "birth_announcement",
    "congrats to our little nicu grad hunter 💙 4 lbs 2 oz to 7 lbs even! go home and grow, buddy 🦌",
    [("NAME", "hunter")],
    "lower-case name that is also a word",
)

n(
    "en",
    "sponsor",
    "Shout-out to Casey's in Willow Bend for sending 50 pizzas to our night shift on National Nurses Day! 🍕 You fed a LOT of grateful people.",
    "business sponsor",
)

p(
    "en",
    "discharge",
    "Grace, Hope and Mercy — yes, triplets! — went home today with mom and dad, Dawn and Rusty Fairchild. 💗💗💗 We may never recover from the cuteness.",
    [
        ("NAME", "Grace"),
        ("NAME", "Hope"),
        ("NAME", "Mercy"),
        ("NAME", "Dawn"),
        ("NAME", "Rusty Fairchild"),
    ],
    "names that are words",
)

n(
    "en",
    "hospital_contact",
    "Need a ride to your appointment? 🚐 Our volunteer van runs Monday–Friday in Willow Bend County. Call the Foundation at 712.555.0177 at least 48 hours ahead.",
    "hospital's own phone",
)

p(
    "en",
    "pasted_record",
    "Hi team — for the Nurses Week video, the patient who wants to thank Nurse Ochoa is Yolanda Pierre-Louis (DOB 09-22-1957). Her email is ypierrelouis@frontier.com and she prefers texts at 712 555 7741.",
    [
        ("NAME", "Yolanda Pierre-Louis"),
        ("DATE", "09-22-1957"),
        ("EMAIL", "ypierrelouis@frontier.com"),
        ("PHONE", "712 555 7741"),
    ],
    "pasted details; 'Nurse Ochoa' is staff",
)

n(
    "en",
    "health_tip",
    "🌨️ Snow shoveling is a real workout. If you're over 50 or have heart disease, push the snow instead of lifting it, take breaks every 10 minutes, and stop if you feel chest pain. Better yet, hire the neighbor kid.",
    "general tip with population ages",
)

p(
    "en",
    "crisis_update",
    "UPDATE: The driver of the grain truck, 58-year-old Rodney Alcott of Pruitt, has been transferred to MercyOne Des Moines. The two other patients from the crash were treated and released.",
    [("AGE", "58-year-old"), ("NAME", "Rodney Alcott"), ("GEO", "Pruitt")],
    "crisis update naming one patient",
)

n(
    "en",
    "campaign_hashtag",
    "🌽 It's #NationalAgDay! To the farm families who feed the world and keep our ER on its toes: thank you. #ThankAFarmer #FarmSafety",
    "campaign hashtags",
)

p(
    "en",
    "thank_you",
    "Thank you to everyone at Hartwick Feed & Seed for the giant card you sent your coworker Lyle while he was in our ICU! 🌽 He read every single name out loud to his nurse.",
    [("OTHER_ID", "Hartwick Feed & Seed"), ("NAME", "Lyle")],
    "patient's employer and first name",
)

n(
    "en",
    "memorial",
    "Willow Bend lost a legend this week: former mayor and longtime WBRH board chair Gordon Ostby. Gordon led the fundraising drive that built our Birthing Center in 1998. Flags on our campus will fly at half-staff through Friday.",
    "memorial for a board member, not a patient",
)

p(
    "en",
    "milestone_birthday",
    "Mr. Elijah Young turned 90 on Sunday and told us he plans to stay young forever. 🎂 Happy birthday from all of us on 2 East!",
    [("NAME", "Elijah Young"), ("AGE", "90"), ("DATE", "Sunday")],
    "surname that is a word; the lower-case 'young' is the adjective",
)

n(
    "en",
    "event",
    "📰 FOUNDATION NEWS\n\n🏌️ The Golf Classic raised $38,200 for the Meadowlark Manor courtyard!\n\n🎁 Tree of Lights: dedicate a light in honor or memory of someone special — forms at willowbendregional.org/lights.\n\n👏 Welcome to new board members Dr. Ngozi Adeyemi and Carl Brockway.\n\n📅 Annual meeting: Tuesday, Jan. 13, 5:30 pm.",
    "foundation newsletter: board members, events",
)

p(
    "en",
    "pasted_record",
    "Whoever's doing the 'Faces of Meadowlark' series — the lady in 116 (MRN: 2024-00831) said she'd love to be next! She's the one with the purple walker 💜",
    [("OTHER_ID", "116"), ("MRN", "2024-00831")],
)

n(
    "en",
    "research",
    "Our Birthing Center has joined the Iowa Maternal Quality Care Collaborative to reduce severe blood-pressure complications after delivery. 🩺 Over the last year we cut our time-to-treatment in half.",
    "quality programme, no individual",
)

p(
    "en",
    "birth_announcement",
    "Baby Theodore 'Teddy' Nwosu-Clark arrived Monday night at 8 lb 1 oz! 🧸 Dad asked us to send the newborn photos to clark.family.ia@gmail.com — done! Congratulations to the whole family.",
    [
        ("NAME", "Theodore 'Teddy' Nwosu-Clark"),
        ("DATE", "Monday night"),
        ("EMAIL", "clark.family.ia@gmail.com"),
    ],
)

n(
    "en",
    "staff_spotlight",
    'Meet Rev. Ola Mae Burris, our hospice chaplain. 🙏 Ola Mae has sat at more than 1,500 bedsides and still sings every hymn from memory. Her advice for all of us: "Say the thing. Don\'t wait."',
    "staff chaplain",
)

p(
    "es",
    "milestone_birthday",
    "Don Fidel Ávila cumple 100 años este domingo 🎉 y toda su familia viene desde Texas y Zacatecas para celebrarlo en Meadowlark Manor. Nació el 8 de junio de 1925 en Jerez. ¡Felicidades, Don Fidel!",
    [
        ("NAME", "Fidel Ávila"),
        ("NAME", "Fidel", "*"),
        ("AGE", "100 años"),
        ("DATE", "domingo"),
        ("DATE", "8 de junio de 1925"),
        ("GEO", "Jerez"),
    ],
)

n(
    "es",
    "event",
    "🤰 Clases prenatales en español: todos los martes a las 6 pm en el Centro de Partos. ¡Gratis! Información: (712) 555-0140.",
    "evento del hospital",
)

p(
    "es",
    "pasted_record",
    'Mensaje de la familia: "Por favor manden las fotos del bautizo de la bebé en la capilla a mi correo ramirez.yadira@hotmail.com — Yadira (la tía)". Bebé: Naomi Ramírez, cuarto 3 del Centro de Partos.',
    [
        ("EMAIL", "ramirez.yadira@hotmail.com"),
        ("NAME", "Yadira"),
        ("NAME", "Naomi Ramírez"),
        ("OTHER_ID", "3"),
    ],
)

n(
    "es",
    "staff_spotlight",
    "La Dra. Marisol Echeverría y el enfermero Julián Paredes estarán en la feria de salud de la parroquia Santa Rosa este domingo. 🩺 ¡Vengan a medirse la presión!",
    "personal del hospital; evento",
)

p(
    "es",
    "patient_story",
    "Mucho ánimo a la familia Xicará 💙 Don Baltazar sigue en cuidados intensivos después del accidente en la granja avícola el jueves en la madrugada. Estamos con ustedes.",
    [("NAME", "Xicará"), ("NAME", "Baltazar"), ("DATE", "jueves en la madrugada")],
)

n(
    "es",
    "anonymous_story",
    'Un abuelito de Meadowlark nos pidió escuchar rancheras todos los días. Ahora todo el piso canta "Volver, volver" a las tres de la tarde. 🎶',
    "historia anónima",
)

p(
    "es",
    "birth_announcement",
    "👶 ¡Ya llegó Rocío del Carmen! Nació a las 2:05 am del 15 de septiembre, ¡justo para las fiestas patrias! Sus papás, Iván y Berenice Solís de Hartwick, no pueden estar más felices. 🇲🇽",
    [
        ("NAME", "Rocío del Carmen"),
        ("DATE", "2:05 am"),
        ("DATE", "15 de septiembre"),
        ("NAME", "Iván"),
        ("NAME", "Berenice Solís"),
        ("GEO", "Hartwick"),
    ],
)

n(
    "es",
    "eponymous_condition",
    "Noviembre es el Mes de Concientización sobre el Alzheimer. 🧠 Si su ser querido olvida cosas con frecuencia, hable con su médico. Grupo de apoyo para cuidadores en español: primer jueves del mes.",
    "condición epónima",
)

p(
    "en",
    "patient_story",
    "It was a cold Tuesday night in February when Marcus 'Moose' DeLuca came through our ER doors after his tractor slid into a ditch. Tonight Moose was back — to bring our ER team a 40-pound box of venison. 🦌 You're welcome anytime, Moose (just not as a patient).",
    [
        ("DATE", "Tuesday night"),
        ("DATE", "February"),
        ("NAME", "Marcus 'Moose' DeLuca"),
        ("NAME", "Moose", "*"),
    ],
)

n(
    "en",
    "staff_spotlight",
    "Happy #NPWeek to our nurse practitioners Marcus Delgado, NP, Hannah Yoder-Blough, FNP-C, and Trish Ambrose, AGNP-C! 🩺 Rural health runs on NPs, and ours are the best in Iowa.",
    "staff by name and credentials",
)

p(
    "en",
    "pasted_record",
    "oops wrong window 🙈 — 'Hospice referral: Agnes Pfeiffer, 12 Apr 1929, Dx CHF, lives alone at 2218 Elm St, Odessa IA 51455, niece Carla Beaudry 402-555-0938, MRN 771-042-9.' Please disregard, that was meant for the intake team!!",
    [
        ("NAME", "Agnes Pfeiffer"),
        ("DATE", "12 Apr 1929"),
        ("GEO", "2218 Elm St, Odessa"),
        ("GEO", "51455"),
        ("NAME", "Carla Beaudry"),
        ("PHONE", "402-555-0938"),
        ("MRN", "771-042-9"),
    ],
)

n(
    "en",
    "thank_you",
    "Our youngest volunteer, 16-year-old Addison Kerr, reads the newspaper to Meadowlark residents every Saturday morning. 📰 Addison, you make their week. Thank you!",
    "volunteer with her age (a volunteer, not a patient)",
)

p(
    "en",
    "milestone_birthday",
    "Welcome to the 100 club, Clara 'Sunny' Bergstrom! 🇺🇸🎆 Sunny turned 100 on the 4th of July and says the fireworks were always for her anyway.",
    [
        ("NAME", "Clara 'Sunny' Bergstrom"),
        ("NAME", "Sunny", "*"),
        ("AGE", "100", "*"),
        ("DATE", "4th of July"),
    ],
)

n(
    "en",
    "event",
    "🎄 Meadowlark Manor Christmas Open House — Sunday, Dec. 14, 1–4 pm. Cookies, carols with the Willow Bend High School choir, and a visit from Santa at 2:30. Families and neighbors welcome!",
    "hospital event with date and time",
)

p(
    "en",
    "birth_announcement",
    "❄️ THE NIGHT THE ROADS CLOSED ❄️\n\nYou all remember the blizzard. The plows had pulled off, the highway was shut, and a young mom from out in the country was in labor with her third.\n\nA sheriff's deputy drove ahead of our ambulance for 18 miles at 15 mph so our crew could follow his taillights. Our Birthing Center nurses had the room warm and ready.\n\nAt 4:51 am, baby Noelle made her grand entrance — 7 pounds of pure stubbornness. 💕\n\nTo our EMS crew, to the deputy, to everyone who plowed and prayed: thank you. This is rural health care.",
    [("DATE", "4:51 am"), ("NAME", "Noelle")],
    "long post; baby named once; birth time; the mother anonymous",
)

n(
    "en",
    "statistic",
    "Since our Birthing Center opened in 1998, we've welcomed 6,107 babies. 👶 Some of them now work here — 23 of our current employees were born in this building!",
    "aggregate statistics",
)

p(
    "en",
    "thank_you",
    "Thank you to the Haakenson family for the gift of new rocking chairs for Cottonwood Hospice, in memory of their mother, Gladys, who spent her last days with us. 🪑💜 She loved to rock and watch the sunset.",
    [("NAME", "Haakenson"), ("NAME", "Gladys")],
    "donors who are relatives of a patient, and the patient's name",
)

n(
    "en",
    "public_figure",
    "#ThrowbackThursday ⚾ Local legend has it that Bob Feller, 'the Heater from Van Meter', once signed baseballs for kids in our old hospital's polio ward. If your family has a photo, we'd love to see it!",
    "historical public figure",
)

p(
    "en",
    "staff_spotlight",
    "Our Auxiliary's longest-serving volunteer, Mildred 'Millie' Fontaine, 91, has run the gift shop since 1979. Last week she was a patient on 2 East with a broken hip — and ran the unit coffee cart from her wheelchair. 😂 Millie, you are unstoppable.",
    [("NAME", "Mildred 'Millie' Fontaine"), ("NAME", "Millie", "*"), ("AGE", "91")],
    "volunteer who became a patient",
)

n(
    "en",
    "eponymous_condition",
    "Living with Crohn's disease or ulcerative colitis? 💜 Our GI nurse navigator leads a support group on the last Thursday of each month at 6 pm. Meets in the Prairie Room; snacks are gentle on the gut.",
    "eponymous condition; hospital event",
)

p(
    "en",
    "patient_story",
    "the gentleman in room 209 wants everyone to know he is a Cubs fan and he will NOT be watching the Cardinals game tonight ⚾😂 (name withheld, he's shy)",
    [("OTHER_ID", "209")],
    "room number is the only identifier",
)

n(
    "en",
    "crisis_update",
    "💧 Boil order: The City of Willow Bend has issued a boil order after a water main break. Our hospital and Meadowlark Manor are using bottled water and all patient care continues. Thank you, Hy-Vee, for the pallets of water!",
    "crisis update, no individuals",
)

p(
    "en",
    "pasted_record",
    "Reminder to self before I post the NICU reunion pic: blur the ID band!! (Baby boy Okonkwo, MRN 00591177, mom's # 712-555-3047)",
    [("NAME", "Okonkwo"), ("MRN", "00591177"), ("PHONE", "712-555-3047")],
)

n(
    "en",
    "anonymous_story",
    "A veteran on our hospice service asked to see the sun come up over the corn one more time. Our nurse and his grandson wheeled him out at 5:30 am with blankets and coffee. 🌅 He saluted it.",
    "anonymous veteran; the time is not tied to an identified person",
)

p(
    "en",
    "patient_story",
    "Honor Flight guardian needed! 🇺🇸 Our resident Arvid Solberg, a 90-year-old Korean War vet, is booked on the Sept. 20 flight but his son can't make it. If you can be his guardian, email honorflight@willowbendregional.org.",
    [("NAME", "Arvid Solberg"), ("AGE", "90-year-old"), ("DATE", "Sept. 20")],
    "resident's name, age and Honor Flight date; the email is the hospital's",
)

n(
    "en",
    "recruitment",
    "We're hiring a bilingual Farmworker Health Outreach Worker 🌾 You'll visit dairies and packing plants across Willow Bend County with our mobile clinic. Spanish required; K'iche' a plus. willowbendregional.org/careers",
    "job posting",
)

p(
    "en",
    "memorial",
    "Our Meadowlark family is grieving the loss of Hattie Mae Sturgis, who passed Sunday morning. Even in her nineties, Hattie hemmed every pair of scrub pants that came her way. We'll miss you, Miss Hattie. 🧵",
    [
        ("NAME", "Hattie Mae Sturgis"),
        ("NAME", "Hattie", "*"),
        ("DATE", "Sunday morning"),
        ("AGE", "nineties"),
    ],
)

n(
    "en",
    "hospital_contact",
    "Our new website is live! 💻 willowbendregional.org — find a provider, pay a bill, or read the latest from Meadowlark Manor. Questions? Call (712) 555-0140 or message us here @WillowBendRH.",
    "hospital's own site, phone and handle",
)

p(
    "en",
    "patient_story",
    "Big thanks to @Cowgirl_Kenzie, who live-tweeted her entire stay with us after her barrel-racing fall and made our nurses famous 🐎😂 Heal up, Kenzie!",
    [("OTHER_ID", "@Cowgirl_Kenzie"), ("NAME", "Kenzie")],
    "patient's social handle and first name",
)

n(
    "en",
    "sponsor",
    "🎃 Thank you, Willow Bend FFA, for 200 pounds of pumpkins for the Meadowlark Manor carving party! Our residents made 31 jack-o'-lanterns and one very scary turnip.",
    "sponsor; residents anonymous",
)

p(
    "en",
    "patient_story",
    "Two Earls, one room! 😂 Our patient Earl Redhawk got a kick out of learning his night nurse is also named Earl (Earl Dunphy, RN — 30 years on nights). They've decided to start a club.",
    [("NAME", "Earl Redhawk")],
    "patient and staff share a first name; only the patient is labelled",
)

n(
    "en",
    "campaign_hashtag",
    "Today is #GivingTuesday 💚 Every gift to the WBRH Foundation stays right here in Willow Bend County. Give at willowbendregional.org/give or tag a friend with #GiveRural.",
    "campaign hashtags and hospital URL",
)

p(
    "en",
    "staff_spotlight",
    "Congrats to our own L&D nurse Kelsey Marchetti, who delivered her son Beau right here on her own unit on Oct 2! 👶 Her coworkers say she tried to chart her own vitals.",
    [("NAME", "Kelsey Marchetti"), ("NAME", "Beau"), ("DATE", "Oct 2")],
    "staff nurse who was a patient (gave birth); newborn's name and birth date",
)

n(
    "en",
    "memorial",
    "Twenty years ago today we lost Dr. Howard Tenney, our first full-time ER physician. His portrait still hangs by the ambulance bay. Many of you owe him your life — we know we owe him our ER.",
    "memorial for a physician (staff)",
)

p(
    "en",
    "pasted_record",
    "[internal] Photo consent on file? Resident: Doris 'Dot' Halvorsen, rm 118, DOB 11/19/1930, POA granddaughter Whitney — whitney.halv@gmail.com / (605) 555-2297",
    [
        ("NAME", "Doris 'Dot' Halvorsen"),
        ("OTHER_ID", "118"),
        ("DATE", "11/19/1930"),
        ("NAME", "Whitney"),
        ("EMAIL", "whitney.halv@gmail.com"),
        ("PHONE", "(605) 555-2297"),
    ],
)

n(
    "en",
    "health_tip",
    "💉 Back-to-school reminder: kids 11–12 need their Tdap, HPV and meningitis shots, and 16-year-olds need a meningitis booster. Walk in at our Corwin Clinic or call 712-555-0163.",
    "general tip with population ages; hospital clinic phone",
)

p(
    "en",
    "patient_story",
    "Our 92 y/o wound clinic patient brought us a rhubarb pie from her own patch. It was gone in 11 minutes. 🥧",
    [("AGE", "92 y/o")],
    "age only",
)

n(
    "en",
    "staff_spotlight",
    'Our CEO Gary Haugen spent Monday shadowing the night shift at Meadowlark Manor — bed checks, med pass and all. 🌙 His verdict: "Our aides are the strongest people in this county."',
    "CEO and staff",
)

p(
    "es",
    "pasted_record",
    'Para la sección "Nuestros abuelitos" del boletín: Doña Rosario "Chayo" Limón, 96 años, cuarto 220, expediente no. WB557310. Su nieta Karina pide que la llamen al (515) 555-6230 antes de publicar.',
    [
        ("NAME", 'Rosario "Chayo" Limón'),
        ("AGE", "96 años"),
        ("OTHER_ID", "220"),
        ("MRN", "WB557310"),
        ("NAME", "Karina"),
        ("PHONE", "(515) 555-6230"),
    ],
)

n(
    "es",
    "staff_spotlight",
    "Felicitamos a nuestro equipo de intérpretes: Ana Lucía Fierro, Tomás Quiroga y Guadalupe 'Lupita' Reyes. 🗣️ ¡Gracias por ser la voz de nuestros pacientes!",
    "personal del hospital",
)

p(
    "es",
    "milestone_birthday",
    "Hace un año, Mateo Lucero Benítez llegó al mundo en nuestro Centro de Partos pesando apenas 2 kilos. 🥹 Hoy cumple su primer añito y su mamá Fernanda nos mandó esta foto. ¡Feliz cumpleaños, Mateo!",
    [
        ("NAME", "Mateo Lucero Benítez"),
        ("NAME", "Mateo", "*"),
        ("AGE", "primer añito"),
        ("NAME", "Fernanda"),
    ],
)

n(
    "es",
    "event",
    "El 1 de noviembre, Día de Todos los Santos, tendremos una misa a las 10 am en la capilla del hospital en memoria de los pacientes de Cottonwood Hospice. 🕯️ Todos son bienvenidos.",
    "evento del hospital; pacientes anónimos",
)

p(
    "es",
    "memorial",
    "Con tristeza compartimos que el señor Eusebio Tlapa, trabajador de Vander Ploeg Dairy, falleció anoche en nuestro hospital tras el accidente del lunes. Tenía 34 años. Nuestras oraciones están con su esposa Marisol y sus tres hijos.",
    [
        ("NAME", "Eusebio Tlapa"),
        ("OTHER_ID", "Vander Ploeg Dairy"),
        ("DATE", "anoche"),
        ("DATE", "lunes"),
        ("AGE", "34 años"),
        ("NAME", "Marisol"),
    ],
)

n(
    "es",
    "statistic",
    "En 2024 nacieron 61 bebés de familias latinas en nuestro Centro de Partos. 👶 El 100% de las mamás que lo pidieron tuvo intérprete durante el parto.",
    "estadística",
)

p(
    "es",
    "patient_story",
    "¡Qué gusto ver a la maestra Dolores Cisneros de regreso en el salón! 🍎 Después de su cirugía del 2 de mayo, sus alumnos de kínder en Pruitt le hicieron una fiesta con piñata y todo.",
    [("NAME", "Dolores Cisneros"), ("DATE", "2 de mayo"), ("GEO", "Pruitt")],
    "nombre que es palabra; fecha de cirugía; lugar de trabajo",
)

n(
    "es",
    "recruitment",
    "¿Habla español e inglés? 🗣️ Buscamos intérpretes médicos de tiempo completo. Beneficios completos. Solicite en willowbendregional.org/careers o llame al (712) 555-0140.",
    "oferta de empleo",
)

p(
    "en",
    "milestone_birthday",
    'Rose turned 99 on Valentine\'s Day, which she says is "the only reason anybody remembers it." 🌹 Happy birthday, Rose Cheng, from your friends at Meadowlark! (The roses are from her grandson Tim.)',
    [
        ("NAME", "Rose Cheng"),
        ("NAME", "Rose", "*"),
        ("AGE", "99"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Tim"),
    ],
    "name that is a word (lower-case 'roses' is the flower); birthday holiday; grandson",
)

n(
    "en",
    "memorial",
    "Our Birthing Center is heartbroken. Janice Holm, RN, 62, a labor & delivery nurse here for 35 years, died suddenly over the weekend while on vacation in Colorado. Janice caught thousands of our babies and never forgot a name. 💔",
    "memorial for a staff nurse with her age; she was not our patient",
)

p(
    "en",
    "pasted_record",
    "Can someone check if we have consent for the Farm Safety video? Kid from the ATV crash — record #A-55102, Brody Vanderhorst, dad Kurt (cell 7125558816).",
    [("MRN", "A-55102"), ("NAME", "Brody Vanderhorst"), ("NAME", "Kurt"), ("PHONE", "7125558816")],
)

n(
    "en",
    "event",
    "🥞 Honor Flight pancake breakfast! Sunday, March 8, 7–11 am at American Legion Post 212. Free-will donation; every dollar sends a veteran to DC. Questions? Call Post Commander Dale Vos at 712-555-4420.",
    "community event; the phone belongs to an event organiser, not a patient",
)

p(
    "en",
    "birth_announcement",
    "It's a girl! 🎀 Ivy Joy Kamara was born Thursday at 10:10 pm. Grandma Fatmata asked us to share that cards and thank-you notes can go to the.kamaras@gmail.com 💕",
    [
        ("NAME", "Ivy Joy Kamara"),
        ("DATE", "Thursday"),
        ("DATE", "10:10 pm"),
        ("NAME", "Fatmata"),
        ("EMAIL", "the.kamaras@gmail.com"),
    ],
)

n(
    "en",
    "anonymous_story",
    "Someone left an envelope at the front desk with $500 and a note: \"For the nurse who held my dad's hand.\" We don't know who you are, but we know which nurse you meant — and so does she. 💙",
    "anonymous donor and patient",
)

p(
    "en",
    "patient_story",
    "The whole town showed up in green for #JoeyStrong tonight 💚 Thank you, Willow Bend. Update: he's out of surgery and resting comfortably.",
    [("NAME", "#JoeyStrong")],
    "patient named only in a hashtag",
)

n(
    "en",
    "crisis_update",
    "We are treating 3 patients from this morning's anhydrous ammonia leak at a farm supply site near Hartwick. All are in fair condition. The county asks residents within a mile to keep windows closed until noon.",
    "crisis update with counts; the incident location is not tied to an identified patient",
)

p(
    "en",
    "event",
    '📰 2 EAST NEWS\n\n🎉 DISCHARGES: Congrats to Wendell Ashby, who went home Monday after 3 weeks with us — his grandkids decorated the whole hallway.\n\n👋 NEW FACES: Welcome to new nurse Priyanka Desai, RN!\n\n🙌 KUDOS: A card from the family in room 214 thanked our night aides "for the warm blankets and warmer hearts."\n\n📅 REMINDER: Skills fair is Thursday in the Prairie Room.',
    [("NAME", "Wendell Ashby"), ("DATE", "Monday"), ("OTHER_ID", "214")],
    "unit newsletter: one discharged patient with discharge day, a room number; new nurse is staff",
)

n(
    "en",
    "public_figure",
    "Thank you to State Rep. Linda Vos for touring Meadowlark Manor and listening to our staff about rural long-term care funding. 🏛️ Rep. Vos's own grandmother was a Meadowlark resident back in the '90s!",
    "public official; her unnamed grandmother is not identified",
)

p(
    "en",
    "patient_story",
    "Our Honor Flight Veteran of the Year: Sgt. Lucius Bell, born in 1929, who served in Korea with the 24th Infantry Regiment. 🇺🇸 Lucius will ride at the front of the Willow Bend Memorial Day parade. Salute him when he passes!",
    [("NAME", "Lucius Bell"), ("NAME", "Lucius", "*"), ("DATE", "1929")],
    "rank outside the span; birth year reveals an age over 89; parade is a community event",
)

n(
    "en",
    "eponymous_condition",
    "Tourette syndrome is named after French neurologist Georges Gilles de la Tourette. 💙 This Tourette Awareness Month, remember: tics are not a choice. Kindness is.",
    "eponymous condition, historical physician",
)

p(
    "en",
    "thank_you",
    "Shout-out to the crew at Van Wyk Farms who kept pressure on their coworker's arm until our ambulance got there Wednesday. Because of them, Esteban Morales still has his arm. 💪",
    [("OTHER_ID", "Van Wyk Farms"), ("DATE", "Wednesday"), ("NAME", "Esteban Morales")],
    "patient's employer, accident day, name",
)

n(
    "en",
    "health_tip",
    "🕷️ Tick season is here. Lyme disease (named for Lyme, Connecticut) is showing up more in Iowa every year. Tuck your pants into your socks in tall grass and check the kids and dogs every night.",
    "eponymous place-named disease; general tip",
)

p(
    "en",
    "milestone_birthday",
    "Somebody at Meadowlark turns 100 on Friday and she has requested a Harley ride. 🏍️ We're working on it. #MeadowlarkMoments",
    [("AGE", "100"), ("DATE", "Friday")],
    "age and birthday of an unnamed resident",
)

n(
    "en",
    "recruitment",
    "Meadowlark Manor is hiring dietary aides! 🍽️ Part-time, flexible hours, perfect for students 16 and older. Free meal every shift. Apply at the front desk or willowbendregional.org/careers.",
    "job posting with an age requirement",
)

p(
    "en",
    "patient_story",
    "Room 12 is extra happy today: Mr. R.J. finally got his hearing aids back from the shop and heard his granddaughter's voice for the first time in weeks. 🥹",
    [("OTHER_ID", "12"), ("NAME", "R.J.")],
    "initials and room number",
)

n(
    "en",
    "sponsor",
    "Thank you to Dr. and Mrs. Philip Anand for sponsoring this year's Cottonwood Hospice volunteer appreciation dinner! 🍽️ 64 volunteers, 3,100 hours of service, and one very good pot roast.",
    "donors by name",
)

p(
    "en",
    "staff_spotlight",
    "Thank you for all the love for our Meadowlark cook, Verna 'Cookie' Dahlberg, who had her gallbladder out here on Friday. She's already texting recipes from her recliner. 🍰",
    [("NAME", "Verna 'Cookie' Dahlberg"), ("DATE", "Friday")],
    "employee who was a patient; surgery day",
)

n(
    "en",
    "campaign_hashtag",
    "💜 It's #WorldPrematurityDay. One in ten babies is born too early. Our Birthing Center nurses are trained to stabilize preemies until transport arrives. Light it up purple tonight! #PurpleForPreemies",
    "campaign hashtags",
)

p(
    "en",
    "patient_story",
    "#prayforbrantley 🙏 thank u all for the support, he's stable now and our nurses are spoiling him rotten",
    [("NAME", "#prayforbrantley")],
    "lower-case name hashtag only",
)

n(
    "en",
    "staff_spotlight",
    "Please welcome Dr. Jin-Woo Park, family medicine, to our Corwin Clinic! 🩺 Dr. Park grew up in Omaha, trained in rural medicine in Nebraska, and already knows more about hog prices than any of us.",
    "new physician",
)

p(
    "en",
    "patient_story",
    "Huge welcome back to Kinsley Tran, a junior at Corwin-Hartwick High School, who just finished six weeks of treatment at our infusion center. 🏐 Her volleyball team wore her number at their game.",
    [("NAME", "Kinsley Tran"), ("OTHER_ID", "Corwin-Hartwick High School")],
)

n(
    "en",
    "hospital_contact",
    "Want to send mail to a Meadowlark resident? 💌 Address it to the resident, c/o Meadowlark Manor, 1400 Prairie View Drive, Willow Bend, IA 51467. Cards are delivered with lunch every day.",
    "hospital's own address; no resident named",
)

p(
    "en",
    "pasted_record",
    "Pt identifier for the Veterans Day story: Med Rec No. 0044-1938 — Willard Thompson III, 87, Korean War Marine. Please double-check spelling before it goes live.",
    [("MRN", "0044-1938"), ("NAME", "Willard Thompson III"), ("AGE", "87")],
)

n(
    "en",
    "research",
    "Are you 60 or older with knee arthritis? 🦵 Our rehab department is one of six rural sites in a study of home-based exercise programs. Call (712) 555-0140 and ask for the research nurse.",
    "research recruitment for a population",
)

p(
    "en",
    "patient_story",
    "Mrs. Okoye asked us to pass along her email (ngozi.okoye55@yahoo.com) to anyone from her old church choir who'd like to send cards while she's in rehab 💌",
    [("NAME", "Okoye"), ("EMAIL", "ngozi.okoye55@yahoo.com")],
)

n(
    "en",
    "event",
    "🕊️ Cottonwood Hospice volunteer training, 3 Saturdays: Jan. 10, 17 and 24, 9 am–1 pm. Learn to sit with patients, support families, and be present. Sign up with Dana Kowalczyk, RN, CHPN, at hospice@willowbendregional.org.",
    "hospital training dates; staff; hospital email",
)

p(
    "en",
    "memorial",
    'In loving memory 🕊️\nBernard "Barney" Krol\nMarch 2, 1934 – October 17, 2025\n\nBarney milked cows near Svea for 60 years and never missed a morning. He spent his last weeks with us at Meadowlark Manor, where he taught half the staff to play sheepshead and won every hand. He is survived by his wife Irene and children Greg, Theresa and Tony. We were lucky to know you, Barney.',
    [
        ("NAME", 'Bernard "Barney" Krol'),
        ("NAME", "Barney", "*"),
        ("DATE", "March 2, 1934"),
        ("DATE", "October 17, 2025"),
        ("GEO", "Svea"),
        ("NAME", "Irene"),
        ("NAME", "Greg"),
        ("NAME", "Theresa"),
        ("NAME", "Tony"),
    ],
)

n(
    "en",
    "anonymous_story",
    "A grandson drove six hours from Minneapolis to play the fiddle for his grandpa on our hospice unit last weekend. The whole hall stopped to listen. 🎻",
    "anonymous patient and grandson",
)

p(
    "en",
    "birth_announcement",
    "Little Bodhi (born on the 12th, all 9 lb 6 oz of him) says thanks to Nurse Tess for the extra swaddle lessons. 😴",
    [("NAME", "Bodhi"), ("DATE", "12th")],
    "newborn name and birth date; 'Nurse Tess' is staff",
)

n(
    "en",
    "crisis_update",
    "🚧 Prairie View Drive is closed between 14th St and the hospital for a gas line repair. Ambulances are unaffected. Patients and visitors, please use the west entrance off Cedar Ave.",
    "road closure notice",
)

p(
    "es",
    "patient_story",
    "La pequeña Xóchitl, de 5 años, vino hoy a darle las gracias al doctor que le cosió la frente cuando se cayó del columpio el Día del Niño. 🌸",
    [("NAME", "Xóchitl"), ("AGE", "5 años"), ("DATE", "Día del Niño")],
)

n(
    "es",
    "campaign_hashtag",
    "💉 ¡Protéjase esta temporada! Vacúnese contra la gripe y el COVID y comparta su foto con #VacúnateIowa y #SaludRural.",
    "etiquetas de campaña",
)

p(
    "es",
    "pasted_record",
    "Equipo: la familia de Don Anselmo Quiñónez (exp. 00-88213, cama 2) pidió que les manden el video de su cumpleaños 90 a anselmo.hijos@gmail.com. ¡Gracias!",
    [
        ("NAME", "Anselmo Quiñónez"),
        ("MRN", "00-88213"),
        ("OTHER_ID", "2"),
        ("AGE", "90"),
        ("EMAIL", "anselmo.hijos@gmail.com"),
    ],
)

n(
    "es",
    "staff_spotlight",
    "El Dr. Héctor Villanueva, ginecólogo, ahora atiende partos en español y en inglés en nuestro Centro de Partos. 👶 ¡Bienvenido, doctor!",
    "médico del personal",
)

p(
    "es",
    "milestone_birthday",
    "Felicidades a los abuelos Cruz y Esperanza Mendoza, que celebraron 65 años de casados en la capilla de Meadowlark el 14 de febrero. 💕",
    [("NAME", "Cruz"), ("NAME", "Esperanza Mendoza"), ("DATE", "14 de febrero")],
    "nombres que son palabras; fecha personal; 65 años de casados es duración",
)

n(
    "es",
    "health_tip",
    "🌾 Si trabaja con pesticidas, use guantes, lávese las manos antes de comer y cámbiese de ropa antes de abrazar a sus hijos. ¿Mareos o dolor de cabeza? Venga a la clínica o llame al 712-555-0163.",
    "consejo general; teléfono de la clínica",
)

p(
    "es",
    "patient_story",
    "Gracias a todos por las oraciones por Yareli 🙏 Ya salió de cirugía y está estable. #FuerzaYareli",
    [("NAME", "Yareli"), ("NAME", "#FuerzaYareli")],
)

n(
    "es",
    "crisis_update",
    "Estamos atendiendo a 7 trabajadores de la planta empacadora por una fuga de amoniaco. Sus familias pueden venir a la entrada principal. Por privacidad, no daremos nombres por teléfono.",
    "actualización de crisis con cifras",
)

p(
    "en",
    "birth_announcement",
    "Baby Honor Lee Castillo was born on Veterans Day at 11:11 am 🇺🇸 — and her great-grandpa, a Korean War vet, was in the waiting room wearing his Honor Flight cap. You can't make this stuff up.",
    [("NAME", "Honor Lee Castillo"), ("DATE", "Veterans Day"), ("DATE", "11:11 am")],
    "name that is a word (the 'Honor' of Honor Flight is not the name); holiday and time of birth",
)

n(
    "en",
    "staff_spotlight",
    "Meet our night house supervisor, Denise 'Neesy' Okafor-Hale, RN. 🌙 In 28 years she has worked every holiday at least twice and knows where every spare IV pole in this building is hiding.",
    "staff spotlight with nickname",
)

p(
    "en",
    "pasted_record",
    "Happy discharge day to our friend in 3B!! 🎈 (note to self: MRN 10027743 — do NOT put that in the caption lol)",
    [("OTHER_ID", "3B"), ("MRN", "10027743")],
)

n(
    "en",
    "event",
    "✈️ Honor Flight #43 departs from our parking lot at 4 am Tuesday. Yes, 4 AM. Come line the drive with flags and coffee and send our veterans off right! 🇺🇸",
    "community event; veterans anonymous",
)

p(
    "en",
    "pasted_record",
    "pls call Sheree Lundgren's daughter at 952-555-0417 — she wants to be here when we surprise her mom with the Quilt of Valor on Thursday 🇺🇸",
    [("NAME", "Sheree Lundgren"), ("PHONE", "952-555-0417"), ("DATE", "Thursday")],
    "harmless-looking note: veteran's name, daughter's phone, day of the ceremony",
)

n(
    "en",
    "statistic",
    "⭐⭐⭐⭐⭐ For the 6th year in a row, Meadowlark Manor has earned a five-star rating from CMS. That's because of 74 aides, nurses, cooks, housekeepers and activity staff who treat our residents like family.",
    "quality rating and staff count",
)

p(
    "en",
    "memorial",
    "Any Meadowlark staff or volunteers who knew Pops Hendrickson: his son Matt is collecting memories for the funeral slideshow at mhendrickson@iastate.edu 🕊️ Pops would want the funny ones.",
    [
        ("NAME", "Pops Hendrickson"),
        ("NAME", "Pops", "*"),
        ("NAME", "Matt"),
        ("EMAIL", "mhendrickson@iastate.edu"),
    ],
)

n(
    "en",
    "public_figure",
    "Happy birthday to Winterset's own John Wayne, born Marion Morrison on May 26, 1907! 🤠 Saddle up and get your blood pressure checked, pilgrim.",
    "public figure's birth date and town",
)

p(
    "en",
    "patient_story",
    "Jonah Weatherwax, 11, was bottle-feeding a calf when it kicked him square in the chin on Saturday. Eight stitches later he's asking to go back out. 🐮 Farm kids are built different.",
    [("NAME", "Jonah Weatherwax"), ("AGE", "11"), ("DATE", "Saturday")],
)

n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers, especially when found early. 🎗️ Our infusion center offers chemotherapy close to home so you don't have to drive to Sioux City every week.",
    "eponymous condition",
)

p(
    "en",
    "patient_story",
    "replying to all the comments: YES we remember your grandma!! Edna Flaherty, born 6/6/1926, the lady in Meadowlark room 105 who knitted every NICU hat for ten years 💕 please tell her we said hi",
    [("NAME", "Edna Flaherty"), ("DATE", "6/6/1926"), ("OTHER_ID", "105")],
)

n(
    "en",
    "anonymous_story",
    "A farmer came in last week with a hand injury and told our nurse, \"Don't you dare put my name on Facebook.\" So we won't. But sir, we're so glad you wore gloves. 🧤",
    "anonymous patient",
)

p(
    "en",
    "birth_announcement",
    "Baby Lily Grace Ndiaye arrived on Easter Sunday at 5:55 am 🐣💛 Mom and baby are doing great. Happy Easter from our Birthing Center!",
    [("NAME", "Lily Grace Ndiaye"), ("DATE", "Easter Sunday"), ("DATE", "5:55 am")],
    "birth holiday and time; the closing 'Happy Easter' is a greeting",
)

n(
    "en",
    "recruitment",
    "Join Cottonwood Hospice as a full-time RN Case Manager 💜 Company car, flexible schedule, and a team that has your back. Questions? Email Dana Kowalczyk, RN, CHPN, at hospice@willowbendregional.org.",
    "job posting with staff and hospital email",
)

p(
    "en",
    "staff_spotlight",
    "Our beloved ER secretary Carmen Villarreal-Boyd spent 11 days in our own ICU with COVID pneumonia back in 2021. Today, healthy and happy, Carmen clocked out for the last time after 30 years. 🎉 Enjoy retirement — you earned every minute.",
    [("NAME", "Carmen Villarreal-Boyd"), ("NAME", "Carmen", "*")],
    "employee who was our patient; year alone not labelled",
)

n(
    "en",
    "health_tip",
    "Falls are the #1 cause of injury for Iowans 65 and older. 🚶 Grab bars, night lights and good shoes go a long way. Ask our rehab team about a free home safety check: (712) 555-0140.",
    "general tip with population age",
)

p(
    "en",
    "patient_story",
    'Thank you to the volunteer fire crew who cut Clayton "Clay" Bjornstad out of his overturned grain truck Monday night. 🚒 Clay, 44, is recovering on 2 East and already asking about harvest.',
    [
        ("NAME", 'Clayton "Clay" Bjornstad'),
        ("NAME", "Clay", "*"),
        ("DATE", "Monday night"),
        ("AGE", "44"),
    ],
)

n(
    "en",
    "sponsor",
    "💐 Thank you to the Willow Bend Women's Club for 300 fidget quilts for our memory care residents! Every stitch was done by hand by club members aged 14 to 93.",
    "sponsor; club members' ages are not patients'",
)

p(
    "en",
    "thank_you",
    "To the Nakashima-Petersen family: thank you for trusting us with your mother's care these last months. 💜 The bird feeder you hung outside her window is still the busiest one on the hospice unit.",
    [("NAME", "Nakashima-Petersen")],
    "relatives' family name only",
)

n(
    "en",
    "memorial",
    "Rest in peace, Gene Hoffmeier, who drove a Willow Bend ambulance for 31 years and trained most of the EMTs in this county. 🚑 Gene retired in 2009 and passed peacefully at home in Arizona. Lights and sirens, Gene.",
    "memorial for a retired EMT (staff), not our patient",
)

p(
    "en",
    "event",
    "📰 HOSPICE HAPPENINGS — Fall\n\n🙏 VOLUNTEERS: Welcome to our 7 new volunteers, including retired teacher Gail Mortensen and Pastor Luke Aaberg!\n\n🏆 AWARD: Dana Kowalczyk, RN, CHPN, is the Iowa Hospice Nurse of the Year!\n\n💜 WISHES: Thanks to our Wish Fund, hospice patient Irma Gutierrez got to see the ocean in Galveston. Donate at willowbendregional.org/wishes.\n\n🗓️ Grief support group: 2nd and 4th Tuesdays, 6 pm.",
    [("NAME", "Irma Gutierrez")],
    "long newsletter where one patient is named once among volunteers and staff",
)

n(
    "en",
    "crisis_update",
    "We've activated our mass casualty plan after the bleacher collapse at the county fair. As of 8:30 pm we have received 17 patients, most with minor injuries. Blood donors: the Community Room is open until midnight.",
    "crisis update with counts",
)

p(
    "en",
    "pasted_record",
    "Staff reminder: DON'T paste insurance info into drafts! Someone left this in one yesterday: 'Wellmark member ID WMK884210553, Fred Lanning'. Deleted, but please be careful. 🙏",
    [("HEALTH_PLAN", "WMK884210553"), ("NAME", "Fred Lanning")],
    "a warning post that repeats a pasted member id and name",
)

n(
    "en",
    "statistic",
    "🌽 Harvest by the numbers: our ER treated 14 farm injuries this fall — 5 from augers, 4 from falls, 3 from livestock and 2 from PTO shafts. Please slow down out there.",
    "aggregate statistics",
)

p(
    "en",
    "birth_announcement",
    "At 3:45 pm on a Sunday in September, Peyton Alvarez-Ruiz became the very first baby delivered by our new certified nurse-midwife program! 🎉",
    [
        ("DATE", "3:45 pm"),
        ("DATE", "Sunday"),
        ("DATE", "September"),
        ("NAME", "Peyton Alvarez-Ruiz"),
    ],
)

n(
    "en",
    "campaign_hashtag",
    "💜 November is #NationalHospiceMonth. Hospice is for living. Ask us anything about Cottonwood Hospice in the comments — our nurses will answer. #HospiceMatters",
    "campaign hashtags",
)

p(
    "en",
    "patient_story",
    "Eighty-four and still planting his own beans: octogenarian Orval Brekke was back on his planter in April, just six weeks after his hip replacement here. 🚜",
    [("AGE", "Eighty-four"), ("AGE", "octogenarian"), ("NAME", "Orval Brekke"), ("DATE", "April")],
)

n(
    "en",
    "research",
    "Our pharmacy team published a short report on reducing opioid prescriptions after C-sections — down 61% in two years. 📉 Proud of this work!",
    "quality report",
)

p(
    "en",
    "discharge",
    "Tiny is home! 🎉 All 6'5\" of him. Thanks for the cards, everyone — the farm crew misses you, Tiny.",
    [("NAME", "Tiny", "*")],
    "nickname only",
)

n(
    "en",
    "thank_you",
    "Thank you to our 2025 Auxiliary officers: President Marilyn Tenold, Vice President Rosalind Achterberg, and Treasurer Bud Thoreson. The gift shop raised $22,000 for patient care this year! 🛍️",
    "volunteers by name",
)

p(
    "en",
    "pasted_record",
    "Flowers for the Larsen anniversary party should go to the family home, 4471 290th St, Elk Ridge — NOT the hospital. Mr. Larsen goes home Friday! 💐",
    [("NAME", "Larsen", "*"), ("GEO", "4471 290th St, Elk Ridge"), ("DATE", "Friday")],
)

n(
    "en",
    "event",
    "📅 Free community CPR class, Thursday, Feb. 19, 6–8 pm, WBRH Community Room. Taught by our ER nurses. Ages 12 and up. Register: (712) 555-0140.",
    "hospital event",
)

p(
    "es",
    "patient_story",
    "Don Cipriano Robles, veterano de Vietnam de 78 años, recibió hoy su Colcha de Valor en Meadowlark Manor. 🇺🇸 Su hija Araceli no pudo contener las lágrimas.",
    [("NAME", "Cipriano Robles"), ("AGE", "78 años"), ("NAME", "Araceli")],
)

n(
    "es",
    "event",
    "🕯️ Día de Muertos en Meadowlark Manor: el altar estará en la capilla del 28 de octubre al 2 de noviembre. Traiga la foto de su ser querido y pan de muerto para compartir.",
    "evento del hospital",
)

p(
    "es",
    "pasted_record",
    "Llamar a la mamá de Brayan (cel. 641-555-2290) para confirmar la foto del cumpleaños de su hijo en el piso de pediatría. Brayan cumplió 7 el sábado. 🎂",
    [("NAME", "Brayan", "*"), ("PHONE", "641-555-2290"), ("AGE", "7"), ("DATE", "sábado")],
)

n(
    "es",
    "health_tip",
    "¿Su hijo tiene entre 6 meses y 5 años? 💉 Le ofrecemos vacunas gratis en la Clínica de Corwin los jueves. No necesita cita.",
    "consejo general; edades de población",
)

p(
    "es",
    "milestone_birthday",
    "A nuestra querida paciente Rosa Elena Mújica: ¡felices 80! 🌹 Gracias por enseñarnos a hacer pozole de verdad.",
    [("NAME", "Rosa Elena Mújica"), ("AGE", "80")],
)

n(
    "es",
    "sponsor",
    "¡Gracias a Radio La Tremenda 1460 AM por ayudarnos a difundir la feria de salud! 📻 Más de 300 familias vinieron.",
    "patrocinador",
)

p(
    "es",
    "staff_spotlight",
    "Nuestra compañera de limpieza, Doña Imelda Sarabia, trabajó aquí 22 años y ahora recibe cuidados en Cottonwood Hospice. 💜 Si quieren mandarle tarjetas, su hija Nelly las recoge en la recepción.",
    [("NAME", "Imelda Sarabia"), ("NAME", "Nelly")],
    "empleada que ahora es paciente; su hija",
)

n(
    "es",
    "anonymous_story",
    "Una señora nos contó que aprendió a leer a los 70 años para poder leerle cuentos a sus nietos. 📚 Ahora viene a leerles a los niños en la sala de espera.",
    "historia anónima; la edad no identifica a una paciente",
)

p(
    "en",
    "pasted_record",
    "TODO before Friday's post: swap the real wristband pic for the stock one!! Wristband shows: GUNDERSON, ARLO  MRN 0058-3321  DOB 2025-03-14 😬",
    [("NAME", "GUNDERSON, ARLO"), ("MRN", "0058-3321"), ("DATE", "2025-03-14")],
    "ALL-CAPS name, record number and birth date from a wristband; 'Friday' is the post's own schedule",
)

n(
    "en",
    "staff_spotlight",
    'Everybody in Corwin calls him "Doc," but his name is Dr. Abram Featherstone, and he has been the family doctor for three generations of Corwin families. 🩺 After 40 years, Doc is cutting back to two days a week. Thank you, Doc!',
    "staff physician known by a nickname",
)

p(
    "en",
    "patient_story",
    "The Hoch family would love to find the bystander who pulled Grandpa Vern out of his burning machine shed and drove him to our ER. 🙏 If that was you, please email hochfamilythanks@gmail.com — they just want to say thank you.",
    [("NAME", "Hoch"), ("NAME", "Vern"), ("EMAIL", "hochfamilythanks@gmail.com")],
)

n(
    "en",
    "thank_you",
    "Big Mike Sorensen has been our volunteer Santa at Meadowlark Manor for 25 years 🎅 and he says he's not done yet. Thank you for the ho-ho-hos, Big Mike!",
    "volunteer by nickname",
)

p(
    "en",
    "pasted_record",
    "DRAFT v2 (delete the contact line before publishing!!)\nThis Mother's Day, meet Antoinette 'Toni' Baptiste-Moore, who just welcomed her sixth baby in our Birthing Center — and has brought us donuts after every single one. 🍩\ncontact: toni.bmoore@gmail.com / 712-555-7126",
    [
        ("NAME", "Antoinette 'Toni' Baptiste-Moore"),
        ("EMAIL", "toni.bmoore@gmail.com"),
        ("PHONE", "712-555-7126"),
    ],
    "draft with contact line; 'This Mother's Day' is the publication date",
)

n(
    "en",
    "health_tip",
    "Fun fact: Iowa has more than 1,000 centenarians! 🎂 Researchers say the biggest factors are staying active, staying social and not smoking. Start today — walk with a friend.",
    "population trivia; 'centenarians' is not a patient's age",
)

p(
    "en",
    "memorial",
    "Goodbye to our dear Meadowlark friend Ida Mae Rasmussen, who died peacefully Saturday at 106 — the oldest person in Willow Bend County. Ida was born in a sod house in 1919 and lived to see a man walk on the moon and her great-great-grandson walk across a graduation stage. 🕊️",
    [
        ("NAME", "Ida Mae Rasmussen"),
        ("NAME", "Ida", "*"),
        ("DATE", "Saturday"),
        ("AGE", "106"),
        ("DATE", "1919"),
    ],
)

n(
    "en",
    "event",
    "🚜 Farm Safety Day Camp is back! Wednesday, June 11, 8:30 am–2 pm at the Willow Bend County Fairgrounds, for kids 8–13. Lunch provided. Register at willowbendregional.org/farmsafety.",
    "hospital event",
)

p(
    "en",
    "patient_story",
    "Happy Veterans Day to Cpl. Stanley Wisniewski, age 91, who served with the 7th Marines at the Chosin Reservoir and now lives with us on the Meadowlark wing. 🇺🇸 Semper Fi, Stan!",
    [("NAME", "Stanley Wisniewski"), ("AGE", "91"), ("NAME", "Stan")],
    "rank outside the span; the holiday is the greeting, not his date",
)

n(
    "en",
    "statistic",
    "Cottonwood Hospice 2024: 118 patients and families served, an average of 34 days on service, 2,900 volunteer hours, and 100% of families who answered our survey would recommend us. 💜",
    "aggregate statistics",
)

p(
    "en",
    "pasted_record",
    "whoever took the call from frankie's wife, she says pls call her back at 712 555 0384 about his glasses, they're in the ER lost and found lol",
    [("NAME", "frankie"), ("PHONE", "712 555 0384")],
    "lower-case name and a relative's phone in a sloppy note",
)

n(
    "en",
    "public_figure",
    "Norman Borlaug was born on a farm near Cresco, Iowa in 1914 and went on to save a billion lives with better wheat. 🌾 Happy #WorldFoodDay from the farm country he came from.",
    "historical figure",
)

p(
    "en",
    "milestone_birthday",
    "🏡 MEADOWLARK NOTES\n\n🎂 Happy 97th to Alma Jorgensen (Nov. 3) and happy 89th to Ted Fong (Nov. 21)!\n\n🍂 Welcome to our newest residents, Harriet and Lowell Pike, who moved in from their farm near Gilchrist.\n\n🎺 The Jolly Dutchmen are back Nov. 15 at 2 pm — bring your dancing shoes.",
    [
        ("AGE", "97th"),
        ("NAME", "Alma Jorgensen"),
        ("DATE", "Nov. 3"),
        ("AGE", "89th"),
        ("NAME", "Ted Fong"),
        ("DATE", "Nov. 21"),
        ("NAME", "Harriet"),
        ("NAME", "Lowell Pike"),
        ("GEO", "Gilchrist"),
    ],
    "newsletter: residents' ages, birthdays, names, former farm town; the polka date is a hospital event",
)

n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look a lot like a stroke — a droopy face on one side. 🚨 Don't guess. If your face, arm or speech changes suddenly, call 911 and come to the ER.",
    "eponymous condition",
)

p(
    "en",
    "staff_spotlight",
    'Our longtime hospice volunteer coordinator, Phyllis Ng, is now a hospice patient herself. She asked us to share this: "I taught you all how to do this. Now show me." 💜 We will, Phyllis.',
    [("NAME", "Phyllis Ng"), ("NAME", "Phyllis", "*")],
    "employee who is now a patient",
)

n(
    "en",
    "anonymous_story",
    'A 4-H\'er brought her champion lamb to visit a Meadowlark resident who used to judge sheep at the county fair. 🐑 He checked its teeth, felt its back, and said, "Grand champion. Obviously."',
    "anonymous resident; the 4-H visitor is not a patient",
)

p(
    "en",
    "patient_story",
    "The Brandt-Oyelaran family lost their home and barn in Tuesday's fire. 💔 Dad Femi is recovering on 2 East, and the community has set up a fund: https://www.gofundme.com/f/brandt-oyelaran-fire",
    [
        ("NAME", "Brandt-Oyelaran"),
        ("DATE", "Tuesday"),
        ("NAME", "Femi"),
        ("URL", "https://www.gofundme.com/f/brandt-oyelaran-fire"),
    ],
)

n(
    "en",
    "crisis_update",
    "🧊 Ice storm update: All WBRH clinics are closed today except the ER. Meadowlark Manor and Cottonwood Hospice staff are staying overnight so no resident goes without care. If your appointment was cancelled, we'll call you to reschedule.",
    "crisis update",
)

p(
    "en",
    "patient_story",
    "Shoutout to the 89-year-old who beat our 25-year-old PT in arm wrestling this morning. 💪 He asked us not to say his name. We won't. But we will say: RESPECT.",
    [("AGE", "89-year-old")],
    "patient's age only; the therapist's age is not labelled",
)

n(
    "en",
    "recruitment",
    "Harvest-season help wanted! 🌽 We're hiring PRN CNAs for September through November. Great for retired nurses and college students home for the fall. Call HR: (712) 555-0140, ext. 4.",
    "job posting",
)

p(
    "en",
    "patient_story",
    "Skip Van Hove, 70, drove his combine into our ER parking lot (not kidding) with a splinter the size of a pencil in his hand. 🌽 Skip, next time call 911. Love, the ER.",
    [("NAME", "Skip Van Hove"), ("NAME", "Skip", "*"), ("AGE", "70")],
)

n(
    "en",
    "sponsor",
    "Thank you to Pruitt Lutheran Church for 120 handmade prayer shawls for Cottonwood Hospice patients and families. 🙏 Each one comes with a card from the knitter.",
    "sponsor; patients anonymous",
)

p(
    "en",
    "pasted_record",
    "Story idea from 2 East: Mrs. Patience Oduya (4/12/31), who crocheted a blanket for every nurse on the unit during her stay. Ask her granddaughter Ama before we post anything!",
    [("NAME", "Patience Oduya"), ("DATE", "4/12/31"), ("NAME", "Ama")],
)

n(
    "en",
    "campaign_hashtag",
    "It's #FarmSafetyWeek! 🚜 Share a photo of your farm's safety rule and tag @WillowBendRH. Best one wins a first-aid kit for the shop. #KeepFarmersFarming",
    "campaign hashtags and hospital handle",
)

p(
    "en",
    "birth_announcement",
    "Baby Girl Sandoval-Reyes 🎀 (ID band says MRN 2025-NB-0419 — nope, deleting that before this goes up) Welcome to the world, little one!",
    [("NAME", "Sandoval-Reyes"), ("MRN", "2025-NB-0419")],
)

n(
    "en",
    "hospital_contact",
    "Billing questions? 💳 Call (712) 555-0140, option 3, Monday–Friday 8–4:30, or email billing@willowbendregional.org. Please don't post account numbers in the comments!",
    "hospital's own contacts",
)

p(
    "en",
    "patient_story",
    "Found: a gold wedding ring in the ER restroom. Mr. Abernathy, we're pretty sure it's yours — security is holding it, and we tried the number you left us (319-555-6644). 💍",
    [("NAME", "Abernathy"), ("PHONE", "319-555-6644")],
)

n(
    "en",
    "research",
    "Our telehealth stroke program connects the Willow Bend ER to a neurologist in Des Moines in under 5 minutes. 📈 Last year, door-to-needle time dropped from 71 to 38 minutes.",
    "quality statistics",
)

p(
    "en",
    "milestone_birthday",
    'Santa (ok, it was our CFO) stopped by Meadowlark this week, and 101-year-old Lorraine Vasquez asked him for "a boyfriend who can still drive." 🎅😂',
    [("AGE", "101-year-old"), ("NAME", "Lorraine Vasquez")],
)

n(
    "en",
    "event",
    "🇺🇸 Honor Flight #44 buses leave our parking lot Sept. 20 at 4 am and return around 10 pm. Guardians, please arrive by 3:30. Welcome-home rally at 9:30 pm — bring the whole family!",
    "community event times",
)

p(
    "en",
    "pasted_record",
    "Pasting the mailing info for Honor Flight mail call letters: Cpl. Dwight Eagleheart (Meadowlark resident, on the April flight), PO Box 88, Svea, IA 51462 — family email eagleheart.fam@outlook.com",
    [
        ("NAME", "Dwight Eagleheart"),
        ("DATE", "April"),
        ("GEO", "PO Box 88, Svea"),
        ("GEO", "51462"),
        ("EMAIL", "eagleheart.fam@outlook.com"),
    ],
)

n(
    "en",
    "thank_you",
    "Happy retirement to Marv Gunderson, our lab director, after 37 years and an estimated 1.2 million blood tests! 🧪 Marv says he'll spend it fishing. The fish should be worried.",
    "staff retirement",
)

p(
    "en",
    "pasted_record",
    "Can we feature the guy with the famous mustache on 3 West?? pt id 884301, room 7, he said YES 👨‍🦳",
    [("MRN", "884301"), ("OTHER_ID", "7")],
)

p(
    "es",
    "patient_story",
    '🌽 UNA HISTORIA DE COSECHA 🌽\n\nEl 12 de octubre, Don Wenceslao "Wences" Pérez estaba terminando de cosechar cuando se le atoró la mano en el elevador de granos.\n\nSus compañeros de la granja Hoekstra apagaron la máquina, le hicieron un torniquete y lo trajeron a nuestra sala de emergencias.\n\nHoy, después de 16 días con nosotros, Don Wences regresa a su casa en Corwin con su esposa, Lucía. Dice que el año que viene cosecha "con más cuidado y menos prisa".\n\n¡Gracias a todos los que oraron por él! 🙏',
    [
        ("DATE", "12 de octubre"),
        ("NAME", 'Wenceslao "Wences" Pérez'),
        ("NAME", "Wences", "*"),
        ("OTHER_ID", "granja Hoekstra"),
        ("GEO", "Corwin"),
        ("NAME", "Lucía"),
    ],
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a Itzel Moreno, CNM, nuestra partera certificada. 👶 Itzel creció en Denison, habla español e inglés, y ya ha atendido más de 300 partos. ¡Bienvenida al equipo!",
    "partera del personal",
)

p(
    "es",
    "pasted_record",
    "Favor de NO publicar: datos de la paciente para la historia del Día de las Madres — Maricela Ochoa Ruiz, fecha de nacimiento 03-07-1988, correo mari.ochoa88@yahoo.com, tel. 712-555-9150.",
    [
        ("NAME", "Maricela Ochoa Ruiz"),
        ("DATE", "03-07-1988"),
        ("EMAIL", "mari.ochoa88@yahoo.com"),
        ("PHONE", "712-555-9150"),
    ],
)

n(
    "es",
    "event",
    "🚐 Nuestra clínica móvil visitará la lechería de la carretera 59 el miércoles 5 de marzo de 6 a 9 am, antes del turno. Presión, azúcar y vacunas gratis.",
    "evento del hospital",
)

p(
    "es",
    "patient_story",
    "Felicidades a la señorita Alondra Pacheco, de 15 años, que celebró sus quince aquí en el hospital con sus damas y chambelanes, después de su operación del apéndice el viernes. 👗✨",
    [("NAME", "Alondra Pacheco"), ("AGE", "15 años"), ("AGE", "quince"), ("DATE", "viernes")],
)

n(
    "es",
    "public_figure",
    "Hoy recordamos a César Chávez, nacido el 31 de marzo de 1927, que luchó por la salud y la dignidad de los trabajadores del campo. ✊ #DíaDeCésarChávez",
    "figura histórica",
)

p(
    "es",
    "patient_story",
    "#OracionesPorDonBeto 🙏 Don Beto sigue en cuidados intensivos y está estable. Gracias a toda la comunidad de Pruitt por el apoyo y la comida para la familia.",
    [("NAME", "#OracionesPorDonBeto"), ("NAME", "Beto"), ("GEO", "Pruitt")],
)

n(
    "es",
    "hospital_contact",
    "¿Prefiere hablar en español? 📞 Llame a nuestra línea principal, (712) 555-0140, y marque la opción 2. Un intérprete le atenderá.",
    "contacto del hospital",
)

n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is 3/21 — three copies of the 21st chromosome! 🧦 Wear your brightest mismatched socks on Friday and tag @WillowBendRH. #LotsOfSocks #WDSD",
    "eponymous condition; awareness-day date",
)


if __name__ == "__main__":
    S.main("phi_dev5_source")
