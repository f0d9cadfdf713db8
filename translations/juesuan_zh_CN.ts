<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartBuilder</name>
    <message>
        <source>not stated (%1)</source>
        <translation>未列示（%1）</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>Budgets not stated for a class are its actual minus the stated change against the budget.</source>
        <translation>未直接列示预算的类级科目，其预算按决算数减去所述与年初预算的增减额推算。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Income by source</source>
        <translation>收入来源构成</translation>
    </message>
    <message>
        <source>Expenditure by kind</source>
        <translation>支出性质构成</translation>
    </message>
    <message>
        <source>Functional classes: budget vs actual</source>
        <translation>功能分类（类）：预算与决算</translation>
    </message>
    <message>
        <source>Basic expenditure: personnel vs public</source>
        <translation>基本支出：人员经费与公用经费</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses: budget vs actual</source>
        <translation>“三公”经费：预算与决算</translation>
    </message>
    <message>
        <source>Performance self-evaluation scores</source>
        <translation>项目绩效自评得分</translation>
    </message>
    <message>
        <source>The report states every value of this chart as 0.</source>
        <translation>报告中此图表的所有数值均为 0。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>there is no chart to export</source>
        <translation>没有可导出的图表</translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (16 to %3 pixels per side)</source>
        <translation>图片尺寸 %1×%2 超出范围（每边 16 至 %3 像素）</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>内存不足，无法生成 %1×%2 的图片</translation>
    </message>
    <message>
        <source>%1: nothing to write</source>
        <translation>%1：没有可写入的内容</translation>
    </message>
    <message>
        <source>%1: the PNG could not be encoded</source>
        <translation>%1：无法编码为 PNG</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>Totals</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Sum of parts</source>
        <translation>分项合计</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Change against last year</source>
        <translation>与上年比较</translation>
    </message>
    <message>
        <source>Against the budget</source>
        <translation>与预算比较</translation>
    </message>
    <message>
        <source>Functional classes</source>
        <translation>功能分类</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses</source>
        <translation>“三公”经费</translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation>绩效评价</translation>
    </message>
    <message>
        <source>Stated twice</source>
        <translation>重复表述</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <source>Across reports</source>
        <translation>跨报告</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>holds within rounding</source>
        <translation>在舍入误差内成立</translation>
    </message>
    <message>
        <source>holds only at a coarser precision</source>
        <translation>仅在更粗精度下成立</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>rate stated against a zero base</source>
        <translation>以零为基数列示比率</translation>
    </message>
    <message>
        <source>the worded direction is wrong</source>
        <translation>增减表述方向有误</translation>
    </message>
    <message>
        <source>the wording contradicts the numbers</source>
        <translation>文字表述与数字矛盾</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>Listed items vs total</source>
        <translation>明细与合计</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>政府采购</translation>
    </message>
    <message>
        <source>State assets</source>
        <translation>国有资产</translation>
    </message>
    <message>
        <source>Final-account tables</source>
        <translation>决算表</translation>
    </message>
    <message>
        <source>one unit apart in the last printed place</source>
        <translation>末位相差一个单位</translation>
    </message>
    <message>
        <source>the rate is cut off, not rounded</source>
        <translation>比率是截断而非四舍五入的</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Execution %</source>
        <comment>决算 ÷ 预算, 执行率</comment>
        <translation>执行率%</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>A: %1    B: %2</source>
        <translation>A：%1    B：%2</translation>
    </message>
    <message>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Income by source</source>
        <translation>收入来源构成</translation>
    </message>
    <message>
        <source>Expenditure by kind</source>
        <translation>支出性质构成</translation>
    </message>
    <message>
        <source>Expenditure by functional class</source>
        <translation>按功能分类的支出</translation>
    </message>
    <message>
        <source>General public budget: budget vs actual</source>
        <translation>一般公共预算：预算与决算</translation>
    </message>
    <message>
        <source>Structure: shares of income and expenditure</source>
        <translation>结构：收入与支出占比</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Budget execution: actual as a share of the budget</source>
        <translation>预算执行：决算数占预算数的比例</translation>
    </message>
    <message>
        <source>An execution rate needs a unit&apos;s budget and its final accounts of the same year.</source>
        <translation>执行率需要同一单位同一年度的预算和决算。</translation>
    </message>
    <message>
        <source>Neither report states figures for this chart.</source>
        <translation>两份报告都没有列示此图表所需的数字。</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>%1: neither report states figures for this chart</source>
        <translation>%1：两份报告都没有列示此图表所需的数字</translation>
    </message>
