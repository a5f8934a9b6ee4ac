### 验证问题消息,中文。变量说明见 i18n/en/issues.ftl。

## origin: p2c (为 p2c 撰写的译文)

redacted-value = 该值

issue-input-malformed_json = 输入不是格式正确的 JSON：{ $reason ->
        [eof_list] 列表未结束时输入已结束
        [eof_object] 对象未结束时输入已结束
        [eof_string] 字符串未结束时输入已结束
        [eof_value] 值出现之前输入已结束
        [expected_colon] 应为 `:`
        [expected_list_comma_or_end] 应为 `,` 或 `]`
        [expected_object_comma_or_end] 应为 `,` 或 `{"}"}`
        [expected_ident] 应为标识符
        [expected_value] 应为值
        [expected_double_quote] 应为 `"`
        [invalid_escape] 无效的转义序列
        [invalid_number] 无效的数字
        [number_out_of_range] 数字超出范围
        [invalid_unicode_code_point] 无效的 Unicode 码位
        [control_character] 字符串中有控制字符（U+0000 至 U+001F）
        [key_must_be_a_string] 键必须是字符串
        [lone_leading_surrogate] 十六进制转义中有孤立的前导代理
        [trailing_comma] 末尾多余的逗号
        [trailing_characters] 文档结束后还有字符
        [unexpected_end_of_hex_escape] 十六进制转义不完整
        [repeated_key] 对象中有重复的键
       *[other] { $detail }
    }（第 { $line } 行，第 { $column } 列）
    .title = 输入不是格式正确的 JSON。
    .guidance = 发送一个 JSON 文档（UTF-8，结尾之后不得有字符）；参数给出行号和列号。
issue-input-invalid_utf8 = 输入不是有效的 UTF-8（偏移量 { $offset } 处有无效字节）
    .title = 输入的字节不是有效的 UTF-8。
    .guidance = 将文档编码为 UTF-8；参数给出第一个无效字节的偏移量。
issue-input-too_large = 输入的字节数超过上限 { $max }（实际为 { $actual }）
    .title = 输入大于所配置的最大值。
    .guidance = 将数据拆分为较小的文档；如果这一大小属于预期，则提高 `limits.maxBytes`。
issue-input-too_deep = { $reason ->
        [parser] 输入中数组或对象的嵌套超过 { $max } 层
       *[max_depth] 嵌套深度超过上限 { $max }（实际为 { $actual }）
    }
    .title = 输入中数组或对象的嵌套深于所配置的最大值。
    .guidance = 一项承诺只有几层嵌套；请删除嵌套过深的内容。
issue-input-array_too_long = 数组长度超过上限 { $max }（实际为 { $actual }）
    .title = 数组的元素多于所配置的最大值。
    .guidance = 删除一些元素；如果这一长度属于预期，则提高 `limits.maxArrayLen`。
issue-input-string_too_long = 字符串的字节长度超过上限 { $max }（实际为 { $actual }）
    .title = 字符串长于所配置的最大值。
    .guidance = 缩短文本；如果这一长度属于预期，则提高 `limits.maxStringLen`。

issue-structure-wrong_type = 应为 { $expected } 类型，实际为 { $actual } 类型
    .title = 值的 JSON 类型不正确。
    .guidance = 给出 `expected` 中所述类型的值（例如字符串、数组或对象）。
issue-structure-missing_field = 缺少必填字段 `{ $field }`
    .title = 缺少必填字段。
    .guidance = 添加参数中指明的字段。
issue-structure-unknown_field = 未知字段 `{ $field }`{ $suggested ->
        [yes] ；是否指 `{ $suggestion }`？
       *[no] {""}
    }
    .title = 该字段不属于承诺格式。
    .guidance = 删除该字段；如果参数给出了 `suggestion`，则将其改名为该建议（字段名使用 camelCase，区分大小写）。
issue-structure-empty_list = 该列表至少需要一个值
    .title = 至少需要一个元素的列表为空。
    .guidance = 至少给出一个值。
issue-structure-unknown_code = { $codelist ->
        [formatVersion] { $value } 不是受支持的格式版本
       *[other] { $value } 不是代码表 `{ $codelist }` 中的代码{ $suggested ->
            [yes] ；是否指 `{ $suggestion }`？
           *[no] {""}
        }
    }
    .title = 该值不是其代码表中的代码。
    .guidance = 使用 `codelist` 所指代码表中的代码（见已发布的代码表）。
