// Draws an indicator's chart: approved values, the target line, the trend forecast with its interval
// band (a transparent lower area stacked under a shaded band of the interval's height), and the plan's
// milestones (baseline, mid-term and final target). Drawn again whenever htmx swaps in new chart data,
// e.g. when the user switches to another breakdown (sex, urban/rural, age).
(function () {
  var MILESTONES = {
    '基期': { symbol: 'diamond', color: '#495057' },
    '中期目标': { symbol: 'triangle', color: '#fd7e14' },
    '终期目标': { symbol: 'pin', color: '#dc3545' }
  };

  function round(value) {
    return value == null ? '—' : String(Math.round(value * 100) / 100);
  }

  // The y axis follows the values, the forecast and the targets; a forecast interval far wider than
  // them (few events, a noisy series) is cut at the axis instead of flattening everything else.
  function bounds(data) {
    var focus = data.values.concat(data.forecast).concat(data.milestones.map(function (m) { return m.value; }))
      .concat([data.target]).filter(function (v) { return v != null; });
    if (!focus.length) {
      return {};
    }
    var low = Math.min.apply(null, focus);
    var high = Math.max.apply(null, focus);
    var margin = Math.max(high - low, Math.abs(high) * 0.1, 0.1);
    return {
      min: function (axis) { return axis.min < low - margin ? nice(Math.max(low - margin, low >= 0 ? 0 : -Infinity)) : undefined; },
      max: function (axis) { return axis.max > high + margin ? nice(high + margin) : undefined; }
    };
  }

  function nice(value) {
    var step = Math.pow(10, Math.floor(Math.log10(Math.abs(value) || 1)) - 1);
    return Number((Math.round(value / step) * step).toPrecision(12));
  }

  function draw(root) {
    var element = root.id === 'target-chart' ? root : root.querySelector('#target-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(document.getElementById('target-chart-data').textContent);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    var series = [
      { name: '预测区间下限', type: 'line', data: data.lower, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
        areaStyle: { opacity: 0 }, tooltip: { show: false }, silent: true },
      { name: '预测区间', type: 'line', data: data.band, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
        itemStyle: { color: 'rgba(13,110,253,0.35)' }, areaStyle: { color: 'rgba(13,110,253,0.15)' }, silent: true },
      { name: '趋势预测', type: 'line', data: data.forecast, symbol: 'none', lineStyle: { type: 'dashed', color: '#0d6efd' },
        itemStyle: { color: '#0d6efd' } },
      { name: '实际值', type: 'line', data: data.values, connectNulls: true, symbolSize: 7,
        lineStyle: { width: 3, color: '#6f42c1' }, itemStyle: { color: '#6f42c1' },
        label: { show: true, position: 'top', fontSize: 11, formatter: function (p) { return round(p.value); } },
        markLine: data.target == null ? undefined : {
          symbol: 'none', lineStyle: { color: '#dc3545', type: 'solid' },
          label: { formatter: data.targetLabel, position: 'insideEndTop' },
          data: [{ yAxis: data.target }]
        } }
    ];
    var legend = ['实际值', '趋势预测', '预测区间'];
    data.milestones.forEach(function (m) {
      var style = MILESTONES[m.name] || { symbol: 'circle', color: '#212529' };
      series.push({ name: m.name, type: 'scatter', data: [[m.year, m.value]], symbol: style.symbol, symbolSize: 13,
        itemStyle: { color: style.color }, label: { show: true, position: 'bottom', formatter: m.name, fontSize: 11 } });
      legend.push(m.name);
    });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return round(v) + ' ' + data.unit; } },
      legend: { data: legend },
      grid: { left: 56, right: 32, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: data.years, boundaryGap: false },
      yAxis: { type: 'value', name: data.unit, scale: true, min: bounds(data).min, max: bounds(data).max },
      series: series
    });
    element.setAttribute('data-drawn', data.values.filter(function (v) { return v != null; }).length);
  }

  window.addEventListener('resize', function () {
    var element = document.getElementById('target-chart');
    var chart = element && typeof echarts !== 'undefined' ? echarts.getInstanceByDom(element) : null;
    if (chart) {
      chart.resize();
    }
  });

  if (typeof htmx !== 'undefined') {
    htmx.onLoad(draw);
  } else {
    draw(document);
  }
})();