</context>
<context>
    <name>ComparisonImage</name>
    <message>
        <source>scale %1 is out of range (0.5 to 4)</source>
        <translation>缩放比例 %1 超出范围（0.5 至 4）</translation>
    </message>
    <message>
        <source>image size %1×%2 at %3× is out of range (%4 to %5 pixels per side)</source>
        <translation>%3 倍缩放下的图片尺寸 %1×%2 超出范围（每边 %4 至 %5 像素）</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>没有可导出的图表</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>内存不足，无法生成 %1×%2 的图片</translation>
    </message>
    <message>
        <source>Comparison of final-account reports</source>
        <translation>决算报告比较</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
    <message>
        <source>there is nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>内存不足，无法生成图片</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Δ (B − A)</source>
        <translation>差额（B − A）</translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation>增减率</translation>
    </message>
    <message numerus="yes">
        <source>Cross-report checks (B&apos;s claims about A): %n finding(s)</source>
        <translation>
            <numerusform>跨报告核对（B 对 A 的表述）：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Execution</source>
        <comment>决算 ÷ 预算, 执行率</comment>
        <translation>执行率</translation>
    </message>
    <message numerus="yes">
        <source>Cross-report checks (the final&apos;s budget figures against the budget report): %n finding(s)</source>
        <translation>
            <numerusform>跨报告核对（决算所列预算数对照预算报告）：%n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>year unknown</source>
        <translation>年度不详</translation>
    </message>
    <message>
        <source>FY%1</source>
        <comment>a report&apos;s fiscal year; Chinese: %1年</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>unit name and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>同一单位跨年度</translation>
    </message>
    <message>
        <source>Unit vs unit</source>
        <translation>单位之间</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>unit: earlier year → later year</comment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <comment>report A ↔ report B</comment>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>pp</source>
        <comment>percentage points</comment>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>the planned side (预算数)</comment>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <comment>the final side (决算数)</comment>
        <translation>决算</translation>
    </message>
    <message>
        <source>Budget execution</source>
        <comment>plan against actual: 预算执行</comment>
        <translation>预算执行</translation>
    </message>
    <message>
        <source>%1: %2 budget → final accounts</source>
        <comment>unit: year, budget → final</comment>
        <translation>%1：%2预算 → 决算</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Extractor</name>
    <message>
        <source>the unit name or the year was not found</source>
        <translation>未找到单位名称或年度</translation>
    </message>
    <message>
        <source>a blank template, not a report: its unit is named “%1” and its amounts are left to fill in, so there is nothing to check</source>
        <translation>这是空白模板，不是报告：单位名称为“%1”，金额有待填写，没有可核查的内容</translation>
    </message>
    <message>
        <source>no figures found: this does not look like a final-account or budget report</source>
        <translation>未找到任何数字：这似乎不是决算或预算报告</translation>
    </message>
</context>
<context>
    <name>Facet</name>
    <message>
        <source>budget</source>
        <translation>预算数</translation>
    </message>
    <message>
        <source>change vs budget</source>
        <translation>较预算增减</translation>
    </message>
    <message>
        <source>% change vs budget</source>
        <translation>较预算增减率</translation>
    </message>
    <message>
        <source>budget completion</source>
        <translation>预算完成率</translation>
    </message>
    <message>
        <source>change vs previous year</source>
        <translation>较上年增减</translation>
    </message>
    <message>
        <source>% change vs previous year</source>
        <translation>较上年增减率</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>决算数</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>unchanged (%1)</source>
        <translation>持平（%1）</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未列明</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核查时间</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>核查工具</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1，%2，%3。</translation>
    </message>
    <message>
        <source>Kind of check</source>
        <translation>核查类别</translation>
    </message>
    <message>
        <source>Relation: %1</source>
        <translation>关系：%1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>核查报告：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The checker found no error and no warning in this report.</source>
        <translation>本报告未发现错误或警告。</translation>
    </message>
</context>
<context>
    <name>FindingsReportFile</name>
    <message>
        <source>Juesuan %1</source>
        <translation>决算 %1</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>%1 of budget</source>
        <translation>完成预算 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>the %1 states %2</source>
        <translation>%1为 %2</translation>
    </message>
