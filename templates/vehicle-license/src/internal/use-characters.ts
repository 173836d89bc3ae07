/**
 * The uses (使用性质) a vehicle licence records (GA 802), as printed. A value outside the list is only
 * a warning: older licences and some regions print other wordings.
 */
export const useCharacters = [
  '非营运',
  '营运',
  '公路客运',
  '公交客运',
  '出租客运',
  '旅游客运',
  '租赁',
  '货运',
  '危化品运输',
  '教练',
  '警用',
  '消防',
  '救护',
  '工程救险',
  '营转非',
  '出租转非',
  '预约出租客运',
  '预约出租转非',
  '幼儿校车',
  '小学生校车',
  '初中生校车',
  '中小学生校车',
  '其他校车',
]
