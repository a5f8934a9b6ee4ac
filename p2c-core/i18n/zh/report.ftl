### 报告和仪表板文本，中文。来源：i18n/en/report.ftl。

## origin: official (联合国术语：最不发达国家、内陆发展中国家、小岛屿发展中国家；中文不用缩写)

group-abbr-ldc = 最不发达国家
group-abbr-lldc = 内陆发展中国家
group-abbr-sids = 小岛屿发展中国家

## origin: p2c (为 p2c 撰写的译文)

report-none = （无）
report-count = 数量
report-share = 占比
report-key = 代码
report-label = 名称
report-pledges = 承诺数
report-pledge = 承诺
report-kind = 类别
report-amount = 金额
report-date = 日期
report-reason = 原因
report-relation = 关系
report-counted-in = 计入
report-detail = 详情
report-unspecified = 未指明
report-global = 全球

dashboard-title = Partner2Connect 仪表板（截至 { $asOf }，{ $currency }）
dashboard-rates = 汇率：表 { $table }；规则 { $policy }
dashboard-rate-source = 来源：{ $source }
dashboard-note = 注：{ $note }
dashboard-pledges = 承诺
dashboard-entities = 实体
dashboard-pledger-countries = 承诺方所在国家
dashboard-total-value = 总价值（{ $currency }）
dashboard-pledges-counted = 计入价值的承诺
dashboard-floors = 其中最低额（"超过"）
dashboard-derived = 其中推算所得（区间、年度 × 年数）
dashboard-converted = 其中已换算
dashboard-unconverted = 未换算的金额
dashboard-not-counted = 未重复计算的金额
dashboard-not-derived = 无法推算的年度金额（无年数、无期间）
dashboard-counted-once = 只计算一次的金额（此处未计入）
dashboard-excluded = 排除的承诺
dashboard-filtered-out = 被筛选排除
dashboard-goal = 目标（{ $currency } { $goal }）
dashboard-goal-reached = 已达成 { $share }
dashboard-goal-remaining = 尚余
dashboard-entities-by-type = 按利益攸关方类型分列的实体
dashboard-entities-by-region = 按总部所在 ITU-D 区域分列的实体

note-as-of = 截至 { $asOf }：在该日或之前审核（否则提交，否则宣布，否则估值）的已发布承诺，仅知月份或年份的日期自其最后一天起计；在该日或之前的报告
note-double-counting = 重复计算：被取代的承诺不计入；part_of 和 same_funds_as 的金额只计算一次；联合承诺中每个实体只计一次
note-attribution-full = 归属：多值维度的每个值都计入全部价值；这类细分相互重叠，不得相加
note-attribution-equal-split = 归属：价值在多值维度的各值之间平均分配；各细分之和等于总额
note-attribution-declared-shares = 归属：国家和区域按承诺申报的份额计入（份额不适用时平均分配），其他维度平均分配；各细分之和等于总额
note-regions-primary-or-any = 区域：承诺计入其主要区域，以及其列出或隐含的所有其他区域（主要或任一）
note-regions-primary-only = 区域：承诺只计入其主要区域
note-country-groups = 国家组别：承诺点名某组别，或其实施国家中至少有一国在截止日期属于该组别时，该承诺计入该组别（假定按计划毕业）
note-amounts = 金额：区间按其下限计；年度金额乘以所述年数，否则乘以其期间的日历年数，否则不计（列为无法推算）；下限、上限、约数和实物金额按所述计入并予以标明
note-new-between = { $from } 至 { $to }（含首尾两日）的新承诺：仅计入在此期间审核（否则提交，否则宣布）的承诺；日期无法判断的承诺列为 newness_undetermined

breakdown-title = 按{ $dimension }（{ $additivity }；{ $overlap } 项承诺计入不止一行）
breakdown-additive = 可相加
breakdown-overlapping = 重叠 { $amount } { $currency }
breakdown-share-fallbacks = { $count } 项承诺平均分配：其申报的份额不适用
dimension-focusArea = 重点领域
dimension-pillar = 支柱
dimension-pledgeType = 承诺类型
dimension-stakeholderType = 利益攸关方类型
dimension-ituRegion = ITU-D 区域
dimension-country = 国家
dimension-countryGroup = 国家组别
dimension-beneficiaryGroup = 受益群体
dimension-implementationStatus = 实施状态
dimension-endDate = 结束日期
dimension-target = P2C 具体目标
dimension-sdg = 可持续发展目标
dimension-sdgTarget = 可持续发展目标具体目标
dimension-event = 活动或运动
dimension-pledgerRegion = 承诺方总部所在区域
dimension-pledgerCountry = 承诺方总部所在国家
pledger-international = 国际（无所属国家）
pledger-unknown = 总部未知
pledger-no_itu_region = 不属于任何 ITU-D 区域
end-ended = 估计已结束
end-ends_this_year = 在截止年份结束
end-later = 以后结束
end-unknown = 结束日期未知

reporting-title = 报告情况
reporting-reports = 报告
reporting-reported = 已报告的承诺
reporting-entities = 提交报告的实体
reporting-ended = 已结束且有报告的承诺
reporting-overdue = 逾期（{ $days } 天内无报告）
reporting-overdue-undetermined = 无法确定是否逾期（无日期）
reporting-by-type = 按利益攸关方类型分列的已报告承诺
reporting-challenges = 挑战
reporting-solutions = 解决办法
delivery-title = 交付情况
delivery-pledges = 有交付的承诺
delivery-delivered = 已交付（{ $currency }）
delivery-pledged = 已承诺（{ $currency }）
delivery-ratio = 已交付 / 已承诺

amount-kind-pledged = 已承诺
amount-kind-delivered = 已交付
relation-supersedes = 取代
relation-part_of = 属于
relation-same_funds_as = 资金相同
excluded-invalid = 无效
excluded-not_published = 未发布
excluded-not_yet_known = 尚不知晓
excluded-superseded = 已被取代
excluded-newness_undetermined = 是否为新无法确定

profile-title = { $name }（{ $code }），截至 { $asOf }
profile-groups = 组别：{ $groups }
profile-group-provisional = { $group }（按计划毕业，尚未确认）
profile-reported = 已报告
profile-ended = 估计已结束
profile-ended-value = { $ended }（其中 { $withReports } 项有报告）
profile-ends-this-year = 今年结束
profile-ends-later = 以后结束
profile-end-unknown = 结束日期未知
profile-status = 状态
profile-top-targets = 主要 P2C 具体目标
profile-top-challenges = 主要挑战
profile-top-solutions = 主要解决办法