</context>
<context>
    <name>MoneyUnit</name>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>100m yuan</source>
        <translation>亿元</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>narrative</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>chart data</source>
        <translation>图表数据</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>the PDF cannot be opened for display</source>
        <translation>无法打开 PDF 进行显示</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>truncated PDF: the file ends before its end marker</source>
        <translation>PDF 文件不完整：文件在结束标记之前就结束了</translation>
    </message>
    <message>
        <source>encrypted PDF: it needs a password to be opened</source>
        <translation>PDF 已加密：需要密码才能打开</translation>
    </message>
    <message>
        <source>damaged PDF: it cannot be opened</source>
        <translation>PDF 文件已损坏，无法打开</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>该 PDF 没有页面</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; a report has at most %2</source>
        <translation>该 PDF 有 %1 页；一份报告最多 %2 页</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned images only); it needs OCR first</source>
        <translation>该 PDF 没有文字层（只有扫描图像），需先进行文字识别（OCR）</translation>
    </message>
    <message>
        <source>reading stopped at page %1 of %2: the limit of %3 s for one file was reached</source>
        <translation>读到第 %1 页（共 %2 页）时停止：已达单个文件 %3 秒的时间上限</translation>
    </message>
    <message>
        <source>the PDF has more than %1 words; a report has far fewer</source>
        <translation>PDF 的词数超过 %1，报告远没有这么多</translation>
    </message>
    <message numerus="yes">
        <source>page %1 is damaged: part of its text may be missing (%n problem(s), first: %2)</source>
        <translation>
            <numerusform>第 %1 页已损坏：部分文字可能缺失（%n 处问题，第一处：%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF&apos;s table of objects is damaged and was rebuilt: check that no page is missing</source>
        <translation>PDF 的对象表已损坏并已重建：请核对是否缺页</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>a zip archive that is neither a DOCX nor an XLSX document</source>
        <translation>该 zip 压缩包既不是 DOCX 也不是 XLSX 文档</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件过大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the DOCX document contains no text</source>
        <translation>DOCX 文档中没有文字</translation>
    </message>
    <message>
        <source>the workbook has no sheet with text</source>
        <translation>工作簿中没有含文字的工作表</translation>
    </message>
    <message>
        <source>a chart was not read: %1</source>
        <translation>有一幅图表未能读取：%1</translation>
    </message>
    <message>
        <source>sheet “%1” was not read: %2</source>
        <translation>工作表“%1”未能读取：%2</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <source>Department final accounts</source>
        <translation>部门决算</translation>
    </message>
    <message>
        <source>Unit final accounts</source>
        <translation>单位决算</translation>
    </message>
    <message>
        <source>Final accounts</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>Department budget</source>
        <translation>部门预算</translation>
    </message>
    <message>
        <source>Unit budget</source>
        <translation>单位预算</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1 (blank template)</source>
        <translation>%1（空白模板）</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1（模板）</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>no report file found in %1</source>
        <translation>%1 中没有找到报告文件</translation>
    </message>
    <message>
        <source>final</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>%1 template</source>
        <comment>a blank template of a final account or a budget</comment>
        <translation>%1模板</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>a report&apos;s scope: one unit, not a department</comment>
        <translation>单位</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格数</translation>
    </message>
    <message>
        <source>text</source>
        <comment>figures read in the narrative</comment>
        <translation>正文</translation>
    </message>
    <message>
        <source>table</source>
        <comment>figures read in tables</comment>
        <translation>表格</translation>
    </message>
    <message>
        <source>chart</source>
        <comment>figures read in charts</comment>
        <translation>表格</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>no catalogue table</source>
        <translation>没有目录中的表格</translation>
    </message>
    <message numerus="yes">
        <source>(and %n table(s) not in the catalogue)</source>
        <translation>
            <numerusform>（另有 %n 个表格不在目录中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1; reports read: %2; unreadable: %3</source>
        <translation>文件：%1；已读取报告：%2；无法读取：%3</translation>
    </message>
    <message>
        <source>Figures: %1 (in the text %2, in tables %3, in charts %4)</source>
        <translation>数字：%1 个（正文 %2，表格 %3，图表 %4）</translation>
    </message>
    <message>
        <source>Tables recognised: %1; not in the catalogue: %2</source>
        <translation>识别的表格：%1 张；不在目录中的：%2 张</translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 notes</source>
        <translation>问题：%1 个错误，%2 个警告，%3 条提示</translation>
    </message>
    <message>
        <source>Seconds per report: median %1, slowest %2 (%3); %4 in all</source>
        <translation>每份报告用时（秒）：中位数 %1，最慢 %2（%3）；合计 %4</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>table “%1” is not one of the known tables: its figures are not read</source>
        <translation>表格“%1”不是已知的决算表：其中的数字未读取</translation>
    </message>
    <message>
        <source>table “%1” states no unit: read in %2</source>
        <translation>表格“%1”未注明单位：按%2读取</translation>
    </message>
    <message>
        <source>table “%1”: several cells would state %2; none of them is read</source>
        <translation>表格“%1”：有多个单元格都对应 %2，无法确定，均不读取</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>not a text file (binary data)</source>
        <translation>不是文本文件（二进制数据）</translation>
    </message>
    <message>
        <source>ICU has no converter for %1</source>
        <translation>ICU 没有 %1 的转换器</translation>
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation>未知编码 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged byte sequence(s) (not valid %1) shown as �, on line %2</source>
        <translation>
            <numerusform>%n 处损坏的字节序列（不是有效的 %1）显示为 �，位于第 %2 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged byte sequence(s) (not valid %1) shown as �, on lines %2</source>
        <translation>
            <numerusform>%n 处损坏的字节序列（不是有效的 %1）显示为 �，位于第 %2 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextExport</name>
    <message>
        <source>  unit: %1
