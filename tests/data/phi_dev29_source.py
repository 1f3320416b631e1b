"""Blind development set d29 for the PHI scanner: tests/data/phi_dev29.jsonl.

Organisation: Kings Harbor Community Hospital, a fictional community hospital in Brooklyn, New York
(phi_dev29_org.json): Main Campus in Borough Park (4820 Fort Hamilton Parkway), Flatbush Family
Health Center (1350 Nostrand Avenue), Crown Heights Women's Health Pavilion (745 Empire Boulevard)
and Brighton Beach Senior Care Clinic (3100 Brighton 6th Street); phones (718) 555-01xx; domains
kingsharbor.org and khchfoundation.org; handles @KingsHarborHosp, @KHCHFoundation, @KingsHarborEspanol.
Focus: Orthodox Jewish, Haitian, Jamaican, Trinidadian, Russian/Ukrainian and Latino patients and
families: Hebrew and Yiddish names and nicknames, Hebrew-calendar dates and Jewish holidays, bris and
naming ceremonies, Hatzalah, Shabbat elevators, West Indian Day parade and J'ouvert, elders over 90
(Holocaust survivors, Russian-speaking centenarians), names that are ordinary words (joy, Faith,
Happy, Blessing, Baruch, chaim, Julio), staff/volunteers/public figures who are (or are not) the
patient, pasted chart lines, room lists, billing lines, portal and IT tickets.
Language mix: 240 posts, 192 English and 48 Spanish (20%); 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Kinship words and honorifics are never part of a NAME span and alone are not identifiers:
  Bubby, Zaidy, Babushka, Mamie, Savta, Tatty, Mommy, Auntie, Uncle, Grandpa, Miss, Mas (Jamaican),
  Reb, Rabbi, Pastor, don/doña, "Mamá" before a nickname, and Creole "Ti" (= little) before a
  given name ("Ti Jozèf" -> "Jozèf"). Inside an established quoted nickname the word stays in the
  span ("Jean-Robert 'Ti Bob' Vilsaint", later "Ti Bob"; "Kenneth 'Mas Ken' Whyte").
- A Hebrew prayer name "Chaya Sora bas Leah" gives two NAME spans (patient and mother); "bas" is
  not part of either.
- Hebrew-calendar dates ("5 Tishrei", "17 Tammuz", "2 de Nisán"), a Hebrew month tied to the
  patient's event ("Elul") and holidays on which the patient's event happened ("Purim", "Rosh
  Hashanah", "Tu B'Shvat", "Erev Pesach", "Shavuos", "Shabbos Chanukah", "Labor Day", "Easter
  Sunday", "Ash Wednesday", "New Year's Day", "Día de San Valentín") are DATE. "3rd night of
  Chanukah" is labelled whole because the ordinal picks the day. Plain Shabbos / Shabbat and
  weekdays are not dates; seasons ("this spring", "last fall") are not labelled.
- Dates of a patient's follow-up, visit or date of service are DATE; the article is excluded
  ("on the 14th" -> "14th"). Holidays that are only the occasion of a hospital event (Purim visit
  from volunteers) are not labelled.
- Spelled-out ages are one span for the whole number phrase ("One hundred and three",
  "ninety-four", "Cien", "Ninety-eight"). "90 years after he was born" -> AGE "90". A future age
  stated for the patient ("next year, 101!") is AGE. Ages of staff and volunteers (91, 92, 93)
  and population or study ages are never labelled; age 89 is not labelled.
- "Brooklyn" and neighbourhoods (Borough Park, Canarsie, Midwood...) are GEO only when tied to a
  patient's or relative's home or birth; when they name a hospital site ("our Brighton Beach
  clinic", "our Flatbush center") they are not. Roads where the patient was injured are GEO
  (Belt Parkway, Church Ave at Flatbush Ave, Coney Island Ave); public event routes (Eastern
  Parkway) and streets named after people are not. Relatives' home cities (Kyiv, Haifa, Lakewood)
  are GEO.
- Public figures who are themselves the hospital's patients (a councilmember, a former boxer, a
  radio host) are labelled; public figures who only visit or are remembered are not. Staff and
  volunteers who become patients are labelled.
- A donor introduced as a patient's relative is labelled, and so is the lounge name that repeats
  the patient's name ("The Blima Lefkowitz Family Lounge").
- A referring physician's fax, internal ticket numbers and hospital room numbers (Medical Records,
  Room 112) are not patient identifiers. Family social handles, portal user names and encounter
  numbers are OTHER_ID; "hab." / "cama" / "rm" / "bed" with the number are OTHER_ID.
- Names that are ordinary words are labelled only where they name the person; the same word in
  another sense (lower-case "blessing"/"happy"/"faith", "L'chaim", "Baruch HaShem") stays
  unlabelled (declared with ok= when the string is identical).
- A hashtag that combines a patient's name and age ("#Pinchas100") is one NAME span.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev29.jsonl"), os.path.join(HERE, "phi_dev29_org.json"), "d29")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "discharge",
    "yitzy went home today!!! 🎉 47 days in the PICU and he walked out (ok, rolled out) giving high "
    "fives to every nurse on 6 West. refuah shleimah & never come back, yitzy 💙 #KingsHarborStrong",
    [("NAME", "yitzy", "*")],
    note="lower-case nickname twice; 6 West is a unit; campaign tag",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Chaya Weinberger, RN, our night charge nurse on Labor & Delivery for 22 years. She's caught "
    "more babies on Shabbos than she can count and still brings rugelach every Friday. Yasher koach, "
    "Chaya! #NurseSpotlight",
    "staff name and tenure; Shabbos is a weekday",
)

# 3
p(
    "en",
    "milestone_birthday",
    "Mazel tov to Bubby Rochel Gittel, who celebrated her 100th birthday on our Geriatrics floor "
    "surrounded by four generations! 🎂 She survived the camps, raised eight children in Borough Park, "
    "and still corrects everyone's Yiddish.",
    [("NAME", "Rochel Gittel"), ("AGE", "100th"), ("GEO", "Borough Park")],
    note="Bubby is a kin title; 100th birthday; neighbourhood where she lived",
)

# 4
n(
    "en",
    "eponymous_condition",
    "Tay-Sachs, Canavan, Gaucher, familial dysautonomia: our genetic counseling team at the Flatbush "
    "Family Health Center offers confidential carrier screening in English, Yiddish, Hebrew and "
    "Russian. Call (718) 555-0100 to book.",
    "eponymous conditions; hospital site and phone",
)

# 5
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Esther Malka! 👶 Nació el 14 de marzo, justo en Purim, a las 3:12 am. Mamá "
    "Devorah y papá Shmuel están felicísimos. ¡Mazal tov de parte de todo el equipo de Maternidad!",
    [
        ("NAME", "Esther Malka"),
        ("DATE", "14 de marzo"),
        ("DATE", "Purim"),
        ("NAME", "Devorah"),
        ("NAME", "Shmuel"),
    ],
    note="birth date written twice (civil date and holiday); parents' first names",
)

# 6
n(
    "es",
    "health_tip",
    "¿Sabía que el calor extremo es peligroso para los adultos mayores de 90 años? Visite a sus "
    "vecinos, ofrezca agua y llame al 911 si nota confusión o mareos. #VeranoSeguro",
    "population age; national emergency number",
)

# 7
p(
    "en",
    "thank_you",
    "Thank you, Mr. Baptiste! Jean-Rony stopped by today with a tray of griot and pikliz for the ICU "
    "team that cared for him after his heart attack in June. Ou se yon bon moun! 🇭🇹",
    [("NAME", "Baptiste"), ("NAME", "Jean-Rony"), ("DATE", "June")],
    note="surname with honorific, first name; month of the heart attack",
)

# 8
n(
    "en",
    "event",
    "West Indian Day Parade is Monday, Sept 1! Our Flatbush team will run a first-aid tent on Eastern "
    "Parkway at Nostrand from 10am-6pm. Stay hydrated, wear sunscreen, and find us at "
    "#KingsHarborOnTheParkway 🇯🇲🇹🇹🇭🇹🇬🇩",
    "event date and route; campaign tag",
)

# 9
p(
    "en",
    "pasted_record",
    "Happy Friday from 7 North! ☀️ Rm 514-B  GOLDSTEIN, CHAIM M  MRN 00731942  adm 2/11  fall at home, "
    "hip fx  fam: son Avrumi (917) 555-0148 pls call before 8pm",
    [
        ("OTHER_ID", "Rm 514-B"),
        ("NAME", "GOLDSTEIN, CHAIM M"),
        ("MRN", "00731942"),
        ("DATE", "2/11"),
        ("NAME", "Avrumi"),
        ("PHONE", "(917) 555-0148"),
    ],
    note="chart line pasted into a greeting post",
)

# 10
n(
    "en",
    "public_figure",
    "Councilmember Dov Hirschfeld toured our new Shabbat elevator and kosher pantry on 5 North today. "
    "Thank you for securing $2.4M for the renovation! 🙏",
    "public figure visiting, not a patient",
)

# 11
p(
    "en",
    "patient_story",
    "When Nadège's contractions started during the blackout, Hatzalah volunteer Moishe Klein got her "
    "here in 11 minutes flat. Baby Widlyne arrived 20 minutes later 💕 Nadège, thank you for letting us "
    "share your story! #HatzalahHeroes",
    [("NAME", "Nadège", "*"), ("NAME", "Widlyne")],
    note="mother and baby first names; the volunteer is not labelled",
)

# 12
n(
    "en",
    "recruitment",
    "We're hiring! Russian- and Ukrainian-speaking CNAs for our Brighton Beach Senior Care Clinic, "
    "3100 Brighton 6th Street. Apply at kingsharbor.org/careers or DM @KingsHarborHosp. Привет, "
    "welcome aboard!",
    "hospital address, domain and handle",
)

# 13
p(
    "en",
    "milestone_birthday",
    "С днём рождения, Galina Petrovna! 🎉 Our Brighton Beach clinic's favourite centenarian turned 101 "
    "on Tuesday and requested two things: pelmeni and a Vysotsky record. Done and done. 🎶",
    [("NAME", "Galina Petrovna"), ("AGE", "centenarian"), ("AGE", "101")],
    note="name and patronymic; centenarian and 101; Vysotsky is a public figure; clinic is a hospital site",
)

# 14
n(
    "en",
    "statistic",
    "Brooklyn is home to more than 1,800 residents aged 100+, and the number of New Yorkers over 90 "
    "has doubled since 2000. Our geriatrics team is growing to match. 📈",
    "population ages",
)

# 15
p(
    "en",
    "discharge",
    "after 3 weeks in the NICU, little joy is heading home to canarsie 🥹 joy, your tiny yawns made "
    "every night shift better. don't forget us!! #NICUgrad",
    [("NAME", "joy", "*"), ("GEO", "canarsie")],
    note="lower-case name that is an ordinary word; lower-case neighbourhood",
)

# 16
n(
    "en",
    "campaign_hashtag",
    "Every family deserves joy at the bedside. Give today and help us fill the pediatric floor with "
    "books, toys and Shabbos candles (LED, of course 🕯️). #JoyToTheFloors #KingsHarborGives "
    "khchfoundation.org",
    "joy as an ordinary word; campaign tags; hospital domain",
)

# 17
p(
    "es",
    "discharge",
    "¡Alta médica para don Wilfredo! 🎉 Después de 19 días en la UCI por COVID, regresa a su casa en "
    "Bushwick con su esposa Altagracia. ¡Gracias por su paciencia y sus chistes, don Wilfredo! "
    "#KingsHarborFuerte",
    [("NAME", "Wilfredo", "*"), ("GEO", "Bushwick"), ("NAME", "Altagracia")],
    note="first name with don; home neighbourhood; wife's name",
)

# 18
n(
    "es",
    "staff_spotlight",
    "Conozca a la Dra. Fabienne Laguerre, jefa de Medicina Interna. Nació en Jacmel, habla criollo, "
    "francés, inglés y español, y lleva 15 años atendiendo a nuestra comunidad de Flatbush. ¡Gracias, "
    "doctora!",
    "doctor's name and birthplace are not PHI",
)

# 19
p(
    "en",
    "memorial",
    "We are heartbroken to share that Reb Zalman Teitelbaum, a Hatzalah founder and our patient for 30 "
    "years, passed away on Erev Pesach. He was 94. Baruch Dayan HaEmes. 🕯️",
    [("NAME", "Zalman Teitelbaum"), ("DATE", "Erev Pesach"), ("AGE", "94")],
    note="death on a named day of the Jewish calendar; age over 89",
)

# 20
n(
    "en",
    "memorial",
    "Our hospital family mourns Dr. Leonid Abramov, 92, who founded our cardiology department in 1974 "
    "and kept teaching residents until last spring. May his memory be a blessing.",
    "staff member's age over 89 is not PHI",
)

# 21
p(
    "en",
    "hospital_contact",
    "Reply: Hi Mrs. Pierre-Louis, so sorry about the billing confusion! Please don't post account "
    "numbers here 🙏 (acct 4471-0092-3) — our Patient Relations team will reach you at "
    "marlene.pierrelouis@gmail.com today.",
    [
        ("NAME", "Pierre-Louis"),
        ("ACCOUNT", "4471-0092-3"),
        ("EMAIL", "marlene.pierrelouis@gmail.com"),
    ],
    note="reply to a patient's comment repeating her account number and e-mail",
)

# 22
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Call Patient Relations at (718) 555-0142, Mon–Thu 9–5 and Fri 9–1 "
    "(closed Shabbos & Yom Tov). Or email help@kingsharbor.org. Please never post account numbers in "
    "comments!",
    "hospital phone and domain",
)

# 23
p(
    "en",
    "birth_announcement",
    "Mazel tov! 🎉 Baby boy Friedman, born here on 5 Tishrei, was named Yehuda Leib at his bris this "
    "morning in our Simcha Room. Zaidy Berel was sandek. May he grow to Torah, chuppah and maasim "
    "tovim!",
    [("NAME", "Friedman"), ("DATE", "5 Tishrei"), ("NAME", "Yehuda Leib"), ("NAME", "Berel")],
    note="family surname, Hebrew birth date, name given at the bris, grandfather",
)

# 24
n(
    "en",
    "event",
    "Bris or Shalom Zachar coming up? Our Simcha Room on the 2nd floor of 4820 Fort Hamilton Parkway "
    "is free for patient families: kosher-certified, steps from the Shabbat elevator. Book: (718) "
    "555-0177.",
    "hospital room, address and phone",
)

# 25
p(
    "en",
    "public_figure",
    "Get well soon, Councilmember Yvette Saint-Fleur! 💐 She asked us to share that her appendectomy on "
    "Thursday went perfectly and she'll be back at City Hall next week. (Posted with her permission.)",
    [("NAME", "Yvette Saint-Fleur")],
    note="public figure who is the patient; weekday not a date",
)

# 26
n(
    "es",
    "event",
    "Feria de salud gratuita en Crown Heights: sábado 14 de junio, de 10 a 2, en el 745 Empire "
    "Boulevard. Presión arterial, glucosa y vacunas. ¡Habrá intérpretes de criollo haitiano y ruso!",
    "event date at a hospital address",
)

# 27
p(
    "en",
    "thank_you",
    "Round of applause for #TeamSuri 💪 Suri finished her last round of chemo today and rang the bell "
    "so hard the clapper flew off. Her mom Faigy brought cheesecake for the whole 8th floor. "
    "#SuriStrong #KingsHarborStrong",
    [("NAME", "#TeamSuri"), ("NAME", "Suri"), ("NAME", "#SuriStrong"), ("NAME", "Faigy")],
    note="name hashtags, first name, mother's name; campaign tag not labelled",
)

# 28
n(
    "en",
    "eponymous_condition",
    "Parkinson's isn't just a tremor. Join Dr. Oksana Melnyk for a free talk on early signs, Lewy body "
    "dementia and new DBS options, in Russian and Ukrainian, at our Brighton Beach clinic on April 11.",
    "eponymous conditions, doctor, event date",
)

# 29
p(
    "en",
    "pasted_record",
    "oops wrong chat 🙈 7N board: rm 712 Feldman, rm 714 Rabinowitz (NPO after MN), rm 716 "
    "Jean-Baptiste (needs Creole interp)",
    [
        ("OTHER_ID", "rm 712"),
        ("NAME", "Feldman"),
        ("OTHER_ID", "rm 714"),
        ("NAME", "Rabinowitz"),
        ("OTHER_ID", "rm 716"),
        ("NAME", "Jean-Baptiste"),
    ],
    note="room list pasted by mistake",
)

# 30
n(
    "en",
    "anonymous_story",
    "Last night a Hatzalah crew brought in a grandfather in his 80s who'd collapsed at shul. By "
    "morning he was sitting up, asking for his tefillin and a coffee. This is why we do what we do. 💙",
    "anonymous patient, age under 90",
)

# 31
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 103, doña Clotilde! 🎂 Nuestra paciente más longeva de la clínica de "
    "Flatbush nació en Santiago de los Caballeros y todavía baila merengue con su bisnieto Ángel.",
    [
        ("AGE", "103"),
        ("NAME", "Clotilde"),
        ("GEO", "Santiago de los Caballeros"),
        ("NAME", "Ángel"),
    ],
    note="age over 89; birthplace city; great-grandson; clinic is a hospital site",
)

# 32
n(
    "en",
    "staff_spotlight",
    "Meet Mordechai 'Motty' Blum, 91, our longest-serving volunteer! Motty has pushed the book cart on "
    "every floor since 1988 and still beats the teenagers up the stairs on Shabbos. "
    "#VolunteerSpotlight",
    "volunteer's nickname and age are not PHI",
)

# 33
p(
    "en",
    "milestone_birthday",
    "Ninety-eight candles would have set off the sprinklers 😅 so Mrs. Dorothy Ellis-Grant got one big "
    "one instead. Happy birthday from everyone on 5 North, Miss Dorothy! Kingston's finest 🇯🇲",
    [
        ("AGE", "Ninety-eight"),
        ("NAME", "Dorothy Ellis-Grant"),
        ("NAME", "Dorothy", 2),
        ("GEO", "Kingston"),
    ],
    note="age in words; full name then first name; home city abroad",
)

# 34
n(
    "en",
    "event",
    "Today is Yom HaShoah. We honor the survivors who built this neighborhood and the many who still "
    "receive care with us. At noon, staff will gather in the lobby for a moment of silence. 🕯️",
    "remembrance day, no patient",
)

# 35
p(
    "en",
    "patient_story",
    "At 96, Sol Wexler still tells his story every week to yeshiva students. This morning he told it "
    "to our cardiac rehab team between laps. Sol, you're our hero. 🙏 (shared with Sol's and his "
    "daughter Miriam's blessing)",
    [("AGE", "96"), ("NAME", "Sol Wexler"), ("NAME", "Sol", "*"), ("NAME", "Miriam")],
    note="survivor in cardiac rehab; daughter's name",
)

# 36
n(
    "es",
    "statistic",
    "En Brooklyn viven más de 1.800 personas de 100 años o más. Nuestro programa de geriatría atiende "
    "a pacientes mayores de 90 en ruso, ucraniano, yidis y criollo. 📊",
    "population ages",
)

# 37
p(
    "en",
    "pasted_record",
    "[draft] Can someone on 6W check on MRN 00588213? Family says he hasn't had his meds since 2pm. "
    "Wife is at (347) 555-0131.",
    [("MRN", "00588213"), ("PHONE", "(347) 555-0131")],
    note="bare MRN and the wife's phone",
)

# 38
n(
    "en",
    "hospital_contact",
    "Need a Russian or Ukrainian interpreter? Call (718) 555-0123. Haitian Creole? (718) 555-0155. "
    "Yiddish and Hebrew: ask at any front desk. Medical records fax: (718) 555-0109.",
    "hospital phone and fax numbers",
)

# 39
p(
    "en",
    "thank_you",
    "“My mother Ludmila spent her 99th birthday in your ICU and the nurses sang to her in Russian. I "
    "cried.” — Irina, we cried reading this. Thank you for trusting us with your mama. ❤️",
    [("NAME", "Ludmila"), ("AGE", "99th"), ("NAME", "Irina")],
    note="quoted comment: patient, her age, her daughter",
)

# 40
n(
    "en",
    "research",
    "New study from our Geriatrics Research Unit: among 412 patients aged 90 and older, daily walking "
    "cut hospital readmissions by 18%. Published in the Journal of the American Geriatrics Society. 🔬",
    "study population ages",
)

# 41
p(
    "es",
    "patient_story",
    "Marie-Ange, de Puerto Príncipe, ingresó en enero con un tumor cardíaco. Hoy, tras su cirugía del "
    "9 de abril, sale caminando con su hija Rose-Carline. ¡Fòs, Marie-Ange! #FuerzaMarieAnge",
    [
        ("NAME", "Marie-Ange", "*"),
        ("GEO", "Puerto Príncipe"),
        ("DATE", "enero"),
        ("DATE", "9 de abril"),
        ("NAME", "Rose-Carline"),
        ("NAME", "#FuerzaMarieAnge"),
    ],
    note="admission month, surgery date, home city, daughter, name hashtag",
)

# 42
n(
    "es",
    "eponymous_condition",
    "Enfermedad de Crohn, colitis ulcerosa, síndrome de Behçet: nuestro equipo de Gastroenterología de "
    "Flatbush ofrece consultas en español, criollo e inglés. Llame al (718) 555-0100.",
    "eponymous conditions; hospital phone",
)

# 43
p(
    "en",
    "discharge",
    "Shloimy ('Shloimele' to his savta 😄) is DONE with chemo! 🎉🎉 Today he leaves 8 West with a "
    "light-up Torah, a Mets jersey and 143 paper stars from the nurses. Go get 'em, Shloimy! "
    "#TeamShloimy",
    [("NAME", "Shloimy", "*"), ("NAME", "Shloimele"), ("NAME", "#TeamShloimy")],
    note="nickname, diminutive, name hashtag",
)

# 44
n(
    "en",
    "campaign_hashtag",
    "#TeamKingsHarbor walked 5 miles across the Brooklyn Bridge for #LightTheNight 💡 Thanks to "
    "everyone who donated to blood cancer research!",
    "campaign hashtags",
)

# 45
p(
    "en",
    "milestone_birthday",
    "1,000 dialysis sessions and counting 💪 Our 102-year-old patient Anatoly Sorokin, originally from "
    "Kharkiv, celebrated his milestone with honey cake and a chess rematch against Nurse Tamar. "
    "Молодец!",
    [("AGE", "102-year-old"), ("NAME", "Anatoly Sorokin"), ("GEO", "Kharkiv")],
    note="age token with suffix; birthplace city; nurse not labelled",
)

# 46
n(
    "en",
    "crisis_update",
    "UPDATE: Due to a water main break on Fort Hamilton Parkway, our main entrance is closed. Please "
    "use the 48th Street entrance. The ED remains open 24/7. Updates at kingsharbor.org/alerts.",
    "hospital entrances and domain",
)

# 47
p(
    "en",
    "patient_story",
    "Our own Hatzalah liaison, Shia Gross, spent 20 years getting OTHER people to our ED fast. On 11/3 "
    "it was his turn 😅 Quadruple bypass, zero complaints, and he's back on the radio. Welcome back, "
    "Shia!",
    [("NAME", "Shia Gross"), ("NAME", "Shia", "*"), ("DATE", "11/3")],
    note="staff member who is the patient; surgery date",
)

# 48
n(
    "en",
    "staff_spotlight",
    "Shoutout to Nurse Bracha Rosen and the Labor & Delivery team for 1,000 births this year! 👶 Bracha "
    "started here as a candy striper in 1999 and now runs our lactation program.",
    "staff name",
)

# 49
p(
    "en",
    "pasted_record",
    "Reminder for float staff: bed 9 is Levitan, Sarah (DOB 07/19/1988), Yiddish/English, strict "
    "kosher, no male staff after 10pm per husband Yossel.",
    [
        ("OTHER_ID", "bed 9"),
        ("NAME", "Levitan, Sarah"),
        ("DATE", "07/19/1988"),
        ("NAME", "Yossel"),
    ],
    note="internal note: bed, name, DOB, husband",
)

# 50
n(
    "en",
    "health_tip",
    "Fasting for Yom Kippur with diabetes or heart disease? Talk to your doctor AND your rabbi first. "
    "Our dietitians made a guide in English, Yiddish and Russian: kingsharbor.org/fasting 📄",
    "holiday tip; hospital domain",
)

# 51
p(
    "es",
    "thank_you",
    "Gracias a la familia Desrosiers por los 200 platos de diri ak djon djon para el turno de noche 😋 "
    "Su abuela Yolande, de 97 años, les enseñó la receta antes de su cirugía de cadera. ¡Nos encantó!",
    [("NAME", "Desrosiers"), ("NAME", "Yolande"), ("AGE", "97")],
    note="family surname; grandmother is the patient, age over 89",
)

# 52
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Rosenberg-Ramos por donar el nuevo ascensor de Shabat y la sala de "
    "lactancia. ¡Su generosidad hace posible nuestra misión!",
    "donor foundation",
)

# 53
p(
    "en",
    "memorial",
    "Rest in power, Auntie Merle. 💐 Merle Chin-Sang, 91, volunteered in our gift shop for a decade "
    "before becoming our patient this spring. She passed peacefully on 5/2 with her grandsons Kareem "
    "and Tyrese singing Bob Marley. One love.",
    [
        ("NAME", "Merle Chin-Sang"),
        ("NAME", "Merle", "*"),
        ("AGE", "91"),
        ("DATE", "5/2"),
        ("NAME", "Kareem"),
        ("NAME", "Tyrese"),
    ],
    note="volunteer who became the patient; death date; grandsons; public figure not labelled",
)

# 54
n(
    "en",
    "event",
    "On this day in 1804, Haiti declared independence. 🇭🇹 Bonne fête to our Haitian patients, families "
    "and staff! We're serving soup joumou in every cafeteria today. #HaitianIndependence",
    "national holiday, no patient",
)

# 55
p(
    "en",
    "discharge",
    "SHE'S GOING HOME!!! 🎉 BABY NAVA WAS BORN AT 24 WEEKS ON ROSH HASHANAH AND TODAY, 104 DAYS LATER, "
    "SHE WEIGHS 5 LBS. MAZEL TOV TO THE KATZ FAMILY!!!",
    [("NAME", "NAVA"), ("DATE", "ROSH HASHANAH"), ("NAME", "KATZ")],
    note="all caps; birth on a holiday; 104 days is a duration",
)

# 56
n(
    "en",
    "statistic",
    "Born too soon: 1 in 10 babies in Brooklyn arrives before 37 weeks. Our Level III NICU cared for "
    "612 of them last year. November is #PrematurityAwareness Month 💜",
    "statistics, awareness month",
)

# 57
p(
    "en",
    "thank_you",
    "Reply to comment: Chaim, we're so glad your grandmother Bracha enjoyed the Purim visit in room "
    "310! 🎭 We've forwarded your message (and your email, chaim.rubin.bp@gmail.com) to her nurses.",
    [
        ("NAME", "Chaim"),
        ("NAME", "Bracha"),
        ("OTHER_ID", "room 310"),
        ("EMAIL", "chaim.rubin.bp@gmail.com"),
    ],
    note="grandson's name and e-mail; the Purim visit is a hospital event, not labelled",
)

# 58
n(
    "en",
    "hospital_contact",
    "Visiting on Shabbos? Our Shabbat elevator in the Main Tower stops on every floor from sundown "
    "Friday to havdalah. The hospitality room (kosher food, cots) is on 2; just ask security at the "
    "Fort Hamilton Parkway entrance.",
    "hospital facilities",
)

# 59
p(
    "en",
    "birth_announcement",
    "Byenveni, Ti Jozèf! 👶 Born 8/17 at 4:05 am to proud parents Guerline and Wilner of East Flatbush. "
    "First baby born in our new Birthing Center suites! 🎊",
    [
        ("NAME", "Jozèf"),
        ("DATE", "8/17"),
        ("NAME", "Guerline"),
        ("NAME", "Wilner"),
        ("GEO", "East Flatbush"),
    ],
    note="Creole 'Ti' (little) not in span; birth date; parents; home neighbourhood",
)

# 60
n(
    "en",
    "event",
    "Flu shots at the Crown Heights Women's Health Pavilion every Tuesday in October, 9am–3pm. No "
    "appointment needed. 745 Empire Boulevard (between Albany & Troy). #GetVaccinated",
    "hospital site and event month",
)

# 61
p(
    "es",
    "pasted_record",
    "Nota interna (no publicar): Hab. 402 – Pérez Gómez, Lucía – HC 00619274 – ingreso 3/9 – alergia a "
    "penicilina – hija: Marisol 646-555-0117",
    [
        ("OTHER_ID", "Hab. 402"),
        ("NAME", "Pérez Gómez, Lucía"),
        ("MRN", "00619274"),
        ("DATE", "3/9"),
        ("NAME", "Marisol"),
        ("PHONE", "646-555-0117"),
    ],
    note="internal note: room, name, chart number, admission, daughter's phone",
)

# 62
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Enfermeras bilingües (español/criollo) para nuestro Centro de Salud "
    "Familiar en 1350 Nostrand Avenue. Envíe su CV a empleos@kingsharbor.org. #TrabajaConNosotros",
    "hospital address and domain",
)

# 63
p(
    "en",
    "patient_story",
    "Blessing came in with a broken leg from a pickup game and left with a cast signed by half the ED "
    "😂 What a blessing to treat you, Blessing! Tell your mom Ngozi we said hi.",
    [("NAME", "Blessing", "*"), ("NAME", "Ngozi")],
    note="name that is an ordinary word; lower-case 'blessing' is the word",
)

# 64
n(
    "en",
    "anonymous_story",
    "A 12-year-old from our community asked to spend her bat mitzvah money on toys for kids on the "
    "pediatric floor. She wants no credit, so we won't share her name, but we will share her note: "
    "'Refuah shleimah to everyone.' 💛",
    "anonymous donor, not a patient",
)

# 65
p(
    "en",
    "milestone_birthday",
    "Our favourite nonagenarian, Mr. Winston Alleyne, marked 65 years of marriage to Mrs. Gloria "
    "Alleyne on our cardiac unit today. 💍 Trinidad's best calypso duet, live on 4 East. #LoveWins",
    [("AGE", "nonagenarian"), ("NAME", "Winston Alleyne"), ("NAME", "Gloria Alleyne")],
    note="nonagenarian; patient and wife; 65 years of marriage is not an age; country not GEO",
)

# 66
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's: hormones are complicated. Our endocrinology clinic now "
    "has Saturday night hours after Shabbos (8pm–11pm) and Sunday mornings. 📅",
    "eponymous conditions",
)

# 67
p(
    "en",
    "hospital_contact",
    "Reply: Tatiana, we're so sorry you couldn't reach your father's nurse last night. Please call "
    "Patient Relations at (718) 555-0142 and mention Viktor Orlov, room 611, bed 2, so they can help "
    "right away. 🙏",
    [
        ("NAME", "Tatiana"),
        ("NAME", "Viktor Orlov"),
        ("OTHER_ID", "room 611"),
        ("OTHER_ID", "bed 2"),
    ],
    note="daughter and father; room and bed; hospital phone not labelled",
)

# 68
n(
    "en",
    "hospital_contact",
    "📍 Kings Harbor has four Brooklyn locations: Main Campus, 4820 Fort Hamilton Parkway (Borough "
    "Park) · Flatbush Family Health Center, 1350 Nostrand Avenue · Crown Heights Women's Health "
    "Pavilion, 745 Empire Boulevard · Brighton Beach Senior Care Clinic, 3100 Brighton 6th Street.",
    "hospital addresses and neighbourhoods of its sites",
)

# 69
p(
    "en",
    "birth_announcement",
    "Double mazel tov! 👶👶 Twins Tzivia and Tehilla were born on Tu B'Shvat to Rivky and Menachem "
    "Halberstam of Williamsburg. They're already planting trees… in the NICU.",
    [
        ("NAME", "Tzivia"),
        ("NAME", "Tehilla"),
        ("DATE", "Tu B'Shvat"),
        ("NAME", "Rivky"),
        ("NAME", "Menachem Halberstam"),
        ("GEO", "Williamsburg"),
    ],
    note="twins born on a holiday; parents; home neighbourhood",
)

# 70
n(
    "en",
    "public_figure",
    "“Ayiti pap peri.” Today we remember Toussaint Louverture, who died in prison in France on April "
    "7, 1803. His courage still inspires our Haitian staff and neighbors. 🇭🇹",
    "historical figure and date",
)

# 71
p(
    "en",
    "pasted_record",
    "Billing q for Donna: KHCH acct #90028714 / MetroCare member ID MCP-55210983 / pt Joseph, "
    "Marc-Edouard / DOS 6/22 — denied, resubmit?",
    [
        ("ACCOUNT", "90028714"),
        ("HEALTH_PLAN", "MCP-55210983"),
        ("NAME", "Joseph, Marc-Edouard"),
        ("DATE", "6/22"),
    ],
    note="billing line; Donna is staff; date of service",
)

# 72
n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Aryeh Parkinson on his appointment as Chief of Neurology! 🎉 Yes, really, "
    "and yes, he's heard every joke. Dr. Parkinson leads our movement-disorders program in Borough "
    "Park.",
    "doctor whose surname is an eponym",
)

# 73
p(
    "es",
    "discharge",
    "¡mateo ya está en casa! 🏠 Después de 2 meses en la UCIN nuestro guerrerito salió el 30 de mayo "
    "rumbo a Sunset Park. ¡te extrañaremos, mateo! 💙 #GraduadoUCIN",
    [("NAME", "mateo", "*"), ("DATE", "30 de mayo"), ("GEO", "Sunset Park")],
    note="lower-case name; discharge date; home neighbourhood",
)

# 74
n(
    "es",
    "anonymous_story",
    "Una paciente de 78 años nos escribió: 'Gracias por hablarme en mi idioma cuando tenía miedo.' Por "
    "eso tenemos intérpretes las 24 horas. 💬",
    "anonymous patient under 90",
)

# 75
p(
    "en",
    "memorial",
    "Вечная память. Our beloved patient Raisa Mikhailovna Kogan passed away at the remarkable age of "
    "104. Born in Odessa, she survived the war and spent her last years in Brighton Beach teaching "
    "piano to neighborhood kids. ❤️",
    [
        ("NAME", "Raisa Mikhailovna Kogan"),
        ("AGE", "104"),
        ("GEO", "Odessa"),
        ("GEO", "Brighton Beach"),
    ],
    note="centenarian memorial; birthplace and home neighbourhood",
)

# 76
n(
    "en",
    "research",
    "Why do some people reach 100? Our Centenarian Genetics Study is enrolling adults aged 95 and "
    "older and their children. Call (718) 555-0100 ext. 4 or visit kingsharbor.org/100. 🧬",
    "study name and population ages",
)

# 77
p(
    "en",
    "thank_you",
    "THANK YOU to Esther Ruchama Gold's kids for the 40 challahs 🍞 Esther Ruchama spent 3 weeks with "
    "us after her stroke in Elul and says our nurses 'deserve a kiddush every week.' Refuah shleimah! "
    "#EstherStrong",
    [
        ("NAME", "Esther Ruchama Gold"),
        ("NAME", "Esther Ruchama", 2),
        ("DATE", "Elul"),
        ("NAME", "#EstherStrong"),
    ],
    note="Hebrew month of the stroke; name hashtag",
)

# 78
n(
    "en",
    "campaign_hashtag",
    "#BrooklynStrong #KingsHarborGives: for every $18 gift (chai! 🙌) this week, a donor will match it "
    "for our Holocaust Survivor Care Fund. Give at khchfoundation.org.",
    "campaign tags, anonymous donor",
)

# 79
p(
    "en",
    "patient_story",
    "Two months ago Andre was hit by a car crossing Church Ave at Flatbush Ave. Today he walked into "
    "our trauma clinic without a cane for the first time. 🙌 Proud of you, Dre!",
    [("NAME", "Andre"), ("GEO", "Church Ave"), ("GEO", "Flatbush Ave"), ("NAME", "Dre")],
    note="crash intersection; name and nickname",
)

# 80
n(
    "en",
    "event",
    "Join us on Sunday for the dedication of Rabbi Yosef Halpern Way at the corner of 13th Avenue and "
    "48th Street, in honor of the founder of our Bikur Cholim program. 🪧",
    "street named after a person",
)

# 81
p(
    "en",
    "milestone_birthday",
    "One hundred and three years young! 🎈 Mamie Odette (that's Odette Saint-Hilaire to the rest of us) "
    "celebrated today with her kremas and her 11 grandchildren at the Flatbush Family Health Center.",
    [("AGE", "One hundred and three"), ("NAME", "Odette Saint-Hilaire"), ("NAME", "Odette", "*")],
    note="age in words; Mamie is a kin title; hospital site not GEO",
)

# 82
n(
    "en",
    "health_tip",
    "Holocaust survivors face higher risks of osteoporosis and depression. If you care for a parent "
    "who survived, our Survivor Support Line in Yiddish, Hungarian, Russian and English is (718) "
    "555-0190. You are not alone. 💙",
    "population; hospital phone",
)

# 83
p(
    "es",
    "birth_announcement",
    "¡Es niña! 🎀 Valentina nació el Día de San Valentín a las 11:58 pm, ¡dos minutos antes de la "
    "medianoche! Felicidades a sus papás, Yesenia y Kelvin, de Bensonhurst. 💕",
    [
        ("NAME", "Valentina"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Yesenia"),
        ("NAME", "Kelvin"),
        ("GEO", "Bensonhurst"),
    ],
    note="birth on a named holiday; parents; neighbourhood",
)

# 84
n(
    "es",
    "event",
    "Este 1 de septiembre, Día del Trabajo, estaremos en el desfile del Día de las Indias Occidentales "
    "en Eastern Parkway con una carpa de primeros auxilios. ¡Búsquenos! 🇹🇹🇯🇲🇭🇹",
    "event date and route",
)

# 85
p(
    "en",
    "patient_story",
    "Kervens got a little too into the soca on Labor Day 😅 and broke his ankle dancing. 3 screws later "
    "he's ready for next year's J'ouvert, in sneakers this time. Feel better, Kervens! 🇭🇹",
    [("NAME", "Kervens", "*"), ("DATE", "Labor Day")],
    note="injury on a named holiday",
)

# 86
n(
    "en",
    "event",
    "Closed for Labor Day? Not us. The ED, Labor & Delivery (no pun intended 😉) and the Hatzalah bay "
    "are open all day Monday, Sept 1. Outpatient clinics reopen Tuesday.",
    "holiday hours",
)

# 87
p(
    "en",
    "pasted_record",
    "census 6E 0700: bed 1 d. kaplan - tele; bed 2 e. moskowitz - CIWA q4; bed 3 open; bed 4 l. "
    "tkachenko - DNR, daughter oksana at bedside",
    [
        ("OTHER_ID", "bed 1"),
        ("NAME", "d. kaplan"),
        ("OTHER_ID", "bed 2"),
        ("NAME", "e. moskowitz"),
        ("OTHER_ID", "bed 4"),
        ("NAME", "l. tkachenko"),
        ("NAME", "oksana"),
    ],
    note="lower-case census; the empty bed 3 is not labelled",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Nurse Claudette Jean-Louis after 41 years! 🎉 She trained half our ICU, speaks "
    "four languages, and at 70 is heading home to Cap-Haïtien to open a clinic. Bon vwayaj, Claudette!",
    "staff name, age and city",
)

# 89
p(
    "en",
    "thank_you",
    "Mr. K, we got your letter 💌 Thank you for the kind words about our cath lab team. Glad you're "
    "back behind the wheel of the Hatzalah rig, just not before your follow-up on the 14th!",
    [("NAME", "K"), ("DATE", "14th")],
    note="initial used for the patient; follow-up date",
)

# 90
n(
    "en",
    "public_figure",
    "Thank you to Rebbetzin Chana Lowy and Pastor Gilbert Noel for leading tonight's interfaith vigil "
    "for peace in our lobby. 🕊️ Our community is stronger together.",
    "clergy leading an event",
)

# 91
p(
    "en",
    "discharge",
    "Nikolai flew in from Kyiv the day his grandfather Boris had his stroke. Six weeks later, Boris "
    "went home to Sheepshead Bay today, and Nikolai stayed to learn how to help with his rehab. 💙💛",
    [("NAME", "Nikolai", "*"), ("GEO", "Kyiv"), ("NAME", "Boris", "*"), ("GEO", "Sheepshead Bay")],
    note="grandson's city; patient's home neighbourhood",
)

# 92
n(
    "en",
    "statistic",
    "In 2024 our ED saw 71,400 visits, Hatzalah brought in 9,212 patients, and our interpreters worked "
    "in 34 languages. Top 3: Yiddish, Russian, Haitian Creole. 📊 #KingsHarborByTheNumbers",
    "statistics",
)

# 93
p(
    "es",
    "public_figure",
    "¡Gracias, Héctor 'El Tigre' Almonte! El excampeón de boxeo, operado aquí de la rodilla el 2 "
    "de febrero, visitó hoy a los niños de pediatría con sus guantes de campeón. 🥊",
    [("NAME", "Héctor 'El Tigre' Almonte"), ("DATE", "2 de febrero")],
    note="public figure who was the patient; surgery date",
)

# 94
n(
    "es",
    "public_figure",
    "Hoy recordamos a Roberto Clemente, que murió el 31 de diciembre de 1972 llevando ayuda a "
    "Nicaragua. Su espíritu de servicio inspira a nuestros voluntarios. ⚾",
    "historical figure",
)

# 95
p(
    "en",
    "patient_story",
    "Faith has been through 11 surgeries and still has more faith than all of us combined. 🙏 Happy 9th "
    "birthday, Faith! Your sister Hope and your mom Charmaine baked the cake ❤️ #KingsHarborKids",
    [("NAME", "Faith", "*"), ("NAME", "Hope"), ("NAME", "Charmaine")],
    note="names that are ordinary words; lower-case 'faith' is the word",
)

# 96
n(
    "en",
    "campaign_hashtag",
    "Faith. Hope. Healing. 💙 Our #FaithHopeHealing campaign has raised $1.2M for the new pediatric "
    "wing. Thank you, Brooklyn! khchfoundation.org/wing",
    "campaign words and tag",
)

# 97
p(
    "en",
    "milestone_birthday",
    "Born on June 9 in Vinnytsia, Mr. Efim Zaslavsky turns ninety-four today! 🎉 He's spending it in "
    "cardiac rehab, flirting with the nurses in three languages.",
    [("DATE", "June 9"), ("GEO", "Vinnytsia"), ("NAME", "Efim Zaslavsky"), ("AGE", "ninety-four")],
    note="birth date, birthplace, age in words",
)

# 98
n(
    "en",
    "recruitment",
    "Calling all retirees! 👵👴 Our volunteer program welcomes you at any age; our oldest volunteer is "
    "93. Read to kids, visit survivors, staff the Shabbat hospitality room. Sign up: "
    "kingsharbor.org/volunteer",
    "volunteer age",
)

# 99
p(
    "en",
    "pasted_record",
    "[copied from intake] Pt: Dessalines, Fabiola | DOB 11/02/1979 | Addr: 1187 E 46th St Apt 3F, "
    "Brooklyn NY 11203 | Emerg contact: Jacques (husband) 718-555-0186 | jacques.dessalines@yahoo.com",
    [
        ("NAME", "Dessalines, Fabiola"),
        ("DATE", "11/02/1979"),
        ("GEO", "1187 E 46th St Apt 3F"),
        ("GEO", "Brooklyn"),
        ("GEO", "11203"),
        ("NAME", "Jacques"),
        ("PHONE", "718-555-0186"),
        ("EMAIL", "jacques.dessalines@yahoo.com"),
    ],
    note="intake line: surname of a historical figure used by the patient; address, city, ZIP",
)

# 100
n(
    "en",
    "eponymous_condition",
    "Down syndrome, Williams syndrome, Fragile X: our developmental pediatrics team in Crown Heights "
    "serves kids ages 0–21. New this fall: Sunday hours and a Yiddish-speaking social worker. 📞 (718) "
    "555-0100",
    "eponymous conditions",
)

# 101
p(
    "en",
    "thank_you",
    "“Our daughter Shaina was born at 26 weeks in your NICU and today she started first grade!!” 😭💕 "
    "Thank you for tagging us, @shaina_and_co_bp! Send our love to Shaina.",
    [("NAME", "Shaina", "*"), ("OTHER_ID", "@shaina_and_co_bp")],
    note="quoted comment; family social handle",
)

# 102
n(
    "en",
    "anonymous_story",
    "One of our NICU grads started first grade this week, and her parents sent us a photo of her "
    "lunchbox covered in stickers from her nurses. Names withheld, hearts full. 🍎",
    "anonymous NICU graduate",
)

# 103
p(
    "en",
    "milestone_birthday",
    "Ura! 🥂 Our Brighton Beach clinic threw a party for centenarian Mrs. Faina Gurevich. Her son "
    "Arkady flew in from Haifa to toast: 'Mama, next year, 101!'",
    [
        ("AGE", "centenarian"),
        ("NAME", "Faina Gurevich"),
        ("NAME", "Arkady"),
        ("GEO", "Haifa"),
        ("AGE", "101"),
    ],
    note="centenarian; son's name and city; future age stated",
)

# 104
n(
    "en",
    "sponsor",
    "Thank you to Chesed Brooklyn and the Weiss Family Foundation for sponsoring free kosher meals for "
    "every family staying overnight in our NICU. 🍲 #ChesedInAction",
    "sponsors",
)

# 105
p(
    "en",
    "discharge",
    "Miss Pearline is going home to her beloved garden on Rutland Road! 🌺 After 3 weeks on 5 North she "
    "made us promise to visit when her ackee tree fruits. Walk good, Miss P!",
    [("NAME", "Pearline"), ("GEO", "Rutland Road"), ("NAME", "P")],
    note="first name, initial, home street",
)

# 106
n(
    "en",
    "crisis_update",
    "Heat advisory in effect. Our cooling center at 3100 Brighton 6th Street is open 10am–8pm through "
    "Thursday. Seniors over 90 and anyone on dialysis: please check in with your care team. (718) "
    "555-0123 for Russian/Ukrainian.",
    "hospital site; population age",
)

# 107
p(
    "es",
    "memorial",
    "Descanse en paz, Mamá Tina. 🕊️ Ernestina Reyes, nuestra paciente de diálisis durante 12 años, "
    "falleció el domingo a los 95 años. Sus hijos Rafael y Mercedes agradecen a todo el equipo.",
    [
        ("NAME", "Tina"),
        ("NAME", "Ernestina Reyes"),
        ("AGE", "95"),
        ("NAME", "Rafael"),
        ("NAME", "Mercedes"),
    ],
    note="nickname after Mamá; age over 89; children; weekday not a date",
)

# 108
n(
    "es",
    "health_tip",
    "Los sobrevivientes del Holocausto y las personas mayores de 90 años tienen mayor riesgo de "
    "caídas. Retire alfombras sueltas, use luces nocturnas y pida una evaluación gratuita: (718) "
    "555-0100.",
    "population ages",
)

# 109
p(
    "en",
    "patient_story",
    "Pic from this morning: Yossi (Rm 6-214) beat our child life specialist Devora at Uno for the 9th "
    "day straight 🃏 Mom Perel says he cheats. We say he's a genius. #YossiTheGreat",
    [
        ("PHOTO", "Pic"),
        ("NAME", "Yossi"),
        ("OTHER_ID", "Rm 6-214"),
        ("NAME", "Perel"),
        ("NAME", "#YossiTheGreat"),
    ],
    note="photo cue; room; mother; name hashtag; staff member not labelled",
)

# 110
n(
    "en",
    "staff_spotlight",
    "Pictured: our Hatzalah liaison team, Dovid, Mendy and Avi, with the two new ambulances donated by "
    "the Borough Park community. 🚑 Thank you for 24/7 service!",
    "photo of staff and volunteers",
)

# 111
p(
    "en",
    "milestone_birthday",
    "MÈSI ANPIL, FANMI DORSAINVIL! 🙏 GRANDPA EDNER TURNED 92 ON OUR REHAB UNIT AND HIS GRANDKIDS "
    "BROUGHT A KONPA BAND. BEST. BIRTHDAY. EVER.",
    [("NAME", "DORSAINVIL"), ("NAME", "EDNER"), ("AGE", "92")],
    note="all caps Creole; family surname; age over 89",
)

# 112
n(
    "en",
    "event",
    "Shavuos cheesecake contest in the staff cafeteria tomorrow, 12–2! Judges: Dr. Kaplan, Chef Marcus "
    "and Nurse Tova. Winner gets a parking spot for a month. 🍰",
    "staff event",
)

# 113
p(
    "en",
    "pasted_record",
    "Security log (not for posting!!): visitor for pt Rosenblum in rm 817 parked in the ambulance bay, "
    "NY plate KHN 4471, black Odyssey. Son Moshe says he's 'just 5 min'.",
    [("NAME", "Rosenblum"), ("OTHER_ID", "rm 817"), ("VEHICLE", "KHN 4471"), ("NAME", "Moshe")],
    note="son's vehicle plate; patient's room",
)

# 114
n(
    "en",
    "crisis_update",
    "Ambulance bay reminder: Hatzalah, FDNY and private ambulances only. Family vehicles will be "
    "towed. Visitor parking is on 48th Street. Thank you for keeping the bay clear for emergencies! 🚑",
    "hospital parking",
)

# 115
p(
    "es",
    "patient_story",
    "Chava es la primera paciente de nuestra clínica de Borough Park en recibir el nuevo tratamiento "
    "para la fibrosis quística. ¡Hoy, 3 meses después, su hermano Eli dice que ya no le gana en las "
    "escaleras! 💪 #ChavaStrong",
    [("NAME", "Chava"), ("NAME", "Eli"), ("NAME", "#ChavaStrong")],
    note="first name, brother, name hashtag; clinic is a hospital site",
)

# 116
n(
    "es",
    "campaign_hashtag",
    "#KingsHarborFuerte 💪 Este mes celebramos a nuestros 400 voluntarios: de Hatzalah, de las iglesias "
    "haitianas, de las sinagogas y de las parroquias. ¡Gracias por servir a Brooklyn!",
    "campaign tag",
)

# 117
p(
    "en",
    "birth_announcement",
    "Our L&D nurse Marie-Michelle usually catches the babies; this time she delivered her own! 💕 "
    "Welcome, baby Ezekiel, born 10/9 at 6 lbs 11 oz. Congrats to Marie-Michelle and Patrick!",
    [("NAME", "Marie-Michelle", "*"), ("NAME", "Ezekiel"), ("DATE", "10/9"), ("NAME", "Patrick")],
    note="staff member who is the patient; baby, birth date, father",
)

# 118
n(
    "en",
    "staff_spotlight",
    "Shoutout to Marie-Claire Auguste, RN, named our Nurse of the Year! 🏆 She coordinates Creole "
    "interpretation on nights and mentors every new grad on L&D.",
    "staff award",
)

# 119
p(
    "en",
    "memorial",
    'Today is the first yahrzeit of Reb Anshel Mandelbaum z"l, who passed away in our ICU on 17 '
    "Tammuz at 98. His family dedicated a Sefer Torah to our chapel in his memory. 🕯️",
    [("NAME", "Anshel Mandelbaum"), ("DATE", "17 Tammuz"), ("AGE", "98")],
    note="Hebrew date of death; age over 89",
)

# 120
n(
    "en",
    "event",
    "Our chapel will host a Tisha B'Av kinos reading on Sunday morning. Kosher break-fast in the "
    "Simcha Room at 8:30pm. All patients, families and staff welcome. 🕯️",
    "holiday event",
)

# 121
p(
    "en",
    "patient_story",
    "l'chaim! 🥂 chaim just took his first steps since the surgery. the whole 7th floor clapped. keep going, chaim!",
    [("NAME", "chaim", 2), ("NAME", "chaim", 3)],
    note="lower-case name; the toast l'chaim is not the name",
    ok=("chaim",),
)

# 122
n(
    "en",
    "health_tip",
    "L'chaim, responsibly 🍷 Four cups at the Seder can be a lot with blood thinners or diabetes. Grape "
    "juice counts! Questions? Ask our pharmacists at any Kings Harbor location.",
    "toast, not a name",
)

# 123
p(
    "en",
    "sponsor",
    "Huge thanks to the Lefkowitz family, whose mother Blima spent her final weeks in our hospice "
    "suite, for donating the new family lounge on 9 North. 💙 The Blima Lefkowitz Family Lounge opens "
    "Sunday.",
    [("NAME", "Lefkowitz", 1), ("NAME", "Blima", 1), ("NAME", "Blima Lefkowitz")],
    note="donors introduced as the patient's family; lounge named after the patient",
)

# 124
n(
    "en",
    "sponsor",
    "The Sarah & Abraham Greenfeld Pavilion turns 25 this year! 🎉 Thank you to the Greenfeld family, "
    "whose 1999 gift built our maternity wing. Over 60,000 Brooklyn babies have been born here since.",
    "building named after donors",
)

# 125
p(
    "en",
    "pasted_record",
    "DRAFT, do not post: dialysis Chanukah party photo 3 shows the sign-in sheet with patient Pnina "
    "Schwartz, SSN 412-55-0193, and her Medicaid # CX48815K. Crop it out!",
    [("NAME", "Pnina Schwartz"), ("SSN", "412-55-0193"), ("HEALTH_PLAN", "CX48815K")],
    note="SSN and Medicaid number; the photo shows a sheet, not PHOTO",
)

# 126
n(
    "en",
    "event",
    "Chanukah party for our pediatric patients this Thursday at 4pm in the atrium 🕎 Latkes, dreidels "
    "and a visit from the Brooklyn Nets' mascot! Parents welcome.",
    "hospital event",
)

# 127
p(
    "en",
    "discharge",
    "Follow Dmitri's recovery on his family's page, @dima_fights_back 💪 Dima left our rehab unit on "
    "Friday walking with just a cane, 4 months after his accident on the Belt Parkway.",
    [
        ("NAME", "Dmitri"),
        ("OTHER_ID", "@dima_fights_back"),
        ("NAME", "Dima"),
        ("GEO", "Belt Parkway"),
    ],
    note="family handle; nickname; road of the crash",
)

# 128
n(
    "en",
    "crisis_update",
    "Crash on the Belt Parkway near exit 5 has closed two lanes. Our ED is on alert and trauma teams "
    "are standing by. Please avoid the area and let emergency crews work.",
    "no identified patient",
)

# 129
p(
    "en",
    "patient_story",
    "They call him 'Bigga' at the barbershop, but on 3 West he's Mr. Delroy Campbell, our most polite "
    "kidney transplant patient ever. Transplant was 1/22; today his creatinine is normal! 🙌",
    [("NAME", "Bigga"), ("NAME", "Delroy Campbell"), ("DATE", "1/22")],
    note="nickname, full name, transplant date",
)

# 130
n(
    "en",
    "public_figure",
    "Olympic sprinter Tamika Rowe-Bennett, who grew up on Nostrand Avenue, visited our pediatric floor "
    "to sign autographs and talk about living with asthma. 🏃🏾‍♀️",
    "public figure visiting",
)

# 131
p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Jean-Pierre! 💙 Nació el 1 de enero, Día de la Independencia de Haití, y su abuela "
    "Mirlande ya le preparó la sopa joumou. ¡Felicidades a la familia Toussaint!",
    [
        ("NAME", "Jean-Pierre"),
        ("DATE", "1 de enero"),
        ("DATE", "Día de la Independencia de Haití"),
        ("NAME", "Mirlande"),
        ("NAME", "Toussaint"),
    ],
    note="birth date named twice; grandmother; family surname (not the historical figure)",
)

# 132
n(
    "es",
    "public_figure",
    "Toussaint Louverture, Jean-Jacques Dessalines y Catherine Flon: hoy, Día de la Bandera Haitiana "
    "(18 de mayo), celebramos a los héroes de Haití con música konpa en la cafetería. 🇭🇹",
    "historical figures and national day",
)

# 133
p(
    "en",
    "milestone_birthday",
    "100 years, 3 wars, 2 countries, 1 stubborn heart. Happy birthday to Holocaust survivor Leib "
    "Rothman, who celebrated today with his great-great-grandson Ari on 4 North. 🎂",
    [("AGE", "100"), ("NAME", "Leib Rothman"), ("NAME", "Ari")],
    note="age 100; great-great-grandson",
)

# 134
n(
    "en",
    "statistic",
    "Did you know? 100 years ago, this hospital was a 20-bed clinic over a bakery on 13th Avenue. "
    "Today: 412 beds, 4 sites, 34 languages. Happy centennial to us! 🎉 #KingsHarbor100",
    "hospital's own centennial",
)

# 135
p(
    "en",
    "pasted_record",
    "Biomed ticket #4471: pacemaker interrogation for pt Okonkwo-Baptiste, Rm 305, device SN "
    "PJN882104H. Reading failed, pls reschedule with daughter Esther (929-555-0162).",
    [
        ("NAME", "Okonkwo-Baptiste"),
        ("OTHER_ID", "Rm 305"),
        ("DEVICE", "PJN882104H"),
        ("NAME", "Esther"),
        ("PHONE", "929-555-0162"),
    ],
    note="device serial; the internal ticket number is not a patient id",
)

# 136
n(
    "en",
    "research",
    "Our cardiology team is recruiting adults 65+ with atrial fibrillation for the HEART-BK pacemaker "
    "study. Participants get free monitoring. Info: research@kingsharbor.org or (718) 555-0100.",
    "study recruitment",
)

# 137
p(
    "en",
    "patient_story",
    "Zaidy Hershel's grandkids painted a sukkah mural on his window 🍋🌿 He says the etrog looks like a "
    "lemon. We say it's the best art on 8 South. Refuah shleimah, Zaidy!",
    [("NAME", "Hershel")],
    note="Zaidy is a kin title; the name is the only identifier",
)

# 138
n(
    "en",
    "memorial",
    "This Yom HaShoah we light six candles in memory of the six million, and a seventh for the "
    "survivors who were our patients, neighbors and friends. Zachor. 🕯️",
    "remembrance, no individual",
)

# 139
p(
    "en",
    "hospital_contact",
    "Reply: Hi Nadia! Your grandmother Zoya sounds wonderful 💐 We can't add messages to her chart via "
    "Facebook, but our Russian line is (718) 555-0123. Please delete the number you posted "
    "(718-555-0139) so strangers don't call you!",
    [("NAME", "Nadia"), ("NAME", "Zoya"), ("PHONE", "718-555-0139")],
    note="granddaughter's phone; hospital line not labelled",
)

# 140
n(
    "en",
    "hospital_contact",
    "New! Text 'KOSHER' to (718) 555-0100 to get this week's Shabbos meal schedule for families "
    "staying overnight. Msg & data rates apply. 🍲",
    "hospital number",
)

# 141
p(
    "es",
    "pasted_record",
    "Pase de guardia, 3 Oeste: cama 1 – Sra. Matos (pos-op día 2), cama 2 – Sr. Ovalle, cama 3 – Sra. "
    "Ng, ya tiene alta para el 12/4. ¡Ojo con la alergia al yodo de Ovalle!",
    [
        ("OTHER_ID", "cama 1"),
        ("NAME", "Matos"),
        ("OTHER_ID", "cama 2"),
        ("NAME", "Ovalle", "*"),
        ("OTHER_ID", "cama 3"),
        ("NAME", "Ng"),
        ("DATE", "12/4"),
    ],
    note="handoff list: beds, surnames, discharge date",
)

# 142
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la enfermera jubilada Yadira Polanco, de 91 años! Sí, leyó bien: sigue trabajando "
    "como voluntaria en la recepción de Flatbush los martes. 🌷 #VoluntariaEstrella",
    "volunteer's age over 89 is not PHI",
)

# 143
p(
    "en",
    "birth_announcement",
    "Mazel tov to the Abramov family! Their daughter Leah Batsheva was named at shul this Shabbos. She "
    "was born here on the 3rd night of Chanukah, and big brother Yaakov is already teaching her to "
    "spin a dreidel. 🕎",
    [
        ("NAME", "Abramov"),
        ("NAME", "Leah Batsheva"),
        ("DATE", "3rd night of Chanukah"),
        ("NAME", "Yaakov"),
    ],
    note="naming; birth on a specific night of a holiday; sibling",
)

# 144
n(
    "en",
    "event",
    "Chanukah at Kings Harbor: menorah lighting every night at 5pm in the main lobby (electric, fire "
    "code 😉), with a different department hosting each night. Night 1: the NICU!",
    "holiday event",
)

# 145
p(
    "en",
    "patient_story",
    "Remember the kitchen fire on E 18th St last month? Mrs. Adaeze Obi and her son Chidi are both out "
    "of our burn unit, and neighbors raised $30K to rebuild. Brooklyn takes care of its own. ❤️",
    [("GEO", "E 18th St"), ("NAME", "Adaeze Obi"), ("NAME", "Chidi")],
    note="street of the home fire; two patients; Brooklyn here is the community, not tied",
)

# 146
n(
    "en",
    "anonymous_story",
    "A man in his 70s walked 3 miles in the snow to our Flatbush clinic because he didn't want to miss "
    "his insulin appointment. Please call us; we'll reschedule or send a car. 💙",
    "anonymous patient under 90",
)

# 147
p(
    "en",
    "memorial",
    "zichrono livracha. our dear patient and friend Yankel Brach, who never missed a Sunday bingo in "
    "the dayroom, passed away last night at ninety-one. we'll keep his seat open.",
    [("NAME", "Yankel Brach"), ("AGE", "ninety-one")],
    note="lower-case memorial; age in words",
)

# 148
n(
    "en",
    "eponymous_condition",
    "Alzheimer's and dementia support group, in Yiddish and English, meets the 2nd Tuesday of every "
    "month at 7pm in Conference Room B. Led by social worker Faigy Zeller, LCSW. ☕",
    "eponymous condition; staff",
)

# 149
p(
    "en",
    "pasted_record",
    "Portal help desk note: user 'rivkyg1987' locked out. Rivka Grossman, enc# E20250318-0442, asked "
    "for the reset link to be sent to her husband Shlomo's email.",
    [
        ("OTHER_ID", "rivkyg1987"),
        ("NAME", "Rivka Grossman"),
        ("OTHER_ID", "E20250318-0442"),
        ("NAME", "Shlomo"),
    ],
    note="portal user name and encounter number",
)

# 150
n(
    "en",
    "hospital_contact",
    "Trouble logging into the Kings Harbor patient portal? Never post your user name or date of birth "
    "here. Call (718) 555-0142 or email portal@kingsharbor.org and we'll help. 🔐",
    "hospital contact",
)

# 151
p(
    "es",
    "patient_story",
    "Rosa viajó desde San Pedro de Macorís para cuidar a su hijo Julio durante el trasplante. Hoy "
    "Julio cumple 100 días con su nuevo riñón. 🎉 ¡Gracias, Rosa, por tu fuerza!",
    [("NAME", "Rosa", "*"), ("GEO", "San Pedro de Macorís"), ("NAME", "Julio", "*")],
    note="mother's name and city; name that is also a month; 100 days is a duration",
)

# 152
n(
    "es",
    "event",
    "En julio abrimos la nueva clínica de pediatría en Crown Heights. Inauguración: 15 de julio a las "
    "11 am en 745 Empire Boulevard. ¡Los esperamos! 🎈",
    "hospital event date",
)

# 153
p(
    "en",
    "thank_you",
    "“Dr. Etienne and the nurses on 5 North saved my husband Yves’s life in March. We’ll never forget "
    "you.” Thank you, Magalie! We’ll pass this on to the whole team. 💙",
    [("NAME", "Yves"), ("DATE", "March"), ("NAME", "Magalie")],
    note="quoted comment: patient, month of event, wife; doctor not labelled",
)

# 154
n(
    "en",
    "staff_spotlight",
    "Dr. Marc Etienne, our new Director of Cardiac Surgery, grew up in Canarsie and trained at Mount "
    "Sinai. In March he performed our first TAVR through the wrist! 🫀",
    "doctor's background; hospital milestone",
)

# 155
p(
    "en",
    "discharge",
    "MOTTY IS HOME!!! 🎉 After 9 weeks in our NICU, Mordechai Tzvi 'Motty' Weiss went home to Midwood "
    "today. Mazel tov to Tatty, Mommy and the 6 big sisters!",
    [("NAME", "MOTTY"), ("NAME", "Mordechai Tzvi 'Motty' Weiss"), ("GEO", "Midwood")],
    note="all-caps nickname, full name with nickname, home neighbourhood",
)

# 156
n(
    "en",
    "staff_spotlight",
    "Our NICU Tatty Club 👨‍🍼, a support group for dads run by social worker Yossi Berger, meets "
    "Wednesdays at 8pm. Because fathers need coffee and a listening ear too.",
    "staff-led group",
)

# 157
p(
    "en",
    "patient_story",
    "90 years after he was born in a Brooklyn tenement, Mr. Fishel Adler finally got the hip he "
    "deserved 😄 Surgery went great, and he's already asking PT when he can go back to the shvitz.",
    [("AGE", "90"), ("GEO", "Brooklyn"), ("NAME", "Fishel Adler")],
    note="age 90 stated as years since birth; birthplace city",
)

# 158
n(
    "en",
    "statistic",
    "Age is just a number? Among our hip-fracture patients last year, 38% were 90 or older, and 94% "
    "went home or to rehab. Prevention tips on our page. 🦴",
    "population statistics",
)

# 159
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST, BABUSHKA VERA!!! 🎂🎂 The whole dialysis unit at our Brighton Beach clinic sang "
    "Mnogaya Leta and she corrected our pronunciation. Love you, Vera Aronovna!",
    [("AGE", "101ST"), ("NAME", "VERA"), ("NAME", "Vera Aronovna")],
    note="all-caps age and name; Babushka is a kin title",
)

# 160
n(
    "en",
    "event",
    "Russian-language senior wellness fair at our Brighton Beach clinic, Sunday May 18, 11–3: blood "
    "pressure checks, hearing tests and a concert by the Odessa Klezmer Trio. 🎻 Вход свободный!",
    "event date; band named after a city",
)

# 161
p(
    "en",
    "pasted_record",
    "Fwd to records: pls fax Mrs. Henriette Lubin's discharge summary (d/c 7/30) to her PCP at "
    "718-555-0194, NOT to our own fax (718) 555-0109 🙃 Her acct # is KH-00317725.",
    [("NAME", "Henriette Lubin"), ("DATE", "7/30"), ("ACCOUNT", "KH-00317725")],
    note="discharge date and account; the PCP's fax is not the patient's",
)

# 162
n(
    "en",
    "hospital_contact",
    "Requesting records? Fax your signed release to (718) 555-0109 or bring it to Medical Records, "
    "Room 112, 4820 Fort Hamilton Parkway. Turnaround: 5 business days. 📄",
    "hospital room and fax",
)

# 163
p(
    "en",
    "thank_you",
    "To the family of R.M. in room 714: thank you for the flowers and the beautiful note in Yiddish. 🌷 "
    "Our nurses framed it.",
    [("NAME", "R.M."), ("OTHER_ID", "room 714")],
    note="patient's initials and room",
)

# 164
n(
    "en",
    "campaign_hashtag",
    "#NursesWeek 💐 To the 1,200 nurses of Kings Harbor: you speak 34 languages, you work through Yom "
    "Tov and Christmas and Carnival, and you never stop caring. Thank you.",
    "campaign tag",
)

# 165
p(
    "es",
    "discharge",
    "después de 6 semanas en la UCI, don teo vuelve a su casita en brighton beach 🏡 su nieta katya nos "
    "trajo blinis para celebrar. ¡cuídese mucho, don teo! 💙",
    [("NAME", "teo", "*"), ("GEO", "brighton beach"), ("NAME", "katya")],
    note="lower-case names and home neighbourhood",
)

# 166
n(
    "es",
    "anonymous_story",
    "Un abuelo de 85 años nos dijo que aprendió a usar el portal del paciente solo para mandarle fotos "
    "a su nieto. ¡Nunca es tarde para aprender! 📱",
    "anonymous, age under 90",
)

# 167
p(
    "en",
    "discharge",
    "Happy is finally happy 😄 Our little Happy (yes, that's her real name!) beat RSV and went home to "
    "Crown Heights with her mom Shanice on Thursday.",
    [("NAME", "Happy", "*"), ("GEO", "Crown Heights"), ("NAME", "Shanice")],
    note="name that is an ordinary word; lower-case 'happy' is the word",
)

# 168
n(
    "en",
    "health_tip",
    "Happy Purim! 🎭 Reminder: keep hamantaschen, nuts and grape juice away from toddlers with "
    "allergies, and designate a sober driver. Our ED is open all day.",
    "holiday greeting",
)

# 169
p(
    "en",
    "pasted_record",
    "Lost & found: a wallet left in the ED by our patient Oleksandr Bondarenko (NY DL 742 118 903) is "
    "at Security; his wife Halyna can pick it up. Posting this here was a mistake, deleting!",
    [("NAME", "Oleksandr Bondarenko"), ("LICENSE", "742 118 903"), ("NAME", "Halyna")],
    note="driver's licence number; wife",
)

# 170
n(
    "en",
    "crisis_update",
    "Power outage update: all patients are safe. Generators are running, elevators (including the "
    "Shabbat elevator) are on emergency power, and today's elective procedures are rescheduled. We'll "
    "call you.",
    "crisis update",
)

# 171
p(
    "en",
    "birth_announcement",
    "Our first baby of Carnival weekend! 🇹🇹 Precious arrived Aug 30th, right as the steel bands warmed "
    "up on Eastern Parkway. Mom Keisha says she's already got rhythm. 💃",
    [("NAME", "Precious"), ("DATE", "Aug 30th"), ("NAME", "Keisha")],
    note="name that is an ordinary word; birth date; the parade route is not GEO",
)

# 172
n(
    "en",
    "event",
    "J'ouvert starts before dawn on Monday. If you're heading out, go with friends, stay hydrated, and "
    "save our ED number: (718) 555-0100. Our first-aid tent is at Nostrand & Empire. 🎭",
    "event; hospital phone",
)

# 173
p(
    "en",
    "patient_story",
    "Please say Tehillim for Chaya Sora bas Leah 🙏 She's in our ICU after last night's accident on "
    "Coney Island Ave. Her family thanks Hatzalah and our trauma team. #PrayForChayaSora",
    [
        ("NAME", "Chaya Sora"),
        ("NAME", "Leah"),
        ("GEO", "Coney Island Ave"),
        ("NAME", "#PrayForChayaSora"),
    ],
    note="Hebrew prayer name (patient and mother); road of the accident; name hashtag",
)

# 174
n(
    "en",
    "eponymous_condition",
    "Bell's palsy or stroke? Facial droop can be either, so don't guess. BE FAST: Balance, Eyes, Face, "
    "Arms, Speech, Time to call 911 or Hatzalah. 🧠",
    "eponymous condition",
)

# 175
p(
    "en",
    "memorial",
    "Yehi zichro baruch. Rabbi Dovid Hecht, our patient, teacher and friend, passed away peacefully on "
    "Shabbos Chanukah at 100 years and 4 months old.",
    [("NAME", "Dovid Hecht"), ("DATE", "Shabbos Chanukah"), ("AGE", "100")],
    note="death on a named day; age 100",
)

# 176
n(
    "en",
    "public_figure",
    "This week we marked the yahrzeit of the Baal Shem Tov with a talk by Rabbi Moshe Tauber on "
    "healing in Chassidic thought. Recording at kingsharbor.org/talks 🎧",
    "historical figure; speaker",
)

# 177
p(
    "en",
    "sponsor",
    "Mr. Ilya Feldman, whose wife Sofia had heart surgery here last fall, just donated 30 iPads to our "
    "Russian-speaking seniors so they can video-call family. Spasibo, Ilya! 📱",
    [("NAME", "Ilya Feldman"), ("NAME", "Sofia"), ("NAME", "Ilya", "*")],
    note="donor introduced as the patient's husband",
)

# 178
n(
    "en",
    "sponsor",
    "Spasibo to Brighton Beach Pharmacy and Café Odessa for sponsoring this year's Senior Wellness "
    "Fair! 🎉 (No, the café is not named after anyone's grandmother. We asked.)",
    "sponsors",
)

# 179
p(
    "es",
    "milestone_birthday",
    "¡Cien años! 🎉 La señora Altagracia Batista celebró su cumpleaños con merengue en nuestra unidad "
    "de rehabilitación. Nació un 21 de enero en La Vega y dice que el secreto es el café.",
    [("AGE", "Cien"), ("NAME", "Altagracia Batista"), ("DATE", "21 de enero"), ("GEO", "La Vega")],
    note="age in words; birth date without article; birthplace",
)

# 180
n(
    "es",
    "statistic",
    "Cada año, más de 2.000 personas de 90 años o más reciben atención en Kings Harbor. Nuestro "
    "objetivo: que vuelvan a casa más fuertes. 💪",
    "population statistic",
)

# 181
p(
    "es",
    "hospital_contact",
    "Respuesta: Hola Yanelis, lamentamos mucho lo de tu papá Ramón. Para ayudarte con la factura "
    "escribe a ayuda@kingsharbor.org, y por favor borra tu correo yanelis.fermin@hotmail.com de los "
    "comentarios. 🙏",
    [("NAME", "Yanelis"), ("NAME", "Ramón"), ("EMAIL", "yanelis.fermin@hotmail.com")],
    note="daughter's e-mail; hospital address not labelled",
)

# 182
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Llame al (718) 555-0155 para criollo haitiano o al (718) 555-0123 para "
    "ruso y ucraniano. Para español, pida uno en cualquier recepción. Siempre gratis. 💬",
    "hospital numbers",
)

# 183
p(
    "es",
    "discharge",
    "¡Lo logró! Yuri, de 10 años, sale hoy de oncología pediátrica tras su último ciclo. Sus padres, "
    "Olena y Serhiy, llegaron de Járkov hace un año con él. ¡Slava, Yuri! 💙💛",
    [("NAME", "Yuri", "*"), ("NAME", "Olena"), ("NAME", "Serhiy"), ("GEO", "Járkov")],
    note="child and parents; home city abroad; age under 90",
)

# 184
n(
    "es",
    "research",
    "Estudio clínico: buscamos mujeres de 40 a 60 años con diabetes tipo 2 para probar una app de "
    "nutrición en español y criollo. Compensación de $200. Info: (718) 555-0100.",
    "study recruitment",
)

# 185
p(
    "es",
    "birth_announcement",
    "¡Mazel tov! El bebé de Shaindy y Mendel Goldberger recibió su nombre en el brit milá: Shmuel "
    "Zanvil. Nació el 2 de Nisán en nuestra maternidad de Borough Park. 🍼",
    [
        ("NAME", "Shaindy"),
        ("NAME", "Mendel Goldberger"),
        ("NAME", "Shmuel Zanvil"),
        ("DATE", "2 de Nisán"),
    ],
    note="parents, name given at the bris, Hebrew birth date; maternity is a hospital site",
)

# 186
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Tay-Sachs y la de Gaucher son más frecuentes en familias judías askenazíes. "
    "Consulte a nuestro equipo de genética antes del embarazo. 🧬",
    "eponymous conditions",
)

# 187
p(
    "es",
    "memorial",
    "Con tristeza despedimos a Marcelino 'Chelo' Vargas, nuestro paciente más querido de cardiología, "
    "quien falleció el 3 de octubre a los 92. Su familia pide donaciones a la Fundación Kings Harbor.",
    [("NAME", "Marcelino 'Chelo' Vargas"), ("DATE", "3 de octubre"), ("AGE", "92")],
    note="name with nickname; death date; age over 89",
)

# 188
n(
    "es",
    "memorial",
    "Lamentamos la partida de la Dra. Carmen Iglesias, pediatra de nuestro hospital durante 38 años, "
    "fallecida a los 90 años. Su legado vive en cada niño que atendió. 🕊️",
    "staff member's age",
)

# 189
p(
    "es",
    "pasted_record",
    "¡Ups! Lista de traslados: Henríquez, Ana (hab. 219) → rehab; Lozada, Pedro (hab. 221) → casa, DOB "
    "04/05/1962; llamar a su hija Ivelisse al 917-555-0113.",
    [
        ("NAME", "Henríquez, Ana"),
        ("OTHER_ID", "hab. 219"),
        ("NAME", "Lozada, Pedro"),
        ("OTHER_ID", "hab. 221"),
        ("DATE", "04/05/1962"),
        ("NAME", "Ivelisse"),
        ("PHONE", "917-555-0113"),
    ],
    note="transfer list pasted by mistake",
)

# 190
n(
    "es",
    "health_tip",
    "Durante el ayuno de Ramadán, el Yom Kipur o la Cuaresma, las personas con diabetes deben hablar "
    "con su médico. Nuestros nutricionistas pueden ayudarle. 🕌🕍⛪",
    "generic tip",
)

# 191
p(
    "es",
    "thank_you",
    "¡Todo el piso 6 llevaba camisetas moradas por #FuerzaLupita! 💜 Lupita terminó hoy su quimio y su "
    "tía Brenda trajo tamales para todos. ¡Gracias por tanto cariño!",
    [("NAME", "#FuerzaLupita"), ("NAME", "Lupita"), ("NAME", "Brenda")],
    note="name hashtag; aunt",
)

# 192
n(
    "es",
    "campaign_hashtag",
    "#FuerzaBrooklyn 💜 Este mes donamos 500 pelucas a pacientes de oncología gracias a estudiantes de "
    "Flatbush y Borough Park. ¡Juntos somos más fuertes!",
    "campaign tag",
)

# 193
p(
    "en",
    "pasted_record",
    "Pls DON'T share: family started a fundraiser for Mr. Jean-Claude Mésidor's rehab at "
    "gofundme.com/f/help-jean-claude-walk-again, and legal says we can't post patient GoFundMe links.",
    [("NAME", "Jean-Claude Mésidor"), ("URL", "gofundme.com/f/help-jean-claude-walk-again")],
    note="patient's fundraiser URL",
)

# 194
n(
    "en",
    "hospital_contact",
    "Fundraising for a loved one? Kings Harbor can't share personal fundraisers, but our social "
    "workers can help with bills and transport. Start at kingsharbor.org/help or call (718) 555-0142.",
    "hospital contact",
)

# 195
p(
    "en",
    "patient_story",
    "97 yrs old, 2 hip replacements, 0 complaints 💪 Mrs. Shprintza Halpert walked the full length of 4 "
    "North today with her walker and a tambourine.",
    [("AGE", "97"), ("NAME", "Shprintza Halpert")],
    note="age over 89",
)

# 196
n(
    "en",
    "anonymous_story",
    "Overheard on 4 North: a patient in her 80s told our new resident, 'Doctor, you're too young to be "
    "this worried. Eat something.' 😂 Wisdom, delivered.",
    "anonymous patient under 90",
)

# 197
p(
    "en",
    "patient_story",
    "Pastor Frantz Lamothe of Église Bethel has preached every Sunday for 40 years, except the three "
    "he spent with us after bypass surgery. Welcome back to the pulpit, Pastor Frantz! 🙏",
    [("NAME", "Frantz Lamothe"), ("NAME", "Frantz", "*")],
    note="pastor who is the patient; title not in span",
)

# 198
n(
    "en",
    "public_figure",
    "Pastor Jean-Marie Noel and Rabbi Shmuel Levine led a blessing of our new Flatbush clinic today, "
    "surrounded by neighbors from Haiti, Jamaica, Trinidad and Borough Park. 🕊️",
    "clergy at a hospital event",
)

# 199
p(
    "en",
    "milestone_birthday",
    "105?? 😳 yep. zelda katz turned 105 today and beat our chaplain at gin rummy twice. mazel tov zelda!!",
    [("AGE", "105", "*"), ("NAME", "zelda katz"), ("NAME", "zelda", "*")],
    note="age twice; lower-case name",
)

# 200
n(
    "en",
    "staff_spotlight",
    "Meet our chaplains: Rabbi Nosson Feig, Père Wesner Daniel and Father Andriy Kovalenko. Between "
    "them: 3 languages of prayer, 7 languages of comfort, and one very competitive gin rummy league. 🃏",
    "staff names",
)

# 201
p(
    "en",
    "pasted_record",
    "IT ticket (wrong window, sorry!): pt Malka Zilberman can't access telehealth from home IP "
    "74.102.33.18, visit scheduled 9/4 w/ Dr. Roth",
    [("NAME", "Malka Zilberman"), ("IP", "74.102.33.18"), ("DATE", "9/4")],
    note="home IP address; visit date",
)

# 202
n(
    "en",
    "hospital_contact",
    "Telehealth tip: join your video visit 10 minutes early from kingsharbor.org/visit. Need help in "
    "Yiddish, Russian or Creole? Our tech line is (718) 555-0142, option 3. 💻",
    "hospital contact",
)

# 203
p(
    "en",
    "patient_story",
    "Bubby Henya was 15 when she was liberated, and at 95 she still bakes for every nurse on 4 North "
    "who asks 'how are you?' 😊 Originally from Munkács, now the undisputed queen of Borough Park.",
    [("NAME", "Henya"), ("AGE", "95"), ("GEO", "Munkács"), ("GEO", "Borough Park")],
    note="survivor: age over 89, birth town and home neighbourhood; age 15 not labelled",
)

# 204
n(
    "en",
    "event",
    "Café Europa for Holocaust survivors meets every Wednesday in our Simcha Room. Last week 42 "
    "survivors came, most of them over 85. Coffee, cake, Yiddish songs. All survivors welcome.",
    "program, population ages",
)

# 205
p(
    "en",
    "thank_you",
    "reply: oh Tanisha, we remember your grandpa Cecil well!! 🥰 so glad he's home in Canarsie and back "
    "on the steel pan. tell him 7 North says hi",
    [("NAME", "Tanisha"), ("NAME", "Cecil"), ("GEO", "Canarsie")],
    note="reply: granddaughter, patient, home neighbourhood",
)

# 206
n(
    "en",
    "event",
    "Steel pan in the lobby! 🎶 A youth steel orchestra from Flatbush plays for patients and families "
    "this Friday at noon. Free, all ages, bring your dancing shoes.",
    "hospital event",
)

# 207
p(
    "en",
    "pasted_record",
    "LABEL PRINTER TEST 🙄 SHAPIRO, YITZCHOK DOB 03/30/2019 MRN 00912273 / SHAPIRO, BLUMA (MOTHER) PH 347-555-0157",
    [
        ("NAME", "SHAPIRO, YITZCHOK"),
        ("DATE", "03/30/2019"),
        ("MRN", "00912273"),
        ("NAME", "SHAPIRO, BLUMA"),
        ("PHONE", "347-555-0157"),
    ],
    note="all-caps label line",
)

# 208
n(
    "en",
    "crisis_update",
    "Measles alert: cases have been confirmed in parts of Brooklyn. If you're not sure of your MMR "
    "status, our clinics are offering free vaccines this week. Call ahead if you have fever and rash: "
    "(718) 555-0100.",
    "public health alert",
)

# 209
p(
    "en",
    "public_figure",
    "Back on air! 📻 Radio host Jean-Robert 'Ti Bob' Vilsaint, the voice of Haitian radio on the AM dial, "
    "left our cardiac unit today after a stent on 4/14. Mèsi for the shout-out this morning, Ti Bob!",
    [("NAME", "Jean-Robert 'Ti Bob' Vilsaint"), ("DATE", "4/14"), ("NAME", "Ti Bob", 2)],
    note="public figure who was the patient; procedure date; 'Ti Bob' is his nickname",
)

# 210
n(
    "en",
    "public_figure",
    "Tune in! Our CEO Dr. Miriam Okafor joins Radio Soleil tonight at 8pm to talk about heart health "
    "in the Haitian community. 📻 Questions in Creole welcome.",
    "executive on the radio",
)

# 211
p(
    "en",
    "patient_story",
    "At 89, Tova thought she was too old for a knee replacement. Six weeks later she's back teaching "
    "Pilates at the JCC. 🧘 Never too old, Tova!",
    [("NAME", "Tova", "*")],
    note="age 89 is not labelled; Pilates is an eponym",
)

# 212
n(
    "en",
    "statistic",
    "Knee replacement at 85? 90? Our orthopedics data say yes: patients over 85 had the same "
    "satisfaction scores as those under 65. Talk to your doctor. 🦵",
    "population ages",
)

# 213
p(
    "en",
    "milestone_birthday",
    "Zaidy Pinchas turned 100 on Shavuos! 🎂🌿 The family asked us to share the hashtag for the simcha: "
    "#Pinchas100. Ad meah v'esrim, Zaidy!",
    [("NAME", "Pinchas"), ("AGE", "100"), ("DATE", "Shavuos"), ("NAME", "#Pinchas100")],
    note="birthday on a holiday; name+age hashtag is one NAME span",
)

# 214
n(
    "en",
    "campaign_hashtag",
    "Ad meah v'esrim! 🎉 Our #KingsHarbor100 celebration continues: share your family's Kings Harbor "
    "birth story with the hashtag and you could win a spot in our centennial photo book.",
    "hospital's centennial tag",
)

# 215
p(
    "en",
    "eponymous_condition",
    "Meet Mr. Alvin Crohn (no relation 😄), who was diagnosed with Crohn's disease at 62 and just ran "
    "the Brooklyn Half. His GI team on 3 East couldn't be prouder!",
    [("NAME", "Alvin Crohn")],
    note="patient surname equals an eponym; the disease name is not labelled",
)

# 216
n(
    "en",
    "eponymous_condition",
    "Crohn's & Colitis Awareness Week runs Dec 1–7. Our IBD nurse Shoshana Levi will answer questions "
    "live on Thursday at 7pm on @KingsHarborHosp. 💜",
    "awareness dates; staff; hospital handle",
)

# 217
p(
    "en",
    "thank_you",
    "We're not crying, you're crying 😭 Thanks for the tag, @the_jeanbaptiste_crew! Stanley, born in "
    "our NICU at 1 lb 9 oz, just turned 5 and sang Happy Birthday to his nurses over FaceTime.",
    [("OTHER_ID", "@the_jeanbaptiste_crew"), ("NAME", "Stanley")],
    note="family handle; NICU graduate",
)

# 218
n(
    "en",
    "anonymous_story",
    "Some kids send cards. One of our NICU grads, now 5, sent a whole birthday cake with '1 lb 9 oz' "
    "written in frosting. Best. Day. Ever. 🎂",
    "anonymous NICU graduate",
)

# 219
p(
    "en",
    "pasted_record",
    "Eligibility check: Clarke, Winsome; born 14 Feb 1967; Medicaid CIN AB12345C; PCP Dr. Ng at our "
    "Flatbush center. Coverage active.",
    [("NAME", "Clarke, Winsome"), ("DATE", "14 Feb 1967"), ("HEALTH_PLAN", "AB12345C")],
    note="DOB and Medicaid number; doctor not labelled",
)

# 220
n(
    "en",
    "hospital_contact",
    "Need help renewing Medicaid or the Essential Plan? Our navigators at 1350 Nostrand Avenue speak "
    "Creole, Spanish, Russian and Yiddish. Walk in Mon–Thu or call (718) 555-0142. Bring ID, not your "
    "kids' report cards 😉",
    "hospital address and phone",
)

# 221
p(
    "en",
    "birth_announcement",
    "Welcome, Mila! 🎀 Born 3:47 am on New Year's Day, she's the first Kings Harbor baby of the year. "
    "Congrats to mom Anastasia and dad Taras of Bay Ridge! 🥂",
    [
        ("NAME", "Mila"),
        ("DATE", "New Year's Day"),
        ("NAME", "Anastasia"),
        ("NAME", "Taras"),
        ("GEO", "Bay Ridge"),
    ],
    note="birth on a holiday; parents; neighbourhood",
)

# 222
n(
    "en",
    "event",
    "Happy New Year's Day from all of us at Kings Harbor! 🎆 Reminder: outpatient clinics are closed "
    "today; the ED and urgent care at 1350 Nostrand Avenue are open.",
    "holiday hours",
)

# 223
p(
    "en",
    "patient_story",
    "Baruch HaShem, Baruch is breathing on his own! 🙏 Our 11-year-old from Flatbush came off the "
    "ventilator yesterday and asked for pizza. His brothers Dovi and Shimmy are on pizza duty.",
    [("NAME", "Baruch", 2), ("GEO", "Flatbush"), ("NAME", "Dovi"), ("NAME", "Shimmy")],
    note="'Baruch HaShem' is a phrase; the second Baruch is the patient",
    ok=("Baruch",),
)

# 224
n(
    "en",
    "health_tip",
    "Baruch HaShem, it's finally spring! 🌷 Pollen season is here: keep windows closed on high-pollen "
    "days and ask about allergy testing at our Borough Park clinic.",
    "phrase, not a name",
)

# 225
p(
    "en",
    "memorial",
    "Walk good, Mas Ken. 🕊️ Kenneth 'Mas Ken' Whyte, 96, a tailor from Montego Bay and our dialysis "
    "patient for 9 years, passed on Easter Sunday. He dressed half the congregation for church.",
    [
        ("NAME", "Ken", 1),
        ("NAME", "Kenneth 'Mas Ken' Whyte"),
        ("AGE", "96"),
        ("GEO", "Montego Bay"),
        ("DATE", "Easter Sunday"),
    ],
    note="Mas is an honorific outside the quoted nickname; death on a holiday",
)

# 226
n(
    "en",
    "event",
    "Easter Sunday services in our chapel: 8am (English), 10am (Kreyòl), 12pm (Spanish). Patients who "
    "can't leave their rooms can request a chaplain visit. ✝️",
    "holiday services",
)

# 227
p(
    "en",
    "thank_you",
    "Thanks for the kind review, Shloime! 🙏 We're so glad your wife Chani had a smooth delivery. (FYI "
    "we hid your comment because it included your email, s.lowenthal.bp@gmail.com. Stay safe online!)",
    [("NAME", "Shloime"), ("NAME", "Chani"), ("EMAIL", "s.lowenthal.bp@gmail.com")],
    note="husband's e-mail; wife is the patient",
)

# 228
n(
    "en",
    "hospital_contact",
    "Reminder: please don't share phone numbers, emails or room numbers in our comments, for "
    "everyone's privacy. Reach us privately at patientrelations@kingsharbor.org or (718) 555-0142. 🔒",
    "hospital contact",
)

# 229
p(
    "en",
    "patient_story",
    "Doubles, Carnival and a new heart valve: Mr. Ramesh Persad flew home to San Fernando yesterday, "
    "seven weeks after his surgery here on Ash Wednesday. Safe travels, Uncle Ramesh! 🇹🇹",
    [
        ("NAME", "Ramesh Persad"),
        ("NAME", "Ramesh", "*"),
        ("GEO", "San Fernando"),
        ("DATE", "Ash Wednesday"),
    ],
    note="home city abroad; surgery on a named day",
)

# 230
n(
    "en",
    "event",
    "Trinidad Carnival is coming! ✈️ Traveling for Carnival Monday & Tuesday? Visit our travel clinic "
    "for vaccines at least 2 weeks before. Book: (718) 555-0100.",
    "event",
)

# 231
p(
    "en",
    "milestone_birthday",
    "This 93 year old just did 20 squats for the camera 💪 Pictured: Mykola Shevchuk, our Brighton "
    "Beach clinic's strongest patient, with PT Olga. Happy birthday, Mykola!",
    [("AGE", "93"), ("PHOTO", "Pictured"), ("NAME", "Mykola Shevchuk"), ("NAME", "Mykola", "*")],
    note="age over 89; photo of the patient; therapist not labelled",
)

# 232
n(
    "en",
    "staff_spotlight",
    "Pictured: our Brighton Beach physical therapy team, Olga, Dmitry and Svetlana, who helped 600 "
    "seniors stay on their feet this year. 💪 #PTMonth",
    "photo of staff",
)

# 233
p(
    "en",
    "pasted_record",
    "Copy/paste from the chart by mistake, sorry!: 'S: 94 y/o F, Holocaust survivor, lives alone on "
    "Ocean Pkwy, dtr Gitty visits daily. Adm 12/19 for syncope.'",
    [("AGE", "94"), ("GEO", "Ocean Pkwy"), ("NAME", "Gitty"), ("DATE", "12/19")],
    note="chart line: age, home street, daughter, admission",
)

# 234
n(
    "en",
    "eponymous_condition",
    "Our new dialysis center on Ocean Parkway opens March 3! 🎉 Nephrologists Dr. Avi Hirsch and Dr. "
    "Nathalie Pierre treat kidney disease, including Alport syndrome and Fabry disease, in five "
    "languages.",
    "hospital site and date; eponymous conditions; doctors",
)

# 235
p(
    "es",
    "discharge",
    "Cuando Nikenson llegó a urgencias con asma severa, solo hablaba criollo y estaba asustado. Hoy, "
    "tras 5 días en el piso 7, se fue a su casa en East New York con su mamá Fabienne. ¡Bravo, "
    "Nikenson! 🌬️",
    [("NAME", "Nikenson", "*"), ("GEO", "East New York"), ("NAME", "Fabienne")],
    note="home neighbourhood; mother",
)

# 236
n(
    "es",
    "anonymous_story",
    "Un joven haitiano de 17 años nos enseñó a decir 'respira' en criollo: 'respire'. Ahora lo usamos "
    "con todos nuestros pacientes con asma. 💙",
    "anonymous",
)

# 237
p(
    "es",
    "milestone_birthday",
    "¡Nuestra centenaria favorita! 🎂 Doña Gertrudis Almánzar cumplió 104 años el 25 de julio en su "
    "habitación 508, rodeada de sus tataranietos. ¡Que vengan muchos más!",
    [
        ("AGE", "centenaria"),
        ("NAME", "Gertrudis Almánzar"),
        ("AGE", "104"),
        ("DATE", "25 de julio"),
        ("OTHER_ID", "habitación 508"),
    ],
    note="centenaria and age; birthday date; room",
)

# 238
n(
    "en",
    "recruitment",
    "Now hiring: Yiddish-speaking patient navigators for our Borough Park campus and Haitian "
    "Creole-speaking nurses for Flatbush. Great benefits, Yom Tov and Christmas schedule flexibility. "
    "kingsharbor.org/careers",
    "recruitment",
)

# 239
p(
    "en",
    "thank_you",
    "To Raizy's Bubby and Zaidy, who drove in from Lakewood every single day for 63 days: you are the "
    "real MVPs. 💙 Raizy went home yesterday! #TeamRaizy forever.",
    [("NAME", "Raizy", "*"), ("GEO", "Lakewood"), ("NAME", "#TeamRaizy")],
    note="grandparents' city; name hashtag",
)

# 240
n(
    "en",
    "hospital_contact",
    "Kings Harbor Community Hospital · 4820 Fort Hamilton Parkway, Brooklyn, NY 11219 · Main (718) "
    "555-0100 · Birthing Center (718) 555-0177 · kingsharbor.org · @KingsHarborHosp. Open 24/7, "
    "including Shabbos and Yom Tov.",
    "hospital's own contact details",
)

if __name__ == "__main__":
    S.main("phi_dev29_source")
