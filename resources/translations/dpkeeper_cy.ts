<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="29"/>
        <source>About %1</source>
        <translation>Ynghylch %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="38"/>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="40"/>
        <source>New vaults are saved in this folder unless you choose another: %1</source>
        <translation>Mae claddgelloedd newydd yn cael eu cadw yn y ffolder hwn oni bai eich bod yn dewis un arall: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="43"/>
        <source>Your vault is in this folder: %1</source>
        <translation>Mae eich claddgell yn y ffolder hwn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="49"/>
        <source>All rights reserved by the Direct Payments Keeper authors. Made with Qt for Python (LGPL 3), SQLCipher (BSD) and the DejaVu fonts (free licence).</source>
        <translation>Cedwir pob hawl gan awduron Direct Payments Keeper. Wedi&apos;i wneud gyda Qt for Python (LGPL 3), SQLCipher (BSD) a ffontiau DejaVu (trwydded rydd).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="56"/>
        <source>Your records stay on this computer, locked with your passphrase. The app does not send anything over the internet.</source>
        <translation>Mae eich cofnodion yn aros ar y cyfrifiadur hwn, wedi&apos;u cloi â&apos;ch cyfrinymadrodd. Dydy&apos;r ap ddim yn anfon dim byd dros y rhyngrwyd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="63"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="41"/>
        <source>Leave or sickness for %1</source>
        <translation>Gwyliau neu salwch i %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="44"/>
        <source>Annual leave or sickness</source>
        <translation>Gwyliau blynyddol neu salwch</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="47"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="48"/>
        <source>Hours that day</source>
        <translation>Oriau&apos;r diwrnod hwnnw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="49"/>
        <source>For example: 7.5, 7:30 or 7h 30m</source>
        <translation>Er enghraifft: 7.5, 7:30 neu 7h 30m</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="50"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="51"/>
        <source>Optional, for example: booked in June</source>
        <translation>Dewisol, er enghraifft: wedi&apos;i drefnu ym mis Mehefin</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="52"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="56"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="57"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="58"/>
        <source>&amp;Hours that day:</source>
        <translation>&amp;Oriau&apos;r diwrnod hwnnw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="59"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="65"/>
        <source>Record one day off at a time, with the hours your PA would have worked that day.</source>
        <translation>Cofnodwch un diwrnod i ffwrdd ar y tro, gyda&apos;r oriau y byddai eich CP wedi&apos;u gweithio&apos;r diwrnod hwnnw.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="36"/>
        <source>Change an account</source>
        <translation>Newid cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="36"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="39"/>
        <source>Account name</source>
        <translation>Enw&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="40"/>
        <source>For example: Direct payment account</source>
        <translation>Er enghraifft: Cyfrif taliadau uniongyrchol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="41"/>
        <source>Kind of account</source>
        <translation>Math o gyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="44"/>
        <source>Opening balance</source>
        <translation>Balans agoriadol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="45"/>
        <source>Opening date</source>
        <translation>Dyddiad agor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="46"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="49"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="50"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="51"/>
        <source>&amp;Money in it at the start (£):</source>
        <translation>&amp;Arian ynddo ar y dechrau (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="52"/>
        <source>&amp;On this date:</source>
        <translation>A&amp;r y dyddiad hwn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="57"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="65"/>
        <source>Use the balance on your bank statement (or the cash in the tin) on the day you start keeping records here.</source>
        <translation>Defnyddiwch y balans ar eich cyfriflen banc (neu&apos;r arian parod yn y tun) ar y diwrnod rydych chi&apos;n dechrau cadw cofnodion yma.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="40"/>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="41"/>
        <source>Add a person who can open this vault</source>
        <translation>Ychwanegu person sy&apos;n gallu agor y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="42"/>
        <source>Their name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="44"/>
        <source>&amp;Helper</source>
        <translation>&amp;Helpwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="44"/>
        <source>Helper</source>
        <translation>Helpwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="46"/>
        <source>A&amp;dvocate</source>
        <translation>&amp;Eiriolwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="46"/>
        <source>Advocate</source>
        <translation>Eiriolwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="60"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="67"/>
        <source>Let them in</source>
        <translation>Gadael iddyn nhw ddod i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="68"/>
        <source>&amp;Let them in</source>
        <translation>&amp;Gadael iddyn nhw ddod i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="73"/>
        <source>&amp;Name:</source>
        <translation>E&amp;nw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="80"/>
        <source>They will open the vault with their own passphrase, and the history will show what they did. Choose the passphrase together, or let them type it.</source>
        <translation>Byddan nhw&apos;n agor y gladdgell â&apos;u cyfrinymadrodd eu hunain, a bydd yr hanes yn dangos beth wnaethon nhw. Dewiswch y cyfrinymadrodd gyda&apos;ch gilydd, neu gadewch iddyn nhw ei deipio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="86"/>
        <source>What may they do?</source>
        <translation>Beth gawn nhw ei wneud?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="91"/>
        <source>Roles stop mistakes and record who did what. They are not a lock: anyone who can open this vault could, with other tools, read everything in it. Only share the vault with people you trust.</source>
        <translation>Mae rolau&apos;n atal camgymeriadau ac yn cofnodi pwy wnaeth beth. Nid clo ydyn nhw: gallai unrhyw un sy&apos;n gallu agor y gladdgell hon, gydag offer eraill, ddarllen popeth sydd ynddi. Rhannwch y gladdgell â phobl rydych chi&apos;n ymddiried ynddyn nhw yn unig.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="122"/>
        <source>Please type the name of the person you are letting in.</source>
        <translation>Teipiwch enw&apos;r person rydych chi&apos;n gadael i mewn.</translation>
    </message>
</context>
<context>
    <name>AllChangesDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="28"/>
        <source>Everything that changed</source>
        <translation>Popeth a newidiodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="31"/>
        <source>Changes, newest first</source>
        <translation>Newidiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="34"/>
        <source>Show &amp;older changes</source>
        <translation>Dangos newidiadau &amp;hŷn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="36"/>
        <source>Show older changes</source>
        <translation>Dangos newidiadau hŷn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="44"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="52"/>
        <source>Every change saved in this vault, newest first: when it was made, who made it, and what changed. Nothing can be taken out of this list.</source>
        <translation>Pob newid sydd wedi&apos;i gadw yn y gladdgell hon, y diweddaraf yn gyntaf: pryd y cafodd ei wneud, pwy a&apos;i gwnaeth, a beth a newidiodd. Does dim modd tynnu dim o&apos;r rhestr hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="71"/>
        <source>No older changes</source>
        <translation>Dim newidiadau hŷn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="73"/>
        <source>No changes are recorded yet.</source>
        <translation>Does dim newidiadau wedi&apos;u cofnodi eto.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/amount_field.py" line="14"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="61"/>
        <source>Budget line</source>
        <translation>Llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="64"/>
        <source>Name of the budget line</source>
        <translation>Enw&apos;r llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="65"/>
        <source>For example: PA support</source>
        <translation>Er enghraifft: Cymorth CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="66"/>
        <source>Spending category</source>
        <translation>Categori gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="71"/>
        <source>Hours of support</source>
        <translation>Oriau o gymorth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="74"/>
        <source>An amount of money</source>
        <translation>Swm o arian</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="74"/>
        <source>An amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="76"/>
        <source>Hours a week</source>
        <translation>Oriau&apos;r wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="77"/>
        <source>Hourly rate in pounds</source>
        <translation>Cyfradd yr awr mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="78"/>
        <source>Amount in pounds</source>
        <translation>Swm mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="79"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="82"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="86"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="88"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Oriau&apos;r wythnos:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="89"/>
        <source>Hourly &amp;rate (£):</source>
        <translation>Cyf&amp;radd yr awr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="91"/>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Swm (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="92"/>
        <source>&amp;How often:</source>
        <translation>&amp;Pa mor aml:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="97"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="67"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="68"/>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="18"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="19"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="27"/>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="21"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="28"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="35"/>
        <source>Your records stay as they are. Only the passphrase that opens them changes.</source>
        <translation>Mae eich cofnodion yn aros fel y maen nhw. Dim ond y cyfrinymadrodd sy&apos;n eu hagor sy&apos;n newid.</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="33"/>
        <source>Employer&apos;s liability insurance</source>
        <translation>Yswiriant atebolrwydd cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="36"/>
        <source>Checks for %1</source>
        <translation>Gwiriadau ar gyfer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="44"/>
        <source>Done on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="45"/>
        <source>Renew or follow up by</source>
        <translation>Adnewyddu neu ddilyn i fyny erbyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="46"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="50"/>
        <source>%1 done on</source>
        <translation>%1 wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="53"/>
        <source>%1 due by</source>
        <translation>%1 yn ddyledus erbyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="56"/>
        <source>%1 note</source>
        <translation>Nodyn %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="59"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="72"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="79"/>
        <source>Fill in the dates you know. Home reminds you 30 days before a “renew or follow up by” date. Leave a date empty if it does not apply.</source>
        <translation>Llenwch y dyddiadau rydych chi&apos;n eu gwybod. Bydd Hafan yn eich atgoffa 30 diwrnod cyn dyddiad “adnewyddu neu ddilyn i fyny erbyn”. Gadewch ddyddiad yn wag os nad yw&apos;n berthnasol.</translation>
    </message>
</context>
<context>
    <name>CodeCheckFields</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="18"/>
        <source>Last two groups of the recovery code</source>
        <translation>Dau grŵp olaf y cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="21"/>
        <source>Recovery code check</source>
        <translation>Gwirio&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="24"/>
        <source>&amp;Last two groups:</source>
        <translation>&amp;Dau grŵp olaf:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="30"/>
        <source>To check you have your recovery code safe, please type its last two groups of four (the 6th and 7th). Capital or small letters are both fine.</source>
        <translation>I wirio bod eich cod adfer yn ddiogel gennych, teipiwch ei ddau grŵp olaf o bedwar (y 6ed a&apos;r 7fed). Mae priflythrennau neu lythrennau bach yn iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="52"/>
        <source>That doesn&apos;t match the code. Go back to look at it again, then type the last two groups.</source>
        <translation>Dydy hynny ddim yn cyfateb i&apos;r cod. Ewch yn ôl i edrych arno eto, yna teipiwch y ddau grŵp olaf.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="37"/>
        <source>The start of the file</source>
        <translation>Dechrau&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="43"/>
        <source>Date column</source>
        <translation>Colofn y dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="44"/>
        <source>Description column</source>
        <translation>Colofn y disgrifiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="45"/>
        <source>Amount column</source>
        <translation>Colofn y swm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="46"/>
        <source>Money out column</source>
        <translation>Colofn arian allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="47"/>
        <source>Money in column</source>
        <translation>Colofn arian i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="48"/>
        <source>Balance column</source>
        <translation>Colofn y balans</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="50"/>
        <source>Money &amp;out is shown without a minus sign</source>
        <translation>Mae arian &amp;allan yn cael ei ddangos heb arwydd minws</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="52"/>
        <source>Money out is shown without a minus sign</source>
        <translation>Mae arian allan yn cael ei ddangos heb arwydd minws</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="58"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="59"/>
        <source>Des&amp;cription (who was paid):</source>
        <translation>Dis&amp;grifiad (pwy gafodd ei dalu):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="60"/>
        <source>&amp;Amount (in and out in one column):</source>
        <translation>&amp;Swm (i mewn ac allan mewn un golofn):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="61"/>
        <source>Money ou&amp;t:</source>
        <translation>Arian a&amp;llan:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="62"/>
        <source>Money &amp;in:</source>
        <translation>Arian i &amp;mewn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="63"/>
        <source>&amp;Balance (if there is one):</source>
        <translation>&amp;Balans (os oes un):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="69"/>
        <source>Choose either the amount column, or the money out and money in columns. Check the rows below look right before you go on.</source>
        <translation>Dewiswch naill ai golofn y swm, neu&apos;r colofnau arian allan ac arian i mewn. Gwiriwch fod y rhesi isod yn edrych yn iawn cyn mynd ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="73"/>
        <source>How the rows will read</source>
        <translation>Sut bydd y rhesi&apos;n edrych</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="82"/>
        <source>The start of the file:</source>
        <translation>Dechrau&apos;r ffeil:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="86"/>
        <source>How the first rows will read:</source>
        <translation>Sut bydd y rhesi cyntaf yn edrych:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="121"/>
        <source>(not in this file)</source>
        <translation>(ddim yn y ffeil hon)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="176"/>
        <source>Please choose the column that holds the date.</source>
        <translation>Dewiswch y golofn sy&apos;n dal y dyddiad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="215"/>
        <source>balance %1</source>
        <translation>balans %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="46"/>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="56"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="58"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="58"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="59"/>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="158"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="59"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="60"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="88"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="91"/>
        <source>Where the vault is kept</source>
        <translation>Ble mae&apos;r gladdgell yn cael ei chadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="95"/>
        <source>C&amp;hange folder…</source>
        <translation>Newid y &amp;ffolder…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="95"/>
        <source>Change folder</source>
        <translation>Newid y ffolder</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="99"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="106"/>
        <source>A vault keeps one person&apos;s direct payment records, locked with a passphrase. Whose records will it hold? (If you help someone else, type their name.)</source>
        <translation>Mae claddgell yn cadw cofnodion taliadau uniongyrchol un person, wedi&apos;u cloi â chyfrinymadrodd. Cofnodion pwy fydd ynddi? (Os ydych chi&apos;n helpu rhywun arall, teipiwch eu henw nhw.)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="134"/>
        <source>Your vault will be kept in this folder: %1</source>
        <translation>Bydd eich claddgell yn cael ei chadw yn y ffolder hwn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="147"/>
        <source>Whose records are these?</source>
        <translation>Cofnodion pwy yw&apos;r rhain?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="148"/>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="149"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="150"/>
        <source>Check your recovery code</source>
        <translation>Gwiriwch eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="155"/>
        <source>Step %1 of 4</source>
        <translation>Cam %1 o 4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="158"/>
        <source>&amp;Create my vault</source>
        <translation>&amp;Creu fy nghladdgell</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="207"/>
        <source>Setting up your vault…</source>
        <translation>Wrthi&apos;n paratoi eich claddgell…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="224"/>
        <source>Something went wrong and the vault was not made (%1). Nothing was saved. Please try again, perhaps in another folder.</source>
        <translation>Aeth rhywbeth o&apos;i le, a doedd dim modd creu&apos;r gladdgell (%1). Chafodd dim byd ei gadw. Rhowch gynnig arall arni, efallai mewn ffolder arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="233"/>
        <source>Stop making a vault?</source>
        <translation>Rhoi&apos;r gorau i greu claddgell?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="234"/>
        <source>Nothing has been saved yet. Do you want to stop?</source>
        <translation>Does dim byd wedi&apos;i gadw eto. Ydych chi eisiau stopio?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="20"/>
        <source>No changes are recorded yet.</source>
        <translation>Does dim newidiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="24"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="30"/>
        <source>Times are shown in UTC (British winter time).</source>
        <translation>Mae&apos;r amseroedd yn cael eu dangos yn UTC (amser gaeaf Prydain).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="68"/>
        <source>Money available now</source>
        <translation>Arian sydd ar gael nawr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="69"/>
        <source>Weeks of money in hand</source>
        <translation>Wythnosau o arian wrth gefn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="70"/>
        <source>Spending this payment period</source>
        <translation>Gwariant yn y cyfnod talu hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="71"/>
        <source>Receipts</source>
        <translation>Derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="72"/>
        <source>Council payments</source>
        <translation>Taliadau&apos;r cyngor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="73"/>
        <source>Staff checks</source>
        <translation>Gwiriadau staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="95"/>
        <source>What to do next</source>
        <translation>Beth i&apos;w wneud nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="98"/>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="123"/>
        <source>Hello, %1</source>
        <translation>Helo, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="141"/>
        <source>Add the account your direct payment is paid into, to see your money here.</source>
        <translation>Ychwanegwch y cyfrif mae eich taliad uniongyrchol yn cael ei dalu iddo, i weld eich arian yma.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="143"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="150"/>
        <source>See your money</source>
        <translation>Gweld eich arian</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="159"/>
        <source>Add your support plan to see how many weeks your money would last.</source>
        <translation>Ychwanegwch eich cynllun cymorth i weld am faint o wythnosau y byddai eich arian yn para.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="160"/>
        <source>Add your plan</source>
        <translation>Ychwanegu eich cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="165"/>
        <source>At %1 a week, your money would last about %2 weeks.</source>
        <translation>Ar %1 yr wythnos, byddai eich arian yn para tua %2 wythnos.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="171"/>
        <source>That is more than %1 weeks. Your council may ask about money above this, and may ask for some back. It may help to talk to them about it.</source>
        <translation>Mae hynny&apos;n fwy na %1 wythnos. Efallai y bydd eich cyngor yn holi am arian dros hyn, ac efallai y bydd yn gofyn am gael peth ohono&apos;n ôl. Gallai helpu i siarad â nhw am y peth.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="175"/>
        <source>That is within the %1 weeks your council expects.</source>
        <translation>Mae hynny o fewn y %1 wythnos mae eich cyngor yn ei ddisgwyl.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="178"/>
        <source>%1 weeks</source>
        <translation>%1 wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="182"/>
        <source>Add your support plan first.</source>
        <translation>Ychwanegwch eich cynllun cymorth yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="185"/>
        <source>Spent from %1 to %2, out of %3 for this period.</source>
        <translation>Wedi&apos;i wario rhwng %1 a %2, allan o %3 ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="190"/>
        <source>See spending</source>
        <translation>Gweld y gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="195"/>
        <source>Add your support plan to see when payments are due.</source>
        <translation>Ychwanegwch eich cynllun cymorth i weld pryd mae taliadau&apos;n ddyledus.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="199"/>
        <source>Next payment: %1 due on %2.</source>
        <translation>Y taliad nesaf: %1 yn ddyledus ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="205"/>
        <source>The payment due on %1 arrived on %2.</source>
        <translation>Cyrhaeddodd y taliad oedd yn ddyledus ar %1 ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="210"/>
        <source>The payment due on %1 has not shown up yet. If it is in your bank, add it on the Money page.</source>
        <translation>Dydy&apos;r taliad oedd yn ddyledus ar %1 ddim wedi ymddangos eto. Os yw yn eich banc, ychwanegwch ef ar y dudalen Arian.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="214"/>
        <source>Record a payment</source>
        <translation>Cofnodi taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="220"/>
        <source>1 payment needs a receipt, or a note saying why there isn&apos;t one.</source>
        <translation>Mae angen derbynneb ar 1 taliad, neu nodyn yn dweud pam nad oes un.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="223"/>
        <source>%1 payments need a receipt, or a note saying why there isn&apos;t one.</source>
        <translation>Mae angen derbynneb ar %1 taliad, neu nodyn yn dweud pam nad oes un.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="226"/>
        <source>Show what needs a receipt</source>
        <translation>Dangos beth sydd angen derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="228"/>
        <source>Every payment has a receipt or a reason. Well done.</source>
        <translation>Mae gan bob taliad dderbynneb neu reswm. Da iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="232"/>
        <source>1 receipt is waiting to be matched to spending.</source>
        <translation>Mae 1 derbynneb yn aros i gael ei pharu â gwariant.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="234"/>
        <source>%1 receipts are waiting to be matched to spending.</source>
        <translation>Mae %1 derbynneb yn aros i gael eu paru â gwariant.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="238"/>
        <source>Match receipts</source>
        <translation>Paru derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="245"/>
        <source>If you employ PAs, add them on the Staff page.</source>
        <translation>Os ydych chi&apos;n cyflogi CPau, ychwanegwch nhw ar y dudalen Staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="245"/>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="254"/>
        <source>Open Staff</source>
        <translation>Agor Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="249"/>
        <source>No checks or insurance renewals are due in the next 30 days.</source>
        <translation>Does dim gwiriadau nac yswiriant i&apos;w hadnewyddu yn ystod y 30 diwrnod nesaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="253"/>
        <source>and %1 more.</source>
        <translation>a %1 arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="259"/>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="265"/>
        <source>Your monitoring return for %1 is due now. Make it on the Statements page, and mark the period as sent when it has gone to the council.</source>
        <translation>Mae eich ffurflen fonitro ar gyfer %1 yn ddyledus nawr. Gwnewch hi ar y dudalen Datganiadau, a nodwch fod y cyfnod wedi&apos;i anfon pan fydd wedi mynd i&apos;r cyngor.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="270"/>
        <source>Your next monitoring return covers %1. It is due after %2 (in %3 days): make it on the Statements page then.</source>
        <translation>Mae eich ffurflen fonitro nesaf yn cwmpasu %1. Mae&apos;n ddyledus ar ôl %2 (ymhen %3 diwrnod): gwnewch hi ar y dudalen Datganiadau bryd hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="289"/>
        <source>You opened the vault with your recovery code. Choose a new passphrase in Settings.</source>
        <translation>Fe agoroch chi&apos;r gladdgell â&apos;ch cod adfer. Dewiswch gyfrinymadrodd newydd yn Gosodiadau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="294"/>
        <source>Add your direct payment account in Plan and accounts.</source>
        <translation>Ychwanegwch eich cyfrif taliadau uniongyrchol yn Cynllun a chyfrifon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="296"/>
        <source>Add your support plan in Plan and accounts.</source>
        <translation>Ychwanegwch eich cynllun cymorth yn Cynllun a chyfrifon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="302"/>
        <source>Keep your recovery sheet somewhere safe, away from this computer. If you did not print it, you can make a new code in Settings.</source>
        <translation>Cadwch eich taflen adfer rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Os na wnaethoch chi ei hargraffu, gallwch chi wneud cod newydd yn Gosodiadau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="305"/>
        <source>Press Lock (Ctrl+L) whenever you step away. Nothing you have typed is lost.</source>
        <translation>Pwyswch Cloi (Ctrl+L) pryd bynnag y byddwch chi&apos;n camu i ffwrdd. Fydd dim byd rydych chi wedi&apos;i deipio yn cael ei golli.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="66"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Yr wythnos &amp;flaenorol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="66"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Yr wythnos flaenorol (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="68"/>
        <source>&amp;This week</source>
        <translation>&amp;Yr wythnos hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="68"/>
        <source>This week</source>
        <translation>Yr wythnos hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="70"/>
        <source>&amp;Next week ▶</source>
        <translation>Yr wythnos &amp;nesaf ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="70"/>
        <source>Next week (Alt+Right)</source>
        <translation>Yr wythnos nesaf (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="73"/>
        <source>&amp;Copy last week</source>
        <translation>&amp;Copïo&apos;r wythnos ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="73"/>
        <source>Copy last week (Ctrl+Shift+C)</source>
        <translation>Copïo&apos;r wythnos ddiwethaf (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="76"/>
        <source>Copy last week&apos;s shifts into the days of this week that have none yet</source>
        <translation>Copïo shifftiau&apos;r wythnos ddiwethaf i ddiwrnodau&apos;r wythnos hon sydd heb rai eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="79"/>
        <source>Print &amp;timesheets…</source>
        <translation>Argraffu &amp;taflenni amser…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="79"/>
        <source>Print timesheets (Ctrl+P)</source>
        <translation>Argraffu taflenni amser (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="82"/>
        <source>Save a timesheet PDF for each PA for the pay period of this week, to print</source>
        <translation>Cadw PDF taflen amser i bob CP ar gyfer cyfnod cyflog yr wythnos hon, i&apos;w argraffu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="88"/>
        <source>Shifts this week</source>
        <translation>Shifftiau&apos;r wythnos hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="107"/>
        <source>Type a shift into a day, like 9-17. Add the unpaid break in minutes after it (9-17 30), and a kind if it is not the usual one: evening, night, weekend, bh (bank holiday), sleep (sleep-in) or waking (waking night). Put a comma between two shifts on one day. Tab moves to the next day; Delete clears a day. Shifts that end after midnight finish the next morning.</source>
        <translation>Teipiwch shifft i mewn i ddiwrnod, fel 9-17. Ychwanegwch yr egwyl heb dâl mewn munudau ar ei hôl (9-17 30), a math os nad yr un arferol yw hi: evening (gyda&apos;r nos), night (nos), weekend (penwythnos), bh (gŵyl banc), sleep (cysgu i mewn) neu waking (noson effro). Rhowch goma rhwng dwy shifft ar un diwrnod. Mae Tab yn symud i&apos;r diwrnod nesaf; mae Delete yn clirio diwrnod. Mae shifftiau sy&apos;n gorffen ar ôl hanner nos yn gorffen y bore wedyn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="114"/>
        <source>Things to check</source>
        <translation>Pethau i&apos;w gwirio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="116"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="120"/>
        <source>Add your PAs on the Staff page first; then their weeks appear here.</source>
        <translation>Ychwanegwch eich CPau ar y dudalen Staff yn gyntaf; yna bydd eu hwythnosau&apos;n ymddangos yma.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="133"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="183"/>
        <source>Week of %1 to %2</source>
        <translation>Wythnos %1 i %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="209"/>
        <source>Please check:</source>
        <translation>Gwiriwch hyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="229"/>
        <source>%1 Nothing was changed on %2.</source>
        <translation>%1 Chafodd dim byd ei newid ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="250"/>
        <source>Copied 1 shift from last week.</source>
        <translation>Wedi copïo 1 shifft o&apos;r wythnos ddiwethaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="252"/>
        <source>Copied %1 shifts from last week.</source>
        <translation>Wedi copïo %1 shifft o&apos;r wythnos ddiwethaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="256"/>
        <source>Nothing to copy: last week had no shifts on the days that are empty this week.</source>
        <translation>Dim i&apos;w gopïo: doedd dim shifftiau yr wythnos ddiwethaf ar y diwrnodau sy&apos;n wag yr wythnos hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="282"/>
        <source>Making the timesheets…</source>
        <translation>Wrthi&apos;n gwneud y taflenni amser…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="292"/>
        <source>Saved %1 timesheets in %2. Open them to print and sign.</source>
        <translation>Wedi cadw %1 taflen amser yn %2. Agorwch nhw i&apos;w hargraffu a&apos;u llofnodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="304"/>
        <source>The timesheets could not be saved there: %1. Please choose another folder.</source>
        <translation>Doedd dim modd cadw&apos;r taflenni amser yno: %1. Dewiswch ffolder arall.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="95"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="150"/>
        <source>Import a bank statement</source>
        <translation>Mewnforio cyfriflen banc</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="109"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="497"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="112"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="127"/>
        <source>Statement file</source>
        <translation>Ffeil y gyfriflen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="128"/>
        <source>Choose a file, or drag it here</source>
        <translation>Dewiswch ffeil, neu ei llusgo yma</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="130"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="130"/>
        <source>Choose file</source>
        <translation>Dewis ffeil</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="132"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="138"/>
        <source>&amp;Read the file</source>
        <translation>Da&amp;rllen y ffeil</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="138"/>
        <source>Read the file</source>
        <translation>Darllen y ffeil</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="145"/>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="148"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cyfrif:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="154"/>
        <source>Download a statement file from your online banking (a CSV, OFX or QIF file) and choose it here. You will see every row before anything is saved. Rows already in your records are left out, so it is safe to import the same statement twice.</source>
        <translation>Lawrlwythwch ffeil cyfriflen o&apos;ch bancio ar-lein (ffeil CSV, OFX neu QIF) a&apos;i dewis yma. Byddwch chi&apos;n gweld pob rhes cyn i ddim byd gael ei gadw. Mae rhesi sydd eisoes yn eich cofnodion yn cael eu gadael allan, felly mae&apos;n ddiogel mewnforio&apos;r un gyfriflen ddwywaith.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="192"/>
        <source>Please choose the statement file first.</source>
        <translation>Dewiswch ffeil y gyfriflen yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="195"/>
        <source>Please add an account in Plan and accounts first.</source>
        <translation>Ychwanegwch gyfrif yn Cynllun a chyfrifon yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="200"/>
        <source>Reading the file…</source>
        <translation>Wrthi&apos;n darllen y ffeil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="213"/>
        <source>Reading the statement…</source>
        <translation>Wrthi&apos;n darllen y gyfriflen…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="227"/>
        <source>This file&apos;s columns were not recognised. Please say which column holds what. The app will remember it for this bank.</source>
        <translation>Doedd colofnau&apos;r ffeil hon ddim yn gyfarwydd. Dywedwch pa golofn sy&apos;n dal beth. Bydd yr ap yn cofio hyn ar gyfer y banc hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="239"/>
        <source>The file could not be opened: %1. Nothing was imported.</source>
        <translation>Doedd dim modd agor y ffeil: %1. Chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="252"/>
        <source>&amp;Use these columns</source>
        <translation>Defnyddio&apos;r colofnau &amp;hyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="252"/>
        <source>Use these columns</source>
        <translation>Defnyddio&apos;r colofnau hyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="304"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="304"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="262"/>
        <source>Which column is which?</source>
        <translation>Pa golofn yw pa un?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="280"/>
        <source>What was found</source>
        <translation>Beth gafodd ei ganfod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="282"/>
        <source>Balance check</source>
        <translation>Gwirio&apos;r balans</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="285"/>
        <source>Rows in the statement</source>
        <translation>Rhesi yn y gyfriflen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="302"/>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="302"/>
        <source>Import the new rows</source>
        <translation>Mewnforio&apos;r rhesi newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="310"/>
        <source>Check the rows</source>
        <translation>Gwirio&apos;r rhesi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="316"/>
        <source>Rows that look like a payment you typed in are linked to it, so nothing is counted twice. Press Space to untick one and add it as new instead. To change a category, pick the row and press F2.</source>
        <translation>Mae rhesi sy&apos;n edrych fel taliad y gwnaethoch chi ei deipio yn cael eu cysylltu ag ef, fel nad oes dim yn cael ei gyfrif ddwywaith. Pwyswch Space i ddad-dicio un a&apos;i ychwanegu fel un newydd yn lle hynny. I newid categori, dewiswch y rhes a phwyso F2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="345"/>
        <source>%1 rows found in this %2 file.</source>
        <translation>Cafwyd %1 rhes yn y ffeil %2 hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="348"/>
        <source>%1 new</source>
        <translation>%1 newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="349"/>
        <source>%1 already in your records</source>
        <translation>%1 eisoes yn eich cofnodion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="353"/>
        <source>%1 of %2 that look like payments you typed in will be linked</source>
        <translation>Bydd %1 o&apos;r %2 sy&apos;n edrych fel taliadau y gwnaethoch chi eu teipio yn cael eu cysylltu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="361"/>
        <source>%1 left out (before the account&apos;s start date, or in a closed period)</source>
        <translation>%1 wedi&apos;u gadael allan (cyn dyddiad dechrau&apos;r cyfrif, neu mewn cyfnod sydd wedi cau)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="369"/>
        <source>Everything in this file is already in your records.</source>
        <translation>Mae popeth yn y ffeil hon eisoes yn eich cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="377"/>
        <source>Line %1 (%2): the bank&apos;s balance goes from %3 to %4, but the row is %5. The file may be missing a row.</source>
        <translation>Llinell %1 (%2): mae balans y banc yn mynd o %3 i %4, ond %5 yw&apos;r rhes. Efallai fod rhes ar goll o&apos;r ffeil.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="389"/>
        <source>After this import your records will match your bank: %1 on %2.</source>
        <translation>Ar ôl y mewnforio hwn, bydd eich cofnodion yn cyfateb i&apos;ch banc: %1 ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="396"/>
        <source>Your bank says %1 on %2; after this import your records will say %3 (a difference of %4). Some payments may be missing here, or typed with a different amount or account.</source>
        <translation>Mae eich banc yn dweud %1 ar %2; ar ôl y mewnforio hwn bydd eich cofnodion yn dweud %3 (gwahaniaeth o %4). Efallai fod rhai taliadau ar goll yma, neu wedi&apos;u teipio gyda swm neu gyfrif gwahanol.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="420"/>
        <source>Importing your statement…</source>
        <translation>Wrthi&apos;n mewnforio eich cyfriflen…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="421"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="429"/>
        <source>What was imported</source>
        <translation>Beth gafodd ei fewnforio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="432"/>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="432"/>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="435"/>
        <source>Imported</source>
        <translation>Wedi mewnforio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="444"/>
        <source>Added %1 new rows.</source>
        <translation>Wedi ychwanegu %1 rhes newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="446"/>
        <source>Added 1 new row.</source>
        <translation>Wedi ychwanegu 1 rhes newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="447"/>
        <source>%1 were already in your records.</source>
        <translation>Roedd %1 eisoes yn eich cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="451"/>
        <source>Linked %1 to payments you had typed in.</source>
        <translation>Wedi cysylltu %1 â thaliadau roeddech chi wedi&apos;u teipio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="456"/>
        <source>Your records match your bank: %1 on %2.</source>
        <translation>Mae eich cofnodion yn cyfateb i&apos;ch banc: %1 ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="462"/>
        <source>Your bank says %1 on %2, your records say %3.</source>
        <translation>Mae eich banc yn dweud %1 ar %2, mae eich cofnodion yn dweud %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="469"/>
        <source>New rows without a category show as “Not sorted yet” on the Money page.</source>
        <translation>Mae rhesi newydd heb gategori yn ymddangos fel “Heb ei drefnu eto” ar y dudalen Arian.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="68"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="69"/>
        <source>On the statement</source>
        <translation>Ar y gyfriflen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="70"/>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="71"/>
        <source>Bank balance</source>
        <translation>Balans y banc</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="72"/>
        <source>What happens</source>
        <translation>Beth sy&apos;n digwydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="73"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="121"/>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="128"/>
        <source>Same as your %1 on %2: link them</source>
        <translation>Yr un fath â&apos;ch %1 ar %2: eu cysylltu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="132"/>
        <source>Add as a new payment (%1)</source>
        <translation>Ychwanegu fel taliad newydd (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="134"/>
        <source>Add: %1</source>
        <translation>Ychwanegu: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="56"/>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="58"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="63"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="66"/>
        <source>&amp;About %1</source>
        <translation>&amp;Ynghylch %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="100"/>
        <source>Opening your vault…</source>
        <translation>Wrthi&apos;n agor eich claddgell…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="126"/>
        <source>Remembering this computer…</source>
        <translation>Wrthi&apos;n cofio&apos;r cyfrifiadur hwn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="135"/>
        <source>Not remembered</source>
        <translation>Heb ei gofio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="193"/>
        <source>Your vault is locked. Unlock it to carry on where you left off.</source>
        <translation>Mae eich claddgell wedi&apos;i chloi. Datglowch hi i barhau o&apos;r lle y gwnaethoch chi adael.</translation>
    </message>
</context>
<context>
    <name>MatchReceiptDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="49"/>
        <source>Match receipt to spending</source>
        <translation>Paru derbynneb â gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="56"/>
        <source>Receipt: %1</source>
        <translation>Derbynneb: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="74"/>
        <source>Search spending</source>
        <translation>Chwilio&apos;r gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="75"/>
        <source>Search names, notes or amounts</source>
        <translation>Chwilio enwau, nodiadau neu symiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="77"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="81"/>
        <source>Spending without a receipt</source>
        <translation>Gwariant heb dderbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="99"/>
        <source>Nothing to match</source>
        <translation>Dim i&apos;w baru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="101"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="106"/>
        <source>&amp;Match</source>
        <translation>&amp;Paru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="108"/>
        <source>Match to the chosen spending</source>
        <translation>Paru â&apos;r gwariant a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="117"/>
        <source>Which payment is this receipt for? Newest spending first.</source>
        <translation>I ba daliad mae&apos;r dderbynneb hon? Y gwariant diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="152"/>
        <source>No spending without a receipt matches these words.</source>
        <translation>Does dim gwariant heb dderbynneb yn cyfateb i&apos;r geiriau hyn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="156"/>
        <source>All your spending already has a receipt or a reason. If this receipt is for something new, add the spending on the Money page first.</source>
        <translation>Mae gan eich holl wariant dderbynneb neu reswm yn barod. Os yw&apos;r dderbynneb hon ar gyfer rhywbeth newydd, ychwanegwch y gwariant ar y dudalen Arian yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>MoneyFilters</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="28"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="31"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="32"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="33"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="34"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="35"/>
        <source>Choose one account to see its running balance</source>
        <translation>Dewiswch un cyfrif i weld ei falans rhedegol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="38"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="39"/>
        <source>Search names, notes or amounts</source>
        <translation>Chwilio enwau, nodiadau neu symiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="47"/>
        <source>&amp;Period:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="48"/>
        <source>F&amp;rom:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="49"/>
        <source>T&amp;o:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="50"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gori:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="51"/>
        <source>Acco&amp;unt:</source>
        <translation>Cy&amp;frif:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="79"/>
        <source>All categories</source>
        <translation>Pob categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="80"/>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="85"/>
        <source>All accounts</source>
        <translation>Pob cyfrif</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="45"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="46"/>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="63"/>
        <source>&amp;Add money in or out</source>
        <translation>&amp;Ychwanegu arian i mewn neu allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="63"/>
        <source>Add (Ctrl+N)</source>
        <translation>Ychwanegu (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="65"/>
        <source>Add money in or out (Ctrl+N)</source>
        <translation>Ychwanegu arian i mewn neu allan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="67"/>
        <source>&amp;Transfer between accounts…</source>
        <translation>&amp;Trosglwyddo rhwng cyfrifon…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="69"/>
        <source>Transfer between accounts</source>
        <translation>Trosglwyddo rhwng cyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="73"/>
        <source>&amp;Import bank statement…</source>
        <translation>&amp;Mewnforio cyfriflen banc…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="75"/>
        <source>Import bank statement (Ctrl+I)</source>
        <translation>Mewnforio cyfriflen banc (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="78"/>
        <source>Import a CSV, OFX or QIF file from your bank (Ctrl+I)</source>
        <translation>Mewnforio ffeil CSV, OFX neu QIF o&apos;ch banc (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="81"/>
        <source>&amp;Change</source>
        <translation>&amp;Newid</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="81"/>
        <source>Change (Enter)</source>
        <translation>Newid (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="84"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="84"/>
        <source>Delete (Delete key)</source>
        <translation>Dileu (bysell Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="87"/>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="87"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Dadwneud y newid diwethaf (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="89"/>
        <source>Undo the last change you made (Ctrl+Z)</source>
        <translation>Dadwneud y newid diwethaf a wnaethoch chi (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="91"/>
        <source>&amp;History…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="91"/>
        <source>History (Ctrl+H)</source>
        <translation>Hanes (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="93"/>
        <source>Who changed this payment, and how (Ctrl+H)</source>
        <translation>Pwy newidiodd y taliad hwn, a sut (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="95"/>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="95"/>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="98"/>
        <source>Show deleted</source>
        <translation>Dangos y rhai wedi&apos;u dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="98"/>
        <source>Show deleted payments</source>
        <translation>Dangos taliadau wedi&apos;u dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="105"/>
        <source>What is shown</source>
        <translation>Beth sy&apos;n cael ei ddangos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="107"/>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="109"/>
        <source>Show all payments</source>
        <translation>Dangos pob taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="111"/>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="112"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="120"/>
        <source>Go to Plan and accounts</source>
        <translation>Mynd i Cynllun a chyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="122"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="149"/>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="263"/>
        <source>Shown: money in %1, money out %2</source>
        <translation>Yn y golwg: arian i mewn %1, arian allan %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="268"/>
        <source>Showing spending that needs a receipt.</source>
        <translation>Yn dangos gwariant sydd angen derbynneb.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="290"/>
        <source>Add your direct payment account first. Then you can record money in and out here.</source>
        <translation>Ychwanegwch eich cyfrif taliadau uniongyrchol yn gyntaf. Yna gallwch chi gofnodi arian i mewn ac allan yma.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="296"/>
        <source>There are no deleted payments.</source>
        <translation>Does dim taliadau wedi&apos;u dileu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="298"/>
        <source>Every payment shown has a receipt, or a reason why not. Well done.</source>
        <translation>Mae gan bob taliad sydd yn y golwg dderbynneb, neu reswm pam ddim. Da iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="301"/>
        <source>Nothing recorded yet. Press “Add money in or out” (Ctrl+N) to record your first payment.</source>
        <translation>Does dim wedi&apos;i gofnodi eto. Pwyswch “Ychwanegu arian i mewn neu allan” (Ctrl+N) i gofnodi eich taliad cyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="305"/>
        <source>No payments match. Try another period, or clear the search.</source>
        <translation>Does dim taliadau&apos;n cyfateb. Rhowch gynnig ar gyfnod arall, neu cliriwch y chwiliad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="364"/>
        <source>Undone: %1. Press Ctrl+Z again to undo the change before it.</source>
        <translation>Wedi dadwneud: %1. Pwyswch Ctrl+Z eto i ddadwneud y newid cyn hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="377"/>
        <source>History of this payment</source>
        <translation>Hanes y taliad hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="378"/>
        <source>Every change to this payment, oldest first, with who made it.</source>
        <translation>Pob newid i&apos;r taliad hwn, yr hynaf yn gyntaf, gyda phwy a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="416"/>
        <source>This is a transfer between your accounts. To change it, delete it and add it again.</source>
        <translation>Trosglwyddiad rhwng eich cyfrifon yw hwn. I&apos;w newid, dilëwch ef a&apos;i ychwanegu eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="431"/>
        <source>Delete the %1 received from %2 on %3?</source>
        <translation>Dileu&apos;r %1 a gafwyd gan %2 ar %3?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="433"/>
        <source>Delete the %1 paid to %2 on %3?</source>
        <translation>Dileu&apos;r %1 a dalwyd i %2 ar %3?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="440"/>
        <source>You can get it back later with “Show deleted”.</source>
        <translation>Gallwch chi ei gael yn ôl yn nes ymlaen gyda “Dangos y rhai wedi&apos;u dileu”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="442"/>
        <source>Delete this payment?</source>
        <translation>Dileu&apos;r taliad hwn?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="445"/>
        <source>Deleted. Tick “Show deleted” to get it back.</source>
        <translation>Wedi dileu. Ticiwch “Dangos y rhai wedi&apos;u dileu” i&apos;w gael yn ôl.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="453"/>
        <source>Restored. It is back in your records.</source>
        <translation>Wedi adfer. Mae yn ôl yn eich cofnodion.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="15"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="17"/>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="23"/>
        <source>Show what I type</source>
        <translation>Dangos beth rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="26"/>
        <source>Passphrase hint</source>
        <translation>Awgrym am y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="30"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="31"/>
        <source>Type it &amp;again:</source>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="37"/>
        <source>Choose a passphrase you will remember. A few everyday words in a row, like &apos;kettle garden blue&apos;, are easy to remember and hard to guess.</source>
        <translation>Dewiswch gyfrinymadrodd y byddwch chi&apos;n ei gofio. Mae ambell air bob dydd yn olynol, fel &apos;tegell gardd glas&apos;, yn hawdd i&apos;w cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="62"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="67"/>
        <source>The second box does not match yet.</source>
        <translation>Dydy&apos;r ail flwch ddim yn cyfateb eto.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="25"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="26"/>
        <source>Make a new recovery code</source>
        <translation>Gwneud cod adfer newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="35"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="63"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="35"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="38"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="38"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="40"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="51"/>
        <source>When you finish, this new code replaces your old one. The old recovery sheet will stop working, so throw it away safely.</source>
        <translation>Pan fyddwch chi&apos;n gorffen, bydd y cod newydd hwn yn cymryd lle&apos;r hen un. Bydd yr hen daflen adfer yn stopio gweithio, felly taflwch hi&apos;n ddiogel.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="63"/>
        <source>&amp;Use this new code</source>
        <translation>&amp;Defnyddio&apos;r cod newydd hwn</translation>
    </message>
</context>
<context>
    <name>NoReceiptNotes</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="49"/>
        <source>Spending that needs a receipt</source>
        <translation>Gwariant sydd angen derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="70"/>
        <source>No receipt because</source>
        <translation>Dim derbynneb oherwydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="71"/>
        <source>For example: Bus fare – no ticket given</source>
        <translation>Er enghraifft: Taith bws – chafwyd dim tocyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="72"/>
        <source>No receipt &amp;because:</source>
        <translation>Dim derbynneb &amp;oherwydd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="75"/>
        <source>&amp;Save reason</source>
        <translation>&amp;Cadw&apos;r rheswm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="75"/>
        <source>Save reason</source>
        <translation>Cadw&apos;r rheswm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="78"/>
        <source>Add a &amp;receipt for this…</source>
        <translation>Ychwanegu &amp;derbynneb ar gyfer hwn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="80"/>
        <source>Add a receipt for this payment</source>
        <translation>Ychwanegu derbynneb ar gyfer y taliad hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="85"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="100"/>
        <source>Spending needs a receipt, or a short note saying why there isn&apos;t one. Sometimes there is no receipt, like a bus fare. Write why, and it counts as done.</source>
        <translation>Mae angen derbynneb ar wariant, neu nodyn byr yn dweud pam nad oes un. Weithiau does dim derbynneb, fel ar gyfer taith bws. Ysgrifennwch pam, ac mae&apos;n cyfrif fel wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="131"/>
        <source>Every payment has a receipt or a reason. Well done.</source>
        <translation>Mae gan bob taliad dderbynneb neu reswm. Da iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="153"/>
        <source>Please write a few words about why there is no receipt.</source>
        <translation>Ysgrifennwch ychydig eiriau am pam nad oes derbynneb.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="163"/>
        <source>Saved the reason for %1 to %2.</source>
        <translation>Wedi cadw&apos;r rheswm am y %1 i %2.</translation>
    </message>
</context>
<context>
    <name>PADialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="56"/>
        <source>Change a PA&apos;s details</source>
        <translation>Newid manylion CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="56"/>
        <source>Add a PA</source>
        <translation>Ychwanegu CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="60"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="61"/>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="63"/>
        <source>Has &amp;left</source>
        <translation>Wedi &amp;gadael</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="63"/>
        <source>Has left</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="65"/>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="66"/>
        <source>Kind of hours</source>
        <translation>Math o oriau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="67"/>
        <source>The same hours each week</source>
        <translation>Yr un oriau bob wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="68"/>
        <source>Irregular hours (they change week to week)</source>
        <translation>Oriau afreolaidd (maen nhw&apos;n newid o wythnos i wythnos)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="69"/>
        <source>Contracted hours a week</source>
        <translation>Oriau dan gontract yr wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="70"/>
        <source>For example 20 or 12.5</source>
        <translation>Er enghraifft 20 neu 12.5</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="71"/>
        <source>Holiday</source>
        <translation>Gwyliau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="72"/>
        <source>Paid every</source>
        <translation>Yn cael ei dalu bob</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="76"/>
        <source>First day of a pay period</source>
        <translation>Diwrnod cyntaf cyfnod cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="78"/>
        <source>Payroll service</source>
        <translation>Gwasanaeth cyflogres</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="79"/>
        <source>Who does the payslips, if anyone</source>
        <translation>Pwy sy&apos;n gwneud y slipiau cyflog, os oes rhywun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="81"/>
        <source>&amp;Under 21 (for the minimum wage check)</source>
        <translation>&amp;Dan 21 (ar gyfer gwirio&apos;r isafswm cyflog)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="83"/>
        <source>Under 21</source>
        <translation>Dan 21</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="85"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="87"/>
        <source>Pay rates</source>
        <translation>Cyfraddau cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="88"/>
        <source>Kind of shift</source>
        <translation>Math o shifft</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="91"/>
        <source>Rate from</source>
        <translation>Cyfradd o</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="92"/>
        <source>Pay (£)</source>
        <translation>Cyflog (£)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="94"/>
        <source>&amp;Add rate</source>
        <translation>&amp;Ychwanegu cyfradd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="94"/>
        <source>Add rate</source>
        <translation>Ychwanegu cyfradd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="97"/>
        <source>&amp;Remove rate</source>
        <translation>&amp;Tynnu cyfradd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="97"/>
        <source>Remove rate</source>
        <translation>Tynnu cyfradd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="101"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="105"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="106"/>
        <source>&amp;Started on:</source>
        <translation>Wedi dechrau a&amp;r:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="110"/>
        <source>Left:</source>
        <translation>Wedi gadael:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="111"/>
        <source>H&amp;ours:</source>
        <translation>&amp;Oriau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="112"/>
        <source>Hours a &amp;week:</source>
        <translation>Oriau&apos;r &amp;wythnos:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="113"/>
        <source>Ho&amp;liday:</source>
        <translation>Gwy&amp;liau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="114"/>
        <source>&amp;Paid every:</source>
        <translation>Yn cael ei d&amp;alu bob:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="115"/>
        <source>A pay period &amp;begins on:</source>
        <translation>Mae cyfnod cyflog yn &amp;cychwyn ar:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="116"/>
        <source>Pa&amp;yroll service:</source>
        <translation>Gwa&amp;sanaeth cyflogres:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="120"/>
        <source>Age:</source>
        <translation>Oed:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="123"/>
        <source>from</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="125"/>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="130"/>
        <source>Pay &amp;rates (an hour; a sleep-in is paid a set amount a night):</source>
        <translation>Cyfraddau cy&amp;flog (yr awr; mae cysgu i mewn yn cael swm penodol y noson):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="143"/>
        <source>Kinds without their own rate are paid the day rate (a waking night: the night rate). When a rate goes up, add the new rate from the day it starts: earlier shifts keep the old one.</source>
        <translation>Mae mathau heb eu cyfradd eu hunain yn cael y gyfradd ddydd (noson effro: y gyfradd nos). Pan fydd cyfradd yn codi, ychwanegwch y gyfradd newydd o&apos;r diwrnod mae&apos;n dechrau: mae shifftiau cynharach yn cadw&apos;r hen un.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="201"/>
        <source>a night</source>
        <translation>y noson</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="201"/>
        <source>an hour</source>
        <translation>yr awr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="204"/>
        <source>%1 from %2: %3 %4</source>
        <translation>%1 o %2: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="221"/>
        <source>Please type the pay, like 12.71.</source>
        <translation>Teipiwch y cyflog, fel 12.71.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="67"/>
        <source>Zoom o&amp;ut</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="67"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Chwyddo allan (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="70"/>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo i &amp;mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="70"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Chwyddo i mewn (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="73"/>
        <source>Fit &amp;width</source>
        <translation>Ffitio&apos;r &amp;lled</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="73"/>
        <source>Fit to the width (Ctrl+0)</source>
        <translation>Ffitio i&apos;r lled (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="76"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>◀ Y dudalen &amp;flaenorol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="76"/>
        <source>Previous page (Page Up)</source>
        <translation>Y dudalen flaenorol (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="79"/>
        <source>&amp;Next page ▶</source>
        <translation>Y dudalen &amp;nesaf ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="79"/>
        <source>Next page (Page Down)</source>
        <translation>Y dudalen nesaf (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="81"/>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="82"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="89"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="85"/>
        <source>Choose a statement and a period, then press Preview (Ctrl+Enter).</source>
        <translation>Dewiswch ddatganiad a chyfnod, yna pwyswch Rhagolwg (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="145"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="150"/>
        <source>Preview, %1</source>
        <translation>Rhagolwg, %1</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="86"/>
        <source>Pay record for %1</source>
        <extracomment>The payslip&apos;s amounts, in the order of the boxes; each box is the dialog attribute of that name.</extracomment>
        <translation>Cofnod cyflog %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="90"/>
        <source>Pay period</source>
        <translation>Cyfnod cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="95"/>
        <source>✓ payslip saved</source>
        <translation>✓ slip cyflog wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="98"/>
        <source>Pay worked out from shifts</source>
        <translation>Cyflog wedi&apos;i gyfrifo o&apos;r shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="101"/>
        <source>Total worked out</source>
        <translation>Cyfanswm wedi&apos;i gyfrifo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="105"/>
        <source>Missing pay rates</source>
        <translation>Cyfraddau cyflog sydd ar goll</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="109"/>
        <source>Gross pay</source>
        <translation>Cyflog gros</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="110"/>
        <source>Tax (PAYE)</source>
        <translation>Treth (TWE)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="111"/>
        <source>Employee&apos;s National Insurance</source>
        <translation>Yswiriant Gwladol y gweithiwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="112"/>
        <source>Employee&apos;s pension</source>
        <translation>Pensiwn y gweithiwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="113"/>
        <source>Net pay</source>
        <translation>Cyflog net</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="114"/>
        <source>Employer&apos;s National Insurance</source>
        <translation>Yswiriant Gwladol y cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="115"/>
        <source>Employer&apos;s pension</source>
        <translation>Pensiwn y cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="116"/>
        <source>Holiday pay</source>
        <translation>Tâl gwyliau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="117"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="390"/>
        <source>Payslip check</source>
        <translation>Gwirio&apos;r slip cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="121"/>
        <source>Payments that paid this payslip</source>
        <translation>Taliadau a dalodd y slip cyflog hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="123"/>
        <source>No payments found</source>
        <translation>Dim taliadau wedi&apos;u canfod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="125"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="141"/>
        <source>in pounds</source>
        <translation>mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="148"/>
        <source>&amp;Pay period:</source>
        <translation>&amp;Cyfnod cyflog:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="150"/>
        <source>Worked out from the shifts</source>
        <translation>Wedi&apos;i gyfrifo o&apos;r shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="157"/>
        <source>&amp;Gross pay (£):</source>
        <translation>Cyflog &amp;gros (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="158"/>
        <source>&amp;Tax, PAYE (£):</source>
        <translation>&amp;Treth, TWE (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="159"/>
        <source>Employee&apos;s &amp;NI (£):</source>
        <translation>&amp;YG y gweithiwr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="160"/>
        <source>Employee&apos;s pensi&amp;on (£):</source>
        <translation>&amp;Pensiwn y gweithiwr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="161"/>
        <source>N&amp;et pay (£):</source>
        <translation>Cyflog &amp;net (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="163"/>
        <source>Emplo&amp;yer&apos;s NI (£):</source>
        <translation>YG y cyf&amp;logwr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="164"/>
        <source>Employe&amp;r&apos;s pension (£):</source>
        <translation>Pensiwn y cyflog&amp;wr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="165"/>
        <source>&amp;Holiday pay in it (£):</source>
        <translation>Tâl gwyl&amp;iau ynddo (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="170"/>
        <source>From the payslip</source>
        <translation>O&apos;r slip cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="177"/>
        <source>Tick the payments that p&amp;aid it: the net pay to your PA, and what went to HMRC and the pension.</source>
        <translation>Ticiwch y taliadau a&apos;i t&amp;alodd: y cyflog net i&apos;ch CP, a&apos;r hyn a aeth i CThEF a&apos;r pensiwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="183"/>
        <source>Payments that paid it</source>
        <translation>Taliadau a&apos;i talodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="193"/>
        <source>Copy the figures from the payslip your payroll service sent. This app keeps a record of payslips; it does not work out tax or National Insurance.</source>
        <translation>Copïwch y ffigurau o&apos;r slip cyflog a anfonodd eich gwasanaeth cyflogres. Mae&apos;r ap hwn yn cadw cofnod o slipiau cyflog; dydy e ddim yn cyfrifo treth nac Yswiriant Gwladol.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="255"/>
        <source>No shifts or leave are recorded for this period.</source>
        <translation>Does dim shifftiau na gwyliau wedi&apos;u cofnodi ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="258"/>
        <source>Total: %1</source>
        <translation>Cyfanswm: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="262"/>
        <source>No pay rate for: %1. Add one in the PA&apos;s details.</source>
        <translation>Dim cyfradd cyflog ar gyfer: %1. Ychwanegwch un ym manylion y CP.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="288"/>
        <source>no category</source>
        <translation>dim categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="293"/>
        <source>already with the payslip for %1</source>
        <translation>eisoes gyda&apos;r slip cyflog ar gyfer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="312"/>
        <source>No payments to your PA, HMRC, a pension or a payroll service from %1 to %2. Add them on the Money page, then come back to tick them.</source>
        <translation>Dim taliadau i&apos;ch CP, CThEF, pensiwn na gwasanaeth cyflogres rhwng %1 a %2. Ychwanegwch nhw ar y dudalen Arian, yna dewch yn ôl i&apos;w ticio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="344"/>
        <source>The payslip&apos;s gross pay matches the shifts.</source>
        <translation>Mae cyflog gros y slip cyflog yn cyfateb i&apos;r shifftiau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="350"/>
        <source>The payslip says %1 but the shifts come to %2: %3 less. Please check the hours with your payroll service.</source>
        <translation>Mae&apos;r slip cyflog yn dweud %1 ond mae&apos;r shifftiau&apos;n dod i %2: %3 yn llai. Gwiriwch yr oriau gyda&apos;ch gwasanaeth cyflogres.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="355"/>
        <source>The payslip says %1 but the shifts come to %2: %3 more. Please check the hours with your payroll service.</source>
        <translation>Mae&apos;r slip cyflog yn dweud %1 ond mae&apos;r shifftiau&apos;n dod i %2: %3 yn fwy. Gwiriwch yr oriau gyda&apos;ch gwasanaeth cyflogres.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="381"/>
        <source>Gross pay less tax, employee&apos;s NI and employee&apos;s pension comes to %1, but the net pay is %2. Please check the figures.</source>
        <translation>Mae cyflog gros llai treth, YG y gweithiwr a phensiwn y gweithiwr yn dod i %1, ond %2 yw&apos;r cyflog net. Gwiriwch y ffigurau.</translation>
    </message>
</context>
<context>
    <name>PendingReceipts</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="29"/>
        <source>Receipts to attach</source>
        <translation>Derbynebion i&apos;w hatodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="32"/>
        <source>Add &amp;receipt…</source>
        <translation>Ychwanegu &amp;derbynneb…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="32"/>
        <source>Add receipt</source>
        <translation>Ychwanegu derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="34"/>
        <source>Choose a photo or PDF, or drag files here</source>
        <translation>Dewiswch lun neu PDF, neu llusgwch ffeiliau yma</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="36"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="36"/>
        <source>Remove receipt</source>
        <translation>Tynnu derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="38"/>
        <source>Receipt status</source>
        <translation>Statws y dderbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="59"/>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="104"/>
        <source>%1 (already kept)</source>
        <translation>%1 (wedi&apos;i chadw&apos;n barod)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="68"/>
        <source>Reading %1…</source>
        <translation>Wrthi&apos;n darllen %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="74"/>
        <source>Reading the receipt…</source>
        <translation>Wrthi&apos;n darllen y dderbynneb…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="96"/>
        <source>That file could not be read. Please try another.</source>
        <translation>Doedd dim modd darllen y ffeil honno. Rhowch gynnig ar un arall.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="61"/>
        <source>Council or NHS team</source>
        <translation>Cyngor neu dîm GIG</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="62"/>
        <source>For example: Leeds City Council</source>
        <translation>Er enghraifft: Cyngor Caerdydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="63"/>
        <source>Reference number</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="64"/>
        <source>Plan starts</source>
        <translation>Y cynllun yn dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="65"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="66"/>
        <source>Payment amount</source>
        <translation>Swm y taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="68"/>
        <source>How often it is paid</source>
        <translation>Pa mor aml mae&apos;n cael ei dalu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="73"/>
        <source>First payment date</source>
        <translation>Dyddiad y taliad cyntaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="79"/>
        <source>Your contribution each week</source>
        <translation>Eich cyfraniad bob wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="82"/>
        <source>Section 117 aftercare is free: there is no contribution.</source>
        <translation>Mae ôl-ofal Adran 117 am ddim: does dim cyfraniad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="85"/>
        <source>How often the council checks</source>
        <translation>Pa mor aml mae&apos;r cyngor yn gwirio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="90"/>
        <source>Warning level in weeks</source>
        <translation>Lefel rhybudd mewn wythnosau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="93"/>
        <source> weeks</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="94"/>
        <source>Budget lines</source>
        <translation>Llinellau cyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="97"/>
        <source>Add a line…</source>
        <translation>Ychwanegu llinell…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="97"/>
        <source>Add a budget line</source>
        <translation>Ychwanegu llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="100"/>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="100"/>
        <source>Change budget line</source>
        <translation>Newid llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="103"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="103"/>
        <source>Remove budget line</source>
        <translation>Tynnu llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="105"/>
        <source>Changes start on</source>
        <translation>Newidiadau&apos;n dechrau ar</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="106"/>
        <source>Weekly budget</source>
        <translation>Cyllideb wythnosol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="109"/>
        <source>&amp;Save the plan</source>
        <translation>&amp;Cadw&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="109"/>
        <source>Save the plan</source>
        <translation>Cadw&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="111"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="114"/>
        <source>Earlier versions of the plan</source>
        <translation>Fersiynau cynharach o&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="118"/>
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="121"/>
        <source>Add an &amp;account…</source>
        <translation>&amp;Ychwanegu cyfrif…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="121"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="124"/>
        <source>C&amp;hange account…</source>
        <translation>N&amp;ewid cyfrif…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="124"/>
        <source>Change account</source>
        <translation>Newid cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="138"/>
        <source>Council or &amp;NHS team:</source>
        <translation>Cyngor neu dîm G&amp;IG:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="139"/>
        <source>&amp;Reference:</source>
        <translation>Cyfeir&amp;nod:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="140"/>
        <source>Plan &amp;starts:</source>
        <translation>Y cynllun yn &amp;dechrau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="141"/>
        <source>Next re&amp;view:</source>
        <translation>&amp;Adolygiad nesaf:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="142"/>
        <source>&amp;Payment (£):</source>
        <translation>&amp;Taliad (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="145"/>
        <source>&amp;First payment date:</source>
        <translation>Dyddiad y ta&amp;liad cyntaf:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="146"/>
        <source>Money comes from:</source>
        <translation>Daw&apos;r arian o:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="147"/>
        <source>Your &amp;contribution a week (£):</source>
        <translation>Eich cyf&amp;raniad yr wythnos (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="149"/>
        <source>Council &amp;checks:</source>
        <translation>&amp;Gwiriadau&apos;r cyngor:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="150"/>
        <source>&amp;Warn me above:</source>
        <translation>Rhy&amp;buddio fi dros:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="151"/>
        <source>Budget lines:</source>
        <translation>Llinellau cyllideb:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="153"/>
        <source>Changes s&amp;tart on:</source>
        <translation>Newidiadau&apos;n dechra&amp;u ar:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="154"/>
        <source>Your support plan</source>
        <translation>Eich cynllun cymorth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="161"/>
        <source>Earlier versions:</source>
        <translation>Fersiynau cynharach:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="168"/>
        <source>Your accounts</source>
        <translation>Eich cyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="173"/>
        <source>The places your direct payment money is kept. Moving money between your accounts is a transfer: it is not spending.</source>
        <translation>Y lleoedd lle mae arian eich taliadau uniongyrchol yn cael ei gadw. Trosglwyddiad yw symud arian rhwng eich cyfrifon: nid gwariant yw hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="183"/>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="187"/>
        <source>Plan and accounts</source>
        <translation>Cynllun a chyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="237"/>
        <source>Your support plan says how much the council (or the NHS) pays you, how often, and what it is for. You will find these figures in your council&apos;s letter or your support plan. Fill in what you know: you can change it later.</source>
        <translation>Mae eich cynllun cymorth yn dweud faint mae&apos;r cyngor (neu&apos;r GIG) yn ei dalu i chi, pa mor aml, ac ar gyfer beth. Byddwch chi&apos;n dod o hyd i&apos;r ffigurau hyn yn llythyr eich cyngor neu yn eich cynllun cymorth. Llenwch yr hyn rydych chi&apos;n ei wybod: gallwch chi ei newid yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="255"/>
        <source>If your plan changes, change the figures, choose the day the changes start, and save. The earlier version is kept for statements about earlier dates.</source>
        <translation>Os bydd eich cynllun yn newid, newidiwch y ffigurau, dewiswch y diwrnod mae&apos;r newidiadau&apos;n dechrau, a chadwch. Mae&apos;r fersiwn gynharach yn cael ei chadw ar gyfer datganiadau am ddyddiadau cynharach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="287"/>
        <source>%1: %2 hours a week at %3 (%4 a week)</source>
        <translation>%1: %2 awr yr wythnos ar %3 (%4 yr wythnos)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="295"/>
        <source>%1: %2 %3 (%4 a week)</source>
        <translation>%1: %2 %3 (%4 yr wythnos)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="374"/>
        <source>That is %1 a week, including your contribution.</source>
        <translation>Mae hynny&apos;n %1 yr wythnos, gan gynnwys eich cyfraniad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="391"/>
        <source>Saved. This plan applies from %1.</source>
        <translation>Wedi cadw. Mae&apos;r cynllun hwn yn berthnasol o %1 ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="400"/>
        <source>From %1: %2 %3, %4</source>
        <translation>O %1: %2 %3, %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="424"/>
        <source>%1 (%2): %3 now. Started with %4 on %5.</source>
        <translation>%1 (%2): %3 nawr. Wedi dechrau gyda %4 ar %5.</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="165"/>
        <source>Receipt: %1</source>
        <translation>Derbynneb: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="51"/>
        <source>Receipt picture</source>
        <translation>Llun y dderbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="58"/>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="58"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Chwyddo allan (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="61"/>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo i &amp;mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="61"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Chwyddo i mewn (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="64"/>
        <source>&amp;Fit</source>
        <translation>&amp;Ffitio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="64"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ffitio i&apos;r ffenestr (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="67"/>
        <source>&amp;Turn right</source>
        <translation>&amp;Troi i&apos;r dde</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="67"/>
        <source>Turn a quarter to the right (R)</source>
        <translation>Troi chwarter i&apos;r dde (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="70"/>
        <source>&amp;Previous page</source>
        <translation>Y dudalen f&amp;laenorol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="70"/>
        <source>Previous page (Page Up)</source>
        <translation>Y dudalen flaenorol (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="73"/>
        <source>&amp;Next page</source>
        <translation>Y dudalen &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="73"/>
        <source>Next page (Page Down)</source>
        <translation>Y dudalen nesaf (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="75"/>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="76"/>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="76"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="77"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="152"/>
        <source>This receipt could not be shown.</source>
        <translation>Doedd dim modd dangos y dderbynneb hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="155"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="129"/>
        <source>Waiting to be matched</source>
        <translation>Yn aros i gael ei pharu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="132"/>
        <source>Attached to a payment</source>
        <translation>Wedi&apos;i hatodi i daliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="134"/>
        <source>Attached to %1 %2</source>
        <translation>Wedi&apos;i hatodi i %1 %2</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="74"/>
        <source>&amp;Add photos or PDFs…</source>
        <translation>&amp;Ychwanegu lluniau neu PDFs…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="76"/>
        <source>Add photos or PDFs</source>
        <translation>Ychwanegu lluniau neu PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="78"/>
        <source>Choose receipt files, or drag them onto this page</source>
        <translation>Dewiswch ffeiliau derbynebion, neu eu llusgo i&apos;r dudalen hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="80"/>
        <source>Also keep the &amp;original file (uses more space)</source>
        <translation>Cadw&apos;r ffeil &amp;wreiddiol hefyd (yn defnyddio mwy o le)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="82"/>
        <source>Also keep the original file</source>
        <translation>Cadw&apos;r ffeil wreiddiol hefyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="85"/>
        <source>The app keeps a smaller copy that is clear enough to read. Keeping the original file as well uses more space.</source>
        <translation>Mae&apos;r ap yn cadw copi llai sy&apos;n ddigon clir i&apos;w ddarllen. Mae cadw&apos;r ffeil wreiddiol hefyd yn defnyddio mwy o le.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="90"/>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="91"/>
        <source>All receipts</source>
        <translation>Pob derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="92"/>
        <source>Waiting to be matched</source>
        <translation>Yn aros i gael eu paru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="93"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="97"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="152"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="161"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="258"/>
        <source>Receipts</source>
        <translation>Derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="118"/>
        <source>View (Enter)</source>
        <translation>Gweld (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="120"/>
        <source>&amp;Match to spending…</source>
        <translation>&amp;Paru â gwariant…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="120"/>
        <source>Match to spending</source>
        <translation>Paru â gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="123"/>
        <source>&amp;Unmatch</source>
        <translation>Dad&amp;baru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="123"/>
        <source>Unmatch from spending</source>
        <translation>Dadbaru o&apos;r gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="126"/>
        <source>&amp;Delete receipt</source>
        <translation>D&amp;ileu&apos;r dderbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="126"/>
        <source>Delete receipt (Delete key)</source>
        <translation>Dileu&apos;r dderbynneb (bysell Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="128"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="153"/>
        <source>Receipts, or spending with none</source>
        <translation>Derbynebion, neu wariant heb un</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="165"/>
        <source>Keep photos and PDFs of your receipts here, safely locked in your vault. You can add them now and match them to your spending later.</source>
        <translation>Cadwch luniau a PDFs o&apos;ch derbynebion yma, wedi&apos;u cloi&apos;n ddiogel yn eich claddgell. Gallwch chi eu hychwanegu nawr a&apos;u paru â&apos;ch gwariant yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="247"/>
        <source>No receipts are waiting to be matched. Everything is sorted.</source>
        <translation>Does dim derbynebion yn aros i gael eu paru. Mae popeth yn ei le.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="250"/>
        <source>No receipts yet. Press “Add photos or PDFs…”, or drag files onto this page.</source>
        <translation>Dim derbynebion eto. Pwyswch “Ychwanegu lluniau neu PDFs…”, neu llusgwch ffeiliau i&apos;r dudalen hon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="260"/>
        <source>Receipts (%n waiting)</source>
        <translation>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="264"/>
        <source>Spending with no receipt (%1)</source>
        <translation>Gwariant heb dderbynneb (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="305"/>
        <source>Reading 1 file…</source>
        <translation>Wrthi&apos;n darllen 1 ffeil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="307"/>
        <source>Reading %1 files…</source>
        <translation>Wrthi&apos;n darllen %1 ffeil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="314"/>
        <source>Reading your receipts…</source>
        <translation>Wrthi&apos;n darllen eich derbynebion…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="330"/>
        <source>%1 could not be read. Please try another file.</source>
        <translation>Doedd dim modd darllen %1. Rhowch gynnig ar ffeil arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="353"/>
        <source>Added 1 receipt. You can match it to spending now or later.</source>
        <translation>Wedi ychwanegu 1 derbynneb. Gallwch chi ei pharu â gwariant nawr neu yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="356"/>
        <source>Added %1 receipts. You can match them to spending now or later.</source>
        <translation>Wedi ychwanegu %1 derbynneb. Gallwch chi eu paru â gwariant nawr neu yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="361"/>
        <source>Added 1 receipt to the payment.</source>
        <translation>Wedi ychwanegu 1 derbynneb at y taliad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="363"/>
        <source>Added %1 receipts to the payment.</source>
        <translation>Wedi ychwanegu %1 derbynneb at y taliad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="370"/>
        <source>The files could not be read. Please try again.</source>
        <translation>Doedd dim modd darllen y ffeiliau. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="419"/>
        <source>Matched. The receipt is now kept with that payment.</source>
        <translation>Wedi paru. Mae&apos;r dderbynneb bellach yn cael ei chadw gyda&apos;r taliad hwnnw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="429"/>
        <source>Unmatched. The receipt is waiting to be matched again.</source>
        <translation>Wedi dadbaru. Mae&apos;r dderbynneb yn aros i gael ei pharu eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="440"/>
        <source>Delete the receipt “%1”? It will be removed from your vault.</source>
        <translation>Dileu&apos;r dderbynneb “%1”? Bydd yn cael ei thynnu o&apos;ch claddgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="443"/>
        <source>Delete this receipt?</source>
        <translation>Dileu&apos;r dderbynneb hon?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="447"/>
        <source>Deleted the receipt.</source>
        <translation>Wedi dileu&apos;r dderbynneb.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="26"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="37"/>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Cadw&apos;r daflen adfer (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="39"/>
        <source>Save recovery sheet as a PDF to print</source>
        <translation>Cadw&apos;r daflen adfer fel PDF i&apos;w hargraffu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="43"/>
        <source>&amp;Open it to print</source>
        <translation>&amp;Agor hi i&apos;w hargraffu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="45"/>
        <source>Open the saved sheet to print it</source>
        <translation>Agor y daflen sydd wedi&apos;i chadw i&apos;w hargraffu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="49"/>
        <source>Recovery sheet status</source>
        <translation>Statws y daflen adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="61"/>
        <source>This is your recovery code. If you ever forget your passphrase, this code opens your records. Write it down or print the recovery sheet, and keep it somewhere safe at home, away from the computer.</source>
        <translation>Dyma eich cod adfer. Os byddwch chi byth yn anghofio eich cyfrinymadrodd, mae&apos;r cod hwn yn agor eich cofnodion. Ysgrifennwch ef i lawr neu argraffwch y daflen adfer, a&apos;i chadw rywle diogel gartref, i ffwrdd o&apos;r cyfrifiadur.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="73"/>
        <source>Anyone with this code and your vault could read your records, so keep it private. It is shown only now.</source>
        <translation>Gallai unrhyw un sydd â&apos;r cod hwn a&apos;ch claddgell ddarllen eich cofnodion, felly cadwch ef yn breifat. Dim ond nawr mae&apos;n cael ei ddangos.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="88"/>
        <source>Recovery sheet.pdf</source>
        <translation>Taflen adfer.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="102"/>
        <source>Saved to %1. Print it, then keep the paper safe. This file is not encrypted, so delete it once it is printed.</source>
        <translation>Wedi&apos;i chadw yn %1. Argraffwch hi, yna cadwch y papur yn ddiogel. Dydy&apos;r ffeil hon ddim wedi&apos;i hamgryptio, felly dilëwch hi ar ôl ei hargraffu.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="26"/>
        <source>Reopen records</source>
        <translation>Ailagor cofnodion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="30"/>
        <source>Reopen from</source>
        <translation>Ailagor o</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="34"/>
        <source>Why it is being reopened</source>
        <translation>Pam mae&apos;n cael ei ailagor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="36"/>
        <source>For example: the council asked me to correct a payment</source>
        <translation>Er enghraifft: gofynnodd y cyngor i mi gywiro taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="38"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="43"/>
        <source>Records are closed up to %1.</source>
        <translation>Mae cofnodion wedi cau hyd at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="45"/>
        <source>No records are closed.</source>
        <translation>Does dim cofnodion wedi cau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="51"/>
        <source>Records from the day you choose can be changed again; earlier ones stay closed. Your reason is kept with your records.</source>
        <translation>Bydd modd newid cofnodion o&apos;r diwrnod rydych chi&apos;n ei ddewis eto; bydd rhai cynharach yn aros ar gau. Mae eich rheswm yn cael ei gadw gyda&apos;ch cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="57"/>
        <source>Reopen &amp;from:</source>
        <translation>Ailagor &amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="58"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="39"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="168"/>
        <source>Remove access</source>
        <translation>Tynnu mynediad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="43"/>
        <source>Keep access</source>
        <translation>Cadw mynediad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="62"/>
        <source>Minutes before the vault locks</source>
        <translation>Munudau cyn i&apos;r gladdgell gloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="65"/>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="67"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="67"/>
        <source>Save lock time</source>
        <translation>Cadw&apos;r amser cloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="71"/>
        <source>Change &amp;passphrase…</source>
        <translation>Newid y cyfri&amp;nymadrodd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="73"/>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="77"/>
        <source>When the recovery code was made</source>
        <translation>Pryd cafodd y cod adfer ei wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="80"/>
        <source>Make a new &amp;recovery code…</source>
        <translation>Gwneud cod &amp;adfer newydd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="82"/>
        <source>Make a new recovery code</source>
        <translation>Gwneud cod adfer newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="86"/>
        <source>Re&amp;member this vault on this computer</source>
        <translation>C&amp;ofio&apos;r gladdgell hon ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="88"/>
        <source>Remember this vault on this computer</source>
        <translation>Cofio&apos;r gladdgell hon ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="93"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault.</source>
        <translation>Does gan y cyfrifiadur hwn ddim cadwyn allweddi y gall yr ap ei defnyddio, felly dydy e ddim yn gallu cofio eich claddgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="97"/>
        <source>C&amp;lose this vault</source>
        <translation>Ca&amp;u&apos;r gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="97"/>
        <source>Close this vault</source>
        <translation>Cau&apos;r gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="100"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="104"/>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="106"/>
        <source>Lock the vault after</source>
        <translation>Cloi&apos;r gladdgell ar ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="108"/>
        <source>without use.</source>
        <translation>heb ei defnyddio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="114"/>
        <source>Ways to open this vault</source>
        <translation>Ffyrdd o agor y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="123"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="145"/>
        <source>Your recovery code was made on %1.</source>
        <translation>Cafodd eich cod adfer ei wneud ar %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="159"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="180"/>
        <source>People who can open this vault</source>
        <translation>Pobl sy&apos;n gallu agor y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="164"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="164"/>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="168"/>
        <source>Remo&amp;ve access…</source>
        <translation>&amp;Tynnu mynediad…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="173"/>
        <source>A carer or advocate can have their own passphrase and a role. The history shows who did what. Roles stop mistakes; they are not a lock, so only share the vault with people you trust.</source>
        <translation>Gall gofalwr neu eiriolwr gael ei gyfrinymadrodd ei hun a rôl. Mae&apos;r hanes yn dangos pwy wnaeth beth. Mae rolau&apos;n atal camgymeriadau; nid clo ydyn nhw, felly rhannwch y gladdgell â phobl rydych chi&apos;n ymddiried ynddyn nhw yn unig.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="179"/>
        <source>What you can do</source>
        <translation>Beth gallwch chi ei wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="206"/>
        <source>You are signed in as %1 (%2). %3</source>
        <translation>Rydych chi wedi mewngofnodi fel %1 (%2). %3</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="220"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="245"/>
        <source>%1 can now open this vault with their own passphrase. Please make sure they know it.</source>
        <translation>Mae %1 yn gallu agor y gladdgell hon nawr â&apos;u cyfrinymadrodd eu hunain. Gwnewch yn siŵr eu bod nhw&apos;n ei wybod.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="256"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="306"/>
        <source>That did not work (%1). Nothing was changed.</source>
        <translation>Wnaeth hynny ddim gweithio (%1). Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="268"/>
        <source>Letting %1 in…</source>
        <translation>Wrthi&apos;n gadael %1 i mewn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="276"/>
        <source>Take away %1&apos;s access? Their passphrase stops working at once, and so does any computer that remembers the vault for them. What they did stays in the history.</source>
        <translation>Tynnu mynediad %1? Bydd eu cyfrinymadrodd yn stopio gweithio ar unwaith, a hefyd unrhyw gyfrifiadur sy&apos;n cofio&apos;r gladdgell ar eu cyfer. Bydd yr hyn a wnaethon nhw yn aros yn yr hanes.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="279"/>
        <source>Remove access?</source>
        <translation>Tynnu mynediad?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="286"/>
        <source>%1 can no longer open this vault.</source>
        <translation>Dydy %1 ddim yn gallu agor y gladdgell hon bellach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="324"/>
        <source>Saved. The vault will lock after 1 minute without use.</source>
        <translation>Wedi cadw. Bydd y gladdgell yn cloi ar ôl 1 munud heb ei defnyddio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="326"/>
        <source>Saved. The vault will lock after %1 minutes without use.</source>
        <translation>Wedi cadw. Bydd y gladdgell yn cloi ar ôl %1 munud heb ei defnyddio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="338"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>Mae eich cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd y tro nesaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="339"/>
        <source>Changing your passphrase…</source>
        <translation>Wrthi&apos;n newid eich cyfrinymadrodd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="351"/>
        <source>Your new recovery code is ready. The old one no longer works.</source>
        <translation>Mae eich cod adfer newydd yn barod. Dydy&apos;r hen un ddim yn gweithio mwyach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="352"/>
        <source>Saving your new recovery code…</source>
        <translation>Wrthi&apos;n cadw eich cod adfer newydd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="361"/>
        <source>This computer will now open the vault without asking for the passphrase.</source>
        <translation>Bydd y cyfrifiadur hwn nawr yn agor y gladdgell heb ofyn am y cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="366"/>
        <source>Forget this computer?</source>
        <translation>Anghofio&apos;r cyfrifiadur hwn?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="367"/>
        <source>The vault will ask for the passphrase again next time. Continue?</source>
        <translation>Bydd y gladdgell yn gofyn am y cyfrinymadrodd eto y tro nesaf. Parhau?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="373"/>
        <source>This computer has forgotten the vault.</source>
        <translation>Mae&apos;r cyfrifiadur hwn wedi anghofio&apos;r gladdgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="374"/>
        <source>Talking to the keychain…</source>
        <translation>Wrthi&apos;n siarad â&apos;r gadwyn allweddi…</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="37"/>
        <source>Change a shift</source>
        <translation>Newid shifft</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="40"/>
        <source>Day it starts</source>
        <translation>Y diwrnod mae&apos;n dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="42"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="45"/>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="50"/>
        <source>Unpaid break in minutes</source>
        <translation>Egwyl heb dâl mewn munudau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="54"/>
        <source>Kind of shift</source>
        <translation>Math o shifft</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="58"/>
        <source>Minutes awake and working</source>
        <translation>Munudau&apos;n effro ac yn gweithio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="61"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="62"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="65"/>
        <source>Changes to this shift</source>
        <translation>Newidiadau i&apos;r shifft hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="69"/>
        <source>%1 by %2: %3 (%4)</source>
        <translation>%1 gan %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="78"/>
        <source>&amp;Day it starts:</source>
        <translation>Y &amp;diwrnod mae&apos;n dechrau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="79"/>
        <source>&amp;Start:</source>
        <translation>D&amp;echrau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="80"/>
        <source>&amp;End (the next day if earlier):</source>
        <translation>Di&amp;wedd (y diwrnod wedyn os yw&apos;n gynharach):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="81"/>
        <source>Unpaid &amp;break (minutes):</source>
        <translation>E&amp;gwyl heb dâl (munudau):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="82"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="83"/>
        <source>Sleep-in: minutes &amp;awake and working:</source>
        <translation>Cysgu i mewn: munudau&apos;n eff&amp;ro ac yn gweithio:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="84"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="88"/>
        <source>Changes so far:</source>
        <translation>Newidiadau hyd yma:</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="51"/>
        <source>Your PAs</source>
        <translation>Eich CPau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="52"/>
        <source>&amp;Add a PA…</source>
        <translation>&amp;Ychwanegu CP…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="52"/>
        <source>Add a PA (Ctrl+N)</source>
        <translation>Ychwanegu CP (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="54"/>
        <source>Change &amp;details…</source>
        <translation>Newid &amp;manylion…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="54"/>
        <source>Change details (Ctrl+E)</source>
        <translation>Newid manylion (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="56"/>
        <source>C&amp;hecks…</source>
        <translation>&amp;Gwiriadau…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="56"/>
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="58"/>
        <source>Employer&apos;s &amp;insurance…</source>
        <translation>Yswiriant &amp;cyflogwr…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="58"/>
        <source>Employer&apos;s insurance</source>
        <translation>Yswiriant cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="61"/>
        <source>About this PA</source>
        <translation>Am y CP hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="125"/>
        <source>Shifts</source>
        <translation>Shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="65"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="66"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="67"/>
        <source>Paid hours</source>
        <translation>Oriau â thâl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="68"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="69"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="82"/>
        <source>Change &amp;shift…</source>
        <translation>Newid &amp;shifft…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="82"/>
        <source>Change shift (Enter)</source>
        <translation>Newid shifft (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>De&amp;lete shift</source>
        <translation>&amp;Dileu shifft</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>Delete shift (Delete)</source>
        <translation>Dileu shifft (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="87"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="137"/>
        <source>Holiday</source>
        <translation>Gwyliau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="91"/>
        <source>Leave and sickness</source>
        <translation>Gwyliau a salwch</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="93"/>
        <source>Add lea&amp;ve or sickness…</source>
        <translation>Ychwanegu g&amp;wyliau neu salwch…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="93"/>
        <source>Add leave or sickness</source>
        <translation>Ychwanegu gwyliau neu salwch</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="96"/>
        <source>Delete the chosen day</source>
        <translation>Dileu&apos;r diwrnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="98"/>
        <source>Payslips</source>
        <translation>Slipiau cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="100"/>
        <source>&amp;Payslip for a pay period…</source>
        <translation>S&amp;lip cyflog ar gyfer cyfnod cyflog…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="100"/>
        <source>Payslip for a pay period</source>
        <translation>Slip cyflog ar gyfer cyfnod cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="102"/>
        <source>Bank holidays for</source>
        <translation>Gwyliau banc ar gyfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="104"/>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="105"/>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="106"/>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="109"/>
        <source>Leave year starts</source>
        <translation>Y flwyddyn wyliau&apos;n dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="112"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="117"/>
        <source>Add each personal assistant (PA) you employ: when they started, their hours, how often they are paid and their pay rates. Then enter their hours on the Hours page.</source>
        <translation>Ychwanegwch bob cynorthwyydd personol (CP) rydych chi&apos;n ei gyflogi: pryd dechreuon nhw, eu horiau, pa mor aml maen nhw&apos;n cael eu talu a&apos;u cyfraddau cyflog. Yna rhowch eu horiau ar y dudalen Oriau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="130"/>
        <source>Leave and sickness days this leave year:</source>
        <translation>Diwrnodau gwyliau a salwch y flwyddyn wyliau hon:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="138"/>
        <source>Pay</source>
        <translation>Cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="141"/>
        <source>Your PAs:</source>
        <translation>Eich CPau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="154"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="159"/>
        <source>Bank holidays &amp;for:</source>
        <translation>Gwyliau &amp;banc ar gyfer:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="160"/>
        <source>Leave &amp;year starts on 1</source>
        <translation>Mae&apos;r flwyddyn wyliau&apos;n dechrau a&amp;r 1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="257"/>
        <source>irregular hours</source>
        <translation>oriau afreolaidd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="259"/>
        <source>%1 a week</source>
        <translation>%1 yr wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="263"/>
        <source>— left %1</source>
        <translation>— wedi gadael %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="298"/>
        <source>(%1m break)</source>
        <translation>(egwyl %1 mun)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="322"/>
        <source>Leave year %1 to %2.</source>
        <translation>Blwyddyn wyliau %1 i %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="328"/>
        <source>Holiday: %1. Taken: %2. Booked: %3. Left: %4.</source>
        <translation>Gwyliau: %1. Wedi&apos;u cymryd: %2. Wedi&apos;u trefnu: %3. Ar ôl: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="334"/>
        <source>How this is worked out:</source>
        <translation>Sut mae hyn yn cael ei gyfrifo:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="358"/>
        <source>%1: payslip gross %2; the shifts come to %3.</source>
        <translation>%1: gros y slip cyflog %2; mae&apos;r shifftiau&apos;n dod i %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="364"/>
        <source>Different by %1: please check.</source>
        <translation>Gwahaniaeth o %1: gwiriwch hyn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="370"/>
        <source>1 payment linked.</source>
        <translation>1 taliad wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="372"/>
        <source>%1 payments linked.</source>
        <translation>%1 taliad wedi&apos;u cysylltu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="413"/>
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="426"/>
        <source>Saved. Home will remind you before anything is due.</source>
        <translation>Wedi cadw. Bydd Hafan yn eich atgoffa cyn i unrhyw beth fod yn ddyledus.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="443"/>
        <source>Shift saved.</source>
        <translation>Wedi cadw&apos;r shifft.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="456"/>
        <source>Deleted the shift on %1. Its history is kept.</source>
        <translation>Wedi dileu&apos;r shifft ar %1. Mae ei hanes yn cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="502"/>
        <source>Saved. New shifts on bank holidays use this list.</source>
        <translation>Wedi cadw. Mae shifftiau newydd ar wyliau banc yn defnyddio&apos;r rhestr hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="509"/>
        <source>Saved. Holiday is now counted from this month.</source>
        <translation>Wedi cadw. Mae gwyliau bellach yn cael eu cyfrif o&apos;r mis hwn.</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="216"/>
        <source>Monitoring return</source>
        <extracomment>kind → (what the combo says, the start of a file name)</extracomment>
        <translation>Ffurflen fonitro</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="217"/>
        <source>Care review statement</source>
        <translation>Datganiad adolygiad gofal</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="219"/>
        <source>Audit pack (return with every receipt)</source>
        <translation>Pecyn archwilio (ffurflen gyda phob derbynneb)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="220"/>
        <source>Audit pack</source>
        <translation>Pecyn archwilio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="222"/>
        <source>Timesheets</source>
        <translation>Taflenni amser</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="223"/>
        <source>Pay summary</source>
        <translation>Crynodeb cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="225"/>
        <source>Kind of statement</source>
        <translation>Math o ddatganiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="228"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="230"/>
        <source>Last quarter</source>
        <translation>Y chwarter diwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="231"/>
        <source>This quarter</source>
        <translation>Y chwarter hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="232"/>
        <source>Since the last review</source>
        <translation>Ers yr adolygiad diwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="233"/>
        <source>Custom</source>
        <translation>Dewis eich dyddiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="236"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="237"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="240"/>
        <source>&amp;Preview</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="240"/>
        <source>Preview (Ctrl+Enter)</source>
        <translation>Rhagolwg (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="243"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="243"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Cadw fel PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="246"/>
        <source>Export &amp;CSV…</source>
        <translation>Allforio CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="246"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="435"/>
        <source>Export CSV for a spreadsheet</source>
        <translation>Allforio CSV ar gyfer taenlen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="249"/>
        <source>P&amp;rint…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="249"/>
        <source>Print (Ctrl+P)</source>
        <translation>Argraffu (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="251"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="255"/>
        <source>Closed records</source>
        <translation>Cofnodion wedi cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="257"/>
        <source>&amp;Mark this period as sent…</source>
        <translation>&amp;Nodi bod y cyfnod hwn wedi&apos;i anfon…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="257"/>
        <source>Mark this period as sent</source>
        <translation>Nodi bod y cyfnod hwn wedi&apos;i anfon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="262"/>
        <source>Re&amp;open…</source>
        <translation>Ail&amp;agor…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="262"/>
        <source>Reopen closed records</source>
        <translation>Ailagor cofnodion sydd wedi cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="265"/>
        <source>Add the &amp;history of changes (who changed what, and when)</source>
        <translation>Ychwanegu &amp;hanes y newidiadau (pwy newidiodd beth, a phryd)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="267"/>
        <source>Add the history of changes to the audit pack</source>
        <translation>Ychwanegu hanes y newidiadau at y pecyn archwilio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="272"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="274"/>
        <source>P&amp;eriod:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="276"/>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="278"/>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="295"/>
        <source>Statements</source>
        <translation>Datganiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="437"/>
        <source>This statement can only be saved as a PDF.</source>
        <translation>Dim ond fel PDF mae modd cadw&apos;r datganiad hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="453"/>
        <source>No records are closed yet.</source>
        <translation>Does dim cofnodion wedi cau eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="455"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="507"/>
        <source>Records are closed up to %1.</source>
        <translation>Mae cofnodion wedi cau hyd at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="478"/>
        <source>Once the return has gone to the council, mark its period as sent. Records up to %1 can then only be changed after reopening, with a reason.</source>
        <translation>Unwaith y bydd y ffurflen wedi mynd i&apos;r cyngor, nodwch fod ei chyfnod wedi&apos;i anfon. Wedyn, dim ond ar ôl eu hailagor, gyda rheswm, y bydd modd newid cofnodion hyd at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="490"/>
        <source>Mark this period as sent?</source>
        <translation>Nodi bod y cyfnod hwn wedi&apos;i anfon?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="492"/>
        <source>Records up to %1 will be closed. To change them later you will need to reopen the period and give a reason.</source>
        <translation>Bydd cofnodion hyd at %1 yn cael eu cau. I&apos;w newid yn nes ymlaen, bydd angen i chi ailagor y cyfnod a rhoi rheswm.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="529"/>
        <source>Reopened. Records from %1 on can be changed again.</source>
        <translation>Wedi ailagor. Mae modd newid cofnodion o %1 ymlaen eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="544"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="574"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="613"/>
        <source>Making the statement…</source>
        <translation>Wrthi&apos;n gwneud y datganiad…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="591"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 i %3</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="602"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="624"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV ar gyfer taenlen (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="632"/>
        <source>Making the CSV…</source>
        <translation>Wrthi&apos;n gwneud y CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="640"/>
        <source>It could not be saved there: %1. Please choose another folder.</source>
        <translation>Doedd dim modd ei chadw yno: %1. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="648"/>
        <source>Saved “%1” in %2. It is not encrypted: keep it somewhere safe.</source>
        <translation>Wedi cadw “%1” yn %2. Dydy hi ddim wedi&apos;i hamgryptio: cadwch hi rywle diogel.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="662"/>
        <source>Print the statement</source>
        <translation>Argraffu&apos;r datganiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="693"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Wedi anfon %1 tudalen i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="695"/>
        <source>Sent 1 page to the printer.</source>
        <translation>Wedi anfon 1 tudalen i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="699"/>
        <source>The printer could not be started. Please try again.</source>
        <translation>Doedd dim modd dechrau&apos;r argraffydd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="702"/>
        <source>Getting the pages ready to print…</source>
        <translation>Wrthi&apos;n paratoi&apos;r tudalennau i&apos;w hargraffu…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="728"/>
        <source>Stopped. Nothing was made.</source>
        <translation>Wedi stopio. Chafodd dim byd ei wneud.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="733"/>
        <source>Something went wrong while making the statement. Please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth wneud y datganiad. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="93"/>
        <source>Add a category</source>
        <translation>Ychwanegu categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="46"/>
        <source>Name of the new category:</source>
        <translation>Enw&apos;r categori newydd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="297"/>
        <source>Change a payment</source>
        <translation>Newid taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="62"/>
        <source>Add money in or out</source>
        <translation>Ychwanegu arian i mewn neu allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="68"/>
        <source>Money &amp;out (spending)</source>
        <translation>Arian &amp;allan (gwariant)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="68"/>
        <source>Money out</source>
        <translation>Arian allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="71"/>
        <source>Money &amp;in</source>
        <translation>Arian i &amp;mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="71"/>
        <source>Money in</source>
        <translation>Arian i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="77"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="78"/>
        <source>Amount in pounds</source>
        <translation>Swm mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="79"/>
        <source>Amount problem</source>
        <translation>Problem gyda&apos;r swm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="83"/>
        <source>Paid to, or paid by</source>
        <translation>Wedi&apos;i dalu i, neu wedi&apos;i dalu gan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="84"/>
        <source>For example: First Bus</source>
        <translation>Er enghraifft: First Cymru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="91"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="93"/>
        <source>Add a cate&amp;gory…</source>
        <translation>Ychwanegu cate&amp;gori…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="95"/>
        <source>Budget line</source>
        <translation>Llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="96"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="97"/>
        <source>How it was paid</source>
        <translation>Sut cafodd ei dalu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="98"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="99"/>
        <source>No receipt because</source>
        <translation>Dim derbynneb oherwydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="100"/>
        <source>For example: bus fare, no ticket given</source>
        <translation>Er enghraifft: taith bws, chafwyd dim tocyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="102"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="109"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="121"/>
        <source>Which way:</source>
        <translation>I mewn neu allan:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="122"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="123"/>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Swm (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="125"/>
        <source>&amp;Who:</source>
        <translation>&amp;Pwy:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="126"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="129"/>
        <source>&amp;Budget line:</source>
        <translation>&amp;Llinell gyllideb:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="130"/>
        <source>A&amp;ccount:</source>
        <translation>Cy&amp;frif:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="131"/>
        <source>&amp;Paid by:</source>
        <translation>Dull &amp;talu:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="132"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="133"/>
        <source>No receipt b&amp;ecause:</source>
        <translation>Dim derbynneb &amp;oherwydd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="136"/>
        <source>Receipts:</source>
        <translation>Derbynebion:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="143"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="178"/>
        <source>(choose a category)</source>
        <translation>(dewiswch gategori)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="278"/>
        <source>Please wait a moment: a receipt is still being read.</source>
        <translation>Arhoswch eiliad: mae derbynneb yn dal i gael ei darllen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="307"/>
        <source>The payment is saved, but a receipt could not be kept: %1</source>
        <translation>Mae&apos;r taliad wedi&apos;i gadw, ond doedd dim modd cadw derbynneb: %1</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="40"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="41"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="42"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="43"/>
        <source>Money in</source>
        <translation>Arian i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="44"/>
        <source>Money out</source>
        <translation>Arian allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="45"/>
        <source>Balance</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="46"/>
        <source>Receipt</source>
        <translation>Derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="137"/>
        <source>Transfer</source>
        <translation>Trosglwyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="139"/>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="160"/>
        <source>No receipt: %1</source>
        <translation>Dim derbynneb: %1</translation>
    </message>
</context>
<context>
    <name>TransactionsTable</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="27"/>
        <source>Payments in and out</source>
        <translation>Taliadau i mewn ac allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="48"/>
        <source>No receipt (reason given)</source>
        <translation>Dim derbynneb (rheswm wedi&apos;i roi)</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="30"/>
        <source>Move money between your accounts</source>
        <translation>Symud arian rhwng eich cyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="34"/>
        <source>From account</source>
        <translation>O&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="35"/>
        <source>To account</source>
        <translation>I&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="40"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="41"/>
        <source>Amount in pounds</source>
        <translation>Swm mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="42"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="43"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="46"/>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="47"/>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="48"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="49"/>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Swm (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="50"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="55"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="63"/>
        <source>For example, taking petty cash out of the bank. A transfer is not spending and not income: it only moves your money from one place to another.</source>
        <translation>Er enghraifft, tynnu arian mân o&apos;r banc. Nid gwariant nac incwm yw trosglwyddiad: dim ond symud eich arian o un lle i&apos;r llall mae&apos;n ei wneud.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="40"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="131"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="44"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Cofio ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="46"/>
        <source>Remember on this computer</source>
        <translation>Cofio ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="50"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault. Your passphrase always works.</source>
        <translation>Does gan y cyfrifiadur hwn ddim cadwyn allweddi y gall yr ap ei defnyddio, felly dydy e ddim yn gallu cofio eich claddgell. Mae eich cyfrinymadrodd bob amser yn gweithio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="56"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="59"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="59"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="64"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="135"/>
        <source>Use recovery code instead</source>
        <translation>Defnyddio&apos;r cod adfer yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="68"/>
        <source>&amp;Choose another vault</source>
        <translation>Dewis claddgell &amp;arall</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="70"/>
        <source>Choose another vault</source>
        <translation>Dewis claddgell arall</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="103"/>
        <source>Unlock %1</source>
        <translation>Datgloi %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="118"/>
        <source>Type the recovery code from your recovery sheet. Dashes, spaces and small letters are all fine.</source>
        <translation>Teipiwch y cod adfer o&apos;ch taflen adfer. Mae llinellau toriad, bylchau a llythrennau bach i gyd yn iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="122"/>
        <source>Recovery &amp;code:</source>
        <translation>C&amp;od adfer:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="123"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="126"/>
        <source>Use &amp;passphrase instead</source>
        <translation>Defnyddio&apos;r c&amp;yfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="127"/>
        <source>Use passphrase instead</source>
        <translation>Defnyddio&apos;r cyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="129"/>
        <source>Type your passphrase to open your records.</source>
        <translation>Teipiwch eich cyfrinymadrodd i agor eich cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="130"/>
        <source>&amp;Passphrase:</source>
        <translation>Cyfri&amp;nymadrodd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="134"/>
        <source>Use recovery &amp;code instead</source>
        <translation>Defnyddio&apos;r cod adf&amp;er yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="145"/>
        <source>Please type your recovery code first.</source>
        <translation>Teipiwch eich cod adfer yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="147"/>
        <source>Please type your passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="158"/>
        <source>Unlocking your vault…</source>
        <translation>Wrthi&apos;n datgloi eich claddgell…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="166"/>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="181"/>
        <source>Something unexpected stopped the vault opening (%1). Nothing was changed. Please try again.</source>
        <translation>Fe wnaeth rhywbeth annisgwyl atal y gladdgell rhag agor (%1). Chafodd dim byd ei newid. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="73"/>
        <source>Week</source>
        <extracomment>The short word typed for each kind of shift (``parse_shift`` reads these back).</extracomment>
        <translation>Wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="77"/>
        <source>All PAs</source>
        <translation>Pob CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="102"/>
        <source>no shifts</source>
        <translation>dim shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="107"/>
        <source>Type a shift like 9-17, or 9-17 30 for a 30-minute break</source>
        <translation>Teipiwch shifft fel 9-17, neu 9-17 30 ar gyfer egwyl 30 munud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="119"/>
        <source>%1 of %2 planned</source>
        <translation>%1 o %2 wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="131"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="137"/>
        <source>and 1 sleep-in</source>
        <translation>ac 1 noson cysgu i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="139"/>
        <source>and %1 sleep-ins</source>
        <translation>a %1 noson cysgu i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="147"/>
        <source>(%1m break)</source>
        <translation>(egwyl %1 mun)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="28"/>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="49"/>
        <source>Your vaults</source>
        <translation>Eich claddgelloedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="31"/>
        <source>&amp;Open selected vault</source>
        <translation>&amp;Agor y gladdgell a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="33"/>
        <source>Open selected vault</source>
        <translation>Agor y gladdgell a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="37"/>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Creu claddgell newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="39"/>
        <source>Create a new vault</source>
        <translation>Creu claddgell newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="43"/>
        <source>Open a vault from a &amp;folder…</source>
        <translation>Agor claddgell o &amp;ffolder…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="45"/>
        <source>Open a vault from a folder</source>
        <translation>Agor claddgell o ffolder</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="55"/>
        <source>Direct Payments Keeper</source>
        <translation>Direct Payments Keeper</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="59"/>
        <source>Keep track of your direct payment: money in, money out, receipts and your assistants&apos; hours. Everything stays private, locked on this computer.</source>
        <translation>Cadwch olwg ar eich taliad uniongyrchol: arian i mewn, arian allan, derbynebion ac oriau eich cynorthwywyr. Mae popeth yn aros yn breifat, wedi&apos;i gloi ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="46"/>
        <source>Who is signed in</source>
        <translation>Pwy sydd wedi mewngofnodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="48"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="48"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Cloi (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="50"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Cloi&apos;r gladdgell nawr (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="59"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="62"/>
        <source>Home</source>
        <extracomment>(key, title, page) in navigation order. Home first, Settings last.</extracomment>
        <translation>Hafan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="63"/>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="64"/>
        <source>Receipts</source>
        <translation>Derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="65"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="66"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="67"/>
        <source>Statements</source>
        <translation>Datganiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="68"/>
        <source>Plan and accounts</source>
        <translation>Cynllun a chyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="69"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="128"/>
        <source>Vault: %1</source>
        <translation>Claddgell: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="132"/>
        <source>Signed in: %1 (with %2)</source>
        <translation>Wedi mewngofnodi: %1 (dull: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="134"/>
        <source>Signed in as %1, %3 (with %2)</source>
        <translation>Wedi mewngofnodi fel %1, %3 (dull: %2)</translation>
    </message>
</context>
</TS>