</source>
        <translation>  单位：%1
</translation>
    </message>
    <message>
        <source>  %1 figures, %2 performance tables
</source>
        <translation>  %1 个数字，%2 张绩效自评表
</translation>
    </message>
    <message>
        <source>  section %1
</source>
        <translation>  章节 %1
</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  警告：%1
</translation>
    </message>
    <message>
        <source>  year: %1   type: %2   scope: %3   money unit: %4
</source>
        <translation>  年度：%1   类型：%2   范围：%3   金额单位：%4
</translation>
    </message>
</context>
<context>
    <name>Xml</name>
    <message>
        <source>%1 declares a DTD or entities, which office files never do: refused</source>
        <translation>%1 声明了 DTD 或实体，办公文档从不如此：已拒绝</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 XML</source>
        <translation>%1 不是 UTF-8 编码的 XML</translation>
    </message>
    <message>
        <source>%1 is damaged XML (line %2: %3)</source>
        <translation>%1 是损坏的 XML（第 %2 行：%3）</translation>
    </message>
</context>
<context>
    <name>Zip</name>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>zip 压缩包已损坏（%1）</translation>
    </message>
    <message>
        <source>zip archive has %1 entries (the limit is %2)</source>
        <translation>zip 压缩包含 %1 个条目（上限为 %2）</translation>
    </message>
    <message>
        <source>zip entry %1 is missing</source>
        <translation>缺少 zip 条目 %1</translation>
    </message>
    <message>
        <source>zip entry %1 is damaged</source>
        <translation>zip 条目 %1 已损坏</translation>
    </message>
    <message>
        <source>zip entry %1 is encrypted</source>
        <translation>zip 条目 %1 已加密</translation>
    </message>
    <message>
        <source>zip entry %1 expands past %2 MB: refused as a possible zip bomb</source>
        <translation>zip 条目 %1 解压后超过 %2 MB：疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <source>zip entry %1 cannot be opened (%2)</source>
        <translation>无法打开 zip 条目 %1（%2）</translation>
    </message>
    <message>
        <source>zip entry %1 is damaged (%2)</source>
        <translation>zip 条目 %1 已损坏（%2）</translation>
    </message>
</context>
<context>
    <name>juesuan::analysis</name>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>could not be processed: %1</source>
        <translation>无法处理：%1</translation>
    </message>
    <message>
        <source>could not be processed: unknown exception</source>
        <translation>无法处理：未知异常</translation>
    </message>
    <message>
        <source>could not be processed: out of memory</source>
        <translation>无法处理：内存不足</translation>
    </message>
