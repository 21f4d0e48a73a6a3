<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Kindred::AddToShortlist</name>
    <message numerus="yes">
        <source>Add %n customer(s) to the shortlist</source>
        <translation>
            <numerusform>Add %n customer to the shortlist</numerusform>
            <numerusform>Add %n customers to the shortlist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ApplySuggestions</name>
    <message numerus="yes">
        <source>Apply %n suggested score(s) from %1</source>
        <translation>
            <numerusform>Apply %n suggested score from %1</numerusform>
            <numerusform>Apply %n suggested scores from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::AsOfNotice</name>
    <message numerus="yes">
        <source>The last order in this store is from %1, %n day(s) ago: as of today, everyone who bought looks Dormant. Look at the customers as they stood on that day instead?</source>
        <translation>
            <numerusform>The last order in this store is from %1, %n day ago: as of today, everyone who bought looks Dormant. Look at the customers as they stood on that day instead?</numerusform>
            <numerusform>The last order in this store is from %1, %n days ago: as of today, everyone who bought looks Dormant. Look at the customers as they stood on that day instead?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::BehaviourRule</name>
    <message numerus="yes">
        <source>customer for %n day(s)</source>
        <translation>
            <numerusform>customer for %n day</numerusform>
            <numerusform>customer for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>customer for %n month(s)</source>
        <translation>
            <numerusform>customer for %n month</numerusform>
            <numerusform>customer for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>customer for %n year(s)</source>
        <translation>
            <numerusform>customer for %n year</numerusform>
            <numerusform>customer for %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat order(s) in %1 months</source>
        <translation>
            <numerusform>%n repeat order in %1 months</numerusform>
            <numerusform>%n repeat orders in %1 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last order %n day(s) ago</source>
        <translation>
            <numerusform>last order %n day ago</numerusform>
            <numerusform>last order %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::Cli</name>
    <message numerus="yes">
        <source>All %n cell(s) are listed in %1</source>
        <translation>
            <numerusform>All %n cell is listed in %1</numerusform>
            <numerusform>All %n cells are listed in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be written in %1; nothing was written. Use --encoding utf-8-bom, change those cells, or write them with --replace-unencodable.</source>
        <translation>
            <numerusform>%n cell cannot be written in %1; nothing was written. Use --encoding utf-8-bom, change that cell, or write it with --replace-unencodable.</numerusform>
            <numerusform>%n cells cannot be written in %1; nothing was written. Use --encoding utf-8-bom, change those cells, or write them with --replace-unencodable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are written with %1 in place of the characters %2 cannot hold.</source>
        <translation>
            <numerusform>%n cell is written with %1 in place of the characters %2 cannot hold.</numerusform>
            <numerusform>%n cells are written with %1 in place of the characters %2 cannot hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) both held counted once.</source>
        <translation>
            <numerusform>%n order both held counted once.</numerusform>
            <numerusform>%n orders both held counted once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CsvReader</name>
    <message numerus="yes">
        <source>A quote opened at row %1, column %2 is never closed: %Ln line(s) from it to the end of the file could not be read. Close it or double it (&quot;&quot;) in the file.</source>
        <translation>
            <numerusform>A quote opened at row %1, column %2 is never closed: %Ln line from it to the end of the file could not be read. Close it or double it (&quot;&quot;) in the file.</numerusform>
            <numerusform>A quote opened at row %1, column %2 is never closed: %Ln lines from it to the end of the file could not be read. Close it or double it (&quot;&quot;) in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CsvWriter</name>
    <message numerus="yes">
        <source>%n cell(s) hold characters that %1 cannot hold (first: &quot;%2&quot; in &quot;%3&quot;); nothing was written. Choose UTF-8 or change those cells.</source>
        <translation>
            <numerusform>%n cell hold characters that %1 cannot hold (first: &quot;%2&quot; in &quot;%3&quot;); nothing was written. Choose UTF-8 or change those cells.</numerusform>
            <numerusform>%n cells hold characters that %1 cannot hold (first: &quot;%2&quot; in &quot;%3&quot;); nothing was written. Choose UTF-8 or change those cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CustomerDetailsPanel</name>
    <message numerus="yes">
        <source>Revenue %1 from %n order(s)</source>
        <translation>
            <numerusform>Revenue %1 from %n order</numerusform>
            <numerusform>Revenue %1 from %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CustomerTableModel</name>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n day before %1</numerusform>
            <numerusform>%n days before %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::DeleteCustomers</name>
    <message numerus="yes">
        <source>Delete %n customer(s)</source>
        <translation>
            <numerusform>Delete %n customer</numerusform>
            <numerusform>Delete %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::DueNotice</name>
    <message numerus="yes">
        <source>%n next action(s) on the shortlist are due today or overdue.</source>
        <translation>
            <numerusform>%n next action on the shortlist is due today or overdue.</numerusform>
            <numerusform>%n next actions on the shortlist are due today or overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln likely pair(s).</source>
        <translation>
            <numerusform>%Ln likely pair.</numerusform>
            <numerusform>%Ln likely pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) both customers held (the same order id, or the same date and amount) counted once.</source>
        <translation>
            <numerusform>%n order both customers held (the same order id, or the same date and amount) counted once.</numerusform>
            <numerusform>%n orders both customers held (the same order id, or the same date and amount) counted once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ExcludeFromShortlist</name>
    <message numerus="yes">
        <source>Exclude %n customer(s) from the shortlist</source>
        <translation>
            <numerusform>Exclude %n customer from the shortlist</numerusform>
            <numerusform>Exclude %n customers from the shortlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Let %n customer(s) back on the shortlist</source>
        <translation>
            <numerusform>Let %n customer back on the shortlist</numerusform>
            <numerusform>Let %n customers back on the shortlist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ExportDialog</name>
    <message numerus="yes">
        <source>%n row(s) to export.</source>
        <translation>
            <numerusform>%n row to export.</numerusform>
            <numerusform>%n rows to export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cell(s)</source>
        <translation>
            <numerusform>… and %n more cell</numerusform>
            <numerusform>… and %n more cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot hold the characters of %n cell(s) below. Choose UTF-8, change these cells first, or write them with a marker.</source>
        <translation>
            <numerusform>%1 cannot hold the characters of %n cell below. Choose UTF-8, change this cell first, or write it with a marker.</numerusform>
            <numerusform>%1 cannot hold the characters of %n cells below. Choose UTF-8, change these cells first, or write them with a marker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) shown</source>
        <translation>
            <numerusform>%L1 of %Ln customer shown</numerusform>
            <numerusform>%L1 of %Ln customers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln selected</source>
        <translation>
            <numerusform>, %Ln selected</numerusform>
            <numerusform>, %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchase behaviour (repeat orders, tenure, recency) suggests a new value awareness for %n customer(s).</source>
        <translation>
            <numerusform>Purchase behaviour (repeat orders, tenure, recency) suggests a new value awareness for %n customer.</numerusform>
            <numerusform>Purchase behaviour (repeat orders, tenure, recency) suggests a new value awareness for %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change quadrant and %1 would be placed for the first time.</source>
        <translation>
            <numerusform>%n would change quadrant and %1 would be placed for the first time.</numerusform>
            <numerusform>%n would change quadrant and %1 would be placed for the first time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores you set by hand are kept (%n customer(s)).</source>
        <translation>
            <numerusform>Scores you set by hand are kept (%n customer).</numerusform>
            <numerusform>Scores you set by hand are kept (%n customers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since this step, %1 changed %n customer(s): %2.</source>
        <translation>
            <numerusform>Since this step, %1 changed %n customer: %2.</numerusform>
            <numerusform>Since this step, %1 changed %n customers: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::MatrixChart</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <comment>a name and how many more customers stand at the same place</comment>
        <translation>
            <numerusform>%1 +%n</numerusform>
            <numerusform>%1 +%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) here. Zoom in with the mouse wheel to see them one by one.</source>
        <translation>
            <numerusform>%Ln customer here. Zoom in with the mouse wheel to see them one by one.</numerusform>
            <numerusform>%Ln customers here. Zoom in with the mouse wheel to see them one by one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n customer(s) at this place:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n customer at this place:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n customers at this place:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::MergeCustomersDialog</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::MoveCustomers</name>
    <message numerus="yes">
        <source>Move %n customer(s)</source>
        <translation>
            <numerusform>Move %n customer</numerusform>
            <numerusform>Move %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n customer(s)</source>
        <translation>
            <numerusform>Nudge %n customer</numerusform>
            <numerusform>Nudge %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n customer(s)</source>
        <translation>
            <numerusform>Place %n customer</numerusform>
            <numerusform>Place %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear placement of %n customer(s)</source>
        <translation>
            <numerusform>Clear placement of %n customer</numerusform>
            <numerusform>Clear placement of %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::OwnFieldEdit</name>
    <message numerus="yes">
        <source>%n customer(s) already have a value named “%1”.</source>
        <translation>
            <numerusform>%n customer already has a value named “%1”.</numerusform>
            <numerusform>%n customers already have a value named “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::OwnFieldsPage</name>
    <message numerus="yes">
        <source>Delete the own field “%1” and its value in %n customer(s)?</source>
        <translation>
            <numerusform>Delete the own field “%1” and its value in %n customer?</numerusform>
            <numerusform>Delete the own field “%1” and its value in %n customers?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::PinCustomers</name>
    <message numerus="yes">
        <source>Pin %n customer(s)</source>
        <translation>
            <numerusform>Pin %n customer</numerusform>
            <numerusform>Pin %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n customer(s)</source>
        <translation>
            <numerusform>Unpin %n customer</numerusform>
            <numerusform>Unpin %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ReportWriter</name>
    <message numerus="yes">
        <source>Value matrix: %Ln customer(s) placed</source>
        <translation>
            <numerusform>Value matrix: %Ln customer placed</numerusform>
            <numerusform>Value matrix: %Ln customers placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on the shortlist in Kindred.</source>
        <translation>
            <numerusform>… and %n more on the shortlist in Kindred.</numerusform>
            <numerusform>… and %n more on the shortlist in Kindred.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ShortlistModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ShortlistPanel</name>
    <message numerus="yes">
        <source>%1 (%n customer(s))</source>
        <translation>
            <numerusform>%1 (%n customer)</numerusform>
            <numerusform>%1 (%n customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::StatusSummary</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ValueMatrixView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Revenue %2 from %n order(s)&lt;br&gt;Stage: %3&lt;br&gt;Value fit %4, value awareness %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Revenue %2 from %n order&lt;br&gt;Stage: %3&lt;br&gt;Value fit %4, value awareness %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Revenue %2 from %n orders&lt;br&gt;Stage: %3&lt;br&gt;Value fit %4, value awareness %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in view, shown as density: darker cells hold more. Zoom in to see each one.</source>
        <translation>
            <numerusform>%Ln customer in view, shown as density: darker cells hold more. Zoom in to see each one.</numerusform>
            <numerusform>%Ln customers in view, shown as density: darker cells hold more. Zoom in to see each one.</numerusform>
        </translation>
    </message>
</context>
</TS>
