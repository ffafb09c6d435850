// Draws each published indicator's chart: one line per breakdown (合计, 女, 男), years on the x axis.
(function () {
  var data = document.getElementById('public-charts-data');
  if (!data || typeof echarts === 'undefined') {
    return;
  }
  var charts = JSON.parse(data.textContent);
  charts.forEach(function (chart, index) {
    var element = document.getElementById('public-chart-' + index);
    if (!element) {
      return;
    }
    var years = {};
    Object.keys(chart.series).forEach(function (name) {
      Object.keys(chart.series[name]).forEach(function (year) { years[year] = true; });
    });
    var axis = Object.keys(years).sort();
    var instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: Object.keys(chart.series) },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: axis },
      yAxis: { type: 'value', name: chart.unit || '', scale: true },
      series: Object.keys(chart.series).map(function (name) {
        return { name: name, type: 'line', connectNulls: true,
          data: axis.map(function (year) { var v = chart.series[name][year]; return v === undefined ? null : v; }) };
      })
    });
    window.addEventListener('resize', function () { instance.resize(); });
  });
})();