</context>
<context>
    <name>juesuan::app</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>--min-severity takes error, warning or info</source>
        <translation>--min-severity 的取值为 error、warning 或 info</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size 的格式为 宽x高，例如 1600x1000</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>未指定输入文件</translation>
    </message>
    <message>
        <source>compare takes exactly two reports</source>
        <translation>compare 需要恰好两份报告</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 4, e.g. 2</source>
        <translation>--scale 取 0.5 到 4 之间的数，例如 2</translation>
    </message>
    <message>
        <source>--jobs takes a number of threads from 1 to 1024</source>
        <translation>--jobs 的取值为 1 到 1024 之间的线程数</translation>
    </message>
    <message>
        <source>--json and --jsonl exclude each other</source>
        <translation>--json 与 --jsonl 不能同时使用</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 个错误，%2 个警告，%3 条提示</translation>
    </message>
    <message>
        <source>the desktop app cannot be started (%1: %2)</source>
        <translation>无法启动桌面程序（%1：%2）</translation>
    </message>
    <message>
        <source>--report writes the findings of one report: check FILE --report OUT</source>
        <translation>--report 只输出一份报告的核查结果：check 文件 --report 输出文件</translation>
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
        <translation>用法：
  juesuan [文件|文件夹…]                     打开桌面程序
  juesuan extract 文件|文件夹… [--json|--jsonl] [--encoding 编码] [--jobs N]
  juesuan check 文件|文件夹… [--json|--jsonl] [--min-severity error|warning|info]
                [--catalogue 关系目录.json] [--encoding 编码] [--jobs N]
                [--report 输出.html|输出.pdf]
  juesuan compare A B [--png 文件] [--svg 文件] [--size 宽x高] [--scale 倍数]
                [--chart income|expenditure|functional|budget|execution|structure|all]
                [--json]
  juesuan survey 文件夹|文件… [--json|--jsonl] [--encoding 编码] [--jobs N]
  juesuan --version                          显示版本后退出
选项：
  --lang zh_CN|en   界面语言
  --jobs N          分析报告所用的线程数（默认：每个处理器一个）
  --jsonl           每份报告一行 JSON 对象，每份分析完即输出
文件夹代表其下所有层级中的全部报告文件。
</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>juesuan::ingest</name>
    <message>
        <source>a Word 97-2003 .doc file is not supported: save it as .docx</source>
        <translation>不支持 Word 97-2003 的 .doc 文件：请另存为 .docx</translation>
    </message>
    <message>
        <source>not a %1 file: its content has no %1 signature</source>
        <translation>不是 %1 文件：内容中没有 %1 文件标识</translation>
    </message>
    <message>
        <source>the folder holds no report file (PDF, DOCX, XLSX, XLS, TXT)</source>
        <translation>文件夹中没有报告文件（PDF、DOCX、XLSX、XLS、TXT）</translation>
    </message>
    <message>
        <source>%1 files are too many for one report (the limit is %2)</source>
        <translation>一份报告包含 %1 个文件，数量过多（上限为 %2）</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>not a readable Excel 97-2003 workbook (an OLE file of another kind, or damaged)</source>
        <translation>不是可读取的 Excel 97-2003 工作簿（其他类型的 OLE 文件，或已损坏）</translation>
    </message>
    <message>
        <source>encrypted XLS workbook: it needs a password</source>
        <translation>XLS 工作簿已加密：需要密码</translation>
    </message>
    <message>
        <source>the web page nests its elements more than %1 deep</source>
        <translation>网页的元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the web page has more than %1 tags, more than a report has</source>
        <translation>网页的标签超过 %1 个，多于任何报告</translation>
    </message>
    <message>
        <source>the web page contains no text</source>
        <translation>网页中没有文字</translation>
    </message>
    <message>
        <source>the workbook has no sheet with text</source>
        <translation>工作簿中没有含文字的工作表</translation>
    </message>
    <message>
        <source>a table of the web page spans %1 rows and %2 columns, more than %3 cells</source>
        <translation>网页中有表格跨 %1 行、%2 列，超过 %3 个单元格</translation>
    </message>
    <message>
        <source>sheet “%1”: more than %2 cells hold values, more than a report&apos;s tables</source>
        <translation>工作表“%1”：有值的单元格超过 %2 个，多于任何报告的表格</translation>
    </message>
    <message>
        <source>sheet “%1”: its values span %2 rows and %3 columns, more than %4 cells</source>
        <translation>工作表“%1”：有值的单元格跨 %2 行、%3 列，超过 %4 个单元格</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>reading stopped in sheet %1: the limit of %2 s for one file was reached</source>
        <translation>读到工作表 %1 时停止：已达单个文件 %2 秒的时间上限</translation>
    </message>
    <message>
        <source>cannot make a temporary copy for the XLS reader: %1</source>
        <translation>无法为 XLS 读取建立临时副本：%1</translation>
    </message>
    <message>
        <source>the workbook has %1 sheets; a report has at most %2</source>
        <translation>工作簿有 %1 个工作表，报告至多 %2 个</translation>
    </message>
    <message>
        <source>the XLS reader juesuan-xls is not installed beside the program</source>
        <translation>XLS 读取程序 juesuan-xls 未随本程序安装</translation>
    </message>
    <message>
        <source>reading stopped: the limit of %1 s for one file was reached</source>
        <translation>读取已停止：已达到单个文件 %1 秒的时限</translation>
    </message>
    <message>
        <source>the XLS reader %1 cannot be started: %2</source>
        <translation>无法启动 XLS 读取程序 %1：%2</translation>
    </message>
    <message>
        <source>damaged XLS workbook: the XLS reader (FreeXL) failed on it</source>
        <translation>XLS 工作簿已损坏：XLS 读取程序（FreeXL）读取失败</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells with values; a report has far fewer</source>
        <translation>工作簿中有值的单元格超过 %1 个，报告远没有这么多</translation>
    </message>
    <message>
        <source>sheet “%1” was not read: the XLS reader cannot read it</source>
        <translation>工作表“%1”未能读取：XLS 读取程序无法读取该表</translation>
    </message>
