### 电子表格模板中取自 JSON 模式的文字（表和列的标题、列的说明、分类法以外的代码表），中文。
### 来源：en/template-fields.ftl（生成文件）；标识符相同。路径和反引号中的代码不翻译。

## origin: p2c (为 p2c 撰写的译文；联合国和 ITU-D 术语与 codelists.ftl 一致：最不发达国家、内陆发展中国家、小岛屿发展中国家、可持续发展目标)

table-pledges = 承诺
table-links = 链接
table-events = 活动
table-roles = 角色
table-partners = 伙伴
table-pledgeTypes = 承诺类型
table-focusAreas = 重点领域
table-pillars = 支柱
table-sdgs = 可持续发展目标
table-components = 组成部分
table-regions = 区域
table-countries = 国家
table-countryGroups = 国家组别
table-unspecifiedCountriesIn = 未具名国家所在区域
table-shares = 申报份额
table-groups = 群体
table-counts = 其他计数
table-targets = P2C 具体目标
table-progressReports = 进展报告
table-relations = 关联

# sheet: pledges

field-formatVersion = 格式版本
    .description = 本文件所遵循的承诺格式版本；读取方据此读取较早的文件。
field-id = 承诺标识符
    .description = 承诺的稳定标识符，在一个数据集中唯一。
field-title = 标题
    .description = 承诺的简短标题。
field-description = 说明
    .description = 承诺的内容，以承诺方的原话表述。
field-notes = 备注
    .description = 秘书处或数据汇编者的备注，例如某一数字的来源文件。
field-submittedAt = 提交时间
    .description = 承诺方提交承诺的时间（RFC 3339 时间戳）。
field-validatedAt = 审定时间
    .description = 秘书处审定承诺的时间（RFC 3339 时间戳）。
field-announcedOn = 宣布日期
    .description = 承诺的宣布日期，精确程度以来源为准：年（`2022`）、月（`2022-06`）或日（`2022-06-07`）。如无来源注明宣布日期则不填（验证以 `info` 级别报告此情况）。格式 1.1。
field-pledgers-lead-id = 承诺方：牵头承诺方：实体标识符
    .description = 实体在各项承诺中的稳定标识符（例如 P2C 平台的组织标识符）。如不填，则以实体的名称和总部识别该实体。
field-pledgers-lead-name = 承诺方：牵头承诺方：名称
    .description = 实体应予公布的名称（“肯尼亚政府”、“Orange”）。
field-pledgers-lead-stakeholderType = 承诺方：牵头承诺方：利益攸关方类型
    .description = 实体属于哪一类利益攸关方，与 P2C 仪表板对承诺方的分组一致。
field-pledgers-lead-subtype = 承诺方：牵头承诺方：子类型
    .description = 更细的分类；必须属于该利益攸关方类型。
field-pledgers-lead-headquarters = 承诺方：牵头承诺方：总部
    .description = 实体总部所在国家，或 `international`，或来源未说明时为 `unknown`（格式 1.1；按未知计数，绝不按推测的国家计数）。
field-financialValue-amount = 资金价值：金额
    .description = 以货币单位表示的宣布金额，为十进制字符串（“5600000000”）；如为区间，则为其下限。
field-financialValue-maxAmount = 资金价值：最高金额
    .description = 区间的上限（“1000 万至 1500 万美元”：`amount` 为 1000 万，`maxAmount` 为 1500 万）。格式 1.1。
field-financialValue-currency = 资金价值：货币
    .description = 宣布金额所用货币的 ISO 4217 代码。
field-financialValue-valueDate = 资金价值：起息日
    .description = 金额所指的日期，通常为宣布日期；换算使用该日期的汇率。格式 1.0 须为完整日期；格式 1.1 也可为年（`2022`）或月（`2022-06`），精确程度以来源为准，此类日期按该年的日历年平均汇率换算（绝不使用虚构的日期）。
field-financialValue-isFloor = 资金价值：下限
    .description = 宣布的数字为最低值时为真（“超过 2.5 亿美元”）；所述金额按原样保留和计数。
field-financialValue-isCeiling = 资金价值：上限
    .description = 宣布的数字为最高值时为真（“最多 500 万美元”）；所述金额按原样保留和计数。格式 1.1。
field-financialValue-approximate = 资金价值：约数
    .description = 来源将数字表述为约数时为真（“大约”、“约”、“接近”）。格式 1.1。
