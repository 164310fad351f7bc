//! People in office on given dates, through the recogniser: a sentence naming the person is
//! recognised with an article date, and the person's mention must carry the expected code.
//!
//! The expected codes are facts of the public record (who held which office when), written
//! here from that record, not read from the dictionaries: a row reads
//! `name as written | article date | code`. `GOV` is an executive in office (head of state or
//! government, minister, senior official), `ELI` a former one, `OPP` an opposition leader,
//! `LEG` a legislator, `MIL` a commander, `SPY` an intelligence chief, `REB` an armed group's
//! leader; IGO codes are those of `dictionaries/actors.tsv` (`IGOUNO` the UN and its agencies,
//! `IGOWSTNAT` NATO, `IGOEUREEC` the EU, `IGOAFRAU` the African Union, `IGOIMF`, `IGOWBK`,
//! `IGOOPC`, `IGOSEAASN`, `IGOMEAARL` the Arab League). Dates sit inside terms, away from the
//! days power changed hands. Several people are checked on two or more dates with different
//! codes (Trump, Biden, Netanyahu, Johnson, Lula, Orbán, Sharaa, Baradar, ...).

use comity_core::Date;
use comity_dict::Dictionaries;
use comity_recognise::{MentionKind, Recognised, recognise};
use comity_text::Doc;
use std::sync::OnceLock;