</context>
<context>
    <name>juesuan::ingest::BodyParser</name>
    <message>
        <source>%1: a table of more than %2 cells</source>
        <translation>%1：表格超过 %2 个单元格</translation>
    </message>
</context>
<context>
    <name>juesuan::ingest::BodyParser::Nesting</name>
    <message>
        <source>%1: tables or text boxes nested more than %2 deep</source>
        <translation>%1：表格或文本框嵌套超过 %2 层</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ChartView</name>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ChartsPanel</name>
    <message>
        <source>The report states no figures for this chart.</source>
        <translation>报告未列示此图表所需的数字。</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparePicker</name>
    <message>
        <source>Compare reports</source>
        <translation>比较报告</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <source>with:</source>
        <translation>与：</translation>
    </message>
    <message>
        <source>Pick two different reports.</source>
        <translation>请选择两份不同的报告。</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>方式：%1</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonExportDialog</name>
    <message>
        <source>Export comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>All charts in one image</source>
        <translation>所有图表合成一张图片</translation>
    </message>
    <message>
        <source>The whole comparison panel</source>
        <translation>整个比较面板</translation>
    </message>
    <message>
        <source>The aligned table</source>
        <translation>对照表</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Pixel density: 2× doubles the pixels of the image for sharp print and high-density screens; the layout stays the same</source>
        <translation>像素密度：2× 使图片像素加倍，便于清晰打印和在高分辨率屏幕上显示；版式不变</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonFindingsModel</name>
    <message>
        <source>A finding of report %1</source>
        <translation>报告 %1 的问题</translation>
    </message>
    <message>
        <source>The later report&apos;s claim about the earlier one</source>
        <translation>后一份报告对前一份报告的表述</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonModel</name>
    <message>
        <source>Not stated in this report</source>
        <translation>本报告未列示</translation>
    </message>
    <message>
        <source>A names it %1; B names it %2</source>
        <translation>A 称为“%1”；B 称为“%2”</translation>
    </message>
    <message>
        <source>B − A, in A&apos;s unit</source>
        <translation>B − A，以 A 的单位计</translation>
    </message>
    <message>
        <source>(B − A) ÷ A</source>
        <translation>(B − A) ÷ A</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Δ (B − A)</source>
        <translation>差额（B − A）</translation>
    </message>
    <message>
        <source>Δ%</source>
        <translation>增减率</translation>
    </message>
    <message>
        <source>Computed from a figure with a finding: see the cells of A and B</source>
        <translation>由有问题的数值计算而来：请查看 A、B 两栏</translation>
    </message>
    <message>
        <source>Execution rate: B ÷ A, what was spent as a share of the plan</source>
        <translation>执行率：B ÷ A，实际支出占预算的比例</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行率</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonPanel</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export a chart, all charts or the whole panel as PNG or SVG, or the aligned table as CSV or XLSX</source>
        <translation>将单个图表、全部图表或整个面板导出为 PNG 或 SVG，或将对照表导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Aligned table</source>
        <translation>对照表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Show rounding notes</source>
        <translation>显示舍入提示</translation>
    </message>
    <message>
        <source>Findings of both reports</source>
        <translation>两份报告的问题</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the compared reports was closed or could not be read</source>
        <translation>参与比较的报告之一已关闭或无法读取</translation>
    </message>
    <message>
        <source>The same unit in two years: A is the earlier year, and the later report&apos;s changes against last year are checked against A</source>
        <translation>同一单位的两个年度：A 为较早年度，较晚报告中“与上年相比”的增减将与 A 核对</translation>
    </message>
    <message>
        <source>Two different units (or two scopes of one unit)</source>
        <translation>两个不同单位（或同一单位的两种口径）</translation>
    </message>
    <message>
        <source>%1: there is no comparison to export</source>
        <translation>%1：没有可导出的比较结果</translation>
    </message>
    <message>
        <source>%1: %2 does not fit what is exported</source>
        <translation>%1：%2 与导出内容不符</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>One unit&apos;s budget (A) and final accounts (B) of one year: what was planned, what was spent and the execution rate; the final&apos;s own budget figures are checked against the budget</source>
        <translation>同一单位同一年度的预算（A）与决算（B）：预算数、决算数与执行率；决算所列的预算数与预算报告相互核对</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ComparisonWindow</name>
    <message>
        <source>Juesuan comparison</source>
        <translation>决算比较</translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation>比较报告</translation>
    </message>
    <message>
        <source>Open at least two reports to compare them.</source>
        <translation>请至少打开两份报告再进行比较。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FigureDetailsView</name>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Worded as</source>
        <translation>表述为</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>所述原因</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>科目编码</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>勾稽关系</translation>
    </message>
    <message>
        <source>Relations this figure takes part in:</source>
        <translation>该数字参与的勾稽关系：</translation>
    </message>
    <message>
        <source>No relation of the catalogue involves this figure.</source>
        <translation>关系目录中没有涉及该数字的勾稽关系。</translation>
    </message>
    <message>
        <source>Click a highlighted number in the text, a figure or a finding to see its details.</source>
        <translation>点击正文中高亮的数字、数字列表或问题列表中的一项，查看详细信息。</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FiguresModel</name>
    <message>
        <source>Worded: %1</source>
        <translation>表述：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FindBar</name>
    <message>
        <source>no match</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Find in the text: words or numbers (2940.05 finds 2,940.05)</source>
        <translation>在原文中查找：文字或数字（2940.05 可找到 2,940.05）</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FindingsModel</name>
    <message>
        <source>Stated %1, expected %2</source>
        <translation>报告数 %1，应为 %2</translation>
    </message>
    <message>
        <source>Relation: %1</source>
        <translation>勾稽关系：%1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>勾稽关系</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>全部勾稽关系</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::KeyFiguresView</name>
    <message>
        <source>Show the findings of this severity</source>
        <translation>查看该严重程度的问题</translation>
    </message>
    <message>
        <source>Show this figure in the source</source>
        <translation>在原文中查看该数字</translation>
    </message>
    <message>
        <source>%1 of the whole</source>
        <translation>占 %1</translation>
    </message>
    <message>
        <source>vs budget: %1</source>
        <translation>与预算比：%1</translation>
    </message>
    <message>
        <source>vs last year: %1</source>
        <translation>与上年比：%1</translation>
    </message>
    <message>
        <source>%1 final accounts</source>
        <translation>%1 年度决算</translation>
    </message>
    <message>
        <source>amounts in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>No headline figure was found in this report.</source>
        <translation>本报告中未找到主要数字。</translation>
    </message>
    <message>
        <source>Stated differently: %1</source>
        <translation>另有不同数值：%1</translation>
    </message>
    <message>
        <source>Show the finding about the other statement</source>
        <translation>查看关于另一处数值的问题</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::LibraryModel</name>
    <message>
        <source>%1
