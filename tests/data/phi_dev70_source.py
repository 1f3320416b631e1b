"""Blind development set d70 for the PHI scanner: tests/data/phi_dev70.jsonl.

Organisation: Hospital Regional del Sur (Southern Regional Hospital), Ponce, Puerto
Rico, with a clinic in Guayama (phi_dev70_org.json): nine 787-555-01xx lines, the
main hospital on Avenida Las Américas, the Guayama clinic on Calle Ashford, the
foundation's PO Box, hrsur.org / fundacionhrsur.org and three handles.
Focus: Puerto Rican families of the south coast: hurricanes (María, Fiona) and the
2020 earthquakes, the diaspora in Orlando, Kissimmee and the Bronx, barrios,
sectores and urbanizaciones as home places, patron-saint festivals, boricua
nicknames (Papo, Cuco, Tata, Nene, Yiyo, Chago...), centenarians.
Hard cases: names that are ordinary words or places (Esperanza, Consuelo, Luz,
Milagros, Ponce, Arroyo, Reyes, Salinas); nicknames in quotes and alone; names only
in hashtags; lower-case and ALL-CAPS names; chart-style "LAST, FIRST"; double and
hyphenated surnames; relatives in passing; patients who are staff or volunteers;
dates as numbers, ordinals, Spanish dates, "día 28", holidays that are the patient's
day (Nochebuena, Día de Reyes); ages over 89 in digits, words, "94yo", "centenaria";
family phones and e-mails next to the hospital's; MRNs, portal users, room/bed
numbers. Negatives: staff and doctors, volunteers over 90, staff members' own
relatives, donors, historical and public figures (Clemente, Morel Campos, Betances),
hurricane names, eponymous conditions, awareness days, event dates, statistics,
campaign hashtags (#MaríaNoNosVenció, #AbueloStrong), anonymous stories, the
hospital's own numbers, addresses and domains.
Language mix: 240 posts, 50 English and 190 Spanish; 120 patient-specific, 120 not
(English 25 / 25, Spanish 95 / 95).
Labelling decisions taken in this set (where the rules leave room):
- Places: the generic words barrio, sector, urbanización / Urb. and "comunidad de" are not part
  of a GEO span ("barrio Machuelo Abajo" -> "Machuelo Abajo"); street-type words are, as in
  "calle Elm" ("calle Morse", "CARRETERA 52", "PR-2"); compound place names stay whole ("Playa de
  Ponce"); "el Bronx" -> "Bronx". Former homes (the Bronx, NYC), relatives' cities in the
  diaspora, the hometown of a funeral, the place an unnamed patient was found and the place of a
  crash are GEO. Ponce or Guayama as part of the hospital's own address, clinic or event venue is
  not; a sports team the patient supports is not an identifier (a school's town is GEO, as in
  phi_dev).
- Boricua nicknames used for a particular patient or relative are NAME (Papo, Cuco, Chino, Nene,
  Tata, Cheo...), and "Tata Inés" is one span; kinship words used as titles (titi, abuela, mami,
  papi, "Doña") are not part of the span, and the same words used generically ("#SéComoTata",
  "#DaleNene", "el nene", "Juan del Pueblo") are not names.
- A staff member, volunteer or public figure who is the patient is labelled like any patient. A
  staff member who is the patient's relative (the nurse who delivered her own niece, the surgeon
  who operated on his mother) is labelled as a relative. Staff members' own relatives who are
  not patients, and a neighbour (neither relative nor household), are not labelled.
- Employers of a patient or relative, current or former, are NAME, one span for the whole name
  even when it contains a town ("Cooperativa de Ahorro y Crédito de Santa Isabel").
- AGE: an age over 89 of a patient's relative (the wife of 91) is labelled. "centenario" for a
  patient's hundredth birthday is AGE like "centenaria"; multi-word numbers are one span
  ("noventa y siete", "CIENTO DOS", "NINETY-SIX"). Decades ("in her 90s", "en sus noventa"), the
  age a patient will reach ("cuando cumpla los 90"), lengths of stay ("97 days") and population
  ages ("centenarios", "más de 100 años") are not AGE.
- Storms and earthquakes: their names are never labelled (María, Fiona, Ernesto, #FionaNoPudo);
  their dates are DATE only when they are the day of the patient's own event (a birth or injury
  on the earthquake's day), otherwise public dates.
- Holidays and feast days: a single named day is DATE when the patient's event fell on it
  (Nochebuena, Día de Reyes, Viernes Santo, Día de las Madres, Noche de San Juan, día de la Virgen
  de la Monserrate); multi-day periods (fiestas patronales, Carnaval, summer, hurricane season)
  are not dates. Days the patient spent in hospital are dates of service and are DATE ("spent
  Christmas in room 604", "Esta Nochebuena una paciente de 98 años"). The day an anniversary
  falls on is DATE when it is the patient's event date ("hoy, 5 de abril, se cumple un año de su
  partida"); the date a memorial is posted ("Hoy, 2 de noviembre, Día de los Difuntos") is not.
  Months of the patient's other life events are DATE ("retired back to Ponce in March").
- Date spans: "el día 28" -> "día 28"; "el 14" -> "14"; "the 9th" -> "9th"; a stay "del 2 al 9 de
  marzo" -> "2" and "9 de marzo"; "a leap-day baby" born February 29 -> both "February 29" and
  "leap-day". A pain score ("dolor 6/10") is not a date.
- Identifiers: a masked SSN that still shows its last four ("***-**-4471") is SSN; a room keyword
  abbreviation is part of OTHER_ID ("Hab. 3B-214", "HAB 508-B"); a relative's portal user name and
  social handle are OTHER_ID. An outside doctor's fax number is neither the patient's nor the
  family's and is not labelled; phone numbers one digit away from the hospital's are labelled
  when they are the family's.
- An initial used for the patient ("Mr. R.") is NAME with its period; a family fundraising URL
  is URL even though the name inside it is lower case (the name hashtag is labelled separately).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev70.jsonl"), os.path.join(HERE, "phi_dev70_org.json"), "d70")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "es",
    "discharge",
    "¡Papo está de vuelta en su casa en el barrio Machuelo Abajo! 💪 Tras 19 días en nuestra "
    "Unidad de Cuidado Intensivo, José 'Papo' Negrón Rivera salió caminando el 14 de octubre. "
    "Gracias a su esposa Wanda y a sus nietos que viajaron desde Kissimmee. #FuerzaPapo",
    [
        ("NAME", "José 'Papo' Negrón Rivera"),
        ("NAME", "Papo", "*"),
        ("GEO", "Machuelo Abajo"),
        ("DATE", "14 de octubre"),
        ("NAME", "Wanda"),
        ("GEO", "Kissimmee"),
        ("NAME", "#FuerzaPapo"),
    ],
    note="patient's full name with quoted nickname as one span, nickname alone, name hashtag; "
    "barrio (without 'barrio'); discharge date; wife's name; grandchildren's city",
)

# 2
n(
    "es",
    "health_tip",
    "Temporada de huracanes: si usted o un familiar depende de oxígeno o diálisis, prepare su plan "
    "ya. Llame a nuestra línea de orientación al (787) 555-0133 o visite hrsur.org/huracanes. "
    "#SurPreparado",
    "general tip; the hospital's own line and domain; campaign hashtag",
)

# 3
p(
    "en",
    "milestone_birthday",
    "Happy 103rd birthday to Doña Eusebia Cruz Santiago! Born on Three Kings Day, she still recites "
    "décimas to our nurses on 5 Oeste. Her great-grandson Yiyo flew in from the Bronx to sing with "
    "her. 🎂🇵🇷",
    [
        ("AGE", "103rd"),
        ("NAME", "Eusebia Cruz Santiago"),
        ("DATE", "Three Kings Day"),
        ("NAME", "Yiyo"),
        ("GEO", "Bronx"),
    ],
    note="ordinal age over 89; name without 'Doña'; birth on a holiday; great-grandson's nickname "
    "and home borough; 5 Oeste is a unit",
)

# 4
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Lcda. Brenda Quiñones, enfermera graduada de nuestra Sala de Emergencias desde "
    "1998. Nació en Guayama, estudió en la UPR de Humacao y este mes cumple 25 años de servicio. "
    "¡Gracias, Brenda! #OrgulloHRSur",
    "staff nurse: her name and birthplace are not patient identifiers",
)

# 5
p(
    "es",
    "pasted_record",
    "[borrador] Actualización turno noche 👇 PACIENTE: TORRES ALICEA, MARÍA DE LOS ÁNGELES  "
    "EXP 00-48-2291  HAB 508-B  F/N 03/11/1931  ADM 9/2  Dx: fx cadera der.",
    [
        ("NAME", "TORRES ALICEA, MARÍA DE LOS ÁNGELES"),
        ("MRN", "00-48-2291"),
        ("OTHER_ID", "HAB 508-B"),
        ("DATE", "03/11/1931"),
        ("DATE", "9/2"),
    ],
    note="pasted chart line: LAST, FIRST name; record number (expediente) value only; room with "
    "keyword; birth date with its year; admission date",
)

# 6
n(
    "en",
    "statistic",
    "In 2023 our ED in Ponce saw 61,400 visits; 1 in 9 patients was over 75. After Fiona, visits "
    "from Salinas, Santa Isabel and Coamo rose 18%.",
    "population statistics; towns not tied to any patient; hurricane name",
)

# 7
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Milagros! 💕 Nuestra primera bebé del 2024 nació a las 12:07 a.m. del "
    "1 de enero, pesando 7 lbs 2 oz. Felicidades a su mamá Keishla y a su papá Omar, de Santa Isabel.",
    [
        ("NAME", "Milagros"),
        ("DATE", "1 de enero"),
        ("NAME", "Keishla"),
        ("NAME", "Omar"),
        ("GEO", "Santa Isabel"),
    ],
    note="baby's name that is a word; birth date (the hour and the year alone are not labelled); "
    "parents' names; home town",
)

# 8
n(
    "es",
    "public_figure",
    "En el Día de la Danza recordamos a Juan Morel Campos, el ponceño que nos regaló 'Felices días'. "
    "Nuestra Orquesta de Empleados tocará sus danzas en el vestíbulo el viernes 16 de mayo a las "
    "11 a.m.",
    "historical composer; event date; awareness day",
)

# 9
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a nuestro querido Cuco, voluntario de la tienda de regalos por 22 "
    "años y paciente de nuestra unidad de hemodiálisis hasta su partida el pasado 3 de marzo. Don "
    "Heriberto 'Cuco' Alvarado, gracias por tanto. Su hija Nydia pidió que en vez de flores se done "
    "a la Fundación. Cuco llegaba cada lunes a las 6:00 a.m., antes que nadie, con su termo de café y "
    "un chiste nuevo; los días de diálisis bajaba en bata y seguía vendiendo billetes de lotería "
    "desde la silla. Nunca faltó, ni después de María. 🕊️",
    [
        ("NAME", "Heriberto 'Cuco' Alvarado"),
        ("NAME", "Cuco", "*"),
        ("DATE", "3 de marzo"),
        ("NAME", "Nydia"),
    ],
    note="a volunteer who was also a dialysis patient: labelled as a patient; date of death; "
    "daughter's name",
)

# 10
n(
    "en",
    "eponymous_condition",
    "October is Down Syndrome Awareness Month. Our Ponce pediatric clinic follows more than 300 "
    "children with Down syndrome, and Dr. Alana Ruiz leads a free cardiology screening on October 21 "
    "at the Guayama clinic.",
    "eponymous condition, awareness month, doctor, event date, the hospital's clinic",
)

# 11
p(
    "es",
    "thank_you",
    "gracias a la familia de la Cruz del sector La Cantera por los pasteles que le trajeron a todo "
    "el piso 6 cuando dieron de alta a su abuelo 🙌 ¡Qué ricos!",
    [("NAME", "de la Cruz"), ("GEO", "La Cantera")],
    note="patient's family surname with its particles; sector of Ponce where the family lives; "
    "'piso 6' is a floor, not a room",
)

# 12
n(
    "es",
    "event",
    "📅 Feria de Salud en la plaza de Guayama este sábado 8 de junio, de 8:00 a.m. a 1:00 p.m. "
    "Pruebas de glucosa, presión y vacunas. Info: (787) 555-0144. #HRSurContigo",
    "event date and venue; the clinic's own number; campaign hashtag",
)

# 13
p(
    "es",
    "discharge",
    "¡Alta para Nene! 🎉 Después de 41 días en la UCI Neonatal, el pequeño Adrián Yadiel, a quien "
    "todas las enfermeras llaman Nene, se fue a su casa en Juana Díaz. Sus papás Coral y Luis Ángel "
    "no paran de sonreír.",
    [
        ("NAME", "Nene", "*"),
        ("NAME", "Adrián Yadiel"),
        ("GEO", "Juana Díaz"),
        ("NAME", "Coral"),
        ("NAME", "Luis Ángel"),
    ],
    note="NICU graduate's nickname (twice) and given names, without 'el pequeño'; home town; "
    "parents (Coral is also a word); '41 días' is a duration",
)

# 14
n(
    "en",
    "anonymous_story",
    "One of our patients in her 90s told our chaplain she survived San Ciprián, Hugo, Georges, María "
    "and Fiona. 'Five hurricanes, mija, and I'm still here.' Stories like hers are why we do this "
    "work.",
    "anonymous patient; 'in her 90s' is a decade, not an age token; hurricane names are not people",
)

# 15
p(
    "es",
    "milestone_birthday",
    "¡CIEN AÑOS! 🎉 Doña Pura celebró su centenario en nuestra unidad de Medicina Interna rodeada de "
    "sus 14 nietos. Nació un 25 de julio en el barrio Jobos de Guayama y asegura que el secreto es el "
    "café colao y las habichuelas.",
    [
        ("AGE", "CIEN"),
        ("NAME", "Pura"),
        ("AGE", "centenario"),
        ("DATE", "25 de julio"),
        ("GEO", "Jobos"),
        ("GEO", "Guayama"),
    ],
    note="age 100 in capital words and as 'centenario'; name that is a word; birth date; barrio and "
    "town of birth",
)

# 16
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN 7:30 p.m.: Tras el temblor de magnitud 5.8 de esta mañana, el Hospital opera con "
    "generador. Sala de Emergencias abierta. Pacientes de Guánica y Yauco están siendo atendidos en "
    "el vestíbulo principal. Familiares: (787) 555-0111.",
    "crisis update; towns of a population of patients; the ER's own number",
)

# 17
p(
    "en",
    "patient_story",
    "When the ground shook on January 7, 2020, Marisol Feliciano was 8 months pregnant and sleeping "
    "in her home on Calle Esperanza in Guánica. 'No power, no water, and the contractions started at "
    "2 a.m.,' she remembers; her husband Luis drove her over cracked roads while the aftershocks kept "
    "coming. Four years later she brought her son Santiago back "
    "to meet the nurses who delivered him that night. 💙",
    [
        ("DATE", "January 7, 2020"),
        ("NAME", "Marisol Feliciano"),
        ("GEO", "Calle Esperanza"),
        ("GEO", "Guánica"),
        ("NAME", "Luis"),
        ("NAME", "Santiago"),
    ],
    note="the earthquake's date is the day of the patient's delivery, so it is a DATE; street and "
    "town of home; husband's and son's names; the hour is not a date",
)

# 18
n(
    "es",
    "research",
    "Nuestro Departamento de Investigación publicó en Puerto Rico Health Sciences Journal un estudio "
    "con 1,204 adultos del sur: el 38% de los mayores de 90 años vive solo después del huracán. "
    "Investigadora principal: Dra. Ivelisse Colón Maldonado.",
    "research news; population age group; investigator",
)

# 19
p(
    "es",
    "thank_you",
    "Mensaje de la familia Santiago Ocasio desde Orlando: 'Gracias al equipo de 4 Norte por cuidar a "
    "mami como si fuera suya.' ❤️ Doña Carmen, ¡te esperamos en tu próxima cita!",
    [("NAME", "Santiago Ocasio"), ("GEO", "Orlando"), ("NAME", "Carmen")],
    note="family's double surname; the family's city in the diaspora; patient's first name; "
    "4 Norte is a unit",
)

# 20
n(
    "en",
    "hospital_contact",
    "Need to reach us? Main line (787) 555-0100 · ER (787) 555-0111 · Appointments (787) 555-0122 · "
    "Guayama clinic (787) 555-0144. We're at 2150 Avenida Las Américas, Ponce. Follow @hrsur_guayama "
    "for clinic updates.",
    "the hospital's own numbers, address and handle",
)

# 21
p(
    "es",
    "memorial",
    "Hoy, 2 de noviembre, Día de los Difuntos, recordamos a Tata, nuestra paciente más querida de "
    "Geriatría, quien partió a los noventa y siete años. Su hija Zoraida nos escribió desde el Bronx: "
    "'Mami amaba a sus enfermeras.' Descansa en paz, Doña Ana Luisa Maldonado.",
    [
        ("NAME", "Tata"),
        ("AGE", "noventa y siete"),
        ("NAME", "Zoraida"),
        ("GEO", "Bronx"),
        ("NAME", "Ana Luisa Maldonado"),
    ],
    note="nickname; age in words; daughter and her borough; 2 de noviembre is the day of the post "
    "(All Souls'), not the patient's event",
)

# 22
n(
    "es",
    "campaign_hashtag",
    "#PonceSeLevanta #FuerzaSur #MaríaNoNosVenció — cinco años después del huracán María seguimos de "
    "pie. Gracias a todos los que donaron sangre esta semana. 🩸",
    "campaign hashtags; María is the hurricane",
)

# 23
p(
    "es",
    "thank_you",
    "Compartimos con permiso 👇 'mi abuela luz esther estuvo en el cuarto 317 la semana pasada y las "
    "enfermeras la trataron como reina. gracias hrsur!!' — yamilet, su nieta",
    [("NAME", "luz esther"), ("OTHER_ID", "cuarto 317"), ("NAME", "yamilet")],
    note="lower-case names of patient and granddaughter; room number with keyword",
)

# 24
n(
    "en",
    "sponsor",
    "Huge thanks to the Torres Vélez Family Foundation and Panadería La Ceiba for sponsoring our "
    "Relevo por la Vida team! Pictured: our oncology nurses with Don Arturo Torres Vélez at the check "
    "presentation.",
    "donor family and sponsor; the photo shows staff and a donor",
)

# 25
p(
    "es",
    "discharge",
    "¡SE FUE PA' CASA! 🏠 DESPUÉS DE 63 DÍAS, YARIEL 'CHINO' COLÓN SALIÓ HOY DE NUESTRA UNIDAD DE "
    "TRAUMA. EL ACCIDENTE FUE EN LA CARRETERA 52 EL 2 DE AGOSTO. ¡EL EQUIPO DE TERAPIA FÍSICA TE "
    "QUIERE, CHINO!",
    [
        ("NAME", "YARIEL 'CHINO' COLÓN"),
        ("NAME", "CHINO", "*"),
        ("GEO", "CARRETERA 52"),
        ("DATE", "2 DE AGOSTO"),
    ],
    note="all-caps name with nickname; road of the crash; date of injury",
)

# 26
n(
    "es",
    "eponymous_condition",
    "Recordamos el síndrome de Guillain-Barré, que aumentó en la isla tras el zika. Si tiene "
    "debilidad en las piernas que va subiendo, acuda a Emergencias. El Dr. Jorge Pagán, neurólogo, "
    "explica más en nuestro Facebook Live el jueves.",
    "eponymous condition; doctor; weekday",
)

# 27
p(
    "en",
    "milestone_birthday",
    "Our favorite 94yo in Cardiac Rehab, Mr. Ángel Luis 'Wiso' Rosado, finished his 50th session "
    "today! He drives himself from Arroyo every Tuesday. 💪",
    [("AGE", "94yo"), ("NAME", "Ángel Luis 'Wiso' Rosado"), ("GEO", "Arroyo")],
    note="age token '94yo'; name with nickname; home town; '50th session' is not a date or age",
)

# 28
n(
    "es",
    "staff_spotlight",
    "Doña Gloria Santini tiene 92 años y lleva 30 como voluntaria de las Damas Rosadas. Cada martes "
    "reparte café en Emergencias. ¡Gracias, Doña Gloria! 💗",
    "volunteer over 90 who is not a patient",
)

# 29
p(
    "es",
    "pasted_record",
    "Re: mensaje del portal — usuario mnieves_1958: 'Necesito cambiar la cita de seguimiento de mi "
    "papá Félix Nieves Ortiz, MRN 7734021, del 18/4 a otro día. Favor llamar al 939-555-0171 o "
    "escribir a mnieves58@correo.pr.'",
    [
        ("OTHER_ID", "mnieves_1958"),
        ("NAME", "Félix Nieves Ortiz"),
        ("MRN", "7734021"),
        ("DATE", "18/4"),
        ("PHONE", "939-555-0171"),
        ("EMAIL", "mnieves58@correo.pr"),
    ],
    note="portal message posted publicly: relative's portal user name, patient's name, MRN, "
    "appointment date, the family's phone and e-mail",
)

# 30
n(
    "en",
    "recruitment",
    "We're hiring! RNs for our Ponce ICU and Guayama clinic. Sign-on bonus $5,000. Apply at "
    "empleos.hrsur.org or call HR at (787) 555-0155. #NursesOfPonce",
    "recruitment; the hospital's own domain and number",
)

# 31
p(
    "es",
    "birth_announcement",
    "Nació en Nochebuena 🎄 y su mamá no lo pensó dos veces: se llama Jesús Manuel. ¡Bienvenido, "
    "bebé de la habitación 212! Felicidades a la familia Rodríguez Pacheco de Coamo.",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Jesús Manuel"),
        ("OTHER_ID", "habitación 212"),
        ("NAME", "Rodríguez Pacheco"),
        ("GEO", "Coamo"),
    ],
    note="born on a holiday; baby's name; room; family surname; home town",
)

# 32
n(
    "es",
    "event",
    "¡Felices fiestas patronales, Ponce! 🎉 En honor a Nuestra Señora de la Guadalupe, el 12 de "
    "diciembre tendremos misa en la capilla del hospital a las 10:00 a.m. Todos invitados.",
    "patron-saint festival; event date",
)

# 33
p(
    "en",
    "memorial",
    "Rest easy, Tony 🕊️ Antonio 'Tony' Irizarry spent his last weeks in our hospice unit, still "
    "talking about his 31 years at Muelles del Sur Shipping. His wife Nilda and daughter Coralis thank "
    "our team. Services Saturday in his hometown, Peñuelas.",
    [
        ("NAME", "Antonio 'Tony' Irizarry"),
        ("NAME", "Tony", "*"),
        ("NAME", "Muelles del Sur Shipping"),
        ("NAME", "Nilda"),
        ("NAME", "Coralis"),
        ("GEO", "Peñuelas"),
    ],
    note="patient's name and nickname; his employer (NAME); wife and daughter; home town",
)

# 34
n(
    "es",
    "health_tip",
    "¿Su abuelo tiene más de 90 años? Con el calor de agosto, ofrézcale agua cada hora aunque no "
    "tenga sed. Señales de alerta: confusión, piel seca, orina oscura. Emergencias: 911.",
    "general tip; population age; month of a season; national emergency number",
)

# 35
p(
    "es",
    "patient_story",
    "Ocho meses, tres cirugías y una sonrisa que no se apaga. Hoy sonó la campana de fin de "
    "tratamiento en Oncología Pediátrica 🔔 #TeamKamila #KamilaGuerrera",
    [("NAME", "#TeamKamila"), ("NAME", "#KamilaGuerrera")],
    note="the patient is named only in hashtags",
)

# 36
n(
    "es",
    "campaign_hashtag",
    "#AbueloStrong es nuestra campaña para recoger andadores y sillas de ruedas usadas para los "
    "envejecientes del sur. Déjelos en el vestíbulo de 2150 Avenida Las Américas. #HRSurContigo",
    "campaign hashtag with a kinship word, not a name; the hospital's address",
)

# 37
p(
    "en",
    "patient_story",
    "Our own Nurse Manager Edwin Laboy was on the other side of the bed this month: after a heart "
    "attack on the 9th, Edwin had a stent placed in our Cath Lab and is already walking laps around "
    "Urbanización Las Delicias. Welcome back soon, Ed! ❤️",
    [
        ("NAME", "Edwin Laboy"),
        ("NAME", "Edwin", "*"),
        ("DATE", "9th"),
        ("GEO", "Las Delicias"),
        ("NAME", "Ed"),
    ],
    note="a staff member who is the patient: labelled; day of the month alone; his urbanización",
)

# 38
n(
    "es",
    "public_figure",
    "Cada 31 de diciembre recordamos a Roberto Clemente y su último viaje para ayudar a Nicaragua. "
    "Su legado inspira nuestra Clínica Móvil, que visita Patillas, Maunabo y Arroyo cada mes.",
    "historical figure and the date of his death; towns served by the mobile clinic",
)

# 39
p(
    "es",
    "patient_story",
    "La familia de don Chago nos pidió compartir este mensaje: 'Si alguien encontró la cartera de mi "
    "papá en el estacionamiento de Emergencias, favor llamar a su hija Ivette al 787-555-0149, no al "
    "hospital.' Objetos perdidos del hospital: (787) 555-0100, ext. 2210.",
    [("NAME", "Chago"), ("NAME", "Ivette"), ("PHONE", "787-555-0149")],
    note="patient's nickname, daughter's name and phone; the hospital's own number is not labelled",
)

# 40
n(
    "en",
    "anonymous_story",
    "Last night a baby girl was born in the back seat of a pickup truck in our ER parking lot. Mom "
    "and baby are doing great, and Dad says she'll be named after the security guard who helped. 🚙👶",
    "anonymous birth; 'last night' is relative; the hospital's parking lot",
)

# 41
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 101 a Doña Rosario! 🎂 Nuestra paciente de diálisis más veterana nació el 14 "
    "de febrero y dice que por eso tiene tanto amor para dar. Sus sobrinos viajaron desde Orlando y "
    "Filadelfia.",
    [
        ("AGE", "101"),
        ("NAME", "Rosario"),
        ("DATE", "14 de febrero"),
        ("GEO", "Orlando"),
        ("GEO", "Filadelfia"),
    ],
    note="age; name; birth date; relatives' cities",
)

# 42
n(
    "es",
    "staff_spotlight",
    "La madre de nuestro director médico, Dr. Rafael Oliveras, cumplió 100 años este domingo en "
    "Yauco. ¡Felicidades, doña Esther, de parte de toda la familia HRSur!",
    "a doctor's own mother, not a patient: her age, name and town are not labelled",
)

# 43
p(
    "es",
    "pasted_record",
    "Lista de altas 5/6 — CRUZ, LUIS A. (Rm 402) ✔️ | VÁZQUEZ, NILSA (Rm 415) ✔️ — ¡favor no "
    "publicar! 🙈",
    [
        ("DATE", "5/6"),
        ("NAME", "CRUZ, LUIS A."),
        ("OTHER_ID", "Rm 402"),
        ("NAME", "VÁZQUEZ, NILSA"),
        ("OTHER_ID", "Rm 415"),
    ],
    note="discharge list: discharge date, LAST, FIRST names and rooms",
)

# 44
n(
    "en",
    "event",
    "Join us Saturday, March 22 for the 5K Corre por el Sur at Paseo Tablado La Guancha! "
    "Registration: fundacionhrsur.org/5k. Proceeds benefit our NICU. #CorrePorElSur",
    "event date and venue; the foundation's domain; campaign hashtag",
)

# 45
p(
    "es",
    "birth_announcement",
    "Gemelas del sur 💗💗: Valeria y Victoria nacieron el día 28 en nuestra Sala de Partos mientras "
    "afuera temblaba. Su mamá, Jessenia Ortiz-Bonilla, de Tallaboa en Peñuelas, está feliz y cansada.",
    [
        ("NAME", "Valeria"),
        ("NAME", "Victoria"),
        ("DATE", "día 28"),
        ("NAME", "Jessenia Ortiz-Bonilla"),
        ("GEO", "Tallaboa"),
        ("GEO", "Peñuelas"),
    ],
    note="twins' names; day of the month alone; mother's hyphenated surname; barrio and town",
)

# 46
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta tropical Ernesto, la Clínica de Guayama (1020 Calle Ashford) cierra hoy a "
    "las 12:00 m. Las citas del martes se reprogramarán. Llame al (787) 555-0144. 🌀",
    "storm name; the clinic's address and number",
)

# 47
p(
    "en",
    "thank_you",
    "A letter from the daughter of Mr. Gerardo Pietri, who spent Christmas in room 604: 'You made "
    "Papi's last Christmas beautiful.' — Linda P., Bronx, NY. Families can write to us at "
    "pacientes@hrsur.org; Linda asked us to share hers too: lindapietri.ny@mail.com",
    [
        ("NAME", "Gerardo Pietri"),
        ("DATE", "Christmas", "*"),
        ("OTHER_ID", "room 604"),
        ("NAME", "Linda P."),
        ("NAME", "Linda", "*"),
        ("GEO", "Bronx"),
        ("EMAIL", "lindapietri.ny@mail.com"),
    ],
    note="patient's name; the holiday he spent admitted (twice); room; daughter's name with initial, "
    "borough and e-mail; the hospital's address is not labelled",
)

# 48
n(
    "es",
    "research",
    "Estudio clínico: buscamos participantes de 60 a 85 años con diabetes tipo 2 en Ponce, Juana Díaz "
    "y Villalba. Compensación por visita. Info: investigacion@hrsur.org o (787) 555-0166.",
    "recruitment of research participants; population ages and towns; the hospital's contacts",
)

# 49
p(
    "es",
    "patient_story",
    "Esperanza llegó a nuestra sala de Emergencias en helicóptero desde Adjuntas el 19 de septiembre. "
    "Hoy, con Consuelo (su mamá) y Amparo (su abuela) al lado, volvió a caminar. Tres generaciones de "
    "mujeres fuertes. 💜",
    [
        ("NAME", "Esperanza"),
        ("GEO", "Adjuntas"),
        ("DATE", "19 de septiembre"),
        ("NAME", "Consuelo"),
        ("NAME", "Amparo"),
    ],
    note="names that are ordinary words (patient, mother, grandmother); home town; admission date",
)

# 50
n(
    "es",
    "health_tip",
    "Día Mundial del Alzheimer, 21 de septiembre. Si su mamá repite la misma pregunta o se pierde "
    "camino a la plaza, consulte. Grupo de apoyo para cuidadores: último jueves de cada mes, Salón "
    "Betances, 6:00 p.m.",
    "awareness day; eponymous condition; conference room named after a historical figure",
)

# 51
p(
    "en",
    "discharge",
    "Discharge day for Junior! 🚗 Dad pulled the family's blue Tacoma, plate HJK-482, up to the main "
    "entrance and the whole 3 West team came out to cheer. Go home and heal, Junior Maldonado Vega.",
    [
        ("NAME", "Junior Maldonado Vega"),
        ("NAME", "Junior", "*"),
        ("VEHICLE", "HJK-482"),
    ],
    note="patient's name; family's licence plate; the entrance and unit are the hospital's",
)

# 52
n(
    "es",
    "sponsor",
    "Gracias a Supermercados La Familia y al Club de Leones de Coamo por donar 300 pavos para las "
    "familias de nuestros empleados afectados por el huracán Fiona.",
    "sponsors; staff families as a group; hurricane",
)

# 53
p(
    "es",
    "memorial",
    "Se nos fue Titi Mercedes 💔 Mercedes Colón de Jesús, paciente de nuestra clínica de Guayama por "
    "más de 20 años, falleció el primero de mayo a los 96. Sus vecinos de la calle Morse la "
    "recordarán por su jardín de amapolas.",
    [
        ("NAME", "Mercedes Colón de Jesús"),
        ("NAME", "Mercedes", "*"),
        ("DATE", "primero de mayo"),
        ("AGE", "96"),
        ("GEO", "calle Morse"),
    ],
    note="name without 'Titi'; double surname; date of death in words; age; home street; the "
    "hospital's clinic is not GEO",
)

# 54
n(
    "en",
    "hospital_contact",
    "Families of patients in our ICU: updates are given by phone only from 10–11 a.m. at (787) "
    "555-0177. For records requests email expedientes@hrsur.org. We never ask for payment by text "
    "message.",
    "the hospital's own ICU line and e-mail",
)

# 55
p(
    "es",
    "milestone_birthday",
    "¡Noventa velitas! 🎂 Don Ismael Vélez celebró sus 90 en el cuarto 719 con un pastel de guayaba "
    "que le trajo su nieta Jomarie. ¡Felicidades, abuelo!",
    [
        ("AGE", "Noventa"),
        ("NAME", "Ismael Vélez"),
        ("AGE", "90"),
        ("OTHER_ID", "cuarto 719"),
        ("NAME", "Jomarie"),
    ],
    note="age 90 in words and digits; name; room; granddaughter",
)

# 56
n(
    "es",
    "anonymous_story",
    "Una paciente de 89 años nos enseñó hoy a hacer pasteles en la sala de espera de Geriatría. "
    "'Cuando cumpla los 90 vengo con el lechón', nos dijo. 😂",
    "anonymous; age 89 is not labelled and the 90 is a future age, not hers",
)

# 57
p(
    "en",
    "patient_story",
    "Meet Ponce Rivera: he's 11, a die-hard Leones de Ponce fan, and as of today he's done with "
    "cardiac rehab! 🔔🦁",
    [("NAME", "Ponce Rivera")],
    note="a patient whose first name is the city's name; the team is not an identifier",
)

# 58
n(
    "es",
    "staff_spotlight",
    "#GraciasMaggie 💐 Hoy se jubila Margarita 'Maggie' Figueroa, secretaria de Admisiones por 35 "
    "años. ¡Disfruta tu retiro en Salinas!",
    "staff member's name, nickname, name hashtag and town",
)

# 59
p(
    "es",
    "crisis_update",
    "Buscamos a los familiares de un paciente masculino de aproximadamente 70 años, traído por la "
    "Policía desde la Playa de Ponce el 3/10. Usaba una gorra de los Leones. Si lo reconoce, llame a "
    "Trabajo Social: (787) 555-0188.",
    [("GEO", "Playa de Ponce"), ("DATE", "3/10")],
    note="unnamed patient: neighbourhood where he was found and admission date; age under 90; the "
    "hospital's number",
)

# 60
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare, but our Ponce pediatricians treated 14 cases last year. Fever 5+ days, "
    "red eyes, strawberry tongue? Call your pediatrician. Learn more from Dr. Lucy Zayas on our page "
    "Thursday.",
    "eponymous condition; statistic; doctor",
)

# 61
p(
    "es",
    "patient_story",
    "La familia de Yadiel, de 7 años, creó una página para cubrir los viajes desde Patillas a sus "
    "quimioterapias. Si desean ayudar: gofundme.com/f/fuerza-yadiel-patillas 💛 #TodosConYadiel",
    [
        ("NAME", "Yadiel"),
        ("GEO", "Patillas"),
        ("URL", "gofundme.com/f/fuerza-yadiel-patillas"),
        ("NAME", "#TodosConYadiel"),
    ],
    note="child's name and name hashtag; home town; the family's fundraising URL",
)

# 62
n(
    "es",
    "event",
    "Misa y procesión por las fiestas patronales de San Antonio de Padua en Guayama: 13 de junio. "
    "Nuestra clínica de la Calle Ashford cerrará ese día; para emergencias llame al (787) 555-0111.",
    "patron-saint festival and its date; the clinic's street and the ER number",
)

# 63
p(
    "es",
    "pasted_record",
    "ERROR DE PUBLICACIÓN — Formulario de admisión: Nombre: Carmen Iris Pagán Lugo | SS: 582-55-0193 "
    "| Plan: Plan Vital (MI Salud) #ID 0098234471-01 | Tel. 787-555-0126 | Dir. Calle Luna 54, "
    "Barrio Coto Laurel, Ponce",
    [
        ("NAME", "Carmen Iris Pagán Lugo"),
        ("SSN", "582-55-0193"),
        ("HEALTH_PLAN", "0098234471-01"),
        ("PHONE", "787-555-0126"),
        ("GEO", "Calle Luna 54"),
        ("GEO", "Coto Laurel"),
        ("GEO", "Ponce"),
    ],
    note="admission form: name, SSN, plan member id (value only), patient's phone, street with "
    "number, barrio and city",
)

# 64
n(
    "en",
    "statistic",
    "Hurricane Maria, five years on: our ER treated 2,914 patients in the 30 days after September 20, "
    "2017. Among them, 212 were over 90 years old.",
    "the hurricane's date is a public event; population ages",
)

# 65
p(
    "es",
    "patient_story",
    "Nuestra centenaria favorita, Doña Ramona 'Mona' Santiago, vino hoy a su cita de Cardiología en "
    "la clínica de Guayama y trajo tembleque para todo el equipo. 🍮 Nos contó que nació en el barrio "
    "Pozo Hondo y que nunca ha vivido en otro sitio.",
    [("AGE", "centenaria"), ("NAME", "Ramona 'Mona' Santiago"), ("GEO", "Pozo Hondo")],
    note="'centenaria' is an age over 89; name with nickname; home barrio; the clinic is the "
    "hospital's",
)

# 66
n(
    "es",
    "staff_spotlight",
    "Felicitamos al Dr. Luis 'Papo' Bermúdez, cirujano de trauma, por su reconocimiento del Colegio "
    "de Médicos. ¡Papo, el sur está orgulloso! #OrgulloHRSur",
    "a surgeon's name and nickname",
)

# 67
p(
    "es",
    "birth_announcement",
    "¡Qué regalo! 👑 Gabriel Reyes Torres nació el 6 de enero, Día de Reyes, a las 5:40 a.m. Sus "
    "hermanitos Jadiel y Nahiara le dejaron la cajita con yerba debajo de la cuna 🌿",
    [
        ("NAME", "Gabriel Reyes Torres"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Jadiel"),
        ("NAME", "Nahiara"),
    ],
    note="surname Reyes born on Día de Reyes: the date in both forms; siblings' names; the hour is "
    "not a date element",
)

# 68
n(
    "en",
    "anonymous_story",
    "A grandmother walked into our Guayama clinic this week carrying her diabetic grandson's insulin "
    "in a cooler she'd kept since Hurricane Maria. 'I learned my lesson,' she said. Be prepared. 🧊",
    "anonymous; the clinic is the hospital's own; hurricane name",
)

# 69
p(
    "es",
    "discharge",
    "Llegó el 14 en ambulancia desde Salinas con un infarto; se fue hoy caminando y con una promesa: "
    "dejar el cigarrillo. ¡Tú puedes, don Efraín! 🚭",
    [("DATE", "14"), ("GEO", "Salinas"), ("NAME", "Efraín")],
    note="day of the month alone (admission); home town; first name without 'don'",
)

# 70
n(
    "es",
    "health_tip",
    "¿Pensamientos suicidas? No estás solo. Llama o textea al 988, o a la Línea PAS 1-800-981-0023. "
    "En Emergencias de HRSur te atendemos 24/7: (787) 555-0111.",
    "national crisis lines and the ER's own number",
)

# 71
p(
    "es",
    "milestone_birthday",
    "las enfermeras de pediatría le cantaron cumpleaños a nuestra pacientita de la cama 4 🎈 "
    "#felizcumpleañosvalentina",
    [("OTHER_ID", "cama 4"), ("NAME", "#felizcumpleañosvalentina")],
    note="bed number with keyword; lower-case name hashtag",
)

# 72
n(
    "en",
    "public_figure",
    "Big thanks to Olympic boxer and Ponce native Génesis Ramos for visiting our pediatric floor "
    "today and signing gloves for every kid! 🥊",
    "visiting public figure and her home town",
)

# 73
p(
    "es",
    "memorial",
    "Un año sin Don Fello. Rafael 'Fello' Cintrón nos dejó un Viernes Santo en la habitación 811, con "
    "su cuatro puertorriqueño al lado. Su viuda, Doña Minerva, donó el cuatro a nuestra sala de "
    "Oncología.",
    [
        ("NAME", "Rafael 'Fello' Cintrón"),
        ("NAME", "Fello", "*"),
        ("DATE", "Viernes Santo"),
        ("OTHER_ID", "habitación 811"),
        ("NAME", "Minerva"),
    ],
    note="nickname and full name; died on a single-day holiday; room; widow's name",
)

# 74
n(
    "es",
    "research",
    "Buenas noticias: nuestro ensayo de inmunoterapia para linfoma de Hodgkin abrió a pacientes de 18 "
    "a 75 años. Coordinadora: Lcda. Yolanda Torres, (787) 555-0166.",
    "eponymous condition; eligibility ages; coordinator; the hospital's number",
)

# 75
p(
    "es",
    "patient_story",
    "Gracias, Tito, por permitirnos compartir tu historia. El salsero ponceño Nelson 'Tito' Almodóvar "
    "fue operado del corazón aquí el 22 de enero y ya está ensayando para su concierto en el Bronx. 🎺",
    [
        ("NAME", "Nelson 'Tito' Almodóvar"),
        ("NAME", "Tito", "*"),
        ("DATE", "22 de enero"),
    ],
    note="a public figure who is the patient: labelled; surgery date; the concert venue is not "
    "where he lives",
)

# 76
n(
    "en",
    "campaign_hashtag",
    "#AbuelaRosaSays: drink water, wear sunscreen, and call your mother. Abuela Rosa is our cartoon "
    "mascot for Healthy Aging Month — follow her tips all September! @HRSurPonce",
    "a mascot's name and campaign hashtag; the hospital's handle",
)

# 77
p(
    "es",
    "pasted_record",
    "Pulsera: HRS-2024-118374 | Encuentro E0045219 | PEREZ, ANGEL | Cama 12 Sala de Observación — "
    "(foto de la pizarra de Emergencias)",
    [
        ("OTHER_ID", "HRS-2024-118374"),
        ("OTHER_ID", "E0045219"),
        ("NAME", "PEREZ, ANGEL"),
        ("OTHER_ID", "Cama 12"),
    ],
    note="wristband and encounter ids (value only); LAST, FIRST; bed; the photo shows a whiteboard, "
    "not the patient",
)

# 78
n(
    "es",
    "crisis_update",
    "A cinco años de los terremotos del 7 de enero de 2020, recordamos a las familias de Guánica, "
    "Yauco, Guayanilla y Peñuelas que atendimos en carpas frente al hospital. #SurSeLevanta",
    "date of a public disaster; towns of a population",
)

# 79
p(
    "es",
    "milestone_birthday",
    "Don Cheo cumple 92 primaveras este sábado 🎉 y su familia en Orlando quiere llenarle el cuarto de "
    "tarjetas. Envíenlas a HRSur, 2150 Avenida Las Américas, Ponce, 'Attn: 6 Sur, don José Ortiz'. "
    "Familia: (407) 555-0134.",
    [
        ("NAME", "Cheo"),
        ("AGE", "92"),
        ("GEO", "Orlando"),
        ("NAME", "José Ortiz"),
        ("PHONE", "(407) 555-0134"),
    ],
    note="nickname and name; age; the family's city and phone; the hospital's address is not GEO",
)

# 80
n(
    "es",
    "recruitment",
    "¿Eres terapista respiratorio? Únete a nuestro equipo en Ponce o Guayama. Enviar resumé a "
    "reclutamiento@hrsur.org. Entrevistas el 15 de julio en el Salón Betances.",
    "recruitment; event date; the hospital's e-mail",
)

# 81
p(
    "en",
    "milestone_birthday",
    "SHE'S 100!!! 🎉 Born June 30 in Barrio Collores, Juana Díaz, Mrs. Providencia 'Pro' Rivera "
    "celebrated her 100TH birthday at our Guayama dialysis center. Her son Rubén drove her there, as "
    "always.",
    [
        ("AGE", "100"),
        ("DATE", "June 30"),
        ("GEO", "Collores"),
        ("GEO", "Juana Díaz"),
        ("NAME", "Providencia 'Pro' Rivera"),
        ("AGE", "100TH"),
        ("NAME", "Rubén"),
    ],
    note="age in digits and ALL-CAPS ordinal; birth date; barrio and town; name; son; the dialysis "
    "center is the hospital's",
)

# 82
n(
    "es",
    "event",
    "Este Día de Acción de Gracias, nuestros voluntarios servirán almuerzo a pacientes y familiares en "
    "la cafetería. Jueves 28 de noviembre, 11:30 a.m. 🦃",
    "holiday and event date",
)

# 83
p(
    "es",
    "discharge",
    "Una paciente de 104 años salió hoy de nuestra Unidad de Intermedio tras vencer una pulmonía. Nos "
    "dijo que la sopa de su nieta fue la que la curó. 😄",
    [("AGE", "104")],
    note="unnamed patient, but an age over 89 is an identifier",
)

# 84
n(
    "es",
    "anonymous_story",
    "Un paciente de Cuidado Intensivo pidió que le pusieran música de Ismael Rivera, 'El Sonero "
    "Mayor'. Las enfermeras le armaron un concierto con un celular y una bocina. La música también "
    "sana. 🎶",
    "anonymous patient; a historical singer and his nickname",
)

# 85
p(
    "es",
    "patient_story",
    "¡De vuelta al trabajo! Luz Nereida Báez-Ruiz, cajera de la Cooperativa de Ahorro y Crédito de "
    "Santa Isabel, regresó hoy a su puesto tras su cirugía del 3 de abril. Sus compañeras le hicieron "
    "un bizcocho. 🎂",
    [
        ("NAME", "Luz Nereida Báez-Ruiz"),
        ("NAME", "Cooperativa de Ahorro y Crédito de Santa Isabel"),
        ("DATE", "3 de abril"),
    ],
    note="hyphenated surname; the patient's employer is NAME (one span, town included); surgery date",
)

# 86
n(
    "en",
    "eponymous_condition",
    "Parkinson's Awareness Month: our Rock Steady Boxing class meets Mondays & Wednesdays at the "
    "Guayama clinic, 1020 Calle Ashford. Led by physical therapist Manny Ocasio.",
    "eponymous condition; the clinic's address; staff therapist",
)

# 87
p(
    "es",
    "discharge",
    "Doña Caridad, de la calle Victoria en Ponce, pasó sus 91 años sin pisar un hospital... hasta que "
    "la tumbó el dengue. Hoy se fue de alta y nos dijo: 'No vuelvo ni pa' visita.' 😂 ¡Cuídate, "
    "Caridad!",
    [("NAME", "Caridad", "*"), ("GEO", "calle Victoria"), ("GEO", "Ponce"), ("AGE", "91")],
    note="name that is a word; street named Victoria and city; age",
)

# 88
n(
    "es",
    "health_tip",
    "Dengue en el sur: Ponce, Juana Díaz y Salinas reportan más casos este mes. Elimine agua "
    "estancada en gomas, tiestos y cubos. Si tiene fiebre y dolor detrás de los ojos, llame al (787) "
    "555-0133.",
    "towns in a public-health tip; the hospital's line",
)

# 89
p(
    "es",
    "thank_you",
    "Mil gracias a los papás de Sebastián por este mensaje tan lindo 💙 Si quieren seguir su "
    "recuperación, la familia comparte actualizaciones en @fuerza_sebas_pr. Para mensajes a la "
    "familia: familiamorales.pr@gmail.com",
    [
        ("NAME", "Sebastián"),
        ("OTHER_ID", "@fuerza_sebas_pr"),
        ("EMAIL", "familiamorales.pr@gmail.com"),
    ],
    note="patient's name; family's social handle; family's e-mail",
)

# 90
n(
    "en",
    "staff_spotlight",
    "Happy 90th birthday to our founder and retired chief of surgery, Dr. Enrique Lugo Pietri! He "
    "still visits every Friday with pastelillos for the residents. 🎂",
    "retired doctor over 90, not a patient",
)

# 91
p(
    "es",
    "pasted_record",
    "Nota para Cardiología (no publicar): pte. SALINAS ROSA, IVELISSE, marcapasos Medtronic S/N "
    "PJN218844H, plan Triple-S Advantage #TSA884102937, próxima interrogación 11/12.",
    [
        ("NAME", "SALINAS ROSA, IVELISSE"),
        ("DEVICE", "PJN218844H"),
        ("HEALTH_PLAN", "TSA884102937"),
        ("DATE", "11/12"),
    ],
    note="surname that is a town; pacemaker serial; plan id; appointment date",
)

# 92
n(
    "es",
    "crisis_update",
    "Restablecido el servicio de agua en el hospital. Gracias a la Autoridad de Acueductos y a los "
    "bomberos de Ponce. Las cirugías electivas del jueves 12 continúan según programado.",
    "operational update; a schedule date, no patient",
)

# 93
p(
    "es",
    "birth_announcement",
    "Nació en medio del huracán Fiona, el 18 de septiembre de 2022, y sus papás decidieron llamarla... "
    "Fiona no, ¡Esperanza Sofía! 🌀👶 Hoy la pequeña cumplió 2 años y vino a visitar a las enfermeras "
    "de Partos.",
    [("DATE", "18 de septiembre de 2022"), ("NAME", "Esperanza Sofía")],
    note="birth date (the hurricane's day) with its year; the hurricane's name is not the baby's",
)

# 94
n(
    "en",
    "event",
    "Our annual Gala del Sur is on Saturday, November 9 at the Hotel Meliá in Ponce. This year we "
    "honor donors Carlos and Marta Fullana for their gift to the new NICU. Tickets: "
    "fundacionhrsur.org/gala",
    "event date and venue; donors; the foundation's domain",
)

# 95
p(
    "es",
    "memorial",
    "hace un año, el 12/8, se nos fue nuestro guerrero 🕊️ te extrañamos, miguelito. #MiguelitoVive",
    [("DATE", "12/8"), ("NAME", "miguelito"), ("NAME", "#MiguelitoVive")],
    note="date of death; lower-case name; name hashtag",
)

# 96
n(
    "es",
    "public_figure",
    "Hoy, natalicio del Dr. Ramón Emeterio Betances, 'el padre de la patria' y médico que combatió el "
    "cólera. En su honor, nuestro salón de conferencias lleva su nombre.",
    "historical figure's birthday; a room named after him",
)

# 97
p(
    "es",
    "milestone_birthday",
    "Aniversario: Don Juan y Doña Gladys celebraron 70 años de casados en el cuarto 506, donde Don "
    "Juan se recupera de una caída. 💍 Ella tiene 91, él 94 y siguen tomados de la mano.",
    [
        ("NAME", "Juan", "*"),
        ("NAME", "Gladys"),
        ("OTHER_ID", "cuarto 506"),
        ("AGE", "91"),
        ("AGE", "94"),
    ],
    note="patient and his wife; room; both ages over 89 (a relative's too)",
)

# 98
n(
    "en",
    "anonymous_story",
    "A patient from our dialysis unit asked us to share this: 'Twelve years on dialysis and these "
    "nurses are my second family.' Thank you for trusting us. 💙",
    "anonymous; a duration",
)

# 99
p(
    "es",
    "patient_story",
    "Yamaris viajó desde el Bronx (10459) para estar con su papá durante la operación. Hoy, de vuelta "
    "en casa, nos manda fotos del arroz con gandules que le cocinó al salir de alta. ¡Recupérate pronto, "
    "Don Tato!",
    [("NAME", "Yamaris"), ("GEO", "Bronx"), ("GEO", "10459"), ("NAME", "Tato")],
    note="daughter's name, borough and ZIP; patient's nickname; her photos are of food and not "
    "attached",
)

# 100
n(
    "es",
    "staff_spotlight",
    "Doña Aurea Vázquez, de 101 años, nuestra voluntaria más longeva, recibió hoy el Premio a la "
    "Trayectoria. Lleva 40 años tejiendo gorritos para los bebés de la UCIN: empezó en 1984, cuando "
    "se jubiló de maestra, y ya pasan de 9,000. 'Mientras las manos me respondan, sigo', dice. 🧶",
    "volunteer over 100, not a patient",
)

# 101
p(
    "en",
    "pasted_record",
    "Oops — wrong window 😬 'Please fax the discharge summary for RIVERA-SOTO, KEVIN (MRN 2209-114) "
    "to Dr. Acosta's office at 787-555-0192, DC date 7/19.'",
    [("NAME", "RIVERA-SOTO, KEVIN"), ("MRN", "2209-114"), ("DATE", "7/19")],
    note="LAST, FIRST with hyphen; MRN; discharge date; the outside doctor's fax is not the "
    "patient's or family's",
)

# 102
n(
    "es",
    "statistic",
    "En 2024 nacieron 1,873 bebés en nuestra Sala de Partos; 212 de madres de Guayama y 98 gemelos. "
    "El bebé más grande pesó 11 libras. 👶",
    "statistics; town of a population",
)

# 103
p(
    "es",
    "discharge",
    "¡¡NENA SE VA PA' SU CASA EN VILLALBA!! 🎉 DESPUÉS DE 3 SEMANAS EN LA HABITACIÓN 320, NUESTRA "
    "PACIENTE MÁS ALEGRE SALE HOY. ¡TE VAMOS A EXTRAÑAR!",
    [("NAME", "NENA"), ("GEO", "VILLALBA"), ("OTHER_ID", "HABITACIÓN 320")],
    note="all-caps nickname, home town and room",
)

# 104
n(
    "es",
    "eponymous_condition",
    "Síndrome de Asperger, Tourette, Crohn... ¿sabías que muchas condiciones llevan el nombre del "
    "médico que las describió? Este mes nuestro blog explica 10 de ellas: hrsur.org/blog",
    "eponymous conditions; the hospital's domain",
)

# 105
p(
    "es",
    "patient_story",
    "Don Pepe Montalvo, de 93 años, es voluntario de nuestra capilla... y esta semana también fue "
    "paciente: lo operamos de cataratas el martes. ¡Ya ve de lejos y de cerca, don Pepe!",
    [("NAME", "Pepe Montalvo"), ("NAME", "Pepe", "*"), ("AGE", "93")],
    note="a volunteer who became a patient: name and age labelled; weekday not",
)

# 106
n(
    "en",
    "crisis_update",
    "UPDATE: Power is restored at our Guayama clinic after last night's outage caused by Tropical "
    "Storm Ernesto. All appointments for Aug 15 will proceed. Questions: (787) 555-0144.",
    "operational update; schedule date; the clinic's number",
)

# 107
p(
    "es",
    "memorial",
    "La comunidad de Las Mareas en Salinas despidió a Nelson 'Pescao' Ramos, pescador y paciente de "
    "nuestra unidad de Oncología, fallecido el 1ro de junio. Sus compañeros sacaron las yolas al mar "
    "en su honor. ⛵",
    [
        ("GEO", "Las Mareas"),
        ("GEO", "Salinas"),
        ("NAME", "Nelson 'Pescao' Ramos"),
        ("DATE", "1ro de junio"),
    ],
    note="community and town; name with nickname; date of death with ordinal",
)

# 108
n(
    "es",
    "staff_spotlight",
    "Felicitaciones a nuestra enfermera Esperanza Villanueva por completar su maestría en la "
    "Pontificia Universidad Católica de Ponce. 🎓 ¡Esperanza, eres ejemplo!",
    "staff nurse",
)

# 109
p(
    "es",
    "milestone_birthday",
    "Hoy cumple 6 añitos el más valiente de 2 Pediatría: ¡Feliz cumpleaños, Yeriel! 🎈 Nació un 5 de "
    "marzo y hoy, 5 de marzo, lo celebra con sus enfermeras.",
    [("NAME", "Yeriel"), ("DATE", "5 de marzo", "*")],
    note="name; birth date written twice; 2 Pediatría is a unit",
)

# 110
n(
    "en",
    "health_tip",
    "Heat advisory for Ponce, Juana Díaz and Santa Isabel today. Check on elderly neighbors, "
    "especially those over 90 living alone. Cooling center at our main lobby, 2150 Avenida Las "
    "Américas, until 8 p.m.",
    "towns and population ages in a tip; the hospital's address",
)

# 111
p(
    "es",
    "patient_story",
    "Kelvin Cruz volvió de Kissimmee (34741) para donarle un riñón a su hermana Deliz. La cirugía fue "
    "el 27 de febrero y ambos están bien. Sus compañeros de Walt Disney World le mandaron orejitas de "
    "Mickey. 🐭❤️",
    [
        ("NAME", "Kelvin Cruz"),
        ("GEO", "Kissimmee"),
        ("GEO", "34741"),
        ("NAME", "Deliz"),
        ("DATE", "27 de febrero"),
        ("NAME", "Walt Disney World"),
    ],
    note="living donor and recipient (both patients, siblings); city and ZIP; surgery date; the "
    "donor's employer; a cartoon character is not labelled",
)

# 112
n(
    "es",
    "sponsor",
    "La familia Ramos Ferrer donó $50,000 a la nueva sala de pediatría, que llevará el nombre de su "
    "abuelo, Don Ulises Ramos. ¡Gracias! 🙏",
    "donor family and the relative a room is named after; no patient",
)

# 113
p(
    "es",
    "thank_you",
    "Al paciente de la habitación 703 que nos dejó una nota escondida en la bandeja: también te "
    "queremos. 😊🍛",
    [("OTHER_ID", "habitación 703")],
    note="unnamed patient identified by room number",
)

# 114
n(
    "en",
    "recruitment",
    "Nurse residency program now accepting applications for the July cohort! Info session Wednesday at "
    "2 p.m., Salón Betances. Questions: reclutamiento@hrsur.org",
    "recruitment; the hospital's e-mail",
)

# 115
p(
    "es",
    "discharge",
    "Captura de pantalla que nos mandó una mamá (con permiso): 'Mi nena Ámbar salió hoy de la UCIN "
    "después de 58 días. Nació el 2/3 con 1 lb 9 oz. Somos de Arroyo, sector Palmas. Gracias HRSur ❤️'",
    [("NAME", "Ámbar"), ("DATE", "2/3"), ("GEO", "Arroyo"), ("GEO", "Palmas")],
    note="baby's name; birth date; town and sector",
)

# 116
n(
    "es",
    "campaign_hashtag",
    "#SéComoTata 👵: nuestra campaña de vacunación para adultos mayores se inspira en todas las abuelas "
    "que nunca faltan a su cita. Vacunas gratis los viernes en Guayama y Ponce.",
    "campaign hashtag with the generic word for grandma",
)

# 117
p(
    "es",
    "memorial",
    "Hoy recordamos a Don Monserrate Vélez, de Indios en Guayanilla, quien resultó herido en el "
    "terremoto del día 7 y nos dejó semanas después. Su nieta Génesis ahora estudia enfermería con "
    "nosotros.",
    [
        ("NAME", "Monserrate Vélez"),
        ("GEO", "Indios"),
        ("GEO", "Guayanilla"),
        ("DATE", "día 7"),
        ("NAME", "Génesis"),
    ],
    note="name; barrio and town; day of injury (the earthquake's day); granddaughter (a relative, "
    "even though a nursing student)",
)

# 118
n(
    "en",
    "public_figure",
    "Today we welcomed Puerto Rico's Secretary of Health, Dr. Marta Irizarry, to tour our new "
    "generator plant, installed after Hurricane Fiona. Thank you for the support!",
    "public official; hurricane",
)

# 119
p(
    "es",
    "pasted_record",
    "pizarra de la UCI 👀: cama 3 - ortiz, wilfredo / cama 4 - laboy, ana / cama 5 - vacante. Así de "
    "organizada está la Enf. Ramos ✨",
    [
        ("OTHER_ID", "cama 3"),
        ("NAME", "ortiz, wilfredo"),
        ("OTHER_ID", "cama 4"),
        ("NAME", "laboy, ana"),
    ],
    note="whiteboard: lower-case LAST, FIRST with beds; an empty bed and the nurse are not labelled",
)

# 120
n(
    "es",
    "anonymous_story",
    "Una pareja de esposos de 88 y 89 años llegó junta a vacunarse contra la influenza. 'Lo hacemos "
    "todos los años desde hace 30', nos dijeron. ¡Ejemplo!",
    "anonymous; ages 89 and under",
)

# 121
p(
    "en",
    "discharge",
    "Mr. R. — you know who you are 😉 — walked out of Cardiac ICU today, 11 days after his bypass on "
    "the 3rd, and promised to teach the whole night shift to play dominoes. Good luck, Mr. R.!",
    [("NAME", "R.", "*"), ("DATE", "3rd")],
    note="an initial used as the patient's name (twice); day of the month of surgery",
)

# 122
n(
    "es",
    "event",
    "Domingo 19 de octubre: Caminata Rosa por el Malecón de Guayama 🎗️ Salida 7:00 a.m. frente a la "
    "Clínica HRSur. Inscripción gratis en fundacionhrsur.org/caminata.",
    "event date and venue; the foundation's domain",
)

# 123
p(
    "es",
    "birth_announcement",
    "En la foto: la pequeña Aitana con sus papás, Glorimar y Edgardo, el día que salió de la UCIN 📸💕 "
    "Nació el 30 de noviembre con apenas 28 semanas. ¡Hoy pesa 5 libras!",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Aitana"),
        ("NAME", "Glorimar"),
        ("NAME", "Edgardo"),
        ("DATE", "30 de noviembre"),
    ],
    note="the photo shows the patient (cue phrase); baby and parents; birth date; weeks of "
    "gestation are not a date",
)

# 124
n(
    "es",
    "public_figure",
    "Este mes recordamos a Ruth Fernández, 'el alma de Ponce hecha canción'. Nuestra coral de "
    "empleados le rinde homenaje el jueves en el vestíbulo. 🎤",
    "historical singer; event",
)

# 125
p(
    "es",
    "pasted_record",
    "Hoja de registro (enviada por error a la página): JUSTINIANO MATOS, RAMÓN E. — Lic. conducir "
    "7754321 — Cuenta #80-2214-557 — Contacto: su esposa Migdalia, 787-555-0115",
    [
        ("NAME", "JUSTINIANO MATOS, RAMÓN E."),
        ("LICENSE", "7754321"),
        ("ACCOUNT", "80-2214-557"),
        ("NAME", "Migdalia"),
        ("PHONE", "787-555-0115"),
    ],
    note="LAST, FIRST; driver's licence and billing account (values only); wife and her phone",
)

# 126
n(
    "es",
    "health_tip",
    "¿Cara caída de un lado? Puede ser parálisis de Bell... o un derrame. No espere: llame al 911 o "
    "acuda a nuestra Sala de Emergencias en la Avenida Las Américas. Cada minuto cuenta. ⏱️",
    "eponymous condition; national number; the hospital's avenue",
)

# 127
p(
    "es",
    "thank_you",
    "Cuca nos trajo hoy un arreglo de flores de su patio en Coto Laurel para agradecer los cuidados "
    "que recibió su esposo Pablo en Intensivo. ¡Gracias, Cuca! 🌺",
    [("NAME", "Cuca", "*"), ("GEO", "Coto Laurel"), ("NAME", "Pablo")],
    note="patient's wife by nickname and her barrio; the patient's first name",
)

# 128
n(
    "es",
    "research",
    "Nuestro estudio sobre estrés postraumático tras los terremotos de 2020 encontró que 1 de cada 3 "
    "niños de Guánica y Guayanilla aún tiene síntomas. Lea más en hrsur.org/investigacion.",
    "research on a population; the hospital's domain",
)

# 129
p(
    "en",
    "milestone_birthday",
    "Our 102-year-old patient Doña Petra Collazo says her secret is 'no husband since 1975' 😂 Her "
    "grandsons Edwin and Alexis called from the Bronx to sing her happy birthday on Sunday, the 12th.",
    [
        ("AGE", "102-year-old"),
        ("NAME", "Petra Collazo"),
        ("NAME", "Edwin"),
        ("NAME", "Alexis"),
        ("GEO", "Bronx"),
        ("DATE", "12th"),
    ],
    note="hyphenated age token; name; grandsons and their borough; birthday as day of month; the "
    "bare year is not labelled",
)

# 130
n(
    "es",
    "anonymous_story",
    "Anoche una abuelita llegó a Emergencias con su gallo en una caja porque 'no tenía con quién "
    "dejarlo'. El guardia de seguridad lo cuidó hasta el amanecer. 🐓 Solo en el sur.",
    "anonymous; relative time",
)

# 131
p(
    "es",
    "discharge",
    "Toby, el perrito de Doña Lourdes, la esperó tres semanas en su casa en Mercedita. Hoy se "
    "reencontraron en el estacionamiento y no hubo ojo seco. 🐶💕 ¡Bienvenida a casa, Lourdes!",
    [("NAME", "Lourdes", "*"), ("GEO", "Mercedita")],
    note="patient's name and barrio; the dog's name is not labelled",
)

# 132
n(
    "es",
    "staff_spotlight",
    "Cuando el huracán María azotó, la enfermera Migdalia 'Mickey' Torres se quedó 5 días seguidos "
    "en el hospital. Hoy se retira después de 38 años. ¡Gracias, Mickey! #LeyendaHRSur",
    "staff nurse and nickname; hurricane",
)

# 133
p(
    "es",
    "memorial",
    "descansa en paz doña fela 🕊️ rafaela ortiz de león, de noventa y nueve años, vecina de la calle "
    "acueducto en guayama, partió en paz el 23 de diciembre de 2023 rodeada de sus hijos.",
    [
        ("NAME", "fela"),
        ("NAME", "rafaela ortiz de león"),
        ("AGE", "noventa y nueve"),
        ("GEO", "calle acueducto"),
        ("GEO", "guayama"),
        ("DATE", "23 de diciembre de 2023"),
    ],
    note="all lower case: nickname, full name, age in words, street and town, date of death with "
    "year",
)

# 134
n(
    "es",
    "hospital_contact",
    "Recuerde: el único número oficial para citas es el (787) 555-0122 y el correo citas@hrsur.org. "
    "Si recibe llamadas pidiendo su número de seguro social, cuelgue y repórtelo.",
    "the hospital's own number and e-mail",
)

# 135
p(
    "es",
    "discharge",
    "Keila Marrero recibe el alta este 4 de julio ✈️ y regresa a Orlando después de su trasplante; ya "
    "se le extraña en 7 Norte. Su mamá, doña Aida, se queda en Yauco esperando la próxima visita.",
    [
        ("NAME", "Keila Marrero"),
        ("DATE", "4 de julio"),
        ("GEO", "Orlando"),
        ("NAME", "Aida"),
        ("GEO", "Yauco"),
    ],
    note="discharge date that is also a holiday; patient's and mother's cities; mother's name",
)

# 136
n(
    "es",
    "health_tip",
    "14 de noviembre, Día Mundial de la Diabetes 💙 En Puerto Rico 1 de cada 6 adultos tiene "
    "diabetes. Pruebas de glucosa gratis en el vestíbulo de 9:00 a 2:00.",
    "awareness day; statistic; hours",
)

# 137
p(
    "en",
    "memorial",
    "We lost a legend. Carlos 'Charlie' Negrón, the retired firefighter from Barrio Canas who spent "
    "his final days in our ICU, passed on Memorial Day. #CharlieForever 🚒",
    [
        ("NAME", "Carlos 'Charlie' Negrón"),
        ("GEO", "Canas"),
        ("DATE", "Memorial Day"),
        ("NAME", "#CharlieForever"),
    ],
    note="name with nickname; barrio; died on a holiday; name hashtag",
)

# 138
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas es rara en la isla, pero nuestro laboratorio ahora hace la prueba. "
    "Pregúntele a su médico si viajó a América Central o del Sur.",
    "eponymous condition; regions",
)

# 139
p(
    "es",
    "memorial",
    "Para la familia Vázquez Toro: recibimos su solicitud. El certificado de don Eligio se enviará por "
    "fax al 787-555-0161 como pidieron. Nuestro más sentido pésame. 🙏",
    [("NAME", "Vázquez Toro"), ("NAME", "Eligio"), ("FAX", "787-555-0161")],
    note="family surname; deceased patient's first name; the family's fax",
)

# 140
n(
    "es",
    "crisis_update",
    "Por la sequía, la AAA anunció racionamiento en Ponce, Juana Díaz y Villalba. El hospital tiene "
    "cisternas y sus servicios continúan normalmente. 💧",
    "public notice; towns",
)

# 141
p(
    "es",
    "patient_story",
    "El locutor Wilfredo 'Guillo' Feliciano, voz de las mañanas del sur por 40 años, nos pidió "
    "compartir que se recupera muy bien tras su cirugía del lunes. ¡Pronta recuperación, Guillo! 🎙️",
    [("NAME", "Wilfredo 'Guillo' Feliciano"), ("NAME", "Guillo", "*")],
    note="a public figure who is the patient; weekday not labelled",
)

# 142
n(
    "en",
    "sponsor",
    "Thank you, Puerto Rico Coffee Roasters, for keeping our night shift awake for a whole year ☕ and "
    "to the Rotary Club of Ponce for the new wheelchairs in the lobby.",
    "sponsors",
)

# 143
p(
    "es",
    "pasted_record",
    "Exp. #: 004-77-12 / Pte: Rivera Colón, Ana de L. / FN: 12-dic-1947 / Hab. 3B-214 / Alergias: PCN",
    [
        ("MRN", "004-77-12"),
        ("NAME", "Rivera Colón, Ana de L."),
        ("DATE", "12-dic-1947"),
        ("OTHER_ID", "Hab. 3B-214"),
    ],
    note="record number; LAST, FIRST with initial; birth date with abbreviated Spanish month; room "
    "with its keyword",
)

# 144
n(
    "es",
    "public_figure",
    "El 21 de marzo de 1937 ocurrió la Masacre de Ponce. Hoy recordamos a las víctimas y a los médicos "
    "y enfermeras del antiguo Hospital Tricoche que atendieron a los heridos. En la esquina de las "
    "calles Marina y Aurora hoy está el Museo de la Masacre de Ponce; invitamos a nuestros empleados a "
    "visitarlo este viernes en la hora de almuerzo, con guagua desde el vestíbulo a las 12:00 m.",
    "historical event and date; historical hospital",
)

# 145
p(
    "en",
    "discharge",
    "after 112 days in our NICU, baby Liam Josué went home to Coamo yesterday 🎉 born 4/2 at 24 weeks, "
    "now 6 lbs of pure attitude. #liamstrong #nicugrad",
    [
        ("NAME", "Liam Josué"),
        ("GEO", "Coamo"),
        ("DATE", "4/2"),
        ("NAME", "#liamstrong"),
    ],
    note="name without 'baby'; home town; birth date; lower-case name hashtag (#nicugrad is not a "
    "name)",
)

# 146
n(
    "es",
    "health_tip",
    "Vacuna de la influenza: recomendada para todos desde los 6 meses, y especialmente para los "
    "mayores de 65. En nuestro hogar de envejecientes asociado, 14 residentes tienen más de 95 años y "
    "todos están vacunados. 💉",
    "population ages",
)

# 147
p(
    "es",
    "patient_story",
    "Doña Milagros Ayala nos contó que el terremoto la tumbó de la cama en su casa del barrio Magas "
    "Arriba en Guayanilla. Tuvo una fractura de muñeca que operamos el 8 de enero. ¡Hoy ya hace "
    "crochet otra vez! 🧶",
    [
        ("NAME", "Milagros Ayala"),
        ("GEO", "Magas Arriba"),
        ("GEO", "Guayanilla"),
        ("DATE", "8 de enero"),
    ],
    note="name; barrio and town; surgery date",
)

# 148
n(
    "es",
    "event",
    "🎁 El 6 de enero los Reyes Magos visitarán a los niños de Pediatría. Gracias a la Asociación de "
    "Camioneros del Sur por los juguetes. #ReyesEnElHospital",
    "holiday event date; sponsor",
)

# 149
p(
    "es",
    "milestone_birthday",
    "¡FELICIDADES, MAMÁ TINA! 🎂 CATALINA 'TINA' ORTIZ CUMPLE CIENTO DOS AÑOS HOY EN NUESTRA UNIDAD DE "
    "REHABILITACIÓN. SUS 6 HIJOS, 19 NIETOS Y 31 BISNIETOS VIENEN DE PONCE, CAGUAS Y NEW JERSEY.",
    [
        ("NAME", "CATALINA 'TINA' ORTIZ"),
        ("NAME", "TINA", "*"),
        ("AGE", "CIENTO DOS"),
        ("GEO", "PONCE"),
        ("GEO", "CAGUAS"),
    ],
    note="all caps: nickname and name, age in words; relatives' towns (a state is not GEO)",
)

# 150
n(
    "es",
    "statistic",
    "Nuestro programa de Cuidado en el Hogar atendió a 340 pacientes en Ponce, Guayama, Salinas y "
    "Arroyo este año. El 22% tenía más de 90 años. 🏡",
    "statistics; towns and ages of a population",
)

# 151
p(
    "es",
    "thank_you",
    "Gracias a los hijos de Don Abdiel Torres por escribirnos a pacientes@hrsur.org 💌 Si alguien "
    "quiere mandarle un saludo a don Abdiel, la familia dejó su correo: "
    "abdieltorres.familia@yahoo.com",
    [
        ("NAME", "Abdiel Torres"),
        ("NAME", "Abdiel", "*"),
        ("EMAIL", "abdieltorres.familia@yahoo.com"),
    ],
    note="patient's name; the family's e-mail next to the hospital's",
)

# 152
n(
    "es",
    "campaign_hashtag",
    "#JuanDelPuebloSeVacuna 💉 Así le llamamos a nuestra campaña de vacunación en las plazas del sur. "
    "Juan del Pueblo eres tú.",
    "'Juan del Pueblo' is the everyman, not a person",
)

# 153
p(
    "en",
    "pasted_record",
    "To the family of Ms. Yolanda Feliciano: we received your complaint form submitted from IP "
    "181.114.22.7 — please call Patient Relations at (787) 555-0188 so we can help.",
    [("NAME", "Yolanda Feliciano"), ("IP", "181.114.22.7")],
    note="patient's name; the family's IP address pasted from a form log; the hospital's number",
)

# 154
n(
    "es",
    "staff_spotlight",
    "La Dra. Carmen Luisa 'Tata' Mercado, pediatra, celebra 30 años cuidando a los niños del sur. "
    "¡Gracias, Dra. Tata! 👩‍⚕️",
    "a doctor's name and nickname",
)

# 155
p(
    "es",
    "patient_story",
    "Jeremy Santos-Vega, estudiante de la Escuela Superior de Santa Isabel, volvió al salón el lunes "
    "tras su operación de apéndice. Sus compañeros le hicieron un cartel gigante. 📚",
    [("NAME", "Jeremy Santos-Vega"), ("GEO", "Santa Isabel")],
    note="hyphenated surname; the school's town tells where he lives (the school name is not an "
    "identifier)",
)

# 156
n(
    "es",
    "anonymous_story",
    "El sábado pasado atendimos a un pescador que se enredó en una red frente a la costa. Gracias a la "
    "Guardia Costera, hoy está bien. 🌊",
    "anonymous; relative date",
)

# 157
p(
    "es",
    "patient_story",
    "Al joven que recibió 14 pintas de sangre el 31 de octubre en Trauma: ¡ya te fuiste de alta y tus "
    "donantes quieren saber de ti! 🩸",
    [("DATE", "31 de octubre")],
    note="unnamed patient, but the date of his admission is an identifier",
)

# 158
n(
    "es",
    "event",
    "El nuevo Pabellón Dr. Pila, nombrado en honor al fundador del antiguo hospital de Ponce, abre sus "
    "puertas el 1 de agosto con 48 camas de Medicina Interna.",
    "building named after a historical doctor; opening date",
)

# 159
p(
    "en",
    "birth_announcement",
    "Our ER nurse Yesenia Colón delivered her own niece in the triage hallway on Sunday! Welcome to the "
    "world, Aylin 💕 Mom Kiara and baby are resting in room 210.",
    [
        ("NAME", "Yesenia Colón"),
        ("NAME", "Aylin"),
        ("NAME", "Kiara"),
        ("OTHER_ID", "room 210"),
    ],
    note="a nurse who is the baby's aunt is labelled as a relative; baby and mother; room",
)

# 160
n(
    "es",
    "recruitment",
    "Buscamos voluntarios bilingües para acompañar a pacientes que llegan desde Orlando y Nueva York "
    "para tratamiento. Orientación: sábado 1 de marzo, 9:00 a.m. Información: (787) 555-0188.",
    "volunteer recruitment; cities of a population; event date",
)

# 161
p(
    "es",
    "pasted_record",
    "NOTA ENFERMERÍA 22:40 — Pte ALVARADO, JUAN C. (cama 8, 5 Oeste) refiere dolor 6/10. Hija Norma al "
    "787-555-0187 solicita llamada.",
    [
        ("NAME", "ALVARADO, JUAN C."),
        ("OTHER_ID", "cama 8"),
        ("NAME", "Norma"),
        ("PHONE", "787-555-0187"),
    ],
    note="LAST, FIRST; bed; daughter and her phone (one digit from the hospital's); '6/10' is a pain "
    "score, not a date",
)

# 162
n(
    "es",
    "health_tip",
    "Del 1 al 30 de junio: 'Junio, mes de los hombres'. Hágase la prueba de próstata. Citas: (787) "
    "555-0122.",
    "awareness month; the hospital's number",
)

# 163
p(
    "es",
    "milestone_birthday",
    "¡Que viva Don Chente! 🎉 Vicente 'Chente' Burgos cumplió 95 añitos en el salón de Geriatría con su "
    "gallo Pinto en brazos (sí, lo trajeron de Cerrillos 😂). Gracias a su sobrina Marisela por "
    "organizar.",
    [
        ("NAME", "Vicente 'Chente' Burgos"),
        ("NAME", "Chente", "*"),
        ("AGE", "95"),
        ("GEO", "Cerrillos"),
        ("NAME", "Marisela"),
    ],
    note="nickname and name; age; home barrio; niece; the rooster's name is not labelled",
)

# 164
n(
    "en",
    "public_figure",
    "Congratulations to Ponce-born astronaut Dr. Nilda Arroyo, who toured our simulation lab today and "
    "spoke to 200 nursing students. 🚀",
    "public figure whose surname is a town",
)

# 165
p(
    "es",
    "anonymous_story",
    "Un señor de Jauca, en Santa Isabel, llegó caminando a Emergencias con una mordida de perro... y "
    "con el perro. 🐕 Los dos están bien.",
    [("GEO", "Jauca"), ("GEO", "Santa Isabel")],
    note="unnamed patient, but his barrio and town are identifiers",
)

# 166
n(
    "es",
    "campaign_hashtag",
    "#FionaNoPudo #SurResiliente Dos años después del huracán Fiona, inauguramos nuestra planta solar "
    "de 1.2 MW. ☀️",
    "campaign hashtags with a hurricane's name",
)

# 167
p(
    "es",
    "discharge",
    "ALTA ✅ gonzalez, maria — ingresó mayo 3, sale hoy. Seguimiento en Clínica Guayama. (mensaje "
    "interno publicado por error)",
    [("NAME", "gonzalez, maria"), ("DATE", "mayo 3")],
    note="lower-case LAST, FIRST without accents; admission date month-first",
)

# 168
n(
    "es",
    "eponymous_condition",
    "Nuestra unidad de Memoria atiende Alzheimer, demencia de cuerpos de Lewy y enfermedad de Pick. "
    "Directora: Dra. Lourdes Pick-Ramírez (sí, ¡como la enfermedad!).",
    "eponymous conditions; a doctor whose surname is an eponym",
)

# 169
p(
    "en",
    "pasted_record",
    "ED BOARD 03:15 → COLÓN, ISRAEL 'IZZY' — DOB 11/23/1956 — MRN HRS0093115 — CC chest pain.",
    [
        ("NAME", "COLÓN, ISRAEL 'IZZY'"),
        ("DATE", "11/23/1956"),
        ("MRN", "HRS0093115"),
    ],
    note="board line: LAST, FIRST with nickname; birth date; MRN with letter prefix",
)

# 170
n(
    "es",
    "anonymous_story",
    "'Tengo 89 años y nunca me habían puesto un suero.' Así nos saludó un paciente esta mañana en "
    "Emergencias. Tomó con humor su primera visita al hospital. 😄",
    "anonymous; age 89 is not labelled",
)

# 171
p(
    "es",
    "memorial",
    "Hoy, viernes 5 de abril, se cumple un año de la partida de Doña Nilsa Pacheco. Su esposo Tomás y "
    "sus hijas Lizbeth y Gladymar siguen trayendo café a las enfermeras de Oncología cada viernes. ☕",
    [
        ("DATE", "5 de abril"),
        ("NAME", "Nilsa Pacheco"),
        ("NAME", "Tomás"),
        ("NAME", "Lizbeth"),
        ("NAME", "Gladymar"),
    ],
    note="the anniversary is the day of her death; name; husband and daughters; weekdays not",
)

# 172
n(
    "es",
    "event",
    "Festival de la Bomba y la Plena en la plaza Las Delicias de Ponce, 26 de julio. Estaremos con una "
    "carpa de salud. ¡Bailar también es ejercicio! 🥁",
    "event venue and date",
)

# 173
p(
    "es",
    "thank_you",
    "Desde Orlando (32822) nos escribe Nayda Torres para agradecer el cuidado de su mamá, Doña "
    "Angelita, en 4 Norte. 'Las llamadas diarias al 321-555-0199 me dieron paz.' ❤️",
    [
        ("GEO", "Orlando"),
        ("GEO", "32822"),
        ("NAME", "Nayda Torres"),
        ("NAME", "Angelita"),
        ("PHONE", "321-555-0199"),
    ],
    note="daughter's city, ZIP, name and phone; patient's name",
)

# 174
n(
    "es",
    "staff_spotlight",
    "Nuestro capellán, el padre Eusebio Colón, celebra 50 años de sacerdocio. Nació en el barrio Jobos "
    "de Guayama y lleva 20 años acompañando a pacientes y familias. 🙏",
    "chaplain's name and birthplace",
)

# 175
p(
    "en",
    "milestone_birthday",
    "NINETY-SIX and still flirting with every resident 😂 Happy birthday, Don Guillermo 'Memo' Pagán! "
    "Your nurses on 6 South love you.",
    [("AGE", "NINETY-SIX"), ("NAME", "Guillermo 'Memo' Pagán")],
    note="age in capital words; name with nickname; 6 South is a unit",
)

# 176
n(
    "es",
    "crisis_update",
    "SISMO 6.4 — 4:24 a.m. Todos los pacientes fueron evacuados al estacionamiento como medida "
    "preventiva. No hay heridos entre pacientes ni personal. Familiares: (787) 555-0100. "
    "#TiemblaPeroNoCae",
    "crisis update; the hospital's number",
)

# 177
p(
    "es",
    "anonymous_story",
    "Esta Nochebuena una paciente de 98 años nos pidió un 'palito de coquito'. Dijimos que no... pero "
    "le cantamos un aguinaldo. 🎄🎶",
    [("DATE", "Nochebuena"), ("AGE", "98")],
    note="unnamed patient: age over 89 and the holiday she spent admitted",
)

# 178
n(
    "es",
    "research",
    "Publicamos en JAMA Network Open: los pacientes de diálisis del sur perdieron en promedio 3 "
    "sesiones tras el huracán María. Autores: Dr. Félix Rosa, Dra. Aixa Colón y colaboradores.",
    "research; authors",
)

# 179
p(
    "es",
    "patient_story",
    "yiyo tiene 9 años, vive en el Bronx y vino a pasar el verano con su abuela en Tallaboa. Terminó en "
    "Emergencias después de una caída de bicicleta el 6 de julio... ¡y ya quiere volver a montar! 🚲",
    [("NAME", "yiyo"), ("GEO", "Bronx"), ("GEO", "Tallaboa"), ("DATE", "6 de julio")],
    note="lower-case nickname; home borough and grandmother's barrio; date of injury; summer is a "
    "season",
)

# 180
n(
    "en",
    "hospital_contact",
    "Our official accounts are @HRSurPonce, @hrsur_guayama and @FundacionHRSur. We will never DM you "
    "asking for your MRN, insurance number or Social Security number. Report scams to (787) 555-0188.",
    "the hospital's handles and number",
)

# 181
p(
    "es",
    "patient_story",
    "Cuando el huracán María dejó sin luz a todo el barrio Playa, don Julio Rodríguez Santiago, "
    "paciente de diálisis desde hacía 8 años, no podía faltar a sus tratamientos. Su vecino, el "
    "pescador Chiquito, lo traía en su bote hasta el muelle y de ahí en guagua pública hasta nuestro "
    "hospital. Siete años después, don Julio recibió el 20 de septiembre —el mismo día del aniversario "
    "del huracán— un riñón nuevo. Su hija Marilyn vino desde Orlando y dice que ahora sí van a "
    "celebrar el 20 de septiembre con pasteles y no con miedo. 💙 #DonJulioSeLevanta",
    [
        ("GEO", "Playa"),
        ("NAME", "Julio Rodríguez Santiago"),
        ("NAME", "Julio", "*"),
        ("DATE", "20 de septiembre", "*"),
        ("NAME", "Marilyn"),
        ("GEO", "Orlando"),
        ("NAME", "#DonJulioSeLevanta"),
    ],
    note="barrio; name; transplant date written twice; daughter and her city; name hashtag; the "
    "neighbour Chiquito is neither a relative nor household, so not labelled",
)

# 182
n(
    "es",
    "health_tip",
    "Pacientes de diálisis y oxígeno: la temporada de huracanes va del 1 de junio al 30 de noviembre. "
    "1) Tenga 3 días de medicamentos. 2) Inscríbase en el registro de personas con necesidades "
    "especiales de su municipio. 3) Si su centro de diálisis cierra, llame a nuestra línea de "
    "orientación al (787) 555-0133; coordinamos turnos en Ponce y en nuestra clínica de la Calle "
    "Ashford en Guayama. 4) Guarde copia de su plan médico en una bolsa plástica. Después de María "
    "aprendimos que la preparación salva vidas. #SurPreparado 🌀",
    "general tip; season dates; the hospital's line and clinic",
)

# 183
p(
    "en",
    "discharge",
    "NICU GRAD ALERT 🎓 Ana Sofía 'Chispita' Medina was born February 29 — yes, a leap-day baby! — at "
    "25 weeks and 1 lb 6 oz. After 97 days with us she's heading home to Urb. Villa del Carmen in "
    "Ponce with parents Joel and Bárbara and her big brother Joel Jr., who has been counting the days. "
    "Chispita, we'll miss you! 💜",
    [
        ("NAME", "Ana Sofía 'Chispita' Medina"),
        ("NAME", "Chispita", "*"),
        ("DATE", "February 29"),
        ("DATE", "leap-day"),
        ("GEO", "Villa del Carmen"),
        ("GEO", "Ponce"),
        ("NAME", "Joel Jr."),
        ("NAME", "Joel", "*"),
        ("NAME", "Bárbara"),
    ],
    note="name and nickname; birth date in two forms; urbanización and city; parents and brother; "
    "'97 days' is a length of stay, not an age",
)

# 184
n(
    "es",
    "staff_spotlight",
    "Conozcan a Héctor 'Tito' Class, paramédico de nuestra ambulancia aérea. Nació en el Bronx, creció "
    "entre Guayama y Nueva York y regresó a la isla en 2005 'para devolverle al sur lo que me dio'. "
    "Tras el terremoto de 2020 voló 31 misiones en 10 días. Su mamá, Doña Luz, todavía le prepara el "
    "almuerzo. ¡Gracias, Tito! #OrgulloHRSur 🚁",
    "staff paramedic, his places and his own mother",
)

# 185
p(
    "es",
    "milestone_birthday",
    "Cumpleaños 100 de Doña Sol 🌞 Sol María Quiñones nació un 21 de marzo en el sector Cantera y hoy "
    "lo celebró en nuestra Unidad de Cuidado Intermedio con pastel de piña.",
    [
        ("AGE", "100"),
        ("NAME", "Sol María Quiñones"),
        ("NAME", "Sol", "*"),
        ("DATE", "21 de marzo"),
        ("GEO", "Cantera"),
    ],
    note="age; a name that is a word; birth date; sector of birth",
)

# 186
n(
    "es",
    "event",
    "¡Los vejigantes llegan al hospital! 🎭 Como parte del Carnaval Ponceño, el sábado 22 de febrero a "
    "las 10:00 a.m. los grupos de vejigantes de La Playa y San Antón visitarán Pediatría.",
    "event date; barrios of performing groups, not of patients",
)

# 187
p(
    "es",
    "pasted_record",
    "Para facturación 👉 Beneficiaria: Aurora Santiago de Jesús, Medicare 1EG4-TE5-MK72, nacida el 2 "
    "de febrero de 1933, cuenta 2024-000781. Dirección: Sector El Tuque, Ponce.",
    [
        ("NAME", "Aurora Santiago de Jesús"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("DATE", "2 de febrero de 1933"),
        ("ACCOUNT", "2024-000781"),
        ("GEO", "El Tuque"),
        ("GEO", "Ponce"),
    ],
    note="billing line: name, Medicare number, birth date with year, account, sector and city",
)

# 188
n(
    "es",
    "campaign_hashtag",
    "#DaleNene 💉 es nuestra campaña para que todos los nenes y nenas del sur tengan sus vacunas al día "
    "antes de agosto.",
    "'nene' as the generic word for child in a campaign hashtag",
)

# 189
p(
    "en",
    "discharge",
    "Room 14B: happy discharge day to Abuela Fina! 🎉",
    [("OTHER_ID", "Room 14B"), ("NAME", "Fina")],
    note="short post: room and nickname ('Abuela' is a kinship word)",
)

# 190
n(
    "es",
    "statistic",
    "Mayo es el Mes de las Personas de Edad Avanzada 👵👴 En Puerto Rico viven más de 1,800 "
    "centenarios, y el sur tiene una de las tasas más altas. Celebramos a nuestros pacientes de edad "
    "de oro con actividades todo el mes.",
    "awareness month; 'centenarios' as a population",
)

# 191
p(
    "es",
    "thank_you",
    "Gracias a Iris, la hija de nuestra paciente de la cama 22, por los limbers de parcha para todo el "
    "turno 🍧",
    [("NAME", "Iris"), ("OTHER_ID", "cama 22")],
    note="a relative named in passing; bed number",
)

# 192
n(
    "es",
    "staff_spotlight",
    "Visita especial: la abuela de nuestra técnica de laboratorio Karla Ruiz, Doña Inés, de 103 años, "
    "vino a conocer dónde trabaja su nieta. ¡Qué energía! 👵",
    "a staff member's grandmother visiting, not a patient",
)

# 193
p(
    "es",
    "memorial",
    "HASTA SIEMPRE, CAPI. EL CAPITÁN DE BOMBEROS JORGE 'CAPI' ALICEA, DE LA URBANIZACIÓN GLENVIEW EN "
    "PONCE, FALLECIÓ EL 15 DE AGOSTO EN NUESTRA UCI. GRACIAS POR SALVAR TANTAS VIDAS.",
    [
        ("NAME", "JORGE 'CAPI' ALICEA"),
        ("NAME", "CAPI", "*"),
        ("GEO", "GLENVIEW"),
        ("GEO", "PONCE"),
        ("DATE", "15 DE AGOSTO"),
    ],
    note="all caps: nickname and name (rank excluded), urbanización and city, date of death",
)

# 194
n(
    "es",
    "research",
    "¿Por qué hay tantos longevos en el sur? Nuestro estudio 'Cien Años del Sur' entrevistó a 47 "
    "personas de más de 100 años en Ponce, Guayama y Coamo. Resultados en hrsur.org/cien.",
    "research on a population over 100; the hospital's domain",
)

# 195
p(
    "es",
    "birth_announcement",
    "El mejor regalo del Día de las Madres 💐: Yaritza Cruz dio a luz a su primera hija, Luna "
    "Valentina, en nuestra Sala de Partos. ¡Felicidades a la nueva mamá y al papá, Ángel!",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Yaritza Cruz"),
        ("NAME", "Luna Valentina"),
        ("NAME", "Ángel"),
    ],
    note="born on a holiday; mother, baby and father",
)

# 196
n(
    "es",
    "event",
    "Este Día de las Madres, todas las mamás que visiten a sus hijos en la UCIN recibirán una flor de "
    "parte de nuestros voluntarios. 🌷",
    "a holiday event, no particular patient",
)

# 197
p(
    "es",
    "pasted_record",
    "Respuesta a @yanira.ponce_78: hola Yanira, su papá puede traer su glucómetro serial GLM-7734-PR a "
    "la cita del 28/8. Cualquier duda, (787) 555-0122.",
    [
        ("OTHER_ID", "@yanira.ponce_78"),
        ("NAME", "Yanira"),
        ("DEVICE", "GLM-7734-PR"),
        ("DATE", "28/8"),
    ],
    note="the daughter's handle and name; the father's device serial and appointment date; the "
    "hospital's number",
)

# 198
n(
    "es",
    "public_figure",
    "¡Los Leones de Ponce visitaron Pediatría! 🦁 Gracias a los jugadores Jorge Santiago y Ángel "
    "'Chino' Rivera por firmar bolas y camisetas.",
    "visiting athletes",
)

# 199
p(
    "es",
    "patient_story",
    "Nuestro cirujano, el Dr. Iván Torres, tuvo una paciente muy especial el 17 de mayo: su propia "
    "mamá, Doña Lydia, a quien le reemplazó la rodilla. ¡Ella ya dice que su hijo es el mejor médico "
    "del mundo! 🦵",
    [("NAME", "Iván Torres"), ("DATE", "17 de mayo"), ("NAME", "Lydia")],
    note="the surgeon is the patient's son, so his name is a relative's; surgery date; patient",
)

# 200
n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Lydia Maldonado ganó el premio DAISY 🌼 por acompañar a una familia durante 36 "
    "horas tras el deslizamiento de tierra que destruyó su casa. ¡Orgullo HRSur!",
    "staff nurse; an anonymous family",
)

# 201
p(
    "en",
    "milestone_birthday",
    "101ST BIRTHDAY ALERT 🎈 Mr. Ezequiel 'Cheque' Lugo was born April 2nd in Aguirre and still walks "
    "to the plaza every morning. His great-granddaughter Keyshla organized a party on 5 South.",
    [
        ("AGE", "101ST"),
        ("NAME", "Ezequiel 'Cheque' Lugo"),
        ("DATE", "April 2nd"),
        ("GEO", "Aguirre"),
        ("NAME", "Keyshla"),
    ],
    note="ALL-CAPS ordinal age; name; birth date with ordinal; barrio; great-granddaughter",
)

# 202
n(
    "es",
    "eponymous_condition",
    "21/3, Día Mundial del Síndrome de Down 🧦🧦 Use medias disparejas y comparta su foto con "
    "#MediasDisparejasHRSur.",
    "awareness day; eponymous condition; campaign hashtag",
)

# 203
p(
    "es",
    "patient_story",
    "¡ÉXITO EN TU CIRUGÍA MAÑANA, PAPO TORRES! TODO EL PISO 4 ESTÁ CONTIGO 💪",
    [("NAME", "PAPO TORRES")],
    note="short all-caps nickname and surname",
)

# 204
n(
    "es",
    "crisis_update",
    "Actualización Fiona, 19 de septiembre, 6:00 p.m.: el hospital opera al 100% con generadores. "
    "Gracias al ingeniero Luis Báez y su equipo, que no se han ido a casa en 48 horas.",
    "date of a public event; staff",
)

# 205
p(
    "es",
    "memorial",
    "Doña Monse Pietri partió el 8 de septiembre, día de la Virgen de la Monserrate, su santa patrona. "
    "Nacida en Hormigueros y vecina de Ponce por 60 años, dejó 11 nietos.",
    [
        ("NAME", "Monse Pietri"),
        ("DATE", "8 de septiembre"),
        ("DATE", "día de la Virgen de la Monserrate"),
        ("GEO", "Hormigueros"),
        ("GEO", "Ponce"),
    ],
    note="date of death and the feast day naming the same day; birthplace and home city",
)

# 206
n(
    "es",
    "statistic",
    "Datos 2024: 14,320 cirugías, 1,873 partos, 212 pacientes de más de 100 años atendidos y 0 "
    "infecciones de catéter en la UCI por 9 meses. ¡Gracias, equipo! 📊",
    "statistics; population ages",
)

# 207
p(
    "es",
    "patient_story",
    "Comentario que recibimos y ocultamos 👀 (por favor no compartan datos personales aquí): 'mija "
    "dile a titi wanda que el nene salió de sala de operaciones, cuarto 418, llámame al 787 555 0109'",
    [("NAME", "wanda"), ("OTHER_ID", "cuarto 418"), ("PHONE", "787 555 0109")],
    note="relative's lower-case name ('titi' is kinship, 'el nene' is the generic word); room; the "
    "family's phone with spaces",
)

# 208
n(
    "es",
    "health_tip",
    "Titi, abuela, vecina: si cuida a un nene con asma, tenga siempre su inhalador a mano y un plan "
    "escrito. Descargue el plan en hrsur.org/asma.",
    "kinship words, no person; the hospital's domain",
)

# 209
p(
    "es",
    "thank_you",
    "Tata Inés no tiene celular, así que sus nietos en el Bronx pidieron que le leamos este mensaje en "
    "el cuarto 612: '¡Te amamos, Tata! Llámanos al 718-555-0142 cuando quieras.' 📞❤️",
    [
        ("NAME", "Tata Inés"),
        ("NAME", "Tata", "*"),
        ("GEO", "Bronx"),
        ("OTHER_ID", "cuarto 612"),
        ("PHONE", "718-555-0142"),
    ],
    note="nickname with name and nickname alone; grandchildren's borough and phone; room",
)

# 210
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Hermanos Capó por la nueva sala de lactancia. 🍼 Inauguración: 3 de "
    "septiembre, 10:00 a.m.",
    "sponsor; event date",
)

# 211
p(
    "es",
    "discharge",
    "Rosa Elena Ortiz venció el cáncer de seno y hoy, en vez de quedarse en la cama 7, salió de alta "
    "directo a la Caminata Rosa en Guayama 🎀. ¡Camina por todas, Rosa Elena!",
    [("NAME", "Rosa Elena Ortiz"), ("NAME", "Rosa Elena", "*"), ("OTHER_ID", "cama 7")],
    note="name; bed; the walk's name and venue are not the patient's",
)

# 212
n(
    "es",
    "public_figure",
    "Bailey K. Ashford, el médico que identificó la anemia por anquilostoma en Puerto Rico, da nombre a "
    "la calle de nuestra clínica en Guayama. 🔬",
    "historical doctor; the clinic's street",
)

# 213
p(
    "en",
    "thank_you",
    "a note from the Ramírez-Irizarry family in Santa Isabel: 'thank you for saving our dad, Chuíto.' "
    "they asked us to share their email for anyone who wants to send him a card: "
    "ramirezirizarry@outlook.com 💌",
    [
        ("NAME", "Ramírez-Irizarry"),
        ("GEO", "Santa Isabel"),
        ("NAME", "Chuíto"),
        ("EMAIL", "ramirezirizarry@outlook.com"),
    ],
    note="hyphenated family surname; town; patient's nickname; family e-mail",
)

# 214
n(
    "es",
    "recruitment",
    "Becas para estudiantes de enfermería del sur: envíe su solicitud antes del 30 de abril a "
    "Fundación HRSur, PO Box 7345, Ponce, PR 00732.",
    "deadline; the foundation's mailing address",
)

# 215
p(
    "es",
    "patient_story",
    "Un paciente nonagenario de nuestra unidad de Ortopedia se levantó hoy a caminar solo, tres días "
    "después de su cirugía de cadera. Los terapistas no lo podían creer. 💪",
    [("AGE", "nonagenario")],
    note="unnamed patient; 'nonagenario' states an age over 89",
)

# 216
n(
    "es",
    "anonymous_story",
    "Una señora en sus noventa nos visitó para donar la colcha que tejió durante 6 meses para la UCIN. "
    "No quiso decir su nombre: 'lo importante son los bebés'. 🧵",
    "an anonymous donor; a decade is not an age token",
)

# 217
p(
    "es",
    "pasted_record",
    "Certificamos que el Sr. Wilson Ocasio Reyes estuvo hospitalizado en nuestra institución del 2 al "
    "9 de marzo. (Carta para su patrono, Almacenes El Turista, subida por error 🙈)",
    [
        ("NAME", "Wilson Ocasio Reyes"),
        ("DATE", "2"),
        ("DATE", "9 de marzo"),
        ("NAME", "Almacenes El Turista"),
    ],
    note="name; admission and discharge days of a range, each end labelled; employer",
)

# 218
n(
    "es",
    "event",
    "19 de noviembre: Día del Descubrimiento de Puerto Rico. Nuestra cafetería servirá arroz con "
    "gandules y pernil a pacientes y empleados. 🇵🇷",
    "holiday; no patient",
)

# 219
p(
    "en",
    "patient_story",
    "From the Bronx to Barrio Bélgica: after 30 years in NYC, Doña Hilda Marrero retired back to Ponce "
    "in March — and landed in our ER in April with a broken hip. She's home now and says the coquí "
    "sounds better than the subway. 🐸",
    [
        ("GEO", "Bronx"),
        ("GEO", "Bélgica"),
        ("GEO", "NYC"),
        ("NAME", "Hilda Marrero"),
        ("GEO", "Ponce"),
        ("DATE", "March"),
        ("DATE", "April"),
    ],
    note="former and current home places; name; months alone of her move and of her admission",
)

# 220
n(
    "es",
    "event",
    "Clínica de vacunación en el Centro Comunal del barrio Machuelo Abajo, jueves 10 de octubre de 9 a "
    "12. Traiga su tarjeta de vacunas.",
    "event venue in a barrio; event date",
)

# 221
p(
    "es",
    "patient_story",
    "Borinquen Ortiz, 'Bori' pa' los panas, celebró hoy 6 meses libre de cáncer tocando güiro con las "
    "enfermeras de Oncología. 🎶",
    [("NAME", "Borinquen Ortiz"), ("NAME", "Bori")],
    note="a name that is the island's Taíno name; nickname",
)

# 222
n(
    "es",
    "staff_spotlight",
    "¡Alta para Doña Alta! 😂 No, no es una paciente: es Altagracia 'Alta' Rosario, nuestra "
    "recepcionista de Admisiones, que se jubila hoy después de 41 años. ¡Felicidades!",
    "a staff member's retirement phrased like a discharge",
)

# 223
p(
    "es",
    "birth_announcement",
    "Nuestra Sala de Partos recibió en la Noche de San Juan a Juan Sebastián Vélez 🌊, hijo de "
    "Marangely y Kevin, de Playa de Guayanilla. ¡Tenía que llamarse Juan!",
    [
        ("DATE", "Noche de San Juan"),
        ("NAME", "Juan Sebastián Vélez"),
        ("NAME", "Juan", "*"),
        ("NAME", "Marangely"),
        ("NAME", "Kevin"),
        ("GEO", "Playa de Guayanilla"),
    ],
    note="born on a holiday whose name contains his name; baby and parents; home barrio",
)

# 224
n(
    "es",
    "anonymous_story",
    "Anoche nacieron tres bebés en menos de una hora en nuestra Sala de Partos, ¡y los tres papás eran "
    "de la misma clase graduanda! Qué pequeño es el sur. 👶👶👶",
    "anonymous births; relative time",
)

# 225
p(
    "es",
    "pasted_record",
    "Paciente: ORTIZ MALDONADO, ELBA I. · SS ***-**-4471 · MRN: 0042-118-7 · F. ingreso: 21.VI.24 · "
    "Cuarto 305-A",
    [
        ("NAME", "ORTIZ MALDONADO, ELBA I."),
        ("SSN", "***-**-4471"),
        ("MRN", "0042-118-7"),
        ("DATE", "21.VI.24"),
        ("OTHER_ID", "Cuarto 305-A"),
    ],
    note="LAST, FIRST; masked SSN still shows its last four; MRN; admission date with Roman month; "
    "room",
)

# 226
n(
    "es",
    "eponymous_condition",
    "¿Lanzador joven con dolor en el codo? La cirugía Tommy John no es la única opción. Charla gratis "
    "con el Dr. Iván Rodríguez Cruz, ortopeda, el 12 de marzo en Guayama.",
    "eponymous surgery; doctor; event date",
)

# 227
p(
    "en",
    "patient_story",
    "get well soon, little tito from bed 9 🦖 the dino stickers are on us",
    [("NAME", "tito"), ("OTHER_ID", "bed 9")],
    note="lower-case nickname without 'little'; bed",
)

# 228
n(
    "es",
    "public_figure",
    "Gracias a la cantante ponceña Kany Rivera por su concierto en el vestíbulo para pacientes y "
    "familias. 🎶 ¡Ponce es Ponce!",
    "visiting singer; slogan",
)

# 229
p(
    "es",
    "crisis_update",
    "Si alguien vio el accidente del 16 de noviembre en la PR-2, cerca de Tallaboa, donde resultó "
    "herido Luis Daniel Feliciano, favor comunicarse con su familia. Su carro era un Corolla gris, "
    "tablilla JVR-519.",
    [
        ("DATE", "16 de noviembre"),
        ("GEO", "PR-2"),
        ("GEO", "Tallaboa"),
        ("NAME", "Luis Daniel Feliciano"),
        ("VEHICLE", "JVR-519"),
    ],
    note="date of injury; road and place of the crash; name; licence plate",
)

# 230
n(
    "es",
    "hospital_contact",
    "📞 Directorio: Cuadro (787) 555-0100 · Citas (787) 555-0122 · Fundación (787) 555-0166 · Trabajo "
    "Social (787) 555-0188 · Guayama (787) 555-0144. Web: hrsur.org",
    "the hospital's own numbers and domain",
)

# 231
p(
    "es",
    "patient_story",
    "Don Ñeco Santiago dio gracias de verdad: su cirugía de corazón abierto fue el Día de Acción de "
    "Gracias y hoy, un mes después, ya camina por la playa de Salinas, donde vive.",
    [("NAME", "Ñeco Santiago"), ("DATE", "Día de Acción de Gracias"), ("GEO", "Salinas")],
    note="nickname and surname; surgery on a holiday; home town",
)

# 232
n(
    "es",
    "crisis_update",
    "Carretera PR-143 cerrada por derrumbe entre Villalba y Orocovis. Pacientes de diálisis de esa "
    "zona: llamen al (787) 555-0133 para coordinar transportación.",
    "road closure; towns of a population",
)

# 233
p(
    "en",
    "patient_story",
    "Get well soon, Dr. Nieves! 💙 Our beloved pediatrician Dr. Ramón Nieves Ortiz is recovering in our "
    "own ICU after his stroke on Oct. 3. Send him good vibes with #FuerzaDrNieves",
    [
        ("NAME", "Ramón Nieves Ortiz"),
        ("NAME", "Nieves", "*"),
        ("DATE", "Oct. 3"),
        ("NAME", "#FuerzaDrNieves"),
    ],
    note="a doctor who is the patient: name, date of stroke, name hashtag",
)

# 234
n(
    "es",
    "staff_spotlight",
    "Nuestra primera enfermera graduada, Doña Ana Celia Torres, cumplió 100 años en su casa de la calle "
    "Isabel en Ponce. ¡Gracias por abrir el camino! 👩‍⚕️",
    "a retired nurse over 100, not a patient",
)

# 235
p(
    "es",
    "sponsor",
    "La familia de la fenecida Doña Edith Camacho, paciente de Hospicio, donó 12 sillones reclinables "
    "'para que otras familias acompañen como nosotros'. Gracias, Reinaldo y Marisol Camacho. 🪑",
    [("NAME", "Edith Camacho"), ("NAME", "Reinaldo"), ("NAME", "Marisol Camacho")],
    note="donors introduced as the relatives of a patient: labelled",
)

# 236
n(
    "es",
    "statistic",
    "El 21% de nuestros pacientes de Emergencias en julio vino de fuera de Ponce: Juana Díaz, Villalba, "
    "Peñuelas y Adjuntas.",
    "statistic; towns of a population",
)

# 237
p(
    "es",
    "milestone_birthday",
    "HOY 9 DE MAYO SE CUMPLEN 5 AÑOS LIBRE DE LEUCEMIA 🎉🎉 #TEAMYARIELIS #YARIELISVENCIÓ",
    [("DATE", "9 DE MAYO"), ("NAME", "#TEAMYARIELIS"), ("NAME", "#YARIELISVENCIÓ")],
    note="anniversary of remission; patient named only in all-caps hashtags",
)

# 238
n(
    "es",
    "campaign_hashtag",
    "#ElSurCuida 🤝 #PonceYGuayamaUnidos — Esta semana nuestros empleados donaron 1,200 libras de "
    "comida a los comedores escolares de Santa Isabel y Coamo.",
    "campaign hashtags; towns",
)

# 239
p(
    "es",
    "anonymous_story",
    "Al paciente del 00780 (así decía la etiqueta de su silla de playa 😂) que la dejó en Emergencias: "
    "la tenemos guardada en Seguridad. ¡Búscala cuando quieras!",
    [("GEO", "00780")],
    note="unnamed patient identified by his ZIP code",
)

# 240
n(
    "es",
    "health_tip",
    "¿Viaja a Orlando o Nueva York para las fiestas? Lleve una lista de sus medicamentos, su tarjeta del "
    "plan y el número de su médico. Recetas de emergencia: (787) 555-0122.",
    "travel tip; cities; the hospital's number",
)

if __name__ == "__main__":
    S.main("phi_dev70_source")
