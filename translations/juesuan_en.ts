<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartBuilder</name>
    <message>
        <source>not stated (%1)</source>
        <translation>not stated (%1)</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Budgets not stated for a class are its actual minus the stated change against the budget.</source>
        <translation>Budgets not stated for a class are its actual minus the stated change against the budget.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Income by source</source>
        <translation>Income by source</translation>
    </message>
    <message>
        <source>Expenditure by kind</source>
        <translation>Expenditure by kind</translation>
    </message>
    <message>
        <source>Functional classes: budget vs actual</source>
        <translation>Functional classes: budget vs actual</translation>
    </message>
    <message>
        <source>Basic expenditure: personnel vs public</source>
        <translation>Basic expenditure: personnel vs public</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses: budget vs actual</source>
        <translation>&quot;Three public&quot; expenses: budget vs actual</translation>
    </message>
    <message>
        <source>Performance self-evaluation scores</source>
        <translation>Performance self-evaluation scores</translation>
    </message>
    <message>
        <source>The report states every value of this chart as 0.</source>
        <translation>The report states every value of this chart as 0.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>there is no chart to export</source>
        <translation>there is no chart to export</translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (16 to %3 pixels per side)</source>
        <translation>image size %1×%2 is out of range (16 to %3 pixels per side)</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>not enough memory for a %1×%2 image</translation>
    </message>
    <message>
        <source>%1: nothing to write</source>
        <translation>%1: nothing to write</translation>
    </message>
    <message>
        <source>%1: the PNG could not be encoded</source>
        <translation>%1: the PNG could not be encoded</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Sum of parts</source>
        <translation>Sum of parts</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Change against last year</source>
        <translation>Change against last year</translation>
    </message>
    <message>
        <source>Against the budget</source>
        <translation>Against the budget</translation>
    </message>
    <message>
        <source>Functional classes</source>
        <translation>Functional classes</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses</source>
        <translation>&quot;Three public&quot; expenses</translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <source>Stated twice</source>
        <translation>Stated twice</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Across reports</source>
        <translation>Across reports</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>holds</translation>
    </message>
    <message>
        <source>holds within rounding</source>
        <translation>holds within rounding</translation>
    </message>
    <message>
        <source>holds only at a coarser precision</source>
        <translation>holds only at a coarser precision</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>does not hold</translation>
    </message>
    <message>
        <source>rate stated against a zero base</source>
        <translation>rate stated against a zero base</translation>
    </message>
    <message>
        <source>the worded direction is wrong</source>
        <translation>the worded direction is wrong</translation>
    </message>
    <message>
        <source>the wording contradicts the numbers</source>
        <translation>the wording contradicts the numbers</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>not determined</translation>
    </message>
    <message>
        <source>Listed items vs total</source>
        <translation>Listed items vs total</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>State assets</source>
        <translation>State assets</translation>
    </message>
    <message>
        <source>Final-account tables</source>
        <translation>Final-account tables</translation>
    </message>
    <message>
        <source>one unit apart in the last printed place</source>
        <translation>one unit apart in the last printed place</translation>
    </message>
    <message>
        <source>the rate is cut off, not rounded</source>
        <translation>the rate is cut off, not rounded</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>cannot create the workbook</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>cannot replace %1</translation>
    </message>
    <message>
        <source>Execution %</source>
        <comment>决算 ÷ 预算, 执行率</comment>
        <translation>Execution %</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>A: %1    B: %2</source>
        <translation>A: %1    B: %2</translation>
    </message>
    <message>
        <source>income</source>
        <translation>income</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>expenditure</translation>
    </message>
    <message>
        <source>Income by source</source>
        <translation>Income by source</translation>
    </message>
    <message>
        <source>Expenditure by kind</source>
        <translation>Expenditure by kind</translation>
    </message>
    <message>
        <source>Expenditure by functional class</source>
        <translation>Expenditure by functional class</translation>
    </message>
    <message>
        <source>General public budget: budget vs actual</source>
        <translation>General public budget: budget vs actual</translation>
    </message>
    <message>
        <source>Structure: shares of income and expenditure</source>
        <translation>Structure: shares of income and expenditure</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <source>Budget execution: actual as a share of the budget</source>
        <translation>Budget execution: actual as a share of the budget</translation>
    </message>
    <message>
        <source>An execution rate needs a unit&apos;s budget and its final accounts of the same year.</source>
        <translation>An execution rate needs a unit&apos;s budget and its final accounts of the same year.</translation>
    </message>
    <message>
        <source>Neither report states figures for this chart.</source>
        <translation>Neither report states figures for this chart.</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>%1: neither report states figures for this chart</source>
        <translation>%1: neither report states figures for this chart</translation>
    </message>
