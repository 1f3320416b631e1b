"""Blind development set d77 for the PHI scanner: tests/data/phi_dev77.jsonl.

Organisation: Harlem River Medical Center (HRMC), a fictional safety-net hospital with a
Level I trauma center and cooling center on its main campus at 2150 Jerome Avenue in the
Bronx, the Heights Family Clinic in Washington Heights and the Flushing Pavilion in
Queens (phi_dev77_org.json). Its eight 555-01xx lines, its three addresses, its domains
harlemrivermc.org and hrmc.nyc and its handles @HarlemRiverMC, @hrmc_salud and @HRMC_ED
are never PHI.
Focus: New York City families (the Bronx, Washington Heights, Inwood, Brooklyn, Flushing):
Dominican and Puerto Rican patients, Orthodox Jewish families (Yiddish and Hebrew names,
Rabbi/Rebbetzin/Reb, tehillim names "X ben/bas Y", Hebrew-calendar dates), Chinese
families (pinyin and Cantonese romanisation, surname-first order, English first names),
Bangladeshi and West African families; bodega, restaurant, transit and construction
employers; apartment numbers; ED and trauma posts, pasted triage lines and bed lists;
heat-wave and blackout crisis updates.
Hard cases: names that are ordinary words or places (Milagros, Esperanza, Dolores,
Amparo, Providencia, Blessing, Gift, Precious, Alpha, Heaven, Light, Sol, Chaim, Shalom,
Brooklyn, Kingston), names in lower case and ALL CAPS, surname-first Chinese names,
nicknames inside full names, initials, name hashtags, tehillim names, employers (bodegas,
MTA, NYC Transit, NYPD, Con Edison), Hebrew, Islamic, Bengali and lunar calendar dates,
holidays as the patient's day, dates in words and odd formats, ages over 89 written in
words (English and Spanish), triage age tokens (94F, 95M), apartment numbers, trauma bays,
hall beds, portal user names, WeChat ids, IP address, device serial, plate and licence,
a patient who shares a politician's name, a crash road that shares words with the
hospital's name.
Hard negatives: staff, volunteers and donors with the same kinds of names (some the same
as patients in other posts), staff and volunteers over 90, staff memorials, public and
historical figures (Clemente, Sotomayor, Celia Cruz, Gehrig, Apgar, Maimonides), eponymous
conditions (Tay-Sachs, Gaucher, Kawasaki, Chagas, Parkinson), hospital event dates in the
Hebrew calendar, awareness days, population ages and age ranges, anonymous stories,
unions, campaign hashtags, the hospital's own numbers, addresses, domains and handles,
the blessing "till 120", bare (also Hebrew) years, a blank training template.
Language mix: 240 posts, 170 English and 70 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Hebrew-calendar dates tied to the patient are DATE, the whole expression with an
  attached Hebrew year ("3 Tishrei", "1 Elul 5784"); a Hebrew year alone is a bare year.
  Named Jewish, Muslim, Bengali, Chinese and saints' days on which the patient's event
  happened are DATE ("Purim", "Lag BaOmer", "Rosh Chodesh Nissan", "12 Ramadan",
  "Pohela Boishakh", "Lunar New Year", "Ghost Festival", "día de San Miguel Arcángel").
  A holiday period during which the patient's event happened is DATE like a month
  ("through Sukkos", "on chol hamoed"). Weekly days are weekdays and never labelled:
  "erev Shabbos", "motzei Shabbos", "Shabbos". Holidays named only as a greeting or as
  the time of a hospital event are not labelled.
- A day of the month alone is labelled without its article: "the 3rd" -> "3rd",
  "el día 5" -> "5"; "the twenty-third of May" -> "twenty-third of May".
- The date of a public event (blackout, heat wave) is labelled when it is stated as the
  day of an identifiable patient's event (birth, injury); in statistics and crisis
  updates about groups it is not.
- Age ranges and maxima of groups in statistics ("ages 4 to 101") are population ages,
  not labelled. An age over 89 of a single unnamed patient is AGE (the post is then
  patient-specific). "centennial"/"centenaria"/"nonagenarian" of the patient are AGE.
  Triage tokens keep their attached sex letter ("94F", "95M"). Blessings "till 120",
  "ad meah v'esrim", "biz hundert un tsvantsik" are not ages.
- Tehillim names "X ben/bas Y" are one NAME span (the patient's name with the mother's).
- Titles and kinship words are outside NAME spans even inside a nickname: Rabbi,
  Rebbetzin, Reb, Chief, Mr./Mrs., don/doña, Titi, Tío, Auntie, Uncle, Bubby, Nani,
  Popo, Mamá, Grandpa. "Md." (Mohammed) is part of the name. Kinship words used
  alone as a name ("Bubby", "Ah Yeh", "Mami") are not labelled.
- Employers of a patient (bodega, deli, restaurant, salon, MTA, NYC Transit, NYPD, Con
  Edison, a builder, a market) are NAME, also for an unnamed patient; unions (Local 100,
  Local 79, 1199SEIU) are not employers and are not labelled. The street or neighbourhood
  of the patient's workplace is GEO.
- Apartment numbers are GEO: inside one span with the street when written together
  ("41-22 Kissena Blvd Apt 5F"), alone with their keyword ("apt 3B"). A complete
  pasted address is split into street, city and ZIP spans.
- Boroughs where the patient lives are GEO ("Bronx" without "the"); Puerto Rico and
  countries are not GEO, Puerto Rican, Dominican, Bangladeshi, Chinese and Ghanaian towns
  are. Places of injury or EMS pick-up (road, intersection, beach) are GEO. Schools,
  churches, masjids and shuls are not identifiers.
- ED trauma bays, hall spots, boxes and ward beds tied to a patient are OTHER_ID with
  their keyword ("Trauma Bay 2", "hall H4", "Box 5", "peds 4"); an unidentified
  trauma alias ("UNKNOWN MALE #14") is OTHER_ID; WeChat ids, portal user names and
  relatives' social handles are OTHER_ID. Empty beds in pasted lists are not labelled.
- A staff member with the same name as a patient in the same post is not labelled; the
  repeat is declared with ok=.
- A patient's follow-up appointment date is DATE. A neighbour's or friend's name is not a
  relative and is avoided; a patient's business or restaurant phone is avoided.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev77.jsonl"), os.path.join(HERE, "phi_dev77_org.json"), "d77")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "shoutout to our trauma team + the Bronx 🙏 Yadiel Santana, 19, came in thru Trauma Bay 2 on 7/19 after the Cross Bronx crash and walked out today. his mom Marisol says gracias!! #YadielStrong",
    [
        ("NAME", "Yadiel Santana"),
        ("OTHER_ID", "Trauma Bay 2"),
        ("DATE", "7/19"),
        ("GEO", "Cross Bronx"),
        ("NAME", "Marisol"),
        ("NAME", "#YadielStrong"),
    ],
    note="patient, trauma bay, injury date, road of the crash (Cross Bronx), mother; 'the Bronx' in the shout-out is not his residence",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Yesenia Polanco, RN, 22 years in our ED and born and raised on Walton Ave. She trained half the trauma nurses on 3 East and still brings habichuelas con dulce every Holy Week. #HRMCNurses",
    "a nurse's name, years of service and home street are staff identifiers, never labelled",
)

# 3
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Milagros! 💕 Nació el 2 de agosto a las 4:12 a.m. en nuestra sala de partos, 3.2 kg. Sus papás, Wandy y Raysa Peralta, de Washington Heights, dicen que el nombre lo dice todo.",
    [
        ("NAME", "Milagros"),
        ("DATE", "2 de agosto"),
        ("NAME", "Wandy"),
        ("NAME", "Raysa Peralta"),
        ("GEO", "Washington Heights"),
    ],
    note="baby's name is an ordinary word (milagros); birth date, parents, neighbourhood",
)

# 4
n(
    "es",
    "health_tip",
    "🌡️ Alerta de calor en NYC: hoy y mañana se esperan 98°F. Si usted tiene más de 65 años, vive solo o toma pastillas para la presión, busque un centro de enfriamiento. Información: (718) 555-0189. #CalorExtremo",
    "population age, a temperature and the hospital's heat hotline",
)

# 5
p(
    "en",
    "pasted_record",
    "ED board 0300, pls ignore wrong tab 🤦\nbed 6 GOLDSTEIN, ESTHER 94F syncope MRN 40017822\nbed 7 TORRES-VEGA, J 31M lac R hand\nhall H4 WU, KA HO 67M CP r/o ACS",
    [
        ("OTHER_ID", "bed 6"),
        ("NAME", "GOLDSTEIN, ESTHER"),
        ("AGE", "94F"),
        ("MRN", "40017822"),
        ("OTHER_ID", "bed 7"),
        ("NAME", "TORRES-VEGA, J"),
        ("OTHER_ID", "hall H4"),
        ("NAME", "WU, KA HO"),
    ],
    note="pasted ED board: beds with keyword, ALL-CAPS surname-first names, 94F is an age over 89 (31M and 67M are not)",
)

# 6
n(
    "en",
    "public_figure",
    "On Roberto Clemente's birthday (Aug 18) our Puerto Rican Heritage committee is collecting baseball gloves for kids in the Highbridge little league. Drop-offs at 2150 Jerome Avenue lobby. #Clemente21",
    "a public figure's birthday, a community league and the hospital's address",
)

# 7
p(
    "en",
    "thank_you",
    "A heartfelt thank-you from the Friedman family of Borough Park to the 6 West nurses who cared for their Bubby, Rebbetzin Chana Friedman, through Sukkos. She came home erev Shabbos, just in time to light candles, and asked us to tell Nurse Deborah that the kugel recipe is on its way. Bubby turns 96 next month, biz hundert un tsvantsik!",
    [
        ("NAME", "Friedman", 1),
        ("GEO", "Borough Park"),
        ("NAME", "Chana Friedman"),
        ("DATE", "Sukkos"),
        ("AGE", "96"),
    ],
    note="family surname, Rebbetzin excluded, stay through Sukkos is a holiday period (DATE), erev Shabbos is a weekday, 96 is AGE, the blessing is not; Nurse Deborah is staff",
)

# 8
n(
    "en",
    "eponymous_condition",
    "Tay-Sachs, Canavan, Gaucher, familial dysautonomia: one cheek swab screens for all of them. Free carrier screening for couples every Sunday at our Heights Family Clinic, 611 West 181st Street. Questions? (212) 555-0140 #ScreenBeforeYouPlan",
    "eponymous conditions, the clinic's own address and phone",
)

# 9
p(
    "es",
    "memorial",
    "Hoy despedimos a doña Altagracia Mejía, 'Mamá Tata', que falleció el 14 de julio rodeada de sus nietos. Nació en San Francisco de Macorís y vivió 40 años en la Tremont. Tenía 101 años y nunca faltó a su cita de los jueves. QEPD 🕊️",
    [
        ("NAME", "Altagracia Mejía"),
        ("NAME", "Tata"),
        ("DATE", "14 de julio"),
        ("GEO", "San Francisco de Macorís"),
        ("GEO", "Tremont"),
        ("AGE", "101"),
    ],
    note="nickname without the kinship word Mamá, date of death, Dominican home town, Bronx neighbourhood, age 101",
)

# 10
n(
    "es",
    "event",
    "Feria de salud en la calle 167 este sábado 10 de agosto, de 10 a 2: presión, azúcar, vacunas y consulta con la Dra. Ramona Liriano. ¡Habrá merengue y frío frío! #SaludEnElBarrio",
    "event date and venue street, a staff doctor",
)

# 11
p(
    "en",
    "patient_story",
    "lil update on tahmina 💛 she's 7, had her appendix out on the 3rd, and already bossing the 5W nurses around in bangla lol. her abbu says the whole building on starling ave is praying #tahminatough",
    [
        ("NAME", "tahmina"),
        ("DATE", "3rd"),
        ("GEO", "starling ave"),
        ("NAME", "#tahminatough"),
    ],
    note="lower-case name and street, day of the month alone is the surgery date, hashtag; 'abbu' is a kinship word",
)

# 12
n(
    "en",
    "crisis_update",
    "POWER UPDATE 9:40pm: Con Ed outage across Washington Heights & Inwood. HRMC is on generator power, ED open, elevators in service. If someone at home uses oxygen or a home ventilator and has lost power, call 911. Non-emergency: (718) 555-0100. #HeightsBlackout",
    "outage area, national line and the hospital's main number; nobody identified",
)

# 13
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mrs. Lau Siu-ying! 🎂 Born in Taishan on the 8th day of the 8th lunar month, she has been coming to our Flushing Pavilion since it opened. Her granddaughter Crystal brought egg tarts for the whole dialysis unit. Pictured: Mrs. Lau with her great-grandson Ethan.",
    [
        ("AGE", "100th"),
        ("NAME", "Lau Siu-ying"),
        ("NAME", "Lau", "*"),
        ("GEO", "Taishan"),
        ("DATE", "8th day of the 8th lunar month"),
        ("NAME", "Crystal"),
        ("PHOTO", "Pictured"),
        ("NAME", "Ethan"),
    ],
    note="Cantonese surname-first name, lunar birth date, home town in China, relatives, photo cue; Flushing Pavilion is the hospital",
)

# 14
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Sadie Birnbaum, turned 95 on Tuesday and still runs the gift-shop register three mornings a week. Mazel tov, Sadie, ad meah v'esrim! 🎉 Want to join her? volunteer@harlemrivermc.org",
    "a volunteer's name and age over 89 are not labelled; hospital e-mail",
)

# 15
p(
    "es",
    "pasted_record",
    "Nota copiada por error, favor borrar: Pte. RAMÍREZ ALMONTE, Juan Bautista, 91 a., Exp. 88120457, hab. 512-B, ingreso 03/07, contacto hija Yocasta 347-555-0162",
    [
        ("NAME", "RAMÍREZ ALMONTE, Juan Bautista"),
        ("AGE", "91"),
        ("MRN", "88120457"),
        ("OTHER_ID", "hab. 512-B"),
        ("DATE", "03/07"),
        ("NAME", "Yocasta"),
        ("PHONE", "347-555-0162"),
    ],
    note="pasted note: name, age, expediente (MRN), room, admission date, daughter and her phone",
)

# 16
n(
    "es",
    "statistic",
    "En 2023 atendimos 4,812 golpes de calor en el Bronx; el 61% eran mayores de 60 años y 1 de cada 5 trabajaba al aire libre (bodegas, construcción, delivery). Tome agua, busque sombra. #VeranoSeguro",
    "aggregate statistics and population ages",
)

# 17
p(
    "en",
    "discharge",
    "Going home day for baby Oluwadamilare! 🎈 Born at 26 weeks on March 9, 'Dami' spent 118 days with our NICU team. Mom Funmilayo and dad Tunde Adeyemi-Brown, we will miss your jollof on Fridays. Welcome home to Parkchester, little man.",
    [
        ("NAME", "Oluwadamilare"),
        ("DATE", "March 9"),
        ("NAME", "Dami"),
        ("NAME", "Funmilayo"),
        ("NAME", "Tunde Adeyemi-Brown"),
        ("GEO", "Parkchester"),
    ],
    note="Yoruba name and nickname, birth date, parents, neighbourhood; 118 days is a duration",
)

# 18
n(
    "en",
    "research",
    "New from our sickle cell team: in 312 Bronx adults with sickle cell disease, hydroxyurea cut ER visits by 38%. Dr. Kwame Owusu-Ansah presents the results at ASH in December. World Sickle Cell Day is June 19: get tested. #SickleCellAwareness",
    "study population, a staff doctor, an awareness day",
)

# 19
p(
    "en",
    "thank_you",
    "@rosie_inwood thank you for the kind words about your dad! 🙏 We've passed them to the 4 North team. We're so glad Mr. Héctor Báez is home in Inwood and back to his dominoes. (Reminder for everyone: please don't post medical details in comments, DM us instead.)",
    [
        ("OTHER_ID", "@rosie_inwood"),
        ("NAME", "Héctor Báez"),
        ("GEO", "Inwood"),
    ],
    note="reply to the patient's daughter: her handle is OTHER_ID; patient name and neighbourhood",
)

# 20
n(
    "en",
    "hospital_contact",
    "📞 Need us? Main line (718) 555-0100 · Patient Relations 718-555-0123 · Flushing Pavilion (Mandarin/Cantonese) 718.555.0156 · Heights Family Clinic (212) 555-0140. Web: harlemrivermc.org · hrmc.nyc. DMs open @HarlemRiverMC",
    "only the hospital's own numbers (in several formats), domains and handle",
)

# 21
p(
    "es",
    "patient_story",
    "¡Wepa! Don Cheo Rivera, chofer de guagua de la MTA por 31 años, volvió a caminar después de su derrame del 22 de abril. Su esposa Nilda dice que ya quiere volver a Bayamón a ver a los nietos. #FuerzaCheo",
    [
        ("NAME", "Cheo Rivera"),
        ("NAME", "MTA"),
        ("DATE", "22 de abril"),
        ("NAME", "Nilda"),
        ("GEO", "Bayamón"),
        ("NAME", "#FuerzaCheo"),
    ],
    note="nickname name, employer MTA is NAME, stroke date, wife, Puerto Rican town, hashtag",
)

# 22
n(
    "es",
    "campaign_hashtag",
    "Gracias a todos los que usaron #BronxRespira y #HRMCContigo esta semana: recaudamos $18,400 para aires acondicionados para pacientes de asma. ¡El Bronx cuida al Bronx! 💙",
    "campaign hashtags, a sum of money; no person",
)

# 23
p(
    "en",
    "patient_story",
    "Please say tehillim for Yosef Dov ben Sheindel, 8, who had surgery in our pediatric OR on 3 Tishrei. His father Reb Avrumi Katz thanks the Hatzolah members who got him here from Williamsburg in 11 minutes.",
    [
        ("NAME", "Yosef Dov ben Sheindel"),
        ("DATE", "3 Tishrei"),
        ("NAME", "Avrumi Katz"),
        ("GEO", "Williamsburg"),
    ],
    note="tehillim name is one span, Hebrew-calendar surgery date, father without Reb, pick-up neighbourhood; Hatzolah volunteers are not labelled",
)

# 24
n(
    "en",
    "staff_spotlight",
    "Spotlight: Rabbi Shmuel Katz, our chaplain since 2009, has visited every floor every erev Shabbos with challah and a guitar. He also speaks Yiddish, Hebrew and decent Spanish. Thank you, Rabbi Katz! #HRMCFamily",
    "the chaplain is staff; erev Shabbos is a weekday",
)

# 25
p(
    "en",
    "pasted_record",
    "ugh sorry all, that last post was supposed to be: 'TRIAGE 07/14 02:51 ESI2 — Kofi Mensah-Boateng 56M, GSW L thigh, EMS from Grand Concourse & 170th, MRN 3391-0048' deleting now",
    [
        ("DATE", "07/14"),
        ("NAME", "Kofi Mensah-Boateng"),
        ("GEO", "Grand Concourse & 170th"),
        ("MRN", "3391-0048"),
    ],
    note="pasted triage line: arrival date (not the time), name, pick-up intersection, hyphenated MRN; 56M is not an age over 89",
)

# 26
n(
    "en",
    "anonymous_story",
    "Last night a 70-something bodega owner walked into our ED carrying a neighbor's baby who was having a seizure. The baby is fine. The bodega guy left before we could thank him. If you know him, tell him the Bronx is proud. ❤️",
    "anonymous story: no name, no date element, age under 90",
)

# 27
p(
    "en",
    "memorial",
    "With deep sadness we share that Mohammed Abdul Rahim, 'Rahim bhai' to everyone on the 3rd floor dialysis unit, passed away on 12 Ramadan. He drove a yellow cab for 28 years and sent every dollar home to Sylhet. Our condolences to his wife Nasreen Begum and sons Rafsan and Tanvir. Inna lillahi wa inna ilayhi raji'un.",
    [
        ("NAME", "Mohammed Abdul Rahim"),
        ("NAME", "Rahim", "*"),
        ("DATE", "12 Ramadan"),
        ("GEO", "Sylhet"),
        ("NAME", "Nasreen Begum"),
        ("NAME", "Rafsan"),
        ("NAME", "Tanvir"),
    ],
    note="Islamic-calendar date of death, nickname without 'bhai', home town in Bangladesh, wife and sons",
)

# 28
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is not just a rash and a fever. If your child has 5+ days of fever plus red eyes or cracked lips, see a doctor. Named for Dr. Tomisaku Kawasaki, who described it in 1967. #KnowKawasaki",
    "eponymous condition and the physician it is named after",
)

# 29
p(
    "es",
    "discharge",
    "¡Alta! 🎉 Yanelis, de 15 años, se va a casa a Corona después de 19 días en el piso 7. Le dieron de alta el 9 de septiembre, justo a tiempo para empezar la escuela. Gracias a su mamá, la señora Dulce Tavárez, por sus pastelitos.",
    [
        ("NAME", "Yanelis"),
        ("GEO", "Corona"),
        ("DATE", "9 de septiembre"),
        ("NAME", "Dulce Tavárez"),
    ],
    note="name, Queens neighbourhood, discharge date, mother (Dulce is also a word); piso 7 is a unit",
)

# 30
n(
    "es",
    "thank_you",
    "Gracias a la familia Almánzar, dueños de Supermercado La Cosecha en la Fordham Road, por donar 200 ventiladores para la ola de calor. #HRMCContigo",
    "donor family and their business are not patients",
)

# 31
p(
    "en",
    "birth_announcement",
    "Our first baby of the Year of the Dragon! 🐉 Baby girl Chan Hoi-yan arrived on Lunar New Year at 12:07 a.m., 7 lb 2 oz. Proud parents Kenny and Winnie Chan of Flushing say she'll be called 'Bao Bao' at home.",
    [
        ("NAME", "Chan Hoi-yan"),
        ("DATE", "Lunar New Year"),
        ("NAME", "Kenny"),
        ("NAME", "Winnie Chan"),
        ("GEO", "Flushing"),
        ("NAME", "Bao Bao"),
    ],
    note="Cantonese surname-first name, born on Lunar New Year (DATE), parents with English names, home neighbourhood, pet name",
)

# 32
n(
    "en",
    "recruitment",
    "We're hiring! Bilingual (Bengali/English, Fujianese/English, Haitian Creole/English) patient navigators for our Flushing and Bronx sites. Union position, 1199SEIU. Apply: careers.harlemrivermc.org #NowHiring",
    "hospital sites, a union, the hospital's domain",
)

# 33
p(
    "en",
    "patient_story",
    "brooklyn (yes, that's her name, and no, she's from the bronx 😂) is 9 and just beat her third round of chemo. she wanted everyone to know her birthday is 10/30 and she wants pink balloons. #brooklynbeatsit",
    [
        ("NAME", "brooklyn"),
        ("GEO", "bronx"),
        ("DATE", "10/30"),
        ("NAME", "#brooklynbeatsit"),
    ],
    note="a lower-case name that is a borough, her borough in lower case, birthday, hashtag",
)

# 34
n(
    "en",
    "public_figure",
    "Sonia Sotomayor grew up in the Bronxdale Houses and was diagnosed with type 1 diabetes at age 7. Join our free diabetes camp info night, Thursday 6pm, Conference Room B. #T1D",
    "a public figure's housing development and diagnosis; a conference room",
)

# 35
p(
    "es",
    "crisis_update",
    "Ola de calor, día 3: ayer recibimos a una señora de 97 años encontrada sin aire en su apartamento de la avenida Morris. Está estable. Por favor, llamen a sus vecinos mayores. Centro de enfriamiento: 2150 Jerome Avenue, abierto hasta las 10 p.m.",
    [
        ("AGE", "97"),
        ("GEO", "avenida Morris"),
    ],
    note="unnamed patient, but an age over 89 and her street make the post patient-specific; the cooling center address is the hospital's",
)

# 36
n(
    "es",
    "crisis_update",
    "Apagón en el Alto Manhattan: nuestra clínica de la 611 West 181st Street cierra hoy a las 3 p.m. Las citas de mañana se atenderán en el campus principal. Info: (212) 555-0140. #ApagónHeights",
    "the clinic's own address and phone during an outage",
)

# 37
p(
    "en",
    "staff_spotlight",
    "Staff spotlight: respiratory therapist Gift Nwachukwu kept Mr. Ezra Halberstam's ventilator running on battery for 40 minutes during the July 13 blackout. Mr. Halberstam, 93, sends his thanks from room 814.",
    [
        ("NAME", "Ezra Halberstam"),
        ("NAME", "Halberstam", "*"),
        ("DATE", "July 13"),
        ("AGE", "93"),
        ("OTHER_ID", "room 814"),
    ],
    note="staff spotlight naming a patient: his name, the blackout date as the day of his event, age 93, room; the therapist is staff",
)

# 38
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Blessing Okonkwo-Díaz, who finished her trauma surgery fellowship on June 30, and to her husband Luis and baby Esperanza, who cheered from the front row! 👩🏾‍⚕️ #HRMCTrauma",
    "a surgeon and her own family: never labelled",
)

# 39
p(
    "es",
    "thank_you",
    "Gracias de corazón a la familia Hiraldo: su papá, don Fello, dueño de Hiraldo Grocery en la Ámsterdam, salió de la UCI el 30 de junio y ya pregunta por su café. ¡Que Dios lo bendiga!",
    [
        ("NAME", "Hiraldo", 1),
        ("NAME", "Fello"),
        ("NAME", "Hiraldo Grocery"),
        ("GEO", "Ámsterdam"),
        ("DATE", "30 de junio"),
    ],
    note="family surname, nickname, his own bodega is his employer (NAME), its avenue is GEO, ICU discharge date",
)

# 40
n(
    "es",
    "event",
    "📅 Misa y caminata por la salud del corazón el domingo 29 de septiembre, Día Mundial del Corazón, desde la parroquia San Nicolás de Tolentino hasta el hospital. ¡Traiga a su abuela!",
    "event date, awareness day, a parish",
)

# 41
p(
    "en",
    "crisis_update",
    "REUNIFICATION (heat emergency): we are caring for an older man who says his name is Wilfredo 'Freddy' Colón, about 90, from Hunts Point. He keeps asking for his daughter Maritza. If you are family, call our ED desk at (718) 555-0111 or email familyreunite@harlemrivermc.org.",
    [
        ("NAME", "Wilfredo 'Freddy' Colón"),
        ("AGE", "90"),
        ("GEO", "Hunts Point"),
        ("NAME", "Maritza"),
    ],
    note="name with nickname is one span, approximate age 90, neighbourhood, daughter; the phone and e-mail are the hospital's",
)

# 42
n(
    "en",
    "health_tip",
    "Fasting on Yom Kippur or Tisha B'Av with diabetes, kidney disease or while pregnant? Talk to your doctor and your rav before the fast. Our nurses can help you plan: (718) 555-0123. An easy fast to all who observe! 🕯️",
    "holidays as general advice, hospital nurse line",
)

# 43
p(
    "en",
    "thank_you",
    "We received the most beautiful letter from Shprintza Weiss, who delivered her twins here on Purim. She asked us to share her email, shprintzaw.lakewood@gmail.com, for other NICU moms who want a buddy. Thank you for trusting us, Shprintza! 💙",
    [
        ("NAME", "Shprintza Weiss"),
        ("NAME", "Shprintza", "*"),
        ("DATE", "Purim"),
        ("EMAIL", "shprintzaw.lakewood@gmail.com"),
    ],
    note="Yiddish name, delivery on Purim (DATE), her e-mail even though shared at her request",
)

# 44
n(
    "en",
    "sponsor",
    "Thank you to TWU Local 100 and the Bronx bus depots for hosting our blood drive: 212 donors, 636 lives! Special thanks to depot chief Marisol Ortega-Santiago for the free coffee. #GiveBlood #TransitStrong",
    "a union, donors and a depot chief; no patient",
)

# 45
p(
    "en",
    "pasted_record",
    "oops pasted from the handoff sheet, pls delete 🙈 Rm 1012-A: CHEUNG Wai-kwan (Ah-Kwan), 92, fall @ home 41-22 Kissena Blvd Apt 5F, son Terence 917-555-0134, speaks Cantonese only",
    [
        ("OTHER_ID", "Rm 1012-A"),
        ("NAME", "CHEUNG Wai-kwan"),
        ("NAME", "Ah-Kwan"),
        ("AGE", "92"),
        ("GEO", "41-22 Kissena Blvd Apt 5F"),
        ("NAME", "Terence"),
        ("PHONE", "917-555-0134"),
    ],
    note="handoff line: room, Cantonese name and Ah- nickname, age, home street with apartment in one span, son and his phone",
)

# 46
n(
    "es",
    "recruitment",
    "¿Hablas español y te gusta ayudar? Buscamos voluntarios para acompañar a pacientes mayores durante la ola de calor. Escríbenos a voluntarios@hrmc.nyc o llama al (718) 555-0178. #VoluntariosHRMC",
    "volunteer recruitment with the hospital's e-mail and phone",
)

# 47
p(
    "es",
    "milestone_birthday",
    "¡Noventa y cinco años cumple hoy doña Carmen Luz Figueroa, nacida en Mayagüez un 15 de agosto! Sus hijas Iris y Wanda le llevaron bizcocho y coquito a la sala de diálisis. ¡Felicidades, doña Carmen!",
    [
        ("AGE", "Noventa y cinco"),
        ("NAME", "Carmen Luz Figueroa"),
        ("NAME", "Carmen", "*"),
        ("GEO", "Mayagüez"),
        ("DATE", "15 de agosto"),
        ("NAME", "Iris"),
        ("NAME", "Wanda"),
    ],
    note="age in Spanish words, name without doña, Puerto Rican town, birth date, daughters",
)

# 48
n(
    "en",
    "event",
    "Lunar New Year lion dance in the Flushing Pavilion lobby, Feb 10 at 11am! 🦁 Free blood-pressure checks and red envelopes (with health tips inside) for the first 200 visitors. 41-30 Main Street. #HRMCFlushing",
    "a holiday as the date of a hospital event, the pavilion's own address",
)

# 49
p(
    "en",
    "discharge",
    "discharge day for mama nkechi 🥳 back to her apartment on sedgwick ave. her son asked us to post his number for the church folks who want to visit: 646.555.0191. get well gifts go to her, not us lol #mamankechi",
    [
        ("NAME", "nkechi"),
        ("GEO", "sedgwick ave"),
        ("PHONE", "646.555.0191"),
        ("NAME", "#mamankechi"),
    ],
    note="lower-case name without 'mama', home street, son's phone in dotted form, name hashtag",
)

# 50
n(
    "en",
    "statistic",
    "By the numbers, last week's heat wave: 214 ED visits for heat illness, ages 4 to 101, busiest day July 18 (61 visits). 0 deaths. Thank you, Bronx, for checking on each other. 🌡️",
    "an age range of a group and the busiest day of a crisis are population data",
)

# 51
p(
    "es",
    "patient_story",
    "La familia de Yeimy Castillo nos pide compartir: Yeimy, de 23 años, sigue en la UCI después del choque del 4 de julio en la Major Deegan. Para mandar tarjetas o ayudar: ayudaparayeimy@gmail.com 🙏 #FuerzaYeimy",
    [
        ("NAME", "Yeimy Castillo"),
        ("NAME", "Yeimy", "*"),
        ("DATE", "4 de julio"),
        ("GEO", "Major Deegan"),
        ("EMAIL", "ayudaparayeimy@gmail.com"),
        ("NAME", "#FuerzaYeimy"),
    ],
    note="crash on a holiday date, expressway of the crash, family e-mail, hashtag",
)

# 52
n(
    "es",
    "public_figure",
    "Celia Cruz nació en La Habana y murió en Fort Lee en 2003. Este 21 de octubre, en su cumpleaños, el coro de enfermeras del HRMC cantará 'La vida es un carnaval' en el lobby. ¡Azúcar! 🎶",
    "a public figure's cities and birthday; a staff choir event",
)

# 53
p(
    "en",
    "patient_story",
    "Heat stroke is real. Jahangir Alam, 34, was delivering for Golden Wok when he collapsed on his e-bike on July 17. Core temp 107°F. Today he's sitting up and asking about his rent. His cousin set up gofundme.com/f/jahangir-recovery if you want to help. #HeatSafety",
    [
        ("NAME", "Jahangir Alam"),
        ("NAME", "Golden Wok"),
        ("DATE", "July 17"),
        ("URL", "gofundme.com/f/jahangir-recovery"),
    ],
    note="employer restaurant is NAME, date of collapse, fundraiser URL; 107°F is a temperature",
)

# 54
n(
    "en",
    "campaign_hashtag",
    "#BronxStrong #HRMCCares #CoolDownBX: 3 hashtags, 1 message. Check on your viejitos, your bubbies and your nanis today. Cooling center info at harlemrivermc.org/heat",
    "campaign hashtags and kinship words; hospital domain",
)

# 55
p(
    "en",
    "memorial",
    'One year ago we lost Zelig Perlstein, z"l, our oldest transplant patient and the man who taught half the 9th floor to play chess. His first yahrzeit is 24 Adar. His daughter Malky asks friends to learn a mishnah in his memory and to write to her at malky.perlstein@outlook.com.',
    [
        ("NAME", "Zelig Perlstein"),
        ("DATE", "24 Adar"),
        ("NAME", "Malky"),
        ("EMAIL", "malky.perlstein@outlook.com"),
    ],
    note="yahrzeit is the Hebrew date of death (DATE), daughter and her e-mail; 'one year ago' is relative",
)

# 56
n(
    "en",
    "memorial",
    "We are heartbroken. Paramedic Rafael 'Rafy' Ortiz, 57, who served on our ambulances for 30 years, passed away on August 2. Services Saturday at Ortiz Funeral Home, 2200 Arthur Ave. The flag at 2150 Jerome Avenue flies at half-staff. 🕊️",
    "memorial of a staff paramedic: his name, date and venue are not patient identifiers",
)

# 57
p(
    "es",
    "pasted_record",
    "Perdón, esto no era para aquí: 'Sra. Epifania De la Rosa, 98 años, dx deshidratación, Medicaid CIN KX48213J, vive sola en 1350 Grand Concourse apt 6C, sobrina Doris (929) 555-0118'",
    [
        ("NAME", "Epifania De la Rosa"),
        ("AGE", "98"),
        ("HEALTH_PLAN", "KX48213J"),
        ("GEO", "1350 Grand Concourse apt 6C"),
        ("NAME", "Doris"),
        ("PHONE", "(929) 555-0118"),
    ],
    note="Medicaid CIN is a health-plan number, street with apartment, niece and her phone",
)

# 58
n(
    "es",
    "health_tip",
    "¿Su abuela toma furosemida o pastillas para la presión? Con este calor puede deshidratarse más rápido. Agua, sombra y llamar al médico si tiene mareos. Línea de enfermería 24 h: (718) 555-0123.",
    "generic advice and the hospital's nurse line",
)

# 59
p(
    "en",
    "birth_announcement",
    "Mazel tov to the Teitelbaum family of Williamsburg on the birth of a baby boy, 8 lb 1 oz, born motzei Shabbos, 19 Kislev! The bris is next week, so no name yet. 🍼 Photo shared with the parents' permission.",
    [
        ("NAME", "Teitelbaum"),
        ("GEO", "Williamsburg"),
        ("DATE", "19 Kislev"),
        ("PHOTO", "Photo"),
    ],
    note="family surname, neighbourhood, Hebrew birth date (motzei Shabbos is a weekday), photo of the baby",
)

# 60
n(
    "en",
    "eponymous_condition",
    "Dr. Virginia Apgar's score turns 72 this year. Every baby born at HRMC gets an Apgar score at 1 and 5 minutes; here's what the numbers mean for parents. 👶 #NICU",
    "an eponymous score and a historical physician",
)

# 61
p(
    "en",
    "thank_you",
    "to the family of Mr. J.R. in bed 14 on 6 South: we found his dentures & his Yankees cap 🧢 they're at the nurses' station. his granddaughter can pick them up any time. (yes we know we shouldn't post this here 😅)",
    [
        ("NAME", "J.R."),
        ("OTHER_ID", "bed 14"),
    ],
    note="initials used for a patient and his bed; 6 South is a unit",
)

# 62
n(
    "en",
    "discharge",
    "Milestone: this morning we discharged the 500th patient from our geriatric ED observation unit, opened in March for people over 90. No names, just a cake for the team. 🎂",
    "a count and a population age; the opening month is the unit's, not a patient's",
)

# 63
p(
    "es",
    "discharge",
    "Correo interno pegado por error: 'Alta hoy de Xiomara Pimentel, Exp. 70291844, cita de seguimiento 24/10 con cardiología; llamar a su hijo Edwin al 347 555 0177 si no llega.' Disculpen. 🙏",
    [
        ("NAME", "Xiomara Pimentel"),
        ("MRN", "70291844"),
        ("DATE", "24/10"),
        ("NAME", "Edwin"),
        ("PHONE", "347 555 0177"),
    ],
    note="day-month follow-up appointment date is DATE, expediente, son's phone with spaces",
)

# 64
n(
    "es",
    "staff_spotlight",
    "Conozcan a Fiordaliza 'Fior' Paulino, técnica de diálisis, que cumplió 25 años con nosotros el 1 de marzo. Vino de Baní en 1994 y todavía hace el mejor sancocho del piso 3. ¡Felicidades, Fior!",
    "a staff member's work anniversary and home town",
)

# 65
p(
    "en",
    "patient_story",
    "After 41 days on ECMO, Zhang Wei (he goes by 'David') is going home to Sunset Park! His wife Lin Mei-hua translated every update for the family in Fuzhou. David, we are so proud of you. 💪 #ECMOSurvivor",
    [
        ("NAME", "Zhang Wei"),
        ("NAME", "David", "*"),
        ("GEO", "Sunset Park"),
        ("NAME", "Lin Mei-hua"),
        ("GEO", "Fuzhou"),
    ],
    note="pinyin name and English name, home neighbourhood, wife, relatives' city in China; #ECMOSurvivor is a campaign tag",
)

# 66
n(
    "en",
    "eponymous_condition",
    "Bell's palsy, Graves' disease, Hashimoto's, Crohn's: named after doctors, lived with by millions. This month our Ask-a-Doc live (Thu 7pm, @HarlemRiverMC on IG) covers autoimmune conditions with Dr. Hannah Greenbaum.",
    "eponymous conditions, a staff doctor, the hospital handle",
)

# 67
p(
    "en",
    "memorial",
    "Descansa en paz, Titi Mili. 💜 Emilia 'Mili' Quiñones, born 11/19 in Ponce, came to us after her stroke on 6/2 and passed peacefully on 6/9 with her nephews singing plena. She was 94 and the queen of 5 West.",
    [
        ("NAME", "Emilia 'Mili' Quiñones"),
        ("NAME", "Mili", "*"),
        ("DATE", "11/19"),
        ("GEO", "Ponce"),
        ("DATE", "6/2"),
        ("DATE", "6/9"),
        ("AGE", "94"),
    ],
    note="nickname after the kinship word Titi, three person-tied dates, Puerto Rican town, age",
)

# 68
n(
    "en",
    "anonymous_story",
    "A nurse on our night shift noticed a patient in her 80s was scared of the dark during the blackout, so she sat with her and sang boleros by flashlight for 3 hours. This is who we are. #NursesWeek",
    "anonymous: an age decade under 90, no name or date",
)

# 69
p(
    "en",
    "patient_story",
    "Welcome back to work, Md. Shahidul Islam! 🚇 The A-train conductor was hurt in the Dyckman Street derailment on Feb 27 and spent 6 weeks in rehab with us. His daughters Nusrat and Farhana made the whole PT gym wear NYC Transit vests. Local 100 brothers and sisters, thanks for visiting him every day.",
    [
        ("NAME", "Md. Shahidul Islam"),
        ("GEO", "Dyckman Street"),
        ("DATE", "Feb 27"),
        ("NAME", "Nusrat"),
        ("NAME", "Farhana"),
        ("NAME", "NYC Transit"),
    ],
    note="'Md.' is part of the name, place and date of the injury, daughters, employer NYC Transit; the union Local 100 is not labelled",
)

# 70
n(
    "en",
    "hospital_contact",
    "Lost power and need to charge a medical device? Our lobby at 2150 Jerome Avenue, Bronx, NY 10453 has charging stations 24/7 during the outage. Questions: (718) 555-0189 or DM @HRMC_ED.",
    "the hospital's full address with ZIP, hotline and handle",
)

# 71
p(
    "es",
    "birth_announcement",
    "¡Llegó Esperanza! 🌟 Nació el Día de Reyes, 6 de enero, a las 6:06 a.m. Su mamá Luz Divina Batista dice que después de tres pérdidas, el nombre era obvio. Bienvenida a Highbridge, Esperanza.",
    [
        ("NAME", "Esperanza", "*"),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Luz Divina Batista"),
        ("GEO", "Highbridge"),
    ],
    note="name that is a word, the same birth day as a holiday and as a date (both labelled), mother, neighbourhood",
)

# 72
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no es una enfermedad. Este 21 de marzo, Día Mundial del Síndrome de Down, ¡póngase medias disparejas! 🧦 Nuestro programa de clínica Down en el campus del Bronx tiene citas: (718) 555-0100.",
    "eponymous condition, awareness day, hospital number",
)

# 73
p(
    "en",
    "pasted_record",
    "Admin: deleted a post that contained a scanned face sheet. For the record it showed PATIENT: OKAFOR, CHIDINMA A. DOB 04/17/1948 SSN 409-52-2002 ADDR 2475 SOUTHERN BLVD BRONX 10460. If you saved it, please delete it.",
    [
        ("NAME", "OKAFOR, CHIDINMA A."),
        ("DATE", "04/17/1948"),
        ("SSN", "409-52-2002"),
        ("GEO", "2475 SOUTHERN BLVD"),
        ("GEO", "BRONX"),
        ("GEO", "10460"),
    ],
    note="face sheet quoted in an admin note: ALL-CAPS name, DOB, SSN, street, borough and ZIP as separate spans",
)

# 74
n(
    "en",
    "recruitment",
    "Trauma nurses wanted for the busiest Level I trauma center in the Bronx. Sign-on bonus, tuition, and a team that sings happy birthday in 6 languages. Info session Aug 21 at 611 West 181st Street. jobs@harlemrivermc.org",
    "recruitment event date, the clinic's address, hospital e-mail",
)

# 75
p(
    "en",
    "patient_story",
    "Akosua Serwaa Boateng came to us on the twenty-third of May unable to breathe. Six weeks later she danced out of 8 North to 'Adowa' played on her nephew Yaw's phone. Medaase, Auntie Akosua! Her church in Highbridge is hosting a thanksgiving service for her on Sunday.",
    [
        ("NAME", "Akosua Serwaa Boateng"),
        ("NAME", "Akosua", "*"),
        ("DATE", "twenty-third of May"),
        ("NAME", "Yaw"),
        ("GEO", "Highbridge"),
    ],
    note="Akan names, admission date in words, nephew (possessive), her church's neighbourhood tells where she lives",
)

# 76
n(
    "en",
    "sponsor",
    "Huge thanks to Goldfarb & Sons Bakery in Borough Park for 600 rugelach for our night shift, and to Mr. Moishe Goldfarb, who sponsors our Shabbos hospitality room in memory of his parents. 🥐",
    "a sponsor business and donor; not introduced as a patient's relative",
)

# 77
p(
    "es",
    "thank_you",
    "Mensaje de la familia de 'Cuco' (Luis Ángel Ortiz Berríos): gracias al equipo de trauma que lo recibió la madrugada del 15/8 después del accidente en la Bruckner. Ya está en casa en Soundview. Si quieren escribirle: cuco.ortiz.pr@yahoo.com 💙",
    [
        ("NAME", "Cuco"),
        ("NAME", "Luis Ángel Ortiz Berríos"),
        ("DATE", "15/8"),
        ("GEO", "Bruckner"),
        ("GEO", "Soundview"),
        ("EMAIL", "cuco.ortiz.pr@yahoo.com"),
    ],
    note="quoted nickname, double surname, day/month date, expressway of the crash, neighbourhood, e-mail",
)

# 78
n(
    "es",
    "anonymous_story",
    "Una niña de 6 años le trajo a nuestra enfermera de triage un dibujo: 'Gracias por curar a mi papi'. No sabemos su nombre, pero el dibujo ya está en la pared de la sala de emergencias. 🖍️",
    "anonymous child and father, no identifier",
)

# 79
p(
    "en",
    "milestone_birthday",
    "Happy 104th to our dear Mrs. Golda Rokeach, born on Rosh Chodesh Nissan in a village near Munkács and celebrating in room 1204 with three generations. Her great-grandson Shloimy brought the cake, her granddaughter Faigy brought the singing. 🎂",
    [
        ("AGE", "104th"),
        ("NAME", "Golda Rokeach"),
        ("DATE", "Rosh Chodesh Nissan"),
        ("GEO", "Munkács"),
        ("OTHER_ID", "room 1204"),
        ("NAME", "Shloimy"),
        ("NAME", "Faigy"),
    ],
    note="ordinal age, birth on Rosh Chodesh Nissan, foreign birthplace, room, Yiddish nicknames of relatives",
)

# 80
n(
    "en",
    "health_tip",
    "Hot pot season is here, but so is high blood pressure 🍲 Tips from our Flushing dietitian Amy Tsang: go easy on the soy dipping sauce, load up on greens. Cantonese/Mandarin nutrition line: 718.555.0156",
    "a staff dietitian and the pavilion's own line",
)

# 81
p(
    "en",
    "pasted_record",
    "pls disregard, copy/paste fail: 'pt Rivka Leah Schonfeld MRN 55120934, POD#2 s/p hip ORIF, DOS 10/2, husband Yitzchok Schonfeld yschonfeld@aol.com for updates' ugh 🤦‍♀️",
    [
        ("NAME", "Rivka Leah Schonfeld"),
        ("MRN", "55120934"),
        ("DATE", "10/2"),
        ("NAME", "Yitzchok Schonfeld"),
        ("EMAIL", "yschonfeld@aol.com"),
    ],
    note="pasted sign-out: name, MRN, date of surgery, husband and his e-mail",
)

# 82
n(
    "en",
    "crisis_update",
    "HEAT EMERGENCY, Day 4: the ED is seeing 3x normal volume. Expect waits for non-urgent care; urgent care at the Flushing Pavilion, 41-30 Main Street, is open until midnight. Call 911 for confusion, fainting or a temp above 103. #NYCHeat",
    "crisis update with the pavilion's address; 103 is a temperature",
)

# 83
p(
    "es",
    "patient_story",
    "Dolores no es su nombre, es su apodo: así le dicen a Mercedes Rosario desde que nació en Moca, porque lloraba todo el día. 😂 Hoy, con 99 años, salió caminando de rehabilitación. ¡Dolores, eres nuestra campeona!",
    [
        ("NAME", "Dolores", "*"),
        ("NAME", "Mercedes Rosario"),
        ("GEO", "Moca"),
        ("AGE", "99"),
    ],
    note="nickname and name are ordinary words (dolores, mercedes, rosario), Dominican birthplace, age",
)

# 84
n(
    "es",
    "sponsor",
    "Gracias a Goya y a la Asociación de Bodegueros Dominicanos por donar 5,000 botellas de agua para nuestro centro de enfriamiento. 💧 #ElBronxSeCuida",
    "sponsors and a campaign hashtag",
)

# 85
p(
    "en",
    "thank_you",
    "From the family of Nurjahan Khatun (Bed 22, 7 East): 'Dhonnobad to every nurse who learned to say \"ammu\" for us. If anyone from her masjid wants to visit, call her son Arif at (347) 555-0150.'",
    [
        ("NAME", "Nurjahan Khatun"),
        ("OTHER_ID", "Bed 22"),
        ("NAME", "Arif"),
        ("PHONE", "(347) 555-0150"),
    ],
    note="name, bed with keyword, son and his phone; 'ammu' is a kinship word, 7 East a unit",
)

# 86
n(
    "en",
    "public_figure",
    "The Rambam, Maimonides, was a physician as well as a rabbi: 'The physician should not treat the disease but the patient who is suffering from it.' Words we live by on 5 West. 📜",
    "a historical figure",
)

# 87
p(
    "en",
    "patient_story",
    "shout out to lil Kenzo who turned 6 in our peds ER on 8/8 (burn from a hot pot, he's ok!!) and got a cupcake from the whole trauma bay crew 🎂🧁 #KenzoTheBrave",
    [
        ("NAME", "Kenzo"),
        ("DATE", "8/8"),
        ("NAME", "#KenzoTheBrave"),
    ],
    note="name, birthday on the day of his visit, hashtag; 'trauma bay crew' names no bay",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Spotlight on PCA Brooklyn Harris, who was born in the Bronx, lives in Brooklyn and works in Queens (our Flushing Pavilion). 'I'm basically the MTA,' she laughs. 11 years, zero sick days. 🚇",
    "a staff member named Brooklyn, her boroughs, MTA as a joke: all staff details",
)

# 89
p(
    "es",
    "pasted_record",
    "Lista de camas pegada por error 🙈 Cama 3: Peña, Juan de Dios, 90 a, exp 61204477. Cama 4: Lantigua, Rosa Iris, 45 a, exp 61209012. Cama 5: vacía.",
    [
        ("OTHER_ID", "Cama 3"),
        ("NAME", "Peña, Juan de Dios"),
        ("AGE", "90"),
        ("MRN", "61204477"),
        ("OTHER_ID", "Cama 4"),
        ("NAME", "Lantigua, Rosa Iris"),
        ("MRN", "61209012"),
    ],
    note="bed list: beds with keyword, surname-first names, age 90 (45 is not), expedientes; the empty bed 5 is not labelled",
)

# 90
n(
    "es",
    "statistic",
    "Datos del apagón del 13 de julio: 27 pacientes con oxígeno en casa llegaron a nuestra sala de emergencias, la mayoría mayores de 70 años. Todos fueron atendidos. Gracias, Con Edison, por priorizar el hospital.",
    "a crisis date and group counts; Con Edison thanked as a utility, not as an employer",
)

# 91
p(
    "en",
    "birth_announcement",
    "Twins! 👶👶 Blessing and Gift arrived Christmas Eve, 5 minutes apart, to mom Chiamaka Eze of Co-op City. Big sister Precious picked their names. Dad Ikenna says 'we have received double.' #EzeTwins",
    [
        ("NAME", "Blessing"),
        ("NAME", "Gift"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Chiamaka Eze"),
        ("GEO", "Co-op City"),
        ("NAME", "Precious"),
        ("NAME", "Ikenna"),
        ("NAME", "#EzeTwins"),
    ],
    note="Nigerian names that are words, birth on Christmas Eve, relatives, neighbourhood, surname hashtag",
)

# 92
n(
    "en",
    "birth_announcement",
    "Congratulations to our own L&D nurse Precious Adebayo-Lin and her husband Marcus on the birth of their son, Tobi, born June 3! 👶 The nurses are already fighting over who babysits.",
    "a staff member's own baby and family are never labelled",
)

# 93
p(
    "en",
    "patient_story",
    "the whole ortho floor is cheering for Moishy (Moshe Chaim Gold, 17), who broke both wrists falling from a sukkah roof in Flatbush on chol hamoed. his mother's asking for cards: goldfamily.flatbush@gmail.com. refuah shleimah Moishy!!",
    [
        ("NAME", "Moishy", "*"),
        ("NAME", "Moshe Chaim Gold"),
        ("GEO", "Flatbush"),
        ("DATE", "chol hamoed"),
        ("EMAIL", "goldfamily.flatbush@gmail.com"),
    ],
    note="nickname and full name, place of the fall, injury during chol hamoed (holiday period, DATE), family e-mail",
)

# 94
n(
    "en",
    "event",
    "Chanukah candle-lighting in the main lobby every night at 5pm, 25 Kislev to 2 Teves. Doughnuts courtesy of our Bikur Cholim volunteers. Shabbos elevator runs on the east bank. 🕎",
    "Hebrew-calendar dates of a hospital event",
)

# 95
p(
    "es",
    "memorial",
    "A un año de la partida de nuestro querido paciente Bienvenido 'Pipo' Almonte (12·III·1942 – 3·IX·2023), sus hijas Yissel y Aracelis organizan una misa en la Iglesia Santa Cecilia. Pipo, el más alegre de diálisis, te recordamos. 🕊️",
    [
        ("NAME", "Bienvenido 'Pipo' Almonte"),
        ("NAME", "Pipo", "*"),
        ("DATE", "12·III·1942"),
        ("DATE", "3·IX·2023"),
        ("NAME", "Yissel"),
        ("NAME", "Aracelis"),
    ],
    note="a first name that is a word, birth and death dates with Roman months, daughters; the church is not an identifier",
)

# 96
n(
    "es",
    "hospital_contact",
    "📍 Campus Bronx: 2150 Jerome Avenue · Clínica Heights: 611 West 181st Street · Pabellón Flushing: 41-30 Main Street. ☎️ (718) 555-0100. Síganos en @hrmc_salud y en hrmc.nyc/es",
    "the hospital's own addresses, number, handle and domain",
)

# 97
p(
    "en",
    "discharge",
    "Room 617 is empty tonight and we couldn't be happier 😭 Auntie Mabel Ng (87) went home to Chinatown after 3 months. Her son Raymond asked us to share that the family mahjong table is open again. Call him at 212-555-0108 to RSVP lol",
    [
        ("OTHER_ID", "Room 617"),
        ("NAME", "Mabel Ng"),
        ("GEO", "Chinatown"),
        ("NAME", "Raymond"),
        ("PHONE", "212-555-0108"),
    ],
    note="her room, name without Auntie, neighbourhood, son and his phone; 87 is not over 89",
)

# 98
n(
    "en",
    "anonymous_story",
    "She was 88, spoke only Fujianese, and came in alone at 3am with chest pain. Our interpreter line connected in 40 seconds. Language access saves lives. #LanguageAccess",
    "anonymous patient aged 88: no identifier",
)

# 99
p(
    "en",
    "pasted_record",
    "wrong window!! 🙃 'Diallo, Mamadou S. | MRN 2210-4481 | DOB 09/01/1996 | wife Aissatou 718-555-0197 | lives Grand Concourse/E 167th | works Bravo Supermarket'",
    [
        ("NAME", "Diallo, Mamadou S."),
        ("MRN", "2210-4481"),
        ("DATE", "09/01/1996"),
        ("NAME", "Aissatou"),
        ("PHONE", "718-555-0197"),
        ("GEO", "Grand Concourse/E 167th"),
        ("NAME", "Bravo Supermarket"),
    ],
    note="pasted registration: name, MRN, DOB, wife and phone (a 718 number that is not the hospital's), home corner, employer",
)

# 100
n(
    "en",
    "event",
    "1199SEIU and HRMC present: Health Fair for Bodega Workers! Sunday Sept 15, 10-3, at the Dominican Day Parade staging area on 6th Ave. Free BP, glucose, hearing checks. #BodegaStrong",
    "event date and venue, a union, a campaign hashtag",
)

# 101
p(
    "en",
    "milestone_birthday",
    "OUR QUEEN IS 100!!! 👑 doña PURA CINTRÓN, born in Arecibo and a Bronx girl since 1949, celebrated her centennial on 5 West with a parranda. 100 candles, 0 fire alarms 😂",
    [
        ("AGE", "100", 1),
        ("NAME", "PURA CINTRÓN"),
        ("GEO", "Arecibo"),
        ("GEO", "Bronx"),
        ("AGE", "centennial"),
    ],
    note="ALL-CAPS name, age 100 and her centennial, birthplace and borough; the second 100 counts candles (ok=), 1949 is a bare year",
    ok=("100",),
)

# 102
n(
    "en",
    "campaign_hashtag",
    "#100YearsYoung is back! Nominate a Bronx elder (patient or not, no medical info please) who inspires you. We'll feature their stories (with permission) all September. #HRMCCares",
    "campaign hashtags, no person named",
)

# 103
p(
    "es",
    "patient_story",
    "Buscamos a la familia de un señor que llegó anoche en ambulancia desde la calle 183 y Webster. Dice llamarse RAMÓN ANTONIO y tener 92 años. Pregunta por su esposa, Yudelka. Si lo conocen, llamen a Relaciones con Pacientes: (718) 555-0123.",
    [
        ("GEO", "calle 183 y Webster"),
        ("NAME", "RAMÓN ANTONIO"),
        ("AGE", "92"),
        ("NAME", "Yudelka"),
    ],
    note="reunification: pick-up corner, ALL-CAPS given names, age, wife; the phone is the hospital's",
)

# 104
n(
    "es",
    "research",
    "Nuestro estudio con 1,200 familias dominicanas de Washington Heights encontró que 1 de cada 3 adultos mayores de 90 años vive con diabetes. Publicado hoy en la revista Diabetes Care. Investigadora principal: Dra. Ana Cristina Hernández.",
    "study population and population age; a staff researcher",
)

# 105
p(
    "en",
    "thank_you",
    "Pictured: Grandpa Leung Kwok-wing, 90, with the PT team who got him walking again after his 3/22 hip fracture. His granddaughter Cindy writes: 'Ah Yeh says thank you in Toisanese and English!' Family can reach us, or Cindy at cindyleung.nyc@icloud.com.",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Leung Kwok-wing"),
        ("AGE", "90"),
        ("DATE", "3/22"),
        ("NAME", "Cindy", "*"),
        ("EMAIL", "cindyleung.nyc@icloud.com"),
    ],
    note="photo cue, Cantonese name without Grandpa, age, fracture date, granddaughter and e-mail; 'Ah Yeh' is a kinship word",
)

# 106
n(
    "en",
    "health_tip",
    "Ramadan in a heat wave: if you're fasting and feel dizzy, confused or stop sweating, break the fast and get to a cool place; Islamic scholars agree health comes first. Bangla-speaking nurse line: (718) 555-0123. #RamadanHealth",
    "a holiday as general advice, hospital nurse line",
)

# 107
p(
    "en",
    "patient_story",
    "meet papo, the guy who runs the counter at Lucky Star Deli on Tremont: he came in with chest pain on the 21st, got a stent in 40 min, & was back slicing pernil by friday. Jesús 'Papo' Valdez, you're a legend. 🥪 #papostrong",
    [
        ("NAME", "papo"),
        ("NAME", "Lucky Star Deli"),
        ("GEO", "Tremont"),
        ("DATE", "21st"),
        ("NAME", "Jesús 'Papo' Valdez"),
        ("NAME", "#papostrong"),
    ],
    note="lower-case nickname, employer deli and its street, day of the month alone, full name with nickname, hashtag; friday is a weekday",
)

# 108
n(
    "en",
    "staff_spotlight",
    "Our security officer Jesús 'Chuy' Valdés has walked 41,000 patients to the right elevator (we counted 😄). He's also the guy who rescued the 2nd-floor fish tank during the blackout. Gracias, Chuy!",
    "a security officer (staff) with a nickname",
)

# 109
p(
    "es",
    "birth_announcement",
    "nació sebastián 💙 el 1ro de noviembre, Día de Todos los Santos, a las 11:11 p.m. papás orgullosos: Kiara y Luis Manuel Ocasio, de Castle Hill. #bienvenidosebas",
    [
        ("NAME", "sebastián"),
        ("DATE", "1ro de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Kiara"),
        ("NAME", "Luis Manuel Ocasio"),
        ("GEO", "Castle Hill"),
        ("NAME", "#bienvenidosebas"),
    ],
    note="lower-case name, birth day written twice (date and saints' day), parents, neighbourhood, hashtag",
)

# 110
n(
    "es",
    "memorial",
    "Recordamos hoy a Roberto Clemente, que murió un 31 de diciembre llevando ayuda a Nicaragua. Su legado vive en el parque estatal del Bronx que lleva su nombre. 🕊️⚾",
    "a public figure's date of death",
)

# 111
p(
    "en",
    "pasted_record",
    "[internal msg posted to page by error, removed] 'Pt: Tamar Blumenfeld, 95, MRN 66300218, pacemaker SN PMX-448210Q, needs interrogation before discharge on 11/14'",
    [
        ("NAME", "Tamar Blumenfeld"),
        ("AGE", "95"),
        ("MRN", "66300218"),
        ("DEVICE", "PMX-448210Q"),
        ("DATE", "11/14"),
    ],
    note="pasted message: name, age, MRN, pacemaker serial, planned discharge date",
)

# 112
n(
    "en",
    "research",
    "Alzheimer's research update: our memory clinic is enrolling adults 60 to 95 in a study of a new blood test. Cantonese, Spanish, Yiddish and Bengali interpreters available. Call (718) 555-0167 or visit hrmc.nyc/memory.",
    "eponymous condition, an age range for enrolment, hospital phone and domain",
)

# 113
p(
    "en",
    "crisis_update",
    "Blackout update, 6am: power is back across Upper Manhattan. Overnight we treated 19 people for heat illness, including a Con Edison lineman who collapsed after a 16-hour shift restoring service; he is awake and asking for his crew. Thank you to every worker out there. ⚡",
    [
        ("NAME", "Con Edison"),
    ],
    note="the employer of one specific (unnamed) patient is NAME, so the post is patient-specific",
)

# 114
n(
    "en",
    "crisis_update",
    "Cooling update: the Bronx cooling center at 2150 Jerome Avenue served 1,140 neighbors yesterday, including 87 people over 80. Open again today 9am to 11pm. Pets welcome on leash 🐕. (718) 555-0189",
    "counts, a population age, the hospital's address and hotline",
)

# 115
p(
    "es",
    "thank_you",
    "¡Qué alegría! La señora Ysabel 'Chabela' Durán, de 93 años, nos escribió desde su casa en la 175 con St. Nicholas para agradecer al equipo de la Clínica Heights. Su nieta Génesis dice que quien quiera felicitarla puede llamar al (646) 555-0124. 📞",
    [
        ("NAME", "Ysabel 'Chabela' Durán"),
        ("AGE", "93"),
        ("GEO", "175 con St. Nicholas"),
        ("NAME", "Génesis"),
        ("PHONE", "(646) 555-0124"),
    ],
    note="name with nickname, age, home corner, granddaughter (a name that is a word) and her phone",
)

# 116
n(
    "es",
    "event",
    "Este sábado: clases de RCP gratis en español en la Clínica Heights, 611 West 181st Street, de 9 a 12. ¡Traiga a su familia! Inscripciones: rcp@harlemrivermc.org",
    "an event at the clinic's own address, hospital e-mail",
)

# 117
p(
    "en",
    "memorial",
    "The staff of 9 West mourn Rebbetzin Sarah Rivka Lowenthal, who passed away on Lag BaOmer, 18 Iyar, surrounded by her 11 children. She was 97 and blessed every nurse who entered room 912 with 'biz hundert un tsvantsik.' Shiva at the family home in Midwood.",
    [
        ("NAME", "Sarah Rivka Lowenthal"),
        ("DATE", "Lag BaOmer"),
        ("DATE", "18 Iyar"),
        ("AGE", "97"),
        ("OTHER_ID", "room 912"),
        ("GEO", "Midwood"),
    ],
    note="name without Rebbetzin, day of death as a holiday and a Hebrew date, age, room, family home; the blessing is not an age",
)

# 118
n(
    "en",
    "memorial",
    "Ten years ago we dedicated the Lowy-Goldberg Dialysis Center. Today we remember Mrs. Frances Lowy, 1921–2014, who gave the gift in memory of her husband, and whose name reminds every patient that someone cared.",
    "a donor whose name is on a building; bare years",
)

# 119
p(
    "en",
    "patient_story",
    "Yellow cab driver Abul Kashem Chowdhury, 61, was rear-ended on the BQE on 9/3; his taxi (plate T781234C) was totaled. After 2 surgeries he's home in Jackson Heights. His daughter Sharmin thanks our Bangla interpreter, Mr. Rahman, for every late-night call.",
    [
        ("NAME", "Abul Kashem Chowdhury"),
        ("GEO", "BQE"),
        ("DATE", "9/3"),
        ("VEHICLE", "T781234C"),
        ("GEO", "Jackson Heights"),
        ("NAME", "Sharmin"),
    ],
    note="name, expressway of the crash, crash date, taxi plate, neighbourhood, daughter; the interpreter is staff",
)

# 120
n(
    "en",
    "health_tip",
    "Cooking for Eid? Fried foods and sweet tea hit hard in a heat wave 🫖 Our dietitian Nafisa Haque's tips: bake the samosas, freeze the mango lassi, and keep elders out of the hot kitchen. Eid Mubarak from all of us!",
    "a holiday greeting and a staff dietitian",
)

# 121
p(
    "en",
    "patient_story",
    "big day 4 Fatoumata!! 🎉 hit by a car on 116th st on 6/14, 3 surgeries later she's walking to the elevator by herself. her brothers Ousmane & Alpha have been here every single nite. #FatouFuerte",
    [
        ("NAME", "Fatoumata"),
        ("GEO", "116th st"),
        ("DATE", "6/14"),
        ("NAME", "Ousmane"),
        ("NAME", "Alpha"),
        ("NAME", "#FatouFuerte"),
    ],
    note="name, street of the crash, crash date, brothers (Alpha is also a word), nickname hashtag",
)

# 122
n(
    "en",
    "eponymous_condition",
    "Gaucher disease is 1 in 850 among Ashkenazi Jews, vs 1 in 40,000 overall. Named for Philippe Gaucher, who described it in 1882. Our genetics clinic sees adults and kids: (718) 555-0100, ext. 4. #RareDiseaseDay",
    "eponymous condition, a historical physician, hospital number",
)

# 123
p(
    "es",
    "pasted_record",
    "Ay no, se pegó el correo de admisión 😳: 'Paciente: Yohanna Marte Sosa · Exp 77004521 · ingreso 28/06 por asma · mamá: marte.sosa.fam@hotmail.com · vive en Hamilton Heights'. Ya lo borramos.",
    [
        ("NAME", "Yohanna Marte Sosa"),
        ("MRN", "77004521"),
        ("DATE", "28/06"),
        ("EMAIL", "marte.sosa.fam@hotmail.com"),
        ("GEO", "Hamilton Heights"),
    ],
    note="pasted admission e-mail: name, expediente, admission date, mother's e-mail, neighbourhood",
)

# 124
n(
    "en",
    "staff_spotlight",
    "Fatoumata Camara started as a housekeeper here in 2005. Tomorrow she graduates from nursing school, first in her family. 🎓 Her whole floor (and her three kids!) will be there. Congratulations, Nurse Fatou!",
    "a staff member who shares a patient's first name; staff are never labelled",
)

# 125
p(
    "en",
    "discharge",
    "Going home for Pesach! 🍷 Reb Leibish Gottlieb, 91, was discharged on 13 Nissan, one day before the Seder, after a long stay on 6 West. His son-in-law Mendy asks that visitors call first: 718-555-0142.",
    [
        ("NAME", "Leibish Gottlieb"),
        ("AGE", "91"),
        ("DATE", "13 Nissan"),
        ("NAME", "Mendy"),
        ("PHONE", "718-555-0142"),
    ],
    note="name without Reb, age, Hebrew discharge date (Pesach and the Seder are not his event), son-in-law and phone",
)

# 126
n(
    "es",
    "health_tip",
    "¿Llevas a tu bebé al colmado o a la guagua con este calor? Nunca lo dejes en el carro, ni por un minuto. En 10 minutos un carro llega a 120°F. 🚗🔥 #CalorExtremo",
    "general heat safety; 120 is a temperature",
)

# 127
p(
    "en",
    "pasted_record",
    "Leaked from a staff group chat, sorry!! 'Can someone update Mrs Kwok's son? KWOK Yuk-lan MRN 90045512 transferred to ICU 7/29, son Dickson in waiting room.' — The Kwok family deserves privacy; please don't share.",
    [
        ("NAME", "Kwok", "*"),
        ("NAME", "KWOK Yuk-lan"),
        ("MRN", "90045512"),
        ("DATE", "7/29"),
        ("NAME", "Dickson"),
    ],
    note="surname in several forms (possessive, ALL CAPS surname-first, family), MRN, transfer date, son",
)

# 128
n(
    "en",
    "public_figure",
    "Lou Gehrig played his last game in the Bronx in 1939; ALS still takes about 6,000 Americans a year. Our ALS clinic hosts a Yankees-themed fundraiser walk on June 2 (Lou Gehrig Day). #ALSAwareness",
    "a public figure and an awareness day",
)

# 129
p(
    "en",
    "milestone_birthday",
    "Ninety-nine years young! 🎉 Mr. Gumersindo 'Sindo' Pagán, who came to the Bronx from Utuado in 1952 and worked 40 years at the Hunts Point Market, celebrates on the 1st of April (no joke!). His wife Ana, 88, says the secret is café con leche.",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Gumersindo 'Sindo' Pagán"),
        ("GEO", "Bronx"),
        ("GEO", "Utuado"),
        ("NAME", "Hunts Point Market"),
        ("DATE", "1st of April"),
        ("NAME", "Ana"),
    ],
    note="age in words, name with nickname, borough and Puerto Rican town, former employer, birthday; his wife's 88 is not over 89",
)

# 130
n(
    "en",
    "anonymous_story",
    "During last night's blackout a baby girl was delivered by flashlight in our L&D unit. Mom and baby are healthy, and our generator techs are officially honorary midwives. 🔦👶 #HeightsBlackout",
    "anonymous birth, 'last night' is relative",
)

# 131
p(
    "es",
    "discharge",
    "¡Se nos va la Chiqui! 🎈 Después de 2 meses en la unidad de quemados, Xiomara 'Chiqui' Brito vuelve a Cypress Avenue. Nos pidió que pusiéramos el número de su tía Ramona para los del salón de belleza: 929-555-0131.",
    [
        ("NAME", "Chiqui", "*"),
        ("NAME", "Xiomara 'Chiqui' Brito"),
        ("GEO", "Cypress Avenue"),
        ("NAME", "Ramona"),
        ("PHONE", "929-555-0131"),
    ],
    note="nickname alone and inside the full name, home street, aunt and her phone",
)

# 132
n(
    "es",
    "thank_you",
    "Gracias a los 60 voluntarios de la parroquia San Simón Stock que tocaron 1,200 puertas en Fordham para revisar a los envejecientes durante la ola de calor. Y gracias, Padre Tomás, por la limonada. 🍋",
    "volunteers, a parish and a priest",
)

# 133
p(
    "en",
    "pasted_record",
    "TRIAGE NOTE accidentally shared to FB 😬: 'HOSSAIN, RUMANA 28F G2P1 @ 34wk, ctx q5min, arrived 08/30 0412 via husband (MOHAMMED HOSSAIN 347-555-0185) from 35th Ave Jackson Hts'",
    [
        ("NAME", "HOSSAIN, RUMANA"),
        ("DATE", "08/30"),
        ("NAME", "MOHAMMED HOSSAIN"),
        ("PHONE", "347-555-0185"),
        ("GEO", "35th Ave Jackson Hts"),
    ],
    note="triage note: ALL-CAPS names, arrival date, husband's phone, home street; 28F is not an age over 89",
)

# 134
n(
    "en",
    "hospital_contact",
    "Reporters: please send all media inquiries to press@hrmc.nyc or call (718) 555-0167. We cannot confirm whether any individual is a patient. Thank you for respecting our patients' privacy.",
    "hospital media contacts",
)

# 135
p(
    "en",
    "patient_story",
    "Xu Haoran, 16, a junior at Francis Lewis High, was pulled from the Rockaway surf on 8/11. Today he FaceTimed his grandparents in Wenzhou from our PICU. His mom Zhou Li keeps repeating 'xièxie' to everyone. 💙",
    [
        ("NAME", "Xu Haoran"),
        ("GEO", "Rockaway"),
        ("DATE", "8/11"),
        ("GEO", "Wenzhou"),
        ("NAME", "Zhou Li"),
    ],
    note="pinyin surname-first name, place and date of the near-drowning, grandparents' city, mother; the school is not an identifier",
)

# 136
n(
    "en",
    "research",
    "Our Flushing team's new study: among 850 Chinese-American adults over 75, those who practice tai chi had 30% fewer falls. Thanks to the 12 senior centers along Main Street that helped recruit. 🥋",
    "a study population; Main Street senior centers are recruitment sites",
)

# 137
p(
    "en",
    "memorial",
    "Our hearts are with Dariel's family. Dariel Rosario-Abreu, 19, died on Friday, October 4, after being stabbed near Edward L. Grant Highway. He worked the night shift at Fine Fare on Ogden Ave and wanted to be a nurse. His mother Dilenia asks that condolences go to rememberingdariel@gmail.com. #JusticiaParaDariel",
    [
        ("NAME", "Dariel Rosario-Abreu"),
        ("NAME", "#JusticiaParaDariel"),
        ("NAME", "Dariel", "*"),
        ("DATE", "October 4"),
        ("GEO", "Edward L. Grant Highway"),
        ("NAME", "Fine Fare"),
        ("GEO", "Ogden Ave"),
        ("NAME", "Dilenia"),
        ("EMAIL", "rememberingdariel@gmail.com"),
    ],
    note="date of death without the weekday, place of injury, employer and its street, mother, memorial e-mail, name hashtag",
)

# 138
n(
    "en",
    "memorial",
    "On August 14, 2003, the Northeast blackout hit at 4:10pm. Our ED ran on generators for 29 hours and delivered 9 babies. Twenty-one years later, the nurses who worked that night still meet for café every August 14. 🕯️",
    "the date of a public event and staff reunions; no patient",
)

# 139
p(
    "es",
    "patient_story",
    "A sus noventa y dos años, don Rafael Hernández Colón (sí, como el político, pero no es él 😄) se graduó hoy de rehabilitación cardíaca. Su esposa Gladys, de 85, lo acompañó a las 36 sesiones. ¡Wepa, don Rafa!",
    [
        ("AGE", "noventa y dos"),
        ("NAME", "Rafael Hernández Colón"),
        ("NAME", "Gladys"),
        ("NAME", "Rafa"),
    ],
    note="a patient who shares a public figure's name is labelled; age in Spanish words, wife (85 is not over 89), nickname",
)

# 140
n(
    "es",
    "public_figure",
    "Juan Luis Guerra cumple años el 7 de junio y nuestro coro de enfermeras le grabó 'Ojalá que llueva café'. 🎶☕ ¡Gracias a todas las que participaron!",
    "a public figure's birthday and a staff choir",
)

# 141
p(
    "en",
    "thank_you",
    "Thank you note from the family of Mr. Kwabena Ofori-Atta of Kingsbridge: 'Our father spent his 90th birthday in your ICU on Independence Day and you made it feel like a party. Ayekoo to Dr. Serwaa and the nurses!' Family contact for his church: Abena, 917 555 0153.",
    [
        ("NAME", "Kwabena Ofori-Atta"),
        ("GEO", "Kingsbridge"),
        ("AGE", "90th"),
        ("DATE", "Independence Day"),
        ("NAME", "Abena"),
        ("PHONE", "917 555 0153"),
    ],
    note="name, neighbourhood, ordinal age, birthday on a holiday, relative's name and phone; Dr. Serwaa is staff",
)

# 142
n(
    "en",
    "statistic",
    "Trauma by the numbers (Jan–Jun): 1,304 trauma activations, 41% from traffic crashes, 18% falls in people over 65, 212 e-bike injuries. Helmets save brains. 🪖 #VisionZero",
    "aggregate statistics",
)

# 143
p(
    "en",
    "patient_story",
    "Shalom Ber Friedlander, 6, got his first haircut (upsherin) right here in room 422 on Lag BaOmer because he couldn't go home yet. 🎈✂️ His mommy Chaya Mushka thanks the child-life team; cards to friedlanderfamily770@gmail.com.",
    [
        ("NAME", "Shalom Ber Friedlander"),
        ("OTHER_ID", "room 422"),
        ("DATE", "Lag BaOmer"),
        ("NAME", "Chaya Mushka"),
        ("EMAIL", "friedlanderfamily770@gmail.com"),
    ],
    note="name beginning with a word (Shalom), room, holiday as his event day, mother, family e-mail",
)

# 144
n(
    "en",
    "event",
    "Shalom, neighbors! Our Kosher Kitchen Open House is Tuesday, 5 Elul, 2-5pm: tour the kitchen, meet our mashgiach Rabbi Dovid Hertz, taste the cholent. 2150 Jerome Avenue, Cafeteria B. #HRMCKosher",
    "Hebrew date of a hospital event, a staff rabbi, hospital address",
)

# 145
p(
    "es",
    "pasted_record",
    "Copié mal el turno 🤦🏽‍♀️ 'Box 2: PAULINO, Arelis 34F dolor abdominal · Box 5: ACOSTA, Heriberto 95M caída, hijo Willy 347-555-0116 · Box 7: libre'",
    [
        ("OTHER_ID", "Box 2"),
        ("NAME", "PAULINO, Arelis"),
        ("OTHER_ID", "Box 5"),
        ("NAME", "ACOSTA, Heriberto"),
        ("AGE", "95M"),
        ("NAME", "Willy"),
        ("PHONE", "347-555-0116"),
    ],
    note="ED boxes with keyword, surname-first names, 95M is an age token (34F is not), son and phone; the free box is not labelled",
)

# 146
n(
    "es",
    "recruitment",
    "¡Únete a nuestro equipo de EMS! Buscamos paramédicos bilingües para el Bronx y el Alto Manhattan. Salario sindical (Local 2507) y clases de inglés/español gratis. Más info: empleos@harlemrivermc.org o (718) 555-0100.",
    "recruitment, a union, hospital e-mail and number",
)

# 147
p(
    "en",
    "birth_announcement",
    "A very special New Year's baby! 🎊 Ayaan Rahman arrived on Pohela Boishakh (April 14) to parents Tanzila and Rezaul of Parkchester. 6 lb 12 oz of pure joy. Shubho Noboborsho from all of us!",
    [
        ("NAME", "Ayaan Rahman"),
        ("DATE", "Pohela Boishakh"),
        ("DATE", "April 14"),
        ("NAME", "Tanzila"),
        ("NAME", "Rezaul"),
        ("GEO", "Parkchester"),
    ],
    note="birth day as the Bengali new year and as a date (both), parents, neighbourhood",
)

# 148
n(
    "en",
    "campaign_hashtag",
    "#TeamHRMC #BronxStrong #FuerzaBoricua #HeightsUnidos: thank you for 10,000 shares of our heat-safety video. Your abuela, your bubby and your nani are cooler because of you. 🧊",
    "campaign hashtags (none contains a patient's name) and kinship words",
)

# 149
p(
    "en",
    "patient_story",
    "kingston (11) from cypress hills broke his femur on the monkey bars at PS 7 on 5/5 😩 cast signed by the whole peds floor + his dad Andre. 4-6 weeks and he's back 🏀 #kingstonstrong",
    [
        ("NAME", "kingston"),
        ("GEO", "cypress hills"),
        ("DATE", "5/5"),
        ("NAME", "Andre"),
        ("NAME", "#kingstonstrong"),
    ],
    note="lower-case name that is a city, lower-case neighbourhood, injury date, father, hashtag; the school is not an identifier",
)

# 150
n(
    "en",
    "health_tip",
    "E-bike batteries + heat = fire risk 🔥 Charge outside the apartment if you can, never overnight, never blocking the door. Last month FDNY reported 17 e-bike fires in the Bronx alone. #EBikeSafety",
    "general safety advice and a public statistic",
)

# 151
p(
    "en",
    "thank_you",
    "Mrs. Tse's family wanted to share this: 'Our Popo, TSE Sau-ching (MRN 44102873), is 102 and was your patient for 6 weeks. The Cantonese-speaking aides on 8 West made her laugh again. We are forever grateful.' – the Tse and Ho families of Bensonhurst",
    [
        ("NAME", "Tse", "*"),
        ("NAME", "TSE Sau-ching"),
        ("MRN", "44102873"),
        ("AGE", "102"),
        ("NAME", "Ho"),
        ("GEO", "Bensonhurst"),
    ],
    note="surname in three forms, MRN, age, relatives' surname Ho, neighbourhood; Popo is a kinship word",
)

# 152
n(
    "en",
    "staff_spotlight",
    "Say hi to Kenneth Tse, our new Cantonese/Toisanese interpreter! 💬 Kenneth grew up above his parents' bakery on Mott Street and says his grandma, 98, is his toughest client.",
    "an interpreter (staff) and his own grandmother's age: staff family, not labelled",
)

# 153
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a Crucita. Cruz María 'Crucita' Vélez Torres, de Aguadilla y del Southern Boulevard, falleció el martes 10 de diciembre a los 89 años. Sus hijos Pedro, Junior y Marilú agradecen a las enfermeras de hospicio. 🕊️",
    [
        ("NAME", "Crucita", "*"),
        ("NAME", "Cruz María 'Crucita' Vélez Torres"),
        ("GEO", "Aguadilla"),
        ("GEO", "Southern Boulevard"),
        ("DATE", "10 de diciembre"),
        ("NAME", "Pedro"),
        ("NAME", "Junior"),
        ("NAME", "Marilú"),
    ],
    note="nickname and full name, town and street, date of death without the weekday, children; 89 is not over 89",
)

# 154
n(
    "es",
    "memorial",
    "Ha fallecido nuestra querida enfermera jubilada Altagracia 'Tatica' Guzmán, de 91 años, que trabajó en el HRMC de 1970 a 2005. Velorio el jueves 3 de octubre en la Funeraria Ortiz. 🕊️",
    "a retired nurse's memorial: her age over 89 and the dates are staff details",
)

# 155
p(
    "en",
    "crisis_update",
    "UPDATE: the gentleman we posted about this morning, Mr. Sol Mandelbaum, 94, has been reunited with his family in Riverdale. Thank you to everyone who shared. We have removed the earlier post. 🙏",
    [
        ("NAME", "Sol Mandelbaum"),
        ("AGE", "94"),
        ("GEO", "Riverdale"),
    ],
    note="first name that is a word, age, family neighbourhood",
)

# 156
n(
    "en",
    "crisis_update",
    "Phone lines down: our main number (718) 555-0100 is not working due to the Con Ed outage. Until it's fixed, please call (718) 555-0111 for the ED or message @HarlemRiverMC. We'll update here. ☎️",
    "the hospital's own numbers and handle",
)

# 157
p(
    "en",
    "milestone_birthday",
    "mazel tov to our favorite dialysis patient Reb Zalmen Spitzer on his 90th birthday, 10 Shevat! 🎂 (staff pls stop writing his MRN 30019273 on the cake box lol)",
    [
        ("NAME", "Zalmen Spitzer"),
        ("AGE", "90th"),
        ("DATE", "10 Shevat"),
        ("MRN", "30019273"),
    ],
    note="name without Reb, ordinal age, Hebrew birthday, MRN",
)

# 158
n(
    "en",
    "milestone_birthday",
    "HRMC turns 100! 🎉 Founded on May 1, 1925 as a 40-bed infirmary for Irish and Jewish workers in the Bronx. Join our centennial block party on Jerome Avenue, May 3, noon to 6. #HRMC100",
    "the hospital's age, founding date and centennial event",
)

# 159
p(
    "es",
    "thank_you",
    "Recibimos este mensaje de la familia Polanco: 'Gracias por cuidar a nuestra mamá, Rosa Elba Polanco, en la habitación 719 durante su operación del 2 de febrero. Escríbannos a familiapolanco.wh@gmail.com si necesitan voluntarios.' ❤️",
    [
        ("NAME", "Polanco", "*"),
        ("NAME", "Rosa Elba Polanco"),
        ("OTHER_ID", "habitación 719"),
        ("DATE", "2 de febrero"),
        ("EMAIL", "familiapolanco.wh@gmail.com"),
    ],
    note="family surname, patient's name, room, surgery date, family e-mail",
)

# 160
n(
    "es",
    "sponsor",
    "Mil gracias a El Nuevo Bodeguero Deli de la Dyckman y a su dueño, Don Félix Tejada, por regalar almuerzo a todo el turno de noche durante el apagón. ¡Así es Inwood! 🥪",
    "a sponsor bodega and its owner; not patients",
)

# 161
p(
    "en",
    "pasted_record",
    "!!! IGNORE !!! billing note posted from the wrong login: 'Acct 5500918823 — LIEBERMAN, CHAIM — Fidelis member ID FC7730192 — DOS 02/11 — balance $0'. Deleted, reported to privacy office.",
    [
        ("ACCOUNT", "5500918823"),
        ("NAME", "LIEBERMAN, CHAIM"),
        ("HEALTH_PLAN", "FC7730192"),
        ("DATE", "02/11"),
    ],
    note="billing line: account number, name, health-plan member id, date of service",
)

# 162
n(
    "en",
    "recruitment",
    "Are you a retired MTA, Con Ed or FDNY worker who wants to give back? Our volunteer ambassadors program is looking for you! Orientation Sept 4. Call (718) 555-0178. 🚇⚡🚒",
    "employers of prospective volunteers, not patients; hospital number",
)

# 163
p(
    "en",
    "patient_story",
    "Meet Mariama Bah, 12, who is waiting for a kidney. She lives with her grandmother in the Highbridge section of the Bronx and wants to be a pharmacist. Her family runs a page at mariamasgift.org with info on becoming a living donor.",
    [
        ("NAME", "Mariama Bah"),
        ("GEO", "Highbridge"),
        ("GEO", "Bronx"),
        ("URL", "mariamasgift.org"),
    ],
    note="name, neighbourhood and borough, family web page",
)

# 164
n(
    "en",
    "eponymous_condition",
    "Dor Yeshorim, JScreen and our own clinic all test for Tay-Sachs, Canavan and Niemann-Pick. Named for Warren Tay and Bernard Sachs, who described it in the 1880s. Screening is free for couples under 40. 🧬",
    "eponymous conditions and historical physicians",
)

# 165
p(
    "es",
    "patient_story",
    "Amparo significa protección, y eso le dimos: doña Amparo Núñez llegó el 31 de diciembre con un infarto y pasó la medianoche en la unidad coronaria. Hoy vuelve a su casa en Morris Heights con su hija Consuelo. 💗",
    [
        ("NAME", "Amparo", "*"),
        ("NAME", "Amparo Núñez"),
        ("DATE", "31 de diciembre"),
        ("GEO", "Morris Heights"),
        ("NAME", "Consuelo"),
    ],
    note="name that is a word (labelled also where its meaning is discussed), admission date, neighbourhood, daughter",
)

# 166
n(
    "es",
    "anonymous_story",
    "Un paciente de 67 años, chofer de guagua, nos escribió: 'Ustedes me devolvieron a mis nietos'. Con su permiso compartimos sus palabras, sin su nombre. 💙 #HRMCContigo",
    "anonymous: an age under 90 and an occupation without an employer's name",
)

# 167
p(
    "en",
    "discharge",
    "Discharge day for Chief Emeka Nwosu! 🇳🇬 Admitted on 1st October (Nigerian Independence Day, as he told every nurse), he's heading home to Co-op City today. His daughter Adaeze coordinates visits: adaeze.nwosu@gmail.com",
    [
        ("NAME", "Emeka Nwosu"),
        ("DATE", "1st October"),
        ("DATE", "Nigerian Independence Day"),
        ("GEO", "Co-op City"),
        ("NAME", "Adaeze"),
        ("EMAIL", "adaeze.nwosu@gmail.com"),
    ],
    note="name without Chief, admission date written twice (date and holiday), neighbourhood, daughter and e-mail",
)

# 168
n(
    "en",
    "event",
    "October is Breast Cancer Awareness Month, and Oct 10 is World Mental Health Day. Free mammograms every Saturday in October at the Heights Family Clinic. Walk-ins: (212) 555-0140 🎗️",
    "awareness month and day, clinic number",
)

# 169
p(
    "en",
    "memorial",
    "Every Qingming the Wong family visits our hospice garden. Their father, Wong Chi-keung, died here on the 15th of the 7th lunar month, Ghost Festival, and they say he chose the day on purpose. 🕯️ This year they planted a plum tree.",
    [
        ("NAME", "Wong Chi-keung"),
        ("NAME", "Wong", "*"),
        ("DATE", "15th of the 7th lunar month"),
        ("DATE", "Ghost Festival"),
    ],
    note="family surname and surname-first name, lunar date of death written twice; the family's Qingming visits are not his event",
)

# 170
n(
    "en",
    "public_figure",
    "Dr. Wu Lien-teh, born in Penang in 1879, invented the forerunner of the N95 mask. This Lunar New Year, our Flushing Pavilion hands out free masks in his honor. 😷 #MaskUp",
    "a historical physician, a holiday as event time",
)

# 171
p(
    "en",
    "patient_story",
    "After 4 months, MTA bus operator Denise 'Neecy' Whitfield is back behind the wheel of the Bx12! She was assaulted on her route on March 2 and rehabbed with us. Her coworkers from the depot filled 3 West with balloons. 🚌💜",
    [
        ("NAME", "MTA"),
        ("NAME", "Denise 'Neecy' Whitfield"),
        ("DATE", "March 2"),
    ],
    note="employer MTA, name with nickname, date of assault; the bus route is not an identifier",
)

# 172
n(
    "en",
    "sponsor",
    "The MTA and TWU Local 100 donated 500 MetroCards so our discharged patients can get home safely. 🚇 Thank you for keeping the Bronx moving! #TransitStrong",
    "MTA as a donor, not a patient's employer; a union",
)

# 173
p(
    "es",
    "birth_announcement",
    "¡Trillizos! 👶👶👶 Ángel, Gabriel y Miguel nacieron el 29 de septiembre, día de San Miguel Arcángel, en nuestra sala de partos. Mamá Yomaira, papá Robinson, y la abuela Chela ya están buscando cuna triple. 📸 En la foto, los tres.",
    [
        ("NAME", "Ángel"),
        ("NAME", "Gabriel"),
        ("NAME", "Miguel", 1),
        ("DATE", "29 de septiembre"),
        ("DATE", "día de San Miguel Arcángel"),
        ("NAME", "Yomaira"),
        ("NAME", "Robinson"),
        ("NAME", "Chela"),
        ("PHOTO", "En la foto"),
    ],
    note="triplets named after angels, birth day as date and saint's day (the saint's name lies inside the DATE span), parents and grandmother, photo cue",
)

# 174
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas, descrita por el Dr. Carlos Chagas en Brasil, afecta a miles de latinos en Nueva York sin que lo sepan. Si vivió en zonas rurales de Centroamérica o Sudamérica, pida la prueba. 🪲",
    "eponymous condition and a historical physician",
)

# 175
p(
    "en",
    "pasted_record",
    "sorry, wrong screen capture text: 'PORTAL LOGIN FAIL user=mfeldman_bp from 203.0.113.18 — MENACHEM FELDMAN, DOB 2/2/1951, Healthfirst ID 8812-4471-09'. Removed.",
    [
        ("OTHER_ID", "mfeldman_bp"),
        ("IP", "203.0.113.18"),
        ("NAME", "MENACHEM FELDMAN"),
        ("DATE", "2/2/1951"),
        ("HEALTH_PLAN", "8812-4471-09"),
    ],
    note="portal log: user name, IP address, ALL-CAPS name, DOB, health-plan id",
)

# 176
n(
    "en",
    "statistic",
    "5784 in numbers: our Bikur Cholim room served 18,000 kosher meals, hosted 312 Shabbos guests and lent 96 wheelchairs. Thank you, volunteers! Shana tova from HRMC. 🍎🍯",
    "a bare Hebrew year and counts (96 is wheelchairs, not an age)",
)

# 177
p(
    "en",
    "thank_you",
    "just got a DM from the daughter of our patient Ana Iris Jáquez (room 305) asking us to post this: 'Mami comes home Thursday!! Neighbors from 1565 Townsend Ave, call me at 347-555-0199 or write anairisfam@yahoo.com' ❤️ (posted with her permission)",
    [
        ("NAME", "Ana Iris Jáquez"),
        ("OTHER_ID", "room 305"),
        ("GEO", "1565 Townsend Ave"),
        ("PHONE", "347-555-0199"),
        ("EMAIL", "anairisfam@yahoo.com"),
    ],
    note="name, room, home address, daughter's phone and e-mail; posted with permission is still PHI",
)

# 178
n(
    "en",
    "staff_spotlight",
    "Our Patient Relations team (Ana Iris, Shira and Mei-ling) answered 4,200 calls last month in 7 languages. Reach them at 718-555-0123 or patientrelations@harlemrivermc.org. 📞",
    "staff first names (one shared with a patient elsewhere), hospital number and e-mail",
)

# 179
p(
    "es",
    "crisis_update",
    "Ola de calor, día 5: esta mañana los bomberos trajeron a una señora centenaria que vivía sola en un quinto piso sin ascensor en la Valentine Avenue. Está estable y su familia ya está con ella. Por favor, toquen la puerta de sus vecinos mayores. 🌡️",
    [
        ("AGE", "centenaria"),
        ("GEO", "Valentine Avenue"),
    ],
    note="unnamed patient: 'centenaria' states an age over 89 and her street is GEO",
)

# 180
n(
    "es",
    "statistic",
    "Más de 1 de cada 4 bodegueros del Alto Manhattan trabaja más de 70 horas por semana, según nuestra encuesta con la Asociación de Bodegueros. El 40% no tiene médico de cabecera. 📊",
    "a survey statistic",
)

# 181
p(
    "en",
    "pasted_record",
    "lmao our scheduler bot just tweeted a whole appt reminder 😭 'Reminder: DELACRUZ, NATHANIEL (MRN 10293348) ortho f/u Tue 09/24 2:30pm @ Heights Family Clinic'. bot is unplugged. sorry Nathaniel.",
    [
        ("NAME", "DELACRUZ, NATHANIEL"),
        ("MRN", "10293348"),
        ("DATE", "09/24"),
        ("NAME", "Nathaniel"),
    ],
    note="appointment reminder: ALL-CAPS name, MRN, appointment date (the weekday and hour are not labelled), first name again",
)

# 182
n(
    "en",
    "health_tip",
    "Shabbos in a heat wave: set your AC on a timer before candle-lighting, keep pitchers of cold water in the fridge, and never leave a child in a parked car. Hatzolah or 911 for emergencies. Gut Shabbos! ☀️",
    "general advice; Shabbos is a weekday",
)

# 183
p(
    "en",
    "patient_story",
    "Caption from our Rehab Wall of Fame 🏆: 'YIDES ROSENBAUM, 98, apt 3B, came to us after a fall on Hoshana Rabbah and left walking without her walker!' (Her grandson Duvid says she's already back in the bakery line.)",
    [
        ("NAME", "YIDES ROSENBAUM"),
        ("AGE", "98"),
        ("GEO", "apt 3B"),
        ("DATE", "Hoshana Rabbah"),
        ("NAME", "Duvid"),
    ],
    note="ALL-CAPS Yiddish name, age, apartment alone (GEO with keyword), fall on Hoshana Rabbah, grandson",
)

# 184
n(
    "en",
    "research",
    "Published today: our 20-year study of 3,100 Washington Heights residents born between 1930 and 1950 shows Dominican-born adults live 2.4 years longer than US-born neighbors. 📈 #HispanicParadox",
    "a study population and bare years",
)

# 185
p(
    "en",
    "thank_you",
    "@tanvir_bx thanks for reaching out about your mother! For privacy we've hidden your comment with her MRN (41882016). Please DM us and Patient Relations will call you back. 💙",
    [
        ("OTHER_ID", "@tanvir_bx"),
        ("MRN", "41882016"),
    ],
    note="reply to a patient's son: his handle is OTHER_ID and the repeated MRN is still an MRN",
)

# 186
n(
    "en",
    "pasted_record",
    "Posted by mistake from our training slides (all fake fields, no real patient): 'Bed __ | Name: ________ | MRN: ________ | DOB: __/__/____ | Allergies: ____'. Training resumes Monday! 📋",
    "a blank form template: labels without any values",
)

# 187
p(
    "en",
    "milestone_birthday",
    "happy 90th to our fave dim sum critic, Uncle Benny (Lee Kam-fai)!! 🥟 he's been coming to Flushing dialysis 3x a week since 2015 and says the har gow at Jade Palace, where he cooked for 30 years, is still the best. birthday was 12/12.",
    [
        ("AGE", "90th"),
        ("NAME", "Benny"),
        ("NAME", "Lee Kam-fai"),
        ("NAME", "Jade Palace"),
        ("DATE", "12/12"),
    ],
    note="ordinal age, English name without Uncle and Cantonese name, former employer restaurant, birthday",
)

# 188
n(
    "en",
    "staff_spotlight",
    "Meet Miriam 'Mimi' Adler, 101, our oldest volunteer. She folds 300 NICU blankets a month and tells every new mom, 'You'll be fine, I was born during the Spanish flu.' 💕",
    "a volunteer's nickname and age over 89 are not labelled",
)

# 189
p(
    "es",
    "pasted_record",
    "Borrado: se publicó por error la etiqueta de una muestra de laboratorio: 'GUZMÁN REYES, ALTAGRACIA · F. nac. 14-02-1958 · Exp. 50330129 · Hab. 608'. Pedimos disculpas a la paciente.",
    [
        ("NAME", "GUZMÁN REYES, ALTAGRACIA"),
        ("DATE", "14-02-1958"),
        ("MRN", "50330129"),
        ("OTHER_ID", "Hab. 608"),
    ],
    note="lab label: ALL-CAPS name, date of birth with dashes, expediente, room",
)

# 190
n(
    "es",
    "event",
    "🎉 Desfile Dominicano este domingo 11 de agosto: nuestra carpa de salud estará en la Sexta Avenida con la 40. Tomas de presión, agua fría y vacunas. ¡Nos vemos allá, mi gente!",
    "event date and venue",
)

# 191
p(
    "en",
    "patient_story",
    "Construction worker Luis Alberto Tineo fell 3 stories at a job site on Fulton St on Aug 6. Trauma Bay 1, OR in 22 minutes, ICU for 2 weeks. Today he gave his nurses a hard hat signed by his crew from Castillo Builders and his brothers at Local 79. 👷🏽",
    [
        ("NAME", "Luis Alberto Tineo"),
        ("GEO", "Fulton St"),
        ("DATE", "Aug 6"),
        ("OTHER_ID", "Trauma Bay 1"),
        ("NAME", "Castillo Builders"),
    ],
    note="name, street of the fall, injury date, trauma bay, employer; the union Local 79 is not labelled",
)

# 192
n(
    "en",
    "anonymous_story",
    "Yesterday one of our trauma surgeons stopped on her way home to help at a crash. She held pressure on a stranger's leg until EMS arrived. She doesn't want her name out there, so: thank you, Dr. Anonymous. 🦸‍♀️",
    "anonymous staff member and an anonymous stranger",
)

# 193
p(
    "es",
    "thank_you",
    "Carta de la familia Maldonado, de Caguas: 'Nuestra abuela Providencia, de 96 años, fue operada de la cadera el 17 de mayo y hoy camina con andador. Escríbanle a su nieta Keishla a keishla.maldonado@gmail.com, ¡le encantan las tarjetas!'",
    [
        ("NAME", "Maldonado"),
        ("GEO", "Caguas"),
        ("NAME", "Providencia"),
        ("AGE", "96"),
        ("DATE", "17 de mayo"),
        ("NAME", "Keishla"),
        ("EMAIL", "keishla.maldonado@gmail.com"),
    ],
    note="family surname and town, a first name that is a word, age, surgery date, granddaughter and e-mail",
)

# 194
n(
    "es",
    "public_figure",
    "Hoy celebramos a Antonia Pantoja, educadora puertorriqueña que fundó ASPIRA en 1961 en Nueva York. Nuestra beca Antonia Pantoja para estudiantes de enfermería del Bronx abre el 1 de marzo. 📚",
    "a historical figure and a scholarship date",
)

# 195
p(
    "en",
    "patient_story",
    "Aminata Diop, who braids hair at Fatou's African Braiding on 125th, came in on 7/7 with heat stroke after a 12-hour day in a salon with no AC. She's recovering on 4 North. Her sister Khady is taking appointments for her at 646-555-0172. 💇🏿‍♀️",
    [
        ("NAME", "Aminata Diop"),
        ("NAME", "Fatou's African Braiding"),
        ("GEO", "125th"),
        ("DATE", "7/7"),
        ("NAME", "Khady"),
        ("PHONE", "646-555-0172"),
    ],
    note="name, employer salon and its street, admission date, sister and her phone",
)

# 196
n(
    "en",
    "crisis_update",
    "Heat advisory extended through Sunday. The people we're seeing most: adults over 75, outdoor workers, people on psych meds, and babies under 1. If you're 90+ and alone, call 311 for a wellness check. Cooling center: 2150 Jerome Avenue.",
    "population ages (90+ is a group), the hospital's cooling center",
)

# 197
p(
    "en",
    "memorial",
    "rest easy titi lourdes 💐 lourdes m. santiago, born christmas day in bayamón, gone on the fourth of july, 92 years of salsa and sass. the nurses on 6 south will miss your coquito 🥥",
    [
        ("NAME", "lourdes m. santiago"),
        ("NAME", "lourdes", "*"),
        ("DATE", "christmas day"),
        ("GEO", "bayamón"),
        ("DATE", "fourth of july"),
        ("AGE", "92"),
    ],
    note="all lower case: name without titi, birthday and death day as holidays, Puerto Rican town, age",
)

# 198
n(
    "en",
    "memorial",
    "We lost a legend: Dr. Henry Chow, who founded our Flushing Pavilion in 1988 and delivered an estimated 9,000 babies, died on March 5 at 93. Funeral at Wah Wing Sang, Mott Street, on Saturday. 🕊️",
    "memorial of a staff doctor: his date of death and age are not labelled",
)

# 199
p(
    "es",
    "patient_story",
    "Wilson Chiang, chino-dominicano de Santiago y dueño del Restaurante Tu Sabor en la Broadway, llegó el 3 de marzo con apendicitis. Ya está de vuelta en la cocina. Para visitas, su esposa Mirtha: 917-555-0149. 🥡",
    [
        ("NAME", "Wilson Chiang"),
        ("GEO", "Santiago"),
        ("NAME", "Restaurante Tu Sabor"),
        ("GEO", "Broadway"),
        ("DATE", "3 de marzo"),
        ("NAME", "Mirtha"),
        ("PHONE", "917-555-0149"),
    ],
    note="Chinese-Dominican name, Dominican home city, his own restaurant (employer) and its street, admission date, wife and phone",
)

# 200
n(
    "es",
    "staff_spotlight",
    "Conozcan a nuestra intérprete Mei-ling Sánchez Wu: habla mandarín, cantonés, español e inglés, nació en Santo Domingo y creció en Flushing. ¡Una joya del HRMC! 🌏",
    "an interpreter's name and home towns: staff",
)

# 201
p(
    "en",
    "discharge",
    "Chaim means life, and our Chaim (Chaim Yehuda Biderman, 14 months) is living it: discharged from PICU on 29 Cheshvan after RSV and a week on high-flow. His parents Shloime and Esty sent the nurses a crate of babka. 🥯",
    [
        ("NAME", "Chaim Yehuda Biderman"),
        ("NAME", "Chaim", "*"),
        ("DATE", "29 Cheshvan"),
        ("NAME", "Shloime"),
        ("NAME", "Esty"),
    ],
    note="name that is a word, labelled each time; Hebrew discharge date; parents; 14 months is not an identifier",
)

# 202
n(
    "en",
    "event",
    "L'chaim! Join the Bikur Cholim Society's annual gala on 14 Adar II, Purim night, at the Boro Park Y. Proceeds fund our Shabbos apartments across the street. 🎭 RSVP: gala@hrmc.nyc",
    "Hebrew date and holiday of a fundraising event; hospital e-mail",
)

# 203
p(
    "en",
    "pasted_record",
    "⚠️ Posted by mistake, please disregard: 'ED F/U call list — 1) Huang Meiling, MRN 82004413, 718-555-0128, x-ray 8/19; 2) Deng Jun, MRN 82004567, needs interpreter (Fuzhounese)'.",
    [
        ("NAME", "Huang Meiling"),
        ("MRN", "82004413"),
        ("PHONE", "718-555-0128"),
        ("DATE", "8/19"),
        ("NAME", "Deng Jun"),
        ("MRN", "82004567"),
    ],
    note="call list: pinyin names, MRNs, a patient's 718 phone (not a hospital line), x-ray date",
)

# 204
n(
    "en",
    "statistic",
    "Between Rosh Hashanah and Simchas Torah our ED saw 412 sukkah-related injuries over 10 years: falls, burns and one very stubborn lulav. Build safe, climb careful. 🛖",
    "holidays as a statistical period, no patient",
)

# 205
p(
    "en",
    "birth_announcement",
    "welcome to the world, heaven marie 🤍 born 2/14 at 3:33am to Yaritza Guzmán of Mott Haven. baby heaven was 6lb 6oz and screamed the whole time. L&D's Valentine's Day baby 💘",
    [
        ("NAME", "heaven marie"),
        ("NAME", "heaven", "*"),
        ("DATE", "2/14"),
        ("NAME", "Yaritza Guzmán"),
        ("GEO", "Mott Haven"),
        ("DATE", "Valentine's Day"),
    ],
    note="lower-case name that is a word, birth date written twice (2/14 and Valentine's Day), mother, neighbourhood",
)

# 206
n(
    "en",
    "campaign_hashtag",
    "#ThankYouDrRamos is trending in the Bronx! 🙌 Dr. Ana Ramos, our ED director, says the credit goes to 300 nurses, techs and EMS crews. Keep the love coming with #HRMCHeroes.",
    "a hashtag with a staff doctor's name is not a patient name",
)

# 207
p(
    "es",
    "memorial",
    "La familia del 4D del 1200 de la Sheridan nos pidió anunciar: don Teófilo Mercado falleció en nuestro hospital el día 5, a los 90 años. Novenario en el apartamento. Gracias, vecinos de siempre. 🕯️",
    [
        ("GEO", "4D del 1200 de la Sheridan"),
        ("NAME", "Teófilo Mercado"),
        ("DATE", "5"),
        ("AGE", "90"),
    ],
    note="apartment and street address in one span, name, day of the month alone (date of death), age",
)

# 208
n(
    "es",
    "health_tip",
    "Si usted o su papá usa oxígeno, diálisis en casa o una silla eléctrica, inscríbase en el registro de Con Edison para clientes con equipo médico. Llame al 311 o visite nuestro mostrador en el lobby. ⚡",
    "general advice; Con Edison as a utility; 311 is a city line",
)

# 209
p(
    "en",
    "patient_story",
    "Remember the baby born by flashlight during the July 13 blackout? Her parents, Kwame and Efua Asante of Inwood, named her Nkechi Light Asante. Light is 3 months old today and doing great! 🔦💛",
    [
        ("DATE", "July 13"),
        ("NAME", "Kwame"),
        ("NAME", "Efua Asante"),
        ("GEO", "Inwood"),
        ("NAME", "Nkechi Light Asante"),
        ("NAME", "Light", "*"),
    ],
    note="the blackout date is her birth date, parents, neighbourhood, a name that is a word",
)

# 210
n(
    "en",
    "sponsor",
    "Thank you, Ahmed Deli & Grill on 149th St, for 300 free bottles of water and halal chicken over rice for our ED team during the heat wave. Owner Ahmed Sultan: you're a real one. 🥙",
    "a sponsor business and its owner",
)

# 211
p(
    "en",
    "thank_you",
    "Replying to a comment: Mr. DeJESUS, we're so sorry your father's call wasn't returned. Please don't post his number here (we've hidden 929-555-0163). Patient Relations will call you today: (718) 555-0123.",
    [
        ("NAME", "DeJESUS"),
        ("PHONE", "929-555-0163"),
    ],
    note="the patient's son's surname in mixed caps and the family phone repeated by us; the other number is the hospital's",
)

# 212
n(
    "en",
    "public_figure",
    "Isaac Bashevis Singer wrote about the Bronx cafeterias of his old age. This Sunday our Yiddish book club reads 'Gimpel the Fool' in the 3rd-floor lounge, 2pm. Patients and families welcome! 📖",
    "a public figure and a book club",
)

# 213
p(
    "en",
    "pasted_record",
    "not again 🙈 'peds 4: boakye, nana ama 7F asthma, mom akua 347-555-0110 · peds 5: (empty) · peds 6: ruiz, tony 12M fx radius'",
    [
        ("OTHER_ID", "peds 4"),
        ("NAME", "boakye, nana ama"),
        ("NAME", "akua"),
        ("PHONE", "347-555-0110"),
        ("OTHER_ID", "peds 6"),
        ("NAME", "ruiz, tony"),
    ],
    note="lower-case bed list: beds with keyword, surname-first names, mother and phone; the empty bed is not labelled",
)

# 214
n(
    "en",
    "hospital_contact",
    "Lost & found: items left in the ED during last week's heat emergency are at the security desk, 2150 Jerome Avenue, Door C. Call (718) 555-0100 ext. 2 with a description. 🧳",
    "hospital address and number",
)

# 215
p(
    "en",
    "discharge",
    "Home before Chanukah! Mrs. Bracha Weinstock, 93, of Crown Heights went home on 24 Kislev (that's December 24 this year, so Merry Christmas to our non-Jewish staff too 😉).",
    [
        ("NAME", "Bracha Weinstock"),
        ("AGE", "93"),
        ("GEO", "Crown Heights"),
        ("DATE", "24 Kislev"),
        ("DATE", "December 24"),
    ],
    note="discharge day in both calendars; Chanukah and Christmas are greetings, not her event",
)

# 216
n(
    "en",
    "recruitment",
    "Now hiring: Yiddish-speaking social worker for our Brooklyn outreach office in Williamsburg. LMSW required. Apply by 15 Tammuz (July 21). careers.harlemrivermc.org",
    "a deadline in two calendars, an office location, hospital domain",
)

# 217
p(
    "en",
    "patient_story",
    "Our friend R.M., a school crossing guard for the NYPD, was hit by a car on Burnside Ave on 10/21. He's awake and already asking about his corner. His grandkids made a sign: #TEAMTIORM 🚸",
    [
        ("NAME", "R.M."),
        ("NAME", "NYPD"),
        ("GEO", "Burnside Ave"),
        ("DATE", "10/21"),
        ("NAME", "#TEAMTIORM"),
    ],
    note="initials, employer NYPD, street and date of the crash, ALL-CAPS hashtag with his initials",
)

# 218
n(
    "en",
    "event",
    "NYPD's 46th Precinct + HRMC: free car-seat checks, Saturday Oct 19, 10-2, in the Burnside Ave lot. Bring your car seat and your questions! 🚗👶",
    "event date and venue; NYPD as a partner",
)

# 219
p(
    "es",
    "discharge",
    "¡Para la casa en Nochebuena! 🎄 Joselito, de 8 años, recibió su trasplante de riñón en octubre y hoy se va a Kingsbridge con su mamá, Yaniris. Para los compañeros de su escuela que quieran mandarle cartas: yaniris.joselito@gmail.com",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Joselito"),
        ("DATE", "octubre"),
        ("GEO", "Kingsbridge"),
        ("NAME", "Yaniris"),
        ("EMAIL", "yaniris.joselito@gmail.com"),
    ],
    note="discharge on Nochebuena, transplant month, neighbourhood, mother, family e-mail",
)

# 220
n(
    "es",
    "eponymous_condition",
    "El Parkinson no es solo temblor. Nuestro grupo de apoyo en español se reúne el primer martes de cada mes en la Clínica Heights. Dr. Rafael Henríquez, neurólogo: 'Nadie debe enfrentarlo solo.' 🧠",
    "eponymous condition, a staff neurologist",
)

# 221
p(
    "en",
    "milestone_birthday",
    "our resident nonagenarian on 7 east, nani Rokeya, turned 97 on saturday and insisted the whole unit eat her daughter Shirin's pitha 🍰 happy birthday nani!! #rokeyanani",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Rokeya"),
        ("AGE", "97"),
        ("NAME", "Shirin"),
        ("NAME", "#rokeyanani"),
    ],
    note="nonagenarian and 97 are AGE, name without nani, daughter, hashtag; saturday is a weekday",
)

# 222
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Dr. Irving Sokolow, who founded our cardiology department in 1968 and still teaches Grand Rounds every Thursday! 🎂 Till 120, Dr. Sokolow!",
    "a staff doctor's age over 89 and the 'till 120' blessing are not labelled",
)

# 223
p(
    "en",
    "birth_announcement",
    'Our NICU nurses call her "Peanut" but her name is Naomi Abena Owusu, and she was born at 1 lb 4 oz on the 9th of June. Today Peanut weighs 5 lbs and her dad Kofi cried the whole car-seat test. 🥜',
    [
        ("NAME", "Peanut", "*"),
        ("NAME", "Naomi Abena Owusu"),
        ("DATE", "9th of June"),
        ("NAME", "Kofi"),
    ],
    note="quoted nickname without quotes, full name, birth date, father",
)

# 224
n(
    "en",
    "anonymous_story",
    "Someone left a handwritten note in Yiddish at our front desk: 'Thank you for treating my mother like a queen.' No name, no date, just gratitude. It's now framed by the elevators. 💌",
    "anonymous note",
)

# 225
p(
    "en",
    "pasted_record",
    "Oops, pasted from EMS run sheet: 'MVC, Harlem River Dr NB @ 155th. Driver: RODRIGUEZ, ELVIN, NY DL 982 441 307, vehicle plate KJT-4471, 22M, ambulatory at scene.' Deleted.",
    [
        ("GEO", "Harlem River Dr NB @ 155th"),
        ("NAME", "RODRIGUEZ, ELVIN"),
        ("LICENSE", "982 441 307"),
        ("VEHICLE", "KJT-4471"),
    ],
    note="place of the crash (shares words with the hospital's name), ALL-CAPS name, driver's licence, plate; 22M is not over 89",
)

# 226
n(
    "en",
    "crisis_update",
    "Traffic alert: Harlem River Drive closed northbound at 155th St due to flooding. Ambulances are being rerouted; our ED remains open. Use the Jerome Ave entrance. 🚧",
    "a road closure and a hospital entrance; no patient",
)

# 227
p(
    "en",
    "thank_you",
    "Message from the family of Mr. Zheng Guoqiang (bed 9, 5 East): 'Thank you for the Mandarin-speaking nurse on nights. Friends from our hometown of Fuqing can reach us on WeChat: zheng_family_fq.' 🙏",
    [
        ("NAME", "Zheng Guoqiang"),
        ("OTHER_ID", "bed 9"),
        ("GEO", "Fuqing"),
        ("OTHER_ID", "zheng_family_fq"),
    ],
    note="pinyin name, bed, home town, family WeChat id (OTHER_ID)",
)

# 228
n(
    "en",
    "staff_spotlight",
    "Our volunteer of the month is Rosa Elba Peña, 78, who runs our Spanish-language diabetes class and still works mornings at her family's bodega on Fordham Road. ¡Gracias, doña Rosa! 💐",
    "a volunteer and her workplace: not a patient",
)

# 229
p(
    "es",
    "patient_story",
    "¡Don Papo Colón, de 94 años, ganó el torneo de dominó de la sala de rehabilitación! Su nieta Jazmín dice que los del club social lo esperan el sábado para la revancha. ¿Quieren apostar? Llámenla al 718-555-0137. 🎲",
    [
        ("NAME", "Papo Colón"),
        ("AGE", "94"),
        ("NAME", "Jazmín"),
        ("PHONE", "718-555-0137"),
    ],
    note="nickname with surname, age, granddaughter and her 718 phone (not a hospital line)",
)

# 230
n(
    "es",
    "campaign_hashtag",
    "#NoEstásSolo 💙 Si estás pasando por un momento difícil, llama o escribe al 988. En español, inglés y muchos idiomas más. Compartan este mensaje, mi gente. #SaludMental #HRMCContigo",
    "campaign hashtags and a national line",
)

# 231
p(
    "en",
    "discharge",
    "Going home! Sabbir Hossain Khan, 24, a line cook at Kabab King in Jackson Heights, lost three fingers in a kitchen accident on 5/30. Thanks to our hand surgery team, he's already back to sending voice notes to his mom in Sunamganj. Support: gofundme.com/f/sabbir-hand-recovery",
    [
        ("NAME", "Sabbir Hossain Khan"),
        ("NAME", "Kabab King"),
        ("GEO", "Jackson Heights"),
        ("DATE", "5/30"),
        ("GEO", "Sunamganj"),
        ("URL", "gofundme.com/f/sabbir-hand-recovery"),
    ],
    note="name, employer and its neighbourhood, injury date, mother's town in Bangladesh, fundraiser URL",
)

# 232
n(
    "en",
    "research",
    "New paper from our trauma team in JAMA Surgery: e-bike injuries in NYC tripled from 2019 to 2023, and delivery workers were 4x more likely to be hurt than commuters. Lead author: Dr. Rashida Ahmed. 🚲",
    "research statistics and a staff author",
)

# 233
p(
    "en",
    "patient_story",
    "Tehillim list for this Shabbos, shared with the families' permission: Feiga Leah bas Chana Rochel (room 1108), Yisroel Meir ben Devorah, Tzirel bas Sarah. 🙏 Refuah shleimah to all.",
    [
        ("NAME", "Feiga Leah bas Chana Rochel"),
        ("OTHER_ID", "room 1108"),
        ("NAME", "Yisroel Meir ben Devorah"),
        ("NAME", "Tzirel bas Sarah"),
    ],
    note="three tehillim names, each one span, and a room",
)

# 234
n(
    "en",
    "health_tip",
    "The fast of Tisha B'Av falls on 9 Av (August 13) during a heat advisory this year. Elderly, pregnant and nursing women, and anyone on dialysis: please ask your rabbi and doctor about not fasting. 💧",
    "a fast day in two calendars as general advice",
)

# 235
p(
    "es",
    "memorial",
    "Doña Mercedes Abreu, la abuela de todos en la sala de diálisis, se nos fue el Día de las Madres, el 26 de mayo, a los 91 años. Su hija Yokasta pide una oración. 💐 #SiempreMercedes",
    [
        ("NAME", "Mercedes Abreu"),
        ("DATE", "Día de las Madres"),
        ("DATE", "26 de mayo"),
        ("AGE", "91"),
        ("NAME", "Yokasta"),
        ("NAME", "#SiempreMercedes"),
    ],
    note="name without doña, day of death as Dominican Mother's Day and as a date, age, daughter, hashtag",
)

# 236
n(
    "es",
    "thank_you",
    "Gracias a la Fundación Dominicana de Nueva York y a la familia Vargas-Polanco por donar la nueva sala de lactancia. Ya la estrenaron 40 mamás este mes. 🤱",
    "donors (a foundation and a family) are not patients",
)

# 237
p(
    "en",
    "pasted_record",
    "wrong acct 🤦🏿‍♂️ 'trauma bay 3: UNKNOWN MALE #14, ~30M GSW abd, MRN 99120077, friend says his name is Darnell, arrived 03/09 0210'",
    [
        ("OTHER_ID", "trauma bay 3"),
        ("OTHER_ID", "UNKNOWN MALE #14"),
        ("MRN", "99120077"),
        ("NAME", "Darnell"),
        ("DATE", "03/09"),
    ],
    note="trauma bay, trauma alias (OTHER_ID), MRN, reported first name, arrival date; the hour is not labelled",
)

# 238
n(
    "en",
    "event",
    "Stop the Bleed class this Thursday, 6pm, Conference Room 2B: learn to pack a wound and use a tourniquet in 90 minutes. Taught by our trauma nurses. Free, all ages 12+. #StopTheBleed",
    "a class at a conference room; 90 is minutes",
)

# 239
p(
    "en",
    "memorial",
    "Our oldest patient ever, Mrs. Henya Lefkowitz of Borough Park, passed away on 1 Elul 5784 (September 4, 2024) at one hundred and four. She survived Auschwitz, raised 9 children, and never once let us call her 'sweetie.' Yehi zichra baruch.",
    [
        ("NAME", "Henya Lefkowitz"),
        ("GEO", "Borough Park"),
        ("DATE", "1 Elul 5784"),
        ("DATE", "September 4, 2024"),
        ("AGE", "one hundred and four"),
    ],
    note="date of death in both calendars with years, age in words, neighbourhood",
)

# 240
n(
    "en",
    "hospital_contact",
    "Reminder to our followers: we will never post patient names, rooms or photos without written consent, and you should never post your MRN, insurance ID or date of birth in our comments. Questions: privacy@harlemrivermc.org · (718) 555-0123 · @HarlemRiverMC",
    "privacy reminder with the hospital's own e-mail, number and handle",
)

if __name__ == "__main__":
    S.main("phi_dev77_source")
