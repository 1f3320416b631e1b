"""Blind development set d14 for the PHI scanner: tests/data/phi_dev14.jsonl.

The organisation (phi_dev14_org.json) is Columbia Gorge Hospice and Home Health in
Hood River, Oregon: home hospice and home health on both sides of the Columbia River,
Orchard House (a 10-room inpatient hospice residence on Tucker Road), a palliative
care unit at the partner hospital Gorge Regional Medical Center in The Dalles, the
Kestrel Kids pediatric hospice program, The Willow Room grief support center and a
Washington-side office in White Salmon.

The set's focus is hospice and palliative-care communication: memorials, legacy
projects, bucket-list wishes (bedside weddings, a last fishing trip), veterans'
pinning ceremonies, patients aged 90 and over (and 100 and over), families signing
thank-you notes, volunteers and chaplains (staff), grief-support events with dates,
orchard and farm-worker families, Spanish-speaking families and pets at the bedside.
240 posts, 192 English and 48 Spanish. Written blind, by hand, one post at a time,
without looking at the scanner or at any other set.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
- A post is patient-specific iff it carries at least one labelled identifier of a
  patient or of a patient's relative / household member. Anonymous stories, staff,
  doctors, volunteers, chaplains, staff members' own families, donors, named funds,
  rooms and buildings, public or historical figures, pets and therapy animals,
  eponymous conditions, campaign hashtags and the hospice's own phones, addresses,
  domains and handles are never labelled, unless the person is a patient or a
  patient's relative. A neighbour is not a household member.
- A staff member or volunteer is labelled only where the post says that they were
  on our service, or that the relative they name was (then both are labelled).
- NAME: name tokens only; honorifics, titles and ranks outside ("Sgt.", "Dr.",
  "Mrs.", "Miss", "Coach", "don", "doña"); possessive 's outside; family surnames
  ("the Okafor family" -> "Okafor"), also when a family farm carries the surname
  ("Yamada Farms" -> "Yamada"); nicknames, diminutives ("Lupita", "Chuy") and
  lower-case or ALL-CAPS names as written; a quoted nickname inside a full name is
  one span ('Refugio "Cuca" Alvarado'), a nickname after an article leaves the
  article out ("el Güero" -> "Güero"); initials ("R.J.", "Mrs. D"); a hashtag
  containing a patient's name is one span with its '#'. Kinship words ("Mom",
  "Grandpa", "abuelita") are not names; the name that follows them is
  ("Grandpa Ned" -> "Ned").
- DATE: every date element except a bare year tied to the patient: birth, admission,
  visit, service, delivery, discharge, death, wedding, and the day of something done
  for that patient (a pinning ceremony, a wish trip, a bedside wedding, a legacy
  project, their funeral); as written with an attached year; a month alone tied to
  the patient ("since January"); a holiday on which the patient's event happened,
  and both expressions when the same day is named twice ("Christmas Eve, December
  24", "2 de noviembre, Día de Muertos"). Articles ("the", "el") are left out.
  Weekdays, seasons and relative expressions are not labelled, nor are the dates of
  hospice events open to the public (memorial services we host, grief groups,
  camps, awareness days, holiday closures), nor the dates of a staff member's or a
  public figure's life.
- AGE: only ages over 89, the token as written ("96", "101ST", "100th", "9-0",
  "ninety-four", "noventa y tres"), plus "centenarian" / "nonagenarian" /
  "centenaria". A decade over 89 ("in her late 90s") is AGE ("90s"). A single
  patient's 90+ age stays AGE in an anonymous story or a statistic ("our oldest
  patient was 104"); ages of volunteers, staff and staff members' families are
  never labelled.
- GEO: places smaller than a state tied to the patient or family: home town, street
  (with number, and with the apartment when it is part of the address, "1893
  Belmont Ave #2"), PO box, ZIP, county, birthplace, a relative's city, the town a
  patient works or farms in, the town a wish trip went to, the road of an injury;
  a named orchard or apartment complex that is the patient's home is GEO as
  written with its generic word ("Windy Ridge Orchard", "Columbia Terrace").
  Hood River, The Dalles and White Salmon are GEO when they are the patient's own
  town; the hospice's sites ("our Hood River office", "Orchard House", "the
  palliative unit in The Dalles", "your home health team in White Salmon") are not.
  Rivers (including "the Hood River"), mountains, valleys, the Gorge, countries,
  states (including Mexican states) and regions are not GEO, nor are the streets
  of a shop or venue the patient merely visited.
- PHONE / FAX / EMAIL / URL / IP of the patient or family, as written; MRN, SSN,
  HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE (licence plate), DEVICE (serial number):
  the value only. OTHER_ID: room / bed / apartment numbers with their keyword when
  they point to a patient ("Room 7", "rm 12", "bed 4B", "cuarto 8", "habitación
  412", "Apt 3C"); a room number tied to no patient is not labelled. Social handles
  of patients or families, with the '@'.
- PHOTO: the cue word only ("Pictured", "photo", "Photo", "video"), when the text
  says the attached picture shows the patient; a picture of an object, of staff,
  or one mentioned but not attached, is not PHOTO.
- Veterans: rank outside the name; branch, war, unit, ship, years of service and
  countries are not labelled.
- A fund, garden, room or program named for a donor, founder or staff member is not
  labelled; when the post says the person it is named for was our patient, the
  name is labelled even inside the fund's name ("the Hank Sorensen Memorial Fund").
- Every occurrence of a labelled string is labelled (ok=(...) would list deliberate
  exceptions; none were needed). Where the same token is both a name and a month
  ("June passed in June"), each occurrence gets its own type.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev14.jsonl"), os.path.join(HERE, "phi_dev14_org.json"), "d14")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

p(
    "en",
    "memorial",
    "We lost a legend this week. Arne Halvorsen, 96, picked pears in Parkdale for 70 seasons and told every nurse who came through his door that Anjous were the only pear worth eating. Rest easy, Arne. 🍐",
    [("NAME", "Arne Halvorsen"), ("NAME", "Arne", "*"), ("AGE", "96"), ("GEO", "Parkdale")],
    note="90+ age; town he worked in; '70 seasons' is not an age",
)
n(
    "en",
    "staff_spotlight",
    "Meet Joy! 🌟 Joy Castellano has been a hospice aide with us for 11 years and still sings to every patient on her route (badly, she says). Thank you, Joy, for bringing your name to work every day. #HospiceAideWeek",
    "staff member with a word-name, introduced with 'Meet X' like a patient",
)
p(
    "en",
    "patient_story",
    "bud wanted one more steelhead. so on a foggy tuesday morning our nurse Carla, his son Denny and a very patient fishing guide got him (and his oxygen) down to the Klickitat. he didn't catch one. he said it was the best day of his year. #bucketlist",
    [("NAME", "bud"), ("NAME", "Denny")],
    note="lower-case nickname that is a common word; son with no surname; the river is not GEO; nurse not labelled",
)
n(
    "en",
    "event",
    "Light Up a Life 🕯️ Thursday, December 4, 6 pm at the Hood River waterfront. Bring a name to read aloud, or just come stand with us. Luminaria are free. Questions: (541) 555-0143",
    "date of a public memorial event; hospice grief line",
)
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a doña Refugio “Cuca” Alvarado, quien falleció el 2 de noviembre, Día de Muertos, rodeada de sus nietos en su casa de Odell. Cuca, gracias por tus tamales y tus consejos. 🕯️🌼",
    [
        ("NAME", "Refugio “Cuca” Alvarado"),
        ("NAME", "Cuca", "*"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("GEO", "Odell"),
    ],
    note="quoted nickname inside the full name; death date named twice (date and holiday); home town",
)
p(
    "en",
    "thank_you",
    "Posted with permission from a card on our break-room fridge:\n\n\"To the night nurses — you held Mom's hand when we couldn't get there in time. We will never forget that. Love, Trish, Gary and all of Dolores's grandkids\"",
    [("NAME", "Trish"), ("NAME", "Gary"), ("NAME", "Dolores")],
    note="relatives sign the card; the patient appears only as a possessive at the end",
)
n(
    "en",
    "eponymous_condition",
    "June is Alzheimer's & Brain Awareness Month. 💜 If you are caring for someone with Alzheimer's or Lewy body dementia, our caregiver group meets Tuesdays at the palliative unit in The Dalles. Call (541) 555-0161.",
    "eponymous conditions; month of an awareness campaign; hospice site",
)
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Miss Pearl! 🎂 Pearl Yoshida was born in a farmhouse outside Dee, picked strawberries in Odell as a girl and was sent to an incarceration camp in Idaho with her family in 1942. Today she blew out every candle herself.",
    [
        ("AGE", "100th"),
        ("NAME", "Pearl", "*"),
        ("NAME", "Pearl Yoshida"),
        ("GEO", "Dee"),
        ("GEO", "Odell"),
    ],
    note="name that is a common noun; birthplace 'Dee' looks like an initial; state and bare year not labelled",
)
n(
    "en",
    "public_figure",
    '"How people die remains in the memory of those who live on." — Dame Cicely Saunders, who founded the modern hospice movement in 1967. We think about her words every single shift.',
    "historical figure quoted",
)
p(
    "en",
    "pasted_record",
    "oops wrong window 😬 — VISIT NOTE 11/14: HALE, EVERETT M. Orchard House Rm 5. Pain 3/10, family at bedside (dtr Bonnie). Chaplain visit pm.",
    [("DATE", "11/14"), ("NAME", "HALE, EVERETT M"), ("OTHER_ID", "Rm 5"), ("NAME", "Bonnie")],
    note="pasted visit note: visit date, surname-first caps name, room, daughter; '3/10' is a pain score",
)
n(
    "en",
    "recruitment",
    "We're hiring! RN Case Manager, Hood River & Klickitat counties. Sign-on bonus, mileage paid, and a team that actually eats lunch together. Apply at cghospice.org/careers or call (541) 555-0140.",
    "job post; service area counties; hospice contacts",
)
p(
    "en",
    "anonymous_story",
    "One of our patients turned 103 on Sunday and requested, in this order: a root beer float, a phone call with her sister in Spokane, and 'no fuss.' We managed two out of three. 🥤",
    [("AGE", "103"), ("GEO", "Spokane")],
    note="no name, but a 90+ age and a relative's city",
)
n(
    "en",
    "anonymous_story",
    "A man in his 80s told our chaplain last week that he wasn't afraid of dying, only of his tomatoes going unpicked. Our volunteers picked them. All of them. 🍅 #HospiceVolunteers",
    "anonymous; age decade under 90",
)
p(
    "es",
    "patient_story",
    "Lupita cumplió su sueño: ver a su hija Daniela graduarse de la prepa. 🎓 Nuestra enfermera Rosa y el capellán Tomás la llevaron con su oxígeno y muchos globos. ¡Te queremos, Lupita! 💜",
    [("NAME", "Lupita", "*"), ("NAME", "Daniela")],
    note="diminutive first name; daughter; nurse and chaplain are staff",
)
n(
    "es",
    "health_tip",
    "¿Sabía que los cuidados de hospicio están cubiertos por Medicare y por el Plan de Salud de Oregón? Llámenos en español al (541) 555-0149. No tiene que esperar a que el médico lo sugiera.",
    "general information; hospice line",
)
p(
    "en",
    "discharge",
    "Not every hospice story ends the way you'd expect. After 7 months on service, Frank Ostrowski is officially GRADUATING from hospice because he got better 🎉 Frank, go fix that fence on Rand Road like you keep telling us you will.",
    [("NAME", "Frank Ostrowski"), ("NAME", "Frank", "*"), ("GEO", "Rand Road")],
    note="hospice discharge; the road he lives on looks like a surname",
)
n(
    "en",
    "staff_spotlight",
    "Chaplain Hope Whitaker marks 20 years with us this month. She has sat with more than 2,000 families, learned to say goodbye in five languages and still keeps a jar of butterscotch in her car. Thank you, Hope. 💛",
    "chaplain (staff) with a word-name",
)
p(
    "en",
    "memorial",
    "Walt Brennan died peacefully on Christmas Eve, December 24, with his wife of 68 years, Marian, and their collie Duke beside him. Walt was a smokejumper, a Little League coach and the best storyteller at Orchard House. We will miss you, Walt.",
    [
        ("NAME", "Walt Brennan"),
        ("NAME", "Walt", "*"),
        ("DATE", "Christmas Eve"),
        ("DATE", "December 24"),
        ("NAME", "Marian"),
    ],
    note="death day named twice; wife; the collie is a pet",
)
n(
    "en",
    "event",
    "Our Camp Erin weekend for grieving kids is June 13–15 at Wahtonka Lake Camp. Kids 6–17 who have lost someone are welcome; no cost, ever. Register: kestrelkids.org/camp",
    "camp named for a person; event dates; hospice domain",
)
p(
    "en",
    "patient_story",
    "Today we pinned Sgt. Lyle Fenwick, U.S. Army, Korea 1951–53. He saluted from his recliner, then asked our volunteer (a Navy vet) whether the Navy was still 'the second-best branch.' Thank you for your service, Sgt. Fenwick. 🇺🇸 #WeHonorVeterans",
    [("NAME", "Lyle Fenwick"), ("NAME", "Fenwick", "*")],
    note="first name is also a Washington town; rank outside; war, country and years not labelled",
)
n(
    "en",
    "crisis_update",
    "Due to the Hwy 35 closure and smoke from the Eagle Creek area, some visits today may be rescheduled. Our nurses are still reaching every patient who needs them. 24-hour line: (541) 555-0141.",
    "operational update; road and area not tied to a patient",
)
p(
    "en",
    "thank_you",
    "The Okafor family asked us to share their thanks with everyone who cared for their father at the palliative unit in The Dalles. If you'd like to send a card: okaforfamily.pdx@gmail.com 💐",
    [("NAME", "Okafor"), ("EMAIL", "okaforfamily.pdx@gmail.com")],
    note="family surname and family e-mail; the palliative unit is the hospice's own site",
)
n(
    "en",
    "health_tip",
    "Hospice isn't giving up. It's care that shows up at your kitchen table — nurses, aides, social workers, chaplains, volunteers — for as long as you need us. Questions? (541) 555-0140 or cghospice.org",
    "general information",
)
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO OUR FRIEND GLADYS!!! 🎉🎉 SHE SAYS THE SECRET IS BUTTER AND MINDING YOUR OWN BUSINESS. LOVE FROM YOUR HOME HEALTH TEAM IN WHITE SALMON",
    [("AGE", "101ST"), ("NAME", "GLADYS")],
    note="all caps; White Salmon is the hospice's own office, not GEO",
)
p(
    "en",
    "statistic",
    "In 2024 our team cared for 1,142 patients across four counties, and our 212 volunteers gave 19,480 hours. The oldest patient we served was 104. The youngest was 3 days old.",
    [("AGE", "104")],
    note="a yearly statistic that still gives one patient's 90+ age",
)
p(
    "es",
    "patient_story",
    "Don Chuy nos pidió una sola cosa: volver a ver su huerta de peras en Parkdale. El sábado lo llevamos. Se quedó una hora bajo el árbol más viejo, callado, con su perro Canelo en las piernas. 🍐",
    [("NAME", "Chuy"), ("GEO", "Parkdale")],
    note="nickname after 'Don' (outside the span); orchard town; the dog's name is also a boxer's",
)
n(
    "en",
    "sponsor",
    "Like Mr. Rogers said, look for the helpers. This week the helpers were the Hood River Rotary, who built three wheelchair ramps for families on our service in one Saturday. Thank you! 🔨",
    "public figure quoted; sponsor; families not identified",
)
p(
    "en",
    "anonymous_story",
    "To the family who left the quilt in Room 7 at Orchard House on Monday: we have it, it's safe, and we would love to get it back to you. Call us at (541) 555-0140.",
    [("OTHER_ID", "Room 7")],
    note="no name, but the room number points to one patient's family",
)
n(
    "en",
    "memorial",
    "Our hearts are heavy. Nurse Dan Ferreira, who worked nights with us for 14 years, died suddenly on March 2. Dan trained half our team and never once let a patient's family leave without coffee. Services are Saturday at Asbury Methodist.",
    "memorial for a staff member, not a patient; his death date is not PHI here",
)
p(
    "en",
    "patient_story",
    "#GoGoGrandmaBev update: Bev has now crossed off 9 of the 10 things on her list, including the hot-air balloon (!!) and learning to say 'I love you' in Tagalog for her grandson Rafael. Last one: see the ocean at Cannon Beach. We're working on it. 🎈🌊",
    [("NAME", "#GoGoGrandmaBev"), ("NAME", "Bev"), ("NAME", "Rafael"), ("GEO", "Cannon Beach")],
    note="name hashtag; grandson; wish-trip town",
)
n(
    "es",
    "event",
    "Grupo de apoyo en duelo en español: los martes 4 y 18 de marzo, 6:00 p.m., en nuestra oficina de Hood River (1420 Belmont Avenue). Hay café, pan dulce y cuidado de niños. Informes: (541) 555-0149.",
    "dates of a grief group; hospice address and line",
)
p(
    "en",
    "thank_you",
    "shoutout to ray's daughter kim who drove down from tacoma every single weekend for four months. ray would want everyone to know she still can't parallel park 😂💙",
    [("NAME", "ray", "*"), ("NAME", "kim"), ("GEO", "tacoma")],
    note="all lower case; the daughter's city",
)
n(
    "en",
    "sponsor",
    "Thank you to the Hanna Fujimoto Foundation for funding our new pediatric music-therapy program! Mrs. Fujimoto's gift means every child on Kestrel Kids can have songs recorded with their own heartbeat. 🎶",
    "foundation and donor names",
)
p(
    "en",
    "pasted_record",
    "Referral rec'd: Marguerite DeVries, 94, dx CHF. Lives alone, 4410 Tucker Road. Dtr Anneke 509-555-0123. MRN 00731846. Pls call to schedule admit visit.",
    [
        ("NAME", "Marguerite DeVries"),
        ("AGE", "94"),
        ("GEO", "4410 Tucker Road"),
        ("NAME", "Anneke"),
        ("PHONE", "509-555-0123"),
        ("MRN", "00731846"),
    ],
    note="the patient lives on the same road as Orchard House, at another number",
)
n(
    "en",
    "eponymous_condition",
    "Duchenne. Batten. Tay-Sachs. Krabbe. Names of doctors, not of the children who live with these diseases. Our Kestrel Kids nurses know the conditions — and they know every child is so much more than a diagnosis. #RareDiseaseDay",
    "eponymous conditions that look like surnames",
)
p(
    "es",
    "milestone_birthday",
    "¡Doña Amparo cumple 100 años! 🎂 Nació el 19 de marzo, día de San José, en Michoacán, y llegó al valle en 1962 a trabajar en las huertas. Hoy celebró con mariachi en su casa de Cascade Locks. Felicidades, centenaria querida.",
    [
        ("NAME", "Amparo"),
        ("AGE", "100"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
        ("GEO", "Cascade Locks"),
        ("AGE", "centenaria"),
    ],
    note="birthday named twice; 'centenaria'; Mexican state not GEO",
)
n(
    "en",
    "hospital_contact",
    "Our Washington office has moved! Find us at 115 Jewett Boulevard, White Salmon, WA 98672. Same phone: (509) 555-0167. Same people. Better parking.",
    "hospice's own address and phone",
)
p(
    "en",
    "memorial",
    "Goodbye, Doc. 🐴 Dr. Harlan Pruitt was the large-animal vet for half of Wasco County for 40 years, and when he came onto our service he asked for one thing: to see his old mare, Biscuit. Our social worker found a trailer. Doc's wife Irene says he laughed the whole time.",
    [("NAME", "Doc", "*"), ("NAME", "Harlan Pruitt"), ("GEO", "Wasco County"), ("NAME", "Irene")],
    note="the patient is a 'Dr.' and is called 'Doc', like staff; county he worked in; the mare is a pet",
)
n(
    "en",
    "staff_spotlight",
    "Our volunteer coordinator Ruth Ames brought her mom, June, to the volunteer luncheon — June has been knitting prayer shawls for our patients since 2009 and just turned 91! 🧶",
    "staff member's mother, herself a volunteer; a volunteer's 90+ age is not labelled",
)
p(
    "en",
    "anonymous_story",
    "On the morning of October 9 a patient of ours got to hold her brand-new great-granddaughter for the first time. She died that evening, peacefully, with the baby asleep on her chest. We're grateful we got to witness that. 💗",
    [("DATE", "October 9")],
    note="anonymous, but the exact date of a patient's death",
)

p(
    "en",
    "patient_story",
    "There was a wedding in Room 2 this afternoon. 💍 After 31 years together, Gene and Marty finally made it official, with Gene's sister Loretta as witness and our chaplain officiating in a borrowed stole. Marty's vows were four words long: 'You're still my guy.'",
    [("OTHER_ID", "Room 2"), ("NAME", "Gene", "*"), ("NAME", "Marty", "*"), ("NAME", "Loretta")],
    note="bedside wedding; which of the two is the patient is never said; room number; sister",
)
n(
    "en",
    "event",
    "Veterans Day pinning ceremony at Orchard House, Tuesday November 11 at 10 am. Families of veterans on our service are welcome. Coffee by Hood River VFW Post 1862.",
    "date of a group ceremony; VFW post number is not an id of a person",
)
p(
    "es",
    "memorial",
    "Esperanza nunca perdió la esperanza. 💛 Durante 14 meses con nosotros, la señora Esperanza Ruelas bordó una servilleta para cada uno de sus 22 nietos. La última la terminó el 8 de agosto, dos días antes de partir.",
    [("NAME", "Esperanza Ruelas"), ("NAME", "Esperanza", "*"), ("DATE", "8 de agosto")],
    note="the name is also the common noun 'esperanza' in the same sentence; date of a legacy project tied to her",
)
n(
    "en",
    "staff_spotlight",
    "After 22 years of caring for hospice patients, our social worker Glen Tamura is retiring on Friday. 🎣 Glen plans to spend his retirement fishing the Deschutes and, in his words, 'finally finishing a crossword.' Happy trails, Glen!",
    "staff retirement written like a patient's bucket-list story",
)
p(
    "en",
    "thank_you",
    "got permission from the family to share this text from last night: 'mom passed at 3:40 with the window open like she wanted. thank you all. - the sandoval girls'",
    [("NAME", "sandoval")],
    note="lower-case family surname is the only identifier; a clock time is not a date",
)
n(
    "en",
    "anonymous_story",
    "A wish we granted this month: one of our patients, a retired orchardist, wanted to smell pear blossoms one more time. It was autumn. Our volunteers found a florist in Portland with forced branches. He cried. We cried.",
    "anonymous; a season is not a date; Portland is the florist's city, not the patient's",
)
p(
    "en",
    "milestone_birthday",
    "Our newest nonagenarian! 🎉 Roy Tillotson hit the big 9-0 yesterday in his room at Orchard House (Room 9, naturally) and requested pie instead of cake. Rhubarb. Don't argue with Roy.",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Roy Tillotson"),
        ("AGE", "9-0"),
        ("OTHER_ID", "Room 9"),
        ("NAME", "Roy", "*"),
    ],
    note="age written '9-0' and 'nonagenarian'; room number",
)
n(
    "es",
    "staff_spotlight",
    "Conozcan a Consuelo, nuestra nueva trabajadora social bilingüe. 💚 Consuelo creció en Odell, hija de trabajadores de la pera, y dice que este trabajo es su manera de devolverle algo a su comunidad. ¡Bienvenida, Consuelo!",
    "staff member with a word-name; a staff member's home town is not labelled",
)
p(
    "en",
    "patient_story",
    "Ellie is 6. She has Batten disease, and she loves purple more than anything. This week our music therapist recorded Ellie's heartbeat and laid it under her favorite song so her big brother Owen can always hear it. 💜 #KestrelKids",
    [("NAME", "Ellie", "*"), ("NAME", "Owen")],
    note="pediatric legacy project; eponymous disease and age under 90 not labelled; brother",
)
n(
    "en",
    "campaign_hashtag",
    "Every light on the tree is a name. 🎄 Dedicate a light in memory of someone you love through Dec. 31 at cghospice.org/lights. #LightsOfLove #CGHospice",
    "campaign with a deadline date; hospice handle as a hashtag",
)
p(
    "en",
    "thank_you",
    'A letter we received this week, shared with the family\'s blessing:\n\n"Dear Orchard House,\n\nWhen Dad came to you in September we were exhausted and scared. You gave us back our father for his last three weeks. Thank you to Maria who washed his hair, to Pete who played cribbage with him every night, and to whoever left the hummingbird feeder outside Room 4.\n\nWith love,\nThe Lindqvist kids — Anna, Erik and Sonja"',
    [
        ("DATE", "September"),
        ("OTHER_ID", "Room 4"),
        ("NAME", "Lindqvist"),
        ("NAME", "Anna"),
        ("NAME", "Erik"),
        ("NAME", "Sonja"),
    ],
    note="admission month; room; the children sign; Maria and Pete are staff and not labelled",
)
n(
    "en",
    "event",
    "Grief doesn't follow a calendar, but our groups do: Loss of a Spouse meets Mondays at The Willow Room (612 Cascade Avenue), and our Holiday Grief workshop is Saturday, Dec. 6. All free. (541) 555-0143",
    "grief-support event dates; hospice address",
)
p(
    "es",
    "pasted_record",
    "Paciente: Ochoa Rentería, Martín. F. nac. 03/02/1948. Domicilio: 2217 Wy'east Road, Odell, OR 97044. Tel. casa 541-555-0188. Contacto: esposa Guadalupe.",
    [
        ("NAME", "Ochoa Rentería, Martín"),
        ("DATE", "03/02/1948"),
        ("GEO", "2217 Wy'east Road"),
        ("GEO", "Odell"),
        ("GEO", "97044"),
        ("PHONE", "541-555-0188"),
        ("NAME", "Guadalupe"),
    ],
    note="pasted face sheet in Spanish: two surnames first, birth date, full address, home phone, wife",
)
n(
    "en",
    "public_figure",
    "Fun fact for #NationalHospiceMonth: Jimmy Carter chose home hospice care in February 2023 and lived with it for more than a year and a half. Hospice is not just the last few days.",
    "public figure's hospice dates are not labelled",
)
p(
    "en",
    "discharge",
    "Home health win of the week 🏡 Mr. Abernathy is back on his feet after his knee replacement and has already been spotted walking to the mailbox on Eugene Street. Our PT Jess says he's 'unstoppable and slightly annoying.'",
    [("NAME", "Abernathy"), ("GEO", "Eugene Street")],
    note="surname after 'Mr.'; his street is named like a person (and a city); the PT is staff",
)
n(
    "en",
    "statistic",
    "Last year Kestrel Kids served 38 children and their families, from newborns to age 19, in five counties. 100% of families said they would recommend us. (100!)",
    "population ages; '100' is a percentage",
)
p(
    "en",
    "anonymous_story",
    "One of our home health patients, a lady in her late 90s who still drives to church, told our nurse that the key to a long life is 'not listening to doctors.' We're choosing not to take that personally. 😅",
    [("AGE", "90s")],
    note="anonymous, but an age decade over 89",
)
n(
    "en",
    "anonymous_story",
    "A daughter asked us last week how to tell her kids that Grandpa is dying. Our child-life specialist sat with her for an hour. If you need that conversation too, call (541) 555-0156. 💛",
    "kinship words only; no identifier",
)
p(
    "es",
    "patient_story",
    "#FuerzaNacho 💪 Hoy Ignacio cumplió uno de sus deseos: ver a los Timbers en vivo con sus dos hijos, Beto y Kevin. ¡Gracias a los Portland Timbers por los boletos! ⚽",
    [("NAME", "#FuerzaNacho"), ("NAME", "Ignacio"), ("NAME", "Beto"), ("NAME", "Kevin")],
    note="nickname hashtag for 'Ignacio'; sons; the team's city is not GEO",
)
n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Miriam Okonkwo, our medical director, who was named Oregon Hospice Physician of the Year! Dr. O has made more than 3,000 home visits — in a Subaru with 340,000 miles on it. 🚗",
    "staff doctor, with an initial ('Dr. O') like a patient's",
)
p(
    "en",
    "patient_story",
    "For 4 generations the Matsumoto family has farmed Windy Ridge Orchard above Pine Grove. This fall, with Grandpa Tak on our service, three generations finished the Bosc harvest together and brought him the first box. 🍐💛",
    [("NAME", "Matsumoto"), ("GEO", "Windy Ridge Orchard"), ("GEO", "Pine Grove"), ("NAME", "Tak")],
    note="family orchard and its community are the patient's home; 'Grandpa' outside the name",
)
n(
    "en",
    "sponsor",
    "The new garden outside Orchard House is named for Mabel and Earl Hursh, who gave the land in 1984. Come see the roses at Saturday's open house! 🌹",
    "donors who name a garden",
)
p(
    "en",
    "memorial",
    "We are sad to share that Coach Dale Ostrander, who led the Dufur Rangers to a state title and taught three generations of kids to shoot free throws, died at home Tuesday. His family invites memories at caringbridge.org/visit/coachdale 🏀",
    [("NAME", "Dale Ostrander"), ("GEO", "Dufur"), ("URL", "caringbridge.org/visit/coachdale")],
    note="a local figure who was our patient; title outside; town he coached in; family's page",
)
n(
    "en",
    "public_figure",
    "Huge thanks to Hood River's own Olympic skier Kara Lindgren for visiting Kestrel Kids families at our holiday party and signing roughly 400 helmets. 🎿",
    "local public figure who is not a patient",
)
p(
    "es",
    "patient_story",
    "Con permiso de la familia: don Beto Guzmán, de 92 años, recibió hoy su prendedor de veterano. Sirvió en Vietnam. Su nieta Yesenia le puso el prendedor y él dijo: «Ya era hora». 🇺🇸",
    [("NAME", "Beto Guzmán"), ("AGE", "92"), ("NAME", "Yesenia")],
    note="veteran pinning; 'don' outside; 90+ age; granddaughter; country not labelled",
)
n(
    "en",
    "health_tip",
    "Pets are family. Our volunteers can help walk dogs, clean litter boxes and make sure your cat gets fed while you're caring for someone at home. Ask your nurse about Pet Peace of Mind. 🐾",
    "general information",
)
p(
    "en",
    "patient_story",
    "Meet Tuck, our youngest 'volunteer' — he's 9, and he comes every Sunday to read comics to his great-grandpa Lloyd in the Orchard House sunroom. 📸 That's the two of them in the photo, with Lloyd's dog Pepper. 💙",
    [("NAME", "Tuck"), ("NAME", "Lloyd", "*"), ("PHOTO", "photo")],
    note="the 'volunteer' is a patient's great-grandson; the photo shows the patient; the dog is a pet",
)
n(
    "en",
    "event",
    "Save the date: Orchard House Pear Festival Fun Run, Saturday, September 20, starting at 3975 Tucker Road. Proceeds fund our Kestrel Kids program. 🍐🏃",
    "event date at the hospice's own address",
)
p(
    "en",
    "birth_announcement",
    "Some news from Room 3: Lorraine's granddaughter arrived early this morning, and the nurses brought baby Hazel Ann straight over so Lorraine could meet her. Born 10/21 at 6 lbs 11 oz. Lorraine's verdict: 'She has the Kowalski chin.'",
    [
        ("OTHER_ID", "Room 3"),
        ("NAME", "Lorraine", "*"),
        ("NAME", "Hazel Ann"),
        ("DATE", "10/21"),
        ("NAME", "Kowalski"),
    ],
    note="the newborn is a hospice patient's relative; birth date; family surname in a quote",
)
n(
    "en",
    "recruitment",
    "Volunteers needed in Trout Lake, Glenwood and Husum! If you can sit, read, knit or just listen, we'll train you. Next training: Jan. 10–11. Call Marcy at (541) 555-0145.",
    "towns of the service area; training dates; staff name",
)
p(
    "en",
    "pasted_record",
    "PT: MAYFIELD, JUNE R  DOB 7/4/1933  ADMIT 4/2  DX: ALS (LOU GEHRIG'S)  CODE: DNR  RM 208 PALL UNIT",
    [("NAME", "MAYFIELD, JUNE R"), ("DATE", "7/4/1933"), ("DATE", "4/2"), ("OTHER_ID", "RM 208")],
    note="caps chart line; first name is a month; eponymous disease named for a public figure",
)
n(
    "en",
    "crisis_update",
    "Power is out at our Hood River office on Belmont Avenue. Phones are forwarded — call (541) 555-0141 for anything urgent. No patient visits are affected.",
    "hospice's own site",
)
p(
    "es",
    "patient_story",
    "¡FELICIDADES A LA FAMILIA CHÁVEZ! 💒 El sábado 14 de junio, Marisol y Fernando se casaron junto a la cama de su papá, don Rogelio, en el cuarto 6 de Orchard House.",
    [
        ("NAME", "CHÁVEZ"),
        ("DATE", "14 de junio"),
        ("NAME", "Marisol"),
        ("NAME", "Fernando"),
        ("NAME", "Rogelio"),
        ("OTHER_ID", "cuarto 6"),
    ],
    note="bedside wedding of the patient's children; wedding date; room",
)
n(
    "es",
    "event",
    "Día de Muertos en The Willow Room: el sábado 1 de noviembre pondremos un altar comunitario. Traiga una foto de su ser querido, pan de muerto o cempasúchil. Todos son bienvenidos. 🌼",
    "public event date; a holiday that is nobody's event; 'foto' is an invitation, not a photo of a patient",
)
p(
    "en",
    "memorial",
    "Sending love to Renata and the boys tonight. 💙 Marco was one of a kind, and Orchard House was louder and better for the nine days he was here.",
    [("NAME", "Renata"), ("NAME", "Marco")],
    note="the widow is named first with no kinship cue",
)
n(
    "en",
    "research",
    "Our palliative team is joining a regional study on music therapy and pain in advanced dementia, led by OHSU's Dr. Priya Anand. Families on our service may be invited to take part; participation is always optional.",
    "research news; investigator is not a patient",
)
p(
    "en",
    "anonymous_story",
    "the family in rm 12 asked for 'a lot of coffee and one good joke.' our night crew delivered both ☕😂",
    [("OTHER_ID", "rm 12")],
    note="lower case; only a room number points to the family",
)
n(
    "en",
    "health_tip",
    "Signs it may be time to ask about hospice: more trips to the ER, sleeping most of the day, weight loss, 'I'm just tired.' Talk to your doctor or call us at (541) 555-0140. You can ask before you're ready.",
    "general information",
)
p(
    "en",
    "memorial",
    "Salvatore 'Sully' Benedetto. Born in Brooklyn, raised on a pear farm in Odell, married to Vera for 66 years. Our team was honored to care for Sully at home on Sherman Avenue. ❤️",
    [
        ("NAME", "Salvatore 'Sully' Benedetto"),
        ("NAME", "Sully", "*"),
        ("GEO", "Brooklyn"),
        ("GEO", "Odell"),
        ("NAME", "Vera"),
        ("GEO", "Sherman Avenue"),
    ],
    note="obituary style: birthplace, home town, street, wife",
)
n(
    "en",
    "event",
    "Join us for our spring Service of Remembrance, Sunday, April 27, 2 pm at Riverside Church. We'll read the names of those we cared for this past year — families, let us know by April 15 if you'd like your loved one's name read.",
    "memorial service dates; no one named",
)

p(
    "en",
    "milestone_birthday",
    "90 years young and still beating our chaplain at checkers ♟️ happy birthday, Mr. Fong! #OrchardHouse",
    [("AGE", "90"), ("NAME", "Fong")],
    note="age opens the post; surname after 'Mr.'; site hashtag",
)
n(
    "en",
    "event",
    "Our chaplain Father Mike Riordan will lead a blessing of the animals at Orchard House on Oct. 4 (feast of St. Francis). Bring your dogs, cats, goats and, yes, last year someone brought a llama. 🐐",
    "chaplain and a saint; event date",
)
p(
    "en",
    "patient_story",
    "It took three nurses, a hospital bed on wheels and one very understanding cop, but on August 2 Maggie got to see the fireworks over the river from the marina one last time. 🎆 Her husband Ted held the flashlight.",
    [("DATE", "August 2"), ("NAME", "Maggie"), ("NAME", "Ted")],
    note="date of a wish outing; husband",
)
n(
    "en",
    "hospital_contact",
    "Reminder: our 24-hour nurse line is (541) 555-0141. Not sure if it's an emergency? Call us first — a nurse will answer, day or night, holidays included.",
    "hospice phone",
)
p(
    "en",
    "thank_you",
    "Thank you @the_ruizfamily_hr for the 40 dozen tamales you brought for our staff holiday party in memory of your mom! 🫔 We think of Carmen every time the pot comes out.",
    [("OTHER_ID", "@the_ruizfamily_hr"), ("NAME", "Carmen")],
    note="family's social handle; the late patient's first name",
)
n(
    "en",
    "sponsor",
    "The Ruiz Family Room at Orchard House was renovated this spring thanks to a gift from Dr. and Mrs. Antonio Ruiz. Families now have a kitchenette, a fold-out couch and a window onto the pear trees.",
    "donors who name a room",
)
p(
    "en",
    "patient_story",
    "Some of you know our longtime aide Donna Fiske as the one who always had a granola bar in her pocket for you. This spring Donna became one of our patients. She asked us to tell you she's 'doing fine, just slower,' and that visitors are welcome at her place in Mosier. 💛",
    [("NAME", "Donna Fiske"), ("NAME", "Donna", "*"), ("GEO", "Mosier")],
    note="a staff member who became a patient; home town",
)
n(
    "en",
    "eponymous_condition",
    "Huntington's disease runs in families, and so does the caregiving. Our social workers can connect you with the HDSA chapter in Portland and with respite care. You don't have to do this alone.",
    "eponymous condition",
)
p(
    "en",
    "milestone_birthday",
    "ROSE IS 99 TODAY 🌹🌹🌹 SHE WANTS EVERYONE TO KNOW SHE'S STILL GOT ALL HER OWN TEETH",
    [("NAME", "ROSE"), ("AGE", "99")],
    note="all caps; flower name",
)
n(
    "en",
    "health_tip",
    "Rose and lavender oils, soft blankets, a favorite record: small comforts that our aromatherapy volunteers bring to the bedside. Interested in volunteering? (541) 555-0145 🌹",
    "'Rose' is the flower at the start of a sentence",
)
p(
    "en",
    "patient_story",
    "Last cast. 🎣 Our patient Wade (he'd want us to say 'retired lineman, 38 yrs, never dropped a wire') spent Saturday on the Hood River with his grandsons Cody and Tyler. Three trout, all released, one very tired grandpa.",
    [("NAME", "Wade"), ("NAME", "Cody"), ("NAME", "Tyler")],
    note="first name is a verb of fishing; 'the Hood River' is the river, not the town",
)
n(
    "en",
    "staff_spotlight",
    "Our longest-serving volunteer, Bea Carmody, is 94 and has been reading to patients since 1988. She says she'll stop 'when they pry the book out of my hands.' 📚 #VolunteerAppreciationWeek",
    "a volunteer's 90+ age is not labelled",
)
p(
    "en",
    "anonymous_story",
    "Shout-out to the neighbors at Columbia Terrace who helped us get a hospital bed up to Apt 3C in the rain last night. Our patient and her daughter say thank you. ☔",
    [("GEO", "Columbia Terrace"), ("OTHER_ID", "Apt 3C")],
    note="no name, but the patient's apartment complex and apartment number",
)
n(
    "en",
    "staff_spotlight",
    "Pictured: our Kestrel Kids team at the Hood River Walk for Kids' Cancer, with mascot Kestrel Kenny. 📸 Thank you to everyone who walked!",
    "photo of staff; mascot name",
)
p(
    "en",
    "memorial",
    "services for leland 'lee' marsh will be friday the 14th at 11 at the odd fellows hall. lee lived his whole life in wamic, was on our service for 2 years and taught every nurse to tie a fly. 🎣",
    [("NAME", "leland 'lee' marsh"), ("NAME", "lee", "*"), ("DATE", "14th"), ("GEO", "wamic")],
    note="all lower case; date of the patient's funeral; home town",
)
n(
    "en",
    "event",
    "This Saturday's Memory Bear workshop: bring a shirt, a flannel, a favorite sweater from someone you've lost, and our volunteers will help you sew it into a bear. 🧸 The Willow Room, 10–2.",
    "grief event",
)
p(
    "en",
    "discharge",
    "Bittersweet send-off from the palliative unit today: Mrs. Delacroix is moving to her daughter's home in Bend to be near the grandbabies. Bon voyage, Mrs. D! 🚗",
    [("NAME", "Delacroix"), ("GEO", "Bend"), ("NAME", "D")],
    note="surname and an initial after 'Mrs.'; daughter's city is a common word",
)
n(
    "en",
    "staff_spotlight",
    "Happy 100th birthday to Grandma Vi, our CEO Laura's grandmother, who turned 100 in Spokane this weekend! Laura says Vi still beats her at rummy. 🎂",
    "a staff member's own grandmother; her 100th is not a patient's age",
)
p(
    "en",
    "memorial",
    "One year ago today we said goodbye to Micah. He was 4, and he loved garbage trucks. This morning the city sanitation crew drove his route past his mom's house on Montello Avenue and honked twice. 💙🚛",
    [("NAME", "Micah"), ("GEO", "Montello Avenue")],
    note="pediatric anniversary (relative date not labelled); the family's street",
)
n(
    "en",
    "campaign_hashtag",
    "We're proud to be a We Honor Veterans Level 5 partner. 🇺🇸 Every veteran on our service is offered a pinning ceremony, and our veteran volunteers are there to salute. #WeHonorVeterans",
    "program and campaign hashtag",
)
p(
    "en",
    "patient_story",
    "Pictured: Abe and Minnie Goldfarb, married 70 years this week, renewing their vows in the Orchard House chapel. 💕 Abe is 97. Minnie says she's 'younger, but not by much.'",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Abe", "*"),
        ("NAME", "Minnie Goldfarb"),
        ("NAME", "Minnie", "*"),
        ("AGE", "97"),
    ],
    note="photo caption of the patient and his wife; shared surname; 90+ age",
)
n(
    "en",
    "health_tip",
    "Ask the Nurse: What's the difference between palliative care and hospice? Palliative care can start at diagnosis and go alongside treatment. Hospice is for when the focus shifts to comfort. Both are about you, not your disease.",
    "general information",
)
p(
    "en",
    "patient_story",
    "Thank you, Deputy Hollis, for escorting the Andersen family's motorcade so that Karl could drive past his hardware store in Stevenson one last time. 🚓",
    [("NAME", "Andersen"), ("NAME", "Karl"), ("GEO", "Stevenson")],
    note="the deputy is not a patient; the patient's work town looks like a surname",
)
n(
    "en",
    "statistic",
    "Our hospice aides drive about 14,000 miles a month through the Gorge, from Cascade Locks to Goldendale. This winter, please give them a wave (and a brake). ❄️🚗",
    "service area towns",
)
p(
    "en",
    "pasted_record",
    "ugh can someone from billing call me — Eileen's family says the statement is wrong. Pt: Eileen Tuttle, acct 44-219087, Medicare Adv ID XJK884120337, svc 2/3–2/28",
    [
        ("NAME", "Eileen"),
        ("NAME", "Eileen Tuttle"),
        ("ACCOUNT", "44-219087"),
        ("HEALTH_PLAN", "XJK884120337"),
        ("DATE", "2/3"),
        ("DATE", "2/28"),
    ],
    note="internal message posted by mistake: account, health plan id, service dates",
)
n(
    "en",
    "public_figure",
    "'The most beautiful people we have known are those who have known defeat, known suffering, known struggle, known loss.' — Elisabeth Kübler-Ross. Our grief groups meet every week. You don't have to find your way alone.",
    "historical figure quoted",
)
p(
    "en",
    "thank_you",
    "Thank you to everyone who gave to the Hank Sorensen Memorial Fund! Hank spent his last month at Orchard House, and his wife Dot wanted the money to go to a new porch swing. It's installed — come sit. 🪑",
    [("NAME", "Hank Sorensen"), ("NAME", "Hank", "*"), ("NAME", "Dot")],
    note="a fund named for a patient the post says was ours; wife's short word-name",
)
n(
    "en",
    "recruitment",
    "The Nora Tillman Nursing Scholarship is open! Nora was our first director of nursing in 1979; the $2,500 award goes to a Gorge student studying nursing. Apply by March 1.",
    "scholarship named for a former staff member; deadline date",
)
p(
    "en",
    "patient_story",
    "Hey Mike Kessler — the guys from Engine 4 are stopping by Room 6 at 3 tomorrow to say hi. Don't tell your wife. 🚒😉",
    [("NAME", "Mike Kessler"), ("OTHER_ID", "Room 6")],
    note="patient addressed directly; fire engine unit is not an id",
)
n(
    "en",
    "staff_spotlight",
    "Chaplain's corner: Rabbi Leah Stern on sitting shiva, and on what to say (and what not to say) to someone who is grieving. Read it on our blog: cghospice.org/blog",
    "chaplain; hospice domain",
)
p(
    "es",
    "milestone_birthday",
    "Doña Chelo cumplió 90 años en su cuarto de Orchard House (cuarto 8) y pidió menudo para todo el personal. 🎂 Gracias, doña Chelo, por alimentarnos a nosotros.",
    [("NAME", "Chelo", "*"), ("AGE", "90"), ("OTHER_ID", "cuarto 8")],
    note="nickname after 'doña'; 90th birthday; room",
)
n(
    "es",
    "eponymous_condition",
    "¿Cuidando a un ser querido con Parkinson? Los jueves a las 10 a.m. tenemos un grupo de apoyo en español en The Willow Room. Café y pan dulce. 💚",
    "eponymous condition; grief-center group",
)
p(
    "es",
    "thank_you",
    "compartimos con permiso: 'gracias a todos los que acompañaron a mi tío pancho en sus últimos días en su casa de mosier. la familia gutierrez les agradece de corazón 🙏'",
    [("NAME", "pancho"), ("GEO", "mosier"), ("NAME", "gutierrez")],
    note="lower case; nickname; home town; family surname",
)
n(
    "es",
    "staff_spotlight",
    "Nuestra capellana, la hermana Lucía Paredes, celebra 25 años de vida religiosa. Gracias, hermana Lucía, por rezar con tantas familias en su idioma. 🙏",
    "chaplain; 'hermana' is a religious title, not kinship",
)
p(
    "es",
    "memorial",
    "La pequeña Milagros nació el 25 de diciembre, en plena Navidad, y hoy la despedimos con el corazón roto. 💜 Sus papás, Edgar y Yadira, nos pidieron compartir que su milagro duró 11 meses.",
    [
        ("NAME", "Milagros"),
        ("DATE", "25 de diciembre"),
        ("DATE", "Navidad"),
        ("NAME", "Edgar"),
        ("NAME", "Yadira"),
    ],
    note="name is the word 'miracles'; birthday named twice; parents",
)
n(
    "es",
    "event",
    "Luz, paz y memoria. 🕯️ El 2 de noviembre encenderemos velas en el jardín de Orchard House por todas las personas que hemos acompañado este año. Acompáñenos.",
    "'Luz' at the start looks like a name; event date",
)
p(
    "es",
    "patient_story",
    "Gracias a la familia Herrera Solís por este video tan bonito: don Aurelio, de 95 años, bailando con su bisnieta en el patio de su casa en la calle Wasco. 💃🎥",
    [
        ("NAME", "Herrera Solís"),
        ("PHOTO", "video"),
        ("NAME", "Aurelio"),
        ("AGE", "95"),
        ("GEO", "calle Wasco"),
    ],
    note="two-part family surname; the video shows the patient; street named like a county",
)
n(
    "es",
    "health_tip",
    "¿Sabía usted? En Oregón, la ley de Muerte con Dignidad es distinta de los cuidados de hospicio. Nuestro equipo puede explicarle sus opciones con respeto. Llame al (541) 555-0149.",
    "general information",
)
p(
    "es",
    "memorial",
    "Hoy despedimos a Socorro, 'la reina de las tortillas' de Dufur. Socorro llegó a Oregón en 1971 y crió a ocho hijos en el campo. A sus hijos Rubén, Alma y Lety, todo nuestro cariño. 🌹",
    [
        ("NAME", "Socorro", "*"),
        ("GEO", "Dufur"),
        ("NAME", "Rubén"),
        ("NAME", "Alma"),
        ("NAME", "Lety"),
    ],
    note="word-names ('Socorro', 'Alma'); home town; children",
)
n(
    "es",
    "recruitment",
    "Buscamos voluntarios bilingües en Odell y Parkdale para acompañar a familias. No necesita experiencia, solo corazón. Próxima capacitación: 10 y 11 de enero. 📞 (541) 555-0145",
    "service-area towns; training dates",
)

p(
    "en",
    "memorial",
    "June passed in June, the same month she was born, with her three daughters singing Patsy Cline off-key at the bedside. June, we'll think of you every time 'Crazy' comes on. 🎶",
    [("NAME", "June", 1), ("DATE", "June", 2), ("NAME", "June", 3)],
    note="the name is also the month of her death; the singer is a public figure",
)
n(
    "en",
    "campaign_hashtag",
    "May is Older Americans Month! 🌸 Our home health team visits hundreds of seniors on May Street, in Odell, up in Parkdale and everywhere in between. Thank you for letting us into your homes. #OlderAmericansMonth",
    "awareness month; a street and towns of the service area, tied to no one",
)
p(
    "en",
    "patient_story",
    "Pear harvest came to Mr. Yamada this year. 🍐 He couldn't get out to the rows on Neal Creek Road anymore, so his crew brought a bin of Comice to his bedroom window. Thank you to the whole Yamada Farms crew!",
    [("NAME", "Yamada", "*"), ("GEO", "Neal Creek Road")],
    note="the family farm carries the patient's surname (NAME each time); his road",
)
n(
    "en",
    "statistic",
    "Our bereavement team sends about 3,000 letters a year to families during the 13 months after a death. If you'd like to stop receiving them, or to start, call (541) 555-0143.",
    "statistic; hospice line",
)
p(
    "en",
    "anonymous_story",
    "A gentleman on our service died on Thanksgiving morning with the parade on TV and his whole family in the kitchen making pie. His daughter told us, 'That's exactly how he'd have planned it.' 🦃",
    [("DATE", "Thanksgiving")],
    note="anonymous, but the holiday on which he died",
)
n(
    "en",
    "hospital_contact",
    "Thanksgiving hours: our offices close Thursday, Nov. 27, but our nurses never do. 24-hour line: (541) 555-0141. Grateful for every family who lets us in. 🦃",
    "holiday closure date",
)
p(
    "en",
    "patient_story",
    "she did it!!! 🪂 @skydiving_nana_pat jumped at 13,000 ft this morning, 4 months into hospice. her granddaughter jumped with her. we are speechless #bucketlist",
    [("OTHER_ID", "@skydiving_nana_pat")],
    note="the patient appears only as her social handle",
)
n(
    "en",
    "public_figure",
    "Someone asked why our logo is a kestrel. 🪶 Our founder, Ruth Kestrel-Dunn, started our pediatric program in 1996 after losing her son. We carry the name to remember why we do this.",
    "program named for its founder; a staff member's own loss",
)
p(
    "en",
    "patient_story",
    "Wes Calloway, 91, Navy, USS Missouri. Our volunteer vets pinned him this morning in his living room on Frankton Road while his great-grandkids watched from the couch. ⚓🇺🇸",
    [("NAME", "Wes Calloway"), ("AGE", "91"), ("GEO", "Frankton Road")],
    note="terse pinning post; ship not labelled; his road",
)
n(
    "en",
    "staff_spotlight",
    "'Missouri' might be a ship, a state and a song — today it's the name of our new therapy dog! Missouri (Missy) is a 3-year-old golden retriever who'll visit Orchard House on Tuesdays. 🐕",
    "therapy dog with a nickname",
)
p(
    "en",
    "memorial",
    "We want to tell you about Ines.\n\nInes Varga came to the United States from Hungary in 1957 with a suitcase and a violin. She taught middle-school music for 31 years, and half of Hood River learned 'Ode to Joy' from her.\n\nIn her last week at Orchard House, five of her former students — now grown, two of them with kids of their own — came and played for her in the sunroom. Ines conducted from her bed.\n\nThank you, Ines. 🎻",
    [("NAME", "Ines Varga"), ("NAME", "Ines", "*"), ("GEO", "Hood River")],
    note="the hospice's own town is here the patient's town; countries and years not labelled",
)
n(
    "en",
    "event",
    "Our music therapist Ines Aldana will lead a drumming circle for grieving teens, Wednesday March 12 at The Willow Room. No experience needed. 🥁",
    "staff member; event date",
)
p(
    "en",
    "pasted_record",
    "Caregiver sched for Mr. & Mrs. Oyelaran — 1893 Belmont Ave #2 — key in lockbox — dog is friendly (Bruno). Wife Funmi handles meds. Home ph 541-555-0134.",
    [
        ("NAME", "Oyelaran"),
        ("GEO", "1893 Belmont Ave #2"),
        ("NAME", "Funmi"),
        ("PHONE", "541-555-0134"),
    ],
    note="same street as the main office, another number; the dog is a pet",
)
n(
    "en",
    "crisis_update",
    "Belmont Avenue construction alert 🚧 Visitors to our main office at 1420 Belmont Avenue should use the side entrance off 13th Street through Friday.",
    "hospice's own address",
)
p(
    "en",
    "patient_story",
    "Welcome back, Carol! After her husband Jim died on our service last spring, Carol joined our Loss of a Spouse group — and this week she started leading it. 💛",
    [("NAME", "Carol", "*"), ("NAME", "Jim")],
    note="a group leader who is a patient's widow; 'last spring' is relative",
)
n(
    "en",
    "anonymous_story",
    "Last spring our grief groups served 184 people. One widow told us: 'I came for the coffee. I stayed because nobody told me to move on.' ☕",
    "anonymous quote",
)
p(
    "en",
    "memorial",
    "Tiny weighed 280 pounds, rode a Harley to every chemo appointment, and asked us to play Lynyrd Skynyrd at his bedside. We did. Freebird, all nine minutes. Ride on, Tiny. 🏍️",
    [("NAME", "Tiny", "*")],
    note="ironic nickname that is an adjective; band not labelled",
)
n(
    "en",
    "event",
    "Tiny hands, big hearts: our Kestrel Kids volunteers knitted 60 hats for babies in the NICU at Gorge Regional this winter. 🧶",
    "'Tiny' is an adjective at the start",
)
p(
    "en",
    "patient_story",
    "The family of Walter Funk is asking friends to call his son Jerry at (509) 555-0199 rather than the house. Walter is resting comfortably at Orchard House. Please respect their privacy. 🙏",
    [
        ("NAME", "Walter Funk"),
        ("NAME", "Walter", "*"),
        ("NAME", "Jerry"),
        ("PHONE", "(509) 555-0199"),
    ],
    note="son's phone in the same format as the hospice numbers",
)
n(
    "en",
    "recruitment",
    "Our Kestrel Kids program is looking for a pediatric RN who can drive to Goldendale, Lyle and Klickitat. Full time, benefits day one. kestrelkids.org/jobs",
    "towns of the service area; 'Lyle' looks like a first name",
)
p(
    "en",
    "patient_story",
    "On November 11, Veterans Day, our team pinned Cpl. Ernest 'Ernie' Lujan, U.S. Marine Corps, at his home in Rufus. His granddaughter Serena read his citation aloud. Semper Fi, Ernie.",
    [
        ("DATE", "November 11"),
        ("DATE", "Veterans Day"),
        ("NAME", "Ernest 'Ernie' Lujan"),
        ("NAME", "Ernie", "*"),
        ("GEO", "Rufus"),
        ("NAME", "Serena"),
    ],
    note="the date of his own pinning, named twice; home town looks like a first name",
)
n(
    "en",
    "staff_spotlight",
    "Rufus the therapy dog is retiring! 🐶 After 9 years of visiting patients at Orchard House, Rufus will spend his days napping with his owner, our volunteer Kay. Thank you, Rufus.",
    "dog named like a town; volunteer",
)
p(
    "en",
    "patient_story",
    "ok we have to share this. last week our patient gloria asked our aide if she could have one more slice of the huckleberry pie from the little cafe in parkdale where she waitressed for 40 years. the cafe owner brought the WHOLE PIE. gloria ate two slices. 🥧",
    [("NAME", "gloria", "*"), ("GEO", "parkdale")],
    note="lower case; town she worked in",
)
n(
    "en",
    "staff_spotlight",
    "Our nurse Gloria Tran was just named Home Health Nurse of the Year by the Oregon Association for Home Care! 🏆 Gloria has been with us since 2011 and covers the Upper Valley.",
    "staff award; region she covers",
)
p(
    "en",
    "anonymous_story",
    "Huge thank you to the son of our patient in bed 4B on the palliative unit, who fixed the unit's broken ice machine at 2 a.m. while visiting his dad. Legend. 🧊",
    [("OTHER_ID", "bed 4B")],
    note="no name; a bed number identifies the patient",
)
n(
    "en",
    "anonymous_story",
    "Fun fact: the ice machine on the palliative unit has now been fixed by a visitor, a maintenance tech and, once, a chaplain. 😂 Thank you, Gorge Regional facilities team!",
    "no identifier",
)
p(
    "en",
    "milestone_birthday",
    "Born February 29, 1928, Leap Day, Opal says she's only 24 and a bit. 🎂 Happy birthday to our favorite Orchard House resident!",
    [("DATE", "February 29, 1928"), ("DATE", "Leap Day"), ("NAME", "Opal")],
    note="birth date named twice; the leap-year 'age' is under 90",
)
n(
    "en",
    "eponymous_condition",
    "Leap Day, Feb. 29, is Rare Disease Day. 💜 To the Kestrel Kids families living with Batten, Krabbe, Rett and conditions most people have never heard of: we see you.",
    "awareness day; eponymous conditions",
)
p(
    "en",
    "patient_story",
    "Many of you have asked how to help the Pham family. Bao has been on our service since January, and his wife Thuy is caring for him at home while running their food truck. Their nephew set up gofundme.com/f/help-bao-and-thuy 🙏\n\nPhoto: Bao and Thuy at the truck last summer.",
    [
        ("NAME", "Pham"),
        ("NAME", "Bao", "*"),
        ("DATE", "January"),
        ("NAME", "Thuy", "*"),
        ("URL", "gofundme.com/f/help-bao-and-thuy"),
        ("PHOTO", "Photo"),
    ],
    note="admission month; fundraiser URL with the names in lower case; photo of the patient",
)
n(
    "en",
    "sponsor",
    "Food trucks + a good cause = 🤤 The Gorge Food Truck Rally on Saturday, Aug. 16 supports our Kestrel Kids program. Thank you, Pho Real, Tacos El Gordo and Big Winds BBQ!",
    "sponsors; event date",
)
p(
    "en",
    "patient_story",
    "If you see a green '78 Ford pickup, Oregon plate 419 BDQ, parked outside Orchard House all week, that's Hal's. His son drives it over every morning so Hal can see it from his window. 🛻",
    [("VEHICLE", "419 BDQ"), ("NAME", "Hal", "*")],
    note="licence plate of the patient's truck; short first name",
)
p(
    "es",
    "memorial",
    "Nuestra querida Paz Villaseñor se fue en paz el domingo, como ella quería, en su casa de Hood River. Paz, gracias por enseñarnos a hacer atole. 🕊️",
    [("NAME", "Paz Villaseñor"), ("NAME", "Paz", "*"), ("GEO", "Hood River")],
    note="name is the word 'paz' in the same sentence; hospice town as home town",
)
n(
    "es",
    "event",
    "La Virgen de Guadalupe se celebra el 12 de diciembre. En Orchard House tendremos mañanitas a las 6 a.m. para pacientes, familias y personal. ¡Todos bienvenidos! 🌹",
    "religious figure; event date",
)
p(
    "es",
    "milestone_birthday",
    "Lupe nació el 12 de diciembre, día de la Virgen de Guadalupe, y por eso se llama así. Hoy cumplió 97 años en Orchard House, con mariachi y sus 14 bisnietos. 🎉",
    [
        ("NAME", "Lupe"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("AGE", "97"),
    ],
    note="birthday named twice, the holiday containing a name; 90+ age",
)
n(
    "es",
    "health_tip",
    "Recordatorio para familias: si su ser querido tiene Medicaid (OHP), no necesita pagar nada por el hospicio. Pregunte a su trabajadora social. 📋",
    "general information",
)
p(
    "es",
    "patient_story",
    "Santi tiene 7 años y su deseo era conocer a un bombero de verdad. 🚒 Hoy los bomberos llegaron a su casa en Cascade Locks con el camión, sirena y todo. Su mamá Araceli no dejaba de llorar. #SantiFuerte",
    [("NAME", "Santi"), ("GEO", "Cascade Locks"), ("NAME", "Araceli"), ("NAME", "#SantiFuerte")],
    note="pediatric wish; name inside a hashtag is its own span; mother",
)
n(
    "es",
    "sponsor",
    "Los bomberos de Hood River donaron 200 osos de peluche a Kestrel Kids. 🧸 ¡Gracias por cuidar a nuestros niños y a sus familias!",
    "sponsor; the town names the fire department",
)
p(
    "es",
    "thank_you",
    "Queremos agradecer a la familia Ventura por sus palabras: «Gracias por cuidar a nuestro papá Nicolás como si fuera de ustedes. Nunca lo olvidaremos.» — Rosa, Iván y Chuy Ventura",
    [
        ("NAME", "Chuy Ventura"),
        ("NAME", "Ventura", "*"),
        ("NAME", "Nicolás"),
        ("NAME", "Rosa"),
        ("NAME", "Iván"),
    ],
    note="family surname that is also a city; children sign",
)
n(
    "es",
    "staff_spotlight",
    "Nuestra voluntaria doña Rosa Benítez, de 91 años, teje cobijas para cada bebé de Kestrel Kids. ¡Gracias, doña Rosa! 🧶",
    "a volunteer with 'doña' and a 90+ age",
)
p(
    "es",
    "memorial",
    "nos escribe la hija de don Efraín: 'mi papá se fue el 16 de septiembre, justo en el día de la independencia, como buen mexicano 🇲🇽. gracias a la enfermera Sandra y al capellán por todo.'",
    [("NAME", "Efraín"), ("DATE", "16 de septiembre"), ("DATE", "día de la independencia")],
    note="death date named twice in lower case; the nurse is staff",
)

p(
    "en",
    "milestone_birthday",
    "Happy 100th to Mr. Clarence Bright! 💯 Clarence was born on the Fourth of July, so he's always had fireworks at his party. This year the volunteer fire department brought their own. 🎆",
    [
        ("AGE", "100th"),
        ("NAME", "Clarence Bright"),
        ("NAME", "Clarence", "*"),
        ("DATE", "Fourth of July"),
    ],
    note="surname is an adjective; birthday on a holiday",
)
n(
    "en",
    "health_tip",
    "Fourth of July reminder 🎆: fireworks can be terrifying for veterans with PTSD and for pets. If your neighbor is on hospice care, a heads-up knock goes a long way.",
    "holiday that is no patient's event",
)
p(
    "en",
    "staff_spotlight",
    "Our nurse Kim Aldridge writes: 'Last year you cared for my dad, Lloyd Aldridge, and I saw from the other side what this team does. This year I'm running the Pear Blossom 5K in his name.' 💙",
    [("NAME", "Kim Aldridge"), ("NAME", "Lloyd Aldridge")],
    note="a nurse who is a former patient's daughter: both labelled",
)
n(
    "en",
    "event",
    "Our nurse Kim Aldridge is running the Pear Blossom 5K for our Kestrel Kids program on April 12. Cheer her on or sponsor her at cghospice.org/5k! 🏃‍♀️",
    "the same nurse with no patient relation stated; event date",
)
p(
    "en",
    "discharge",
    "R.J. rang the 'graduation bell' on 6/30 after 8 months on hospice. Yes, people graduate from hospice. Yes, we cried. 🔔",
    [("NAME", "R.J."), ("DATE", "6/30")],
    note="initials only; discharge date",
)
n(
    "en",
    "statistic",
    "'Rang the bell' means something different on our palliative unit: every patient who leaves to go home gets to ring it. This year: 112 rings. 🔔 #PalliativeCare",
    "count, no individual",
)
p(
    "en",
    "patient_story",
    "Shoutout to the Orchard House night team, who set up a video call at 3 a.m. so that Mr. Aziz could hear his brother in Lahore recite the prayers one more time. 🤲",
    [("NAME", "Aziz"), ("GEO", "Lahore")],
    note="a relative's foreign city; 'video call' is not a photo of the patient",
)
n(
    "en",
    "health_tip",
    "Ramadan Mubarak 🌙 to our Muslim patients, families and team members. Our chaplains can help arrange an imam visit, and our kitchen at Orchard House can adjust meal times for suhoor and iftar.",
    "greeting to a population",
)
p(
    "en",
    "milestone_birthday",
    "#bobbysbirthdaywish: 1 more ride in a corvette. a stranger from the gorge car club said 'hold my keys.' bobby turned 92 in the passenger seat 🏎️",
    [("NAME", "#bobbysbirthdaywish"), ("NAME", "bobby"), ("AGE", "92")],
    note="lower-case name hashtag and name; 90+ age",
)
n(
    "en",
    "sponsor",
    "Gorge Car Club members: thank you for giving rides to 14 of our patients this summer! 🏎️ Yes, one of them asked to go 100. No, we will not say whether you did.",
    "'100' is a speed",
)
p(
    "en",
    "pasted_record",
    "From the equipment log (sorry, wrong screenshot!): Oxygen concentrator S/N 1403-88217-C delivered to Pt. Gundersen, 5 Hilltop Lane, Mosier, 97040, on 03/18.",
    [
        ("DEVICE", "1403-88217-C"),
        ("NAME", "Gundersen"),
        ("GEO", "5 Hilltop Lane"),
        ("GEO", "Mosier"),
        ("GEO", "97040"),
        ("DATE", "03/18"),
    ],
    note="device serial number; full address; delivery date",
)
n(
    "en",
    "staff_spotlight",
    "Our durable medical equipment team delivered 2,318 hospital beds, oxygen concentrators and wheelchairs last year — and picked every one of them back up. Thank you, Marco and Deb! 🚚",
    "staff first names",
)
p(
    "en",
    "patient_story",
    "A love story, shared with permission. 💌\n\nHelen and Ray met at a USO dance in 1951. He shipped out the next week; she wrote him 212 letters. Last month, their granddaughter Kelsey drove down from Yakima with the shoebox and read the letters aloud to Helen at her bedside, one a night.\n\nHelen died on the night Kelsey read the last one.",
    [("NAME", "Helen", "*"), ("NAME", "Ray"), ("NAME", "Kelsey", "*"), ("GEO", "Yakima")],
    note="late husband and granddaughter; granddaughter's city; bare year not labelled",
)
n(
    "en",
    "health_tip",
    "Our Legacy Letters volunteers help patients write letters to be opened on birthdays, graduations and weddings that they won't be there for. 💌 It's one of the hardest things we do, and one of the most beautiful.",
    "program description",
)
p(
    "en",
    "memorial",
    "ninety-four years, two wars, one wife, six kids, and zero patience for cold coffee. Godspeed, Sgt. Alvin Teague. 🇺🇸",
    [("AGE", "ninety-four"), ("NAME", "Alvin Teague")],
    note="age written out in lower case; rank outside",
)
n(
    "en",
    "staff_spotlight",
    "Sgt. Maria Torres of the Oregon National Guard joined our veterans volunteers at this week's pinning ceremonies. Thank you, Sgt. Torres, for honoring those who served before you. 🇺🇸",
    "a serving soldier who volunteers, written like a pinned veteran",
)
p(
    "en",
    "patient_story",
    "Biscuit the beagle would like everyone to know that he has been on Grandpa Ned's bed at Orchard House for six days straight and has no plans to leave. 🐶 (Ned agrees.)",
    [("NAME", "Ned", "*")],
    note="the pet leads the post; the patient is named after 'Grandpa'",
)
n(
    "en",
    "staff_spotlight",
    "Therapy dog update: Biscuit, Rufus and Missy all passed their annual evaluations. 🐾 Thank you to their handlers for the hundreds of hours they give our patients!",
    "pets only",
)
p(
    "en",
    "anonymous_story",
    "One of our patients in 98635 asked us to post this for the neighbor who has been mowing his lawn all summer without being asked: 'I know it's you, Dwight. Thank you.' 🌱",
    [("GEO", "98635")],
    note="the patient's ZIP; the neighbor is not a relative or household member",
)
n(
    "en",
    "hospital_contact",
    "ZIP codes we serve: 97031, 97041, 97044, 97058, 98672, 98635 and more. Not sure if you're in our area? Call (541) 555-0140.",
    "service-area ZIP codes tied to no one",
)
p(
    "en",
    "patient_story",
    "Former Hood River mayor Bill Yoder asked us to share that he's now on hospice, that he's 'not dead yet,' and that he'd still like his neighbors to stop parking in front of the fire hydrant. We love you, Bill. 🚒",
    [("GEO", "Hood River"), ("NAME", "Bill Yoder"), ("NAME", "Bill", "*")],
    note="a local public figure who is our patient; his own town",
)
n(
    "en",
    "public_figure",
    "Thank you to Mayor Dana Whitlock and the Hood River City Council for proclaiming November as Hospice and Palliative Care Month! 🏛️",
    "public official; awareness month",
)
p(
    "en",
    "patient_story",
    "Can someone please return the Bed 3 whiteboard marker? Mrs. Okoye is running a very serious Scrabble tournament and needs to keep score. 🎲",
    [("OTHER_ID", "Bed 3"), ("NAME", "Okoye")],
    note="bed number used as an adjective",
)
n(
    "en",
    "event",
    "Board game night for families in the Orchard House living room, Thursdays at 7. Scrabble, cribbage, dominoes. Our volunteer Ed is undefeated at cribbage and would like to be challenged. 🎲",
    "volunteer first name",
)
p(
    "en",
    "patient_story",
    "On the 3rd of May, after 72 years of saying 'someday,' Eleanor finally saw the tulips in the Skagit Valley. Her son Phil pushed her chair through every row. 🌷",
    [("DATE", "3rd of May"), ("NAME", "Eleanor"), ("NAME", "Phil")],
    note="date of a wish trip with article outside; the valley is a region, not GEO",
)
n(
    "en",
    "event",
    "The Skagit Valley Tulip Festival is this month! 🌷 If you're caring for someone at home and want an outing, our social workers can help with accessible transport options.",
    "public festival",
)
p(
    "en",
    "patient_story",
    "Sonny's last request: a burger from the drive-in on 2nd Street and a chocolate shake 'with the cherry, don't forget the cherry.' Our aide Marisol did not forget the cherry. 🍔🍒",
    [("NAME", "Sonny")],
    note="nickname; the drive-in's street is not the patient's; aide is staff",
)
n(
    "en",
    "sponsor",
    "Shout-out to the drive-in on 2nd Street for donating 50 burgers to our Orchard House families this month! 🍔",
    "sponsor",
)
p(
    "en",
    "patient_story",
    "Mr. Thorvaldsen would love to hear from the kids he taught shop to for 40 years! Send notes to his granddaughter at thor.memories@outlook.com and she'll read them to him. ✉️",
    [("NAME", "Thorvaldsen"), ("EMAIL", "thor.memories@outlook.com")],
    note="surname after 'Mr.'; the granddaughter's e-mail",
)
n(
    "en",
    "event",
    "The Wahtonka High School choir will sing carols at our palliative unit on Dec. 18 at 4 pm. Families are welcome to join in. 🎄",
    "event date",
)
p(
    "en",
    "memorial",
    "A. — the man who sat in the courtyard every morning with his crossword — died yesterday. His wife asked us to tell the other families: thank you for saying good morning.",
    [("NAME", "A")],
    note="a single initial that looks like the article",
)
n(
    "en",
    "sponsor",
    "A man walked into our office on Belmont last week with a check for $5,000 and a note: 'For the people who took care of my mother in 2019.' He wouldn't give his name. Thank you, whoever you are. 💛",
    "anonymous donor; bare year",
)
p(
    "es",
    "patient_story",
    "Don Lencho y doña Cata celebraron 70 años de casados en su cuarto del hospital (habitación 412, unidad paliativa) con pastel de tres leches. 💕 Se casaron el 6 de enero, Día de Reyes, en Jalisco.",
    [
        ("NAME", "Lencho"),
        ("NAME", "Cata"),
        ("OTHER_ID", "habitación 412"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
    ],
    note="nicknames after 'don'/'doña'; room; wedding date named twice; Mexican state not GEO",
)
n(
    "es",
    "event",
    "Este 6 de enero compartiremos rosca de reyes con las familias en The Willow Room. ¡A quien le salga el muñeco trae los tamales el 2 de febrero! 👑",
    "event dates",
)
n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Dolores Ibarra cumple 30 años en el hospicio. Dolores ha acompañado a cientos de familias del valle, siempre con una sonrisa. ¡Gracias, Dolores! 💐",
    "staff anniversary; word-name",
)
p(
    "es",
    "thank_you",
    "Querida familia Tzintzun: gracias por dejarnos acompañar a su mamá, la señora Josefina, en sus últimos días. Tenemos guardada la foto de ella con su nieto Axel en el huerto. 🌳",
    [("NAME", "Tzintzun"), ("NAME", "Josefina"), ("NAME", "Axel")],
    note="family surname; grandson; the photo mentioned is not attached, so no PHOTO",
)
n(
    "es",
    "health_tip",
    "¿Su familiar quiere morir en casa? Le explicamos cómo funciona el hospicio en casa, quién viene y con qué frecuencia. Llame al (541) 555-0149 o escriba a info@cghospice.org.",
    "hospice phone and e-mail",
)
n(
    "es",
    "event",
    "Día del Padre 💙 Para todos los papás que este año están en el cielo, y para los hijos que los extrañan: nuestro grupo de duelo en español se reúne el 19 de junio en The Willow Room.",
    "holiday and event date",
)
p(
    "es",
    "patient_story",
    "Hoy nuestro equipo de Kestrel Kids acompañó a Ximena (8 años) y a su familia a ver el mar por primera vez en Lincoln City. 🌊 Ximena dijo que el agua estaba 'helada pero bonita'. Gracias a su tío Rodrigo por manejar.",
    [("NAME", "Ximena", "*"), ("GEO", "Lincoln City"), ("NAME", "Rodrigo")],
    note="pediatric wish trip town; uncle",
)
n(
    "es",
    "sponsor",
    "La pequeña biblioteca de Orchard House tiene libros en español para niños en duelo. 📚 Gracias a la librería Mi Tierra de Hood River por la donación.",
    "'La pequeña' describes the library, not a child; sponsor",
)

p(
    "en",
    "pasted_record",
    "PLEASE GIVE TO FAMILY: HOSPICE DISCHARGE — KOVACS, STELLA — DISCHARGED 9/14 TO HOME (APT 7, RIVERVIEW COURT, THE DALLES) — FOLLOW UP HOME HEALTH",
    [
        ("NAME", "KOVACS, STELLA"),
        ("DATE", "9/14"),
        ("OTHER_ID", "APT 7"),
        ("GEO", "RIVERVIEW COURT"),
        ("GEO", "THE DALLES"),
    ],
    note="all caps; discharge date; apartment; complex; a hospice site's town as home town",
)
n(
    "en",
    "crisis_update",
    "Smoke advisory for The Dalles and Mosier today. If you or someone you care for has COPD or heart failure, keep windows closed and call our 24-hour line with any breathing concerns: (541) 555-0141.",
    "towns under an advisory, tied to no one",
)
p(
    "en",
    "patient_story",
    "Twin brothers Eli and Asa, 7, said goodbye to their grandpa Gordon this week. Our child-life team helped them trace their hands on a card to tuck in beside him. 🖐️🖐️",
    [("NAME", "Eli"), ("NAME", "Asa"), ("NAME", "Gordon")],
    note="grandchildren named first; the patient after 'grandpa'",
)
n(
    "en",
    "health_tip",
    "Kids grieve too, and they grieve differently. 🧒 Our Kestrel Kids child-life specialists work with children ages 3–17 whose parent, sibling or grandparent is on hospice. Call (541) 555-0156.",
    "general information",
)
p(
    "en",
    "memorial",
    "Mabel Iverson went home to Jesus on Easter Sunday, April 20, surrounded by her church choir, who sang 'How Great Thou Art' in the hallway of our palliative unit. She was 102. 🕊️",
    [("NAME", "Mabel Iverson"), ("DATE", "Easter Sunday"), ("DATE", "April 20"), ("AGE", "102")],
    note="death day named twice (holiday containing a weekday); 100+ age",
)
n(
    "en",
    "event",
    "Easter brunch for families at Orchard House, Sunday, April 20, 10 am. Our chaplains will offer a short service in the garden for anyone who'd like it. 🐣",
    "the same date as an event date",
)
p(
    "en",
    "patient_story",
    "day 41 of #WalkWithWinnie 🚶‍♀️ winnie made it to the end of the hall and back TWICE today. her PT says she's showing off. her husband says she's always been like this",
    [("NAME", "#WalkWithWinnie"), ("NAME", "winnie")],
    note="name hashtag that looks like a campaign; lower-case name",
)
n(
    "en",
    "campaign_hashtag",
    "#WalkWithHospice is back! 🚶 Join our team at Hood River Waterfront Park on May 17 and walk in honor of someone you love. Register at cghospice.org/walk",
    "campaign hashtag; event date and venue",
)
p(
    "en",
    "pasted_record",
    "PLEASE DELETE — posted in error: 'Pt Harlow, Dean E., SSN 544-61-0927, Medicare, admitted 8/22, spouse Patricia.'",
    [("NAME", "Harlow, Dean E"), ("SSN", "544-61-0927"), ("DATE", "8/22"), ("NAME", "Patricia")],
    note="social security number; admission date; spouse",
)
n(
    "en",
    "crisis_update",
    "Scam alert ⚠️ We will never call you to ask for a Social Security number or Medicare number over the phone. If someone claiming to be from Columbia Gorge Hospice does, hang up and call us at (541) 555-0140.",
    "mentions identifier types, no values",
)
p(
    "en",
    "memorial",
    "For Marisa, whose little boy Jonah died on our service two years ago today: we're thinking of you, and of Jonah, and of the superhero cape he never took off. 🦸",
    [("NAME", "Marisa"), ("NAME", "Jonah", "*")],
    note="the mother is named first; relative date not labelled",
)
n(
    "en",
    "event",
    "Every year on the second Sunday of December, families around the world light a candle at 7 pm for children who have died. Join us at The Willow Room for the Worldwide Candle Lighting. 🕯️",
    "public remembrance event",
)
p(
    "en",
    "thank_you",
    "A note left in our guest book: 'Thank you for the manicure, the roses and the patience. Mom felt like a queen. — Lorena (Salem) & Dave (Boise)'",
    [("NAME", "Lorena"), ("GEO", "Salem"), ("NAME", "Dave"), ("GEO", "Boise")],
    note="children sign with their cities in parentheses",
)
n(
    "en",
    "staff_spotlight",
    "Welcome to our new chaplain, Rev. Salem Haddad! 🙏 Salem comes to us from a hospital chaplaincy in Boise and speaks English, Arabic and 'enough Spanish to get in trouble.'",
    "chaplain named like a city; staff member's former city",
)
p(
    "en",
    "patient_story",
    "Amos is 97 and has outlived three dogs, two wives and a Buick. Today he told our social worker he'd like to outlive 'at least one more Buick.' We're rooting for you, Amos. 🚗",
    [("NAME", "Amos", "*"), ("AGE", "97")],
    note="90+ age",
)
n(
    "en",
    "research",
    "New study in the Journal of Palliative Medicine: patients who enrolled in hospice earlier had fewer hospital stays in their final month. Our medical director Dr. Okonkwo explains what it means for families on our blog.",
    "research news; staff doctor",
)
p(
    "en",
    "patient_story",
    "Three years ago Tomás fell from a ladder in an orchard off Highway 35 and broke his back. This year, on our service, he asked to go back one more time. The growers closed the rows for an afternoon so he could sit under the Bartletts. 🍐",
    [("NAME", "Tomás"), ("GEO", "Highway 35")],
    note="the road where the injury happened",
)
n(
    "en",
    "health_tip",
    "Orchard safety matters 🍐 Ladder falls send dozens of Gorge farm workers to the ER every harvest. Our home health PTs help injured workers recover at home. Se habla español.",
    "population",
)
p(
    "en",
    "patient_story",
    "Room 418 on the palliative unit has the best view of Mt. Hood, and this week it belongs to a retired smokejumper named Curt who says he's 'jumped out of better windows.' 🏔️",
    [("OTHER_ID", "Room 418"), ("NAME", "Curt")],
    note="room number opens the post; short name",
)
n(
    "en",
    "anonymous_story",
    "The view from Room 418 on our palliative unit this morning. 🏔️ Mt. Hood showed up for everyone today.",
    "a room number tied to no patient",
)
p(
    "en",
    "thank_you",
    "Cards for the Delgado-Reyes family can be dropped at our front desk, or mailed to PO Box 114, Mosier, OR 97040.",
    [("NAME", "Delgado-Reyes"), ("GEO", "PO Box 114"), ("GEO", "Mosier"), ("GEO", "97040")],
    note="hyphenated family surname; the family's mailing address",
)
n(
    "en",
    "sponsor",
    "Sympathy cards, donations and memorial gifts can be mailed to the Columbia Gorge Hospice Foundation, 1420 Belmont Avenue, Hood River, OR 97031, or made at cghospice.org/give.",
    "hospice's own mailing address",
)
p(
    "en",
    "patient_story",
    "Found in the Orchard House parking lot: an Oregon driver license, #7391024, belonging to one of our patients' sons. Please come by the front desk, Mr. Brandt!",
    [("LICENSE", "7391024"), ("NAME", "Brandt")],
    note="a patient's son: licence number and surname",
)
n(
    "en",
    "hospital_contact",
    "Parking at Orchard House is free for families, and we have two EV chargers. Please leave the spaces nearest the door for ambulances and our nurses. 🚗",
    "hospice site",
)
p(
    "en",
    "thank_you",
    "THANK YOU ORCHARD HOUSE FROM THE WHOLE NAKAMURA CLAN — GRANDPA SHIG WOULD HAVE LOVED THE PARTY 🎉",
    [("NAME", "NAKAMURA"), ("NAME", "SHIG")],
    note="all caps; family surname and nickname",
)
n(
    "en",
    "event",
    "Our annual Volunteer Appreciation Party is April 24! 🎉 Nominations for Volunteer of the Year are open through April 1 — tell us about the volunteer who made a difference for your family.",
    "event dates",
)
p(
    "en",
    "anonymous_story",
    "Our oldest patient this year was born when Woodrow Wilson was president and still does the crossword in pen. She turns 107 next Tuesday. 🖊️",
    [("AGE", "107")],
    note="no name; 100+ age; the president is a public figure",
)
n(
    "en",
    "health_tip",
    "National Crossword Day 🖊️ Our volunteers' favorite way to spend an afternoon with a patient. What's a 7-letter word for 'kindness'? (Answer: hospice. Close enough.)",
    "awareness day",
)
p(
    "en",
    "thank_you",
    "Marvin's wife Jean asked us to say thank you to the Grange ladies for the 40 casseroles. Jean would like to know who made the one with the potato chips on top. Marvin would like seconds. 😂",
    [("NAME", "Marvin", "*"), ("NAME", "Jean", "*")],
    note="patient as a possessive; wife",
)
n(
    "en",
    "sponsor",
    "A big thank-you to the Pine Grove Grange, who hosted our Holiday Grief workshop for free this year. 🎄",
    "community venue, not a patient's place",
)
p(
    "en",
    "memorial",
    "Pictured: the heartbeat bear our volunteers sewed for Kenji's sister from his favorite Mariners shirt. 🧸⚾ Kenji was 11.",
    [("NAME", "Kenji", "*")],
    note="the photo shows an object, not the patient, so no PHOTO",
)
n(
    "en",
    "campaign_hashtag",
    "#NoOneDiesAlone 🕯️ Our 11th Hour volunteers sit with patients who have no family nearby, so that no one dies alone. Training starts Feb. 3: (541) 555-0145.",
    "campaign hashtag; training date",
)
p(
    "es",
    "milestone_birthday",
    "La abuelita Nati cumplió noventa y tres años y pidió una sola cosa: escuchar a Vicente Fernández con todos sus nietos. 🎶 Feliz cumpleaños, Nati.",
    [("NAME", "Nati", "*"), ("AGE", "noventa y tres")],
    note="age in words; 'abuelita' outside; the singer is a public figure",
)
n(
    "es",
    "sponsor",
    "Vicente Fernández cantó «Volver, volver», y nuestros pacientes la siguen pidiendo. 🎶 Gracias a los músicos voluntarios del Mariachi Juvenil de Hood River por visitar Orchard House.",
    "public figure; volunteers",
)
p(
    "es",
    "memorial",
    "Roberto, o 'el Güero' como le decían en la huerta, trabajó 45 años en los árboles de Odell. Falleció el 30 de octubre. Descansa, Güero. 🍎",
    [("NAME", "Roberto"), ("NAME", "Güero", "*"), ("GEO", "Odell"), ("DATE", "30 de octubre")],
    note="nickname with article outside; town he worked in; death date",
)
n(
    "es",
    "health_tip",
    "En octubre es el mes de la concientización sobre el cáncer de mama. 🎀 Si tiene preguntas sobre cuidados paliativos, hable con nuestra enfermera bilingüe, Lourdes, al (541) 555-0149.",
    "awareness month; nurse",
)
p(
    "es",
    "memorial",
    "Para Yolanda y sus hijos, que hoy cumplen un año sin don Ramiro: ayer en la misa de aniversario su nieta Fátima leyó la carta que él dejó. 💌 Aquí estamos para ustedes.",
    [("NAME", "Yolanda"), ("NAME", "Ramiro"), ("NAME", "Fátima")],
    note="widow named first; granddaughter",
)
n(
    "es",
    "event",
    "Un año sin ti. 💔 Nuestro taller para familias que cumplen el primer aniversario de una pérdida será el sábado 8 de marzo en The Willow Room.",
    "event date",
)
p(
    "es",
    "milestone_birthday",
    "Mil gracias a los vecinos de la calle Montello que le cantaron las mañanitas a doña Herminia desde la banqueta. Cumplió 104. 🌹🎂",
    [("GEO", "calle Montello"), ("NAME", "Herminia"), ("AGE", "104")],
    note="her street; 100+ age",
)
n(
    "es",
    "recruitment",
    "¿Sabía que más de 40 de nuestros voluntarios hablan español? Si quiere acompañar a familias en su idioma, llame a Marcy al (541) 555-0145. 💚",
    "recruitment; staff name",
)

if __name__ == "__main__":
    S.main("phi_dev14_source")