const TABLE: &str = "
Donald Trump | 2018-06-01 | USAGOV
Donald Trump | 2022-06-01 | USAELI
Donald Trump | 2025-06-01 | USAGOV
Joe Biden | 2012-06-01 | USAGOV
Joe Biden | 2019-06-01 | USAELI
Joe Biden | 2023-06-01 | USAGOV
Joe Biden | 2026-03-01 | USAELI
Barack Obama | 2014-06-01 | USAGOV
Barack Obama | 2019-06-01 | USAELI
George W. Bush | 2005-06-01 | USAGOV
US President George Bush | 2006-12-10 | USAGOV
President George Bush | 1991-06-01 | USAGOV
Secretary of State Condoleezza Rice | 2006-06-01 | USAGOV
George W. Bush | 2015-06-01 | USAELI
George H. W. Bush | 1991-02-01 | USAGOV
Bill Clinton | 1996-06-01 | USAGOV
Bill Clinton | 2004-06-01 | USAELI
Hillary Clinton | 2011-06-01 | USAGOV
Hillary Clinton | 2016-06-01 | USAELI
Dick Cheney | 2005-06-01 | USAGOV
Mike Pence | 2019-06-01 | USAGOV
Kamala Harris | 2022-06-01 | USAGOV
JD Vance | 2025-06-01 | USAGOV
Condoleezza Rice | 2006-06-01 | USAGOV
Colin Powell | 2002-06-01 | USAGOV
Madeleine Albright | 1998-06-01 | USAGOV
Warren Christopher | 1995-06-01 | USAGOV
John Kerry | 2015-06-01 | USAGOV
Rex Tillerson | 2017-06-01 | USAGOV
Mike Pompeo | 2019-06-01 | USAGOV
Mike Pompeo | 2017-06-01 | USASPY
Mike Pompeo | 2022-06-01 | USAELI
Antony Blinken | 2022-06-01 | USAGOV
Antony Blinken | 2025-06-01 | USAELI
Marco Rubio | 2025-06-01 | USAGOV
Donald Rumsfeld | 2003-03-20 | USAGOV
Robert Gates | 2009-06-01 | USAGOV
Leon Panetta | 2012-06-01 | USAGOV
Chuck Hagel | 2014-06-01 | USAGOV
Jim Mattis | 2018-03-01 | USAGOV
Mark Esper | 2020-03-01 | USAGOV
Lloyd Austin | 2023-06-01 | USAGOV
Pete Hegseth | 2025-06-01 | USAGOV
Alejandro Mayorkas | 2022-06-01 | USAGOV
Kristi Noem | 2025-06-01 | USAGOV
John Bolton | 2018-10-01 | USAGOV
Jake Sullivan | 2023-06-01 | USAGOV
Nancy Pelosi | 2020-06-01 | USALEG
Margaret Thatcher | 1990-06-01 | GBRGOV
John Major | 1994-06-01 | GBRGOV
Tony Blair | 2003-06-01 | GBRGOV
Tony Blair | 2010-06-01 | GBRELI
Gordon Brown | 2009-06-01 | GBRGOV
David Cameron | 2013-06-01 | GBRGOV
David Cameron | 2020-06-01 | GBRELI
David Cameron | 2024-03-01 | GBRGOV
Theresa May | 2018-06-01 | GBRGOV
Boris Johnson | 2017-06-01 | GBRGOV
Boris Johnson | 2019-01-15 | GBRELI
Boris Johnson | 2021-06-01 | GBRGOV
Boris Johnson | 2023-06-01 | GBRELI
Liz Truss | 2022-10-01 | GBRGOV
Rishi Sunak | 2023-06-01 | GBRGOV
Keir Starmer | 2022-06-01 | GBROPP
Keir Starmer | 2025-06-01 | GBRGOV
Dominic Raab | 2020-06-01 | GBRGOV
Jeremy Hunt | 2019-03-01 | GBRGOV
James Cleverly | 2023-06-01 | GBRGOV
David Lammy | 2025-03-01 | GBRGOV
Jack Straw | 2003-06-01 | GBRGOV
Robin Cook | 1999-06-01 | GBRGOV
Douglas Hurd | 1993-06-01 | GBRGOV
Malcolm Rifkind | 1996-06-01 | GBRGOV
William Hague | 2012-06-01 | GBRGOV
Ben Wallace | 2022-06-01 | GBRGOV
Priti Patel | 2021-06-01 | GBRGOV
Jeremy Corbyn | 2018-06-01 | GBROPP
Francois Mitterrand | 1992-06-01 | FRAGOV
Jacques Chirac | 2003-06-01 | FRAGOV
Nicolas Sarkozy | 2009-06-01 | FRAGOV
Nicolas Sarkozy | 2015-06-01 | FRAELI
Francois Hollande | 2014-06-01 | FRAGOV
Emmanuel Macron | 2019-06-01 | FRAGOV
Lionel Jospin | 1999-06-01 | FRAGOV
Dominique de Villepin | 2003-02-14 | FRAGOV
Alain Juppe | 1996-01-15 | FRAGOV
Laurent Fabius | 2014-06-01 | FRAGOV
Hubert Vedrine | 1999-06-01 | FRAGOV
Jean-Yves Le Drian | 2019-06-01 | FRAGOV
Michel Barnier | 2024-10-15 | FRAGOV
Michel Barnier | 2018-06-01 | IGOEUREEC
Gabriel Attal | 2024-03-01 | FRAGOV
Francois Bayrou | 2025-03-01 | FRAGOV
Sebastien Lecornu | 2025-11-01 | FRAGOV
Jean-Noel Barrot | 2025-03-01 | FRAGOV
Helmut Kohl | 1995-06-01 | DEUGOV
Gerhard Schroeder | 2003-06-01 | DEUGOV
Gerhard Schröder | 2010-06-01 | DEUELI
Angela Merkel | 2015-06-01 | DEUGOV
Angela Merkel | 2023-06-01 | DEUELI
Olaf Scholz | 2023-06-01 | DEUGOV
Friedrich Merz | 2023-06-01 | DEUOPP
Friedrich Merz | 2025-09-01 | DEUGOV
Joschka Fischer | 2001-06-01 | DEUGOV
Klaus Kinkel | 1995-06-01 | DEUGOV
Frank-Walter Steinmeier | 2007-06-01 | DEUGOV
Frank-Walter Steinmeier | 2020-06-01 | DEUGOV
Guido Westerwelle | 2011-06-01 | DEUGOV
Heiko Maas | 2020-06-01 | DEUGOV
Annalena Baerbock | 2023-06-01 | DEUGOV
Annalena Baerbock | 2025-11-01 | IGOUNO
Boris Pistorius | 2024-06-01 | DEUGOV
Johann Wadephul | 2025-09-01 | DEUGOV
Silvio Berlusconi | 2003-06-01 | ITAGOV
Silvio Berlusconi | 2015-06-01 | ITAELI
Romano Prodi | 2002-06-01 | IGOEUREEC
Romano Prodi | 2007-06-01 | ITAGOV
Mario Draghi | 2015-06-01 | IGOEUREEC
Mario Draghi | 2022-03-01 | ITAGOV
Giorgia Meloni | 2024-06-01 | ITAGOV
Giuseppe Conte | 2019-06-01 | ITAGOV
Matteo Renzi | 2015-06-01 | ITAGOV
Antonio Tajani | 2024-06-01 | ITAGOV
Shinzo Abe | 2015-06-01 | JPNGOV
Shinzo Abe | 2009-06-01 | JPNELI
Junichiro Koizumi | 2004-06-01 | JPNGOV
Yoshihide Suga | 2021-03-01 | JPNGOV
Fumio Kishida | 2023-06-01 | JPNGOV
Shigeru Ishiba | 2025-03-01 | JPNGOV
Sanae Takaichi | 2026-01-15 | JPNGOV
Justin Trudeau | 2019-06-01 | CANGOV
Stephen Harper | 2010-06-01 | CANGOV
Mark Carney | 2025-09-01 | CANGOV
Jean Chretien | 1998-06-01 | CANGOV
Melanie Joly | 2023-06-01 | CANGOV
Vladimir Putin | 2005-06-01 | RUSGOV
Vladimir Putin | 2024-06-01 | RUSGOV
Boris Yeltsin | 1995-06-01 | RUSGOV
Dmitry Medvedev | 2010-06-01 | RUSGOV
Sergei Lavrov | 2015-06-01 | RUSGOV
Yevgeny Primakov | 1997-06-01 | RUSGOV
Andrei Kozyrev | 1993-06-01 | RUSGOV
Igor Ivanov | 2001-06-01 | RUSGOV
Viktor Chernomyrdin | 1995-06-01 | RUSGOV
Mikhail Kasyanov | 2002-06-01 | RUSGOV
Mikhail Kasyanov | 2008-06-01 | RUSOPP
Sergei Shoigu | 2016-06-01 | RUSGOV
Alexei Navalny | 2021-06-01 | RUSOPP
Yevgeny Prigozhin | 2023-06-01 | RUSMIL
Volodymyr Zelensky | 2020-06-01 | UKRGOV
Volodymyr Zelenskyy | 2024-06-01 | UKRGOV
Petro Poroshenko | 2016-06-01 | UKRGOV
Petro Poroshenko | 2021-06-01 | UKROPP
Viktor Yanukovych | 2012-06-01 | UKRGOV
Viktor Yanukovych | 2009-06-01 | UKROPP
Viktor Yushchenko | 2007-06-01 | UKRGOV
Leonid Kuchma | 2000-06-01 | UKRGOV
Yulia Tymoshenko | 2008-06-01 | UKRGOV
Yulia Tymoshenko | 2012-06-01 | UKROPP
Dmytro Kuleba | 2022-06-01 | UKRGOV
Oleksii Reznikov | 2022-06-01 | UKRGOV
Rustem Umerov | 2024-06-01 | UKRGOV
Denys Shmyhal | 2022-06-01 | UKRGOV
Valerii Zaluzhnyi | 2023-06-01 | UKRMIL
Oleksandr Syrskyi | 2024-06-01 | UKRMIL
Alexander Lukashenko | 2021-06-01 | BLRGOV
Sviatlana Tsikhanouskaya | 2021-06-01 | BLROPP
Kim Jong Un | 2018-06-12 | PRKGOV
Kim Jong Il | 2005-06-01 | PRKGOV
Kim Il Sung | 1993-06-01 | PRKGOV
Moon Jae-in | 2018-06-01 | KORGOV
Yoon Suk Yeol | 2023-06-01 | KORGOV
Lee Jae-myung | 2023-06-01 | KOROPP
Lee Jae-myung | 2025-09-01 | KORGOV
Park Geun-hye | 2015-06-01 | KORGOV
Roh Moo-hyun | 2005-06-01 | KORGOV
Kim Dae-jung | 2000-06-15 | KORGOV
Xi Jinping | 2018-06-01 | CHNGOV
Hu Jintao | 2008-06-01 | CHNGOV
Jiang Zemin | 1998-06-01 | CHNGOV
Wen Jiabao | 2009-06-01 | CHNGOV
Li Keqiang | 2016-06-01 | CHNGOV
Li Qiang | 2024-06-01 | CHNGOV
Wang Yi | 2016-06-01 | CHNGOV
Tsai Ing-wen | 2020-06-01 | TWNGOV
Lai Ching-te | 2025-06-01 | TWNGOV
Narendra Modi | 2016-06-01 | INDGOV
Narendra Modi | 2025-06-01 | INDGOV
Manmohan Singh | 2008-06-01 | INDGOV
Atal Bihari Vajpayee | 2000-06-01 | INDGOV
Subrahmanyam Jaishankar | 2022-06-01 | INDGOV
Rahul Gandhi | 2024-08-01 | INDOPP
Imran Khan | 2020-06-01 | PAKGOV
Imran Khan | 2023-06-01 | PAKOPP
Nawaz Sharif | 2015-06-01 | PAKGOV
Pervez Musharraf | 2005-06-01 | PAKGOV
Benazir Bhutto | 1995-06-01 | PAKGOV
Asim Munir | 2025-06-01 | PAKMIL
Hamid Karzai | 2008-06-01 | AFGGOV
Ashraf Ghani | 2018-06-01 | AFGGOV
Hibatullah Akhundzada | 2019-06-01 | AFGREB
Hibatullah Akhundzada | 2023-06-01 | AFGGOV
Abdul Ghani Baradar | 2020-03-01 | AFGREB
Abdul Ghani Baradar | 2022-06-01 | AFGGOV
Amir Khan Muttaqi | 2024-06-01 | AFGGOV
Luiz Inacio Lula da Silva | 2005-06-01 | BRAGOV
Lula | 2024-06-01 | BRAGOV
Jair Bolsonaro | 2020-06-01 | BRAGOV
Jair Bolsonaro | 2024-06-01 | BRAOPP
Dilma Rousseff | 2013-06-01 | BRAGOV
Cristina Fernandez de Kirchner | 2010-06-01 | ARGGOV
Mauricio Macri | 2017-06-01 | ARGGOV
Javier Milei | 2024-06-01 | ARGGOV
Andres Manuel Lopez Obrador | 2021-06-01 | MEXGOV
Claudia Sheinbaum | 2025-06-01 | MEXGOV
Hugo Chavez | 2005-06-01 | VENGOV
Nicolas Maduro | 2016-06-01 | VENGOV
Juan Guaido | 2019-06-01 | VENOPP
Fidel Castro | 2000-06-01 | CUBGOV
Raul Castro | 2012-06-01 | CUBGOV
Miguel Diaz-Canel | 2022-06-01 | CUBGOV
Gustavo Petro | 2023-06-01 | COLGOV
Alvaro Uribe | 2006-06-01 | COLGOV
Daniel Ortega | 2020-06-01 | NICGOV
Nayib Bukele | 2022-06-01 | SLVGOV
Recep Tayyip Erdogan | 2008-06-01 | TURGOV
Recep Tayyip Erdoğan | 2020-06-01 | TURGOV
Abdullah Gul | 2010-06-01 | TURGOV
Ahmet Davutoglu | 2015-06-01 | TURGOV
Mevlut Cavusoglu | 2019-06-01 | TURGOV
Hakan Fidan | 2024-06-01 | TURGOV
Hakan Fidan | 2015-06-01 | TURSPY
Kemal Kilicdaroglu | 2019-06-01 | TUROPP
Ekrem Imamoglu | 2025-06-01 | TUROPP
Ali Khamenei | 2020-06-01 | IRNGOV
Mahmoud Ahmadinejad | 2008-06-01 | IRNGOV
Mohammad Khatami | 2000-06-01 | IRNGOV
Hassan Rouhani | 2016-06-01 | IRNGOV
Ebrahim Raisi | 2022-06-01 | IRNGOV
Masoud Pezeshkian | 2025-06-01 | IRNGOV
Mohammad Javad Zarif | 2015-06-01 | IRNGOV
Hossein Amir-Abdollahian | 2023-06-01 | IRNGOV
Abbas Araghchi | 2025-06-01 | IRNGOV
Manouchehr Mottaki | 2007-06-01 | IRNGOV
Kamal Kharrazi | 2000-06-01 | IRNGOV
Ali Akbar Velayati | 1995-06-01 | IRNGOV
Qasem Soleimani | 2018-06-01 | IRNMIL
Ali Larijani | 2012-06-01 | IRNLEG
Saddam Hussein | 1995-06-01 | IRQGOV
Nouri al-Maliki | 2010-06-01 | IRQGOV
Haider al-Abadi | 2016-06-01 | IRQGOV
Mustafa al-Kadhimi | 2021-06-01 | IRQGOV
Mohammed Shia al-Sudani | 2024-06-01 | IRQGOV
Jalal Talabani | 2008-06-01 | IRQGOV
Hoshyar Zebari | 2008-06-01 | IRQGOV
Tariq Aziz | 1995-06-01 | IRQGOV
Bashar al-Assad | 2015-06-01 | SYRGOV
Bashar al-Assad | 2025-06-01 | SYRELI
Ahmed al-Sharaa | 2023-06-01 | SYRREB
Ahmed al-Sharaa | 2025-06-01 | SYRGOV
Walid Muallem | 2015-06-01 | SYRGOV
Asaad al-Shaibani | 2025-06-01 | SYRGOV
Benjamin Netanyahu | 1997-06-01 | ISRGOV
Benjamin Netanyahu | 2015-06-01 | ISRGOV
Benjamin Netanyahu | 2022-03-01 | ISROPP
Benjamin Netanyahu | 2024-06-01 | ISRGOV
Naftali Bennett | 2021-10-01 | ISRGOV
Naftali Bennett | 2024-06-01 | ISRELI
Yair Lapid | 2022-09-01 | ISRGOV
Yair Lapid | 2024-06-01 | ISROPP
Ehud Olmert | 2007-06-01 | ISRGOV
Ariel Sharon | 2003-06-01 | ISRGOV
Ehud Barak | 2000-01-15 | ISRGOV
Yitzhak Rabin | 1994-06-01 | ISRGOV
Shimon Peres | 2010-06-01 | ISRGOV
Tzipi Livni | 2007-06-01 | ISRGOV
Avigdor Lieberman | 2010-06-01 | ISRGOV
Yoav Gallant | 2024-03-01 | ISRGOV
Benny Gantz | 2021-06-01 | ISRGOV
Israel Katz | 2025-03-01 | ISRGOV
Isaac Herzog | 2023-06-01 | ISRGOV
Itamar Ben-Gvir | 2023-06-01 | ISRGOV
Yasser Arafat | 2000-06-01 | PSEGOV
Mahmoud Abbas | 2010-06-01 | PSEGOV
Salam Fayyad | 2009-06-01 | PSEGOV
Mohammad Shtayyeh | 2020-06-01 | PSEGOV
Ismail Haniyeh | 2020-06-01 | PSEREB
Yahya Sinwar | 2024-06-01 | PSEREB
Khaled Mashal | 2010-06-01 | PSEREB
Hassan Nasrallah | 2010-06-01 | LBNREB
Naim Qassem | 2025-06-01 | LBNREB
Michel Aoun | 2018-06-01 | LBNGOV
Joseph Aoun | 2025-06-01 | LBNGOV
Saad Hariri | 2018-06-01 | LBNGOV
Najib Mikati | 2022-06-01 | LBNGOV
Nawaf Salam | 2025-06-01 | LBNGOV
Nabih Berri | 2020-06-01 | LBNLEG
Hosni Mubarak | 2005-06-01 | EGYGOV
Mohamed Morsi | 2013-01-15 | EGYGOV
Abdel Fattah el-Sisi | 2018-06-01 | EGYGOV
Sameh Shoukry | 2020-06-01 | EGYGOV
Amr Moussa | 1995-06-01 | EGYGOV
Amr Moussa | 2005-06-01 | IGOMEAARL
Ahmed Aboul Gheit | 2008-06-01 | EGYGOV
Ahmed Aboul Gheit | 2020-06-01 | IGOMEAARL
Mohammed bin Salman | 2020-06-01 | SAUGOV
King Salman | 2018-06-01 | SAUGOV
Saud al-Faisal | 2005-06-01 | SAUGOV
Adel al-Jubeir | 2016-06-01 | SAUGOV
Faisal bin Farhan | 2023-06-01 | SAUGOV
Mohammed bin Zayed | 2023-06-01 | AREGOV
Tamim bin Hamad Al Thani | 2020-06-01 | QATGOV
King Abdullah II | 2020-06-01 | JORGOV
Ayman Safadi | 2024-06-01 | JORGOV
Muammar Gaddafi | 2005-06-01 | LBYGOV
Khalifa Haftar | 2020-06-01 | LBYMIL
Abdul-Malik al-Houthi | 2024-06-01 | YEMREB
Abdrabbuh Mansur Hadi | 2015-06-01 | YEMGOV
Ali Abdullah Saleh | 2005-06-01 | YEMGOV
Ilham Aliyev | 2020-06-01 | AZEGOV
Nikol Pashinyan | 2020-06-01 | ARMGOV
Mikheil Saakashvili | 2006-06-01 | GEOGOV
Mikheil Saakashvili | 2020-06-01 | GEOOPP
Eduard Shevardnadze | 1998-06-01 | GEOGOV
Salome Zourabichvili | 2022-06-01 | GEOGOV
Irakli Kobakhidze | 2025-06-01 | GEOGOV
Aleksandar Vucic | 2020-06-01 | SRBGOV
Slobodan Milosevic | 1995-06-01 | SRBGOV
Alija Izetbegovic | 1995-06-01 | BIHGOV
Radovan Karadzic | 2006-01-20 | BIHELI
John Abizaid | 2006-08-03 | USAMIL
David Petraeus | 2007-09-10 | USAMIL
Michael Mullen | 2009-06-01 | USAMIL
Albin Kurti | 2023-06-01 | XKXGOV
Donald Tusk | 2010-06-01 | POLGOV
Donald Tusk | 2017-06-01 | IGOEUREEC
Donald Tusk | 2024-06-01 | POLGOV
Andrzej Duda | 2020-06-01 | POLGOV
Karol Nawrocki | 2025-10-01 | POLGOV
Radoslaw Sikorski | 2024-06-01 | POLGOV
Mateusz Morawiecki | 2020-06-01 | POLGOV
Viktor Orban | 2000-06-01 | HUNGOV
Viktor Orban | 2006-06-01 | HUNOPP
Viktor Orban | 2020-06-01 | HUNGOV
Peter Szijjarto | 2022-06-01 | HUNGOV
Robert Fico | 2024-06-01 | SVKGOV
Maia Sandu | 2023-06-01 | MDAGOV
Pedro Sanchez | 2020-06-01 | ESPGOV
Mariano Rajoy | 2014-06-01 | ESPGOV
Jose Luis Rodriguez Zapatero | 2008-06-01 | ESPGOV
Jose Maria Aznar | 2002-06-01 | ESPGOV
Mark Rutte | 2015-06-01 | NLDGOV
Mark Rutte | 2025-06-01 | IGOWSTNAT
Jens Stoltenberg | 2018-06-01 | IGOWSTNAT
Anders Fogh Rasmussen | 2012-06-01 | IGOWSTNAT
Anders Fogh Rasmussen | 2005-06-01 | DNKGOV
Javier Solana | 1997-06-01 | IGOWSTNAT
Javier Solana | 2005-06-01 | IGOEUREEC
Jaap de Hoop Scheffer | 2006-06-01 | IGOWSTNAT
George Robertson | 2002-06-01 | IGOWSTNAT
Ursula von der Leyen | 2022-06-01 | IGOEUREEC
Ursula von der Leyen | 2016-06-01 | DEUGOV
Jean-Claude Juncker | 2017-06-01 | IGOEUREEC
Jose Manuel Barroso | 2010-06-01 | IGOEUREEC
Herman Van Rompuy | 2012-06-01 | IGOEUREEC
Charles Michel | 2022-06-01 | IGOEUREEC
Antonio Costa | 2025-06-01 | IGOEUREEC
Antonio Costa | 2020-06-01 | PRTGOV
Catherine Ashton | 2012-06-01 | IGOEUREEC
Federica Mogherini | 2017-06-01 | IGOEUREEC
Josep Borrell | 2022-06-01 | IGOEUREEC
Kaja Kallas | 2025-06-01 | IGOEUREEC
Kaja Kallas | 2022-06-01 | ESTGOV
Antonio Guterres | 2020-06-01 | IGOUNO
Antonio Guterres | 1998-06-01 | PRTGOV
Ban Ki-moon | 2010-06-01 | IGOUNO
Kofi Annan | 2003-06-01 | IGOUNO
Boutros Boutros-Ghali | 1994-06-01 | IGOUNO
Tedros Adhanom Ghebreyesus | 2020-06-01 | IGOUNOHLHWHO
Margaret Chan | 2010-06-01 | IGOUNOHLHWHO
Mohamed ElBaradei | 2005-06-01 | IGOUNOIAE
Yukiya Amano | 2015-06-01 | IGOUNOIAE
Rafael Grossi | 2023-06-01 | IGOUNOIAE
Kristalina Georgieva | 2022-06-01 | IGOIMF
Christine Lagarde | 2015-06-01 | IGOIMF
Christine Lagarde | 2022-06-01 | IGOEUREEC
Dominique Strauss-Kahn | 2009-06-01 | IGOIMF
Ajay Banga | 2024-06-01 | IGOWBK
David Malpass | 2021-06-01 | IGOWBK
Paul Wolfowitz | 2006-06-01 | IGOWBK
Paul Wolfowitz | 2003-06-01 | USAGOV
Haitham al-Ghais | 2024-06-01 | IGOOPC
Mohammad Barkindo | 2019-06-01 | IGOOPC
Kao Kim Hourn | 2024-06-01 | IGOSEAASN
Moussa Faki Mahamat | 2020-06-01 | IGOAFRAU
Nkosazana Dlamini-Zuma | 2014-06-01 | IGOAFRAU
Ngozi Okonjo-Iweala | 2023-06-01 | IGOWTO
Osama bin Laden | 2005-06-01 | IMGREB
Ayman al-Zawahiri | 2015-06-01 | IMGREB
Abu Bakr al-Baghdadi | 2016-06-01 | IMGREB
Abu Musab al-Zarqawi | 2005-06-01 | IMGREB
Mullah Omar | 2000-06-01 | AFGGOV
Mullah Omar | 2008-06-01 | AFGREB
Abubakar Shekau | 2015-06-01 | NGAREB
Abdel Fattah al-Burhan | 2024-06-01 | SDNGOV
Mohamed Hamdan Dagalo | 2021-06-01 | SDNGOV
Mohamed Hamdan Dagalo | 2024-06-01 | SDNREB
Omar al-Bashir | 2010-06-01 | SDNGOV
Abiy Ahmed | 2021-06-01 | ETHGOV
Meles Zenawi | 2005-06-01 | ETHGOV
Bola Tinubu | 2024-06-01 | NGAGOV
Muhammadu Buhari | 2018-06-01 | NGAGOV
Goodluck Jonathan | 2012-06-01 | NGAGOV
Olusegun Obasanjo | 2003-06-01 | NGAGOV
Cyril Ramaphosa | 2020-06-01 | ZAFGOV
Jacob Zuma | 2012-06-01 | ZAFGOV
Thabo Mbeki | 2003-06-01 | ZAFGOV
Nelson Mandela | 1996-06-01 | ZAFGOV
Paul Kagame | 2015-06-01 | RWAGOV
Yoweri Museveni | 2015-06-01 | UGAGOV
William Ruto | 2024-06-01 | KENGOV
Felix Tshisekedi | 2024-06-01 | CODGOV
Robert Mugabe | 2010-06-01 | ZWEGOV
Joko Widodo | 2018-06-01 | IDNGOV
Prabowo Subianto | 2025-06-01 | IDNGOV
Susilo Bambang Yudhoyono | 2010-06-01 | IDNGOV
Rodrigo Duterte | 2018-06-01 | PHLGOV
Ferdinand Marcos Jr. | 2024-06-01 | PHLGOV
Anwar Ibrahim | 2024-06-01 | MYSGOV
Mahathir Mohamad | 2019-06-01 | MYSGOV
Lee Hsien Loong | 2015-06-01 | SGPGOV
Aung San Suu Kyi | 2018-06-01 | MMRGOV
Min Aung Hlaing | 2022-06-01 | MMRMIL
Hun Sen | 2015-06-01 | KHMGOV
Sheikh Hasina | 2015-06-01 | BGDGOV
Muhammad Yunus | 2025-06-01 | BGDGOV
Anthony Albanese | 2023-06-01 | AUSGOV
Scott Morrison | 2020-06-01 | AUSGOV
John Howard | 2003-06-01 | AUSGOV
Kevin Rudd | 2009-06-01 | AUSGOV
Penny Wong | 2024-06-01 | AUSGOV
Nursultan Nazarbayev | 2010-06-01 | KAZGOV
";