field-financialValue-basis = 资金价值：计算基础
    .description = 金额的计算基础：`total`（默认）或 `per_year`（每年承诺；计入的总额为金额乘以 `years`，或乘以承诺期限内的日历年数）。格式 1.1。
field-financialValue-years = 资金价值：年数
    .description = 对于按年计的金额，来源所述的年数（“在今后五年内每年”：5）。格式 1.1。
field-financialValue-inKind = 资金价值：实物
    .description = 价值以实物形式提供（通话时长、设备、服务）且金额为其所述货币价值时为真。格式 1.1。
field-financialValue-statedEquivalent-amount = 资金价值：所述等值：金额
    .description = 以货币单位（而非辅币单位）表示的金额，为十进制字符串。
field-financialValue-statedEquivalent-currency = 资金价值：所述等值：货币
    .description = 货币的 ISO 4217 代码。
field-financialValue-explicitRate-to = 资金价值：明示汇率：目标货币
    .description = 汇率换算成的货币。
field-financialValue-explicitRate-rate = 资金价值：明示汇率：汇率
    .description = 承诺货币一个单位折合的目标货币单位数，为十进制字符串。
field-financialValue-explicitRate-date = 资金价值：明示汇率：汇率日期
    .description = 汇率适用的日期。
field-financialValue-explicitRate-source = 资金价值：明示汇率：来源
    .description = 汇率的来源（“承诺方 2022 年年度报告”）。
field-implementation-global = 实施：全球
    .description = 承诺在全球而非指定地点实施时为真。
field-implementation-primaryRegion = 实施：主要区域
    .description = 承诺方指定为主要区域的区域（如有指定）；仪表板可仅在主要区域下计入承诺，也可在每个区域下计入。
field-period-start = 期限：开始
    .description = 工作开始的时间，精确到年、月或日。
field-period-end = 期限：结束
    .description = 工作预计结束的时间，精确到年、月或日。
field-beneficiaries-peopleReached = 受益者：惠及人数
    .description = 承诺预计惠及的人数。
field-beneficiaries-peopleReachedIsFloor = 受益者：惠及人数为下限
    .description = 人数为最低值时为真（“超过 8000 万人”）。格式 1.1。
field-beneficiaries-targetYear = 受益者：目标年份
    .description = 应惠及这些人的年份。
field-contact-name = 联系人：联系人姓名
    .description = 联系人的姓名。
field-contact-email = 联系人：联系人电子邮件
    .description = 联系人的电子邮件地址。
field-reviewState = 审核状态
    .description = 承诺在秘书处审核流程中所处的阶段。
field-implementationStatus = 实施状态
    .description = 所承诺工作的进展程度。

# sheet: links

field-links-url = URL
    .description = 网页地址（http 或 https）。
field-links-title = 标题
    .description = 该网页的内容。

# sheet: events

field-events = P2C 活动代码
    .description = 宣布或征集该承诺的 P2C 活动和运动（`MWC-2024`、`AI-PLEDGE-DRIVE-2024`）；开放代码表，见 `p2cEvent` 代码表。格式 1.1。

# sheet: roles

field-pledgers-lead-roles = 伙伴角色
    .description = 实体在承诺中的作用（出资方、实施方……），以来源所述为准。格式 1.1。

# sheet: partners

field-pledgers-partners-id = 实体标识符
    .description = 实体在各项承诺中的稳定标识符（例如 P2C 平台的组织标识符）。如不填，则以实体的名称和总部识别该实体。
field-pledgers-partners-name = 名称
    .description = 实体应予公布的名称（“肯尼亚政府”、“Orange”）。
field-pledgers-partners-stakeholderType = 利益攸关方类型
    .description = 实体属于哪一类利益攸关方，与 P2C 仪表板对承诺方的分组一致。
field-pledgers-partners-subtype = 子类型
    .description = 更细的分类；必须属于该利益攸关方类型。
field-pledgers-partners-headquarters = 总部
    .description = 实体总部所在国家，或 `international`，或来源未说明时为 `unknown`（格式 1.1；按未知计数，绝不按推测的国家计数）。
field-pledgers-partners-roles = 角色
    .description = 实体在承诺中的作用（出资方、实施方……），以来源所述为准。格式 1.1。

