/**
 * Two small dictionaries about Chinese place names, kept as data.
 *
 * ORDINARY_WORDS: stems of place names (the name without 市/县/区/州…) that are also ordinary words, so that a text
 * using the word (合作 "cooperation", 资源 "resources", 和平 "peace", 大庆 "celebration") never counts as naming the
 * place. Extend it when a new word turns up; it is consulted only when counting names in a report's body.
 *
 * PLACE_READINGS: readings of characters whose place-name pronunciation differs from the everyday one (喀什 kāshí,
 * 六安 lù'ān, 乐清 yuèqīng), from the gazetteer's published romanizations. Keys are the shortest name part that settles
 * the reading; the slug maker matches the longest key first.
 */

export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  // The words the issue names, and others like them.
  '合作', '资源', '和平', '城中', '新城', '通道', '平和', '城关', '开发', '高新', '新区', '城区', '郊区', '矿区', '市中',
  // Prefecture and county stems that are everyday words.
  '朝阳', '大同', '白银', '来宾', '阿里', '中山', '普洱', '大理', '红河', '怒江', '四平', '海西', '海东', '海北', '山南',
  '长治', '安康', '大庆', '日照', '东方', '太平', '光明', '新华', '安宁', '永安', '江南', '江北', '河东', '河西', '城东',
  '城西', '城南', '城北', '东城', '西城', '南城', '北城', '平安', '新兴', '长乐', '乐业', '安居', '延长', '大方', '江山',
  '五常', '和顺', '安定', '富民', '永和', '向阳', '清河', '清水', '龙门', '石门', '宝山', '青山', '南山', '东山', '西山',
  '北山', '白山', '黄山', '西湖', '南湖', '新市', '正安', '安化', '新化', '开平', '恩平', '宁安', '安平', '平定',
  '新民', '兴业', '红旗', '解放', '建设', '胜利', '先锋', '团结', '前进', '民主', '友好', '和谐', '振兴', '兴安', '吉利',
  '丰收', '长寿', '永年', '永定', '永新', '永丰', '永胜', '万安', '万全', '安福', '全南',
  '泰来', '宁强', '保康', '长顺', '普安', '和静', '和政', '金川', '东港', '南岸', '临江', '江城', '海城',
  '山城', '大安', '龙井', '双桥', '高平', '武功', '德化', '文明', '新建', '新都', '新县', '中方', '上城', '下城', '沙市',
  '市北', '市南', '铁东', '铁西', '桥东', '桥西', '路北', '路南', '青云', '东风', '大通', '通江',
]);

/** Place-name readings that generic pinyin gets wrong (syllables separated by spaces). */
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  喀什: 'ka shi',
  六安: 'lu an',
  六合: 'lu he',
  蚌埠: 'beng bu',
  蚌山: 'beng shan',
  番禺: 'pan yu',
  陕西: 'shaan xi',
  歙县: 'she xian',
  蔚县: 'yu xian',
  涡阳: 'guo yang',
  尉犁: 'yu li',
  尉氏: 'wei shi',
  洪洞: 'hong tong',
  单县: 'shan xian',
  东阿: 'dong e',
  大埔: 'da bu',
  什邡: 'shi fang',
  郫都: 'pi du',
  筠连: 'jun lian',
  珲春: 'hun chun',
  句容: 'ju rong',
  都匀: 'du yun',
  都江堰: 'du jiang yan',
  浚县: 'xun xian',
  泌阳: 'bi yang',
  乐亭: 'lao ting',
  乐清: 'yue qing',
  繁峙: 'fan shi',
  宕昌: 'tan chang',
  黄陂: 'huang pi',
  柞水: 'zha shui',
  吴堡: 'wu bu',
  荥经: 'ying jing',
  犍为: 'qian wei',
  铅山: 'yan shan',
  鄱阳: 'po yang',
  长治: 'chang zhi',
  长沙: 'chang sha',
  长春: 'chang chun',
  重庆: 'chong qing',
  厦门: 'xia men',
  台州: 'tai zhou',
  天台: 'tian tai',
  亳州: 'bo zhou',
  莘县: 'shen xian',
  牟平: 'mu ping',
  曲阜: 'qu fu',
  临朐: 'lin qu',
  枞阳: 'zong yang',
  解州: 'xie zhou',
  阿城: 'a cheng',
  阿勒泰: 'a le tai',
  东莞: 'dong guan',
  藏: 'zang',
};