</context>
<context>
    <name>ComparisonImage</name>
    <message>
        <source>scale %1 is out of range (0.5 to 4)</source>
        <translation>scale %1 is out of range (0.5 to 4)</translation>
    </message>
    <message>
        <source>image size %1×%2 at %3× is out of range (%4 to %5 pixels per side)</source>
        <translation>image size %1×%2 at %3× is out of range (%4 to %5 pixels per side)</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>there is no chart to export</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>not enough memory for a %1×%2 image</translation>
    </message>
    <message>
        <source>Comparison of final-account reports</source>
        <translation>Comparison of final-account reports</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>the SVG could not be started</translation>
    </message>
    <message>
        <source>there is nothing to export</source>
        <translation>there is nothing to export</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>not enough memory for the image</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Δ (B − A)</source>
        <translation>Δ (B − A)</translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation>Δ%</translation>
    </message>
    <message numerus="yes">
        <source>Cross-report checks (B&apos;s claims about A): %n finding(s)</source>
        <translation>
            <numerusform>Cross-report checks (B&apos;s claims about A): %n finding</numerusform>
            <numerusform>Cross-report checks (B&apos;s claims about A): %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Execution</source>
        <comment>决算 ÷ 预算, 执行率</comment>
        <translation>Execution</translation>
    </message>
    <message numerus="yes">
        <source>Cross-report checks (the final&apos;s budget figures against the budget report): %n finding(s)</source>
        <translation>
            <numerusform>Cross-report checks (the final&apos;s budget figures against the budget report): %n finding</numerusform>
            <numerusform>Cross-report checks (the final&apos;s budget figures against the budget report): %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>FY%1</source>
        <comment>a report&apos;s fiscal year; Chinese: %1年</comment>
        <translation>FY%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>unit name and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Year over year</translation>
    </message>
    <message>
        <source>Unit vs unit</source>
        <translation>Unit vs unit</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>unit: earlier year → later year</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <comment>report A ↔ report B</comment>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>pp</source>
        <comment>percentage points</comment>
        <translation>pp</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>the planned side (预算数)</comment>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <comment>the final side (决算数)</comment>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Budget execution</source>
        <comment>plan against actual: 预算执行</comment>
        <translation>Budget execution</translation>
    </message>
    <message>
        <source>%1: %2 budget → final accounts</source>
        <comment>unit: year, budget → final</comment>
        <translation>%1: %2 budget → final accounts</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Extractor</name>
    <message>
        <source>the unit name or the year was not found</source>
        <translation>the unit name or the year was not found</translation>
    </message>
    <message>
        <source>a blank template, not a report: its unit is named “%1” and its amounts are left to fill in, so there is nothing to check</source>
        <translation>a blank template, not a report: its unit is named “%1” and its amounts are left to fill in, so there is nothing to check</translation>
    </message>
    <message>
        <source>no figures found: this does not look like a final-account or budget report</source>
        <translation>no figures found: this does not look like a final-account or budget report</translation>
    </message>
</context>
<context>
    <name>Facet</name>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>change vs budget</source>
        <translation>change vs budget</translation>
    </message>
    <message>
        <source>% change vs budget</source>
        <translation>% change vs budget</translation>
    </message>
    <message>
        <source>budget completion</source>
        <translation>budget completion</translation>
    </message>
    <message>
        <source>change vs previous year</source>
        <translation>change vs previous year</translation>
    </message>
    <message>
        <source>% change vs previous year</source>
        <translation>% change vs previous year</translation>
    </message>
    <message>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>unchanged (%1)</source>
        <translation>unchanged (%1)</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Checked with</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message>
        <source>Kind of check</source>
        <translation>Kind of check</translation>
    </message>
    <message>
        <source>Relation: %1</source>
        <translation>Relation: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Findings: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>The checker found no error and no warning in this report.</source>
        <translation>The checker found no error and no warning in this report.</translation>
    </message>
</context>
<context>
    <name>FindingsReportFile</name>
    <message>
        <source>Juesuan %1</source>
        <translation>Juesuan %1</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>%1 of budget</source>
        <translation>%1 of budget</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the %1 states %2</source>
        <translation>the %1 states %2</translation>
    </message>
