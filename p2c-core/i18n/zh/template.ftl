### 电子表格模板（README 工作表、下拉列表、问题工作簿），中文。
### 来源：p2c-core/src/sheets/text.rs 中的英文（`sheet.readme.title` → `template-sheet-readme-title`）。
### 工作表名称、列路径和代码不翻译。

## origin: p2c (为 p2c 撰写的译文)

template-sheet-readme-title = Partner2Connect 承诺：如何填写本工作簿
template-sheet-readme-intro1 = 每个工作表是一个表。pledges 工作表每项承诺一行；其他每个工作表按承诺列表中的每个元素（一个国家、一个伙伴、一份进展报告）各占一行，其第一列是该行所属承诺的标识符。各行保持其顺序。
template-sheet-readme-intro2 = 每个工作表的第 1 行是列标题，第 2 行是机器路径；请勿更改。从第 3 行开始填写数据。列可以重新排序；承诺不需要的列可以留空。
template-sheet-readme-intro3 = 金额是文本单元格，以免任何数字被舍入：请输入 5600000000 或 258.8 这样的纯数字，不要千位分隔符或货币符号。日期是日期单元格；不完整的日期（2021、2021-06）和时间戳是文本。
template-sheet-readme-intro4 = 含代码列表的列提供下拉列表；代码及其标签在 codes 工作表中。在包含多个值的单元格中，用分号（;）分隔。
template-sheet-readme-intro5 = 用 p2c 验证填好的工作簿：每个问题都会连同其工作表、行和单元格报告。
template-sheet-readme-sheet = 工作表
template-sheet-readme-column = 列标题
template-sheet-readme-path = 路径
template-sheet-readme-type = 类型
template-sheet-readme-required = 必填
template-sheet-readme-codes = 代码
template-sheet-readme-description = 说明
template-sheet-readme-yes = 是
template-sheet-readme-key = 该行所属承诺的标识符（pledges 工作表中的承诺标识符）。
template-sheet-readme-list = 多个值，以 ; 分隔
template-sheet-readme-json = JSON 文本
template-sheet-codes-code = 代码
template-sheet-codes-label = 标签
template-sheet-input-codes = 从列表中选择一个代码；标签在 codes 工作表中。
template-sheet-input-open = 其他格式正确的代码也可接受。
template-sheet-error-title = 不是此列表中的代码
template-sheet-error-message = 从下拉列表中选择一个值；codes 工作表列出了这些值及其标签。
template-sheet-pledges-title = 承诺
template-sheet-issues-cell = 单元格
template-sheet-issues-sheet = 工作表
template-sheet-issues-row = 行
template-sheet-issues-column = 列
template-sheet-issues-path = JSON 指针
template-sheet-issues-code = 代码
template-sheet-issues-severity = 严重程度
template-sheet-issues-message = 消息
template-sheet-issues-guidance = 处理办法
template-sheet-issues-original = 所收到文件中的单元格
template-sheet-type-text = 文本
template-sheet-type-code = 代码
template-sheet-type-decimal = 十进制数
template-sheet-type-date = 日期
template-sheet-type-partialDate = 不完整日期
template-sheet-type-timestamp = 时间戳
template-sheet-type-integer = 整数
template-sheet-type-boolean = 布尔值