issue-structure-malformed_code = { $value } 不是{ $kind ->
        [country] 国家代码（三个大写字母）
        [currency] 货币代码（三个大写字母）
        [headquarters] 有效的总部（三个大写字母、`international` 或 `unknown`）
        [event] P2C 活动代码（大写字母、数字和连字符）
       *[target] P2C 具体目标代码（大写字母、数字和连字符）
    }
    .title = 代码的形式不符合要求。
    .guidance = 国家代码和货币代码为三个大写字母（`KEN`、`EUR`）；P2C 具体目标代码由大写字母、数字和连字符组成（`ACCESS-01`）。
issue-structure-malformed_date = { $value } 不是{ $format ->
        [partial] 写作 YYYY、YYYY-MM 或 YYYY-MM-DD 的日期
       *[full] 写作 YYYY-MM-DD 的日期
    }
    .title = 日期的写法不符合格式要求。
    .guidance = 完整日期写作 YYYY-MM-DD；期间日期也可写作 YYYY 或 YYYY-MM。
issue-structure-malformed_timestamp = { $value } 不是 RFC 3339 时间戳，例如 `2022-06-07T10:00:00Z`
    .title = 时间戳不是 RFC 3339 日期时间。
    .guidance = 时间戳采用带时区的 RFC 3339 格式，例如 `2022-06-07T10:00:00Z`。
issue-structure-malformed_decimal = { $value } 不是 "1250.50" 这样的十进制数
    .title = 金额不是普通的十进制数。
    .guidance = 金额写作十进制字符串，如 "5600000000" 或 "258.8"：不得有指数、空格、货币符号或千位分隔符。
issue-structure-inexact_number = 数字 { $value } 可能已丢失位数；请写作十进制字符串
    .title = 金额以带小数或指数的 JSON 数字给出，可能已丢失位数。
    .guidance = 将金额写作十进制字符串（"258.8"）；整数可以保留为 JSON 数字。
issue-structure-integer_out_of_range = { $kind ->
        [year] 年份超出范围
        [goal] 可持续发展目标的编号不能为负数
       *[count] 整数超出 0..={ $max } 的范围
    }
    .title = 整数超出该字段可容纳的范围。
    .guidance = 给出该字段范围内的整数。

issue-text-empty = 文本为空
    .title = 必填文本为空或只有空白。
    .guidance = 填写文本。
issue-text-blank = 文本为空白；请填写或删除该字段
    .title = 选填文本存在，但为空或只有空白。
    .guidance = 填写文本或删除该字段。
issue-text-too_long = 文本字符数：{ $actual }；最多允许 { $max }
    .title = 文本长度超过格式对该字段的限制。
    .guidance = 将文本缩短至参数中 `max` 给出的字符数。
issue-text-control_character = 文本中含有控制字符 { $codePoint }
    .title = 文本中含有控制字符。
    .guidance = 删除控制字符；换行和制表符只允许出现在长文本中（描述、备注、叙述）。
issue-text-bidi_control = 文本中含有双向控制字符 { $codePoint }
    .title = 文本中含有双向嵌入、覆盖或隔离字符，可能使其显示内容与实际内容不同。
    .guidance = 删除 U+202A–U+202E 和 U+2066–U+2069 字符；从右向左书写的文字不需要这些字符也能正确显示。
issue-identity-unusual_id = 标识符 { $value } 含有字母、数字和 `-_.:/` 以外的字符
    .title = 标识符含有空白或字母、数字和 `-_.:/` 以外的字符。
    .guidance = 标识符只使用字母、数字和 `-_.:/`，以便在 URL、CSV 文件和电子表格中保持不变。
issue-identity-malformed_email = { $value } 不是电子邮件地址
    .title = 联系人电子邮件地址的形式不是 `name@domain.tld`。
    .guidance = 给出一个普通电子邮件地址，不带显示名称或尖括号。
issue-identity-malformed_url = { $value } 不是 http 或 https URL
    .title = 链接不是绝对的 http 或 https URL。
    .guidance = 给出以 `https://` 开头的完整地址。
issue-identity-duplicate_partner = 该实体已列于 `{ $duplicateOf }`
    .title = 同一实体在承诺方中列出不止一次。
    .guidance = 每个实体只列一次；牵头方不得同时列为伙伴。