</context>
<context>
    <name>MoneyUnit</name>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>10k yuan</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <source>100m yuan</source>
        <translation>100m yuan</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>narrative</source>
        <translation>narrative</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>chart data</source>
        <translation>chart data</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>the PDF cannot be opened for display</source>
        <translation>the PDF cannot be opened for display</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>truncated PDF: the file ends before its end marker</source>
        <translation>truncated PDF: the file ends before its end marker</translation>
    </message>
    <message>
        <source>encrypted PDF: it needs a password to be opened</source>
        <translation>encrypted PDF: it needs a password to be opened</translation>
    </message>
    <message>
        <source>damaged PDF: it cannot be opened</source>
        <translation>damaged PDF: it cannot be opened</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>the PDF has no pages</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; a report has at most %2</source>
        <translation>the PDF has %1 pages; a report has at most %2</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned images only); it needs OCR first</source>
        <translation>the PDF has no text layer (scanned images only); it needs OCR first</translation>
    </message>
    <message>
        <source>reading stopped at page %1 of %2: the limit of %3 s for one file was reached</source>
        <translation>reading stopped at page %1 of %2: the limit of %3 s for one file was reached</translation>
    </message>
    <message>
        <source>the PDF has more than %1 words; a report has far fewer</source>
        <translation>the PDF has more than %1 words; a report has far fewer</translation>
    </message>
    <message numerus="yes">
        <source>page %1 is damaged: part of its text may be missing (%n problem(s), first: %2)</source>
        <translation>
            <numerusform>page %1 is damaged: part of its text may be missing (%n problem, first: %2)</numerusform>
            <numerusform>page %1 is damaged: part of its text may be missing (%n problems, first: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF&apos;s table of objects is damaged and was rebuilt: check that no page is missing</source>
        <translation>the PDF&apos;s table of objects is damaged and was rebuilt: check that no page is missing</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>a zip archive that is neither a DOCX nor an XLSX document</source>
        <translation>a zip archive that is neither a DOCX nor an XLSX document</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>file too large (%1 MB; the limit is %2 MB)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <source>the DOCX document contains no text</source>
        <translation>the DOCX document contains no text</translation>
    </message>
    <message>
        <source>the workbook has no sheet with text</source>
        <translation>the workbook has no sheet with text</translation>
    </message>
    <message>
        <source>a chart was not read: %1</source>
        <translation>a chart was not read: %1</translation>
    </message>
    <message>
        <source>sheet “%1” was not read: %2</source>
        <translation>sheet “%1” was not read: %2</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <source>Department final accounts</source>
        <translation>Department final accounts</translation>
    </message>
    <message>
        <source>Unit final accounts</source>
        <translation>Unit final accounts</translation>
    </message>
    <message>
        <source>Final accounts</source>
        <translation>Final accounts</translation>
    </message>
    <message>
        <source>Department budget</source>
        <translation>Department budget</translation>
    </message>
    <message>
        <source>Unit budget</source>
        <translation>Unit budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1 (blank template)</source>
        <translation>%1 (blank template)</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (template)</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>no report file found in %1</source>
        <translation>no report file found in %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>%1 template</source>
        <comment>a blank template of a final account or a budget</comment>
        <translation>%1 template</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>a report&apos;s scope: one unit, not a department</comment>
        <translation>unit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>text</source>
        <comment>figures read in the narrative</comment>
        <translation>text</translation>
    </message>
    <message>
        <source>table</source>
        <comment>figures read in tables</comment>
        <translation>table</translation>
    </message>
    <message>
        <source>chart</source>
        <comment>figures read in charts</comment>
        <translation>chart</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>no catalogue table</source>
        <translation>no catalogue table</translation>
    </message>
    <message numerus="yes">
        <source>(and %n table(s) not in the catalogue)</source>
        <translation>
            <numerusform>(and %n table not in the catalogue)</numerusform>
            <numerusform>(and %n tables not in the catalogue)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1; reports read: %2; unreadable: %3</source>
        <translation>Files: %1; reports read: %2; unreadable: %3</translation>
    </message>
    <message>
        <source>Figures: %1 (in the text %2, in tables %3, in charts %4)</source>
        <translation>Figures: %1 (in the text %2, in tables %3, in charts %4)</translation>
    </message>
    <message>
        <source>Tables recognised: %1; not in the catalogue: %2</source>
        <translation>Tables recognised: %1; not in the catalogue: %2</translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 notes</source>
        <translation>Findings: %1 errors, %2 warnings, %3 notes</translation>
    </message>
    <message>
        <source>Seconds per report: median %1, slowest %2 (%3); %4 in all</source>
        <translation>Seconds per report: median %1, slowest %2 (%3); %4 in all</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unreadable: %1</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>table “%1” is not one of the known tables: its figures are not read</source>
        <translation>table “%1” is not one of the known tables: its figures are not read</translation>
    </message>
    <message>
        <source>table “%1” states no unit: read in %2</source>
        <translation>table “%1” states no unit: read in %2</translation>
    </message>
    <message>
        <source>table “%1”: several cells would state %2; none of them is read</source>
        <translation>table “%1”: several cells would state %2; none of them is read</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>not a text file (binary data)</source>
        <translation>not a text file (binary data)</translation>
    </message>
    <message>
        <source>ICU has no converter for %1</source>
        <translation>ICU has no converter for %1</translation>
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation>unknown encoding %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged byte sequence(s) (not valid %1) shown as �, on line %2</source>
        <translation>
            <numerusform>%n damaged byte sequence (not valid %1) shown as �, on line %2</numerusform>
            <numerusform>%n damaged byte sequences (not valid %1) shown as �, on line %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged byte sequence(s) (not valid %1) shown as �, on lines %2</source>
        <translation>
            <numerusform>%n damaged byte sequence (not valid %1) shown as �, on lines %2</numerusform>
            <numerusform>%n damaged byte sequences (not valid %1) shown as �, on lines %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextExport</name>
    <message>
        <source>  unit: %1
</source>
        <translation>  unit: %1
</translation>
    </message>
    <message>
        <source>  %1 figures, %2 performance tables
</source>
        <translation>  %1 figures, %2 performance tables
</translation>
    </message>
    <message>
        <source>  section %1
</source>
        <translation>  section %1
</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  warning: %1
</translation>
    </message>
    <message>
        <source>  year: %1   type: %2   scope: %3   money unit: %4
</source>
        <translation>  year: %1   type: %2   scope: %3   money unit: %4
</translation>
    </message>
</context>
<context>
    <name>Xml</name>
    <message>
        <source>%1 declares a DTD or entities, which office files never do: refused</source>
        <translation>%1 declares a DTD or entities, which office files never do: refused</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 XML</source>
        <translation>%1 is not UTF-8 XML</translation>
    </message>
    <message>
        <source>%1 is damaged XML (line %2: %3)</source>
        <translation>%1 is damaged XML (line %2: %3)</translation>
    </message>
</context>
<context>
    <name>Zip</name>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>damaged zip archive (%1)</translation>
    </message>
    <message>
        <source>zip archive has %1 entries (the limit is %2)</source>
        <translation>zip archive has %1 entries (the limit is %2)</translation>
    </message>
    <message>
        <source>zip entry %1 is missing</source>
        <translation>zip entry %1 is missing</translation>
    </message>
    <message>
        <source>zip entry %1 is damaged</source>
        <translation>zip entry %1 is damaged</translation>
    </message>
    <message>
        <source>zip entry %1 is encrypted</source>
        <translation>zip entry %1 is encrypted</translation>
    </message>
    <message>
        <source>zip entry %1 expands past %2 MB: refused as a possible zip bomb</source>
        <translation>zip entry %1 expands past %2 MB: refused as a possible zip bomb</translation>
    </message>
    <message>
        <source>zip entry %1 cannot be opened (%2)</source>
        <translation>zip entry %1 cannot be opened (%2)</translation>
    </message>
    <message>
        <source>zip entry %1 is damaged (%2)</source>
        <translation>zip entry %1 is damaged (%2)</translation>
    </message>
</context>
<context>
    <name>juesuan::analysis</name>
    <message>
        <source>could not be read</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <source>could not be processed: %1</source>
        <translation>could not be processed: %1</translation>
    </message>
    <message>
        <source>could not be processed: unknown exception</source>
        <translation>could not be processed: unknown exception</translation>
    </message>
    <message>
        <source>could not be processed: out of memory</source>
        <translation>could not be processed: out of memory</translation>
    </message>
</context>
<context>
    <name>juesuan::app</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>--min-severity takes error, warning or info</source>
        <translation>--min-severity takes error, warning or info</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size takes WIDTHxHEIGHT, e.g. 1600x1000</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>no input file given</translation>
    </message>
    <message>
        <source>compare takes exactly two reports</source>
        <translation>compare takes exactly two reports</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 4, e.g. 2</source>
        <translation>--scale takes a number from 0.5 to 4, e.g. 2</translation>
    </message>
    <message>
        <source>--jobs takes a number of threads from 1 to 1024</source>
        <translation>--jobs takes a number of threads from 1 to 1024</translation>
    </message>
    <message>
        <source>--json and --jsonl exclude each other</source>
        <translation>--json and --jsonl exclude each other</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 errors, %2 warnings, %3 notes</translation>
    </message>
    <message>
        <source>the desktop app cannot be started (%1: %2)</source>
        <translation>the desktop app cannot be started (%1: %2)</translation>
    </message>
    <message>
        <source>--report writes the findings of one report: check FILE --report OUT</source>
        <translation>--report writes the findings of one report: check FILE --report OUT</translation>
    </message>
    <message>
        <source>Usage:
  juesuan [FILE|FOLDER…]                     open the desktop app
  juesuan extract FILE|FOLDER… [--json|--jsonl] [--encoding NAME] [--jobs N]
  juesuan check FILE|FOLDER… [--json|--jsonl] [--min-severity error|warning|info]
                [--catalogue RELATIONS.json] [--encoding NAME] [--jobs N]
                [--report OUT.html|OUT.pdf]
  juesuan compare A B [--png FILE] [--svg FILE] [--size WxH] [--scale N]
                [--chart income|expenditure|functional|budget|execution|structure|all]
                [--json]
  juesuan survey FOLDER|FILE… [--json|--jsonl] [--encoding NAME] [--jobs N]
  juesuan --version                          print the versions and exit
Options:
  --lang zh_CN|en   user interface language
  --jobs N          threads that analyse reports (default: one per processor)
  --jsonl           one JSON object per report and line, as each is done
A FOLDER stands for every report file beneath it.
</source>
        <translation>Usage:
  juesuan [FILE|FOLDER…]                     open the desktop app
  juesuan extract FILE|FOLDER… [--json|--jsonl] [--encoding NAME] [--jobs N]
  juesuan check FILE|FOLDER… [--json|--jsonl] [--min-severity error|warning|info]
                [--catalogue RELATIONS.json] [--encoding NAME] [--jobs N]
                [--report OUT.html|OUT.pdf]
  juesuan compare A B [--png FILE] [--svg FILE] [--size WxH] [--scale N]
                [--chart income|expenditure|functional|budget|execution|structure|all]
                [--json]
  juesuan survey FOLDER|FILE… [--json|--jsonl] [--encoding NAME] [--jobs N]
  juesuan --version                          print the versions and exit
Options:
  --lang zh_CN|en   user interface language
  --jobs N          threads that analyse reports (default: one per processor)
  --jsonl           one JSON object per report and line, as each is done
A FOLDER stands for every report file beneath it.
</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
</context>
<context>
    <name>juesuan::ingest</name>
    <message>
        <source>a Word 97-2003 .doc file is not supported: save it as .docx</source>
        <translation>a Word 97-2003 .doc file is not supported: save it as .docx</translation>
    </message>
    <message>
        <source>not a %1 file: its content has no %1 signature</source>
        <translation>not a %1 file: its content has no %1 signature</translation>
    </message>
    <message>
        <source>the folder holds no report file (PDF, DOCX, XLSX, XLS, TXT)</source>
        <translation>the folder holds no report file (PDF, DOCX, XLSX, XLS, TXT)</translation>
    </message>
    <message>
        <source>%1 files are too many for one report (the limit is %2)</source>
        <translation>%1 files are too many for one report (the limit is %2)</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>not read: %1</translation>
    </message>
    <message>
        <source>not a readable Excel 97-2003 workbook (an OLE file of another kind, or damaged)</source>
        <translation>not a readable Excel 97-2003 workbook (an OLE file of another kind, or damaged)</translation>
    </message>
    <message>
        <source>encrypted XLS workbook: it needs a password</source>
        <translation>encrypted XLS workbook: it needs a password</translation>
    </message>
    <message>
        <source>the web page nests its elements more than %1 deep</source>
        <translation>the web page nests its elements more than %1 deep</translation>
    </message>
    <message>
        <source>the web page has more than %1 tags, more than a report has</source>
        <translation>the web page has more than %1 tags, more than a report has</translation>
    </message>
    <message>
        <source>the web page contains no text</source>
        <translation>the web page contains no text</translation>
    </message>
    <message>
        <source>the workbook has no sheet with text</source>
        <translation>the workbook has no sheet with text</translation>
    </message>
    <message>
        <source>a table of the web page spans %1 rows and %2 columns, more than %3 cells</source>
        <translation>a table of the web page spans %1 rows and %2 columns, more than %3 cells</translation>
    </message>
    <message>
        <source>sheet “%1”: more than %2 cells hold values, more than a report&apos;s tables</source>
        <translation>sheet “%1”: more than %2 cells hold values, more than a report&apos;s tables</translation>
    </message>
    <message>
        <source>sheet “%1”: its values span %2 rows and %3 columns, more than %4 cells</source>
        <translation>sheet “%1”: its values span %2 rows and %3 columns, more than %4 cells</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>reading stopped in sheet %1: the limit of %2 s for one file was reached</source>
        <translation>reading stopped in sheet %1: the limit of %2 s for one file was reached</translation>
    </message>
    <message>
        <source>cannot make a temporary copy for the XLS reader: %1</source>
        <translation>cannot make a temporary copy for the XLS reader: %1</translation>
    </message>
    <message>
        <source>the workbook has %1 sheets; a report has at most %2</source>
        <translation>the workbook has %1 sheets; a report has at most %2</translation>
    </message>
    <message>
        <source>the XLS reader juesuan-xls is not installed beside the program</source>
        <translation>the XLS reader juesuan-xls is not installed beside the program</translation>
    </message>
    <message>
        <source>reading stopped: the limit of %1 s for one file was reached</source>
        <translation>reading stopped: the limit of %1 s for one file was reached</translation>
    </message>
    <message>
        <source>the XLS reader %1 cannot be started: %2</source>
        <translation>the XLS reader %1 cannot be started: %2</translation>
    </message>
    <message>
        <source>damaged XLS workbook: the XLS reader (FreeXL) failed on it</source>
        <translation>damaged XLS workbook: the XLS reader (FreeXL) failed on it</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells with values; a report has far fewer</source>
        <translation>the workbook has more than %1 cells with values; a report has far fewer</translation>
    </message>
    <message>
        <source>sheet “%1” was not read: the XLS reader cannot read it</source>
        <translation>sheet “%1” was not read: the XLS reader cannot read it</translation>
    </message>
</context>
<context>
    <name>juesuan::ingest::BodyParser</name>
    <message>
        <source>%1: a table of more than %2 cells</source>
        <translation>%1: a table of more than %2 cells</translation>
    </message>
</context>
<context>
    <name>juesuan::ingest::BodyParser::Nesting</name>
    <message>
        <source>%1: tables or text boxes nested more than %2 deep</source>
        <translation>%1: tables or text boxes nested more than %2 deep</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ChartView</name>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Chart copied to the clipboard</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Chart saved to %1</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copy chart</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ChartsPanel</name>
    <message>
        <source>The report states no figures for this chart.</source>
        <translation>The report states no figures for this chart.</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparePicker</name>
    <message>
        <source>Compare reports</source>
        <translation>Compare reports</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Compare:</translation>
    </message>
    <message>
        <source>with:</source>
        <translation>with:</translation>
    </message>
    <message>
        <source>Pick two different reports.</source>
        <translation>Pick two different reports.</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode: %1</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonExportDialog</name>
    <message>
        <source>Export comparison</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <source>All charts in one image</source>
        <translation>All charts in one image</translation>
    </message>
    <message>
        <source>The whole comparison panel</source>
        <translation>The whole comparison panel</translation>
    </message>
    <message>
        <source>The aligned table</source>
        <translation>The aligned table</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pixel density: 2× doubles the pixels of the image for sharp print and high-density screens; the layout stays the same</source>
        <translation>Pixel density: 2× doubles the pixels of the image for sharp print and high-density screens; the layout stays the same</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG vector image</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonFindingsModel</name>
    <message>
        <source>A finding of report %1</source>
        <translation>A finding of report %1</translation>
    </message>
    <message>
        <source>The later report&apos;s claim about the earlier one</source>
        <translation>The later report&apos;s claim about the earlier one</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonModel</name>
    <message>
        <source>Not stated in this report</source>
        <translation>Not stated in this report</translation>
    </message>
    <message>
        <source>A names it %1; B names it %2</source>
        <translation>A names it %1; B names it %2</translation>
    </message>
    <message>
        <source>B − A, in A&apos;s unit</source>
        <translation>B − A, in A&apos;s unit</translation>
    </message>
    <message>
        <source>(B − A) ÷ A</source>
        <translation>(B − A) ÷ A</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Δ (B − A)</source>
        <translation>Δ (B − A)</translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation>Δ%</translation>
    </message>
    <message>
        <source>Computed from a figure with a finding: see the cells of A and B</source>
        <translation>Computed from a figure with a finding: see the cells of A and B</translation>
    </message>
    <message>
        <source>Execution rate: B ÷ A, what was spent as a share of the plan</source>
        <translation>Execution rate: B ÷ A, what was spent as a share of the plan</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execution</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonPanel</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export a chart, all charts or the whole panel as PNG or SVG, or the aligned table as CSV or XLSX</source>
        <translation>Export a chart, all charts or the whole panel as PNG or SVG, or the aligned table as CSV or XLSX</translation>
    </message>
    <message>
        <source>Aligned table</source>
        <translation>Aligned table</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Show rounding notes</source>
        <translation>Show rounding notes</translation>
    </message>
    <message>
        <source>Findings of both reports</source>
        <translation>Findings of both reports</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the compared reports was closed or could not be read</source>
        <translation>One of the compared reports was closed or could not be read</translation>
    </message>
    <message>
        <source>The same unit in two years: A is the earlier year, and the later report&apos;s changes against last year are checked against A</source>
        <translation>The same unit in two years: A is the earlier year, and the later report&apos;s changes against last year are checked against A</translation>
    </message>
    <message>
        <source>Two different units (or two scopes of one unit)</source>
        <translation>Two different units (or two scopes of one unit)</translation>
    </message>
    <message>
        <source>%1: there is no comparison to export</source>
        <translation>%1: there is no comparison to export</translation>
    </message>
    <message>
        <source>%1: %2 does not fit what is exported</source>
        <translation>%1: %2 does not fit what is exported</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>One unit&apos;s budget (A) and final accounts (B) of one year: what was planned, what was spent and the execution rate; the final&apos;s own budget figures are checked against the budget</source>
        <translation>One unit&apos;s budget (A) and final accounts (B) of one year: what was planned, what was spent and the execution rate; the final&apos;s own budget figures are checked against the budget</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonWindow</name>
    <message>
        <source>Juesuan comparison</source>
        <translation>Juesuan comparison</translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation>Compare reports</translation>
    </message>
    <message>
        <source>Open at least two reports to compare them.</source>
        <translation>Open at least two reports to compare them.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FigureDetailsView</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Worded as</source>
        <translation>Worded as</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Read from</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Stated</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Relations this figure takes part in:</source>
        <translation>Relations this figure takes part in:</translation>
    </message>
    <message>
        <source>No relation of the catalogue involves this figure.</source>
        <translation>No relation of the catalogue involves this figure.</translation>
    </message>
    <message>
        <source>Click a highlighted number in the text, a figure or a finding to see its details.</source>
        <translation>Click a highlighted number in the text, a figure or a finding to see its details.</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FiguresModel</name>
    <message>
        <source>Worded: %1</source>
        <translation>Worded: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FindBar</name>
    <message>
        <source>no match</source>
        <translation>no match</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Find in the text: words or numbers (2940.05 finds 2,940.05)</source>
        <translation>Find in the text: words or numbers (2940.05 finds 2,940.05)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FindingsModel</name>
    <message>
        <source>Stated %1, expected %2</source>
        <translation>Stated %1, expected %2</translation>
    </message>
    <message>
        <source>Relation: %1</source>
        <translation>Relation: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Stated</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>All relations</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::KeyFiguresView</name>
    <message>
        <source>Show the findings of this severity</source>
        <translation>Show the findings of this severity</translation>
    </message>
    <message>
        <source>Show this figure in the source</source>
        <translation>Show this figure in the source</translation>
    </message>
    <message>
        <source>%1 of the whole</source>
        <translation>%1 of the whole</translation>
    </message>
    <message>
        <source>vs budget: %1</source>
        <translation>vs budget: %1</translation>
    </message>
    <message>
        <source>vs last year: %1</source>
        <translation>vs last year: %1</translation>
    </message>
    <message>
        <source>%1 final accounts</source>
        <translation>%1 final accounts</translation>
    </message>
    <message>
        <source>amounts in %1</source>
        <translation>amounts in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message>
        <source>No headline figure was found in this report.</source>
        <translation>No headline figure was found in this report.</translation>
    </message>
    <message>
        <source>Stated differently: %1</source>
        <translation>Stated differently: %1</translation>
    </message>
    <message>
        <source>Show the finding about the other statement</source>
        <translation>Show the finding about the other statement</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::LibraryModel</name>
    <message>
        <source>%1
could not be read: %2</source>
        <translation>%1
could not be read: %2</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Money unit</source>
        <translation>Money unit</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>File / problem</source>
        <translation>File / problem</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>%1 (same content as %2)</source>
        <translation>%1 (same content as %2)</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::LibraryPanel</name>
    <message>
        <source>Filter: 乌海, wuhai or whs</source>
        <translation>Filter: 乌海, wuhai or whs</translation>
    </message>
    <message>
        <source>Type part of a unit name in Chinese characters, in full pinyin or as initials</source>
        <translation>Type part of a unit name in Chinese characters, in full pinyin or as initials</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copy file path</source>
        <translation>Copy file path</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Compare with Its Budget (%1)</source>
        <translation>Compare with Its Budget (%1)</translation>
    </message>
    <message>
        <source>Compare with Its Final Accounts (%1)</source>
        <translation>Compare with Its Final Accounts (%1)</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::LoadingIndicator</name>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Loading %1 of %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop loading; the reports loaded so far stay open</source>
        <translation>Stop loading; the reports loaded so far stay open</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Reports…</source>
        <translation>&amp;Open Reports…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Open &amp;Folder…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open &amp;Sample Reports</source>
        <translation>Open &amp;Sample Reports</translation>
    </message>
    <message>
        <source>Re&amp;load Report</source>
        <translation>Re&amp;load Report</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>&amp;Close Report</translation>
    </message>
    <message>
        <source>Close &amp;All Reports</source>
        <translation>Close &amp;All Reports</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Source and Findings</source>
        <translation>&amp;Source and Findings</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Report List</source>
        <translation>&amp;Report List</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Juesuan</source>
        <translation>&amp;About Juesuan</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Clear Recent</translation>
    </message>
    <message>
        <source>Juesuan — final-account reports</source>
        <translation>Juesuan — final-account reports</translation>
    </message>
    <message>
        <source>No report files found in %1</source>
        <translation>No report files found in %1</translation>
    </message>
    <message>
        <source>Open Reports</source>
        <translation>Open Reports</translation>
    </message>
    <message>
        <source>Open Folder of Reports</source>
        <translation>Open Folder of Reports</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) loaded</source>
        <translation>
            <numerusform>%n report loaded</numerusform>
            <numerusform>%n reports loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see the list)</source>
        <translation>
            <numerusform>%n file could not be read (see the list)</numerusform>
            <numerusform>%n files could not be read (see the list)</numerusform>
        </translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>loading cancelled</translation>
    </message>
    <message>
        <source>About Juesuan</source>
        <translation>About Juesuan</translation>
    </message>
    <message>
        <source>Co&amp;mpare Reports…</source>
        <translation>Co&amp;mpare Reports…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Juesuan %1&lt;/h3&gt;&lt;p&gt;Reads Chinese government final-account disclosure reports (部门决算公开报告), checks every arithmetic tie they state, and shows each inconsistency where it stands in the text.&lt;/p&gt;&lt;p&gt;Rounding is not an error: every relation is evaluated with the precision the report prints.&lt;/p&gt;&lt;p&gt;Versions:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Juesuan %1&lt;/h3&gt;&lt;p&gt;Reads Chinese government final-account disclosure reports (部门决算公开报告), checks every arithmetic tie they state, and shows each inconsistency where it stands in the text.&lt;/p&gt;&lt;p&gt;Rounding is not an error: every relation is evaluated with the precision the report prints.&lt;/p&gt;&lt;p&gt;Versions:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>Reports (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Compare with Its &amp;Budget or Final Accounts</source>
        <translation>Compare with Its &amp;Budget or Final Accounts</translation>
    </message>
    <message>
        <source>&amp;Export Findings Report…</source>
        <translation>&amp;Export Findings Report…</translation>
    </message>
    <message>
        <source>%1-findings</source>
        <comment>file name</comment>
        <translation>%1-findings</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export Findings Report</source>
        <translation>Export Findings Report</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::PageView</name>
    <message>
        <source>Pages are shown for PDF reports.</source>
        <translation>Pages are shown for PDF reports.</translation>
    </message>
    <message>
        <source>The pages cannot be shown: %1</source>
        <translation>The pages cannot be shown: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::RelationsModel</name>
    <message>
        <source>Relation %1</source>
        <translation>Relation %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ReportView</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Source and findings</source>
        <translation>Source and findings</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Open a report with File ▸ Open, or drop report files or folders onto this window.</source>
        <translation>Open a report with File ▸ Open, or drop report files or folders onto this window.</translation>
    </message>
    <message>
        <source>%1 could not be read:
%2</source>
        <translation>%1 could not be read:
%2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>juesuan::wording</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 is a line number, %2 an excerpt of the report around the figure</extracomment>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language %1; use zh_CN or en</source>
        <translation>unknown language %1; use zh_CN or en</translation>
    </message>
    <message>
        <source>unknown chart %1; use income, expenditure, functional, budget, structure or all</source>
        <translation>unknown chart %1; use income, expenditure, functional, budget, structure or all</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
</context>
</TS>