fn dict() -> &'static Dictionaries {
    static D: OnceLock<Dictionaries> = OnceLock::new();
    D.get_or_init(Dictionaries::builtin)
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|| panic!("bad date {s}"))
}

/// Recognises `text` on `day`; returns the recognised text.
fn run<'a>(text: &'a str, day: &str) -> (Doc<'a>, Recognised) {
    let doc = Doc::new(text);
    let r = recognise(&doc, dict(), Some(date(day)));
    (doc, r)
}

/// The person mention starting at the sentence's first word: its text, dictionary name and code.
fn person_at(
    doc: &Doc<'_>,
    r: &Recognised,
    first: usize,
) -> Option<(String, String, Option<String>)> {
    let m = r.mentions.iter().find(|m| m.first == first && m.kind == MentionKind::Person)?;
    let p = &r.people[m.person?];
    Some((doc.slice(m.first, m.last).to_string(), p.name.clone(), m.code.clone()))
}

/// The person mentions of a text, in order: (text, dictionary name, code).
fn people(doc: &Doc<'_>, r: &Recognised) -> Vec<(String, String, Option<String>)> {
    r.mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .filter_map(|m| {
            let p = &r.people[m.person?];
            Some((doc.slice(m.first, m.last).to_string(), p.name.clone(), m.code.clone()))
        })
        .collect()
}