# sheet: pledgeTypes

field-pledgeTypes = 承诺类型
    .description = 承诺的类型：资金、政策、倡导、方案中的一种或多种。

# sheet: focusAreas

field-focusAreas = 重点领域
    .description = 承诺涉及的《行动框架》重点领域。

# sheet: pillars

field-pillars = 支柱
    .description = 承诺涉及的《行动框架》支柱；每个支柱属于一个重点领域。

# sheet: sdgs

field-sdgs-goal = 目标
    .description = 目标编号，1 至 17（见 `sdgGoal` 代码表）。
field-sdgs-targets = 具体目标
    .description = 该目标下的具体目标，写法与《2030 年议程》相同：`9.1`、`9.c`。

# sheet: components

field-financialValue-components-name = 组成部分名称
    .description = 该组成部分是什么（“AI Compute Access Fund”）。
field-financialValue-components-amount = 组成部分金额
    .description = 以承诺货币表示的组成部分金额，为十进制字符串。
field-financialValue-components-inKind = 实物
    .description = 组成部分以实物形式提供时为真。

# sheet: regions

field-implementation-regions = ITU-D 区域
    .description = 承诺实施所在的 ITU-D 区域。

# sheet: countries

field-implementation-countries = 国家代码
    .description = 承诺实施所在的国家（ISO 3166-1 alpha-3）。

# sheet: countryGroups

field-implementation-countryGroups = 国家组别
    .description = 承诺实施所在、但未列出具体国家的联合国国家组别（“面向最不发达国家、内陆发展中国家和小岛屿发展中国家”）。与 `regions` 一起使用时，指这些区域内的该组别成员（“非洲的最不发达国家”）。格式 1.1。

# sheet: unspecifiedCountriesIn

field-implementation-unspecifiedCountriesIn = ITU-D 区域
    .description = 承诺在其中未具名的国家实施的 ITU-D 区域（“中东和非洲的 16 个国家”）：承诺计入该区域，不计入任何国家。给出 `regions` 时，每个区域都必须在 `regions` 之中。格式 1.1。

# sheet: shares

field-implementation-shares-area = 地区
    .description = 该份额所属的国家代码或 ITU-D 区域代码；必须是所申报的国家或区域之一。
field-implementation-shares-percent = 百分比
    .description = 以百分比表示的份额（0–100），为十进制字符串。

# sheet: groups

field-beneficiaries-groups = 受益群体
    .description = 承诺列为受益者的群体。

# sheet: counts

field-beneficiaries-counts-count = 数量
    .description = 多少。
field-beneficiaries-counts-unit = 单位
    .description = 计数的对象。
field-beneficiaries-counts-isFloor = 下限
    .description = 计数为最低值时为真（“超过 580 万户家庭”）。

# sheet: targets

field-targets = P2C 具体目标代码
    .description = 承诺所服务的联盟具体目标。

# sheet: progressReports

field-progressReports-date = 报告日期
    .description = 报告的日期。
field-progressReports-status = 状态
    .description = 报告时的实施状态。
field-progressReports-narrative = 进展叙述
    .description = 已完成的工作，以承诺方的原话表述。
field-progressReports-amountDelivered-amount = 已交付金额：金额
    .description = 以货币单位（而非辅币单位）表示的金额，为十进制字符串。
field-progressReports-amountDelivered-currency = 已交付金额：货币
    .description = 货币的 ISO 4217 代码。
field-progressReports-peopleReached = 惠及人数
    .description = 截至报告日期累计惠及的人数。
field-progressReports-challenges = 挑战
    .description = 遇到的障碍。
field-progressReports-solutions = 解决办法
    .description = 提出或采用的补救办法。
field-progressReports-targets = 涉及的具体目标
    .description = 所报告工作服务的 P2C 具体目标。

# sheet: relations

field-relations-type = 关系类型
    .description = 本承诺与另一项承诺的关系。
field-relations-pledge = 另一项承诺
    .description = 另一项承诺的标识符。

# codes

codes-FormatVersion = 格式版本
codes-FormatVersion-1_0 = 格式 1.0
codes-FormatVersion-1_1 = 格式 1.1
codes-Headquarters = 总部
codes-Headquarters-international = 国际
codes-Headquarters-unknown = 未知
codes-CurrencyCode = 货币代码
codes-CountryCode = 国家代码