issue-identity-self_relation = 该关系指向承诺本身
    .title = 关系指向承诺本身。
    .guidance = 关系应给出另一项承诺的标识符。

issue-taxonomy-pillar_outside_focus_areas = 支柱 `{ $pillar }` 属于重点领域 `{ $focusArea }`，但该承诺未申报此领域
    .title = 某支柱所属的重点领域未在承诺中申报。
    .guidance = 将 `focusArea` 中的重点领域加入 `focusAreas`，或删除该支柱。
issue-taxonomy-duplicate_code = { $value } 列出了两次（首次位于索引 { $firstIndex }）
    .title = 某代码在列表中出现不止一次。
    .guidance = 每个代码只列一次。
issue-taxonomy-subtype_mismatch = 子类型 `{ $subtype }` 属于利益攸关方类型 `{ $expectedStakeholderType }`，而非 `{ $stakeholderType }`
    .title = 实体的子类型属于另一利益攸关方类型。
    .guidance = 选择该实体利益攸关方类型下的子类型（参数给出其所属类型）。
issue-taxonomy-unknown_target = { $value } 不是已知的 P2C 具体目标
    .title = P2C 具体目标代码格式正确，但不在 p2c 已知的具体目标列表中。
    .guidance = 核对代码；公布的具体目标列表并不完整，因此新的具体目标可能是正确的。

issue-money-missing_value = 资金承诺需要有资金价值
    .title = 资金承诺没有资金价值。
    .guidance = 给出 `financialValue`，包括宣布的金额、货币和起息日，或删除 `financial` 承诺类型。
issue-money-non_positive_value = 金额 { $value } 不是正数
    .title = 资金价值为零或负数。
    .guidance = 以正数给出宣布的金额。
issue-money-value_on_non_financial = 该承诺有资金价值，但不属于 `financial` 类型
    .title = 非 `financial` 类型的承诺有资金价值。
    .guidance = 如果该价值是资金承诺，则添加 `financial` 承诺类型；无论如何，它都会计入总额。
issue-money-negative_amount = 已交付金额 { $value } 为负数
    .title = 已交付金额为负数。
    .guidance = 报告的累计交付金额应为零或以上。
issue-money-unknown_currency = { $value } 不是 ISO 4217 货币代码
    .title = 货币代码不在 ISO 4217 中。
    .guidance = 使用 ISO 4217 字母代码，例如 `USD` 或 `EUR`。
issue-money-currency_not_in_use = `{ $currency }` 已于 { $withdrawnOn } 停用，早于 { $date }
    .title = 该货币在起息日之前已停用。
    .guidance = 以取代它的货币给出金额（例如自 2023 年起以 EUR 代替 HRK），按官方汇率换算。
issue-money-excess_precision = 金额的小数位数：{ $decimals }；`{ $currency }` 的小数位数为 { $minorUnits }
    .title = 金额的小数位数多于该货币的辅币单位。
    .guidance = 将金额四舍五入至该货币的辅币单位（参数中的 `minorUnits`）。
issue-money-implausible_amount = 对一项承诺而言，金额 { $value } 大得不合常理
    .title = 对一项承诺而言，金额大得不合常理。
    .guidance = 检查是否多写了零，或是否以辅币单位（分）填写了金额。
issue-money-invalid_explicit_rate = { $reason ->
        [same_currency] 该汇率将 `{ $currency }` 兑换为其本身
       *[non_positive] 汇率不是正数
    }
    .title = 所述汇率为零或负数，或将一种货币兑换为其本身。
    .guidance = 给出兑换为另一货币的正汇率，或删除 `explicitRate`。

issue-geography-unknown_country = { $value } 不是 ISO 3166-1 alpha-3 国家代码
    .title = 国家代码不是 p2c 已知的 ISO 3166-1 alpha-3 代码。
    .guidance = 使用该国的 ISO 3166-1 alpha-3 代码（肯尼亚为 `KEN`）。
issue-geography-duplicate_country = 国家 { $value } 列出了两次（首次位于索引 { $firstIndex }）
    .title = 某国家列出不止一次。
    .guidance = 每个国家只列一次，以免按国家统计时将该承诺计算两次。
issue-geography-country_outside_regions = { $value } 属于 ITU-D 区域 `{ $region }`，但该区域不在所列区域之中
    .title = 某国家不属于任何已申报的 ITU-D 区域。
    .guidance = 将该国所属区域（参数中的 `region`）加入 `regions`，或核对国家代码。