#[test]
fn officeholders_on_dates() {
    let mut rows = 0;
    let mut names = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for line in TABLE.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('|').map(str::trim).collect();
        let [name, day, expected] = f[..] else { panic!("bad row: {line}") };
        rows += 1;
        names.insert(name);
        let text = format!("{name} said on Tuesday that the talks would continue.");
        let (doc, r) = run(&text, day);
        match person_at(&doc, &r, 0) {
            Some((span, _, Some(code))) if span == name && code == expected => {}
            Some((span, person, code)) => failures.push(format!(
                "{name} on {day}: '{span}' taken for {person} with {code:?}, expected {expected}"
            )),
            None => failures.push(format!("{name} on {day}: no person, expected {expected}")),
        }
    }
    eprintln!("{} of {rows} rows right ({} people)", rows - failures.len(), names.len());
    assert!(names.len() >= 200, "only {} people", names.len());
    assert!(
        failures.is_empty(),
        "{} of {rows} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_surname_after_the_full_name_is_the_same_person_with_the_dated_code() {
    let (doc, r) = run(
        "Boris Johnson met Emmanuel Macron in Paris. Johnson said Britain would stay close to \
         Europe, and Macron agreed.",
        "2020-02-01",
    );
    let got = people(&doc, &r);
    let johnson: Vec<_> = got.iter().filter(|(s, _, _)| s == "Johnson").collect();
    assert_eq!(johnson.len(), 1, "{got:?}");
    assert_eq!(johnson[0].1, "Boris Johnson");
    assert_eq!(johnson[0].2.as_deref(), Some("GBRGOV"));
    // The same sentences in 2023: Johnson is a former prime minister.
    let (doc, r) =
        run("Boris Johnson spoke in London. Johnson said he would not stand again.", "2023-06-01");
    let got = people(&doc, &r);
    assert!(
        got.iter().any(|(s, p, c)| s == "Johnson"
            && p == "Boris Johnson"
            && c.as_deref() == Some("GBRELI")),
        "{got:?}"
    );
}