could not be read: %2</source>
        <translation>%1
无法读取：%2</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Money unit</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>File / problem</source>
        <translation>文件 / 问题</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 (same content as %2)</source>
        <translation>%1（与 %2 内容相同）</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::LibraryPanel</name>
    <message>
        <source>Filter: 乌海, wuhai or whs</source>
        <translation>筛选：乌海、wuhai 或 whs</translation>
    </message>
    <message>
        <source>Type part of a unit name in Chinese characters, in full pinyin or as initials</source>
        <translation>输入单位名称的一部分：汉字、全拼或拼音首字母均可</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy file path</source>
        <translation>复制文件路径</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>与以下报告比较</translation>
    </message>
    <message>
        <source>Compare with Its Budget (%1)</source>
        <translation>与本单位预算比较（%1年）</translation>
    </message>
    <message>
        <source>Compare with Its Final Accounts (%1)</source>
        <translation>与本单位决算比较（%1年）</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::LoadingIndicator</name>
    <message>
        <source>Loading %1 of %2</source>
        <translation>正在加载 %1 / %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading; the reports loaded so far stay open</source>
        <translation>停止加载；已加载的报告保持打开</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Reports…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Reports</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;load Report</source>
        <translation>重新加载报告(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>关闭报告(&amp;C)</translation>
    </message>
    <message>
        <source>Close &amp;All Reports</source>
        <translation>关闭全部报告(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Source and Findings</source>
        <translation>原文与问题(&amp;S)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;Report List</source>
        <translation>报告列表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Juesuan</source>
        <translation>关于决算(&amp;A)</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>清除最近打开记录</translation>
    </message>
    <message>
        <source>Juesuan — final-account reports</source>
        <translation>决算 — 部门决算公开报告</translation>
    </message>
    <message>
        <source>No report files found in %1</source>
        <translation>在 %1 中未找到报告文件</translation>
    </message>
    <message>
        <source>Open Reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Open Folder of Reports</source>
        <translation>打开报告文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see the list)</source>
        <translation>
            <numerusform>%n 个文件无法读取（见列表）</numerusform>
        </translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>About Juesuan</source>
        <translation>关于决算</translation>
    </message>
    <message>
        <source>Co&amp;mpare Reports…</source>
        <translation>比较报告(&amp;M)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Juesuan %1&lt;/h3&gt;&lt;p&gt;Reads Chinese government final-account disclosure reports (部门决算公开报告), checks every arithmetic tie they state, and shows each inconsistency where it stands in the text.&lt;/p&gt;&lt;p&gt;Rounding is not an error: every relation is evaluated with the precision the report prints.&lt;/p&gt;&lt;p&gt;Versions:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;决算 %1&lt;/h3&gt;&lt;p&gt;阅读部门决算公开报告，核对报告中的每一处勾稽关系，并在原文中标出每一处不一致。&lt;/p&gt;&lt;p&gt;舍入不是错误：每一条关系都按报告所印数字的精度计算。&lt;/p&gt;&lt;p&gt;版本：&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>报告 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare with Its &amp;Budget or Final Accounts</source>
        <translation>与本单位同年预算或决算比较(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export Findings Report…</source>
        <translation>导出核查报告(&amp;E)…</translation>
    </message>
    <message>
        <source>%1-findings</source>
        <comment>file name</comment>
        <translation>%1-核查报告</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Findings Report</source>
        <translation>导出核查报告</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::PageView</name>
    <message>
        <source>Pages are shown for PDF reports.</source>
        <translation>PDF 报告可显示页面。</translation>
    </message>
    <message>
        <source>The pages cannot be shown: %1</source>
        <translation>无法显示页面：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::RelationsModel</name>
    <message>
        <source>Relation %1</source>
        <translation>勾稽关系 %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>勾稽关系</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相关数字</translation>
    </message>
</context>
<context>
    <name>juesuan::ui::ReportView</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Source and findings</source>
        <translation>原文与问题</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Open a report with File ▸ Open, or drop report files or folders onto this window.</source>
        <translation>用“文件 ▸ 打开报告”打开报告，或将报告文件、文件夹拖放到本窗口。</translation>
    </message>
    <message>
        <source>%1 could not be read:
%2</source>
        <translation>无法读取 %1：
%2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>juesuan::wording</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 is a line number, %2 an excerpt of the report around the figure</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language %1; use zh_CN or en</source>
        <translation>未知语言 %1；请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>unknown chart %1; use income, expenditure, functional, budget, structure or all</source>
        <translation>未知图表 %1；请使用 income、expenditure、functional、budget、structure 或 all</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
</TS>