issue-geography-primary_region_not_declared = 主要区域 `{ $region }` 不在所列区域之中
    .title = 主要区域不是已申报的区域之一。
    .guidance = 将主要区域加入 `regions`。
issue-geography-no_location = 该承诺既未列出国家或区域，也未标记为全球性
    .title = 该承诺既未列出国家或区域，也未标记为全球性。
    .guidance = 列出实施该承诺的国家或 ITU-D 区域，或设置 `global`。
issue-geography-share_area_not_declared = { $value } 既不是已申报的国家，也不是已申报的区域
    .title = 所申报的份额针对的地区既不是已申报的国家，也不是已申报的区域。
    .guidance = 只为 `countries` 和 `regions` 中列出的国家和区域给出份额。
issue-geography-duplicate_share = { $value } 的份额已在索引 { $firstIndex } 处申报
    .title = 同一地区申报了两个份额。
    .guidance = 每个地区只给出一个份额。
issue-geography-share_out_of_range = 份额 { $value } 不在 0 到 100 之间
    .title = 份额低于 0% 或高于 100%。
    .guidance = 以 0 到 100 之间的百分比给出每个份额。
issue-geography-shares_not_hundred = 各份额之和为 { $sum }，而不是 100
    .title = 所申报份额之和不等于 100%。
    .guidance = 修正份额，使其总和恰好为 100（参数中的 `sum` 为当前总和）。

issue-lifecycle-end_before_start = 期间的结束早于开始
    .title = 期间的结束早于开始。
    .guidance = 核对开始日期和结束日期。
issue-lifecycle-implausible_period = { $reason ->
        [too_long] 期间长于 { $maxYears } 年
       *[out_of_range] 期间开始于 2000 年之前或结束于 2100 年之后
    }
    .title = 期间长得不合常理。
    .guidance = 核对日期；承诺通常最多持续十年。
issue-lifecycle-value_date_outside_period = 起息日距承诺期间超过两年
    .title = 起息日远在承诺期间之外。
    .guidance = 起息日通常是宣布日期，接近期间开始；请核对，因为换算使用该日汇率。
issue-lifecycle-published_without_validation = 该承诺已发布，但没有审核时间戳
    .title = 已发布的承诺没有审核时间戳。
    .guidance = 秘书处审核承诺时记录 `validatedAt`。
issue-lifecycle-validated_before_submitted = 该承诺在提交之前就已审核
    .title = 该承诺在提交之前就已审核。
    .guidance = 核对 `submittedAt` 和 `validatedAt`。
issue-lifecycle-timestamp_in_future = 时间戳晚于截止日期 { $asOf }
    .title = 提交或审核时间戳晚于截止日期。
    .guidance = 核对时间戳及其时区。
issue-lifecycle-completed_before_end = 该承诺标记为已完成，但结束于 { $end }，晚于 { $asOf }
    .title = 该承诺标记为已完成，但其结束日期尚未到来。
    .guidance = 核对状态，或将结束日期提前至工作完成之时。
issue-lifecycle-illegal_transition = 审核状态不能从 `{ $from }` 变为 `{ $to }`
    .title = 审核状态不能从原状态变为新状态。
    .guidance = 遵循审核流程；允许的变更见 `can_transition`。
issue-lifecycle-id_changed = 标识符从 { $old } 改为 { $new }
    .title = 更新更改了承诺的标识符。
    .guidance = 保持承诺标识符不变；改为新建一项承诺并使用 `supersedes` 关系。

issue-beneficiaries-negative_count = 数量 { $value } 为负数
    .title = 人数为负数。
    .guidance = 人数应为零或以上。
issue-beneficiaries-exceeds_world_population = { $value } 人超过世界人口（{ $max }）
    .title = 人数超过世界人口。
    .guidance = 检查是否多写了数字；统计的是人数，不是人时或连接数。
issue-beneficiaries-implausible_target_year = 目标年份 { $value } 早于 2000 年、晚于 2100 年或在承诺期间之外
    .title = 受益者的目标年份早于 2000 年、晚于 2100 年或在承诺期间之外。
    .guidance = 给出应惠及这些人的年份。