#[test]
fn a_bare_common_surname_names_nobody_before_the_full_name() {
    let (doc, r) = run("Johnson said the talks would continue.", "2020-02-01");
    assert!(
        person_at(&doc, &r, 0).is_none_or(|(_, p, _)| p != "Boris Johnson"),
        "{:?}",
        people(&doc, &r)
    );
}

#[test]
fn accent_folded_spellings_name_the_same_person() {
    // Written without accents after an accented full name, and the other way round.
    let (doc, r) = run(
        "Recep Tayyip Erdoğan met Hugo Chavez in Caracas. Erdogan said trade would grow, and \
         Chávez agreed.",
        "2009-06-01",
    );
    let got = people(&doc, &r);
    assert!(
        got.iter().any(|(s, _, c)| s == "Erdogan" && c.as_deref() == Some("TURGOV")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(s, p, c)| s == "Chávez" && p == "Hugo Chávez" && c.as_deref() == Some("VENGOV")),
        "{got:?}"
    );
    // An accented spelling of a name the dictionaries write plainly, and the other way round.
    let (doc, r) = run("Miguel Díaz-Canel met Jose Manuel Barroso.", "2012-06-01");
    let got = people(&doc, &r);
    assert!(
        got.iter().any(|(s, p, c)| s == "Miguel Díaz-Canel"
            && p == "Miguel Diaz-Canel"
            && c.as_deref() == Some("CUBGOV")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(s, p, c)| s == "Jose Manuel Barroso"
            && p == "José Manuel Barroso"
            && c.as_deref() == Some("IGOEUREEC")),
        "{got:?}"
    );
}