issue-reports-before_submission = 报告日期早于承诺提交日期（{ $submittedAt }）
    .title = 进展报告的日期早于承诺的提交日期。
    .guidance = 核对报告日期和 `submittedAt`。
issue-reports-after_as_of = 报告日期晚于截止日期 { $asOf }
    .title = 进展报告的日期晚于截止日期（在未来）。
    .guidance = 以报告撰写之日为报告日期。
issue-reports-out_of_order = 报告日期早于上一份报告（{ $previousDate }）
    .title = 进展报告未按日期顺序排列。
    .guidance = 按从早到晚的顺序列出进展报告。
issue-reports-people_decreased = 惠及人数低于报告 { $previousIndex } 中的 { $previous }
    .title = 某报告的累计惠及人数低于之前的报告。
    .guidance = 惠及人数是截至报告日期的累计数；请核对数字。
issue-reports-delivered_exceeds_value = 已交付金额超过宣布的 { $announced }
    .title = 报告的已交付金额超过承诺以同一货币宣布的价值。
    .guidance = 核对金额；如果承诺价值有所增加，则更新该价值（宣布的最低额请设置 `isFloor`）。

issue-batch-duplicate_id = 标识符 { $value } 已被承诺 { $firstIndex } 使用
    .title = 该批次中有两项承诺标识符相同。
    .guidance = 为每项承诺指定唯一标识符；参数中的 `firstIndex` 为较早的承诺。
issue-batch-likely_duplicate = 承诺 { $firstIndex } 的牵头方、标题和金额与此相同
    .title = 两项承诺的牵头方、标题和金额相同：很可能是同一承诺提交了两次。
    .guidance = 保留其中一项；如果两项都真实存在，则用关系将其关联。
issue-batch-unknown_relation_target = 该批次中没有标识符为 { $value } 的承诺
    .title = 关系指向的承诺标识符不在该批次中。
    .guidance = 核对标识符，或将该批次与相关承诺一起验证。

## Format 1.1 texts not translated yet: English is shown in their place (README.md:
## "Adding an issue code or a report text").

# p2c-fallback: issue-geography-unspecified_region_not_declared
# p2c-fallback: issue-lifecycle-date_after_as_of
# p2c-fallback: issue-lifecycle-date_before_coalition
# p2c-fallback: issue-lifecycle-event_after_as_of
# p2c-fallback: issue-lifecycle-no_announcement_date
# p2c-fallback: issue-money-approximate_floor
# p2c-fallback: issue-money-components_exceed_amount
# p2c-fallback: issue-money-conflicting_bounds
# p2c-fallback: issue-money-no_rate_at_date
# p2c-fallback: issue-money-not_a_currency
# p2c-fallback: issue-money-per_year_without_period
# p2c-fallback: issue-money-range_inverted
# p2c-fallback: issue-money-stated_equivalent_same_currency
# p2c-fallback: issue-money-years_without_per_year
# p2c-fallback: issue-sdgs-duplicate_goal
# p2c-fallback: issue-sdgs-target_outside_goal
# p2c-fallback: issue-sdgs-unknown_goal
# p2c-fallback: issue-sdgs-unknown_target
# p2c-fallback: issue-structure-requires_version
# p2c-fallback: issue-taxonomy-unknown_beside_known
# p2c-fallback: issue-taxonomy-unknown_event
# p2c-fallback: issue-taxonomy-value_unknown

# sheet: English until translated
# p2c-fallback: issue-sheet-unreadable
# p2c-fallback: issue-sheet-encrypted
# p2c-fallback: issue-sheet-limit_exceeded
# p2c-fallback: issue-sheet-missing_sheet
# p2c-fallback: issue-sheet-unknown_sheet
# p2c-fallback: issue-sheet-duplicate_sheet
# p2c-fallback: issue-sheet-hidden_sheet
# p2c-fallback: issue-sheet-misspelled_column
# p2c-fallback: issue-sheet-unknown_column
# p2c-fallback: issue-sheet-duplicate_column
# p2c-fallback: issue-sheet-missing_column
# p2c-fallback: issue-sheet-unknown_pledge
# p2c-fallback: issue-sheet-missing_pledge_id
# p2c-fallback: issue-sheet-inexact_number
# p2c-fallback: issue-sheet-formula
# p2c-fallback: issue-sheet-merged_cells
# p2c-fallback: issue-sheet-error_value
# p2c-fallback: issue-sheet-invalid_date