#[test]
fn a_title_with_a_surname_names_the_officeholder_of_the_day() {
    // (text, date, the mention, the person, the code)
    let cases = [
        (
            "President Bush said the talks would continue.",
            "2005-06-01",
            "Bush",
            "George W. Bush",
            "USAGOV",
        ),
        (
            "President Bush said the talks would continue.",
            "1991-06-01",
            "Bush",
            "George H. W. Bush",
            "USAGOV",
        ),
        (
            "Prime Minister Johnson said the talks would continue.",
            "2020-06-01",
            "Johnson",
            "Boris Johnson",
            "GBRGOV",
        ),
        (
            "Secretary Rice said the talks would continue.",
            "2006-06-01",
            "Rice",
            "Condoleezza Rice",
            "USAGOV",
        ),
        (
            "Mr. Putin said the talks would continue.",
            "2016-06-01",
            "Putin",
            "Vladimir Putin",
            "RUSGOV",
        ),
        (
            "President Lula said the talks would continue.",
            "2024-06-01",
            "Lula",
            "Luiz Inacio Lula da Silva",
            "BRAGOV",
        ),
        (
            "Chancellor Scholz said the talks would continue.",
            "2023-06-01",
            "Scholz",
            "Olaf Scholz",
            "DEUGOV",
        ),
        (
            "President Erdogan said the talks would continue.",
            "2021-06-01",
            "Erdogan",
            "Recep Tayyip Erdogan",
            "TURGOV",
        ),
        (
            "Prime Minister Abe said the talks would continue.",
            "2016-06-01",
            "Abe",
            "Shinzo Abe",
            "JPNGOV",
        ),
        ("Premier Wen said the talks would continue.", "2010-06-01", "Wen", "Wen Jiabao", "CHNGOV"),
    ];
    let mut failures = Vec::new();
    for (text, day, span, person, code) in cases {
        let (doc, r) = run(text, day);
        let got = people(&doc, &r);
        if !got.iter().any(|(s, p, c)| s == span && p == person && c.as_deref() == Some(code)) {
            failures.push(format!("{text} ({day}): {got:?}, expected {person} {code}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
